// The labelled charter sets (tools/charter-corpus: posts.jsonl, holdout*, probe-*) as the training and evaluation
// scripts of the classifier read them, and each post's charter (its brand's settings, as the corpus bench maps them).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type Charter,
  type CharterInput,
  type Finding,
  checkCharter,
  defaultCharter,
  mergeCharter,
  normalizeText,
  termWords,
} from '@xp/server/domain';

export type Lang = 'fr' | 'en';
export type Severity = 'warn' | 'block';

export interface CorpusPost {
  id: string;
  lang: Lang;
  text: string;
  /** Corpus names: `competitor` (the charter says `competitors`). */
  labels: string[];
  brand?: string;
  at?: string;
  hardNegative?: boolean;
}

export interface BrandSettings {
  competitors?: string[];
  confidentialTerms?: string[];
  quietPeriods?: { from: string; to: string; label?: string }[];
  religiousGreetings?: 'allow' | 'warn' | 'block';
  severities?: Record<string, Severity>;
}

export interface BrandsFile {
  brands: Record<string, BrandSettings>;
  default?: BrandSettings;
}

export interface LabelledSet {
  /** The folder's name: `posts` for the main corpus, else `holdout-3`, `probe-1`... */
  name: string;
  posts: CorpusPost[];
  charterOf: (brand?: string) => Charter;
  /** The normalized words of the brands' competitors and code names (left out of the classifier's features). */
  brandWords: Set<string>;
}

export const DEFAULT_AT = new Date('2026-03-16T10:00:00Z');

/** The repository root, from the working directory or from dist/server/tools/charter-model. */
export function repoRoot(): string {
  const root = [process.cwd(), resolve(__dirname, '../../../..')].find((d) =>
    existsSync(join(d, 'tools/charter-corpus/posts.jsonl')),
  );
  if (!root) throw new Error('run from the repository root');
  return root;
}

/**
 * A brand's settings as charter overrides for `mergeCharter`, and the settings this charter cannot express (the
 * corpus bench prints them: extend this function when the detector grows sections for them).
 */
export function brandOverrides(s: BrandSettings): { overrides: Partial<Charter>; unsupported: string[] } {
  const base = defaultCharter();
  const unsupported: string[] = [];
  const levels = { ...base.categories.levels };
  for (const [category, severity] of Object.entries(s.severities ?? {})) {
    const name = category === 'competitor' ? 'competitors' : category;
    if (name in levels) levels[name as keyof typeof levels] = severity;
    else unsupported.push(`severity of ${category}`);
  }
  const overrides: Partial<Charter> = {
    categories: {
      ...base.categories,
      levels,
      competitors: s.competitors ?? [],
      greetings: s.religiousGreetings ?? base.categories.greetings,
      quietPeriods: (s.quietPeriods ?? []).map((p) => ({ start: p.from, end: p.to, label: p.label })),
    },
  };
  if (s.confidentialTerms?.length) {
    overrides.confidential = { terms: s.confidentialTerms, severity: s.severities?.['confidential'] ?? 'block' };
  }
  return { overrides, unsupported };
}

const brandCharter = (s: BrandSettings): Charter => mergeCharter(brandOverrides(s).overrides);

/** A folder's posts.jsonl and brands.json. */
export function readCorpus(dir: string): { posts: CorpusPost[]; brands: BrandsFile } {
  const posts = readFileSync(join(dir, 'posts.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusPost);
  const brands = JSON.parse(readFileSync(join(dir, 'brands.json'), 'utf8')) as BrandsFile;
  return { posts, brands };
}

function loadSet(dir: string, name: string): LabelledSet {
  const { posts, brands } = readCorpus(dir);
  const charters = new Map<string, Charter>();
  const charterOf = (brand?: string) => {
    const key = brand ?? '';
    let charter = charters.get(key);
    if (!charter) {
      charter = brandCharter((brand ? brands.brands[brand] : brands.default) ?? {});
      charters.set(key, charter);
    }
    return charter;
  };
  const brandWords = new Set<string>();
  for (const b of Object.values(brands.brands)) {
    for (const term of [...(b.competitors ?? []), ...(b.confidentialTerms ?? [])]) {
      for (const w of termWords(term)) brandWords.add(normalizeText(w));
    }
  }
  return { name, posts, charterOf, brandWords };
}

/** Every labelled set: the main corpus, then the sub-folders in name order. */
export function loadSets(root = repoRoot()): LabelledSet[] {
  const base = join(root, 'tools/charter-corpus');
  const dirs = readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'posts.jsonl')))
    .map((d) => d.name)
    .sort();
  return [loadSet(base, 'posts'), ...dirs.map((d) => loadSet(join(base, d), d))];
}

/** Thread-like posts ("1/3 … 2/3 …", "1/ … 2/ …") are checked as one segment per part, as they would be posted. */
export function segmentsOf(text: string): { text: string }[] {
  return text
    .split(/\s+(?=\d{1,2}\/\d{0,2}\s)/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ text: t }));
}

/** Posts without `at` are checked as if scheduled on DEFAULT_AT (outside every quiet period of brands.json). */
export function inputOf(post: CorpusPost): CharterInput {
  return {
    postId: post.id,
    accountId: `acc-${post.brand ?? 'default'}`,
    kind: 'standard',
    segments: segmentsOf(post.text),
    tags: [],
    scheduledAt: post.at ? new Date(post.at) : DEFAULT_AT,
  };
}

/** The corpus category of a content finding (charter `competitors` → `competitor`), or null. */
export function findingCategory(f: Finding): string | null {
  if (f.category) return f.category === 'competitors' ? 'competitor' : f.category;
  return f.rule === 'confidential_term' || f.rule === 'quiet_period' ? 'confidential' : null;
}

/** The categories a post's findings block, and those they flag (warn or block). */
export function outcome(findings: readonly Finding[]): { block: Set<string>; any: Set<string> } {
  const block = new Set<string>();
  const any = new Set<string>();
  for (const f of findings) {
    const c = findingCategory(f);
    if (!c) continue;
    any.add(c);
    if (f.severity === 'block') block.add(c);
  }
  return { block, any };
}

/** The rules alone: the check's findings without the shipped classifier's (`category_model`). */
export function rulesOutcome(post: CorpusPost, set: LabelledSet): { block: Set<string>; any: Set<string> } {
  return outcome(checkCharter(inputOf(post), set.charterOf(post.brand)).filter((f) => f.rule !== 'category_model'));
}
