import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  ANALYTICS_PRICES_MICRO_USD,
  billablePostIds,
  chunks,
  keepsSnapshot,
  privateMetricsReadable,
  utcDay,
} from '@xp/server/domain';
import { Clock } from '../ports';
import {
  AnalyticsRepository,
  AnalyticsSettings,
  XMetrics,
  type ClaimedSnapshot,
  type PostReading,
} from './analytics.ports';
import { analyticsMonth } from './analytics-budget';

const DAY_MS = 86_400_000;
/** How long claimed snapshots are kept from other workers (a worker that dies frees them after this). */
export const SNAPSHOT_LEASE_MS = 2 * 60_000;
const CLAIM_LIMIT = 500;
const FOLLOWERS_PER_CLAIM = 50;

const groupBy = <T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const i of items) {
    const list = out.get(key(i));
    if (list) list.push(i);
    else out.set(key(i), [i]);
  }
  return out;
};

/** What a workspace may still spend in this pass (micro-dollars), read once per workspace and pass. */
class PassBudgets {
  private readonly left = new Map<string, number>();
  constructor(private readonly load: (workspaceId: string) => Promise<number>) {}
  async microLeft(workspaceId: string): Promise<number> {
    if (!this.left.has(workspaceId)) this.left.set(workspaceId, await this.load(workspaceId));
    return this.left.get(workspaceId)!;
  }
  spend(workspaceId: string, micro: number): void {
    this.left.set(workspaceId, (this.left.get(workspaceId) ?? 0) - micro);
  }
}

/**
 * The snapshot worker (docs/analytics.md), in the worker process: claims the due snapshots with a lease (several
 * workers never take the same one), leaves out those of accounts turned off and those the month's thinning drops,
 * reads the others from X 100 posts per `GET /2/tweets` with the author's token (with the non-public metrics while
 * the post is less than 30 days old), and stores each reading once. Every read is checked against the workspace's
 * budget before it is made and billed as X bills it. Followers: once per account and UTC day.
 */
@Injectable()
export class SnapshotWorkerService {
  private readonly logger = new Logger('Analytics');
  /** This worker's name on its leases. */
  readonly owner: string;

  constructor(
    private readonly repo: AnalyticsRepository,
    private readonly x: XMetrics,
    private readonly settings: AnalyticsSettings,
    private readonly clock: Clock,
  ) {
    this.owner = settings.workerId ?? `analytics-${randomUUID()}`;
  }

  /** Takes every snapshot due now and today's followers; returns how many snapshots were handled. */
  async pollDue(): Promise<number> {
    const n = await this.takeDue();
    await this.followersDue();
    return n;
  }

  async takeDue(): Promise<number> {
    let handled = 0;
    for (;;) {
      const now = this.clock.now();
      const claimed = await this.repo.claimDue(
        now,
        this.owner,
        new Date(now.getTime() + SNAPSHOT_LEASE_MS),
        CLAIM_LIMIT,
      );
      for (const [workspaceId, rows] of groupBy(claimed, (c) => c.workspaceId)) {
        try {
          await this.takeWorkspace(workspaceId, rows, now);
        } catch (e) {
          this.logger.warn(`snapshots of workspace ${workspaceId}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      handled += claimed.length;
      if (claimed.length < CLAIM_LIMIT) return handled;
    }
  }

  private async takeWorkspace(workspaceId: string, rows: ClaimedSnapshot[], now: Date): Promise<void> {
    const month = await analyticsMonth(this.repo, this.settings, workspaceId, now);
    await this.repo.skip(
      rows.filter((r) => !r.enabled).map((r) => r.id),
      this.owner,
      'off',
    );
    const on = rows.filter((r) => r.enabled);
    await this.repo.skip(
      on.filter((r) => !keepsSnapshot(month.level, r.kind, r.lowReach)).map((r) => r.id),
      this.owner,
      'thinned',
    );
    const kept = on.filter((r) => keepsSnapshot(month.level, r.kind, r.lowReach));
    let microLeft = month.budgetMicroUsd - month.figures.spent.microUsd;
    const batches = groupBy(kept, (r) => `${r.accountId}|${privateMetricsReadable(r.publishedAt, now)}`);
    for (const batch of batches.values()) {
      const withPrivate = privateMetricsReadable(batch[0]!.publishedAt, now);
      const byTweet = groupBy(batch, (r) => r.tweetId);
      for (const ids of chunks([...byTweet.keys()])) {
        microLeft -= await this.readChunk(workspaceId, batch[0]!.accountId, ids, byTweet, withPrivate, microLeft, now);
      }
    }
  }

  /** One `GET /2/tweets` (and one more, public only, for posts refused the private fields); returns what it cost. */
  private async readChunk(
    workspaceId: string,
    accountId: string,
    tweetIds: string[],
    byTweet: Map<string, ClaimedSnapshot[]>,
    withPrivate: boolean,
    microLeft: number,
    now: Date,
  ): Promise<number> {
    const day = utcDay(now);
    const readToday = await this.repo.readOn(day, tweetIds);
    const allowed = Math.max(0, Math.floor(microLeft / ANALYTICS_PRICES_MICRO_USD.postRead));
    const billable = billablePostIds(tweetIds, readToday);
    const refusedAtBudget = new Set(billable.slice(allowed));
    const snapshotsOf = (ids: Iterable<string>) => [...ids].flatMap((t) => byTweet.get(t)!.map((s) => s.id));
    await this.repo.skip(snapshotsOf(refusedAtBudget), this.owner, 'budget');
    const ask = tweetIds.filter((t) => !refusedAtBudget.has(t));
    if (ask.length === 0) return 0;

    let spent = 0;
    const read = async (ids: string[], priv: boolean): Promise<string[]> => {
      const r = await this.x.tweets(accountId, ids, priv);
      if (r.kind !== 'ok') {
        // Left leased: taken again when the lease passes.
        this.logger.warn(`metrics of ${ids.length} posts of account ${accountId}: ${r.kind} ${r.detail}`);
        return [];
      }
      await this.repo.skip(snapshotsOf(r.value.missing), this.owner, 'gone');
      const billable = billablePostIds(
        r.value.readings.map((x) => x.tweetId),
        readToday,
      );
      const billed = await this.repo.saveReadings(
        workspaceId,
        this.owner,
        r.value.readings.map((reading: PostReading) => ({
          reading,
          snapshotIds: byTweet.get(reading.tweetId)?.map((s) => s.id) ?? [],
        })),
        billable,
        now,
      );
      spent += billed.microUsd;
      // A post read again in this pass (public only, after a refusal) is not billed again today.
      for (const t of billable) readToday.add(t);
      return r.value.refused;
    };
    const refused = await read(ask, withPrivate);
    if (withPrivate && refused.length) await read(refused, false);
    return spent;
  }

  /** Today's followers of every account with analytics on: one user read each, within the budget. */
  async followersDue(): Promise<number> {
    const now = this.clock.now();
    const day = utcDay(now);
    const nextDay = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS);
    const budgets = new PassBudgets(async (ws) => {
      const m = await analyticsMonth(this.repo, this.settings, ws, now);
      return m.budgetMicroUsd - m.figures.spent.microUsd;
    });
    let read = 0;
    for (;;) {
      const claimed = await this.repo.claimFollowers(
        now,
        day,
        this.owner,
        new Date(now.getTime() + SNAPSHOT_LEASE_MS),
        FOLLOWERS_PER_CLAIM,
      );
      for (const f of claimed) {
        const price = ANALYTICS_PRICES_MICRO_USD.userRead;
        if ((await budgets.microLeft(f.workspaceId)) < price) {
          await this.repo.deferFollowers(f, this.owner, nextDay);
          continue;
        }
        const r = await this.x.user(f.accountId, f.xUserId);
        if (r.kind !== 'ok') {
          this.logger.warn(`followers of account ${f.accountId}: ${r.kind} ${r.detail}`);
          continue;
        }
        budgets.spend(f.workspaceId, price);
        await this.repo.saveFollowers(
          f,
          this.owner,
          r.value,
          { requests: 1, postReads: 0, userReads: 1, microUsd: price },
          now,
        );
        read++;
      }
      if (claimed.length < FOLLOWERS_PER_CLAIM) return read;
    }
  }
}
