// Listening (veille): monitors of what is said on X about a brand, its competitors or its sector, their volume
// series against a baseline, the matching posts and the alerts. Contracts of the public REST API.
import * as z from 'zod';
import { component, isoDateTime, pageOf, uuid, versionNumber, zonedDateTime } from './common';
import { cursorQuery, rangeQuery, versionedRow, xPostFields } from './fields';
import { HoldSchema } from './holds';

export const MONITOR_MODES = ['volume', 'posts'] as const;
export type MonitorMode = (typeof MONITOR_MODES)[number];
export const MONITOR_ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type MonitorAlertStatus = (typeof MONITOR_ALERT_STATUSES)[number];
export const SERIES_GRANULARITIES = ['minute', 'hour', 'day'] as const;
export type SeriesGranularity = (typeof SERIES_GRANULARITIES)[number];
/** A monitor's daily read budget: at most this many reads (a counts request, or one post read) a UTC day. */
export const MONITOR_DAILY_READS_MAX = 100_000;
/** Defaults of the alert rule (see docs/listening.md). */
export const MONITOR_DEFAULT_SPIKE_FACTOR = 1.5;
export const MONITOR_DEFAULT_MIN_VOLUME = 20;

const languages = () =>
  z
    .array(z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code, e.g. fr'))
    .max(10)
    .refine((l) => new Set(l).size === l.length, 'each language once');

// ---- requests ----------------------------------------------------------------------------------------------

export const CreateMonitorRequestSchema = z.strictObject({
  brandId: uuid('must be a brand id'),
  name: z.string().trim().min(1).max(100),
  /** An X recent-search query (checked before any read is spent: 400 MONITOR_QUERY_INVALID). */
  query: z.string().min(1).max(2000),
  /** Only posts in these languages (empty: every language). */
  languages: languages().default([]),
  mode: z.enum(MONITOR_MODES),
  dailyReadBudget: z.int().min(1).max(MONITOR_DAILY_READS_MAX),
  /** An alert when a minute's volume is at least this many times the baseline… */
  spikeFactor: z.number().min(1.1).max(100).optional(),
  /** …and at least this many posts. */
  minVolume: z.int().min(1).max(1_000_000).optional(),
  active: z.boolean().optional(),
  /** Files the posts the monitor reads into this account's inbox (an account of the monitor's brand; null: not). */
  inboxAccountId: uuid('must be an account id').nullable().optional(),
});
export type CreateMonitorRequest = z.infer<typeof CreateMonitorRequestSchema>;

export const UpdateMonitorRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  query: z.string().min(1).max(2000).optional(),
  languages: languages().optional(),
  mode: z.enum(MONITOR_MODES).optional(),
  dailyReadBudget: z.int().min(1).max(MONITOR_DAILY_READS_MAX).optional(),
  spikeFactor: z.number().min(1.1).max(100).optional(),
  minVolume: z.int().min(1).max(1_000_000).optional(),
  active: z.boolean().optional(),
  inboxAccountId: uuid('must be an account id').nullable().optional(),
  version: versionNumber(),
});
export type UpdateMonitorRequest = z.infer<typeof UpdateMonitorRequestSchema>;

export const MonitorListQuerySchema = z.strictObject({ brandId: uuid('must be a brand id').optional() });

export const MonitorSeriesQuerySchema = z.strictObject({
  from: zonedDateTime(),
  to: zonedDateTime(),
  granularity: z.enum(SERIES_GRANULARITIES).default('minute'),
});
export type MonitorSeriesQuery = z.infer<typeof MonitorSeriesQuerySchema>;

export const MonitorPostsQuerySchema = z.strictObject({ ...rangeQuery, ...cursorQuery(200) });
export type MonitorPostsQuery = z.infer<typeof MonitorPostsQuerySchema>;

export const MonitorAlertStatusRequestSchema = z.strictObject({ status: z.enum(['acknowledged', 'resolved']) });

/** `POST …/alerts/{alertId}/inbox`: the alert's posts into an account's inbox (default: the monitor's, else the brand's first). */
export const MonitorAlertInboxRequestSchema = z.strictObject({
  accountId: uuid('must be an account id').optional(),
});
export type MonitorAlertInboxRequest = z.infer<typeof MonitorAlertInboxRequestSchema>;

// ---- responses ---------------------------------------------------------------------------------------------

export const MonitorSchema = component('Monitor', {
  id: z.string(),
  brandId: z.string(),
  name: z.string(),
  query: z.string(),
  languages: z.array(z.string()),
  mode: z.enum(MONITOR_MODES),
  dailyReadBudget: z.int(),
  spikeFactor: z.number(),
  minVolume: z.int(),
  active: z.boolean(),
  /** Reads billed today (UTC) and this month: counts requests plus posts read, as X bills them. */
  readsToday: z.int(),
  costTodayUsd: z.number(),
  readsThisMonth: z.int(),
  costThisMonthUsd: z.number(),
  /** The end of the last minute counted (null before the first read). */
  countedUntil: isoDateTime().nullable(),
  /** Why the monitor is not reading now, if it is not: `budget` (today's reads spent), `cap` (the workspace's month). */
  paused: z.enum(['budget', 'cap']).nullable(),
  /** Alerts not yet acknowledged or resolved (the list's badge). */
  openAlerts: z.int(),
  /** The account whose inbox receives the posts the monitor reads (null: none). */
  inboxAccountId: z.string().nullable(),
  ...versionedRow,
});
export type MonitorDto = z.infer<typeof MonitorSchema>;
export const MonitorPageSchema = pageOf(MonitorSchema, 'MonitorPage');

export const MonitorDeletedSchema = component('MonitorDeleted', { id: z.string(), deleted: z.literal(true) });

export const SeriesPointSchema = component('SeriesPoint', {
  start: isoDateTime(),
  count: z.int(),
  /** The expected count for that bucket (null where there was not enough history). */
  baseline: z.number().nullable(),
});
export type SeriesPointDto = z.infer<typeof SeriesPointSchema>;
/** The whole range in one answer (`nextCursor` always null). */
export const MonitorSeriesSchema = pageOf(SeriesPointSchema, 'MonitorSeries');
export type MonitorSeriesDto = z.infer<typeof MonitorSeriesSchema>;

export const MonitorPostSchema = component('MonitorPost', {
  tweetId: z.string(),
  ...xPostFields,
  lang: z.string().nullable(),
});
export type MonitorPostDto = z.infer<typeof MonitorPostSchema>;
export const MonitorPostPageSchema = pageOf(MonitorPostSchema, 'MonitorPostPage');

export const MonitorAlertSchema = component('MonitorAlert', {
  id: z.string(),
  monitorId: z.string(),
  startedAt: isoDateTime(),
  /** The highest volume / baseline ratio seen while the alert was open. */
  factor: z.number(),
  peakCount: z.int(),
  baseline: z.number(),
  /** The words that explain the spike (more frequent in it than before it). */
  topTerms: z.array(z.string()),
  samplePosts: z.array(MonitorPostSchema),
  status: z.enum(MONITOR_ALERT_STATUSES),
  endedAt: isoDateTime().nullable(),
  /** The crisis hold placed from this alert, if any. */
  holdId: z.string().nullable(),
});
export type MonitorAlertDto = z.infer<typeof MonitorAlertSchema>;
/** Newest first, the last 100 (`nextCursor` always null). */
export const MonitorAlertListSchema = pageOf(MonitorAlertSchema, 'MonitorAlertList');

/** `POST …/monitors/{id}/alerts/{alertId}/hold`: the crisis hold placed on the monitor's brand, and the alert. */
export const MonitorAlertHoldSchema = component('MonitorAlertHold', { alert: MonitorAlertSchema, hold: HoldSchema });

/** `POST …/alerts/{alertId}/inbox`: how many of the alert's posts were filed, in which account's inbox. */
export const MonitorAlertInboxSchema = component('MonitorAlertInbox', {
  accountId: z.string(),
  /** Posts newly filed (those already in the inbox are not filed twice). */
  routed: z.int(),
  monitor: MonitorSchema,
});
export type MonitorAlertInboxDto = z.infer<typeof MonitorAlertInboxSchema>;

/** `GET|PATCH …/listening/settings`: the workspace's monthly cap on listening reads and what it spent. */
export const ListeningSettingsSchema = component('ListeningSettings', {
  monthlyCapUsd: z.number(),
  /** Billed this month (UTC) by every monitor of the workspace. */
  spentThisMonthUsd: z.number(),
  /** The product's default cap applies (the workspace never set its own). */
  isDefault: z.boolean(),
});
export type ListeningSettingsDto = z.infer<typeof ListeningSettingsSchema>;
export const UpdateListeningSettingsRequestSchema = z.strictObject({
  monthlyCapUsd: z.number().min(0).max(1_000_000),
});
export type UpdateListeningSettingsRequest = z.infer<typeof UpdateListeningSettingsRequestSchema>;
