// Weekdays and hours of the day in the UI language, for the best hours, the posting slots and the composer's slot
// note: one way to write them, with the Intl formatters built once per language and style.

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

/** A weekday (ISO: 1 = Monday … 7 = Sunday; 1 January 2024 was a Monday) in `lang`: `jeudi`, `Sun`. */
export function weekdayLabel(weekday: number, lang: string, style: 'long' | 'short' = 'long'): string {
  return format(lang, { weekday: style }).format(Date.UTC(2024, 0, weekday));
}

/** An hour of the day (0–23) as people write it in `lang` ("14 h", "2 PM"). */
export function hourLabel(hour: number, lang: string): string {
  return format(lang, { hour: 'numeric' }).format(Date.UTC(2000, 0, 1, hour));
}

/** A weekday and an hour in `lang`: `jeudi 12 h`, `Thursday 12 PM`. */
export function weekHourLabel(weekday: number, hour: number, lang: string): string {
  return `${weekdayLabel(weekday, lang)} ${hourLabel(hour, lang)}`;
}
