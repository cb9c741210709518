import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MESSAGES, POST_STATUS_VALUES, isMessageCode } from '@xp/shared';

// The message catalogue (libs/shared/src/messages) is the one place for the product's messages: these checks fail
// when the web's own translations drift between languages or when the server can answer a code it does not word.

const ROOT = join(__dirname, '..', '..');

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}
/** The web app's own words of a language: `<lang>.json` and `<lang>.posts.json`, as the loader merges them. */
const webTranslations = (lang: 'fr' | 'en') =>
  new Map(
    [`${lang}.json`, `${lang}.posts.json`].flatMap((file) => [
      ...flatten(JSON.parse(readFileSync(join(ROOT, 'apps/web/src/i18n', file), 'utf8')) as Tree),
    ]),
  );
const params = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' || name === 'node_modules' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.(spec|integration-spec|e2e-spec)\.ts$/.test(name) ? [path] : [];
  });
}

/** Codes the server may put in an error body or a row report, found by reading its sources. */
function serverCodes(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns: [RegExp, (code: string) => string][] = [
    [/new DomainError\(\s*'[a-z_]+',\s*'([A-Z][A-Z0-9_]+)'/g, (c) => c],
    [/catalogueError\(\s*'[a-z_]+',\s*'([A-Z][A-Z0-9_]+)'/g, (c) => c],
    [/\bcode:\s*'([A-Z][A-Z0-9_]+)'/g, (c) => c],
    [/\bnotFound\('([^']+)'\)/g, (what) => `${what.toUpperCase().replace(/\W+/g, '_')}_NOT_FOUND`],
    [/^\s*\d{3}: '([A-Z][A-Z0-9_]+)',$/gm, (c) => c], // the error filter's code per HTTP status
    [/\berr\(\s*'\w+',\s*'([A-Z][A-Z0-9_]+)'/g, (c) => `IMPORT_ROW_${c}`], // bulk-import row errors
  ];
  for (const file of [...sources(join(ROOT, 'libs/server')), ...sources(join(ROOT, 'apps/api/src'))]) {
    const text = readFileSync(file, 'utf8');
    for (const [re, toCode] of patterns) {
      for (const m of text.matchAll(re)) found.set(toCode(m[1]!), relative(ROOT, file));
    }
  }
  // csurf's own code, never answered as such: the error filter turns it into CSRF_INVALID.
  found.delete('EBADCSRFTOKEN');
  return found;
}

describe('translations and the message catalogue', () => {
  it('the web app has the same keys, with the same {{parameters}}, in French and English', () => {
    const fr = webTranslations('fr');
    const en = webTranslations('en');
    expect([...fr.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !fr.has(k))).toEqual([]);
    const differ = [...fr].filter(([k, v]) => params(v).join() !== params(en.get(k) ?? '').join()).map(([k]) => k);
    expect(differ).toEqual([]);
    expect(fr.size).toBeGreaterThan(300);
  });

  it('the web app does not redefine what the catalogue provides (msg.*, status.*)', () => {
    const keys = [...webTranslations('fr').keys(), ...webTranslations('en').keys()];
    expect(keys.filter((k) => k.startsWith('msg.') || k.startsWith('status.'))).toEqual([]);
    // The loader derives status.<status> from these.
    expect(POST_STATUS_VALUES.filter((s) => !isMessageCode(`POST_STATUS_${s.toUpperCase()}`))).toEqual([]);
  });

  it('every code the server can answer has a catalogue entry', () => {
    const codes = serverCodes();
    // The scan itself must see the known shapes (a broken pattern would make this test pass vacuously).
    for (const known of [
      'POST_NOT_FOUND',
      'VALIDATION_FAILED',
      'CSRF_INVALID',
      'TOO_MANY_REQUESTS',
      'IMPORT_ROW_BAD_DATE',
    ]) {
      expect(codes.has(known)).toBe(true);
    }
    const missing = [...codes].filter(([code]) => !isMessageCode(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
    expect(Object.keys(MESSAGES).length).toBeGreaterThanOrEqual(codes.size);
  });
});
