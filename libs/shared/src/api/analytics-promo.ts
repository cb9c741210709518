// Analytics reports on what was published against the brand charter's self-promotion limit, and on the job offers'
// link clicks (docs/analytics.md, "Self-promotion" and "Job offers").
import * as z from 'zod';
import { AnalyticsSummaryQuerySchema, POSTS_AND_IMPRESSIONS, REPORT_ACCOUNT } from './analytics';
import { component, count, listOf } from './common';

// ---- requests ----------------------------------------------------------------------------------------------

/** The range (`from`, `to`: publication time, default the last 30 days) and optionally one account. */
export const AnalyticsRangeQuerySchema = AnalyticsSummaryQuerySchema.omit({ groupBy: true });
export type AnalyticsRangeQuery = z.infer<typeof AnalyticsRangeQuerySchema>;

// ---- responses ---------------------------------------------------------------------------------------------

export const SelfPromotionItemSchema = component('SelfPromotionItem', {
  ...REPORT_ACCOUNT,
  /** Posts published in the range. */
  posts: count(),
  /** Of them, self-promotional: tagged with one of the charter's self-promotion tags, or a promotional text. */
  selfPromotional: count(),
  /** selfPromotional / posts (0 without posts). */
  ratio: z.number(),
  /** The brand charter's limit (today's charter): at most `max` in any `window` consecutive posts. */
  limit: z.object({
    max: count(),
    window: count(),
    /** max / window. */
    ratio: z.number(),
    /** The charter checks the rule (off: never exceeded). */
    enabled: z.boolean(),
  }),
  /** The most self-promotional posts in any `window` consecutive published posts of the range. */
  worstWindow: count(),
  /** worstWindow is above the limit (approved before a charter change, a warning ignored, an override). */
  exceeded: z.boolean(),
});
export type SelfPromotionItemDto = z.infer<typeof SelfPromotionItemSchema>;
/** `GET …/analytics/self-promotion`: one row per account with posts in the range, by handle. */
export const SelfPromotionReportSchema = listOf(SelfPromotionItemSchema, 'SelfPromotionReport');
export type SelfPromotionReportDto = z.infer<typeof SelfPromotionReportSchema>;

export const JobOfferClicksItemSchema = component('JobOfferClicksItem', {
  jobOfferId: z.string(),
  title: z.string(),
  /** The offer's posts published in the range, and their impressions. */
  ...POSTS_AND_IMPRESSIONS,
  /** Link clicks (X's non-public `url_link_clicks`, the last one known of each post). */
  linkClicks: count(),
  /** (likes + reposts + replies + quotes + bookmarks) / impressions; 0 without impressions. */
  engagementRate: z.number(),
  /** Link clicks per 1,000 impressions; 0 without impressions. */
  clickRate: z.number(),
});
export type JobOfferClicksItemDto = z.infer<typeof JobOfferClicksItemSchema>;
/** `GET …/analytics/job-offers`: the offers with posts published in the range, most link clicks first. */
export const JobOfferClicksReportSchema = listOf(JobOfferClicksItemSchema, 'JobOfferClicksReport');
export type JobOfferClicksReportDto = z.infer<typeof JobOfferClicksReportSchema>;
