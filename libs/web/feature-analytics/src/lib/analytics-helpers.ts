import type { AnalyticsGroupBy, AnalyticsSummaryItemDto, AnalyticsUsageDto } from '@xp/shared';
import { hourLabel } from '@xp/web/core/week-hours';

/** The ranges the page offers: the last 7, 30 or 90 days, or dates chosen by the member. */
export const ANALYTICS_RANGES = ['7d', '30d', '90d', 'custom'] as const;
export type AnalyticsRange = (typeof ANALYTICS_RANGES)[number];
const PRESET_DAYS: Record<Exclude<AnalyticsRange, 'custom'>, number> = { '7d': 7, '30d': 30, '90d': 90 };
const DAY_MS = 86_400_000;

/** What every report of the page is asked for. */
export interface AnalyticsFilter {
  from: string;
  to: string;
  accountId?: string;
}

/** A calendar date typed in a date field (YYYY-MM-DD) as the local midnight that starts it, or null. */
function localDay(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A date as a date field writes it (YYYY-MM-DD, local). */
export function dayText(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The instants a range covers: a preset ends now; custom dates run from the start of the first day to the end of
 * the last (local days), or null while they are incomplete or reversed.
 */
export function rangeBounds(
  range: AnalyticsRange,
  now: number,
  custom: { from: string; to: string },
): { from: string; to: string } | null {
  if (range !== 'custom')
    return { from: new Date(now - PRESET_DAYS[range] * DAY_MS).toISOString(), to: new Date(now).toISOString() };
  const from = localDay(custom.from);
  const last = localDay(custom.to);
  if (!from || !last) return null;
  const to = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1);
  return to.getTime() > from.getTime() ? { from: from.toISOString(), to: to.toISOString() } : null;
}

/** One hour of the best-hours row: its figures and a shade from 0 (nothing) to 4 (the best hour). */
export interface HourCell {
  hour: number;
  posts: number;
  impressions: number;
  engagementRate: number;
  /** Impressions per post published at that hour (0 without posts). */
  reach: number;
  level: 0 | 1 | 2 | 3 | 4;
}

/**
 * The 24 hours of the day (in each account's zone) from a summary grouped by hour, each shaded by its impressions
 * per post against the best hour's: the hours that reach the most people stand out.
 */
export function hourCells(items: readonly AnalyticsSummaryItemDto[]): HourCell[] {
  const byHour = new Map(items.map((i) => [Number(i.key), i]));
  const cells = Array.from({ length: 24 }, (_, hour) => {
    const i = byHour.get(hour);
    const posts = i?.posts ?? 0;
    const impressions = i?.impressions ?? 0;
    return { hour, posts, impressions, engagementRate: i?.engagementRate ?? 0, reach: posts ? impressions / posts : 0 };
  });
  const best = Math.max(0, ...cells.map((c) => c.reach));
  return cells.map((c) => ({
    ...c,
    level: (best > 0 && c.reach > 0 ? Math.max(1, Math.ceil((c.reach / best) * 4)) : 0) as HourCell['level'],
  }));
}

/** The month's spending against the budget, as the meter draws it. */
export interface CostMeter {
  /** Spent and projected, as parts of the budget (0 to 1, capped for the bar). */
  spent: number;
  projected: number;
  /** The projection goes past the budget (snapshots are being thinned to stay within it). */
  overBudget: boolean;
}

export function costMeter(u: Pick<AnalyticsUsageDto, 'costUsd' | 'budgetUsd' | 'projectedUsd'>): CostMeter {
  const part = (v: number) => (u.budgetUsd > 0 ? Math.min(1, v / u.budgetUsd) : v > 0 ? 1 : 0);
  return { spent: part(u.costUsd), projected: part(u.projectedUsd), overBudget: u.projectedUsd > u.budgetUsd };
}

/** The current UTC month, YYYY-MM (the usage's month). */
export function utcMonth(now: number): string {
  return new Date(now).toISOString().slice(0, 7);
}

// The CSV path and the figures' formats, shared with a live session's report (without Angular: unit-testable).
export { downloadCsv, toCsv } from '@xp/web/ui/report-export';

/**
 * A summary group's name for people: a day or an hour written in `lang`, a post kind or an approval path in words
 * (`kindLabel`, `approvalLabel`), else the server's label (handle, brand, author, tag) or the key itself.
 */
export function groupLabel(
  groupBy: AnalyticsGroupBy,
  item: Pick<AnalyticsSummaryItemDto, 'key' | 'label'>,
  lang: string,
  kindLabel: (kind: string) => string,
  approvalLabel: (path: string) => string = (path) => path,
): string {
  switch (groupBy) {
    case 'day': {
      const d = Date.parse(`${item.key}T00:00:00Z`);
      return Number.isNaN(d)
        ? item.key
        : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
    }
    case 'hour':
      return hourLabel(Number(item.key), lang);
    case 'kind':
      return kindLabel(item.key);
    case 'approval':
      return approvalLabel(item.key);
    default:
      return item.label || item.key;
  }
}
