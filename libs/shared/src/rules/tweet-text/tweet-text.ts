// One weighted-length module shared by the web app, the server validators and the X sandbox,
// so all three agree on what "280 characters" means (twitter-text v3 configuration, as X counts).
// Default import on purpose: the ESM build of twitter-text only exports a default object (esbuild/Angular).
import twitterText from 'twitter-text';

/** The standard limit for a Post. Long posts (X Premium) are a per-account setting. */
export const TWEET_MAX_WEIGHTED_LENGTH = 280;
/** The limit X applies to long posts (Premium accounts). */
export const LONG_POST_MAX_WEIGHTED_LENGTH = 25_000;
/** Every URL counts this many characters, whatever its real length. */
export const TWEET_URL_WEIGHTED_LENGTH = 23;

// twitter-text v3 configuration ("version3"/"defaults"); passed in full because parseTweet does not merge options.
const V3_RANGES = [
  { start: 0, end: 4351, weight: 100 },
  { start: 8192, end: 8205, weight: 100 },
  { start: 8208, end: 8223, weight: 100 },
  { start: 8242, end: 8247, weight: 100 },
];

function v3Options(maxWeightedLength: number) {
  return {
    version: 3,
    maxWeightedTweetLength: maxWeightedLength,
    scale: 100,
    defaultWeight: 200,
    emojiParsingEnabled: true,
    transformedURLLength: TWEET_URL_WEIGHTED_LENGTH,
    ranges: V3_RANGES,
  };
}

export interface TweetTextOptions {
  /** Defaults to 280; pass LONG_POST_MAX_WEIGHTED_LENGTH (or the account's limit) for long posts. */
  maxWeightedLength?: number;
}

export interface ParsedTweetText {
  /** X's weighted length: most Latin characters 1, CJK and emoji 2, any URL 23. */
  weightedLength: number;
  /** True when the text is non-empty (after trimming), within the limit and free of invalid characters. */
  valid: boolean;
  maxWeightedLength: number;
  /** Characters left before the limit (negative when over). */
  remaining: number;
  /** Where the part past the limit begins (a UTF-16 index into the text); the text's length when it fits. */
  validEnd: number;
}

/** Weighted length of a text, as X counts it (twitter-text v3 rules). */
export function weightedLength(text: string): number {
  return twitterText.parseTweet(text, v3Options(TWEET_MAX_WEIGHTED_LENGTH)).weightedLength;
}

/** Parse a text against a limit (default 280). */
export function parseTweetText(text: string, options: TweetTextOptions = {}): ParsedTweetText {
  const maxWeightedLength = options.maxWeightedLength ?? TWEET_MAX_WEIGHTED_LENGTH;
  const parsed = twitterText.parseTweet(text, v3Options(maxWeightedLength));
  return {
    weightedLength: parsed.weightedLength,
    valid: parsed.valid,
    maxWeightedLength,
    remaining: maxWeightedLength - parsed.weightedLength,
    validEnd: parsed.weightedLength <= maxWeightedLength ? text.length : parsed.validRangeEnd + 1,
  };
}

/** True when the text fits the limit (and is otherwise valid). */
export function isValidTweetText(text: string, options: TweetTextOptions = {}): boolean {
  return parseTweetText(text, options).valid;
}

export interface SplitThreadOptions {
  /** Append " 1/3"-style counters to each segment (their length is accounted for). Default false. */
  numbering?: boolean;
}

function codePointChunks(word: string, max: number): string[] {
  // Hard-split a single over-long "word" (no whitespace) by code points, respecting the weighted limit.
  const out: string[] = [];
  let current = '';
  for (const ch of Array.from(word)) {
    if (current && weightedLength(current + ch) > max) {
      out.push(current);
      current = ch;
    } else {
      current += ch;
    }
  }
  if (current) out.push(current);
  return out;
}

/**
 * Where a text may be cut, best first, with what joins two pieces kept together: paragraphs, lines, sentences
 * (after . ! ? … and a closing quote or bracket), words.
 */
const SPLIT_LEVELS: readonly (readonly [RegExp, string])[] = [
  [/\n{2,}/, '\n\n'],
  [/\n/, '\n'],
  [/(?<=[.!?…]["'»”)\]]*)\s+/, ' '],
  [/\s+/, ' '],
];

function pack(text: string, max: number, level = 0): string[] {
  const [separator, glue] = SPLIT_LEVELS[level]!;
  const segments: string[] = [];
  let current = '';
  for (const piece of text
    .split(separator)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const candidate = current ? `${current}${glue}${piece}` : piece;
    if (weightedLength(candidate) <= max) {
      current = candidate;
      continue;
    }
    if (current) segments.push(current);
    current = '';
    if (weightedLength(piece) <= max) {
      current = piece;
      continue;
    }
    // Too long on its own: cut it at the next kind of boundary (inside a word only as a last resort).
    const parts = level + 1 < SPLIT_LEVELS.length ? pack(piece, max, level + 1) : codePointChunks(piece, max);
    segments.push(...parts.slice(0, -1));
    current = parts.at(-1) ?? '';
  }
  if (current) segments.push(current);
  return segments;
}

/**
 * Split a long text into thread segments, each within `max` weighted characters (default 280).
 * Splits at paragraph breaks first, then line breaks, then between sentences, then between words, and only inside a
 * word as a last resort.
 */
export function splitIntoThread(
  text: string,
  max: number = TWEET_MAX_WEIGHTED_LENGTH,
  options: SplitThreadOptions = {},
): string[] {
  if (!text.trim()) return [];
  if (!options.numbering) return pack(text, max);
  // With counters: reserve room for " n/N" and repeat until the number of segments is stable.
  let total = pack(text, max).length;
  for (let attempt = 0; attempt < 5; attempt++) {
    const suffixLen = ` ${total}/${total}`.length;
    const segments = pack(text, max - suffixLen);
    if (segments.length === total || attempt === 4) {
      return segments.map((s, i) => `${s} ${i + 1}/${segments.length}`);
    }
    total = segments.length;
  }
  return [];
}

/** The URLs X links in a text (with or without a scheme: "example.com/a" counts), in order. */
export function extractTweetUrls(text: string): string[] {
  return twitterText.extractUrls(text);
}
