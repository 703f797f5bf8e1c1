import type { Context, SQSEvent } from 'aws-lambda';
import { publish } from './bus';

interface Result {
  batchItemFailures: { itemIdentifier: string }[];
}

export const handler = async (event: SQSEvent, context: Context): Promise<Result> => {
  const traceHeader: string | undefined = process.env._X_AMZN_TRACE_ID;
  const failures: { itemIdentifier: string }[] = [];
  await Promise.all(
    event.Records.map(async (record) => {
      const ok = await publish(record.body, traceHeader, context.getRemainingTimeInMillis());
      if (!ok) failures.push({ itemIdentifier: record.messageId });
    }),
  );
  return { batchItemFailures: failures };
};
