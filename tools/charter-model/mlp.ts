// Training of the charter classifier's hidden-layer form (`HiddenLayer` in classifier.ts): the features' weights into
// a layer of rectified units shared by the categories, then one logistic output per category; binary cross-entropy,
// mini-batches, Adam (lazy on the features' rows: only those a batch holds move), dropout on the units. Quantised
// into a `CharterModel` (the features' weights as 8-bit integers).
// Written by hand, as logreg.ts is: tens of thousands of sparse features feed the layer and a batch holds a few
// hundred of them; a dense update of the whole input matrix at every step (what a general network library does
// without sparse gradients) made a trial take over ten minutes per training, against about ten seconds here.
import { type CharterModel, MODEL_CATEGORIES } from '@xp/server/domain';
import { seededRandom } from '@xp/shared';
import { type TrainOptions, type TrainingPost, trainingRows } from './logreg';

const BATCH = 64;
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPS = 1e-8;

/** Adam's state for a block of parameters. */
class Adam {
  readonly m: Float32Array;
  readonly v: Float32Array;
  constructor(
    readonly w: Float32Array,
    private readonly rate: number,
  ) {
    this.m = new Float32Array(w.length);
    this.v = new Float32Array(w.length);
  }
  /** Moves w[from … from + n) along `grad` (n values), at step t (1-based). */
  step(grad: Float32Array, t: number, from = 0, n = this.w.length): void {
    const c1 = 1 - BETA1 ** t;
    const c2 = 1 - BETA2 ** t;
    for (let i = 0; i < n; i++) {
      const g = grad[i];
      const p = from + i;
      this.m[p] = BETA1 * this.m[p] + (1 - BETA1) * g;
      this.v[p] = BETA2 * this.v[p] + (1 - BETA2) * g * g;
      this.w[p] -= (this.rate * (this.m[p] / c1)) / (Math.sqrt(this.v[p] / c2) + EPS);
    }
  }
}

export function trainHidden(posts: readonly TrainingPost[], options: TrainOptions): CharterModel {
  const K = MODEL_CATEGORIES.length;
  const H = options.hidden;
  const { vocabulary, rows } = trainingRows(posts, options);
  const rnd = seededRandom(options.seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const inputs = new Adam(
    Float32Array.from({ length: vocabulary.length * H }, () => 0.05 * normal()),
    options.hiddenRate,
  );
  const unitBias = new Adam(new Float32Array(H), options.hiddenRate);
  const bound = 1 / Math.sqrt(H);
  const output = new Adam(
    Float32Array.from({ length: K * H }, () => (2 * rnd() - 1) * bound),
    options.hiddenRate,
  );
  const outBias = new Adam(
    Float32Array.from({ length: K }, () => (2 * rnd() - 1) * bound),
    options.hiddenRate,
  );
  const keep = 1 - options.dropout;
  const units = new Float32Array(H);
  const gUnits = new Float32Array(H);
  const gUnitBias = new Float32Array(H);
  const gOutput = new Float32Array(K * H);
  const gOutBias = new Float32Array(K);
  const gRows = new Map<number, Float32Array>();
  const order = rows.map((_, i) => i);
  let t = 0;
  for (let epoch = 0; epoch < options.hiddenEpochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (let start = 0; start < order.length; start += BATCH) {
      const batch = order.slice(start, start + BATCH);
      const mean = 1 / (batch.length * K);
      gUnitBias.fill(0);
      gOutput.fill(0);
      gOutBias.fill(0);
      gRows.clear();
      for (const r of batch) {
        const { ids, x, y } = rows[r];
        for (let j = 0; j < H; j++) {
          let a = unitBias.w[j];
          for (const f of ids) a += inputs.w[f * H + j] * x;
          units[j] = a > 0 && rnd() < keep ? a / keep : 0;
        }
        gUnits.fill(0);
        for (let k = 0; k < K; k++) {
          let z = outBias.w[k];
          for (let j = 0; j < H; j++) z += output.w[k * H + j] * units[j];
          const g = (1 / (1 + Math.exp(-z)) - y[k]) * mean;
          gOutBias[k] += g;
          for (let j = 0; j < H; j++) {
            gOutput[k * H + j] += g * units[j];
            gUnits[j] += g * output.w[k * H + j];
          }
        }
        for (let j = 0; j < H; j++) gUnits[j] = units[j] > 0 ? gUnits[j] / keep : 0;
        for (let j = 0; j < H; j++) gUnitBias[j] += gUnits[j];
        for (const f of ids) {
          let g = gRows.get(f);
          if (!g) gRows.set(f, (g = new Float32Array(H)));
          for (let j = 0; j < H; j++) g[j] += gUnits[j] * x;
        }
      }
      t++;
      unitBias.step(gUnitBias, t);
      output.step(gOutput, t);
      outBias.step(gOutBias, t);
      for (const [f, g] of gRows) inputs.step(g, t, f * H, H);
    }
  }
  // Keep the features whose weights into the layer are the largest; quantise them to 8 bits.
  const norms = vocabulary.map((key, f) => {
    let s = 0;
    for (let j = 0; j < H; j++) s += inputs.w[f * H + j] ** 2;
    return { key, f, s };
  });
  const kept = norms
    .sort((a, b) => b.s - a.s || (a.key < b.key ? -1 : 1))
    .slice(0, options.maxFeatures)
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  let largest = 0;
  for (const { f } of kept) for (let j = 0; j < H; j++) largest = Math.max(largest, Math.abs(inputs.w[f * H + j]));
  const scale = Math.round((127 / largest) * 1e4) / 1e4;
  const weights: Record<string, number[]> = {};
  for (const { key, f } of kept) {
    weights[key] = Array.from({ length: H }, (_, j) => Math.round(inputs.w[f * H + j] * scale));
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    categories: [...MODEL_CATEGORIES],
    bias: Array.from(outBias.w, round),
    thresholds: MODEL_CATEGORIES.map(() => 0.5),
    scale,
    weights,
    hidden: {
      bias: Array.from(unitBias.w, round),
      output: Array.from({ length: K }, (_, k) => Array.from(output.w.subarray(k * H, (k + 1) * H), round)),
    },
    ...(options.charGrams ? { charGrams: options.charGrams } : {}),
    ...(options.emoji ? { emoji: true } : {}),
  };
}
