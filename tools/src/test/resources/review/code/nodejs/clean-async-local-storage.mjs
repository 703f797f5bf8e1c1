import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

// Nothing below is written by the handler. Comments and strings mentioning
// process.env.X = 'y' or '/tmp/report.json' must not be mistaken for code.
const { BUCKET } = process.env;
const s3 = new S3Client({});
const scope = new AsyncLocalStorage();
const note = "do not write '/tmp/report.json' directly";
const pattern = /\/tmp\/[a-z]+\.json/g;

async function upload(body) {
  const { requestId } = scope.getStore();
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `reports/${requestId}.json`, Body: body }));
}

export const handler = async (event, context) =>
  scope.run({ requestId: context.awsRequestId }, async () => {
    const dir = await mkdtemp(join(tmpdir(), `report-${context.awsRequestId}-`));
    try {
      const file = join(dir, 'report.json');
      await writeFile(file, JSON.stringify(event));
      await upload(JSON.stringify({ note, matches: pattern.test(file) }));
      return { ok: true };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
