// Words written to dodge filters ("f*ck", "f***", "m3rde", "c0nnard", "sh!t", "f@ck", "e.n.f.o.i.r.é.s", "merdeee",
// "tr*nnies"): the runs of a segment that may be one, read back against the words a lexicon lets be masked (detector.ts).
import { type TextToken, normalizeText } from './text-tokens';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '€': 'e',
  '!': 'i',
};
const MASK_CHARS = /[*$€!@]/g;
const RUN_CHAR = /[\p{L}0-9*@$€!]/u;
const HAS_DIGIT_AND_LETTER = /\d/;
const TRIPLE = /(.)\1\1/;
/** Letters spelled out between dots or dashes ("e.n.f.o.i.r.é.s"): found in a text, and a run that is one. */
/** What stands between the letters of a word spelled out ("e.n.f.o.i.r.é.s", "c-o-n"). */
export const SPELLING_GAPS = '.·_-';
const SPELLED_LETTERS = String.raw`(?:\p{L}[${SPELLING_GAPS}]){2,}\p{L}`;
const SPELLED = new RegExp(`(?<![\\p{L}.·_-])${SPELLED_LETTERS}(?![\\p{L}])`, 'gu');
const SPELLED_RUN = new RegExp(`^${SPELLED_LETTERS}$`, 'u');

/** Runs of letters, digits and masking characters that may be a disguised word: around a mask, or a word mixing digits or tripling a letter. */
function candidates(text: string, words: readonly TextToken[]): { start: number; end: number }[] {
  const found = new Map<number, number>();
  for (const m of text.matchAll(MASK_CHARS)) {
    let start = m.index;
    let end = m.index + 1;
    while (start > 0 && end - start < 20 && RUN_CHAR.test(text[start - 1])) start--;
    while (end < text.length && end - start < 20 && RUN_CHAR.test(text[end])) end++;
    if (end - start >= 3) found.set(start, Math.max(end, found.get(start) ?? 0));
  }
  // Letters spelled out between dots or dashes: "e.n.f.o.i.r.é.s", "c-o-n".
  for (const m of text.matchAll(SPELLED)) found.set(m.index, m.index + m[0].length);
  for (const t of words) {
    if (t.kind !== 'word' || t.norm.length < 3) continue;
    if ((HAS_DIGIT_AND_LETTER.test(t.norm) && /[a-z]/.test(t.norm)) || TRIPLE.test(t.norm)) {
      if (!found.has(t.start)) found.set(t.start, t.end);
    }
  }
  return [...found].map(([start, end]) => ({ start, end }));
}

/** A word with stars: a star is one or two letters, one per star winning ("c*ns" is "cons"); with one letter shown, one ("f***"). */
function starred<T>(norm: string, insults: ReadonlyMap<string, T>): T | undefined {
  const shown = norm.replace(/\*/g, '').length;
  const star = shown >= 2 ? '[a-z]{1,2}' : '[a-z]';
  if (shown < 2 && !(shown === 1 && norm.length >= 3)) return undefined;
  const re = new RegExp(`^${norm.split('*').map(escape).join(star)}$`);
  let found: T | undefined;
  for (const [w, target] of insults) {
    if (w.length >= 3 && re.test(w) && (!found || w.length === norm.length)) {
      found = target;
      if (w.length === norm.length) break;
    }
  }
  return found;
}

/** A word without stars, as written or with its repeated letters squeezed ("merdeee"). */
function squeezed<T>(norm: string, insults: ReadonlyMap<string, T>): T | undefined {
  const once = norm.replace(/(.)\1+/g, '$1');
  const twice = norm.replace(/(.)\1{2,}/g, '$1$1');
  return insults.get(norm) ?? insults.get(once) ?? insults.get(twice);
}

/** A run read back: symbols and digits as the letters they look like, then by its stars or its squeezed letters. */
function readMasked<T>(run: string, insults: ReadonlyMap<string, T>): T | undefined {
  const norm = normalizeText(run).replace(/[0-9@$€!]/g, (c) => LEET[c] ?? c);
  return norm.includes('*') ? starred(norm, insults) : squeezed(norm, insults);
}

/**
 * The masked words of a segment, with what `maskable` says of the word each stands for: a masked letter stands for
 * one or two letters (one if only one letter shows), digits and symbols for the letters they look like, and runs of a
 * repeated letter are squeezed.
 */
export function maskedWords<T>(
  text: string,
  words: readonly TextToken[],
  insults: ReadonlyMap<string, T>,
): { start: number; end: number; found: T }[] {
  const hits: { start: number; end: number; found: T }[] = [];
  for (const { start, end } of candidates(text, words)) {
    const raw = text.slice(start, end);
    if (start > 0 && /[@#/.]/u.test(text[start - 1])) continue;
    if (!/\p{L}/u.test(raw) || /^\d+\p{L}{0,2}$/u.test(raw) || /^\p{L}+\d+$/u.test(raw)) continue; // "10h", "T3", "COP28"
    if (SPELLED_RUN.test(raw)) {
      const spelled = squeezed(normalizeText(raw.replace(/[.·_-]/gu, '')), insults);
      if (spelled !== undefined) hits.push({ start, end, found: spelled });
      continue;
    }
    // Exclamation marks after a word are read as punctuation first ("b*tch!!!", "m*rde!"), then as an "i" ("merc!").
    const word = raw.replace(/!+$/u, '');
    const masked = word !== raw && (/[*$€@!\d]/u.test(word) || TRIPLE.test(normalizeText(word)));
    let found = (masked ? readMasked(word, insults) : undefined) ?? readMasked(raw, insults);
    // "@" is an "a" ("b@stard") or any letter ("f@ck", "f@cking"): read as a star when the "a" finds nothing, inside a
    // word only (not a mention, "@fin_mike", nor an address, "ir@orvea.com").
    if (found === undefined && /\p{L}@\p{L}/u.test(raw) && !/[.\w]/u.test(text[end] ?? '')) {
      found = starred(
        normalizeText(raw.replace(/@/g, '*')).replace(/[0-9$€!]/g, (c) => LEET[c] ?? c),
        insults,
      );
    }
    if (found !== undefined) hits.push({ start, end, found });
  }
  return hits;
}
