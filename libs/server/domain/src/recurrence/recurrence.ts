import { DomainError } from '../errors';
import {
  addDays,
  daysBetween,
  isValidTimeZone,
  localToUtc,
  parseLocalDate,
  parseLocalTime,
  utcToLocal,
} from '@xp/shared';

/**
 * Evergreen recurrence: every N days or weeks at a local time of the account's timezone (DST-correct: the wall
 * clock stays, the UTC instant moves), with text variants that rotate so X never sees the same text twice in a row.
 */
export interface RecurrenceRule {
  /** First local date (YYYY-MM-DD). */
  startDate: string;
  /** Local time HH:mm. */
  time: string;
  every: number;
  unit: 'day' | 'week';
  timeZone: string;
  /** Last local date included (optional). */
  endDate?: string | null;
}

export const RECURRENCE_UNITS = ['day', 'week'] as const;

export function validateRecurrence(
  rule: RecurrenceRule,
  variants: readonly string[],
): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  if (!parseLocalDate(rule.startDate)) errors.push({ field: 'startDate', message: 'must be a date YYYY-MM-DD' });
  if (!parseLocalTime(rule.time)) errors.push({ field: 'time', message: 'must be a local time HH:mm' });
  if (!Number.isInteger(rule.every) || rule.every < 1 || rule.every > 365)
    errors.push({ field: 'every', message: 'must be an integer from 1 to 365' });
  if (!(RECURRENCE_UNITS as readonly string[]).includes(rule.unit))
    errors.push({ field: 'unit', message: 'must be day or week' });
  if (!isValidTimeZone(rule.timeZone)) errors.push({ field: 'timeZone', message: 'unknown IANA timezone' });
  if (rule.endDate && (!parseLocalDate(rule.endDate) || rule.endDate < rule.startDate))
    errors.push({ field: 'endDate', message: 'must be a date on or after startDate' });
  const distinct = new Set(variants.map(normalizeVariant).filter(Boolean));
  if (distinct.size < 2)
    errors.push({
      field: 'variants',
      message: 'at least two different texts are needed (X refuses an identical text twice)',
    });
  if (distinct.size !== variants.length)
    errors.push({ field: 'variants', message: 'variants must all differ and none may be empty' });
  return errors;
}

/** The k-th occurrence (0-based) as a UTC instant. */
export function occurrenceAt(rule: RecurrenceRule, k: number): Date {
  const step = rule.unit === 'week' ? 7 * rule.every : rule.every;
  return localToUtc(addDays(rule.startDate, k * step), rule.time, rule.timeZone);
}

/**
 * Occurrences strictly after `after` (an instant given by the caller), at most `count`, none past `until` or the rule's
 * end date. Each comes with its index k (stable: occurrence k is always the same local date).
 */
export function nextOccurrences(
  rule: RecurrenceRule,
  after: Date,
  count: number,
  until?: Date,
): { index: number; at: Date }[] {
  const step = rule.unit === 'week' ? 7 * rule.every : rule.every;
  const afterLocal = utcToLocal(after, rule.timeZone).date;
  let k = Math.max(0, Math.floor(daysBetween(rule.startDate, afterLocal) / step) - 1);
  const out: { index: number; at: Date }[] = [];
  for (let guard = 0; out.length < count && guard < count + 10_000; guard++, k++) {
    const date = addDays(rule.startDate, k * step);
    if (rule.endDate && date > rule.endDate) break;
    const at = localToUtc(date, rule.time, rule.timeZone);
    if (until && at.getTime() > until.getTime()) break;
    if (at.getTime() > after.getTime()) out.push({ index: k, at });
  }
  return out;
}

export function normalizeVariant(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The variant for the next occurrence: rotation after `lastIndex`, skipping any variant whose text is among the
 * account's recent texts (X's duplicate rule). Null when every variant was used recently.
 */
export function nextVariant(
  variants: readonly string[],
  lastIndex: number | null,
  recentTexts: readonly string[],
): number | null {
  const recent = new Set(recentTexts.map(normalizeVariant));
  for (let step = 1; step <= variants.length; step++) {
    const i = ((((lastIndex ?? -1) + step) % variants.length) + variants.length) % variants.length;
    if (!recent.has(normalizeVariant(variants[i]!))) return i;
  }
  return null;
}

export const noFreshVariant = () =>
  new DomainError(
    'refused',
    'NO_FRESH_VARIANT',
    'Every variant was posted recently on this account; add a new variant',
    [{ field: 'variants', message: 'all variants used recently' }],
  );
