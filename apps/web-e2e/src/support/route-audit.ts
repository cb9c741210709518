// What the route walk checks on each page: axe-core's serious and critical violations, horizontal overflow, and in
// French any visible text that is a raw code or an English-only catalogue value.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import {
  ACCOUNT_STATUS_VALUES,
  CONTRACT_TYPE_VALUES,
  CONVERSATION_STATUS_VALUES,
  HOLD_RELEASE_MODE_VALUES,
  IMPORT_MODE_VALUES,
  IMPORT_STATUS_VALUES,
  NOTIFICATION_EVENT_VALUES,
  POST_KIND_VALUES,
  POST_STATUS_VALUES,
  RATE_LIMIT_TIER_VALUES,
  REPLY_APPROVAL_VALUES,
  ROLES,
} from '@xp/shared';
import { MESSAGES } from '@xp/shared/messages';
import { PERMISSIONS } from '@xp/shared/permissions';

const ROOT = resolve(__dirname, '../../../..');

/**
 * Every path of the web app's route table (`path: '…'`, or a lazy page's `page('…', …)`), read from its source so
 * that a new route is not forgotten.
 */
export function declaredRoutePaths(): string[] {
  const source = readFileSync(resolve(ROOT, 'libs/web/feature-shell/src/lib/routes.ts'), 'utf8');
  return [...new Set([...source.matchAll(/(?:\bpath:\s*|\bpage\(\s*)'([^']*)'/g)].map((m) => m[1]!))];
}

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

function catalogue(lang: 'fr' | 'en'): Map<string, string> {
  const dir = resolve(ROOT, 'apps/web/src/i18n');
  const out = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f === `${lang}.json` || f.startsWith(`${lang}.`))) {
    for (const [k, v] of flatten(JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Tree)) out.set(k, v);
  }
  return out;
}

/** A catalogue text as a whole-text pattern (`{{ n }}` and `{n}` stand for anything), or null if too vague. */
function pattern(text: string): RegExp | null {
  const parts = text.split(/\{\{[^}]*\}\}|\{[a-zA-Z_]+\}/);
  if (parts.join('').replace(/[^\p{L}]/gu, '').length < 4) return null;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${parts.map(escape).join('.+')}$`);
}

/** What must never be read in the French UI: codes, catalogue keys, and English texts that French translates. */
export function frenchUiForbidden(): { codes: Set<string>; english: { text: string; re: RegExp }[] } {
  const fr = catalogue('fr');
  const en = catalogue('en');
  const codes = new Set<string>([
    ...ACCOUNT_STATUS_VALUES,
    ...CONTRACT_TYPE_VALUES,
    ...CONVERSATION_STATUS_VALUES,
    ...HOLD_RELEASE_MODE_VALUES,
    ...IMPORT_MODE_VALUES,
    ...IMPORT_STATUS_VALUES,
    ...NOTIFICATION_EVENT_VALUES,
    ...POST_KIND_VALUES,
    ...POST_STATUS_VALUES,
    ...RATE_LIMIT_TIER_VALUES,
    ...REPLY_APPROVAL_VALUES,
    ...ROLES,
    ...Object.keys(PERMISSIONS),
    ...Object.keys(MESSAGES),
    ...fr.keys(),
  ]);
  const english: { text: string; re: RegExp }[] = [];
  const add = (enText: string, frText: string | undefined) => {
    if (frText === undefined || enText.trim() === frText.trim()) return;
    const re = pattern(enText.trim());
    if (re) english.push({ text: enText, re });
  };
  for (const [key, text] of en) add(text, fr.get(key));
  for (const texts of Object.values(MESSAGES) as { fr: string; en: string }[]) add(texts.en, texts.fr);
  return { codes, english };
}

/** The texts a person reads or hears: visible text nodes, option labels, placeholders, aria-labels and titles. */
export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const pageLang = document.documentElement.lang;
    const shown = (el: Element | null): boolean => {
      if (!el) return false;
      // A part marked as another language (e.g. "English" in the language switch) is not the page's language.
      if ((el.closest('[lang]')?.getAttribute('lang') ?? pageLang) !== pageLang) return false;
      if (el.closest('[hidden], [aria-hidden="true"]')) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none' && el.getClientRects().length > 0;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      if (parent.tagName === 'OPTION' ? shown(parent.closest('select')) : shown(parent)) out.push(text);
    }
    for (const el of Array.from(document.body.querySelectorAll('[placeholder], [aria-label], [title]'))) {
      if (!shown(el) && !el.closest('select')) continue;
      for (const name of ['placeholder', 'aria-label', 'title']) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/** Serious or critical axe-core violations, one line each (rule, impact, the first elements). */
export async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('').trim()}`)
          .join(' | ')}`,
    );
}

/**
 * The page scrolls sideways on a screen `width` px wide. A phone browser zooms out to show content wider than the
 * screen (innerWidth grows with it), so the page's width is compared with the screen's too.
 */
export async function horizontalOverflow(page: Page, width: number): Promise<string | null> {
  const { scroll, viewport, widest } = await page.evaluate((vw) => {
    // The culprits: elements that pass the screen's right edge while their parent does not.
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      const parent = el.parentElement?.getBoundingClientRect();
      if (r.width > 0 && r.right > vw + 1 && (!parent || parent.right <= vw + 1) && culprits.length < 3) {
        const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).join('.');
        culprits.push(`${el.tagName.toLowerCase()}${cls ? '.' + cls : ''} (right ${Math.round(r.right)})`);
      }
    }
    const widest = culprits.join(', ');
    return { scroll: document.documentElement.scrollWidth, viewport: window.innerWidth, widest };
  }, width);
  return scroll > viewport || scroll > width || viewport > width
    ? `scrollWidth ${scroll}, innerWidth ${viewport}, screen ${width}: ${widest}`
    : null;
}
