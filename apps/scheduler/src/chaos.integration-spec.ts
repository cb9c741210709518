// Chaos: 1,000 posts, sandbox faults on (5 % 5xx, 2 % drop-after-commit, bursts of 429), three scheduler processes
// killed with SIGKILL at random every few seconds and restarted. At the end every post is published with exactly one
// tweet on the sandbox, or terminal with a reason; no text appears twice; no post is unaccounted for.
// The kill schedule is seeded; the sandbox's fault dice are not, so the assertions are invariants, not counts.
// Crash: a scheduler SIGKILLed while it holds posts mid-call; the others publish them within seconds (its liveness
// lock is released with its connections), long before its lease (60 s) would have expired.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { LIVENESS_LOCK_CLASS } from '@xp/server/data-access';
import { insertScheduledPosts } from '@xp/server/testing';
import { sandboxFaults, startFleetStack, type FleetStack } from './worker-fleet';
import { seededRandom } from '@xp/shared';

jest.setTimeout(170_000);

const POSTS = 1000;
const ACCOUNTS = 40;
const SPREAD_MS = 20_000;
const WINDOW_MS = 45_000;

let stack: FleetStack;
let sandbox: FleetStack['sandbox'];
let databaseUrl: string;
let fleet: FleetStack['fleet'];
let ws: FleetStack['ws'];
let accounts: FleetStack['accounts'];
const faults = (body: unknown) => sandboxFaults(sandbox.url, body);

function startScheduler(n: number, extra: Record<string, string> = {}): ChildProcess {
  return fleet.start(`chaos${n}`, {
    SCHEDULER_CONCURRENCY: '16',
    SCHEDULER_LEASE_MS: '6000',
    SCHEDULER_CALL_TIMEOUT_MS: '2000',
    SCHEDULER_SWEEP_MS: '400',
    SCHEDULER_RECONCILE_DELAY_MS: '300',
    ...extra,
  });
}

beforeAll(async () => {
  stack = await startFleetStack({ clientId: 'xp-chaos', prefix: 'chaos', accounts: ACCOUNTS });
  ({ sandbox, databaseUrl, fleet, ws, accounts } = stack);
});
afterAll(() => stack?.close());

it('1,000 posts through faults and SIGKILLed schedulers: each published exactly once, or terminal with a reason', async () => {
  const random = seededRandom(20261122);

  const base = { errorRate: 0.05, dropAfterCommitRate: 0.02 };
  await faults(base);
  for (let i = 0; i < 3; i++) startScheduler(i);

  const tag = randomBytes(3).toString('hex');
  const start = Date.now() + 3000;
  const planned = Array.from({ length: POSTS }, (_, i) => {
    const at = start + Math.floor(random() * SPREAD_MS);
    return {
      accountId: accounts[i % ACCOUNTS]!.id,
      scheduledAt: new Date(at),
      publishBy: new Date(at + WINDOW_MS),
      texts: [`Chaos ${tag} n°${i}`],
    };
  });
  const ids = await insertScheduledPosts(databaseUrl, ws, planned);

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const open = async () =>
    (
      await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM posts WHERE id = ANY($1::uuid[]) AND status NOT IN ('published', 'failed', 'missed', 'cancelled')`,
        [ids],
      )
    ).rows[0]!.n;

  // Chaos until the last post's window has closed: SIGKILL a random scheduler every 1.5–4 s and start a new one,
  // and a burst of 429s every ~5 s.
  let kills = 0;
  let n = 3;
  let next429 = Date.now() + 2000;
  const chaosUntil = start + SPREAD_MS + 10_000;
  while (Date.now() < chaosUntil) {
    await new Promise((r) => setTimeout(r, 1500 + random() * 2500));
    const running = [...fleet.children];
    const victim = running[Math.floor(random() * running.length)];
    if (victim) {
      victim.kill('SIGKILL');
      kills++;
    }
    startScheduler(n++);
    if (Date.now() >= next429) {
      // X's reset 2 s away, as near the end of its 15-minute window (a reset 15 minutes away would make the posts of
      // the account miss their 45 s windows whatever the scheduler does: that is X's limit, not a fault to survive).
      await faults({ ...base, next: [{ status: 429, count: 5, path: '/2/tweets', method: 'POST', resetMs: 2000 }] });
      next429 = Date.now() + 5000;
    }
  }
  // Calm: faults off, schedulers left alone until every post is terminal (windows close 45 s after their time).
  await faults({});
  const deadline = start + SPREAD_MS + WINDOW_MS + 40_000;
  while ((await open()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));

  const rows = (
    await db.query<{ id: string; status: string; tweet_ids: string[]; status_reason: string | null; text: string }>(
      `SELECT id, status, tweet_ids, status_reason, segments->0->>'text' AS text FROM posts WHERE id = ANY($1::uuid[])`,
      [ids],
    )
  ).rows;
  await db.end();

  const reasons = new Map<string, number>();
  for (const r of rows.filter((x) => x.status !== 'published')) {
    const why = `${r.status}: ${(r.status_reason ?? '').replace(/\d{4}-\S+/g, '…').slice(0, 80)}`;
    reasons.set(why, (reasons.get(why) ?? 0) + 1);
  }
  console.log(
    `chaos: ${kills} SIGKILLs, ${rows.filter((r) => r.status === 'published').length} published; ${JSON.stringify(Object.fromEntries(reasons))}`,
  );
  const tweets = sandbox.context.state.allTweets.filter((t) => t.text.startsWith(`Chaos ${tag} `));
  const byText = new Map<string, string[]>();
  for (const t of tweets) byText.set(t.text, [...(byText.get(t.text) ?? []), t.id]);
  const duplicates = [...byText].filter(([, v]) => v.length > 1).map(([k]) => k);
  expect(duplicates).toEqual([]);
  expect(rows).toHaveLength(POSTS);
  const problems: string[] = [];
  for (const r of rows) {
    const onX = byText.get(r.text) ?? [];
    if (r.status === 'published') {
      if (onX.length !== 1) problems.push(`${r.text}: published but ${onX.length} tweets`);
      else if (r.tweet_ids.length && r.tweet_ids[0] !== onX[0]) problems.push(`${r.text}: tweet id mismatch`);
    } else if (r.status === 'failed' || r.status === 'missed' || r.status === 'cancelled') {
      if (!r.status_reason) problems.push(`${r.text}: ${r.status} without a reason`);
      if (onX.length) problems.push(`${r.text}: ${r.status} but on X`);
    } else {
      problems.push(`${r.text}: unaccounted (${r.status})`);
    }
  }
  expect(problems).toEqual([]);
  const published = rows.filter((r) => r.status === 'published').length;
  expect(kills).toBeGreaterThanOrEqual(5);
  // Killed schedulers' posts are recovered at once (liveness lock), so nearly every post makes its window.
  expect(published).toBeGreaterThanOrEqual(995);
  // One line for the record (CI logs).
});

it('a scheduler SIGKILLed mid-publish: the others publish what it held within seconds (not its 60 s lease), exactly once', async () => {
  fleet.killAll();
  await faults({ latencyMs: 400 }); // every call to X takes 400 ms: a kill lands while calls are in flight
  const slowLease = { SCHEDULER_LEASE_MS: '60000', SCHEDULER_CALL_TIMEOUT_MS: '10000', SCHEDULER_SWEEP_MS: '5000' };
  const victimId = `victim-${process.pid}-${randomBytes(3).toString('hex')}`;
  const victim = startScheduler(100, { ...slowLease, SCHEDULER_ID: victimId });
  // The others claim when posts are due, the victim ahead (the default): it takes each window's posts first, so it
  // holds calls in flight when it is killed (with all three claiming ahead, the first awake takes them all).
  startScheduler(101, { ...slowLease, SCHEDULER_LOOKAHEAD_MS: '0' });
  startScheduler(102, { ...slowLease, SCHEDULER_LOOKAHEAD_MS: '0' });
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  // The three are up once each holds its liveness lock.
  const lockCount = async () =>
    (
      await db.query<{ n: number }>(
        // this database's schedulers only: other suites' schedulers may run on the same server
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = $1
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        [LIVENESS_LOCK_CLASS],
      )
    ).rows[0]!.n;
  db.on('error', () => undefined); // the database is dropped at the end, even after a failed assertion
  for (let i = 0; i < 600 && (await lockCount()) < 3; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await lockCount()).toBe(3);

  const tag = randomBytes(3).toString('hex');
  const start = Date.now() + 1000;
  const ids = await insertScheduledPosts(
    databaseUrl,
    ws,
    Array.from({ length: 150 }, (_, i) => ({
      accountId: accounts[i % ACCOUNTS]!.id,
      scheduledAt: new Date(start + Math.floor((i * 3000) / 150)),
      texts: [`Crash ${tag} n°${i}`],
    })),
  );
  // Kill the victim as soon as it holds a few posts mid-call (due, so sent; X answers in 400 ms).
  let held: string[] = [];
  for (let i = 0; i < 200 && held.length < 5; i++) {
    await new Promise((r) => setTimeout(r, 20));
    held = (
      await db.query<{ id: string }>(
        `SELECT id FROM posts WHERE status = 'publishing' AND lease_owner = $1 AND scheduled_at <= now() - interval '20 milliseconds'`,
        [victimId],
      )
    ).rows.map((r) => r.id);
  }
  victim.kill('SIGKILL');
  const killedAt = Date.now();
  expect(held.length).toBeGreaterThanOrEqual(5);

  const open = async () =>
    (
      await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM posts WHERE id = ANY($1::uuid[]) AND status <> 'published'`,
        [ids],
      )
    ).rows[0]!.n;
  for (let i = 0; i < 300 && (await open()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
  const texts = (
    await db.query<{ id: string; text: string }>(
      `SELECT id, segments->0->>'text' AS text FROM posts WHERE id = ANY($1::uuid[])`,
      [held],
    )
  ).rows;
  expect(await open()).toBe(0);
  await db.end();
  await faults({});

  const tweets = sandbox.context.state.allTweets.filter((t) => t.text.startsWith(`Crash ${tag} `));
  expect(tweets).toHaveLength(150); // each post exactly once
  expect(new Set(tweets.map((t) => t.text)).size).toBe(150);
  const createdAt = new Map(tweets.map((t) => [t.text, t.createdAt]));
  const delays = texts.map((t) => createdAt.get(t.text)! - killedAt).sort((a, b) => a - b);
  // Without the liveness lock they would wait for the 60 s lease; the benchmark measures the real figure.
  expect(delays[delays.length - 1]).toBeLessThan(10_000);
  console.log(
    `crash: ${held.length} posts held by the killed scheduler, published ≤ ${delays.at(-1)} ms after the kill`,
  );
});
