// Analytics: the metrics of published posts, snapshotted from X at fixed ages, the reports made of them, and what
// reading them from X costs. Contracts of the public REST API (docs/analytics.md).
import * as z from 'zod';
import type { MessageCode } from '../messages';
import { component, count, isoDateTime, listOf, pageOf, uuid } from './common';
import { cursorQuery, rangeQuery } from './fields';

/** The ages at which a published post's metrics are read from X. */
export const SNAPSHOT_KINDS = ['1h', '24h', '7d', '28d'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];
export const ANALYTICS_GROUP_BY = ['account', 'brand', 'tag', 'kind', 'author', 'day', 'hour', 'approval'] as const;
export type AnalyticsGroupBy = (typeof ANALYTICS_GROUP_BY)[number];
/**
 * The keys of `groupBy=approval`, fixed at publication: approved with no "changes requested" in the post's history,
 * approved after at least one, or published without an approval (a policy of 0 approvals, a post imported published).
 */
export const ANALYTICS_APPROVAL_PATHS = ['first_time', 'after_changes', 'none'] as const;
export type AnalyticsApprovalPath = (typeof ANALYTICS_APPROVAL_PATHS)[number];
export const ANALYTICS_POST_SORTS = ['impressions', 'engagementRate'] as const;
export type AnalyticsPostSort = (typeof ANALYTICS_POST_SORTS)[number];
/**
 * How far snapshots are thinned out when the month's projected cost exceeds the budget (docs/analytics.md):
 * `none`; `skip-7d-low-reach` (no +7 d for posts below their account's median reach at +24 h); `skip-7d` (no +7 d
 * at all, no +28 d for low-reach posts); `essential` (only +1 h and +24 h). Whatever the level, no read is made that
 * would take the month's spend past the budget.
 */
export const THINNING_LEVELS = ['none', 'skip-7d-low-reach', 'skip-7d', 'essential'] as const;
export type ThinningLevel = (typeof THINNING_LEVELS)[number];
/** The catalogue's explanation of each level (FR/EN), which the analytics page shows. */
export const THINNING_MESSAGES = {
  none: 'ANALYTICS_THINNING_NONE',
  'skip-7d-low-reach': 'ANALYTICS_THINNING_SKIP_7D_LOW_REACH',
  'skip-7d': 'ANALYTICS_THINNING_SKIP_7D',
  essential: 'ANALYTICS_THINNING_ESSENTIAL',
} as const satisfies Record<ThinningLevel, MessageCode>;
/** The longest range one report covers. */
export const ANALYTICS_RANGE_MAX_DAYS = 400;

// ---- requests ----------------------------------------------------------------------------------------------

/** `from`: posts published at or after it (default: 30 days before `to`); `to`: before it (default: now). */
const range = { ...rangeQuery, accountId: uuid('must be an account id').optional() };

export const AnalyticsSummaryQuerySchema = z.strictObject({
  ...range,
  groupBy: z.enum(ANALYTICS_GROUP_BY).default('account'),
});
export type AnalyticsSummaryQuery = z.infer<typeof AnalyticsSummaryQuerySchema>;

export const AnalyticsPostsQuerySchema = z.strictObject({
  ...range,
  sort: z.enum(ANALYTICS_POST_SORTS).default('impressions'),
  ...cursorQuery(300),
});
export type AnalyticsPostsQuery = z.infer<typeof AnalyticsPostsQuerySchema>;

export const AnalyticsUsageQuerySchema = z.strictObject({
  /** A UTC month, YYYY-MM (default: the current one). */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM, e.g. 2026-03')
    .optional(),
});
export type AnalyticsUsageQuery = z.infer<typeof AnalyticsUsageQuerySchema>;

export const UpdateAnalyticsSettingsRequestSchema = z
  .strictObject({
    monthlyBudgetUsd: z.number().min(0).max(1_000_000).optional(),
    /** Turns analytics on or off for these accounts (off: their posts and followers are not read nor billed). */
    accounts: z
      .array(z.strictObject({ accountId: uuid('must be an account id'), enabled: z.boolean() }))
      .max(500)
      .optional(),
  })
  .refine((b) => b.monthlyBudgetUsd !== undefined || b.accounts !== undefined, 'nothing to change');
export type UpdateAnalyticsSettingsRequest = z.infer<typeof UpdateAnalyticsSettingsRequestSchema>;

// ---- responses ---------------------------------------------------------------------------------------------

/** An account as the reports name it: its id and its handle on X. */
export const REPORT_ACCOUNT = { accountId: z.string(), handle: z.string() };
/** How many posts a report's row counts and their impressions: the first columns of every report. */
export const POSTS_AND_IMPRESSIONS = { posts: count(), impressions: count() };

/** The sums of a set of posts' latest figures: the reports' columns. */
export const METRIC_SUMS = {
  ...POSTS_AND_IMPRESSIONS,
  likes: count(),
  reposts: count(),
  replies: count(),
  quotes: count(),
  bookmarks: count(),
  /** Link clicks (non-public metric: known only from snapshots taken in the post's first 30 days). */
  linkClicks: count(),
};

export const AnalyticsSummaryItemSchema = component('AnalyticsSummaryItem', {
  /**
   * The group's id (account, brand, author) or value (tag, kind, day YYYY-MM-DD, hour 0–23 in the account's zone,
   * approval path `first_time|after_changes|none`).
   */
  key: z.string(),
  /** A name for people: the account's handle, the brand's or author's name, or the key itself. */
  label: z.string(),
  ...METRIC_SUMS,
  /** (likes + reposts + replies + quotes + bookmarks) / impressions; 0 without impressions. */
  engagementRate: z.number(),
});
export type AnalyticsSummaryItemDto = z.infer<typeof AnalyticsSummaryItemSchema>;
/** Every group of the range, largest impressions first. */
export const AnalyticsSummarySchema = listOf(AnalyticsSummaryItemSchema, 'AnalyticsSummary');
export type AnalyticsSummaryDto = z.infer<typeof AnalyticsSummarySchema>;

export const AnalyticsPostSchema = component('AnalyticsPost', {
  postId: z.string(),
  accountId: z.string(),
  publishedAt: isoDateTime(),
  impressions: count(),
  likes: count(),
  reposts: count(),
  replies: count(),
  engagementRate: z.number(),
});
export type AnalyticsPostDto = z.infer<typeof AnalyticsPostSchema>;
export const AnalyticsPostPageSchema = pageOf(AnalyticsPostSchema, 'AnalyticsPostPage');
export type AnalyticsPostPageDto = z.infer<typeof AnalyticsPostPageSchema>;

/** X's public metrics of a post, under X's names. */
export const PublicMetricsSchema = component('PublicMetrics', {
  impression_count: count(),
  like_count: count(),
  retweet_count: count(),
  reply_count: count(),
  quote_count: count(),
  bookmark_count: count(),
});
export type PublicMetricsDto = z.infer<typeof PublicMetricsSchema>;
/** X's non-public metrics (the author's token, posts less than 30 days old), under X's names. */
export const NonPublicMetricsSchema = component('NonPublicMetrics', {
  impression_count: count(),
  url_link_clicks: count(),
  user_profile_clicks: count(),
  engagements: count(),
});
export type NonPublicMetricsDto = z.infer<typeof NonPublicMetricsSchema>;

export const MetricSnapshotSchema = component('MetricSnapshot', {
  /** When X was read. */
  at: isoDateTime(),
  kind: z.enum(SNAPSHOT_KINDS),
  public: PublicMetricsSchema,
  nonPublic: NonPublicMetricsSchema.nullable(),
});
export type MetricSnapshotDto = z.infer<typeof MetricSnapshotSchema>;
/** `GET …/posts/{id}/metrics`: the snapshots taken, oldest first. */
export const PostMetricsSchema = listOf(MetricSnapshotSchema, 'PostMetrics');
export type PostMetricsDto = z.infer<typeof PostMetricsSchema>;

export const ThinningSchema = component('AnalyticsThinning', {
  level: z.enum(THINNING_LEVELS),
  /** The level explained, a code of the message catalogue (`THINNING_MESSAGES`). */
  messageCode: z.string(),
  /** Snapshots left out this month to keep within the budget (thinned, or refused at the budget). */
  skipped: count(),
});
export type ThinningDto = z.infer<typeof ThinningSchema>;

export const AnalyticsUsageSchema = component('AnalyticsUsage', {
  /** Posts read (billed once per post and UTC day, as X bills them) and user reads (followers). */
  postReads: count(),
  userReads: count(),
  costUsd: z.number(),
  budgetUsd: z.number(),
  /** The month's spend so far plus the reads still due in it (snapshots of published and scheduled posts, followers). */
  projectedUsd: z.number(),
  thinning: ThinningSchema,
});
export type AnalyticsUsageDto = z.infer<typeof AnalyticsUsageSchema>;

export const AnalyticsSettingsSchema = component('AnalyticsSettings', {
  monthlyBudgetUsd: z.number(),
  /** The product's default budget applies (the workspace never set its own). */
  isDefault: z.boolean(),
  accounts: z.array(z.object({ ...REPORT_ACCOUNT, enabled: z.boolean() })),
});
export type AnalyticsSettingsDto = z.infer<typeof AnalyticsSettingsSchema>;
