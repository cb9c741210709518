// The hold-coverage rule is written once in TypeScript (`holdCoversPost`, libs/shared) and once in SQL
// (`HOLD_COVERS_POST`, applied by the scheduler's claim through xp_active_holds(), by its queue probes over the plain
// holds table, by the hold list's count and by the hold's lock of covered posts). One table of cases pins every one of
// them, on a real PostgreSQL, to the TypeScript answer, fed as the calendar feeds it (the workspace's active holds).
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Client } from 'pg';
import type { HoldRecord } from '@xp/server/application';
import { createWorkspaceFixture, freshDatabaseUrl, insertScheduledPosts, TEST_AUDIT_KEYRING } from '@xp/server/testing';
import { holdCoversPost, isPostHeld, POST_STATUS_VALUES, type HoldScopeValue } from '@xp/shared';
import {
  createDataSource,
  HOLD_COVERS_POST,
  TransactionHost,
  TypeormHoldRepository,
  TypeormPostRepository,
  TypeormPublishingRepository,
} from '@xp/server/data-access';

interface Place {
  workspaceId: string;
  brandId: string;
  accountId: string;
}
/** Names of the fixture's workspaces (w1, w2), brands (b1, b2 in w1; b3 in w2) and accounts (a1, a2 of b1; a3 of b2; a4 of b3). */
type Name = 'w1' | 'w2' | 'b1' | 'b2' | 'b3' | 'a1' | 'a2' | 'a3' | 'a4';
interface HoldCase {
  /** The workspace the hold is placed in. */
  in: 'w1' | 'w2';
  scope: HoldScopeValue;
  target: Name;
  released?: boolean;
}

type AccountName = 'a1' | 'a2' | 'a3' | 'a4';
/** Each case: the holds placed, and the accounts whose post they hold. */
const CASES: [string, HoldCase[], AccountName[]][] = [
  ['no hold', [], []],
  ['workspace hold', [{ in: 'w1', scope: 'workspace', target: 'w1' }], ['a1', 'a2', 'a3']],
  ['workspace hold of the other workspace', [{ in: 'w2', scope: 'workspace', target: 'w2' }], ['a4']],
  ['brand hold (two accounts)', [{ in: 'w1', scope: 'brand', target: 'b1' }], ['a1', 'a2']],
  ['brand hold (one account)', [{ in: 'w1', scope: 'brand', target: 'b2' }], ['a3']],
  ['brand hold of the other workspace', [{ in: 'w2', scope: 'brand', target: 'b3' }], ['a4']],
  ['account hold', [{ in: 'w1', scope: 'account', target: 'a1' }], ['a1']],
  ['account hold of the other workspace', [{ in: 'w2', scope: 'account', target: 'a4' }], ['a4']],
  ['brand hold whose target is an account', [{ in: 'w1', scope: 'brand', target: 'a1' }], []],
  ['account hold whose target is a brand', [{ in: 'w1', scope: 'account', target: 'b1' }], []],
  ['workspace hold whose target is a brand', [{ in: 'w1', scope: 'workspace', target: 'b1' }], []],
  ['released workspace hold', [{ in: 'w1', scope: 'workspace', target: 'w1', released: true }], []],
  ['released account hold', [{ in: 'w1', scope: 'account', target: 'a3', released: true }], []],
  [
    'an account hold and a brand hold',
    [
      { in: 'w1', scope: 'account', target: 'a1' },
      { in: 'w1', scope: 'brand', target: 'b2' },
    ],
    ['a1', 'a3'],
  ],
  [
    'a released brand hold beside an active account hold',
    [
      { in: 'w1', scope: 'brand', target: 'b1', released: true },
      { in: 'w1', scope: 'account', target: 'a2' },
    ],
    ['a2'],
  ],
];

const GRACE_MS = 15 * 60_000;
class Rollback extends Error {}

let ds: DataSource;
let tx: TransactionHost;
let holdRepo: TypeormHoldRepository;
let postRepo: TypeormPostRepository;
let publishing: TypeormPublishingRepository;
const ids = {} as Record<Name, string>;
/** One scheduled, due post per account; `at` differs per post so the earliest due one names it. */
const posts: (Place & { id: string; at: Date; status: string })[] = [];
let placedBy: Record<'w1' | 'w2', string>;

beforeAll(async () => {
  const url = await freshDatabaseUrl();
  const [ws1, ws2] = [await createWorkspaceFixture(url, 'Pin 1'), await createWorkspaceFixture(url, 'Pin 2')];
  Object.assign(ids, { w1: ws1.workspaceId, w2: ws2.workspaceId, b1: ws1.brandId, b3: ws2.brandId });
  placedBy = { w1: ws1.approverId, w2: ws2.approverId };
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const now = new Date();
    ids.b2 = (
      await db.query<{ id: string }>(
        `INSERT INTO brands (workspace_id, name, created_at, updated_at) VALUES ($1, 'Total', $2, $2) RETURNING id`,
        [ids.w1, now],
      )
    ).rows[0]!.id;
    const account = async (ws: 'w1' | 'w2', brand: Name, handle: string) =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO accounts (workspace_id, brand_id, x_user_id, handle, name, approval_policy, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $4, '{"requiredApprovals":1,"approverRoles":["manager"]}', $5, $5) RETURNING id`,
          [ids[ws], ids[brand], randomUUID(), handle, now],
        )
      ).rows[0]!.id;
    ids.a1 = await account('w1', 'b1', 'pin_a1');
    ids.a2 = await account('w1', 'b1', 'pin_a2');
    ids.a3 = await account('w1', 'b2', 'pin_a3');
    ids.a4 = await account('w2', 'b3', 'pin_a4');
  } finally {
    await db.end();
  }
  const places: (Place & { ws: typeof ws1 })[] = [
    { ws: ws1, workspaceId: ids.w1, brandId: ids.b1, accountId: ids.a1 },
    { ws: ws1, workspaceId: ids.w1, brandId: ids.b1, accountId: ids.a2 },
    { ws: ws1, workspaceId: ids.w1, brandId: ids.b2, accountId: ids.a3 },
    { ws: ws2, workspaceId: ids.w2, brandId: ids.b3, accountId: ids.a4 },
  ];
  const start = Date.now() - 10 * 60_000;
  for (const [i, p] of places.entries()) {
    const at = new Date(start + i * 60_000);
    const [id] = await insertScheduledPosts(url, p.ws, [
      { accountId: p.accountId, scheduledAt: at, texts: [`Pin ${i}`] },
    ]);
    posts.push({
      workspaceId: p.workspaceId,
      brandId: p.brandId,
      accountId: p.accountId,
      id: id!,
      at,
      status: 'scheduled',
    });
  }
  ds = createDataSource({ url, poolSize: 2 });
  await ds.initialize();
  tx = new TransactionHost(ds);
  holdRepo = new TypeormHoldRepository(tx);
  postRepo = new TypeormPostRepository(tx, holdRepo);
  publishing = new TypeormPublishingRepository(tx, { keys: TEST_AUDIT_KEYRING });
});

afterAll(async () => {
  await ds?.destroy();
});

/** Places the case's holds, runs `fn`, and rolls everything back (each case starts from no hold, posts scheduled). */
async function withHolds<T>(holds: HoldCase[], fn: (placed: HoldRecord[]) => Promise<T>): Promise<T> {
  let out: T | undefined;
  await tx
    .run(async () => {
      const placed: HoldRecord[] = [];
      for (const h of holds) {
        const at = new Date();
        const record = await holdRepo.insert({
          workspaceId: ids[h.in],
          scope: h.scope,
          targetId: ids[h.target],
          reason: 'Pin',
          placedBy: placedBy[h.in],
          placedAt: at,
        });
        if (h.released) await holdRepo.release(ids[h.in], record.id, placedBy[h.in], 'resume', at);
        placed.push(record);
      }
      out = await fn(placed);
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return out as T;
}

const sorted = (xs: Iterable<string>) => [...xs].sort();

it.each(CASES)('%s: SQL and TypeScript hold the same posts', async (_name, holds, heldAccounts) => {
  await withHolds(holds, async (placed) => {
    // TypeScript, as the calendar applies it: the active holds of the post's workspace.
    const tsHeld = new Set<string>();
    for (const p of posts) if (isPostHeld(await postRepo.activeHolds(p.workspaceId), p)) tsHeld.add(p.id);
    const expected = posts.filter((p) => heldAccounts.some((a) => ids[a] === p.accountId)).map((p) => p.id);
    expect(sorted(tsHeld)).toEqual(sorted(expected));

    const now = new Date();
    const free = posts.filter((p) => !tsHeld.has(p.id));
    // The hold list's count and the hold's lock (per hold, released or not: the lock runs when a hold is placed).
    const listed = await holdRepo.list(ids.w1, { active: true });
    const listed2 = await holdRepo.list(ids.w2, { active: true });
    for (const h of placed) {
      const covered = posts.filter((p) => p.workspaceId === h.workspaceId && holdCoversPost(h, p)).map((p) => p.id);
      expect(sorted((await holdRepo.lockCoveredScheduledPosts(h)).map((x) => x.id))).toEqual(sorted(covered));
      const row = [...listed, ...listed2].find((x) => x.id === h.id);
      if (row) expect(row.heldPosts).toBe(covered.length);
      else expect(holds[placed.indexOf(h)]!.released).toBe(true);
    }
    // The scheduler's probes over the plain holds table.
    expect((await publishing.queueStats(now, GRACE_MS)).due).toBe(free.length);
    const earliest = free.map((p) => p.at.getTime()).sort((a, b) => a - b)[0];
    expect((await publishing.nextDueAt(now, GRACE_MS))?.getTime() ?? null).toBe(earliest ?? null);
    // The claim, through the hold gate (xp_active_holds()): exactly the posts no hold covers.
    const { jobs: claimed, nextDueAt } = await publishing.claimDue({
      now,
      owner: 'pin',
      leaseUntil: new Date(now.getTime() + 60_000),
      limit: 100,
      graceMs: GRACE_MS,
    });
    expect(sorted(claimed.map((j) => j.id))).toEqual(sorted(free.map((p) => p.id)));
    // Every free post was due and is claimed now: none is left to wake up for.
    expect(nextDueAt).toBeNull();
  });
});

// A hold only stops what is not yet out: a post of a covered account that is already published, publishing,
// unconfirmed, cancelled, failed or missed is not held. The SQL twin (HOLD_COVERS_POST) answers as the TypeScript rule
// for every status; the hold list's count and the hold's lock (scheduled posts only) leave such a post out.
it.each(POST_STATUS_VALUES.map((s) => [s]))(
  'a workspace hold and a %s post: SQL and TypeScript agree',
  async (status) => {
    const a1 = posts.find((p) => p.accountId === ids.a1)!;
    await withHolds([{ in: 'w1', scope: 'workspace', target: 'w1' }], async ([hold]) => {
      await tx.manager.query(`UPDATE posts SET status = $2 WHERE id = $1`, [a1.id, status]);
      const ts = isPostHeld(await postRepo.activeHolds(ids.w1), { ...a1, status });
      expect(ts).toBe(['draft', 'in_review', 'changes_requested', 'scheduled'].includes(status));
      const [sql] = (await tx.manager.query(
        `SELECT EXISTS (SELECT 1 FROM holds h WHERE h.released_at IS NULL AND ${HOLD_COVERS_POST}) AS held
         FROM posts p JOIN accounts a ON a.id = p.account_id WHERE p.id = $1`,
        [a1.id],
      )) as { held: boolean }[];
      expect(sql!.held).toBe(ts);
      const scheduled = posts
        .filter((p) => p.workspaceId === ids.w1 && (p.id !== a1.id || status === 'scheduled'))
        .map((p) => p.id);
      const [row] = await holdRepo.list(ids.w1, { active: true });
      expect(row!.heldPosts).toBe(scheduled.length);
      expect(sorted((await holdRepo.lockCoveredScheduledPosts(hold!)).map((x) => x.id))).toEqual(sorted(scheduled));
    });
  },
);
