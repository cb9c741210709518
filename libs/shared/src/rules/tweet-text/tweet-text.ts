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

function pack(text: string, max: number): string[] {
  const segments: string[] = [];
  // Paragraph breaks are preferred split points; inside a paragraph we pack word by word.
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  let current = '';
  const flush = () => {
    if (current.trim()) segments.push(current.trim());
    current = '';
  };
  for (const paragraph of paragraphs) {
    const candidate = current ? `${current}\n\n${paragraph}` : paragraph;
    if (weightedLength(candidate) <= max) {
      current = candidate;
      continue;
    }
    flush();
    if (weightedLength(paragraph) <= max) {
      current = paragraph;
      continue;
    }
    // Split the paragraph into words (keep the separators' newlines simple: a space).
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const withWord = current ? `${current} ${word}` : word;
      if (weightedLength(withWord) <= max) {
        current = withWord;
        continue;
      }
      flush();
      if (weightedLength(word) <= max) {
        current = word;
      } else {
        const parts = codePointChunks(word, max);
        for (let i = 0; i < parts.length - 1; i++) segments.push(parts[i]);
        current = parts[parts.length - 1] ?? '';
      }
    }
  }
  flush();
  return segments;
}

/**
 * Split a long text into thread segments, each within `max` weighted characters (default 280).
 * Splits at paragraph breaks first, then between words, and only inside a word as a last resort.
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
