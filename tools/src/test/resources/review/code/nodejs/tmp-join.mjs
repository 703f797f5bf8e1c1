import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { render } from './render.mjs';

const TEMPLATE_DIR = '/tmp';

export const handler = async (event, context) => {
  const shared = path.join('/tmp', 'label.png');
  await writeFile(shared, await render(event.label));
  const unique = path.join(TEMPLATE_DIR, `label-${context.awsRequestId}.png`);
  await writeFile(unique, await render(event.label));
  return (await readFile(unique)).toString('base64');
};
