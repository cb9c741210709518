import { Temporal } from 'temporal-polyfill';

/**
 * Civil (wall-clock) time in an IANA timezone ↔ UTC instants, on Temporal. Pure: no "now".
 *
 * DST rules (documented, tested), Temporal's `disambiguation: 'compatible'`:
 * - a local time that does not exist (spring forward, e.g. 02:30 on 2026-03-29 in Europe/Paris) moves forward by
 *   the length of the gap (→ 03:30 CEST);
 * - a local time that exists twice (fall back, e.g. 02:30 on 2026-10-25 in Europe/Paris) is its first occurrence
 *   (02:30 CEST = 00:30Z).
 */

export interface LocalWallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** `2026-03-02T09:30`, seconds optional, anything after ignored (the value of `<input type="datetime-local">`). */
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

const pad = (n: number): string => String(n).padStart(2, '0');

function zoned(instant: Date | number, timeZone: string): Temporal.ZonedDateTime {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
}

function plainDate(date: string): Temporal.PlainDate {
  const d = parseLocalDate(date);
  if (!d) throw new RangeError(`Invalid date ${date}`);
  return Temporal.PlainDate.from({ year: d.y, month: d.m, day: d.d });
}

/** The instant of a wall-clock date-time in `timeZone` (see the DST rules above). */
function fromWallClock(fields: Temporal.PlainDateTimeLike, timeZone: string): Date {
  const zdt = Temporal.PlainDateTime.from(fields, { overflow: 'reject' }).toZonedDateTime(timeZone, {
    disambiguation: 'compatible',
  });
  return new Date(zdt.epochMilliseconds);
}

/** An IANA timezone name (or UTC). Fixed offsets such as `+01:00`, which Temporal also accepts, are refused. */
export function isValidTimeZone(tz: string): boolean {
  if (/^[+\-\u2212]/.test(tz)) return false;
  try {
    zoned(0, tz);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at `instant` (ms since the epoch), in ms (CEST → +7 200 000). */
export function offsetMs(instant: number, timeZone: string): number {
  return zoned(instant, timeZone).offsetNanoseconds / 1_000_000;
}

export function parseLocalDate(date: string): { y: number; m: number; d: number } | null {
  const match = DATE_RE.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  try {
    Temporal.PlainDate.from({ year: y, month: m, day: d }, { overflow: 'reject' });
  } catch {
    return null;
  }
  return { y, m, d };
}

export function parseLocalTime(time: string): { h: number; min: number } | null {
  const match = TIME_RE.exec(time);
  return match ? { h: Number(match[1]), min: Number(match[2]) } : null;
}

/** The UTC instant of local `date` `time` in `timeZone` (see the DST rules above). Throws on malformed input. */
export function localToUtc(date: string, time: string, timeZone: string): Date {
  const d = parseLocalDate(date);
  const t = parseLocalTime(time);
  if (!d || !t) throw new RangeError(`Invalid local date/time ${date} ${time}`);
  return fromWallClock({ year: d.y, month: d.m, day: d.d, hour: t.h, minute: t.min }, timeZone);
}

/** The local date, time and ISO weekday of `instant` in `timeZone`. */
export function utcToLocal(instant: Date, timeZone: string): LocalWallClock {
  const z = zoned(instant, timeZone);
  return {
    date: z.toPlainDate().toString(),
    time: `${pad(z.hour)}:${pad(z.minute)}`,
    weekday: z.dayOfWeek,
  };
}

/**
 * `2026-03-02T09:30` (or `…T09:30:15`, seconds kept) read as a wall time in `timeZone` → the instant (see the DST
 * rules above); null when it is not a valid local date-time.
 */
export function zonedLocalToDate(local: string, timeZone: string): Date | null {
  const m = LOCAL_RE.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
  try {
    return fromWallClock({ year, month, day, hour, minute, second }, timeZone);
  } catch {
    return null;
  }
}

/** An instant as the value of an `<input type="datetime-local">` in `timeZone`: `YYYY-MM-DDTHH:mm`. */
export function dateToZonedLocal(date: Date, timeZone: string): string {
  const l = utcToLocal(date, timeZone);
  return `${l.date}T${l.time}`;
}

/** `YYYY-MM-DD` of an instant in a timezone. */
export function zonedDay(date: Date, timeZone: string): string {
  return utcToLocal(date, timeZone).date;
}

/** Civil date arithmetic (no timezone involved). */
export function addDays(date: string, days: number): string {
  return plainDate(date).add({ days }).toString();
}

/** ISO weekday (1 = Monday) of a civil date. */
export function weekdayOf(date: string): number {
  return plainDate(date).dayOfWeek;
}

/** Days between two civil dates (b - a). */
export function daysBetween(a: string, b: string): number {
  return plainDate(a).until(plainDate(b), { largestUnit: 'days' }).days;
}
