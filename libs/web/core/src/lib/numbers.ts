// Numbers, money and dates in the UI language, one way for every page (Intl, no locale data to register).

/** Figures as the pages write them. */
export interface FigureFormat {
  /** A count: "12 345" in French, "12,345" in English. */
  count(n: number): string;
  percent(rate: number): string;
  /** US dollars (what X bills): "1,50 $US" in French, "$1.50" in English. */
  money(usd: number): string;
  dateTime(iso: string): string;
}

/** The formats of `lang`, built once (keep the result per language rather than calling this per figure). */
export function figureFormat(lang: string): FigureFormat {
  const count = new Intl.NumberFormat(lang);
  const percent = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const money = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' });
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    count: (n) => count.format(n),
    percent: (r) => percent.format(r),
    money: (usd) => money.format(usd),
    dateTime: (iso) => dateTime.format(new Date(iso)),
  };
}
