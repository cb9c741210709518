// The charter's text classifier: one logistic regression per category (one-vs-rest) over the features of
// classifier-features.ts, or a small neural network (one hidden layer shared by the categories, `HiddenLayer`), or
// the two averaged (`partner`: the shipped model), trained on the labelled charter corpora by tools/charter-model
// (see its README). It catches what the lexicons do not name: a post whose words, together, read like an insult, a
// political stance, a health claim... Its weights come in a `CharterModel` (the shipped one is
// charter-model.generated.ts).
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
  /**
   * Per feature key (`w:<stem>`, `b:<stem> <stem>`), one weight per category; with a hidden layer, one weight per
   * hidden unit.
   */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** The hidden layer, if any: the features feed its units, whose rectified sum the categories read. */
  readonly hidden?: HiddenLayer;
  /**
   * A second model trained on the same posts (the shipped one: the logistic regressions beside the hidden-layer
   * network), whose probabilities are averaged with this one's; its own thresholds are not used. Each alone reads
   * some clean sentences high that the other does not.
   */
  readonly partner?: CharterModel;
  /** The features include the words' character n-grams of this length (classifier-features.ts). */
  readonly charGrams?: number;
  /** The features include the segment's emoji (classifier-features.ts). */
  readonly emoji?: boolean;
}

/**
 * One layer of rectified units between the features and the categories: unit j is max(0, bias[j] + the sum of its
 * features' weights (integers / `scale`) × their value); category k's log-odds are the model's bias[k] + the sum of
 * output[k][j] × unit j. Lets the words of a segment weigh together ("les femmes" with "incapables", not with
 * "championnes"), which one weight per word cannot.
 */
export interface HiddenLayer {
  readonly bias: readonly number[];
  /** One row per category, one weight per unit. */
  readonly output: readonly (readonly number[])[];
}

/**
 * A model as it is shipped (charter-model.generated.ts): the feature keys joined by tabs (a key never holds one:
 * words are split on whitespace), and their weights, feature after feature in the categories' order, as
 * little-endian 16-bit integers in base64 (with a hidden layer: in its units' order, as 8-bit integers). A few lines
 * of data instead of one line per feature.
 */
export interface PackedCharterModel extends Omit<CharterModel, 'weights' | 'partner'> {
  readonly features: string;
  readonly weights: string;
  readonly partner?: PackedCharterModel;
}

/** The weights per feature, and the bytes each takes (8-bit with a hidden layer, else 16-bit). */
const rowShape = (m: Pick<CharterModel, 'categories' | 'hidden'>) =>
  m.hidden ? { n: m.hidden.bias.length, bytes: 1 } : { n: m.categories.length, bytes: 2 };

export function packCharterModel(model: CharterModel): PackedCharterModel {
  const { weights, partner, ...rest } = model;
  const keys = Object.keys(weights);
  const { n, bytes: size } = rowShape(model);
  const [lo, hi] = size === 1 ? [-128, 127] : [-32768, 32767];
  const bytes = new Uint8Array(keys.length * n * size);
  const view = new DataView(bytes.buffer);
  keys.forEach((key, f) => {
    if (key.includes('\t')) throw new Error(`a feature key holds a tab: ${JSON.stringify(key)}`);
    if (weights[key]!.length !== n) throw new Error(`${key} has ${weights[key]!.length} weights, not ${n}`);
    weights[key]!.forEach((w, k) => {
      if (!Number.isInteger(w) || w < lo || w > hi) throw new Error(`weight ${w} of ${key} is not an int${size * 8}`);
      if (size === 1) view.setInt8(f * n + k, w);
      else view.setInt16((f * n + k) * 2, w, true);
    });
  });
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const packed = { ...rest, features: keys.join('\t'), weights: btoa(binary) };
  return partner ? { ...packed, partner: packCharterModel(partner) } : packed;
}

export function unpackCharterModel(packed: PackedCharterModel): CharterModel {
  const { features, weights: data, partner, ...rest } = packed;
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const view = new DataView(bytes.buffer);
  const { n, bytes: size } = rowShape(packed);
  const int8 = new Int8Array(bytes.buffer);
  const weights: Record<string, number[]> = {};
  features.split('\t').forEach((key, f) => {
    const row = new Array<number>(n);
    if (size === 1) for (let k = 0; k < n; k++) row[k] = int8[f * n + k];
    else for (let k = 0; k < n; k++) row[k] = view.getInt16((f * n + k) * 2, true);
    weights[key] = row;
  });
  return partner ? { ...rest, weights, partner: unpackCharterModel(partner) } : { ...rest, weights };
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

/** A feature of the segment and its share of one category's log-odds. */
export interface FeatureShare {
  hit: FeatureHit;
  share: number;
}

/** What a model reads in a segment. */
export interface TextScores {
  /** The probability of each category (the model's order). */
  probabilities: number[];
  /** The known features with their shares of category k's log-odds (for the hint's words and span). */
  shares: (k: number) => FeatureShare[];
}

/** The probabilities of a segment's text, and the features that weighed in them. */
export function scoreText(
  text: string,
  model: CharterModel,
  skip?: (start: number, end: number) => boolean,
): TextScores {
  const { hits, words } = textFeatures(text, { skip, charGrams: model.charGrams, emoji: model.emoji });
  if (words < MIN_WORDS) return { probabilities: model.categories.map(() => 0), shares: () => [] };
  if (!model.partner) return scoreHits(hits, model);
  // The partner reads the same features (it was trained with the same options): each feature is looked up once.
  const { partner } = model;
  const rows = jointWeightsOf(model, partner);
  const ownKnown: KnownFeature[] = [];
  const otherKnown: KnownFeature[] = [];
  for (const hit of hits) {
    const row = rows.get(hit.key);
    if (row?.[0]) ownKnown.push({ hit, weights: row[0] });
    if (row?.[1]) otherKnown.push({ hit, weights: row[1] });
  }
  const own = scoreKnown(ownKnown, hits.length, model);
  const other = scoreKnown(otherKnown, hits.length, partner);
  return {
    probabilities: own.probabilities.map((p, k) => (p + other.probabilities[k]) / 2),
    shares: (k) => {
      const sum = new Map<FeatureHit, number>();
      for (const { hit, share } of [...own.shares(k), ...other.shares(k)]) sum.set(hit, (sum.get(hit) ?? 0) + share);
      return [...sum].map(([hit, share]) => ({ hit, share }));
    },
  };
}

type Row = readonly number[];
interface KnownFeature {
  hit: FeatureHit;
  weights: Row;
}

/** Each model's weights as a Map: a lookup per feature is cheaper there than in an object of 30,000 keys. */
const weightMaps = new WeakMap<CharterModel, ReadonlyMap<string, Row>>();
function weightsOf(model: CharterModel): ReadonlyMap<string, Row> {
  let map = weightMaps.get(model);
  if (!map) weightMaps.set(model, (map = new Map(Object.entries(model.weights))));
  return map;
}

/** A model's and its partner's weights by feature, in one Map (either may lack a feature). */
const jointMaps = new WeakMap<CharterModel, ReadonlyMap<string, readonly [Row | undefined, Row | undefined]>>();
function jointWeightsOf(model: CharterModel, partner: CharterModel) {
  let map = jointMaps.get(model);
  if (!map) {
    const joint = new Map<string, [Row | undefined, Row | undefined]>();
    for (const [key, row] of Object.entries(model.weights)) joint.set(key, [row, undefined]);
    for (const [key, row] of Object.entries(partner.weights)) {
      const both = joint.get(key);
      if (both) both[1] = row;
      else joint.set(key, [undefined, row]);
    }
    jointMaps.set(model, (map = joint));
  }
  return map;
}

function scoreHits(hits: readonly FeatureHit[], model: CharterModel): TextScores {
  const known: KnownFeature[] = [];
  const byKey = weightsOf(model);
  for (const hit of hits) {
    const weights = byKey.get(hit.key);
    if (weights) known.push({ hit, weights });
  }
  return scoreKnown(known, hits.length, model);
}

/** The scores from the features a model knows, of a segment with `count` features. */
function scoreKnown(known: readonly KnownFeature[], count: number, model: CharterModel): TextScores {
  const step = featureScale(count) / model.scale;
  if (model.hidden) return hiddenScores(model, model.hidden, known, step);
  const probabilities = model.categories.map((_, k) => {
    let z = 0;
    for (const { weights } of known) z += weights[k];
    return sigmoid(model.bias[k] + z * step);
  });
  return { probabilities, shares: (k) => known.map(({ hit, weights }) => ({ hit, share: weights[k] * step })) };
}

/**
 * Scores through the hidden layer. A feature's share of a category is its weights into the units that fire, through
 * their output weights.
 */
function hiddenScores(
  model: CharterModel,
  layer: HiddenLayer,
  known: readonly KnownFeature[],
  step: number,
): TextScores {
  const units = Float64Array.from(layer.bias);
  for (const { weights } of known) for (let j = 0; j < units.length; j++) units[j] += weights[j] * step;
  const probabilities = model.categories.map((_, k) => {
    let z = model.bias[k];
    for (let j = 0; j < units.length; j++) if (units[j] > 0) z += layer.output[k][j] * units[j];
    return sigmoid(z);
  });
  const shares = (k: number) =>
    known.map(({ hit, weights }) => {
      let share = 0;
      for (let j = 0; j < units.length; j++) if (units[j] > 0) share += layer.output[k][j] * weights[j] * step;
      return { hit, share };
    });
  return { probabilities, shares };
}

/**
 * Where category k weighed in a scored segment: the span of the feature that weighed most, and the excerpts of the
 * (at most two) that weighed most, for the hint; null when no feature weighed for it.
 */
export function strongestWords(
  text: string,
  scores: TextScores,
  k: number,
): Pick<ModelHit, 'start' | 'end' | 'words'> | null {
  const top = scores
    .shares(k)
    .filter((f) => f.share > 0)
    .sort((a, b) => b.share - a.share || a.hit.start - b.hit.start)
    .slice(0, 2);
  if (top.length === 0) return null;
  const [first] = top;
  return { start: first.hit.start, end: first.hit.end, words: top.map((f) => text.slice(f.hit.start, f.hit.end)) };
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
  const scores = scoreText(text, model, skip);
  return model.categories.flatMap((category, k) => {
    const probability = scores.probabilities[k];
    const where = probability < model.thresholds[k] ? null : strongestWords(text, scores, k);
    return where ? [{ category, probability, ...where }] : [];
  });
}
