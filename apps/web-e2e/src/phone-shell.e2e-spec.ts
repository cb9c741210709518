// The signed-in frame on a phone (390 px), in real Chromium, in French and in English: a compact header that does
// not follow the page, the navigation behind a menu button (44 px targets), closed again once a page is chosen.
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { launchBrowser, newIsolatedContext, screenshot } from './support/browser';
import { startStack, type TestStack } from './support/stack';

type Lang = 'fr' | 'en';

/** Visible texts, written out (not read from the translation files) so that broken i18n fails the test. */
const TEXT = {
  fr: { menu: 'Menu', members: 'Membres', membersTitle: 'Membres' },
  en: { menu: 'Menu', members: 'Members', membersTitle: 'Members' },
} as const;

describe('the signed-in frame on a phone', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it.each<Lang>(['fr', 'en'])('a compact header with the navigation behind a menu button (%s)', async (lang) => {
    const base = stack.baseUrl;
    const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const side = await newIsolatedContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true });
    await side.context.addInitScript((l) => localStorage.setItem('xp.lang', l), lang);
    const page = side.page;
    const csrf = (await (await page.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
    const reg = await page.request.post(`${base}/api/auth/register`, {
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.csrfToken },
      data: JSON.stringify({
        email: `phone-${run}@example.com`,
        password: `Phone-Pass-${run}-!9x`,
        displayName: 'Pat Phone',
        workspaceName: `Kindy ${run}`,
        locale: lang,
      }),
    });
    expect(reg.status()).toBe(201);
    const ws = ((await reg.json()) as { workspaces: { id: string }[] }).workspaces[0]!.id;

    await page.goto(`${base}/w/${ws}`);
    const menu = page.getByRole('button', { name: TEXT[lang].menu });
    await menu.waitFor();
    // The header is one compact row, the navigation is folded away, and the frame fits the screen's width.
    const header = await page.locator('header.topbar').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(80);
    expect(await page.locator('#main-nav').isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    const widths = await page.evaluate(() => ({
      header: document.querySelector('header.topbar')!.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.header).toBeLessThanOrEqual(widths.viewport);
    const target = await menu.boundingBox();
    expect(target!.height).toBeGreaterThanOrEqual(44);

    await menu.click();
    await menu.and(page.locator('[aria-expanded="true"]')).waitFor(); // a loaded machine renders late
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const members = page.locator('#main-nav').getByRole('link', { name: TEXT[lang].members, exact: true });
    await members.waitFor();
    expect((await members.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await screenshot(page, `phone-menu-${lang}`);
    await members.click();
    await page.getByRole('heading', { level: 1, name: TEXT[lang].membersTitle }).waitFor();
    expect(await page.locator('#main-nav').isVisible()).toBe(false);
    expect(side.errors).toEqual([]);
    await side.context.close();
  });
});
