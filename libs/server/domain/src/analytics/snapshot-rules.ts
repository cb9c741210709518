// Metric snapshots of published posts: when they are due, which can carry the non-public metrics, what they cost
// and the engagement rate (pure).
import { SNAPSHOT_KINDS, type SnapshotKind } from '@xp/shared';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** How long after publication each snapshot is due (the migration's trigger creates the rows with these). */
export const SNAPSHOT_OFFSETS_MS: Record<SnapshotKind, number> = {
  '1h': HOUR_MS,
  '24h': DAY_MS,
  '7d': 7 * DAY_MS,
  '28d': 28 * DAY_MS,
};

/** X gives the non-public and organic metrics of a post to its author only while it is less than 30 days old. */
export const PRIVATE_METRICS_MAX_AGE_MS = 30 * DAY_MS;
/** Asked for no later than this before that limit, so that a request in flight does not cross it. */
const PRIVATE_METRICS_MARGIN_MS = 60_000;

/** X's pay-per-use prices (2026) of analytics reads, in micro-dollars: a post read, a user read. */
export const ANALYTICS_PRICES_MICRO_USD = { postRead: 5_000, userRead: 10_000 } as const;

/** The four snapshots of a post published at `publishedAt`, in order. */
export function snapshotsDue(publishedAt: Date): { kind: SnapshotKind; dueAt: Date }[] {
  return SNAPSHOT_KINDS.map((kind) => ({ kind, dueAt: new Date(publishedAt.getTime() + SNAPSHOT_OFFSETS_MS[kind]) }));
}

/** Whether a post published at `publishedAt` may be asked for its non-public metrics at `now`. */
export function privateMetricsReadable(publishedAt: Date, now: Date): boolean {
  return now.getTime() - publishedAt.getTime() < PRIVATE_METRICS_MAX_AGE_MS - PRIVATE_METRICS_MARGIN_MS;
}

/** What a set of reads costs, in micro-dollars. */
export function readCostMicroUsd(reads: { postReads?: number; userReads?: number }): number {
  return (
    (reads.postReads ?? 0) * ANALYTICS_PRICES_MICRO_USD.postRead +
    (reads.userReads ?? 0) * ANALYTICS_PRICES_MICRO_USD.userRead
  );
}

/**
 * The posts of a read X bills: those it returned, each once per UTC day (X charges a resource once a day per app).
 * `readToday` holds the ids already read (and billed) today.
 */
export function billablePostIds(returned: readonly string[], readToday: ReadonlySet<string>): string[] {
  return [...new Set(returned)].filter((id) => !readToday.has(id));
}

export interface InteractionCounts {
  likes: number;
  reposts: number;
  replies: number;
  quotes: number;
  bookmarks: number;
}

/** What the reports add up over a set of posts: how many, their impressions and their public interactions. */
export interface PostSums extends InteractionCounts {
  posts: number;
  impressions: number;
}

const POST_SUMS = ['posts', 'impressions', 'likes', 'reposts', 'replies', 'quotes', 'bookmarks'] as const;

/** The sums of no post. */
export const NO_POST_SUMS: PostSums = Object.freeze(
  Object.fromEntries(POST_SUMS.map((k) => [k, 0])) as unknown as PostSums,
);

/** `a + b`, sum by sum (only the sums: other fields of `a` and `b` are left out). */
export function addPostSums(a: PostSums, b: PostSums): PostSums {
  return Object.fromEntries(POST_SUMS.map((k) => [k, a[k] + b[k]])) as unknown as PostSums;
}

/**
 * The engagement rate: public interactions (likes, reposts, replies, quotes, bookmarks) per impression, rounded to
 * 1/10,000; 0 without impressions. Public counts only, so a rate means the same before and after day 30.
 */
export function engagementRate(c: InteractionCounts, impressions: number): number {
  if (impressions <= 0) return 0;
  return Math.round((engagements(c) / impressions) * 10_000) / 10_000;
}

/** likes + reposts + replies + quotes + bookmarks (the public interactions the engagement rate counts). */
export function engagements(c: InteractionCounts): number {
  return c.likes + c.reposts + c.replies + c.quotes + c.bookmarks;
}

/** Ids in groups of at most `size` (X's `GET /2/tweets` takes 100 ids). */
export function chunks<T>(items: readonly T[], size = 100): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The first instant of the UTC month `YYYY-MM` and of the next one. */
export function utcMonthRange(month: string): { start: Date; end: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { start: new Date(Date.UTC(y, m - 1, 1)), end: new Date(Date.UTC(y, m, 1)) };
}
