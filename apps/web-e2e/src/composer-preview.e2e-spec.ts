// The composer's preview, like X, in real Chromium, in French and in English:
//  - an image attached to the first post shows in the preview and opens in a lightbox (a modal dialog), which Esc
//    closes, the focus back on the image;
//  - a link in the second post shows a card (domain and path; no remote page fetched);
//  - a long third post: the part past 280 weighted characters is highlighted (editor and preview); "split into a
//    thread" makes two or more posts, each within the limit, nothing lost;
//  - autosave: the new post is saved as a draft a couple of seconds after typing stops (never submitted), the address
//    becomes its edit page, and a reload brings it all back;
//  - the post page opens its image in the same lightbox.
// Screenshots of the preview with an image and a link card (desktop and 390 px) go to docs/screenshots/.
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { api } from './support/api';
import { png } from './support/png';
import {
  ownerWithSandboxAccount,
  startSandboxWorld,
  until,
  type Lang,
  type SandboxWorld,
} from './support/sandbox-owner';

const CLIENT_ID = 'xp-e2e-preview';

/** Visible texts, written out (not read from the translation files) so that broken i18n fails the test. */
const TEXT = {
  fr: {
    composeTitle: 'Nouveau post',
    editTitle: 'Modifier le post',
    addSegment: 'Ajouter au fil',
    segment: (n: number, total: number) => `Post ${n} sur ${total}`,
    enlarge: 'Agrandir le média 1',
    dialog: 'Média 1 sur 1',
    close: 'Fermer',
    tooMany: (n: number) => `${n} caractère(s) de trop`,
    split: 'Découper en fil',
    saved: 'Enregistré',
  },
  en: {
    composeTitle: 'New post',
    editTitle: 'Edit the post',
    addSegment: 'Add to the thread',
    segment: (n: number, total: number) => `Post ${n} of ${total}`,
    enlarge: 'Enlarge media 1',
    dialog: 'Media 1 of 1',
    close: 'Close',
    tooMany: (n: number) => `${n} character(s) too many`,
    split: 'Split into a thread',
    saved: 'Saved',
  },
} as const;

const LONG = [
  'La rédaction ouvre aujourd’hui une série sur les métiers de la transition énergétique, avec des reportages, des entretiens et des infographies chaque semaine.',
  'Premier épisode : les techniciens de maintenance des éoliennes en mer, au large de Saint-Nazaire, racontent leur quotidien entre tempêtes et marées.',
  'Dites-nous quels métiers vous aimeriez découvrir ensuite.',
].join(' ');
const LINK = 'https://www.lemonde.fr/planete/article/2026/12/04/dossier-climat_6123.html';

interface PostJson {
  id: string;
  status: string;
  version: number;
  segments: { text: string; media: { id: string }[] }[];
}

jest.setTimeout(240_000);

/** The weighted counters of the segments ("123 / 280" → 123). */
async function counters(page: Page): Promise<number[]> {
  const texts = await page.locator('[data-testid^="counter-"]').allInnerTexts();
  return texts.map((t) => Number(t.split('/')[0]!.trim()));
}

describe('the composer preview, like X', () => {
  let world: SandboxWorld;

  beforeAll(async () => {
    world = await startSandboxWorld(CLIENT_ID);
  });

  afterAll(async () => {
    await world?.stop();
  });

  it.each<Lang>(['fr', 'en'])(
    'image and lightbox, link card, the part past 280 highlighted and split, autosave and reload (%s)',
    async (lang) => {
      const t = TEXT[lang];
      const { base, browser } = world;
      const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
      const owner = await ownerWithSandboxAccount(browser, base, {
        lang,
        run,
        handle: 'Kindy',
        timezone: 'Europe/Paris',
      });
      const page = owner.page;
      const preview = page.getByTestId('preview-Kindy');

      await page.goto(`${base}/w/${owner.ws}/compose`);
      await page.getByRole('heading', { level: 1, name: t.composeTitle }).waitFor();
      await page.getByRole('checkbox', { name: '@Kindy' }).waitFor();
      expect(await page.getByRole('checkbox', { name: '@Kindy' }).isChecked()).toBe(true);

      // --- An image: in the preview, then in the lightbox; Esc closes it and the focus is back on the image. ---
      const first = `Notre dossier de la semaine (${run})`;
      await page.getByLabel(t.segment(1, 1)).fill(first);
      await page
        .getByTestId('media-input-0')
        .setInputFiles({ name: 'visuel.png', mimeType: 'image/png', buffer: png(160, 90) });
      const thumb = preview.getByRole('button', { name: t.enlarge });
      await thumb.locator('img').waitFor();
      await page.waitForFunction(() => !document.body.innerText.match(/Envoi…|Uploading…/));
      expect(await thumb.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160);
      await thumb.click();
      const dialog = page.getByRole('dialog', { name: t.dialog });
      await dialog.waitFor();
      expect(await dialog.getByTestId('lightbox-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(
        160,
      );
      expect(await dialog.getByRole('button', { name: t.close }).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['testid'])).toBe(
        'preview-media',
      );

      // --- A link: a card with its domain and path. ---
      await page.getByRole('button', { name: t.addSegment }).click();
      await page.getByLabel(t.segment(2, 2)).fill(`Tout le dossier : ${LINK}`);
      const card = preview.getByTestId('link-card');
      await card.waitFor();
      expect(await card.innerText()).toContain('lemonde.fr');
      expect(await card.innerText()).toContain('/planete/article/2026/12/04/dossier-climat_6123.html');
      expect(await card.getAttribute('href')).toBe(LINK);

      // --- Autosave: a draft, created without any button, at its own address. ---
      await page.getByTestId('autosave-status').getByText(t.saved).waitFor();
      await page.waitForURL(/\/posts\/[0-9a-f-]+\/edit$/);
      const postId = page.url().split('/posts/')[1]!.split('/')[0]!;
      const get = () => api<PostJson>(page.request, base, 'GET', `/api/workspaces/${owner.ws}/posts/${postId}`);
      const saved = await until(get, (p) => p.segments.length === 2 && p.segments[1]!.text.includes(LINK));
      expect(saved.status).toBe('draft');
      expect(saved.segments[0]!.text).toBe(first);
      expect(saved.segments[0]!.media).toHaveLength(1);

      await screenshot(page, `composer-preview-desktop-${lang}`);
      await page.setViewportSize({ width: 390, height: 1500 });
      await card.waitFor();
      // Nothing wider than the phone's screen (the link card's long path is cut, not widening the page).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, `composer-preview-phone-${lang}`);
      await page.setViewportSize({ width: 1280, height: 1500 });

      // --- A long post: the part past 280 highlighted in the editor and the preview; split into a thread. ---
      await page.getByRole('button', { name: t.addSegment }).click();
      await page.getByLabel(t.segment(3, 3)).fill(LONG);
      const over = LONG.slice(280);
      expect(LONG.length).toBeGreaterThan(300);
      await page
        .getByTestId('overflow-2')
        .getByText(t.tooMany(LONG.length - 280))
        .waitFor();
      expect(await page.getByTestId('over-2').innerText()).toBe(over);
      expect(await preview.getByTestId('preview-over-2').innerText()).toBe(over);
      await page.getByRole('button', { name: t.split }).click();
      await page.getByTestId('overflow-2').waitFor({ state: 'detached' });
      const total = await page.locator('li.segment').count();
      expect(total).toBeGreaterThanOrEqual(4);
      const lengths = await counters(page);
      expect(lengths).toHaveLength(total);
      for (const n of lengths) expect(n).toBeLessThanOrEqual(280);
      expect(await page.locator('mark.over').count()).toBe(0);
      const parts: string[] = [];
      for (let i = 3; i <= total; i++) parts.push(await page.getByLabel(t.segment(i, total)).inputValue());
      expect(parts.join(' ')).toBe(LONG);

      // --- Autosaved again (a PATCH with the version); a reload brings the whole thread back. ---
      const again = await until(get, (p) => p.segments.length === total && p.version > saved.version);
      expect(again.status).toBe('draft');
      expect(again.segments.slice(2).map((s) => s.text)).toEqual(parts);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: t.editTitle }).waitFor();
      expect(await page.getByLabel(t.segment(1, total)).inputValue()).toBe(first);
      expect(await page.getByLabel(t.segment(3, total)).inputValue()).toBe(parts[0]);
      await preview.getByRole('button', { name: t.enlarge }).locator('img').waitFor();
      await preview.getByTestId('link-card').waitFor();
      expect(await page.locator('li.segment').count()).toBe(total);

      // --- The post page opens the same lightbox on its media; Esc closes it, the focus back on the thumbnail. ---
      await page.goto(`${base}/w/${owner.ws}/posts/${postId}`);
      await page.getByTestId('media-thumbs').getByRole('button', { name: t.enlarge }).click();
      await dialog.waitFor();
      expect(await dialog.getByTestId('lightbox-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(
        160,
      );
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['testid'])).toBe(
        'media-open',
      );
      expect(owner.errors).toEqual([]);
      await owner.context.close();
    },
  );
});
