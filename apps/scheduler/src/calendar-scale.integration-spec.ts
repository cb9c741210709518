// A team's calendar holds months of scheduled posts; the scheduler's claim cycle (the claim, the wake-up probes) and its
// sweep (posts whose time passed) run several times a second and every few seconds. None of them may read the posts
// that are not due: before migration SchedulerHotPath1796470000000 the probe for deferred posts and the sweep's
// overdue query read the whole calendar at every call (with 100,000 planned posts, lateness went from p50 6 ms to
// p50 47 ms, docs/benchmarks.md). Counted by PostgreSQL itself: the rows of posts each statement read, in the
// transaction (pg_stat_xact_user_tables).
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Client } from 'pg';
import { createWorkspaceFixture, freshDatabaseUrl, insertScheduledPosts, TEST_AUDIT_KEYRING } from '@xp/server/testing';
import { createDataSource, TransactionHost, TypeormPublishingRepository } from '@xp/server/data-access';

const GRACE_MS = 15 * 60_000;
const PLANNED = 3000;
const DAY = 86_400_000;

let ds: DataSource;
let tx: TransactionHost;
let publishing: TypeormPublishingRepository;

beforeAll(async () => {
  const url = await freshDatabaseUrl();
  const ws = await createWorkspaceFixture(url);
  const db = new Client({ connectionString: url });
  await db.connect();
  let accountId: string;
  try {
    accountId = (
      await db.query<{ id: string }>(
        `INSERT INTO accounts (workspace_id, brand_id, x_user_id, handle, name, approval_policy, created_at, updated_at)
         VALUES ($1, $2, $3, 'calendar', 'calendar', '{"requiredApprovals":1,"approverRoles":["manager"]}', now(), now())
         RETURNING id`,
        [ws.workspaceId, ws.brandId, randomUUID()],
      )
    ).rows[0]!.id;
  } finally {
    await db.end();
  }
  const now = Date.now();
  await insertScheduledPosts(
    url,
    ws,
    Array.from({ length: PLANNED }, (_, i) => ({
      accountId,
      scheduledAt: new Date(now + DAY + Math.floor((i * 90 * DAY) / PLANNED)),
      texts: [`Planned ${i}`],
    })),
  );
  ds = createDataSource({ url, poolSize: 1 });
  await ds.initialize();
  await ds.query('ANALYZE posts');
  tx = new TransactionHost(ds);
  publishing = new TypeormPublishingRepository(tx, { keys: TEST_AUDIT_KEYRING });
});

afterAll(async () => {
  await ds?.destroy();
});

/** The rows of posts `fn` read (sequential scans and index fetches), counted by PostgreSQL in one transaction. */
async function postsRead(fn: () => Promise<unknown>): Promise<number> {
  return tx.run(async () => {
    const read = async () =>
      (
        await tx.rows<{ n: string }>(
          `SELECT coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) AS n
             FROM pg_stat_xact_user_tables WHERE relname = 'posts'`,
          [],
        )
      )[0]?.n ?? '0';
    const before = Number(await read());
    await fn();
    return Number(await read()) - before;
  });
}

it('the wake-up probe reads the next post, not the calendar', async () => {
  const now = new Date();
  let next: Date | null = null;
  const read = await postsRead(async () => (next = await publishing.nextDueAt(now, GRACE_MS)));
  expect(next!.getTime()).toBeGreaterThan(now.getTime() + DAY - 60_000);
  expect(read).toBeLessThan(20);
});

it('the sweep looks for overdue posts without reading the calendar', async () => {
  const now = new Date();
  let overdue: unknown[] = [];
  const read = await postsRead(async () => (overdue = await publishing.overdue(now, GRACE_MS, 100)));
  expect(overdue).toEqual([]);
  expect(read).toBeLessThan(20);
});

it('a claim with nothing due reads nothing of the calendar, and tells when the next post is due', async () => {
  const now = new Date();
  let claimed: Awaited<ReturnType<typeof publishing.claimDue>> | null = null;
  const read = await postsRead(
    async () =>
      (claimed = await publishing.claimDue({
        now,
        owner: 'calendar-spec',
        leaseUntil: new Date(now.getTime() + 60_000),
        limit: 16,
        graceMs: GRACE_MS,
      })),
  );
  expect(claimed!.jobs).toEqual([]);
  expect(claimed!.nextDueAt!.getTime()).toBeGreaterThan(now.getTime() + DAY - 60_000);
  expect(read).toBeLessThan(20);
});
