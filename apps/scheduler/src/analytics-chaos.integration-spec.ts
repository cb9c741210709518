// Exactly once under crashes: the +1 h snapshots of 2,000 published posts fall due together while two scheduler
// processes take them, every call to X slowed down so that kills land mid-work; a worker is SIGKILLed twice and
// started again. At the end every snapshot is taken (none missing, none twice), each post was billed once in X's
// usage ledger and once in the product's, and the sandbox's request log shows each post read once, apart from the
// posts of a request in flight when its worker was killed (read again by another worker, at no extra cost: X bills
// a post once a day).
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { insertScheduledPosts } from '@xp/server/testing';
import { sandboxFaults, startFleetStack, type FleetStack } from './worker-fleet';

jest.setTimeout(170_000);

const CLIENT_ID = 'xp-snapshots';
const POSTS = 2000;
const ACCOUNTS = 4;
const HOUR = 3_600_000;

let stack: FleetStack;

beforeAll(async () => {
  stack = await startFleetStack({
    clientId: CLIENT_ID,
    prefix: 'snap',
    accounts: ACCOUNTS,
    workerEnv: { ANALYTICS_POLL_MS: '200', INBOX_POLL_MS: '0', LISTENING_POLL_MS: '0' },
  });
});
afterAll(() => stack?.close());

/** Posts on the sandbox, by `username` (the public's admin path: free, no rate limit). */
async function tweet(username: string, text: string): Promise<string> {
  const res = await fetch(`${stack.sandbox.url}/_sandbox/tweets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, text }),
  });
  return ((await res.json()) as { data: { id: string } }).data.id;
}

it('2,000 posts’ snapshots due while a worker is killed twice: each taken once, none missing, each billed once', async () => {
  const { sandbox, databaseUrl, fleet, ws, accounts, usernames } = stack;
  // 2,000 posts published an hour and a minute ago, each with its tweet on the sandbox.
  const tag = randomBytes(3).toString('hex');
  const texts = Array.from({ length: POSTS }, (_, i) => `Mesure ${tag} n°${i}`);
  const tweetIds: string[] = [];
  for (let i = 0; i < POSTS; i += 100)
    tweetIds.push(
      ...(await Promise.all(texts.slice(i, i + 100).map((t, k) => tweet(usernames[(i + k) % ACCOUNTS]!, t)))),
    );
  const publishedAt = new Date(Date.now() - HOUR - 60_000);
  const ids = await insertScheduledPosts(
    databaseUrl,
    ws,
    texts.map((t, i) => ({ accountId: accounts[i % ACCOUNTS]!.id, scheduledAt: publishedAt, texts: [t] })),
  );
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  db.on('error', () => undefined);
  await db.query(
    `UPDATE posts p SET status = 'published', tweet_ids = ARRAY[u.tweet_id], published_at = $3
       FROM unnest($1::uuid[], $2::text[]) AS u(id, tweet_id) WHERE p.id = u.id`,
    [ids, tweetIds, publishedAt],
  );
  const count = async (where: string) =>
    (
      await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM metric_snapshots WHERE post_id = ANY($1::uuid[]) AND ${where}`,
        [ids],
      )
    ).rows[0]!.n;
  expect(await count(`kind = '1h' AND due_at <= now()`)).toBe(POSTS);
  // One statement published them all: each post joined its figures row and every rollup once (the rollups are
  // upserted per statement, grouped by account, day and key).
  const rolled = await db.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM post_metrics WHERE post_id = ANY($2::uuid[]))::int AS n
     UNION ALL ${['analytics_day_totals', 'analytics_days', 'analytics_month_hours']
       .map((t) => `SELECT sum(posts)::int FROM ${t} WHERE workspace_id = $1`)
       .join(' UNION ALL ')}`,
    [ws.workspaceId, ids],
  );
  expect(rolled.rows.map((r) => r.n)).toEqual([POSTS, POSTS, POSTS, POSTS]);

  // Every call to X takes 250 ms, so that the kills land while reads are in flight.
  await sandboxFaults(sandbox.url, { latencyMs: 250 });
  const first = fleet.start('snap0');
  fleet.start('snap1');
  let victim = first;
  let kills = 0;
  const taken = () => count(`taken_at IS NOT NULL`);
  for (const threshold of [300, 1000]) {
    for (let i = 0; i < 600 && (await taken()) < threshold; i++) await new Promise((r) => setTimeout(r, 50));
    victim.kill('SIGKILL');
    kills++;
    victim = fleet.start(`snap${kills + 1}`);
  }
  for (let i = 0; i < 1200 && (await count(`kind = '1h' AND taken_at IS NULL`)) > 0; i++)
    await new Promise((r) => setTimeout(r, 100));
  await sandboxFaults(sandbox.url, {});

  // None missing, none twice: each +1 h snapshot taken, with figures; the others not yet due.
  expect(await count(`kind = '1h' AND taken_at IS NOT NULL AND impression_count IS NOT NULL`)).toBe(POSTS);
  expect(await count(`kind = '1h' AND skipped IS NOT NULL`)).toBe(0);
  expect(await count(`kind <> '1h' AND (taken_at IS NOT NULL OR skipped IS NOT NULL)`)).toBe(0);

  // Billed once: X's ledger and the product's agree, one post read per post.
  const ledger = sandbox.context.ledger.report(CLIENT_ID).byEndpoint['GET /2/tweets']!;
  const billed = (
    await db.query<{ n: number }>(`SELECT sum(post_reads)::int AS n FROM analytics_reads WHERE workspace_id = $1`, [
      ws.workspaceId,
    ])
  ).rows[0]!.n;
  await db.end();
  expect(ledger.postReads).toBe(POSTS);
  expect(billed).toBe(POSTS);

  // The request log: every post asked for; twice only for a request in flight at a kill (at most 100 posts each).
  const reads = new Map<string, number>();
  for (const r of sandbox.context.recentRequests()) {
    if (r.method !== 'GET' || !r.url.startsWith('/2/tweets?') || r.status !== 200) continue;
    for (const id of new URLSearchParams(r.url.slice('/2/tweets?'.length)).get('ids')!.split(','))
      reads.set(id, (reads.get(id) ?? 0) + 1);
  }
  expect(tweetIds.filter((id) => !reads.has(id))).toEqual([]);
  const again = [...reads.values()].filter((n) => n > 1).length;
  expect(kills).toBe(2);
  expect(again).toBeLessThanOrEqual(kills * 100);
  console.log(`snapshots: ${POSTS} taken once through ${kills} SIGKILLs; ${again} posts read a second time`);
});
