// "My work" in real Chromium, in French and in English: an editor saves an undated draft in the composer and finds
// it in "my work" (drafts and undated tabs, keyboard between tabs); searches every post without accents; selects
// two posts, tags them and reschedules them in bulk, and undoes each action. Screenshots: desktop and a 390 px phone
// (no horizontal scroll, 44 px targets).
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newIsolatedContext, screenshot } from './support/browser';
import type { TestStack } from './support/stack';
import { api } from './support/api';
import { connectSandboxAccount, startStackWithSandbox } from './support/workspace';

type Lang = 'fr' | 'en';

/** Visible texts, written out (not read from the translation files) so that broken i18n fails the test. */
const TEXT = {
  fr: {
    composeTitle: 'Nouveau post',
    segment: 'Post 1 sur 1',
    saveDraft: 'Enregistrer le brouillon',
    nav: 'Mon travail',
    title: 'Mon travail',
    drafts: 'Brouillons',
    undated: 'Sans date',
    waiting: 'À valider par moi',
    search: 'Rechercher dans toutes les publications',
    results: 'Résultats pour « soldes ete »',
    select: (text: string) => `Sélectionner « ${text} »`,
    tagField: 'Étiquette à ajouter',
    addTag: 'Ajouter l’étiquette',
    tagged: 'Étiquette ajoutée à 2 publication(s).',
    undo: 'Défaire',
    undone: 'Action défaite : 2 publication(s) rétablie(s).',
    amount: 'Décalage',
    reschedule: 'Reprogrammer',
    rescheduled: '2 publication(s) reprogrammée(s).',
    selected: '2 sélectionnée(s)',
    refused: 'Action refusée sur cette publication : voir le message plus haut. Rien n’a été modifié.',
    undatedShift: 'Post 1 sur 2 : Ce post n’a pas de date : donnez-lui une date au lieu de le décaler.',
  },
  en: {
    composeTitle: 'New post',
    segment: 'Post 1 of 1',
    saveDraft: 'Save as draft',
    nav: 'My work',
    title: 'My work',
    drafts: 'Drafts',
    undated: 'Undated',
    waiting: 'Waiting on me',
    search: 'Search all posts',
    results: 'Results for “soldes ete”',
    select: (text: string) => `Select “${text}”`,
    tagField: 'Tag to add',
    addTag: 'Add the tag',
    tagged: 'Tag added to 2 post(s).',
    undo: 'Undo',
    undone: 'Undone: 2 post(s) restored.',
    amount: 'Shift',
    reschedule: 'Reschedule',
    rescheduled: '2 post(s) rescheduled.',
    selected: '2 selected',
    refused: 'The action was refused on this post: see the message above. Nothing was changed.',
    undatedShift: 'Post 1 of 2: This post has no date: set a date instead of shifting it',
  },
} as const;

interface Post {
  id: string;
  tags: string[];
  scheduledAt: string | null;
}

async function withLanguage(context: BrowserContext, lang: Lang): Promise<void> {
  await context.addInitScript((l) => localStorage.setItem('xp.lang', l), lang);
}

const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d+Z$/, '.000Z');

describe('my work in the browser', () => {
  let sandbox: Awaited<ReturnType<typeof startStackWithSandbox>>['sandbox'];
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    ({ sandbox, stack } = await startStackWithSandbox('xp-e2e-my-work'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sandbox?.close();
  });

  it.each<Lang>(['fr', 'en'])(
    'an editor finds an undated draft in my work, searches, tags and reschedules two posts in bulk and undoes (%s)',
    async (lang) => {
      const t = TEXT[lang];
      const base = stack.baseUrl;
      const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

      // --- An owner with @Kindy; an editor joins through an invitation. ---
      const ownerSide = await newIsolatedContext(browser);
      const owner = ownerSide.page;
      const me = await api<{ workspaces: { id: string }[] }>(owner.request, base, 'POST', '/api/auth/register', {
        email: `owner-${run}@example.com`,
        password: `Owner-Pass-${run}-!9x`,
        displayName: 'Camille Owner',
        workspaceName: `Travail ${run}`,
        locale: lang,
      });
      const ws = me.workspaces[0]!.id;
      const brand = await api<{ id: string }>(owner.request, base, 'POST', `/api/workspaces/${ws}/brands`, {
        name: 'Kindy',
      });
      const kindy = (await connectSandboxAccount(owner, base, ws, brand.id, 'Kindy')).id;
      const inv = await api<{ link: string }>(owner.request, base, 'POST', `/api/workspaces/${ws}/invitations`, {
        email: `editor-${run}@example.com`,
        role: 'editor',
      });
      const editorSide = await newIsolatedContext(browser, { viewport: { width: 1280, height: 1000 } });
      await withLanguage(editorSide.context, lang);
      const editor: Page = editorSide.page;
      await api(
        editor.request,
        base,
        'POST',
        `/api/invitations/${new URL(inv.link).pathname.split('/').pop()}/accept`,
        {
          displayName: 'Dominique Editor',
          password: `Editor-Pass-${run}-!9x`,
        },
      );
      // Two dated drafts of the editor (the search and the bulk actions), and the owner's post (not the editor's).
      const saleA = `Soldes d’été ${run} A`;
      const saleB = `Soldes d’été ${run} B`;
      const post = (page: Page, text: string, scheduledAt: string | null) =>
        api<Post>(page.request, base, 'POST', `/api/workspaces/${ws}/posts`, {
          accountId: kindy,
          segments: [{ text }],
          scheduledAt,
        });
      const a = await post(editor, saleA, later(2));
      const b = await post(editor, saleB, later(3));
      await post(owner, `Rentrée ${run}`, later(4));

      // --- The editor saves an undated draft in the composer. ---
      await editor.goto(`${base}/w/${ws}/compose`);
      await editor.getByRole('heading', { level: 1, name: t.composeTitle }).waitFor();
      const idea = `Idée ${run} : portes ouvertes`;
      await editor.getByLabel(t.segment).fill(idea);
      expect(await editor.getByLabel(/^@Kindy — /).inputValue()).toBe('');
      await editor.getByRole('button', { name: t.saveDraft }).click();
      await editor.waitForURL(new RegExp(`/w/${ws}/posts/[0-9a-f-]+`));
      const ideaId = new URL(editor.url()).pathname.split('/')[4]!;

      // --- My work: the undated draft is in the drafts tab and in the undated tab; arrow keys move between tabs. ---
      await editor.getByRole('navigation').getByRole('link', { name: t.nav, exact: true }).first().click();
      await editor.waitForURL(`${base}/w/${ws}/my-work`);
      await editor.getByRole('heading', { level: 1, name: t.title }).waitFor();
      const panel = editor.locator('#my-work-panel');
      await panel.getByRole('link', { name: idea }).waitFor();
      expect(await panel.getByRole('link', { name: `Rentrée ${run}` }).count()).toBe(0);
      await editor.getByRole('tab', { name: t.drafts }).focus();
      await editor.keyboard.press('ArrowRight');
      await editor.getByRole('tab', { name: t.undated, selected: true }).waitFor(); // a loaded machine renders late
      expect(await editor.getByRole('tab', { name: t.undated }).getAttribute('aria-selected')).toBe('true');
      await panel.getByRole('link', { name: idea }).waitFor();
      expect(await panel.getByRole('link', { name: saleA }).count()).toBe(0);
      await editor.keyboard.press('ArrowRight');
      await editor.getByRole('tab', { name: t.waiting, selected: true }).waitFor(); // a loaded machine renders late
      expect(await editor.getByRole('tab', { name: t.waiting }).getAttribute('aria-selected')).toBe('true');

      // --- The search, without accents, over every post (the owner's too). ---
      await editor.getByLabel(t.search).fill('soldes ete');
      await editor.getByRole('heading', { level: 2, name: t.results }).waitFor();
      await panel.getByRole('link', { name: saleA }).waitFor();
      await panel.getByRole('link', { name: saleB }).waitFor();
      expect(await panel.getByRole('link', { name: idea }).count()).toBe(0);
      await editor.getByLabel(t.search).fill('rentree');
      await panel.getByRole('link', { name: `Rentrée ${run}` }).waitFor();
      await editor.getByLabel(t.search).fill('soldes ete');
      await panel.getByRole('link', { name: saleA }).waitFor();

      // --- Select both, tag them, undo. ---
      await editor.getByRole('checkbox', { name: t.select(saleA) }).check();
      await editor.getByRole('checkbox', { name: t.select(saleB) }).check();
      await editor.getByTestId('bulk-bar').getByText(t.selected).waitFor();
      await editor.getByLabel(t.tagField).fill('#Rentrée');
      await editor.getByRole('button', { name: t.addTag }).click();
      await editor.getByTestId('bulk-toast').getByText(t.tagged).waitFor();
      const get = (id: string) => api<Post>(editor.request, base, 'GET', `/api/workspaces/${ws}/posts/${id}`);
      expect((await get(a.id)).tags).toEqual(['rentrée']);
      expect((await get(b.id)).tags).toEqual(['rentrée']);
      await editor.getByTestId(`row-${a.id}`).getByText('#rentrée').waitFor();
      await screenshot(editor, `my-work-${lang}`);
      await editor.getByRole('button', { name: t.undo }).click();
      await editor.getByTestId('bulk-toast').getByText(t.undone).waitFor();
      expect((await get(a.id)).tags).toEqual([]);
      expect((await get(b.id)).tags).toEqual([]);

      // --- Select both again, shift them by one day, undo. ---
      await editor.getByRole('checkbox', { name: t.select(saleA) }).check();
      await editor.getByRole('checkbox', { name: t.select(saleB) }).check();
      await editor.getByLabel(t.amount, { exact: true }).fill('1');
      await editor.getByTestId('bulk-bar').getByRole('button', { name: t.reschedule, exact: true }).click();
      await editor.getByTestId('bulk-toast').getByText(t.rescheduled).waitFor();
      expect((await get(a.id)).scheduledAt).toBe(new Date(Date.parse(a.scheduledAt!) + 86_400_000).toISOString());
      await editor.getByRole('button', { name: t.undo }).click();
      await editor.getByTestId('bulk-toast').getByText(t.undone).waitFor();
      expect((await get(a.id)).scheduledAt).toBe(a.scheduledAt);
      expect((await get(b.id)).scheduledAt).toBe(b.scheduledAt);
      expect(editorSide.errors).toEqual([]);

      // --- A 390 px phone: no horizontal scroll, 44 px targets. ---
      const phoneSide = await newIsolatedContext(browser, { viewport: { width: 390, height: 844 }, hasTouch: true });
      await withLanguage(phoneSide.context, lang);
      await phoneSide.context.addCookies(await editorSide.context.cookies());
      const phone = phoneSide.page;
      await phone.goto(`${base}/w/${ws}/my-work`);
      await phone.getByRole('heading', { level: 1, name: t.title }).waitFor();
      await phone.locator('#my-work-panel').getByRole('link', { name: idea }).waitFor();
      await phone.getByRole('checkbox', { name: t.select(idea) }).check();
      await phone.getByTestId('bulk-bar').waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      for (const target of [
        phone.getByRole('tab', { name: t.drafts }),
        phone.getByTestId('bulk-bar').getByRole('button', { name: t.reschedule, exact: true }),
        phone.locator('.row__check').first(),
      ]) {
        const box = await target.boundingBox();
        expect(box!.height).toBeGreaterThanOrEqual(44);
      }
      await screenshot(phone, `my-work-phone-${lang}`);
      // Shifting an undated post with a dated one: refused, the undated row is marked, nothing moved.
      await phone.getByRole('checkbox', { name: t.select(saleA) }).check();
      await phone.getByLabel(t.amount, { exact: true }).fill('2');
      await phone.getByTestId('bulk-bar').getByRole('button', { name: t.reschedule, exact: true }).click();
      await phone.getByText(t.undatedShift).waitFor();
      await phone.getByTestId(`row-${ideaId}`).getByText(t.refused).waitFor();
      expect((await get(a.id)).scheduledAt).toBe(a.scheduledAt);
      expect(phoneSide.errors).toEqual([]);
      await Promise.all([ownerSide.context.close(), editorSide.context.close(), phoneSide.context.close()]);
    },
  );
});
