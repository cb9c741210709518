/**
 * Civil (wall-clock) time in an IANA timezone ↔ UTC instants, with Intl only. Pure: no "now".
 *
 * DST rules (documented, tested):
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

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock of `instant` in `timeZone`, as a UTC timestamp with the same fields (ms). */
function wallClockMs(instant: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const get = (t: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === t)?.value ?? '0');
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** The zone's offset from UTC at `instant`, in ms (CEST → +7 200 000). */
export function offsetMs(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClockMs(whole, timeZone) - whole;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseLocalDate(date: string): { y: number; m: number; d: number } | null {
  const match = DATE_RE.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
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
  const wall = Date.UTC(d.y, d.m - 1, d.d, t.h, t.min);
  const before = offsetMs(wall - 14 * 3600_000, timeZone);
  const after = offsetMs(wall + 14 * 3600_000, timeZone);
  const candidates = [...new Set([before, after])]
    .map((o) => wall - o)
    .filter((i) => wallClockMs(i, timeZone) === wall);
  if (candidates.length) return new Date(Math.min(...candidates));
  // In the gap: the offset before the change keeps the wall-clock distance, i.e. it lands after the gap.
  return new Date(wall - before);
}

/** The local date, time and ISO weekday of `instant` in `timeZone`. */
export function utcToLocal(instant: Date, timeZone: string): LocalWallClock {
  const wall = new Date(wallClockMs(instant.getTime(), timeZone));
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`,
    time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`,
    weekday: ((wall.getUTCDay() + 6) % 7) + 1,
  };
}

/** Civil date arithmetic (no timezone involved). */
export function addDays(date: string, days: number): string {
  const d = parseLocalDate(date);
  if (!d) throw new RangeError(`Invalid date ${date}`);
  return new Date(Date.UTC(d.y, d.m - 1, d.d + days)).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday) of a civil date. */
export function weekdayOf(date: string): number {
  const d = parseLocalDate(date);
  if (!d) throw new RangeError(`Invalid date ${date}`);
  return ((new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay() + 6) % 7) + 1;
}

/** Days between two civil dates (b - a). */
export function daysBetween(a: string, b: string): number {
  const pa = parseLocalDate(a);
  const pb = parseLocalDate(b);
  if (!pa || !pb) throw new RangeError(`Invalid date ${a} / ${b}`);
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000);
}
