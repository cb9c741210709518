import { type TextToken, termWords } from './text-tokens';

/** Terms compiled for matching on token streams: indexed by their first normalized word. */
export interface TermMatcher<T> {
  readonly byFirstWord: ReadonlyMap<string, readonly TermEntry<T>[]>;
  readonly size: number;
}

interface TermEntry<T> {
  term: string;
  words: readonly string[];
  payload: T;
}

export interface TermMatch<T> {
  term: string;
  payload: T;
  /** Offsets in the original text. */
  start: number;
  end: number;
}

/** Compiles terms (words or phrases); terms that normalize to the same words for the same key are merged. */
export function compileTerms<T>(items: Iterable<{ term: string; payload: T; key?: string }>): TermMatcher<T> {
  const byFirstWord = new Map<string, TermEntry<T>[]>();
  const seen = new Set<string>();
  let size = 0;
  for (const { term, payload, key } of items) {
    const words = termWords(term);
    if (words.length === 0) continue;
    const id = `${key ?? ''}\u0000${words.join(' ')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const list = byFirstWord.get(words[0]);
    const entry = { term, words, payload };
    if (list) list.push(entry);
    else byFirstWord.set(words[0], [entry]);
    size++;
  }
  return { byFirstWord, size };
}

/**
 * Every occurrence of a term in a stream of tokens: consecutive tokens equal to the term's words, with no
 * hard punctuation between them (a phrase never spans a sentence break). Whole words only, by construction.
 */
export function matchTerms<T>(matcher: TermMatcher<T>, tokens: readonly TextToken[]): TermMatch<T>[] {
  const matches: TermMatch<T>[] = [];
  if (matcher.size === 0) return matches;
  for (let i = 0; i < tokens.length; i++) {
    const candidates = matcher.byFirstWord.get(tokens[i].norm);
    if (!candidates) continue;
    for (const entry of candidates) {
      const k = entry.words.length;
      if (i + k > tokens.length) continue;
      let hit = true;
      for (let j = 1; j < k; j++) {
        const t = tokens[i + j];
        if (t.breakBefore || t.norm !== entry.words[j]) {
          hit = false;
          break;
        }
      }
      if (hit)
        matches.push({ term: entry.term, payload: entry.payload, start: tokens[i].start, end: tokens[i + k - 1].end });
    }
  }
  return matches;
}
