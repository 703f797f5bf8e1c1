import { flushMetrics, recordMetric } from './metrics.mjs';

process.on('SIGTERM', async () => {
  await flushMetrics();
  process.exit(0);
});

export const handler = async (event) => {
  recordMetric('orders', event.orders.length);
  return { ok: true };
};
