// What the inbox benchmarks share: a scratch database (DATABASE_URL, or an embedded PostgreSQL under ./tmp), the X
// sandbox with the product's app, the real API listening on loopback, an owner signed in with a personal access
// token, one brand and the 4 demo accounts (@Kindy, @GroupeKindy, @TotalCareers, @F1TotalOfficiel) connected
// through the real OAuth flow. Optionally the worker (scheduler) on the same database.
import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { connectSandboxAccounts, testConfig } from '@xp/server/testing';
import { createApiApp } from '../../apps/api/src/create-app';
import { createSchedulerApp } from '../../apps/scheduler/src/scheduler-app';
import { startSandbox, type RunningSandbox } from '../../apps/x-sandbox/src/sandbox';
import { scratchDatabase } from './scratch-database';

const CALLBACK = 'http://127.0.0.1:3000/api/oauth/x/callback';
export const INBOX_ACCOUNTS = ['Kindy', 'GroupeKindy', 'TotalCareers', 'F1TotalOfficiel'];

export function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

/** Nearest-rank percentile of an ascending array. */
export const pct = (sorted: ArrayLike<number>, p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : NaN;

export const round = (n: number) => Math.round(n * 10) / 10;

export interface InboxBenchStack {
  databaseUrl: string;
  sandbox: RunningSandbox;
  api: INestApplication;
  scheduler: INestApplication | null;
  base: string;
  workspaceId: string;
  /** `Authorization: Bearer …` of the owner's personal access token. */
  bearer: Record<string, string>;
  /** Account id by handle. */
  accounts: Record<string, string>;
  sql: Client;
  stop(): Promise<void>;
}

export async function startInboxBenchStack(opts: {
  prefix: string;
  env?: Record<string, string>;
  scheduler?: boolean;
}): Promise<InboxBenchStack> {
  const db = await scratchDatabase(opts.prefix);
  const sandbox = await startSandbox({
    port: 0,
    seedDemo: true,
    clientId: 'xp-bench',
    clientSecret: 'xp-bench-secret',
    redirectUris: [CALLBACK],
    profile: 'pro',
  });
  const config = testConfig(db.url, {
    X_API_BASE_URL: sandbox.url,
    X_CLIENT_ID: 'xp-bench',
    X_CLIENT_SECRET: 'xp-bench-secret',
    DATABASE_POOL_SIZE: arg('pool', '10'),
    ...opts.env,
  });
  const api = await createApiApp(config, { quiet: true });
  await api.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;

  const post = async (path: string, body: unknown, headers: Record<string, string>) => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return { body: (await res.json()) as Record<string, unknown> & { id: string }, headers: res.headers };
  };
  const reg = await post(
    '/api/auth/register',
    {
      email: 'owner@bench.kindy.fr',
      password: 'Conversations-Kindy-2026',
      displayName: 'Odile Owner',
      workspaceName: 'Kindy (inbox bench)',
    },
    {},
  );
  const cookie = (reg.headers.getSetCookie() ?? []).map((c) => c.split(';')[0]).join('; ');
  const session = { cookie, 'x-csrf-token': reg.body['csrfToken'] as string };
  const workspaceId = (reg.body['workspaces'] as { id: string }[])[0]!.id;
  const token = await post('/api/auth/tokens', { name: 'inbox bench' }, session);
  const bearer = { authorization: `Bearer ${token.body['token'] as string}` };
  const brand = await post(`/api/workspaces/${workspaceId}/brands`, { name: 'Groupe Kindy' }, bearer);
  const connected = await connectSandboxAccounts(api, { workspaceId, brandId: brand.body.id }, INBOX_ACCOUNTS, {
    redirectUri: CALLBACK,
  });
  const accounts = Object.fromEntries(connected.map((a) => [a.handle, a.id]));
  let scheduler: INestApplication | null = null;
  if (opts.scheduler) {
    scheduler = await createSchedulerApp(config, { quiet: true });
    await scheduler.init();
  }
  const sql = new Client({ connectionString: db.url });
  await sql.connect();
  return {
    databaseUrl: db.url,
    sandbox,
    api,
    scheduler,
    base,
    workspaceId,
    bearer,
    accounts,
    sql,
    stop: async () => {
      await sql.end();
      await scheduler?.close();
      await api.close();
      await sandbox.close();
      await db.drop();
    },
  };
}

/** "Node v…, load average a b c": the conditions a benchmark's figures were taken in. */
export const machineNote = () =>
  `Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;

/** Prints a Markdown table: its header row, alignment row (`---` left, `---:` right) and rows. */
export function printTable(head: string[], numeric: boolean[], rows: string[]): void {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`);
  for (const r of rows) console.log(r);
}
