// A viewer never gets the composer, in real Chromium, in French and in English: /compose (or a post's edit page)
// typed or followed from a link lands on the workspace's calendar, which says the role is read-only; neither the
// navigation nor the calendar offers a way to the composer (the owner's do).
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, newIsolatedContext } from './support/browser';
import { startStack, type TestStack } from './support/stack';
import { api } from './support/api';

type Lang = 'fr' | 'en';

/** Visible texts, written out (not read from the translation files) so that broken i18n fails the test. */
const TEXT = {
  fr: { readOnly: 'Rôle Lecteur : lecture seule.', composer: 'Nouveau post', navCompose: 'Rédiger' },
  en: { readOnly: 'Viewer role: read only.', composer: 'New post', navCompose: 'Compose' },
} as const;

async function withLanguage(context: BrowserContext, lang: Lang): Promise<void> {
  await context.addInitScript((l) => localStorage.setItem('xp.lang', l), lang);
}

describe('the compose route and a viewer', () => {
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

  it.each<Lang>(['fr', 'en'])('a viewer sent to the composer lands on the calendar, read-only (%s)', async (lang) => {
    const base = stack.baseUrl;
    const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const ownerSide = await newIsolatedContext(browser);
    const me = await api<{ workspaces: { id: string }[] }>(ownerSide.page.request, base, 'POST', '/api/auth/register', {
      email: `owner-${run}@example.com`,
      password: `Owner-Pass-${run}-!9x`,
      displayName: 'Camille Owner',
      workspaceName: `Kindy ${run}`,
      locale: lang,
    });
    const ws = me.workspaces[0]!.id;

    const viewerSide = await newIsolatedContext(browser);
    await withLanguage(viewerSide.context, lang);
    const viewer = viewerSide.page;
    await api(viewer.request, base, 'POST', '/api/auth/register', {
      email: `viewer-${run}@example.com`,
      password: `Viewer-Pass-${run}-!9x`,
      displayName: 'Vic Viewer',
      locale: lang,
    });
    const inv = await api<{ link: string }>(ownerSide.page.request, base, 'POST', `/api/workspaces/${ws}/invitations`, {
      email: `viewer-${run}@example.com`,
      role: 'viewer',
    });
    await api(
      viewer.request,
      base,
      'POST',
      `/api/invitations/${new URL(inv.link).pathname.split('/').pop()}/accept`,
      {},
    );

    for (const path of [`/w/${ws}/compose`, `/w/${ws}/posts/00000000-0000-4000-8000-000000000000/edit`]) {
      await viewer.goto(`${base}${path}`);
      await viewer.waitForURL(`${base}/w/${ws}`);
      await viewer.getByText(TEXT[lang].readOnly).first().waitFor();
      expect(await viewer.getByRole('heading', { name: TEXT[lang].composer }).count()).toBe(0);
      expect(await viewer.locator('xp-composer-page, [data-testid="composer"]').count()).toBe(0);
    }
    // Nor a way there: no "compose" in the navigation, no "+ New post" on the calendar (the owner has both).
    const composeLinks = (page: typeof viewer) => page.locator(`a[href$="/w/${ws}/compose"]`);
    await withLanguage(ownerSide.context, lang);
    await ownerSide.page.goto(`${base}/w/${ws}`);
    await ownerSide.page.getByRole('navigation').getByRole('link', { name: TEXT[lang].navCompose }).waitFor();
    await ownerSide.page.getByRole('link', { name: `+ ${TEXT[lang].composer}` }).waitFor();
    expect(await composeLinks(ownerSide.page).count()).toBe(2);
    await viewer.getByRole('navigation').getByRole('link').first().waitFor();
    expect(await viewer.getByRole('link', { name: TEXT[lang].navCompose }).count()).toBe(0);
    expect(await viewer.getByRole('link', { name: `+ ${TEXT[lang].composer}` }).count()).toBe(0);
    expect(await composeLinks(viewer).count()).toBe(0);
    expect(viewerSide.errors).toEqual([]);
    await viewerSide.context.close();
    await ownerSide.context.close();
  });
});
