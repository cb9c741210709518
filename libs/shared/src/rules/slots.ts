import type { WeekHourDto } from '../api/analytics-best-hours';
import { addDays, localToUtc, parseLocalTime, utcToLocal, weekdayOf } from './zoned-time';

/** A weekly posting slot of an account: ISO weekday (1 = Monday) and local time HH:mm in the account's timezone. */
export interface PostingSlotRule {
  weekday: number;
  time: string;
}

export function validateSlots(slots: readonly PostingSlotRule[]): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  slots.forEach((s, i) => {
    if (!Number.isInteger(s.weekday) || s.weekday < 1 || s.weekday > 7)
      errors.push({ field: `postingSlots.${i}.weekday`, message: '1 (Monday) to 7 (Sunday)' });
    if (!parseLocalTime(s.time)) errors.push({ field: `postingSlots.${i}.time`, message: 'HH:mm' });
  });
  return errors;
}

/**
 * The slot instants strictly after `after`, in order, skipping `taken` instants (ms), at most `count`, looking at most
 * `horizonDays` ahead. Local times are DST-correct (a slot in the spring-forward gap moves forward by the gap).
 */
export function freeSlots(
  slots: readonly PostingSlotRule[],
  timeZone: string,
  after: Date,
  count: number,
  taken: ReadonlySet<number> = new Set(),
  horizonDays = 366,
): Date[] {
  if (!slots.length || count <= 0) return [];
  const sorted = [...slots].sort((a, b) => a.time.localeCompare(b.time));
  const out: Date[] = [];
  const seen = new Set<number>();
  const start = utcToLocal(after, timeZone).date;
  for (let day = 0; day <= horizonDays && out.length < count; day++) {
    const date = addDays(start, day);
    const wd = weekdayOf(date);
    for (const s of sorted) {
      if (s.weekday !== wd) continue;
      const at = localToUtc(date, s.time, timeZone);
      const ms = at.getTime();
      if (ms <= after.getTime() || taken.has(ms) || seen.has(ms)) continue;
      seen.add(ms);
      out.push(at);
      if (out.length >= count) break;
    }
  }
  return out;
}

/** The next free slot after `after`, or null when none within the horizon. */
export function nextFreeSlot(
  slots: readonly PostingSlotRule[],
  timeZone: string,
  after: Date,
  taken: ReadonlySet<number> = new Set(),
): Date | null {
  return freeSlots(slots, timeZone, after, 1, taken)[0] ?? null;
}

/** A weekday (ISO, 1 = Monday) and an hour (0–23) of an account's local time: a cell of its best-hours map. */
export type WeekHour = WeekHourDto;

/**
 * The free slots after `after` (at most `count`) that fall in one of `cells` in the account's local time, e.g. its
 * best hours: only the posting slots of those weekdays and hours are looked at (a slot moved out of its hour by the
 * spring-forward gap is left out).
 */
export function freeSlotsIn(
  slots: readonly PostingSlotRule[],
  timeZone: string,
  after: Date,
  count: number,
  cells: readonly WeekHour[],
  taken: ReadonlySet<number> = new Set(),
): Date[] {
  const inCells = (weekday: number, hour: number) => cells.some((c) => c.weekday === weekday && c.hour === hour);
  const rules = slots.filter((s) => inCells(s.weekday, parseLocalTime(s.time)?.h ?? -1));
  return freeSlots(rules, timeZone, after, count + 1, taken)
    .filter((at) => {
      const l = utcToLocal(at, timeZone);
      return inCells(l.weekday, Number(l.time.slice(0, 2)));
    })
    .slice(0, count);
}

/**
 * Closing up the queue: the queued posts, in their current order, take the free slots after `after` one by one
 * (slots taken by other, non-queued posts are skipped). Returns every queued post with its new time; `moved` says
 * whether it changed. A post that leaves the queue thus frees its slot for the ones after it.
 */
export function closeUpQueue(
  queue: readonly { id: string; at: Date | null }[],
  slots: readonly PostingSlotRule[],
  timeZone: string,
  after: Date,
  takenByOthers: ReadonlySet<number> = new Set(),
): { id: string; at: Date; moved: boolean }[] {
  const ordered = [...queue].sort((a, b) => (a.at?.getTime() ?? Infinity) - (b.at?.getTime() ?? Infinity));
  const free = freeSlots(slots, timeZone, after, ordered.length, takenByOthers);
  return ordered
    .slice(0, free.length)
    .map((q, i) => ({ id: q.id, at: free[i]!, moved: q.at?.getTime() !== free[i]!.getTime() }));
}
