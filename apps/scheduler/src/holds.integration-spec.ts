// Crisis holds against a running scheduler, and two schedulers on one database (exactly once, token refresh).
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { HoldService, type AccountRecord, type Actor } from '@xp/server/application';
import {
  connectSandboxAccounts,
  createSandboxUsers,
  createWorkspaceFixture,
  freshDatabaseUrl,
  insertScheduledPosts,
  testConfig,
  type WorkspaceFixture,
} from '@xp/server/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the scheduler's tests drive the X sandbox in-process
import { startSandbox, type RunningSandbox } from '@xp/x-sandbox';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the hold is placed through the API's application service
import { createApiApp } from '@xp/api';
import { createSchedulerApp } from './scheduler-app';

const CALLBACK = 'http://localhost:3000/api/oauth/x/callback';
const CLIENT = { X_CLIENT_ID: 'xp-hold', X_CLIENT_SECRET: 'xp-hold-secret' };

let sandbox: RunningSandbox;
let databaseUrl: string;
let config: ReturnType<typeof testConfig>;
const schedulers: INestApplication[] = [];
let api: INestApplication;
let ws: WorkspaceFixture;
let accounts: AccountRecord[];
let db: Client;
let manager: Actor;

const uniq = () => randomBytes(4).toString('hex');
async function admin(method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
}
async function statuses(ids: string[]): Promise<Map<string, string>> {
  const r = await db.query<{ id: string; status: string }>(`SELECT id, status FROM posts WHERE id = ANY($1::uuid[])`, [
    ids,
  ]);
  return new Map(r.rows.map((x) => [x.id, x.status]));
}
async function waitFor(fn: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
async function sandboxTexts(): Promise<string[]> {
  const out: string[] = [];
  for (const a of accounts)
    out.push(
      ...((await admin('GET', `/_sandbox/tweets?username=${a.handle}`)) as { data: { text: string }[] }).data.map(
        (t) => t.text,
      ),
    );
  return out;
}

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    seedDemo: true,
    clientId: CLIENT.X_CLIENT_ID,
    clientSecret: CLIENT.X_CLIENT_SECRET,
    redirectUris: [CALLBACK],
    profile: 'pro',
  });
  await admin('PUT', '/_sandbox/rate-limits', { profile: 'unlimited' });
  databaseUrl = await freshDatabaseUrl();
  config = testConfig(databaseUrl, {
    X_API_BASE_URL: sandbox.url,
    ...CLIENT,
    ENCRYPTION_KEYS: `test:${randomBytes(32).toString('base64')}`,
    DATABASE_POOL_SIZE: '10',
  });
  const first = await createSchedulerApp(config, {
    quiet: true,
    settings: { sweepMs: 250, reconcileDelayMs: 100, leaseMs: 5000, callTimeoutMs: 1500 },
  });
  await first.init();
  schedulers.push(first);
  api = await createApiApp(config, { quiet: true });
  await api.init();
  ws = await createWorkspaceFixture(databaseUrl);
  manager = { userId: ws.approverId, via: 'session' };
  accounts = await connectSandboxAccounts(first, ws, await createSandboxUsers(sandbox.url, `hold${uniq()}`, 10), {
    redirectUri: CALLBACK,
  });
  db = new Client({ connectionString: databaseUrl });
  await db.connect();
});
// A failed test must not leave its hold behind for the next ones.
afterEach(async () => {
  await admin('POST', '/_sandbox/faults', {});
  const holds = api.get(HoldService);
  for (const h of await holds.list(ws.workspaceId, manager, { active: true }))
    await holds.release(ws.workspaceId, manager, h.id, 'resume');
});
afterAll(async () => {
  await db?.end();
  for (const s of schedulers) await s.close();
  await api?.close();
  await sandbox?.close();
});

it('a hold placed while 500 posts are due stops every post not already on its way within 1 s; release resumes them', async () => {
  await admin('POST', '/_sandbox/faults', { latencyMs: 250 }); // publishing 500 posts takes a while: the hold lands mid-way
  const tag = uniq();
  const due = Date.now() + 800;
  const ids = await insertScheduledPosts(
    databaseUrl,
    ws,
    Array.from({ length: 500 }, (_, i) => ({
      accountId: accounts[i % accounts.length]!.id,
      scheduledAt: new Date(due),
      texts: [`Crise ${tag} ${i}`],
    })),
  );
  const sent = async () => (await sandboxTexts()).filter((t) => t.startsWith(`Crise ${tag} `));
  // Mid-burst: the first posts are on X (their successes are saved once the burst's calls are done).
  await waitFor(async () => (await sent()).length > 0);
  const holds = api.get(HoldService);
  const hold = await holds.place(ws.workspaceId, manager, { scope: 'workspace', reason: 'Crise : tout arrêter' });
  const atHold = await statuses(ids);
  const sentAtHold = (await sent()).length;
  // Claimed (some of them ahead of their instant, in the scheduler's queue) or already out.
  const inFlight = ids.filter((id) => atHold.get(id) !== 'scheduled');
  expect(inFlight.length).toBeGreaterThan(0);
  // The wait gives the scheduler a full second to misbehave.
  await new Promise((r) => setTimeout(r, 1000));
  await waitFor(async () => [...(await statuses(ids)).values()].every((s) => s === 'published' || s === 'scheduled'));
  const after = await statuses(ids);
  const stopped = ids.filter((id) => after.get(id) === 'scheduled');
  // Posts claimed and not yet on their way went back to the queue, held (not failed); those still scheduled stayed.
  expect(stopped.length).toBeGreaterThan(0);
  expect(ids.filter((id) => atHold.get(id) === 'scheduled' && after.get(id) !== 'scheduled')).toEqual([]);
  // What went out after the hold was on its way: in flight (a concurrency of 128) or cleared by the fire-time gate
  // just before the hold (at most as many again), never the rest of the 500.
  const texts = await sent();
  expect(texts.length - sentAtHold).toBeLessThanOrEqual(2 * 128);
  expect(texts).toHaveLength(ids.length - stopped.length);
  const listed = await holds.list(ws.workspaceId, manager, { active: true });
  expect(listed.find((h) => h.id === hold.id)?.heldPosts).toBe(stopped.length);
  // No attempt is left pending for a post given back unsent.
  const pending = await db.query(
    `SELECT 1 FROM publish_attempts WHERE post_id = ANY($1::uuid[]) AND outcome = 'pending'`,
    [stopped],
  );
  expect(pending.rowCount).toBe(0);

  await admin('POST', '/_sandbox/faults', {});
  await holds.release(ws.workspaceId, manager, hold.id, 'resume');
  await waitFor(async () => [...(await statuses(ids)).values()].every((s) => s === 'published'), 20_000);
  const all = await sent();
  expect(all).toHaveLength(500);
  expect(new Set(all).size).toBe(500);
});

it('a post claimed ahead of its instant is not sent when a hold is placed before that instant', async () => {
  const tag = uniq();
  const due = Date.now() + 2500;
  const [id] = await insertScheduledPosts(databaseUrl, ws, [
    { accountId: accounts[3]!.id, scheduledAt: new Date(due), texts: [`Avance ${tag}`] },
  ]);
  // Claimed ahead (SCHEDULER_LOOKAHEAD_MS, default 1,600 ms: from 800 ms before its instant): in publishing, its attempt written, not yet sent.
  await waitFor(async () => (await statuses([id!])).get(id!) === 'publishing', 5000);
  expect(Date.now()).toBeLessThan(due);
  expect(await sandboxTexts()).not.toContain(`Avance ${tag}`);
  const holds = api.get(HoldService);
  const hold = await holds.place(ws.workspaceId, manager, {
    scope: 'account',
    targetId: accounts[3]!.id,
    reason: 'Stop',
  });
  await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now()) + 1000));
  expect((await statuses([id!])).get(id!)).toBe('scheduled');
  expect(await sandboxTexts()).not.toContain(`Avance ${tag}`);
  const attempts = await db.query<{ outcome: string }>(`SELECT outcome FROM publish_attempts WHERE post_id = $1`, [id]);
  expect(attempts.rows).toEqual([]);
  expect((await holds.list(ws.workspaceId, manager, { active: true })).find((h) => h.id === hold.id)?.heldPosts).toBe(
    1,
  );

  await holds.release(ws.workspaceId, manager, hold.id, 'resume');
  await waitFor(async () => (await statuses([id!])).get(id!) === 'published', 10_000);
  expect((await sandboxTexts()).filter((t) => t === `Avance ${tag}`)).toHaveLength(1);
});

it('placing a hold waits for a claim already past the gate, and every claim after it sees the hold', async () => {
  const holds = api.get(HoldService);
  const claim = new Client({ connectionString: databaseUrl });
  await claim.connect();
  try {
    // What a claim statement does first, left open: it has read the holds and not yet committed.
    await claim.query('BEGIN');
    await claim.query('SELECT * FROM xp_active_holds()');
    let placed = false;
    const placing = holds
      .place(ws.workspaceId, manager, { scope: 'account', targetId: accounts[2]!.id, reason: 'Porte' })
      .then((h) => ((placed = true), h));
    await new Promise((r) => setTimeout(r, 300));
    expect(placed).toBe(false);
    await claim.query('COMMIT');
    const hold = await placing;
    const seen = await claim.query<{ target_id: string }>('SELECT target_id FROM xp_active_holds()');
    expect(seen.rows.map((r) => r.target_id)).toContain(hold.targetId);
  } finally {
    await claim.end();
  }
});

it('releasing a hold with "review" sends the held posts back to review, approvals cleared', async () => {
  const acc = accounts[0]!;
  const holds = api.get(HoldService);
  const hold = await holds.place(ws.workspaceId, manager, {
    scope: 'account',
    targetId: acc.id,
    reason: 'Vérifier le ton',
  });
  const ids = await insertScheduledPosts(
    databaseUrl,
    ws,
    [0, 1, 2].map((i) => ({
      accountId: acc.id,
      scheduledAt: new Date(Date.now() + 200),
      texts: [`Revue ${uniq()} ${i}`],
    })),
  );
  const other = await insertScheduledPosts(databaseUrl, ws, [
    { accountId: accounts[1]!.id, scheduledAt: new Date(Date.now() + 200), texts: [`Libre ${uniq()}`] },
  ]);
  await waitFor(async () => (await statuses(other)).get(other[0]!) === 'published');
  expect([...(await statuses(ids)).values()]).toEqual(['scheduled', 'scheduled', 'scheduled']);
  const r = await holds.release(ws.workspaceId, manager, hold.id, 'review');
  expect(r.sentBackToReview).toBe(3);
  expect([...(await statuses(ids)).values()]).toEqual(['in_review', 'in_review', 'in_review']);
  const valid = await db.query(`SELECT count(*)::int AS n FROM approvals WHERE post_id = ANY($1::uuid[]) AND valid`, [
    ids,
  ]);
  expect(valid.rows[0].n).toBe(0);
  await expect(holds.release(ws.workspaceId, manager, hold.id, 'resume')).rejects.toMatchObject({
    code: 'HOLD_ALREADY_RELEASED',
  });
  await expect(
    holds.place(
      ws.workspaceId,
      { userId: ws.approverId, via: 'session' },
      { scope: 'brand', targetId: acc.id, reason: 'x' },
    ),
  ).rejects.toMatchObject({
    code: 'HOLD_TARGET_NOT_FOUND',
  });
});

it('two schedulers on one database: every post once, and expired tokens refreshed by one process at a time', async () => {
  const second = await createSchedulerApp(config, {
    quiet: true,
    settings: { sweepMs: 250, reconcileDelayMs: 100, leaseMs: 5000, callTimeoutMs: 1500 },
  });
  await second.init();
  schedulers.push(second);
  // Every access token is now expired at X (the sandbox's clock moves 3 h): the first call of each account gets a 401,
  // and both processes race to refresh with single-use refresh tokens. Only a row lock keeps that safe.
  await admin('POST', '/_sandbox/clock', { advanceMs: 3 * 3600_000 });
  const tag = uniq();
  const ids = await insertScheduledPosts(
    databaseUrl,
    ws,
    Array.from({ length: 300 }, (_, i) => ({
      accountId: accounts[i % accounts.length]!.id,
      scheduledAt: new Date(Date.now() + 500 + (i % 30) * 10),
      texts: [`Deux ${tag} ${i}`],
    })),
  );
  await waitFor(async () => [...(await statuses(ids)).values()].every((s) => s === 'published'));
  const texts = (await sandboxTexts()).filter((t) => t.startsWith(`Deux ${tag} `));
  expect(texts).toHaveLength(300);
  expect(new Set(texts).size).toBe(300);
  const by = await db.query<{ scheduler_id: string; n: number }>(
    `SELECT scheduler_id, count(*)::int AS n FROM publish_attempts WHERE post_id = ANY($1::uuid[]) AND outcome = 'published' GROUP BY 1`,
    [ids],
  );
  expect(by.rows).toHaveLength(2);
  const reauth = await db.query(
    `SELECT count(*)::int AS n FROM accounts WHERE workspace_id = $1 AND status <> 'connected'`,
    [ws.workspaceId],
  );
  expect(reauth.rows[0].n).toBe(0);
});
