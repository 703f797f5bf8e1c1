// A request id kept in module scope, as often written for standard Lambda.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

const ddb = new DynamoDBClient({});
let currentRequestId = null;
let hits = 0;

async function load(id) {
  hits++;
  return ddb.send(new GetItemCommand({ TableName: 'orders', Key: { id: { S: id } } }));
}

export const handler = async (event, context) => {
  currentRequestId = context.awsRequestId;
  const item = await load(event.id);
  return { requestId: currentRequestId, found: Boolean(item.Item) };
};
