// The report of a live session (docs/analytics.md, "A live session's report"): what its posts did, from their latest
// metric snapshots, minute by minute, and how its publishing went. Contract of the public REST API.
import * as z from 'zod';
import { METRIC_SUMS, POSTS_AND_IMPRESSIONS } from './analytics';
import { component, count, isoDateTime } from './common';
import { LiveSessionDtoSchema } from './recruiting';

export const LiveReportTotalsSchema = component('LiveReportTotals', {
  /** `posts`: the session's posts published. */
  ...METRIC_SUMS,
  /** Of those, posts measured at least once (the first snapshot is taken an hour after publication). */
  measured: count(),
  /** likes + reposts + replies + quotes + bookmarks. */
  engagements: count(),
  /** engagements / impressions; 0 without impressions. */
  engagementRate: z.number(),
});

export const LiveReportBucketSchema = component('LiveReportBucket', {
  /** The bucket's first instant (buckets of `bucketMinutes`, aligned on UTC's: 14:00, 14:10…). */
  start: isoDateTime(),
  /** Posts published in the bucket, and their figures. */
  ...POSTS_AND_IMPRESSIONS,
  engagements: count(),
});

export const LiveReportTopPostSchema = component('LiveReportTopPost', {
  postId: z.string(),
  /** The first segment's text, cut to 100 characters. */
  text: z.string(),
  publishedAt: isoDateTime(),
  impressions: count(),
  engagements: count(),
  engagementRate: z.number(),
});

export const LiveReportPublishingSchema = component('LiveReportPublishing', {
  /** Posts of the session, cancelled ones aside. */
  planned: count(),
  published: count(),
  /** Not out yet (draft, in review, changes requested, scheduled, publishing). */
  pending: count(),
  /** Refused by X or sent without confirmation (failed, unconfirmed). */
  failed: count(),
  /** Dropped for going past the session's allowed lateness. */
  missed: count(),
  cancelled: count(),
  /** Published posts: publication time minus planned time, the median and the longest (null: none published). */
  medianLatencyMs: z.number().nullable(),
  maxLatencyMs: z.number().nullable(),
});

/** `GET …/live-sessions/{id}/report`. */
export const LiveReportSchema = component('LiveReport', {
  session: LiveSessionDtoSchema,
  /** The latest reading of the posts' figures from X (null: none measured yet). */
  measuredAt: isoDateTime().nullable(),
  totals: LiveReportTotalsSchema,
  /** The size of the timeline's buckets (10). */
  bucketMinutes: z.int(),
  /** Every bucket of the session's window (empty ones too), and those of posts published outside it; oldest first. */
  timeline: z.array(LiveReportBucketSchema),
  /** The five published posts with the most impressions (then engagements, then the earliest). */
  topPosts: z.array(LiveReportTopPostSchema),
  publishing: LiveReportPublishingSchema,
});
export type LiveReportDto = z.infer<typeof LiveReportSchema>;
