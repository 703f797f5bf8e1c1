import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';

const sqs = new SQSClient({});
const seen = new Set();

export const handler = async (event) => {
  for (const item of event.items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify(item) }));
  }
  return { forwarded: event.items.length };
};
