// Snowball stemmers (French and English) over normalized words, with a cache: a stem costs ~20 µs cold, a cache
// hit is a map lookup, and posts reuse the same few thousand words.
import { newStemmer } from 'snowball-stemmers';

export type Language = 'fr' | 'en';

const stemmers = { fr: newStemmer('french'), en: newStemmer('english') };
const caches: Record<Language, Map<string, string>> = { fr: new Map(), en: new Map() };
const CACHE_LIMIT = 50_000;

/** The stem of a normalized word (lowercase, accents stripped) in a language. Words under 3 letters are kept. */
export function stem(word: string, language: Language): string {
  if (word.length < 3) return word;
  const cache = caches[language];
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmers[language].stem(word);
    // Snowball keeps most third-person plurals whole ("renforcent", "protègent"): stem the singular instead.
    if (language === 'fr' && s === word && word.length > 6 && word.endsWith('ent')) {
      s = stemmers.fr.stem(`${word.slice(0, -3)}e`);
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}
