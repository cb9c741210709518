// Numbers in the UI language, one way for every page (Intl, no locale data to register).

/** An amount in US dollars (what X bills): "1,50 $US" in French, "$1.50" in English. */
export const formatUsd = (lang: string, usd: number): string =>
  new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' }).format(usd);

/** A count: "12 345" in French, "12,345" in English. */
export const formatCount = (lang: string, n: number): string => new Intl.NumberFormat(lang).format(n);
