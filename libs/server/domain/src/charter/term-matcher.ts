import { type TextToken, termWords } from './text-tokens';

/**
 * Words of a term that match a class of numbers: `{n}` any number of one or two digits ("taille {n} max"), `{age}`
 * an adult age, 18 to 99 ("moins de {age} ans"), `{older}` 30 to 99 ("plus de {older} ans": a minimum of 18 is
 * lawful, excluding the over-50s is not). `withPlaceholders` turns them into words the matcher knows.
 */
const PLACEHOLDERS: readonly { name: string; word: string; test: RegExp }[] = [
  { name: '{n}', word: 'zqnumberqz', test: /^\d{1,2}$/ },
  { name: '{age}', word: 'zqageqz', test: /^(?:1[8-9]|[2-9]\d)$/ },
  { name: '{older}', word: 'zqolderqz', test: /^[3-9]\d$/ },
];
const PLACEHOLDER_TESTS = new Map(PLACEHOLDERS.map((p) => [p.word, p.test]));

/** A term with its `{n}` / `{age}` placeholders replaced by the words the matcher reads as number classes. */
export function withPlaceholders(term: string): string {
  let out = term;
  for (const p of PLACEHOLDERS) if (out.includes(p.name)) out = out.split(p.name).join(p.word);
  return out;
}

const matchesWord = (norm: string, w: string) => norm === w || (PLACEHOLDER_TESTS.get(w)?.test(norm) ?? false);

/** Terms compiled for matching on token streams: indexed by their first normalized word, then by their second. */
export interface TermMatcher<T> {
  readonly byFirstWord: ReadonlyMap<string, FirstWord<T>>;
  readonly size: number;
}

interface FirstWord<T> {
  /** One-word terms. */
  one: TermEntry<T>[];
  /** Longer terms by their second word. */
  next: Map<string, TermEntry<T>[]>;
  /** Longer terms whose second word is a placeholder. */
  wild: TermEntry<T>[];
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
  const byFirstWord = new Map<string, FirstWord<T>>();
  const seen = new Set<string>();
  let size = 0;
  for (const { term, payload, key } of items) {
    const words = termWords(term);
    if (words.length === 0) continue;
    const id = `${key ?? ''}\u0000${words.join(' ')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    let first = byFirstWord.get(words[0]);
    if (!first) byFirstWord.set(words[0], (first = { one: [], next: new Map(), wild: [] }));
    const entry = { term, words, payload };
    if (words.length === 1) first.one.push(entry);
    else if (PLACEHOLDER_TESTS.has(words[1])) first.wild.push(entry);
    else {
      const list = first.next.get(words[1]);
      if (list) list.push(entry);
      else first.next.set(words[1], [entry]);
    }
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
  const numberFirst = PLACEHOLDERS.flatMap((p) => {
    const first = matcher.byFirstWord.get(p.word);
    return first ? [{ test: p.test, first }] : [];
  });
  for (let i = 0; i < tokens.length; i++) {
    const first = matcher.byFirstWord.get(tokens[i].norm);
    if (first) matchFrom(first, tokens, i, matches);
    for (const p of numberFirst) if (p.test.test(tokens[i].norm)) matchFrom(p.first, tokens, i, matches);
  }
  return matches;
}

function matchFrom<T>(first: FirstWord<T>, tokens: readonly TextToken[], i: number, out: TermMatch<T>[]) {
  for (const entry of first.one) out.push(matchOf(entry, tokens, i, 1));
  const second = tokens[i + 1];
  if (!second || second.breakBefore) return;
  const candidates = first.next.get(second.norm);
  if (candidates) matchAt(candidates, tokens, i, out);
  if (first.wild.length) matchAt(first.wild, tokens, i, out);
}

/** A match built field by field: one shape for all (a spread object makes the engine copy it slowly). */
const matchOf = <T>(entry: TermEntry<T>, tokens: readonly TextToken[], i: number, k: number): TermMatch<T> => ({
  term: entry.term,
  payload: entry.payload,
  start: tokens[i].start,
  end: tokens[i + k - 1].end,
});

function matchAt<T>(candidates: readonly TermEntry<T>[], tokens: readonly TextToken[], i: number, out: TermMatch<T>[]) {
  for (const entry of candidates) {
    const k = entry.words.length;
    if (i + k > tokens.length) continue;
    let hit = true;
    for (let j = 1; j < k; j++) {
      const t = tokens[i + j];
      const w = entry.words[j];
      if (t.breakBefore || !matchesWord(t.norm, w)) {
        hit = false;
        break;
      }
    }
    if (hit) out.push(matchOf(entry, tokens, i, k));
  }
}
