// Daylight saving time, end to end (docs/scheduler.md, "Daylight saving time"): a post planned at 02:30 in
// Europe/Paris on the spring-forward night goes out at 03:30 CEST (01:30Z), and on the fall-back night at the first
// 02:30 (CEST, 00:30Z), once — not again at the second 02:30 (CET, 01:30Z). The local time goes through the same
// rule as the composer's imports, slots and recurrences (`localToUtc`); the scheduler and the X sandbox run on a
// test clock set to those nights, so the sandbox's own `created_at` is the instant of publication.
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { localToUtc, utcToLocal } from '@xp/server/domain';
import {
  TestClock,
  connectSandboxAccounts,
  createApprovedPosts,
  createSandboxUsers,
  createWorkspaceFixture,
  freshDatabaseUrl,
  testConfig,
} from '@xp/server/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the scheduler's tests drive the X sandbox in-process
import { startSandbox, type RunningSandbox } from '@xp/x-sandbox';
import { createSchedulerApp } from './scheduler-app';

const CALLBACK = 'http://localhost:3000/api/oauth/x/callback';
const CLIENT = { X_CLIENT_ID: 'xp-dst', X_CLIENT_SECRET: 'xp-dst-secret' };
const PARIS = 'Europe/Paris';

interface Stack {
  clock: TestClock;
  sandbox: RunningSandbox;
  scheduler: INestApplication;
  db: Client;
  post(text: string, scheduledAt: Date): Promise<string>;
  status(id: string): Promise<string>;
  tweets(text: string): Promise<{ id: string; created_at: string }[]>;
  close(): Promise<void>;
}

async function startStack(start: string): Promise<Stack> {
  const clock = new TestClock(start);
  const sandbox = await startSandbox({
    port: 0,
    seedDemo: true,
    clientId: CLIENT.X_CLIENT_ID,
    clientSecret: CLIENT.X_CLIENT_SECRET,
    redirectUris: [CALLBACK],
    clock: { now: () => clock.now().getTime() },
  });
  const databaseUrl = await freshDatabaseUrl();
  const env = { X_API_BASE_URL: sandbox.url, ...CLIENT, ENCRYPTION_KEYS: `test:${randomBytes(32).toString('base64')}` };
  const config = testConfig(databaseUrl, env);
  const scheduler = await createSchedulerApp(config, {
    quiet: true,
    clock,
    settings: { sweepMs: 100, reconcileDelayMs: 100, leaseMs: 4000, callTimeoutMs: 1000 },
  });
  await scheduler.init();
  const ws = await createWorkspaceFixture(databaseUrl);
  const [name] = await createSandboxUsers(sandbox.url, `dst${randomBytes(3).toString('hex')}`, 1);
  const [account] = await connectSandboxAccounts(scheduler, ws, [name!], { redirectUri: CALLBACK });
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  return {
    clock,
    sandbox,
    scheduler,
    db,
    // Written, submitted and approved through PostService, at the test clock's time.
    post: async (text, scheduledAt) =>
      (await createApprovedPosts(config, ws, [{ accountId: account!.id, scheduledAt, texts: [text] }], clock))[0]!,
    status: async (id) => (await db.query(`SELECT status FROM posts WHERE id = $1`, [id])).rows[0].status as string,
    tweets: async (text) => {
      const res = await fetch(`${sandbox.url}/_sandbox/tweets?username=${name}`);
      const all = ((await res.json()) as { data: { id: string; text: string; created_at: string }[] }).data;
      return all.filter((t) => t.text === text);
    },
    close: async () => {
      await db.end();
      await scheduler.close();
      await sandbox.close();
    },
  };
}

/** Lets the scheduler run several sweeps (100 ms) and wake-ups at the current test time. */
const settle = () => new Promise((r) => setTimeout(r, 600));

async function waitForStatus(s: Stack, id: string, status: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await s.status(id)) === status) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`post ${id} is ${await s.status(id)}, expected ${status}`);
}

describe('spring forward: 02:30 on 2026-03-29 in Europe/Paris does not exist', () => {
  let s: Stack;
  beforeAll(async () => {
    s = await startStack('2026-03-29T00:00:00Z'); // 01:00 CET
  });
  afterAll(() => s?.close());

  it('is published at 03:30 CEST (01:30Z), not before', async () => {
    const at = localToUtc('2026-03-29', '02:30', PARIS);
    expect(at).toEqual(new Date('2026-03-29T01:30:00Z'));
    const text = `Grand départ ${randomBytes(3).toString('hex')}`;
    const id = await s.post(text, at);

    // 01:30 CET would have been 00:30Z, 02:30 "CET" 01:30Z read the other way: one second before, nothing goes out
    // (the post may already be claimed ahead, waiting for its instant).
    s.clock.set('2026-03-29T01:29:59Z');
    await settle();
    expect(await s.status(id)).not.toBe('published');
    expect(await s.tweets(text)).toHaveLength(0);

    s.clock.set('2026-03-29T01:30:00Z');
    await waitForStatus(s, id, 'published');
    const tweets = await s.tweets(text);
    expect(tweets).toHaveLength(1);
    const publishedAt = new Date(tweets[0]!.created_at);
    expect(publishedAt.getTime()).toBeGreaterThanOrEqual(at.getTime());
    expect(utcToLocal(publishedAt, PARIS)).toMatchObject({ date: '2026-03-29', time: '03:30' });
  });
});

describe('fall back: 02:30 on 2026-10-25 in Europe/Paris happens twice', () => {
  let s: Stack;
  beforeAll(async () => {
    s = await startStack('2026-10-25T00:00:00Z'); // 02:00 CEST
  });
  afterAll(() => s?.close());

  it('is published at the first 02:30 (CEST, 00:30Z), once, and not again at the second (CET, 01:30Z)', async () => {
    const at = localToUtc('2026-10-25', '02:30', PARIS);
    expect(at).toEqual(new Date('2026-10-25T00:30:00Z'));
    const text = `Changement d’heure ${randomBytes(3).toString('hex')}`;
    const id = await s.post(text, at);

    s.clock.set('2026-10-25T00:29:59Z');
    await settle();
    expect(await s.status(id)).not.toBe('published');
    expect(await s.tweets(text)).toHaveLength(0);

    s.clock.set('2026-10-25T00:30:00Z');
    await waitForStatus(s, id, 'published');
    const first = await s.tweets(text);
    expect(first).toHaveLength(1);
    expect(utcToLocal(new Date(first[0]!.created_at), PARIS)).toMatchObject({ date: '2026-10-25', time: '02:30' });
    expect(new Date(first[0]!.created_at).getTime()).toBeLessThan(Date.parse('2026-10-25T01:00:00Z'));

    // The second 02:30 (CET): the wall clock reads 02:30 again, and nothing more goes out.
    s.clock.set('2026-10-25T01:30:00Z');
    await settle();
    expect(await s.tweets(text)).toHaveLength(1);
    expect(await s.status(id)).toBe('published');
  });
});
