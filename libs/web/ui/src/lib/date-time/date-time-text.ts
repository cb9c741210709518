/**
 * What the date-time field shows and reads, and the month grid of its calendar. Pure: no "now", no DOM.
 *
 * Values are wall times, as the forms keep them (see libs/shared/src/rules/zoned-time.ts): `YYYY-MM-DDTHH:mm`
 * (seconds `:ss` kept when given) in `datetime` mode, `YYYY-MM-DD` in `date` mode.
 *
 * Text, in both languages: day/month/year and a 24-hour clock (`01/07/2026 09:30`). French writes it `jj/mm/aaaa`;
 * English follows en-GB (`dd/mm/yyyy`), the same order, so a date typed in one language reads the same in the
 * other. Names (months, weekdays) follow the language: `fr-FR` or `en-GB` through Intl.
 */

export type DateTimeMode = 'date' | 'datetime';

/** The Intl locale of an app language: French, else British English (day/month/year, 24 h). */
export function pickerLocale(lang: string): 'fr-FR' | 'en-GB' {
  return lang.toLowerCase().startsWith('fr') ? 'fr-FR' : 'en-GB';
}

export interface WallDateTime {
  y: number;
  m: number;
  d: number;
  /** Absent in `date` mode. */
  time?: { h: number; min: number; s?: number };
}

const pad = (n: number, size = 2): string => String(n).padStart(size, '0');

const VALUE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;
// The time after a date: `09:30`, `09:30:15`, `9h30`, `9h` (French), an optional "à"/"at"/comma before it.
const TIME = String.raw`(\d{1,2})(?::(\d{2})(?::(\d{2}))?|[hH](\d{2})?)`;
const SEP = String.raw`(?:\s*,\s*|\s+(?:à|a|at)\s+|\s+|T)`;
const TEXT_RE = new RegExp(String.raw`^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?:${SEP}${TIME})?$`, 'i');
const ISO_TEXT_RE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:${SEP}${TIME})?$`, 'i');

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function valid(w: WallDateTime): boolean {
  if (w.y < 1000 || w.m < 1 || w.m > 12 || w.d < 1 || w.d > daysInMonth(w.y, w.m)) return false;
  if (!w.time) return true;
  const { h, min, s = 0 } = w.time;
  return h <= 23 && min <= 59 && s <= 59;
}

/** A canonical value (`2026-07-01T09:30`, `2026-07-01`) → its parts; null when it is not one. */
export function readValue(value: string | null | undefined): WallDateTime | null {
  const m = VALUE_RE.exec(value ?? '');
  if (!m) return null;
  const w: WallDateTime = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  if (m[4] !== undefined) w.time = { h: +m[4], min: +m[5]!, ...(m[6] !== undefined ? { s: +m[6] } : {}) };
  return valid(w) ? w : null;
}

/** Parts → the value the forms keep; seconds only when not zero (as Chromium's `datetime-local` does). */
export function writeValue(w: WallDateTime, mode: DateTimeMode): string {
  const date = `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)}`;
  if (mode === 'date') return date;
  const t = w.time ?? { h: 0, min: 0 };
  return `${date}T${pad(t.h)}:${pad(t.min)}${t.s ? `:${pad(t.s)}` : ''}`;
}

/** A value → the text in the field: `2026-07-01T09:30` → `01/07/2026 09:30`; text that is no value is kept as is. */
export function formatDateTimeText(value: string | null | undefined, mode: DateTimeMode): string {
  const w = readValue(value);
  if (!w) return value ?? '';
  const date = `${pad(w.d)}/${pad(w.m)}/${pad(w.y, 4)}`;
  if (mode === 'date') return date;
  const t = w.time ?? { h: 0, min: 0 };
  return `${date} ${pad(t.h)}:${pad(t.min)}${t.s ? `:${pad(t.s)}` : ''}`;
}

/**
 * What a person typed → the value: `1/7/2026 9:30`, `01.07.2026 à 9h30`, `2026-07-01T09:30` (pasted) all give
 * `2026-07-01T09:30`. Empty text is the empty value (`''`); anything else that is not a real date (31/02, 24:00),
 * lacks the time in `datetime` mode or has one in `date` mode gives null.
 */
export function parseDateTimeText(text: string, mode: DateTimeMode): string | null {
  const s = text.trim().replace(/\s+/g, ' ');
  if (!s) return '';
  let w: WallDateTime;
  let rest: (string | undefined)[];
  const local = TEXT_RE.exec(s);
  const iso = local ? null : ISO_TEXT_RE.exec(s);
  if (local) {
    w = { y: +local[3]!, m: +local[2]!, d: +local[1]! };
    rest = local.slice(4);
  } else if (iso) {
    w = { y: +iso[1]!, m: +iso[2]!, d: +iso[3]! };
    rest = iso.slice(4);
  } else return null;
  const [h, min, sec, hMin] = rest;
  if (h !== undefined) {
    if (mode === 'date') return null;
    w.time = { h: +h, min: +(min ?? hMin ?? 0), ...(sec !== undefined ? { s: +sec } : {}) };
  } else if (mode === 'datetime') return null;
  return valid(w) ? writeValue(w, mode) : null;
}

// --- The calendar --------------------------------------------------------------------------------------------

/** A civil date `YYYY-MM-DD` moved by `days`. */
export function shiftDate(iso: string, days: number): string {
  const w = readValue(iso)!;
  const t = new Date(Date.UTC(w.y, w.m - 1, w.d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** A civil date moved by whole months, its day kept or clamped to the month's last (31 January + 1 → 28/29 Feb). */
export function shiftMonths(iso: string, months: number): string {
  const w = readValue(iso)!;
  const index = w.y * 12 + (w.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(w.d, daysInMonth(y, m)))}`;
}

/** ISO weekday of a civil date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const w = readValue(iso)!;
  return new Date(Date.UTC(w.y, w.m - 1, w.d)).getUTCDay() || 7;
}

export interface GridDay {
  iso: string;
  day: number;
  /** In the month shown (the first and last weeks also show days of the months around it). */
  inMonth: boolean;
}

/** Six weeks, Monday first, holding month `m` (1–12) of year `y`: a grid of constant height. */
export function monthGrid(y: number, m: number): GridDay[][] {
  const first = `${pad(y, 4)}-${pad(m)}-01`;
  let day = shiftDate(first, 1 - isoWeekday(first));
  const weeks: GridDay[][] = [];
  for (let w = 0; w < 6; w++) {
    const week: GridDay[] = [];
    for (let i = 0; i < 7; i++) {
      const parts = readValue(day)!;
      week.push({ iso: day, day: parts.d, inMonth: parts.m === m });
      day = shiftDate(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** Intl formatters are costly to build: one per locale and shape. Dates are read in UTC (civil dates). */
function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${pickerLocale(lang)}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(pickerLocale(lang), { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

const utc = (iso: string): Date => {
  const w = readValue(iso)!;
  return new Date(Date.UTC(w.y, w.m - 1, w.d, 12));
};

/** `juillet 2026`, `July 2026`. */
export function monthTitle(y: number, m: number, lang: string): string {
  return formatter(lang, { month: 'long', year: 'numeric' }).format(utc(`${pad(y, 4)}-${pad(m)}-01`));
}

/** Monday to Sunday: short (`lun.`, `Mon`) and full (`lundi`, `Monday`) names. */
export function weekdayNames(lang: string): { short: string; long: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const at = utc(`2024-01-0${i + 1}`);
    return {
      short: formatter(lang, { weekday: 'short' }).format(at),
      long: formatter(lang, { weekday: 'long' }).format(at),
    };
  });
}

/** What a day's button says to a screen reader: `mercredi 1 juillet 2026`, `Wednesday 1 July 2026`. */
export function dayLabel(iso: string, lang: string): string {
  return formatter(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    .format(utc(iso))
    .replace(',', '');
}
