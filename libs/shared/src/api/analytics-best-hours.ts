// The best hours to publish on an account (docs/analytics.md, "Best hours"): its posts by weekday and local hour,
// scored against its average, and the cells the composer's "best slot" prefers.
import * as z from 'zod';
import { POSTS_AND_IMPRESSIONS } from './analytics';
import { component, count, isoDateTime, uuid } from './common';
import { rangeQuery } from './fields';

/** The default range of the best hours: the last 90 days. */
export const BEST_HOURS_DEFAULT_DAYS = 90;

export const BestHoursQuerySchema = z.strictObject({
  /** The account (required: hours are read in its timezone). */
  accountId: uuid('must be an account id'),
  /** `from`: posts published at or after it (default: 90 days before `to`); `to`: before it (default: now). */
  ...rangeQuery,
});
export type BestHoursQuery = z.infer<typeof BestHoursQuerySchema>;

/** A weekday (ISO: 1 = Monday … 7 = Sunday) and an hour (0–23) in the account's timezone. */
export const WeekHourSchema = component('WeekHour', { weekday: z.int().min(1).max(7), hour: z.int().min(0).max(23) });
export type WeekHourDto = z.infer<typeof WeekHourSchema>;

export const BestHoursCellSchema = WeekHourSchema.extend({
  ...POSTS_AND_IMPRESSIONS,
  /** (likes + reposts + replies + quotes + bookmarks) / impressions of the cell's posts; 0 without impressions. */
  engagementRate: z.number(),
  /** The cell's impressions per post divided by the account's over the range (1: the average); 0 without posts. */
  score: z.number(),
}).meta({ id: 'BestHoursCell' });
export type BestHoursCellDto = z.infer<typeof BestHoursCellSchema>;

export const BestHoursSchema = component('BestHours', {
  accountId: z.string(),
  /** The account's timezone, in which weekdays and hours are read. */
  timezone: z.string(),
  from: isoDateTime(),
  to: isoDateTime(),
  /** Cells with fewer posts than this are never among the best. */
  minPosts: count(),
  /** The 168 cells in week order: Monday 0 h, Monday 1 h, …, Sunday 23 h. */
  cells: z.array(BestHoursCellSchema),
  /** The cells to prefer, best first (at most 5, above the average with enough posts); empty: not enough history. */
  best: z.array(WeekHourSchema),
});
export type BestHoursDto = z.infer<typeof BestHoursSchema>;

// ---- the composer's next free slot, preferring the best hours ----

/** `?prefer=best-hours`: the next free slots that fall in the account's best hours. */
export const SLOT_PREFERENCES = ['best-hours'] as const;
/** What the slots answered are: in the best hours, or the plain next free slots. */
export const SLOT_BASES = ['best-hours', 'next-free'] as const;
/** Why `prefer=best-hours` gave the plain next free slots: too little history, or no posting slot in the best hours. */
export const SLOT_FALLBACKS = ['not-enough-history', 'no-slot-in-best-hours'] as const;
export const SlotBestHourSchema = WeekHourSchema.extend({ score: z.number() }).meta({ id: 'SlotBestHour' });
/** What `GET …/slots/next` adds to its page of instants. */
export const slotPageExtras = {
  basis: z.enum(SLOT_BASES),
  /** The best cell the first slot falls in, with its score (times the account's average); null otherwise. */
  bestHour: SlotBestHourSchema.nullable(),
  /** Why a `prefer=best-hours` request fell back to the plain next free slots; null when it did not. */
  fallback: z.enum(SLOT_FALLBACKS).nullable(),
};
