import pg from 'pg';

// One connection for the whole worker: every concurrent request queues behind it.
const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();

export const handler = async (event) => {
  const { rows } = await db.query('SELECT status FROM orders WHERE id = $1', [event.orderId]);
  process.stdout.write(`order ${event.orderId} is ${rows[0]?.status}\n`);
  return rows[0] ?? null;
};
