// Leave-one-set-out evaluation of the charter classifier: for each hold-out k from holdout-3 on, the
// classifier is trained (and its thresholds chosen) without k, then the rules alone and the rules OR the classifier
// are measured on k: recall at block per category and language, and clean posts flagged.
//
//   node tools/scripts/build-server.mjs && node dist/server/tools/charter-model/evaluate.js [--strict] [--misses] \
//     [--exclude <prefix>] [--held <regexp>]
//
// --held measures the sets whose name matches instead of the hold-outs (e.g. '^train-': the rules were never tuned on
// them).
// --exclude leaves the sets whose name starts with the prefix out of every training (e.g. `train-`, to see what
// those sets add).
// --strict also leaves out the hold-outs written after k (train only on what existed when k was written).
// --once trains one model without every held set (instead of one per held set): faster, for comparing variants.
// --missed <category> prints the posts of that category missed at block.
// --save <file> writes that model as JSON; --load <file> measures a saved one instead of training (variants of the
// check itself, on the same model).
// Without it, every other set is used. Either way the rules were already tuned on holdout-3 … holdout-6 (each was
// read after its first measure): the rules' figures on those are not fresh, the classifier's gain over them is.
import { readFileSync, writeFileSync } from 'node:fs';
import { type CharterModel, checkCharter } from '@xp/server/domain';
import { type CorpusPost, type LabelledSet, inputOf, loadSets, outcome } from './corpus';
import { trainWithThresholds } from './thresholds';

const CATEGORIES = ['insult', 'politics', 'religion', 'confidential', 'competitor', 'discrimination', 'health_legal'];
const LANGS = ['fr', 'en'] as const;

interface Result {
  post: CorpusPost;
  rules: { block: Set<string>; any: Set<string> };
  combined: { block: Set<string>; any: Set<string> };
  model: string[];
}

function measure(set: LabelledSet, model: CharterModel): Result[] {
  return set.posts.map((post) => {
    const findings = checkCharter(inputOf(post), set.charterOf(post.brand), { model });
    const rules = outcome(findings.filter((f) => f.rule !== 'category_model'));
    return {
      post,
      rules,
      combined: outcome(findings),
      model: findings.filter((f) => f.rule === 'category_model').map((f) => `${f.category}:${f.term}`),
    };
  });
}

const argValue = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};

const thresholdsOf = (model: CharterModel) =>
  model.categories.map((c, k) => `${c} ${model.thresholds[k].toFixed(3)}`).join(', ');

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}`);

function main(): void {
  const strict = process.argv.includes('--strict');
  const misses = process.argv.includes('--misses');
  const exclude = argValue('--exclude');
  const sets = loadSets();
  const heldArg = argValue('--held');
  const heldPattern = heldArg ? new RegExp(heldArg) : null;
  const HELD = sets
    .map((s) => s.name)
    .filter((name) => (heldPattern ? heldPattern.test(name) : Number(/^holdout-(\d+)$/.exec(name)?.[1] ?? 0) >= 3));
  const rows: string[] = [];
  const header = [
    'category',
    'lang',
    ...HELD.map((h) => `${h.replace('holdout-', 'h').replace('train-', 't')} rules → comb.`),
    'all rules → comb.',
  ];
  const results = new Map<string, Result[]>();
  const thresholds: string[] = [];
  const once = process.argv.includes('--once');
  const savePath = argValue('--save');
  const loadPath = argValue('--load');
  let shared: CharterModel | undefined;
  if (loadPath) shared = JSON.parse(readFileSync(loadPath, 'utf8')) as CharterModel;
  else if (once) {
    shared = trainWithThresholds(
      sets.filter((s) => !HELD.includes(s.name) && !(exclude && s.name.startsWith(exclude))),
    );
    if (savePath) writeFileSync(savePath, JSON.stringify(shared));
  }
  if (shared) thresholds.push(`one model: thresholds ${thresholdsOf(shared)}`);
  for (const held of HELD) {
    if (shared) {
      results.set(held, measure(sets.find((s) => s.name === held) as LabelledSet, shared));
      continue;
    }
    const n = Number(held.split('-')[1]);
    const training = sets.filter((s) => {
      if (s.name === held || (exclude && s.name.startsWith(exclude))) return false;
      const m = /^holdout-(\d+)$/.exec(s.name);
      return !(strict && m && Number(m[1]) > n);
    });
    const started = Date.now();
    const model = trainWithThresholds(training);
    thresholds.push(
      `${held}: trained on ${training.map((s) => s.name).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `${Object.keys(model.weights).length} features; thresholds ${thresholdsOf(model)}`,
    );
    results.set(held, measure(sets.find((s) => s.name === held) as LabelledSet, model));
  }
  const cell = (list: Result[], c: string, lang: string) => {
    const labelled = list.filter((r) => r.post.labels.includes(c) && (lang === 'all' || r.post.lang === lang));
    const a = labelled.filter((r) => r.rules.block.has(c)).length;
    const b = labelled.filter((r) => r.combined.block.has(c)).length;
    return `${pct(a, labelled.length)} → ${pct(b, labelled.length)} (${labelled.length})`;
  };
  const everything = [...results.values()].flat();
  for (const c of CATEGORIES) {
    for (const lang of [...LANGS, 'all']) {
      rows.push(
        `| ${c} | ${lang} | ${[...HELD.map((h) => cell(results.get(h) ?? [], c, lang)), cell(everything, c, lang)].join(' | ')} |`,
      );
    }
  }
  const clean = (list: Result[], lang: string, level: 'block' | 'any') => {
    const posts = list.filter((r) => r.post.labels.length === 0 && (lang === 'all' || r.post.lang === lang));
    const a = posts.filter((r) => r.rules[level].size > 0).length;
    const b = posts.filter((r) => r.combined[level].size > 0).length;
    return `${a} → ${b} of ${posts.length}`;
  };
  for (const level of ['any', 'block'] as const) {
    for (const lang of [...LANGS, 'all']) {
      rows.push(
        `| clean flagged (${level === 'any' ? 'warn or block' : 'block'}) | ${lang} | ${[...HELD.map((h) => clean(results.get(h) ?? [], lang, level)), clean(everything, lang, level)].join(' | ')} |`,
      );
    }
  }
  console.log(`leave-one-set-out${strict ? ' (strict: hold-outs written after k left out too)' : ''}`);
  thresholds.forEach((t) => console.log(`  ${t}`));
  console.log('\nrecall at block, % (rules alone → rules OR classifier), (posts)\n');
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`);
  rows.forEach((r) => console.log(r));
  if (misses) {
    console.log('\nclean posts the classifier flagged:');
    for (const r of everything.filter((x) => x.post.labels.length === 0 && x.model.length > 0)) {
      console.log(`  ${r.post.id} → ${r.model.join(',')}: ${r.post.text.slice(0, 140)}`);
    }
  }
  const missed = argValue('--missed');
  if (missed) {
    console.log(`\n${missed} posts missed at block (rules OR classifier):`);
    for (const [held, list] of results) {
      for (const r of list.filter((x) => x.post.labels.includes(missed) && !x.combined.block.has(missed))) {
        console.log(`  ${held} ${r.post.id}: ${r.post.text.slice(0, 200)}`);
      }
    }
  }
}

main();
