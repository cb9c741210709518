// A tiny language guess for posts (X detects a post's language; the sandbox only needs a plausible `lang`).
const STOPWORDS: Record<string, string[]> = {
  fr: [
    'le',
    'la',
    'les',
    'des',
    'est',
    'et',
    'une',
    'pour',
    'dans',
    'nous',
    'vous',
    'pas',
    'du',
    'sur',
    'avec',
    'chez',
  ],
  en: ['the', 'and', 'is', 'are', 'for', 'with', 'you', 'this', 'that', 'of', 'to', 'in', 'on', 'my', 'not'],
  es: ['el', 'los', 'las', 'y', 'es', 'para', 'con', 'por', 'una', 'que', 'del', 'muy'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'für', 'ein', 'eine', 'ich', 'auf'],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, ws] of Object.entries(STOPWORDS)) {
  for (const w of ws) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

/** The language with the most stop words in the text (ties: the first listed), or 'und'. */
export function detectLang(text: string): string {
  const score = new Map<string, number>();
  const plain = text.replace(/https?:\/\/\S+/g, ' ').replace(/[@#$][\p{L}\p{N}_]+/gu, ' ');
  for (const w of plain.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    for (const lang of LOOKUP.get(w) ?? []) score.set(lang, (score.get(lang) ?? 0) + 1);
  }
  let best = 'und';
  let bestScore = 0;
  for (const lang of Object.keys(STOPWORDS)) {
    const s = score.get(lang) ?? 0;
    if (s > bestScore) {
      best = lang;
      bestScore = s;
    }
  }
  return best;
}
