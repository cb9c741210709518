/** Ports of analytics (implemented by data-access and x-api). */
import type { PendingSnapshots } from '@xp/server/domain';
import type {
  AnalyticsGroupBy,
  AnalyticsPostSort,
  NonPublicMetricsDto,
  PublicMetricsDto,
  SnapshotKind,
} from '@xp/shared';
import type { XCall } from '../accounts/account.ports';

export type PublicMetrics = PublicMetricsDto;
export type NonPublicMetrics = NonPublicMetricsDto;

/** A due snapshot claimed by a worker (leased: no other worker takes it until the lease passes). */
export interface ClaimedSnapshot {
  id: string;
  workspaceId: string;
  postId: string;
  accountId: string;
  tweetId: string;
  kind: SnapshotKind;
  dueAt: Date;
  publishedAt: Date;
  /** The account's analytics switch. */
  enabled: boolean;
  /** Below its account's median reach at +24 h (see `isLowReach`). */
  lowReach: boolean;
}

/** What X said about one post at one read. */
export interface PostReading {
  tweetId: string;
  public: PublicMetrics;
  nonPublic: NonPublicMetrics | null;
}

/** The followers of an account claimed for today's read. */
export interface ClaimedFollowers {
  accountId: string;
  workspaceId: string;
  xUserId: string;
  day: string;
}

export interface UserMetrics {
  followers_count: number;
  following_count: number;
  tweet_count: number;
  listed_count: number;
}

/** Reads billed to a workspace on a UTC day. */
export interface AnalyticsReads {
  requests: number;
  postReads: number;
  userReads: number;
  microUsd: number;
}

/** What the month looks like for the thinning policy and the usage figure (micro-dollars). */
export interface MonthFigures {
  /** The workspace's own budget (null: the product's default). */
  budgetMicroUsd: number | null;
  spent: AnalyticsReads;
  pending: PendingSnapshots;
  userReadsLeft: number;
  /** Snapshots left out this month (thinned or refused at the budget). */
  skipped: number;
}

export interface ReportFilter {
  workspaceId: string;
  from: Date;
  to: Date;
  /** Only these accounts (null: every account of the workspace). */
  accountIds: string[] | null;
}

/** The sums of a set of posts' latest figures: the reports' columns. */
export interface MetricSums {
  posts: number;
  impressions: number;
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  bookmarks: number;
  linkClicks: number;
}

export interface SummaryRow extends MetricSums {
  key: string;
  label: string;
}

export interface PostMetricsRow {
  postId: string;
  accountId: string;
  publishedAt: Date;
  impressions: number;
  likes: number;
  reposts: number;
  replies: number;
  engagementRate: number;
}

export interface SnapshotRow {
  takenAt: Date;
  kind: SnapshotKind;
  public: PublicMetrics;
  nonPublic: NonPublicMetrics | null;
}

export abstract class AnalyticsRepository {
  // ---- the worker's side ----
  /**
   * Leases up to `limit` due snapshots (FOR UPDATE SKIP LOCKED) to `owner` until `leaseUntil`: those never leased,
   * those whose lease passed, and those of a worker that is gone (its liveness lock released).
   */
  abstract claimDue(now: Date, owner: string, leaseUntil: Date, limit: number): Promise<ClaimedSnapshot[]>;
  /** Leaves snapshots out for good (only those `owner` still holds). */
  abstract skip(ids: string[], owner: string, reason: 'off' | 'thinned' | 'budget' | 'gone'): Promise<void>;
  /** Of these posts, those already read (billed) on the UTC day `day`. */
  abstract readOn(day: string, tweetIds: string[]): Promise<Set<string>>;
  /**
   * Stores one request's readings: each claimed snapshot of a post read gets its figures and is marked taken, once
   * (only while `owner` holds it); the post's latest figures follow. The request is billed to the workspace, with a
   * post read for each of the `billable` posts (not read yet today) whose reading was stored here: a reading another
   * worker stored first (a worker thought dead, whose commit landed) is not billed twice, as X does not bill it
   * twice. Returns what was billed.
   */
  abstract saveReadings(
    workspaceId: string,
    owner: string,
    readings: { reading: PostReading; snapshotIds: string[] }[],
    billable: readonly string[],
    at: Date,
  ): Promise<AnalyticsReads>;
  abstract month(workspaceId: string, month: string, now: Date): Promise<MonthFigures>;
  /** Creates today's follower rows of the accounts on, then leases up to `limit` of those not yet read. */
  abstract claimFollowers(
    now: Date,
    day: string,
    owner: string,
    leaseUntil: Date,
    limit: number,
  ): Promise<ClaimedFollowers[]>;
  abstract saveFollowers(
    f: ClaimedFollowers,
    owner: string,
    m: UserMetrics,
    reads: AnalyticsReads,
    at: Date,
  ): Promise<void>;
  /** Keeps an account's followers row from the workers until `until` (the budget is spent). */
  abstract deferFollowers(f: ClaimedFollowers, owner: string, until: Date): Promise<void>;

  // ---- reports ----
  abstract summary(f: ReportFilter, groupBy: AnalyticsGroupBy): Promise<SummaryRow[]>;
  abstract posts(
    f: ReportFilter,
    sort: AnalyticsPostSort,
    limit: number,
    after: { value: number; postId: string } | null,
  ): Promise<PostMetricsRow[]>;
  abstract snapshots(workspaceId: string, postId: string): Promise<SnapshotRow[]>;

  // ---- settings ----
  abstract setBudgetMicroUsd(workspaceId: string, micro: number): Promise<void>;
  abstract accountSwitches(workspaceId: string): Promise<{ accountId: string; handle: string; enabled: boolean }[]>;
  abstract setAccountSwitches(workspaceId: string, switches: { accountId: string; enabled: boolean }[]): Promise<void>;
}

/** X's `GET /2/tweets` and `GET /2/users/:id` for analytics (each call is one billed request). */
export abstract class XMetrics {
  /**
   * Up to 100 posts' metrics with the account's (their author's) token; `withPrivate` also asks for the non-public
   * and organic metrics. Posts X no longer has are `missing`; those refused the private fields are `refused`.
   */
  abstract tweets(
    accountId: string,
    tweetIds: string[],
    withPrivate: boolean,
  ): Promise<XCall<{ readings: PostReading[]; missing: string[]; refused: string[] }>>;
  abstract user(accountId: string, xUserId: string): Promise<XCall<UserMetrics>>;
}

/** Analytics' timing and default budget (ANALYTICS_POLL_MS, ANALYTICS_MONTHLY_BUDGET_USD). */
export abstract class AnalyticsSettings {
  abstract readonly pollMs: number;
  abstract readonly monthlyBudgetUsd: number;
  /**
   * The worker's name on its leases: the scheduler's id, whose liveness lock tells the other workers at once when it
   * is gone (docs/scheduler.md, "Crash recovery"). Unset (tests driving the worker by hand): a name of its own.
   */
  abstract readonly workerId?: string;
}
