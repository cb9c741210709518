// The features of the charter's text classifier (classifier.ts), shared by its training script
// (tools/charter-model) and the check itself, so both see a post the same way: the segment's words (hashtags
// split at case changes, mentions and URLs left out), stemmed in the segment's guessed language (French or
// English, from a handful of function words), as unigrams `w:<stem>` (not of those function words) and adjacent
// bigrams `b:<stem> <stem>` (never across punctuation), optionally character n-grams, each counted once per segment.
import { type Language, stem } from './stemmer';
import { SPELLING_GAPS } from './masked-words';
import { type TextToken, hashtagParts, tokenize } from './text-tokens';

const FR_WORDS = new Set(
  'le la les des du un une et est sont nous vous ils elles pour dans sur avec pas ce cette ces qui que au aux mais ou très votre vos notre nos leur leurs été être avoir fait plus tout tous'.split(
    ' ',
  ),
);
const EN_WORDS = new Set(
  'the a an and is are we you they for in on with not this that these who what to of but or very your our their been be have has do does more all it its was were will'.split(
    ' ',
  ),
);

/** A word of the segment: its normalized form and where it is in the text. */
interface Word {
  norm: string;
  start: number;
  end: number;
  /** Punctuation separates it from the previous word: no bigram across. */
  breakBefore: boolean;
}

/** One feature of a segment and the words that make it (for the finding's span). */
export interface FeatureHit {
  key: string;
  start: number;
  end: number;
}

/** The language of a segment: the side with more function words (French on a tie, the house's first language). */
export function guessLanguage(words: readonly string[]): Language {
  let fr = 0;
  let en = 0;
  for (const w of words) {
    if (FR_WORDS.has(w)) fr++;
    if (EN_WORDS.has(w)) en++;
  }
  return en > fr ? 'en' : 'fr';
}

/**
 * A single letter and the number after it are one name in a hashtag ("#F1", "#A320", "#V8"), as they are in the text:
 * "f" alone is a masked swear word's stem to the model ("F off"), and every live post of a Grand Prix ends in #F1.
 */
function modelNames(parts: readonly TextToken[]): TextToken[] {
  const out: TextToken[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (
      last &&
      last.end === p.start &&
      last.norm.length === 1 &&
      /^\p{L}$/u.test(last.norm) &&
      /^\p{N}+$/u.test(p.norm)
    ) {
      out[out.length - 1] = { ...last, end: p.end, norm: last.norm + p.norm };
    } else out.push(p);
  }
  return out;
}

/** Between two letters of a word spelled out ("p.r.o.j.e.t", "c-o-n"): as the rules read it (masked-words.ts). */
const SPELLING_GAP = new Set(SPELLING_GAPS);

/**
 * A word spelled out letter by letter ("P.r.o.j.e.t", "c.o.n.n.a.r.d") read as that word: its letters alone are the
 * stems of masked swear words to the model ("p … t"). Three letters or more, each one character from the next.
 */
function spelledWords(text: string, tokens: readonly TextToken[]): readonly TextToken[] {
  const single = (t: TextToken | undefined) => t !== undefined && t.kind === 'word' && t.norm.length === 1;
  let out: TextToken[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (single(tokens[j]) && single(tokens[j + 1]) && tokens[j + 1].start === tokens[j].end + 1) {
      if (!SPELLING_GAP.has(text[tokens[j].end])) break;
      j++;
    }
    if (j - i >= 2) {
      out ??= tokens.slice(0, i);
      const run = tokens.slice(i, j + 1);
      out.push({ ...tokens[i], end: tokens[j].end, norm: run.map((t) => t.norm).join('') });
      i = j;
    } else out?.push(tokens[i]);
  }
  return out ?? tokens;
}

function segmentWords(text: string): Word[] {
  const words: Word[] = [];
  let skipped = false;
  for (const t of spelledWords(text, tokenize(text))) {
    if (t.kind === 'word') {
      words.push({ norm: t.norm, start: t.start, end: t.end, breakBefore: t.breakBefore || skipped });
      skipped = false;
    } else if (t.kind === 'hashtag') {
      const parts = modelNames(hashtagParts(text, t));
      const list = parts.length > 0 ? parts : [t];
      list.forEach((p, i) => {
        words.push({ norm: p.norm, start: p.start, end: p.end, breakBefore: i === 0 });
      });
      skipped = true;
    } else {
      skipped = true;
    }
  }
  return words;
}

export interface FeatureOptions {
  /** Words left out (training leaves out the brands' own names: competitors and code names are their lists'). */
  ignore?: ReadonlySet<string>;
  /** Words left out by place (the check leaves out the brand's allowed phrases). */
  skip?: (start: number, end: number) => boolean;
  /** Also the character n-grams of each word (`c:<n-gram>`, the word padded with < and >), when set. */
  charGrams?: number;
  /** Also the segment's emoji (`e:<emoji>`, skin tones and variation selectors left out), when set. */
  emoji?: boolean;
}

const EMOJI = /\p{Extended_Pictographic}/gu;

/** The features of a segment's text, once each (the first place it occurs), and how many words it has. */
export function textFeatures(text: string, options: FeatureOptions = {}): { hits: FeatureHit[]; words: number } {
  const { ignore, skip, charGrams, emoji } = options;
  const words = segmentWords(text).filter((w) => w.norm.length > 0 && !/^\d+$/.test(w.norm) && !skip?.(w.start, w.end));
  const language = guessLanguage(words.map((w) => w.norm));
  const seen = new Set<string>();
  const hits: FeatureHit[] = [];
  const add = (key: string, start: number, end: number) => {
    if (seen.has(key)) return;
    seen.add(key);
    hits.push({ key, start, end });
  };
  let previous: { stem: string; start: number } | null = null;
  for (const w of words) {
    if (ignore?.has(w.norm)) {
      previous = null;
      continue;
    }
    const s = stem(w.norm, language);
    // Function words count in bigrams only ("they all", "go back"), never alone.
    if (!FR_WORDS.has(w.norm) && !EN_WORDS.has(w.norm)) add(`w:${s}`, w.start, w.end);
    if (previous && !w.breakBefore) add(`b:${previous.stem} ${s}`, previous.start, w.end);
    previous = { stem: s, start: w.start };
    if (charGrams && w.norm.length >= charGrams) {
      const padded = `<${w.norm}>`;
      for (let i = 0; i + charGrams <= padded.length; i++) add(`c:${padded.slice(i, i + charGrams)}`, w.start, w.end);
    }
  }
  if (emoji) {
    for (const m of text.matchAll(EMOJI)) {
      const start = m.index ?? 0;
      if (!skip?.(start, start + m[0].length)) add(`e:${m[0]}`, start, start + m[0].length);
    }
  }
  return { hits, words: words.length };
}
