// The calendar, in real Chromium, in French and in English:
//  - hovering a post in the month view previews it (its excerpt, the account, the time, the status);
//  - dragging it to another day says so in a toast at the bottom of the screen, with "Undo": undone, the post is
//    back at its time (checked through the API, a new version each time);
//  - the week view opens scrolled to the current time, the "now" line in sight.
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { api } from './support/api';
import {
  ownerWithSandboxAccount,
  startSandboxWorld,
  until,
  type Lang,
  type SandboxWorld,
} from './support/sandbox-owner';

const CLIENT_ID = 'xp-e2e-calendar';
const TZ = 'Europe/Paris';

/** Visible texts, written out (not read from the translation files) so that broken i18n fails the test. */
const TEXT = {
  fr: {
    title: 'Calendrier',
    moved: '@Kindy déplacé au',
    undo: 'Annuler',
    movedBack: '@Kindy remis au',
    draft: 'Brouillon',
  },
  en: { title: 'Calendar', moved: '@Kindy moved to', undo: 'Undo', movedBack: '@Kindy moved back to', draft: 'Draft' },
} as const;

jest.setTimeout(240_000);

/** The wall-clock date (YYYY-MM-DD) in `TZ`, `days` from now. */
function dayInTz(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

async function calendarReady(page: Page): Promise<void> {
  await page.locator('full-calendar [data-date]').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[data-post-count]')?.getAttribute('aria-busy') === 'false');
}

describe('the calendar: preview on hover, undo a move, the now line', () => {
  let world: SandboxWorld;

  beforeAll(async () => {
    world = await startSandboxWorld(CLIENT_ID);
  });

  afterAll(async () => {
    await world?.stop();
  });

  it.each<Lang>(['fr', 'en'])(
    'previews a post, moves it, undoes the move; the week view shows now (%s)',
    async (lang) => {
      const t = TEXT[lang];
      const { base, browser } = world;
      const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
      const owner = await ownerWithSandboxAccount(browser, base, { lang, run, handle: 'Kindy', timezone: TZ });
      const page = owner.page;
      const text = `Les soldes d'hiver commencent chez Kindy : toutes les remises, magasin par magasin, et les horaires d'ouverture du dimanche (${run})`;
      const tomorrow = dayInTz(1);
      const at = new Date(`${tomorrow}T09:00:00Z`).toISOString();
      const created = await api<{ id: string; version: number; scheduledAt: string }>(
        page.request,
        base,
        'POST',
        `/api/workspaces/${owner.ws}/posts`,
        { accountId: owner.accountId, segments: [{ text }], scheduledAt: at },
      );
      const get = () =>
        api<{ scheduledAt: string; version: number }>(
          page.request,
          base,
          'GET',
          `/api/workspaces/${owner.ws}/posts/${created.id}`,
        );

      await page.goto(`${base}/w/${owner.ws}?date=${tomorrow}`);
      await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
      await calendarReady(page);
      const event = page.locator('.xp-ev', { hasText: 'Kindy' }).first();
      await event.waitFor();

      // --- Hover: the excerpt (a month cell shows a few words), the account, the status. ---
      await event.hover();
      const tip = page.getByRole('tooltip');
      await tip.waitFor();
      // The post's excerpt as the API gives it (its first hundred characters or so), where the cell shows a few words.
      expect(await tip.innerText()).toContain(text.slice(0, 90));
      expect(await tip.innerText()).toContain('@Kindy');
      expect(await tip.innerText()).toContain(t.draft);
      await page.mouse.move(5, 5);
      await tip.waitFor({ state: 'detached' });
      // The same from the keyboard: the focused event shows it, and points at it.
      await event.focus();
      await tip.waitFor();
      expect(await tip.innerText()).toContain(text.slice(0, 90));
      expect(await event.getAttribute('aria-describedby')).toBe('xp-event-preview');
      await page.locator('#f-tag').focus();
      await tip.waitFor({ state: 'detached' });

      // --- Drag it two days later: a toast near the eye says so; "Undo" moves it back (API: same time, new version). ---
      const target = dayInTz(3);
      const cell = page.locator(`full-calendar [role="gridcell"][data-date="${target}"]`).first();
      const from = (await event.boundingBox())!;
      const to = (await cell.boundingBox())!;
      await page.mouse.move(from.x + 10, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + 20, from.y + from.height / 2 + 5, { steps: 4 });
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
      await page.waitForTimeout(200);
      await page.mouse.up();
      const toast = page.getByTestId('calendar-notice');
      await toast.getByText(t.moved).waitFor();
      const box = (await toast.boundingBox())!;
      const viewport = page.viewportSize()!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      expect(box.y).toBeGreaterThan(0);
      const moved = await until(get, (p) => p.scheduledAt !== created.scheduledAt);
      expect(moved.scheduledAt).toBe(new Date(Date.parse(created.scheduledAt) + 2 * 86_400_000).toISOString());
      expect(moved.version).toBe(created.version + 1);

      await toast.getByRole('button', { name: t.undo, exact: true }).click();
      await toast.getByText(t.movedBack).waitFor();
      const back = await until(get, (p) => p.version === moved.version + 1);
      expect(back.scheduledAt).toBe(created.scheduledAt);
      expect(await toast.getByRole('button', { name: t.undo, exact: true }).count()).toBe(0);
      // The calendar shows it on its day again.
      await page.locator(`full-calendar [data-date="${tomorrow}"] .xp-ev`, { hasText: 'Kindy' }).first().waitFor();

      // --- The week view opens near the current time: the now line is in sight. ---
      await page.goto(`${base}/w/${owner.ws}?view=timeGridWeek`);
      await calendarReady(page);
      const line = page.locator('.xp-now-line').first();
      await line.waitFor();
      const lineBox = (await line.boundingBox())!;
      const scroller = await line.evaluate((el) => {
        let p: HTMLElement | null = el.parentElement;
        while (p && !(p.scrollHeight > p.clientHeight + 1 && getComputedStyle(p).overflowY !== 'visible'))
          p = p.parentElement;
        return p ? { top: p.getBoundingClientRect().top, bottom: p.getBoundingClientRect().bottom } : null;
      });
      expect(scroller).not.toBeNull();
      expect(lineBox.y).toBeGreaterThanOrEqual(scroller!.top);
      expect(lineBox.y).toBeLessThanOrEqual(scroller!.bottom);
      expect(owner.errors).toEqual([]);
      await owner.context.close();
    },
  );
});
