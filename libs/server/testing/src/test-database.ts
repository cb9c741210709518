import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * A new database cloned from the migrated template that the Jest global setup prepared
 * (CREATE DATABASE … TEMPLATE: tens of milliseconds). Each test file gets its own, so files never interfere.
 */
export async function freshDatabaseUrl(): Promise<string> {
  const admin = process.env['XP_TEST_ADMIN_URL'];
  const template = process.env['XP_TEST_TEMPLATE_DB'];
  const prefix = process.env['XP_TEST_DB_PREFIX'];
  if (!admin || !template || !prefix) {
    throw new Error(
      'No test database: run this suite through Jest (the integration project starts PostgreSQL in its global setup)',
    );
  }
  const name = `${prefix}${process.env['JEST_WORKER_ID'] ?? '0'}_${randomBytes(5).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        break;
      } catch (e) {
        // Another worker may be cloning the template at the same instant ("source database is being accessed").
        if (attempt > 50 || !String((e as Error).message).includes('being accessed')) throw e;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      }
    }
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
