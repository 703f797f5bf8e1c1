'use strict';
// Set once while the module loads: not a concurrency hazard, but configuration should be read, not written.
process.env.AWS_NODEJS_CONNECTION_REUSE_ENABLED = '1';

const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const client = new DynamoDBClient({});

exports.handler = async (event) => {
  const output = await client.config.region();
  return { region: output, id: event.id };
};
