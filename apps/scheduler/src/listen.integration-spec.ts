// The scheduler's LISTEN connection comes back after PostgreSQL drops it, and /health and /metrics say where it is.
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { freshDatabaseUrl, testConfig } from '@xp/server/testing';
import { createSchedulerApp } from './scheduler-app';

let scheduler: INestApplication;
let db: Client;
let base: string;

beforeAll(async () => {
  const databaseUrl = await freshDatabaseUrl();
  scheduler = await createSchedulerApp(
    testConfig(databaseUrl, { X_API_BASE_URL: 'http://127.0.0.1:9', X_CLIENT_ID: 'x', X_CLIENT_SECRET: 'y' }),
    { quiet: true, settings: { sweepMs: 60_000 } },
  );
  await scheduler.listen(0, '127.0.0.1');
  base = (await scheduler.getUrl()).replace('[::1]', '127.0.0.1');
  db = new Client({ connectionString: databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await scheduler?.close();
});

const health = async () => (await (await fetch(`${base}/health`)).json()) as { listen: string };
const metric = async (name: string) => {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1]);
};

it('re-establishes LISTEN after its backend is terminated, twice, and reports it', async () => {
  expect((await health()).listen).toBe('up');
  expect(await metric('xp_scheduler_listen_connected')).toBe(1);
  for (const round of [1, 2]) {
    const killed = await db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'x-publisher-scheduler-listen'`,
    );
    expect(killed.rowCount).toBe(1);
    for (let i = 0; i < 200 && (await metric('xp_scheduler_listen_reconnects')) < round; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await metric('xp_scheduler_listen_reconnects')).toBe(round);
    expect((await health()).listen).toBe('up');
    expect(await metric('xp_scheduler_listen_connected')).toBe(1);
  }
  const listening = await db.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'x-publisher-scheduler-listen'`,
  );
  expect(listening.rows[0].n).toBe(1);
});
