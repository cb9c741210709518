import { noPendingSnapshots } from '@xp/server/domain';
import type { SnapshotKind } from '@xp/shared';
import { Clock } from '../ports';
import {
  AnalyticsRepository,
  AnalyticsSettings,
  XMetrics,
  type AnalyticsReads,
  type ClaimedFollowers,
  type ClaimedSnapshot,
  type MonthFigures,
  type PostReading,
} from './analytics.ports';
import { SnapshotWorkerService } from './snapshot-worker.service';

/**
 * The snapshot worker's decisions with in-memory fakes of its ports (no database, no network): batches of 100 ids,
 * the private metrics by age, posts refused or gone, the thinning, the budget's hard stop and billing once a day.
 */
const NOW = new Date('2026-03-20T12:00:00Z');
const DAY = 86_400_000;

class FixedClock extends Clock {
  now(): Date {
    return new Date(NOW);
  }
}

let seq = 0;
function due(o: Partial<ClaimedSnapshot> = {}): ClaimedSnapshot {
  const n = ++seq;
  return {
    id: `s${n}`,
    workspaceId: 'w1',
    postId: `p${n}`,
    accountId: 'a1',
    tweetId: `${1000 + n}`,
    kind: '1h',
    dueAt: NOW,
    publishedAt: new Date(NOW.getTime() - 3_600_000),
    enabled: true,
    lowReach: false,
    ...o,
  };
}

class FakeRepo extends AnalyticsRepository {
  queue: ClaimedSnapshot[] = [];
  skipped = new Map<string, string>();
  saved = new Map<string, PostReading>();
  reads: AnalyticsReads[] = [];
  readToday = new Set<string>();
  figures: MonthFigures = {
    budgetMicroUsd: 50_000_000,
    spent: { requests: 0, postReads: 0, userReads: 0, microUsd: 0 },
    pending: noPendingSnapshots(),
    userReadsLeft: 0,
    skipped: 0,
  };
  followers: ClaimedFollowers[] = [];
  deferred: string[] = [];
  followerReads: string[] = [];

  async claimDue(_now: Date, _owner: string, _until: Date, limit: number): Promise<ClaimedSnapshot[]> {
    return this.queue.splice(0, limit);
  }
  async skip(ids: string[], _owner: string, reason: string): Promise<void> {
    for (const id of ids) this.skipped.set(id, reason);
  }
  async readOn(_day: string, tweetIds: string[]): Promise<Set<string>> {
    return new Set(tweetIds.filter((t) => this.readToday.has(t)));
  }
  async saveReadings(
    _ws: string,
    _owner: string,
    readings: { reading: PostReading; snapshotIds: string[] }[],
    billable: readonly string[],
  ): Promise<AnalyticsReads> {
    for (const r of readings) for (const id of r.snapshotIds) this.saved.set(id, r.reading);
    const posts = new Set(readings.map((r) => r.reading.tweetId).filter((t) => billable.includes(t))).size;
    const reads = { requests: 1, postReads: posts, userReads: 0, microUsd: posts * 5_000 };
    this.reads.push(reads);
    return reads;
  }
  async month(): Promise<MonthFigures> {
    return this.figures;
  }
  async claimFollowers(): Promise<ClaimedFollowers[]> {
    return this.followers.splice(0);
  }
  async saveFollowers(f: ClaimedFollowers, _owner: string, _m: unknown, reads: AnalyticsReads): Promise<void> {
    this.followerReads.push(f.accountId);
    this.reads.push(reads);
  }
  async deferFollowers(f: ClaimedFollowers): Promise<void> {
    this.deferred.push(f.accountId);
  }
  summary = () => Promise.resolve([]);
  posts = () => Promise.resolve([]);
  snapshots = () => Promise.resolve([]);
  setBudgetMicroUsd = () => Promise.resolve();
  accountSwitches = () => Promise.resolve([]);
  setAccountSwitches = () => Promise.resolve();
}

const metrics = (tweetId: string, impressions: number, withPrivate: boolean): PostReading => ({
  tweetId,
  public: {
    impression_count: impressions,
    like_count: 1,
    retweet_count: 0,
    reply_count: 0,
    quote_count: 0,
    bookmark_count: 0,
  },
  nonPublic: withPrivate
    ? { impression_count: impressions, url_link_clicks: 2, user_profile_clicks: 1, engagements: 4 }
    : null,
});

class FakeX extends XMetrics {
  calls: { ids: string[]; withPrivate: boolean }[] = [];
  refused = new Set<string>();
  missing = new Set<string>();
  async tweets(_account: string, ids: string[], withPrivate: boolean) {
    this.calls.push({ ids, withPrivate });
    const refused = withPrivate ? ids.filter((id) => this.refused.has(id)) : [];
    const missing = ids.filter((id) => this.missing.has(id));
    const readings = ids
      .filter((id) => !refused.includes(id) && !missing.includes(id))
      .map((id) => metrics(id, 100, withPrivate));
    return { kind: 'ok' as const, value: { readings, missing, refused } };
  }
  async user() {
    return {
      kind: 'ok' as const,
      value: { followers_count: 10, following_count: 1, tweet_count: 3, listed_count: 0 },
    };
  }
}

let repo: FakeRepo;
let x: FakeX;
let worker: SnapshotWorkerService;
beforeEach(() => {
  repo = new FakeRepo();
  x = new FakeX();
  const settings: AnalyticsSettings = { pollMs: 0, monthlyBudgetUsd: 50, workerId: 'w-test' };
  worker = new SnapshotWorkerService(repo, x, settings, new FixedClock());
});

it('reads 100 ids per request, with the private metrics while the post is under 30 days old, and bills each post', async () => {
  const recent = Array.from({ length: 250 }, () => due());
  const old = Array.from({ length: 3 }, () => due({ kind: '28d', publishedAt: new Date(NOW.getTime() - 31 * DAY) }));
  repo.queue = [...recent, ...old];
  expect(await worker.takeDue()).toBe(253);
  expect(x.calls.map((c) => [c.ids.length, c.withPrivate])).toEqual([
    [100, true],
    [100, true],
    [50, true],
    [3, false],
  ]);
  expect(repo.saved.size).toBe(253);
  expect(repo.saved.get(recent[0]!.id)!.nonPublic).not.toBeNull();
  expect(repo.saved.get(old[0]!.id)!.nonPublic).toBeNull();
  expect(repo.reads.reduce((a, r) => a + r.postReads, 0)).toBe(253);
  expect(repo.reads.reduce((a, r) => a + r.microUsd, 0)).toBe(253 * 5_000);
  expect(worker.owner).toBe('w-test');
});

it('fills every due row of a post from one reading, and does not bill a post already read today', async () => {
  const first = due({ kind: '1h' });
  const second = due({ kind: '24h', postId: first.postId, tweetId: first.tweetId });
  const other = due();
  repo.queue = [first, second, other];
  repo.readToday.add(other.tweetId);
  await worker.takeDue();
  expect(x.calls).toEqual([{ ids: [first.tweetId, other.tweetId], withPrivate: true }]);
  expect([...repo.saved.keys()].sort()).toEqual([first.id, second.id, other.id].sort());
  expect(repo.reads).toEqual([{ requests: 1, postReads: 1, userReads: 0, microUsd: 5_000 }]);
});

it('reads public metrics only for posts refused the private ones, and leaves out posts X no longer has', async () => {
  const refused = due();
  const gone = due();
  const fine = due();
  repo.queue = [refused, gone, fine];
  x.refused.add(refused.tweetId);
  x.missing.add(gone.tweetId);
  await worker.takeDue();
  expect(x.calls).toEqual([
    { ids: [refused.tweetId, gone.tweetId, fine.tweetId], withPrivate: true },
    { ids: [refused.tweetId], withPrivate: false },
  ]);
  expect(repo.saved.get(refused.id)!.nonPublic).toBeNull();
  expect(repo.saved.get(fine.id)!.nonPublic).not.toBeNull();
  expect(repo.skipped.get(gone.id)).toBe('gone');
});

it('leaves out the accounts turned off and what the thinning drops, and never reads past the budget', async () => {
  const off = due({ enabled: false });
  const lowWeek = due({ kind: '7d', lowReach: true });
  const rest = Array.from({ length: 40 }, () => due({ kind: '24h' as SnapshotKind }));
  repo.queue = [off, lowWeek, ...rest];
  // $0.10 left this month (20 post reads), and more than that still due: the thinning starts.
  repo.figures = {
    ...repo.figures,
    budgetMicroUsd: 1_000_000,
    spent: { requests: 0, postReads: 180, userReads: 0, microUsd: 900_000 },
    pending: { ...noPendingSnapshots(), '7d': { low: 30, other: 0 }, '24h': { low: 0, other: 40 } },
  };
  await worker.takeDue();
  expect(repo.skipped.get(off.id)).toBe('off');
  expect(repo.skipped.get(lowWeek.id)).toBe('thinned');
  expect(x.calls.flatMap((c) => c.ids)).toHaveLength(20);
  expect(rest.filter((r) => repo.skipped.get(r.id) === 'budget')).toHaveLength(20);
  expect(repo.reads.reduce((a, r) => a + r.microUsd, 0)).toBe(100_000);
});

it('reads followers once per account within the budget, and defers them when it is spent', async () => {
  repo.followers = [
    { accountId: 'a1', workspaceId: 'w1', xUserId: '1', day: '2026-03-20' },
    { accountId: 'a2', workspaceId: 'w1', xUserId: '2', day: '2026-03-20' },
  ];
  repo.figures = { ...repo.figures, budgetMicroUsd: 15_000 };
  expect(await worker.followersDue()).toBe(1);
  expect(repo.followerReads).toEqual(['a1']);
  expect(repo.deferred).toEqual(['a2']);
  expect(repo.reads).toEqual([{ requests: 1, postReads: 0, userReads: 1, microUsd: 10_000 }]);
});
