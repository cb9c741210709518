// The report of a live session (a Grand Prix): its posts' latest figures summed, spread over 10-minute buckets, its
// best posts and how its publishing went (pure; docs/analytics.md, "A live session's report").
import {
  addPostSums,
  engagementRate,
  engagements,
  NO_POST_SUMS,
  type InteractionCounts,
  type PostSums,
} from './snapshot-rules';

/** The timeline's bucket: 10 minutes, aligned on UTC's (14:00, 14:10…; whole in every hour-offset zone). */
export const LIVE_REPORT_BUCKET_MINUTES = 10;
/** The best posts shown. */
export const LIVE_REPORT_TOP = 5;
/** The first segment's text is cut to this many characters (an ellipsis ends a cut one). */
export const LIVE_REPORT_TEXT_MAX = 100;

/** A post of the session: its status, times and its latest figures (zero until a snapshot was taken). */
export interface LivePostFigures extends InteractionCounts {
  postId: string;
  status: string;
  /** The first segment's text. */
  text: string;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  impressions: number;
  linkClicks: number;
  /** When its figures were last read from X (null: not yet). */
  measuredAt: Date | null;
}

/** `posts`: the posts published. */
export interface LiveReportTotals extends PostSums {
  /** Of those, posts measured at least once. */
  measured: number;
  linkClicks: number;
  /** likes + reposts + replies + quotes + bookmarks. */
  engagements: number;
  engagementRate: number;
}

export interface LiveTimelineBucket {
  start: Date;
  posts: number;
  impressions: number;
  engagements: number;
}

export interface LiveTopPost {
  postId: string;
  text: string;
  publishedAt: Date;
  impressions: number;
  engagements: number;
  engagementRate: number;
}

export interface LivePublishing {
  /** Every post of the session but the cancelled ones. */
  planned: number;
  published: number;
  /** Not out yet: draft, in review, changes requested, scheduled, publishing. */
  pending: number;
  /** Refused by X, or sent without confirmation (failed, unconfirmed). */
  failed: number;
  /** Dropped for being later than the session's allowed lateness. */
  missed: number;
  cancelled: number;
  /** Published posts: publication time minus planned time (null without any). */
  medianLatencyMs: number | null;
  maxLatencyMs: number | null;
}

export interface LiveReport {
  totals: LiveReportTotals;
  timeline: LiveTimelineBucket[];
  topPosts: LiveTopPost[];
  publishing: LivePublishing;
  /** The latest reading of the session's figures (null: none yet). */
  measuredAt: Date | null;
}

const PENDING = new Set(['draft', 'in_review', 'changes_requested', 'scheduled', 'publishing']);
const FAILED = new Set(['failed', 'unconfirmed']);

type Published = LivePostFigures & { publishedAt: Date };
const isPublished = (p: LivePostFigures): p is Published => p.status === 'published' && p.publishedAt !== null;

/** The median of numbers (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The start of the bucket of `minutes` holding `at` (aligned on the Unix epoch, so on UTC's round minutes). */
export function bucketStart(at: Date, minutes = LIVE_REPORT_BUCKET_MINUTES): Date {
  const size = minutes * 60_000;
  return new Date(Math.floor(at.getTime() / size) * size);
}

/** Text cut to `max` characters (not splitting an emoji), an ellipsis ending a cut one. */
export function truncateText(text: string, max = LIVE_REPORT_TEXT_MAX): string {
  const chars = Array.from(text.trim());
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** The published posts' figures summed; the rate is the sums' ratio (as the summary's groups). */
export function liveTotals(posts: readonly LivePostFigures[]): LiveReportTotals {
  let t = NO_POST_SUMS;
  let measured = 0;
  let linkClicks = 0;
  for (const p of posts.filter(isPublished)) {
    t = addPostSums(t, { ...p, posts: 1 });
    if (p.measuredAt) measured++;
    linkClicks += p.linkClicks;
  }
  return { ...t, measured, linkClicks, engagements: engagements(t), engagementRate: engagementRate(t, t.impressions) };
}

/**
 * The published posts by bucket of their publication: every bucket of the session's window (empty ones included,
 * so that a chart shows the quiet minutes), plus those of posts published outside it; oldest first.
 */
export function liveTimeline(
  window: { startsAt: Date; endsAt: Date },
  posts: readonly LivePostFigures[],
  minutes = LIVE_REPORT_BUCKET_MINUTES,
): LiveTimelineBucket[] {
  const size = minutes * 60_000;
  const buckets = new Map<number, LiveTimelineBucket>();
  const bucket = (t: number) => {
    let b = buckets.get(t);
    if (!b) buckets.set(t, (b = { start: new Date(t), posts: 0, impressions: 0, engagements: 0 }));
    return b;
  };
  for (let t = bucketStart(window.startsAt, minutes).getTime(); t < window.endsAt.getTime(); t += size) bucket(t);
  for (const p of posts.filter(isPublished)) {
    const b = bucket(bucketStart(p.publishedAt, minutes).getTime());
    b.posts++;
    b.impressions += p.impressions;
    b.engagements += engagements(p);
  }
  return [...buckets.values()].sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The `top` published posts by impressions (then engagements, then the earliest). */
export function liveTopPosts(posts: readonly LivePostFigures[], top = LIVE_REPORT_TOP): LiveTopPost[] {
  return posts
    .filter(isPublished)
    .map((p) => ({
      postId: p.postId,
      text: truncateText(p.text),
      publishedAt: p.publishedAt,
      impressions: p.impressions,
      engagements: engagements(p),
      engagementRate: engagementRate(p, p.impressions),
    }))
    .sort(
      (a, b) =>
        b.impressions - a.impressions ||
        b.engagements - a.engagements ||
        a.publishedAt.getTime() - b.publishedAt.getTime() ||
        (a.postId < b.postId ? -1 : 1),
    )
    .slice(0, top);
}

/** How the session's publishing went: posts by outcome and how late the published ones went out. */
export function livePublishing(posts: readonly LivePostFigures[]): LivePublishing {
  const count = (f: (s: string) => boolean) => posts.filter((p) => f(p.status)).length;
  const latencies = posts
    .filter(isPublished)
    .filter((p) => p.scheduledAt)
    .map((p) => Math.max(0, p.publishedAt.getTime() - p.scheduledAt!.getTime()));
  return {
    planned: count((s) => s !== 'cancelled'),
    published: count((s) => s === 'published'),
    pending: count((s) => PENDING.has(s)),
    failed: count((s) => FAILED.has(s)),
    missed: count((s) => s === 'missed'),
    cancelled: count((s) => s === 'cancelled'),
    medianLatencyMs: median(latencies),
    maxLatencyMs: latencies.length ? Math.max(...latencies) : null,
  };
}

/** The whole report of a session whose window is [startsAt, endsAt). */
export function liveSessionReport(
  window: { startsAt: Date; endsAt: Date },
  posts: readonly LivePostFigures[],
): LiveReport {
  const measured = posts.filter(isPublished).flatMap((p) => (p.measuredAt ? [p.measuredAt.getTime()] : []));
  return {
    totals: liveTotals(posts),
    timeline: liveTimeline(window, posts),
    topPosts: liveTopPosts(posts),
    publishing: livePublishing(posts),
    measuredAt: measured.length ? new Date(Math.max(...measured)) : null,
  };
}
