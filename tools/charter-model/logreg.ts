// Training of the charter classifier: one L2-regularised logistic regression per category (one-vs-rest) over sparse
// binary features scaled to unit length (short texts as if 16 features long, `featureScale`), fitted by AdaGrad, then pruned and quantised into a `CharterModel`.
// Written by hand: the npm libraries for logistic regression (ml-logistic-regression over ml-matrix) work on dense
// matrices, and a few thousand posts × tens of thousands of n-grams do not fit in one; this is ~100 lines.
import { type CharterModel, MODEL_CATEGORIES, featureScale, textFeatures } from '@xp/server/domain';
import { type CorpusPost, segmentsOf } from './corpus';
import { seededRandom } from '@xp/shared';

export interface TrainingPost {
  post: CorpusPost;
  /** The words left out of its features (its brands' names). */
  ignore: ReadonlySet<string>;
  /** Its features, when they are not all of its text's (the stance model's: a segment without its groups of people). */
  keys?: readonly string[];
}

export interface TrainOptions {
  epochs: number;
  /** L2 penalty per update. */
  l2: number;
  learningRate: number;
  /** Weight of a positive example (1: none; the thresholds, not the weights, set the balance). */
  positiveWeight: number;
  /** A feature must occur in this many posts to be learned. */
  minCount: number;
  /** Features kept in the model: those whose largest |weight| over the categories is the highest. */
  maxFeatures: number;
  seed: number;
  /** Also character n-grams of this length (0: words only). */
  charGrams: number;
  /** Also the segments' emoji. */
  emoji: boolean;
  /** Units of the hidden layer (mlp.ts; 0: one logistic regression per category, this file). */
  hidden: number;
  /** The hidden-layer model's passes over the posts, its Adam step size and the share of units dropped in training. */
  hiddenEpochs: number;
  hiddenRate: number;
  dropout: number;
  /**
   * The thresholds' cross-validation (thresholds.ts): folds of sets (0: one fold per set, as for the logistic
   * regressions; the hidden-layer model takes longer to train).
   */
  folds: number;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  epochs: 30,
  l2: 3e-4,
  learningRate: 0.5,
  positiveWeight: 1,
  minCount: 2,
  maxFeatures: 30000,
  seed: 7,
  charGrams: 0,
  emoji: false,
  hidden: 32,
  hiddenEpochs: 8,
  hiddenRate: 0.003,
  dropout: 0.3,
  folds: 5,
  // Experiments: CHARTER_MODEL_OPTIONS='{"l2":0.001}' overrides some of them.
  ...(JSON.parse(process.env['CHARTER_MODEL_OPTIONS'] ?? '{}') as Partial<TrainOptions>),
};

const SCALE = 1000;

/** The features of a post: those of its segments (a thread is one post to the corpus), once each. */
export function postFeatures(
  text: string,
  ignore?: ReadonlySet<string>,
  { charGrams, emoji }: Partial<Pick<TrainOptions, 'charGrams' | 'emoji'>> = {},
): string[] {
  const keys = new Set<string>();
  for (const s of segmentsOf(text)) {
    for (const h of textFeatures(s.text, { ignore, charGrams, emoji }).hits) keys.add(h.key);
  }
  return [...keys];
}

/**
 * The features seen in at least `minCount` posts (the vocabulary), and each post as the indices of its features in
 * it, their value (`featureScale`) and its label per category (1 or 0).
 */
export function trainingRows(posts: readonly TrainingPost[], options: TrainOptions) {
  const docs = posts.map((p) => ({
    keys: p.keys ?? postFeatures(p.post.text, p.ignore, options),
    y: MODEL_CATEGORIES.map((c) => (p.post.labels.includes(c) ? 1 : 0)),
  }));
  const counts = new Map<string, number>();
  for (const d of docs) for (const k of d.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= options.minCount).map(([k]) => k);
  const index = new Map(vocabulary.map((k, i) => [k, i]));
  const rows = docs.map((d) => ({
    ids: d.keys.map((k) => index.get(k)).filter((i): i is number => i !== undefined),
    x: featureScale(d.keys.length),
    y: d.y,
  }));
  return { vocabulary, rows };
}

/** Trains the model; its thresholds are 0.5 until `withThresholds` sets them. */
export function train(posts: readonly TrainingPost[], options: TrainOptions = DEFAULT_OPTIONS): CharterModel {
  const K = MODEL_CATEGORIES.length;
  const { vocabulary, rows } = trainingRows(posts, options);
  const w = new Float64Array(vocabulary.length * K);
  const g2 = new Float64Array(vocabulary.length * K).fill(1e-8);
  const bias = new Float64Array(K);
  const b2 = new Float64Array(K).fill(1e-8);
  const rnd = seededRandom(options.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const r of order) {
      const { ids, x, y } = rows[r];
      for (let k = 0; k < K; k++) {
        let z = bias[k];
        for (const f of ids) z += w[f * K + k] * x;
        const p = 1 / (1 + Math.exp(-z));
        const g = (p - y[k]) * (y[k] === 1 ? options.positiveWeight : 1);
        b2[k] += g * g;
        bias[k] -= (options.learningRate * g) / Math.sqrt(b2[k]);
        for (const f of ids) {
          const at = f * K + k;
          const grad = g * x + options.l2 * w[at];
          g2[at] += grad * grad;
          w[at] -= (options.learningRate * grad) / Math.sqrt(g2[at]);
        }
      }
    }
  }
  const ranked = vocabulary
    .map((key, f) => ({ key, f, size: Math.max(...Array.from({ length: K }, (_, k) => Math.abs(w[f * K + k]))) }))
    .filter((v) => Math.round(v.size * SCALE) > 0)
    .sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : 1))
    .slice(0, options.maxFeatures)
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  const weights: Record<string, number[]> = {};
  for (const { key, f } of ranked) weights[key] = Array.from({ length: K }, (_, k) => Math.round(w[f * K + k] * SCALE));
  return {
    categories: [...MODEL_CATEGORIES],
    bias: Array.from(bias, (b) => Math.round(b * SCALE) / SCALE),
    thresholds: MODEL_CATEGORIES.map(() => 0.5),
    scale: SCALE,
    weights,
    ...(options.charGrams ? { charGrams: options.charGrams } : {}),
    ...(options.emoji ? { emoji: true } : {}),
  };
}
