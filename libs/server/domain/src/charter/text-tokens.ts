// Normalization and tokenization of post text for the charter rules.
//
// - Matching is insensitive to case, accents and compatibility forms: NFKD, combining marks removed,
//   lowercased, œ/æ/ß folded (NFKD also undoes 𝐛𝐨𝐥𝐝 or ｆｕｌｌｗｉｄｔｈ letters used to dodge filters).
// - Words are runs of letters, marks and digits. Hyphens separate words softly ("extrême-droite" is the
//   phrase "extrême droite"); other punctuation and line breaks are hard breaks a multi-word phrase never spans.
// - Apostrophes (' ’ ʼ ‘ `): after a French elision (l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu'
//   quoiqu' presqu' quelqu') the word splits ("l'entreprise" → "l", "entreprise"); an English contraction
//   or possessive is dropped ("Macron's" → "macron", "don't" → "don"; "can't" → "cannot"); otherwise the apostrophe is
//   removed ("aujourd'hui" → "aujourdhui").
// - #hashtags, @mentions and URLs (http(s)://…, www.…, bare domains with a common TLD) are recognized
//   as single tokens; spans are UTF-16 offsets into the original text.

export type TokenKind = 'word' | 'hashtag' | 'mention' | 'url' | 'email';

export interface TextToken {
  kind: TokenKind;
  /** Start offset in the original text (includes the # or @). */
  start: number;
  /** End offset (exclusive) in the original text. */
  end: number;
  /** Normalized form: the word, the hashtag body or mention handle (without #/@), or the lowercased URL/email. */
  norm: string;
  /** True when punctuation other than spaces, hyphens or apostrophes separates it from the previous token. */
  breakBefore: boolean;
}

const COMBINING_MARKS = /\p{M}+/gu;
const FOLDS: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };
const FOLD_RE = /[œæßøđłı]/g;

/** The reference normalization (slow: String.prototype.normalize goes through ICU). */
export function normalizeTextSlow(text: string): string {
  const stripped = text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  // Lowercasing can produce decomposable characters again (e.g. "İ"); a second pass settles it.
  return stripped
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(FOLD_RE, (c) => FOLDS[c] ?? c);
}

// Fast path: the reference normalization is character-local for U+0000–U+024F (Latin, Latin-1, Latin
// Extended-A/B: no combining marks, no context-dependent casing), so a table built from it gives the same
// result for texts made only of those characters — nearly all French and English text.
const FAST_LIMIT = 0x250;
const FAST_TABLE: string[] = Array.from({ length: FAST_LIMIT }, (_, c) => normalizeTextSlow(String.fromCharCode(c)));

/**
 * Beyond U+024F, runs of characters (an emoji, "’", "…") go through the reference one by one run: decomposition,
 * mark removal and folding are character-local, and so is lowercasing but for the Greek sigma (final or not by
 * its neighbours, however it is written), which sends the whole text the slow way. Runs seen often are remembered.
 */
const SLOW_RUNS = new Map<string, string>();

/** Case-, accent- and compatibility-insensitive form of a text. Idempotent. */
export function normalizeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FAST_LIMIT) {
      out += FAST_TABLE[c];
      continue;
    }
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) >= FAST_LIMIT) j++;
    const run = text.slice(i, j);
    let norm = SLOW_RUNS.get(run);
    if (norm === undefined) {
      norm = normalizeTextSlow(run);
      if (run.length <= 8 && SLOW_RUNS.size < 4096) SLOW_RUNS.set(run, norm);
    }
    // A sigma, however written ("Σ", the mathematical "𝝨"), is final or not by its neighbours in the whole text.
    if (norm.includes('σ') || norm.includes('ς')) return normalizeTextSlow(text);
    out += norm;
    i = j - 1;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘', '`', '´']);
const SOFT_SEPARATORS = new Set(['%', ' ', '\t', '\u00a0', '\u202f', '\u2009', '-', '‐', '‑', '_', ...APOSTROPHES]);

const isDigit = (text: string, i: number) => i >= 0 && i < text.length && text[i] >= '0' && text[i] <= '9';

/** True when the text between two tokens is only spaces (not line breaks), hyphens and apostrophes. */
function isSoftGap(text: string, from: number, to: number): boolean {
  // A decimal point or comma between digits ("49.3", "2,5") joins a number's parts.
  if (to - from === 1 && (text[from] === '.' || text[from] === ',') && isDigit(text, from - 1) && isDigit(text, to))
    return true;
  for (let i = from; i < to; i++) if (!SOFT_SEPARATORS.has(text[i])) return false;
  return true;
}

const FRENCH_ELISIONS = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
  'quelqu',
]);
const ENGLISH_CONTRACTIONS = new Set(['s', 't', 'll', 're', 've', 'd', 'm']);

const TLDS = 'com|fr|org|net|io|eu|co|info|biz|app|dev|jobs|ly|be|ch|ca|de|uk|us|it|es|lu|ai|tv|me|news|shop|tech';
const URL_RE = new RegExp(
  String.raw`(?:https?:\/\/|www\.)[^\s<>"«»“”]+|(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:${TLDS})(?![\p{L}\p{N}])(?:[\/?#][^\s<>"«»“”]*)?`,
  'iuy',
);
const URL_TRAILING = /[.,;:!?'’"»)\]}…]+$/u;
const HASHTAG_RE = /[#＃]([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*)/uy;
const MENTION_RE = /[@＠]([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])/y;

const EMAIL_RE = new RegExp(
  String.raw`[\p{L}\p{N}._%+-]+[@＠](?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}(?![\p{L}\p{N}])`,
  'uy',
);

/** Width (1 or 2 UTF-16 units) of the word character at `i`, or 0 when it is not one (handles astral letters). */
function wordCharWidth(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const u = text.charCodeAt(i);
  if (u < 0x80) return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) ? 1 : 0;
  if (u >= 0xc0 && u < 0x250) return u === 0xd7 || u === 0xf7 ? 0 : 1;
  const cp = text.codePointAt(i) ?? 0;
  const width = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + width)) ? width : 0;
}

/** Whether the character ending just before `i` is a word character. */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return wordCharWidth(text, start) > 0;
}

/**
 * The last texts tokenized and their tokens: a check reads each segment several times (the rules, the classifier's
 * features, the stance models), and tokenizing is a fair share of its time. Tokens are never changed by a reader.
 */
const RECENT: { text: string; tokens: readonly TextToken[] }[] = [];
const RECENT_SIZE = 4;

/** Tokenizes a segment's text (see the module comment for the rules). */
export function tokenize(text: string): readonly TextToken[] {
  for (const r of RECENT) if (r.text === text) return r.tokens;
  const tokens = tokenizeText(text);
  if (RECENT.unshift({ text, tokens }) > RECENT_SIZE) RECENT.pop();
  return tokens;
}

function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let lastEnd = 0;
  let i = 0;
  const push: Push = (kind, start, end, norm, consumedEnd = end) => {
    tokens.push({ kind, start, end, norm, breakBefore: tokens.length > 0 && !isSoftGap(text, lastEnd, start) });
    lastEnd = consumedEnd;
  };
  /** A token of `length` characters at `i`: pushed, and read past. */
  const take = (kind: TokenKind, length: number, norm: string) => {
    push(kind, i, i + length, norm);
    i += length;
  };
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    const width = wordCharWidth(text, i);
    if (width === 0 && ch !== '#' && ch !== '@' && ch !== '＃' && ch !== '＠') {
      i++;
      continue;
    }
    const prev = i > 0 ? text[i - 1] : undefined;
    const atBoundary =
      !wordCharBefore(text, i) && prev !== '@' && prev !== '#' && prev !== '&' && prev !== '/' && prev !== '.';
    const hashtag = atBoundary && (ch === '#' || ch === '＃') ? matchAt(HASHTAG_RE, text, i) : null;
    if (hashtag) {
      take('hashtag', hashtag[0].length, normalizeText(hashtag[1]));
      continue;
    }
    const mention = atBoundary && (ch === '@' || ch === '＠') ? matchAt(MENTION_RE, text, i) : null;
    if (mention) {
      take('mention', mention[0].length, mention[1].toLowerCase());
      continue;
    }
    if (atBoundary && width > 0 && mayBeLinkOrEmail(text, i)) {
      const email = matchAt(EMAIL_RE, text, i);
      if (email) {
        take('email', email[0].length, email[0].toLowerCase());
        continue;
      }
      const link = matchAt(URL_RE, text, i);
      if (link) {
        const url = link[0].replace(URL_TRAILING, '');
        take('url', url.length, url.toLowerCase());
        continue;
      }
    }
    if (width > 0) {
      // Inside something that is not a word start (e.g. after '/'): read it as a word anyway.
      i = readWord(text, i, push);
      continue;
    }
    i++;
  }
  return tokens;
}

/** The match of a sticky expression starting at `at`, or null. */
function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Cheap pre-check before the URL and email expressions: a '.', ':' or '@' right after the first run of word characters. */
function mayBeLinkOrEmail(text: string, start: number): boolean {
  let j = start;
  for (;;) {
    const w = wordCharWidth(text, j);
    if (w > 0) {
      j += w;
      continue;
    }
    const c = text[j];
    if (c === '-' || c === '_' || c === '%' || c === '+') {
      j++;
      continue;
    }
    return (c === '.' || c === ':' || c === '@' || c === '＠') && j + 1 < text.length;
  }
}

type Push = (kind: TokenKind, start: number, end: number, norm: string, consumedEnd?: number) => void;

/** Reads a run of word characters with inner apostrophes from `start`, pushes its word tokens, returns the end. */
function readWord(text: string, start: number, push: Push): number {
  const parts: { start: number; end: number }[] = [];
  let i = start;
  const n = text.length;
  for (;;) {
    const partStart = i;
    for (let w = wordCharWidth(text, i); w > 0; w = wordCharWidth(text, i)) i += w;
    parts.push({ start: partStart, end: i });
    if (i + 1 < n && APOSTROPHES.has(text[i]) && wordCharWidth(text, i + 1) > 0) {
      i++;
      continue;
    }
    break;
  }
  // Resolve apostrophes left to right.
  let current = parts[0];
  let currentNorm = normalizeText(text.slice(current.start, current.end));
  for (let k = 1; k < parts.length; k++) {
    const next = parts[k];
    const nextNorm = normalizeText(text.slice(next.start, next.end));
    if (FRENCH_ELISIONS.has(currentNorm)) {
      push('word', current.start, current.end, currentNorm);
      current = next;
      currentNorm = nextNorm;
    } else if (ENGLISH_CONTRACTIONS.has(nextNorm)) {
      // "Macron's", "don't": keep the stem; the suffix is not a word of its own. "can't" would lose its negation
      // ("can"), so it reads "cannot".
      if (nextNorm === 't' && currentNorm === 'can') currentNorm = 'cannot';
      continue;
    } else {
      current = { start: current.start, end: next.end };
      currentNorm += nextNorm;
    }
  }
  push('word', current.start, current.end, currentNorm, i);
  return i;
}

/** The normalized words of a hashtag body split at case changes, digits and underscores (#StopMacron2027). */
export function hashtagParts(text: string, token: TextToken): TextToken[] {
  const bodyStart = token.start + 1;
  const body = text.slice(bodyStart, token.end);
  const parts: TextToken[] = [];
  const re = /\p{Lu}[\p{Ll}\p{M}]*|[\p{Ll}\p{Lo}\p{M}]+|\p{N}+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    parts.push({
      kind: 'word',
      start: bodyStart + m.index,
      end: bodyStart + m.index + m[0].length,
      norm: normalizeText(m[0]),
      breakBefore: false,
    });
  }
  // Runs of capitals ("#RSE", "#COP28"): merge single capitals into one part.
  const merged: TextToken[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (
      last &&
      p.end - p.start === 1 &&
      last.end === p.start &&
      /^\p{Lu}$/u.test(text[p.start]) &&
      /\p{Lu}$/u.test(text[last.end - 1])
    ) {
      merged[merged.length - 1] = { ...last, end: p.end, norm: last.norm + p.norm };
    } else {
      merged.push(p);
    }
  }
  return merged;
}

/** The words inside a URL (host and path split at non-alphanumerics), for confidential-term matching. */
export function urlParts(text: string, token: TextToken): TextToken[] {
  const parts: TextToken[] = [];
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  const slice = text.slice(token.start, token.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    parts.push({
      kind: 'word',
      start: token.start + m.index,
      end: token.start + m.index + m[0].length,
      norm: normalizeText(m[0]),
      breakBefore: false,
    });
  }
  return parts;
}

/** A charter term as a sequence of normalized words ("l'Entreprise" → ["l", "entreprise"]; "#RSE" → ["rse"]). */
export function termWords(term: string): string[] {
  return tokenize(term.replace(/^[#＃@＠]/u, '')).flatMap((t) =>
    (t.kind === 'url' ? urlParts(term, t) : [t]).map((w) => w.norm),
  );
}

/** Where the patterns (global regular expressions) match a text, as spans of UTF-16 offsets. */
export function regexSpans(text: string, ...patterns: readonly RegExp[]): { start: number; end: number }[] {
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
}
