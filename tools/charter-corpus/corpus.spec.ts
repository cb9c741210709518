// Validates the labelled charter corpus itself (its shape and its minimum sizes), not the detector's quality:
// that is measured by tools/bench/charter-corpus.ts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const CATEGORIES = ['insult', 'politics', 'religion', 'confidential', 'competitor', 'discrimination', 'health_legal'];
const LANGS = ['fr', 'en'];
const SHORT: Record<string, string> = {
  insult: 'ins',
  politics: 'pol',
  religion: 'rel',
  confidential: 'conf',
  competitor: 'comp',
  discrimination: 'disc',
  health_legal: 'hl',
};
const POST_KEYS = new Set(['id', 'lang', 'text', 'labels', 'brand', 'at', 'hardNegative']);

interface Post {
  id: string;
  lang: string;
  text: string;
  labels: string[];
  brand?: string;
  at?: string;
  hardNegative?: boolean;
}

const root = __dirname;
/** The main corpus and every sub-folder set (hold-outs, probes, training sets): each is read by the bench and the classifier. */
const SETS = [
  'posts',
  ...readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'posts.jsonl')))
    .map((d) => d.name)
    .sort(),
];

interface BrandsFile {
  brands: Record<
    string,
    { competitors: string[]; confidentialTerms: string[]; quietPeriods: { from: string; to: string }[] }
  >;
}

function readSet(name: string): { lines: string[]; brands: BrandsFile } {
  const dir = name === 'posts' ? root : join(root, name);
  return {
    lines: readFileSync(join(dir, 'posts.jsonl'), 'utf8').split('\n'),
    brands: JSON.parse(readFileSync(join(dir, 'brands.json'), 'utf8')) as BrandsFile,
  };
}

const parseLines = (lines: string[]): Post[] => lines.filter((l) => l.trim()).map((l) => JSON.parse(l) as Post);
const count = (posts: Post[], pred: (p: Post) => boolean) => posts.filter(pred).length;
const normalized = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

describe.each(SETS)('charter set %s (its posts.jsonl and brands.json)', (name) => {
  const { lines, brands } = readSet(name);
  const parse = () => parseLines(lines);

  it('has one JSON object per line, and no blank line but the final newline', () => {
    expect(lines[lines.length - 1]).toBe('');
    lines.slice(0, -1).forEach((line, i) => {
      expect({ line: i + 1, blank: line.trim() === '' }).toEqual({ line: i + 1, blank: false });
      expect(() => JSON.parse(line)).not.toThrow();
    });
  });

  it('gives every post a unique id, a language, a non-empty text and labels from the known set', () => {
    const posts = parse();
    const ids = posts.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of posts) {
      const bad = {
        id: p.id,
        unknownKeys: Object.keys(p).filter((k) => !POST_KEYS.has(k)),
        lang: LANGS.includes(p.lang),
        text: typeof p.text === 'string' && p.text.trim().length > 0,
        labels: Array.isArray(p.labels) && p.labels.every((l) => CATEGORIES.includes(l)),
        repeatedLabel: new Set(p.labels).size !== p.labels.length,
      };
      expect(bad).toEqual({ id: p.id, unknownKeys: [], lang: true, text: true, labels: true, repeatedLabel: false });
    }
  });

  it('names ids after their language and first label (fr-pol-001, en-hard-012…)', () => {
    for (const p of parse()) {
      const kind = p.labels.length ? SHORT[p.labels[0]] : p.hardNegative ? 'hard' : 'clean';
      expect(p.id).toMatch(new RegExp(`^${p.lang}-${kind}-\\d{3}$`));
    }
  });

  it('has no duplicate texts (ignoring case and spacing)', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const p of parse()) {
      const key = normalized(p.text);
      if (seen.has(key)) dupes.push(`${seen.get(key)} = ${p.id}`);
      else seen.set(key, p.id);
    }
    expect(dupes).toEqual([]);
  });

  it('refers only to brands of brands.json, with valid ISO times', () => {
    for (const p of parse()) {
      if (p.brand !== undefined)
        expect({ id: p.id, brand: p.brand in brands.brands }).toEqual({ id: p.id, brand: true });
      if (p.at !== undefined) {
        expect(p.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
        expect(Number.isNaN(Date.parse(p.at))).toBe(false);
      }
      if (p.hardNegative !== undefined)
        expect({ id: p.id, clean: p.labels.length === 0 }).toEqual({ id: p.id, clean: true });
    }
  });
});

describe('charter corpus (tools/charter-corpus/posts.jsonl): the sizes the issue asks for', () => {
  const { lines, brands } = readSet('posts');
  const parse = () => parseLines(lines);

  it('meets the minimum sizes: ≥ 25 posts per category and language, ≥ 40 per category, ≥ 400 posts', () => {
    const posts = parse();
    expect(posts.length).toBeGreaterThanOrEqual(400);
    for (const c of CATEGORIES) {
      expect({ c, all: count(posts, (p) => p.labels.includes(c)) >= 40 }).toEqual({ c, all: true });
      for (const lang of LANGS) {
        const n = count(posts, (p) => p.lang === lang && p.labels.includes(c));
        expect({ c, lang, enough: n >= 25 }).toEqual({ c, lang, enough: true });
      }
    }
  });

  it('has ≥ 150 clean posts, ≥ 60 of them hard negatives in each language', () => {
    const posts = parse();
    expect(count(posts, (p) => p.labels.length === 0)).toBeGreaterThanOrEqual(150);
    for (const lang of LANGS) {
      expect(count(posts, (p) => p.lang === lang && p.labels.length === 0)).toBeGreaterThanOrEqual(75);
      expect(count(posts, (p) => p.lang === lang && p.hardNegative === true)).toBeGreaterThanOrEqual(60);
    }
  });

  it('gives every competitor post a brand, and the brand config what those posts need', () => {
    const posts = parse();
    for (const p of posts.filter((x) => x.labels.includes('competitor'))) {
      expect({ id: p.id, brand: p.brand !== undefined }).toEqual({ id: p.id, brand: true });
    }
    for (const [name, b] of Object.entries(brands.brands)) {
      expect({ name, competitors: b.competitors.length > 0 }).toEqual({ name, competitors: true });
      expect({ name, terms: b.confidentialTerms.length > 0 }).toEqual({ name, terms: true });
      for (const q of b.quietPeriods) expect(Date.parse(q.from)).toBeLessThan(Date.parse(q.to));
    }
  });

  it('tests each quiet period both ways: labelled posts inside it and clean posts of the brand inside or after it', () => {
    const posts = parse();
    for (const [name, b] of Object.entries(brands.brands)) {
      for (const q of b.quietPeriods) {
        const inside = (p: Post) => p.at !== undefined && p.at >= q.from && p.at < q.to;
        const ofBrand = posts.filter((p) => p.brand === name && p.at !== undefined);
        expect(count(ofBrand, (p) => inside(p) && p.labels.includes('confidential'))).toBeGreaterThanOrEqual(2);
        expect(count(ofBrand, (p) => p.labels.length === 0)).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
