// Trains a stance model (libs/server/domain/src/charter/stance.ts): a logistic regression over the segments of the
// labelled sets that mention what the category is about, labelled with that category or not.
// - Discrimination (default): the segments that name a group of people (`people` hits), with the group's words left
//   out. Its threshold lets 1.75 % of the clean segments through out of fold (the sets split into six folds, each
//   scored by a model trained on the others), never below 0.5: 2 % flagged one of the charter unit tests' clean
//   look-alikes ("Disabled customers should use the ramp outside the main entrance."), 1.5 % lost recall on the
//   measure sets (tools/charter-model/README.md).
// - Politics (`--politics`): the segments that name a government, an institution, a law, a tax or a vote (`polity`
//   hits), those words kept (they are politics). Threshold: 0.75 % of the clean segments out of fold; 1 % flagged one
//   of the unit tests' look-alikes ("Le ministère de la Culture a classé notre atelier…").
// STANCE_CLEAN_BUDGET and STANCE_MIN_THRESHOLD try other values.
//
//   node tools/scripts/build-server.mjs && node dist/server/tools/charter-model/train-stance.js [--politics] \
//     [--held '<re>'] [--measure '<re>'] [--dry-run] && npx prettier --write libs/server/domain/src/charter/*.generated.ts
//
// --held: sets left out of training (default: the hold-outs written from 2026-12-05 on and train-j, kept as fresh
// measures); --measure: held sets whose recall and clean segments flagged are printed; --dry-run: do not write.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CharterModel,
  DISCRIMINATION_STANCE,
  MODEL_CATEGORIES,
  POLITICS_STANCE,
  mentionSpans,
  scoreText,
  stanceSkip,
  textFeatures,
} from '@xp/server/domain';
import { type CorpusPost, type LabelledSet, loadSets, repoRoot, segmentsOf } from './corpus';
import { DEFAULT_OPTIONS, type TrainingPost, train } from './logreg';
import { modelModule } from './model-module';
import { thresholdFor } from './thresholds';

type TopicSpan = ReturnType<typeof mentionSpans>[number];

const POLITICS = process.argv.includes('--politics');
/** The stance the check runs (its category, the hits it reads, whether their words are left out) and where it goes. */
const STANCE = POLITICS ? POLITICS_STANCE : DISCRIMINATION_STANCE;
const TARGET = POLITICS
  ? { file: 'charter-stance-politics-model.generated.ts', name: 'CHARTER_STANCE_POLITICS_MODEL_PACKED', budget: 0.0075 }
  : { file: 'charter-stance-model.generated.ts', name: 'CHARTER_STANCE_MODEL_PACKED', budget: 0.0175 };
const COLUMN = MODEL_CATEGORIES.indexOf(STANCE.category);

/** The trained model's column of the category alone (a stance model knows no other). */
function columnOnly(model: CharterModel, threshold = 0.5): CharterModel {
  const weights: Record<string, number[]> = {};
  for (const [key, w] of Object.entries(model.weights)) if (w[COLUMN] !== 0) weights[key] = [w[COLUMN]];
  return {
    ...model,
    categories: [STANCE.category],
    bias: [model.bias[COLUMN]],
    thresholds: [threshold],
    weights,
  };
}
const CLEAN_BUDGET = Number(process.env['STANCE_CLEAN_BUDGET'] ?? TARGET.budget);
const MIN_THRESHOLD = Number(process.env['STANCE_MIN_THRESHOLD'] ?? 0.5);
const FOLDS = 6;

interface Row {
  set: string;
  post: CorpusPost;
  text: string;
  /** What it mentions (the stance's hits): the words a discrimination model leaves out. */
  mentions: TopicSpan[];
  keys: string[];
}

/** What the model does not read: the mentions' words, for a stance that leaves them out. */
const skipOf = (mentions: readonly TopicSpan[]) => stanceSkip(STANCE.skipMentions ? mentions : []);

/** The segments of a set with the stance's hits, with the features the stance model reads in them. */
function rowsOf(set: LabelledSet): Row[] {
  return set.posts.flatMap((post) =>
    segmentsOf(post.text).flatMap(({ text }) => {
      const mentions = mentionSpans(text, STANCE.topic);
      if (mentions.length === 0) return [];
      const hits = textFeatures(text, { skip: skipOf(mentions), ignore: set.brandWords }).hits;
      return [{ set: set.name, post, text, mentions, keys: [...new Set(hits.map((h) => h.key))] }];
    }),
  );
}

const training = (rows: readonly Row[]): TrainingPost[] =>
  rows.map((r) => ({ post: r.post, ignore: new Set(), keys: r.keys }));
const isLabelled = (r: Row) => r.post.labels.includes(STANCE.category);
const isClean = (r: Row) => r.post.labels.length === 0;

/** The model's probability for a row (its features, as the check reads them). */
function probability(model: CharterModel, r: Row): number {
  return scoreText(r.text, model, skipOf(r.mentions)).probabilities[0];
}

function main(): void {
  const argv = process.argv.slice(2);
  const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const held = new RegExp(opt('--held') ?? '^(holdout-1[0-9]|train-j)$');
  const measure = new RegExp(opt('--measure') ?? '^(holdout-1[0-3]|train-j)$');
  const root = repoRoot();
  const sets = loadSets(root);
  const trainSets = sets.filter((s) => !held.test(s.name));
  const rows = new Map(sets.map((s) => [s.name, rowsOf(s)]));
  const trainRows = trainSets.flatMap((s) => rows.get(s.name) ?? []);

  // Out-of-fold scores of the clean training segments: each fold of sets scored by a model trained on the others.
  const cleanScores: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (r: Row) => trainSets.findIndex((s) => s.name === r.set) % FOLDS === fold;
    const model = columnOnly(train(training(trainRows.filter((r) => !inFold(r))), DEFAULT_OPTIONS));
    for (const r of trainRows.filter((x) => inFold(x) && isClean(x))) cleanScores.push(probability(model, r));
  }
  const threshold = thresholdFor(cleanScores, CLEAN_BUDGET, MIN_THRESHOLD);
  const model = columnOnly(train(training(trainRows), DEFAULT_OPTIONS), threshold);
  console.log(
    `${trainRows.length} segments with ${STANCE.topic} hits (${trainRows.filter(isLabelled).length} ${STANCE.category}, ` +
      `${trainRows.filter(isClean).length} clean) in ${trainSets.length} sets; ` +
      `${Object.keys(model.weights).length} features; threshold ${threshold}`,
  );
  for (const s of sets.filter((x) => held.test(x.name) && measure.test(x.name))) {
    const list = rows.get(s.name) ?? [];
    const hit = (r: Row) => probability(model, r) >= threshold;
    const labelled = list.filter(isLabelled);
    const clean = list.filter(isClean);
    console.log(
      `  ${s.name}: ${STANCE.category} ${labelled.filter(hit).length}/${labelled.length}, clean ${clean.filter(hit).length}/${clean.length}`,
    );
  }
  if (argv.includes('--dry-run')) return;
  const target = join(root, 'libs/server/domain/src/charter', TARGET.file);
  const module = modelModule(model, trainSets, { script: 'train-stance.ts', name: TARGET.name });
  writeFileSync(target, module);
  console.log(`→ ${target}`);
}

main();
