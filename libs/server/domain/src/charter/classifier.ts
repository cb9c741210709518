// The charter's text classifier: one logistic regression per category (one-vs-rest) over the features of
// classifier-features.ts, trained on the labelled charter corpora by tools/charter-model (see its README). It
// catches what the lexicons do not name: a post whose words, together, read like an insult, a political stance,
// a health claim... Its weights come in a `CharterModel` (the shipped one is charter-model.generated.ts).
import { type FeatureHit, textFeatures } from './classifier-features';

/** The categories the classifier scores. Competitors are left to the brand's list of names. */
export const MODEL_CATEGORIES = [
  'insult',
  'politics',
  'religion',
  'confidential',
  'discrimination',
  'health_legal',
] as const;
export type ModelCategory = (typeof MODEL_CATEGORIES)[number];

export interface CharterModel {
  /** The categories, in the order of `bias`, `thresholds` and each feature's weights. */
  readonly categories: readonly ModelCategory[];
  readonly bias: readonly number[];
  /** A category is found when its probability reaches its threshold (chosen on the training sets only). */
  readonly thresholds: readonly number[];
  /** Weights are stored as integers: the real weight is the integer divided by `scale`. */
  readonly scale: number;
  /** Per feature key (`w:<stem>`, `b:<stem> <stem>`), one weight per category. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** The features include the words' character n-grams of this length (classifier-features.ts). */
  readonly charGrams?: number;
  /** The features include the segment's emoji (classifier-features.ts). */
  readonly emoji?: boolean;
}

/**
 * A model as it is shipped (charter-model.generated.ts): the feature keys joined by tabs (a key never holds one:
 * words are split on whitespace), and their weights, feature after feature in the categories' order, as
 * little-endian 16-bit integers in base64. A few lines of data instead of one line per feature.
 */
export interface PackedCharterModel extends Omit<CharterModel, 'weights'> {
  readonly features: string;
  readonly weights: string;
}

export function packCharterModel(model: CharterModel): PackedCharterModel {
  const { weights, ...rest } = model;
  const keys = Object.keys(weights);
  const n = model.categories.length;
  const bytes = new Uint8Array(keys.length * n * 2);
  const view = new DataView(bytes.buffer);
  keys.forEach((key, f) => {
    if (key.includes('\t')) throw new Error(`a feature key holds a tab: ${JSON.stringify(key)}`);
    weights[key]!.forEach((w, k) => {
      if (!Number.isInteger(w) || w < -32768 || w > 32767) throw new Error(`weight ${w} of ${key} is not an int16`);
      view.setInt16((f * n + k) * 2, w, true);
    });
  });
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { ...rest, features: keys.join('\t'), weights: btoa(binary) };
}

export function unpackCharterModel(packed: PackedCharterModel): CharterModel {
  const { features, weights: data, ...rest } = packed;
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const view = new DataView(bytes.buffer);
  const n = packed.categories.length;
  const weights: Record<string, number[]> = {};
  features.split('\t').forEach((key, f) => {
    const row = new Array<number>(n);
    for (let k = 0; k < n; k++) row[k] = view.getInt16((f * n + k) * 2, true);
    weights[key] = row;
  });
  return { ...rest, weights };
}

export interface ModelHit {
  category: ModelCategory;
  /** The probability (0..1). */
  probability: number;
  /** Where the feature that weighed most towards the category is: UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** The excerpts of the (at most two) features that weighed most, for the hint. */
  words: string[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A bag of words needs a sentence to read: shorter segments ("Quelle journée !") are left to the rules. */
export const MIN_WORDS = 5;

/**
 * The value of each (binary) feature of a segment with `count` features: the vector scaled to unit length, so a
 * long post is not more suspect for being long, but counted as at least 16 features, so that in a short reply
 * ("Quelle journée !") one word does not weigh as much as a whole sentence. Training uses the same.
 */
export function featureScale(count: number): number {
  return 1 / Math.sqrt(Math.max(count, 16));
}

/** The probability of each category for a segment's text (the model's order), and the features that were known. */
export function scoreText(
  text: string,
  model: CharterModel,
  skip?: (start: number, end: number) => boolean,
): { probabilities: number[]; known: { hit: FeatureHit; weights: readonly number[] }[] } {
  const { hits, words } = textFeatures(text, { skip, charGrams: model.charGrams, emoji: model.emoji });
  if (words < MIN_WORDS) return { probabilities: model.categories.map(() => 0), known: [] };
  const known: { hit: FeatureHit; weights: readonly number[] }[] = [];
  for (const hit of hits) {
    const weights = model.weights[hit.key];
    if (weights) known.push({ hit, weights });
  }
  const norm = featureScale(hits.length);
  const probabilities = model.categories.map((_, k) => {
    let z = 0;
    for (const { weights } of known) z += weights[k];
    return sigmoid(model.bias[k] + (z / model.scale) * norm);
  });
  return { probabilities, known };
}

/**
 * The categories a segment's text reaches the threshold of, each with the words that weighed most. `skip` leaves
 * words out (the brand's allowed phrases).
 */
export function classifyText(
  text: string,
  model: CharterModel,
  skip?: (start: number, end: number) => boolean,
): ModelHit[] {
  const { probabilities, known } = scoreText(text, model, skip);
  const result: ModelHit[] = [];
  model.categories.forEach((category, k) => {
    const probability = probabilities[k];
    if (probability < model.thresholds[k]) return;
    const top = known
      .filter((f) => f.weights[k] > 0)
      .sort((a, b) => b.weights[k] - a.weights[k] || a.hit.start - b.hit.start)
      .slice(0, 2);
    if (top.length === 0) return;
    const [first] = top;
    result.push({
      category,
      probability,
      start: first.hit.start,
      end: first.hit.end,
      words: top.map((f) => text.slice(f.hit.start, f.hit.end)),
    });
  });
  return result;
}
