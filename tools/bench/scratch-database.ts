// A benchmark's PostgreSQL: a scratch database in DATABASE_URL's server, or in an embedded one under ./tmp (fsync
// off), migrated like the product's.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@xp/server/data-access';

const root = resolve(__dirname, '../../../..');

/**
 * A scratch database, migrated; `drop` removes it (and the embedded server, when one was started). `dataDir` is the
 * embedded server's data directory (its postmaster.pid), null with DATABASE_URL.
 */
export async function scratchDatabase(
  prefix: string,
): Promise<{ url: string; dataDir: string | null; drop: () => Promise<void> }> {
  let adminUrl = process.env['DATABASE_URL'];
  let dataDir: string | null = null;
  let stopPg = async () => undefined as void;
  if (!adminUrl) {
    const dir = join(root, 'tmp', `${prefix}-${randomBytes(3).toString('hex')}`);
    dataDir = dir;
    const { startEmbeddedPostgres } = (await import(join(root, 'tools/db/embedded-pg.mjs'))) as {
      startEmbeddedPostgres: (o: {
        dir: string;
        fast?: boolean;
      }) => Promise<{ url: (db?: string) => string; stop: () => Promise<void> }>;
    };
    const pg = await startEmbeddedPostgres({ dir, fast: true });
    adminUrl = pg.url();
    stopPg = async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const dbName = `${prefix.replace(/-/g, '_')}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  await runMigrations(url.toString());
  return {
    url: url.toString(),
    dataDir,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
      await stopPg();
    },
  };
}
