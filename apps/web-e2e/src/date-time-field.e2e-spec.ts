// The app's own date-time field (libs/web/ui/src/lib/date-time), in real Chromium whose own locale is English
// (Chromium's native `datetime-local` would show "mm/dd/yyyy" and a 12-hour clock in the French UI):
//  - in French the composer's schedule field reads and writes jj/mm/aaaa and a 24-hour clock ("1/7/2030 9h30" is
//    understood), and its calendar names months and weekdays in French;
//  - after the FR/EN switch, on the same page, the field and its calendar speak English (dd/mm/yyyy, en-GB);
//  - a date is picked with the keyboard alone (arrows, Page Down, Enter; Escape closes and gives the focus back), and
//    the draft saved is scheduled at that wall time in the account's timezone;
//  - the open calendar has no serious or critical axe-core finding, and its days are 44 px targets on a phone.
// Screenshots of the open calendar (French, English, French at 390 px) go to docs/screenshots/.
import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { api } from './support/api';
import { screenshot } from './support/browser';
import { axeProblems } from './support/route-audit';
import { ownerWithSandboxAccount, startSandboxWorld, type SandboxWorld } from './support/sandbox-owner';

const CLIENT_ID = 'xp-e2e-date-field';

/** Visible texts, written out (not read from the translation files) so that broken i18n fails the test. */
const TEXT = {
  fr: {
    composeTitle: 'Nouveau post',
    segment: 'Post 1 sur 1',
    schedule: '@Kindy — date et heure en Europe/Paris',
    placeholder: 'jj/mm/aaaa hh:mm',
    open: 'Choisir la date et l’heure dans un calendrier',
    dialog: 'Choisir la date et l’heure',
    prevMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    hour: 'Heure',
    invalid: 'Date ou heure invalide : saisissez jj/mm/aaaa hh:mm, par exemple 01/07/2026 09:30.',
    july: 'juillet 2030',
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    firstJuly: 'lundi 1 juillet 2030',
  },
  en: {
    composeTitle: 'New post',
    segment: 'Post 1 of 1',
    schedule: '@Kindy — date and time in Europe/Paris',
    placeholder: 'dd/mm/yyyy hh:mm',
    open: 'Choose the date and time in a calendar',
    dialog: 'Choose the date and time',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    hour: 'Hour',
    invalid: 'Invalid date or time: type dd/mm/yyyy hh:mm, for example 01/07/2026 09:30.',
    july: 'July 2030',
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    firstJuly: 'Monday 1 July 2030',
  },
} as const;
type Texts = (typeof TEXT)[keyof typeof TEXT];

jest.setTimeout(240_000);

/** The calendar's title, weekday names (column headers) and the pressed (chosen) day's spoken name. */
async function calendarWords(dialog: Locator): Promise<{ title: string; weekdays: string[]; chosen: string }> {
  return {
    title: ((await dialog.locator('[aria-live="polite"]').textContent()) ?? '').trim(),
    weekdays: await dialog.locator('th abbr').evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? '')),
    chosen: (await dialog.locator('button[aria-pressed="true"]').getAttribute('aria-label')) ?? '',
  };
}

async function expectCalendarIn(page: Page, t: Texts): Promise<Locator> {
  await page.getByRole('button', { name: t.open }).click();
  const dialog = page.getByRole('dialog', { name: t.dialog });
  await dialog.waitFor();
  expect(await calendarWords(dialog)).toEqual({ title: t.july, weekdays: [...t.weekdays], chosen: t.firstJuly });
  // The chosen day has the focus (the keyboard starts there).
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(t.firstJuly);
  await dialog.getByRole('button', { name: t.prevMonth }).waitFor();
  await dialog.getByRole('button', { name: t.nextMonth }).waitFor();
  return dialog;
}

describe('the date-time field follows the app language, not the browser', () => {
  let world: SandboxWorld;

  beforeAll(async () => {
    world = await startSandboxWorld(CLIENT_ID);
  });

  afterAll(async () => {
    await world?.stop();
  });

  it('French then English in the composer, a date picked with the keyboard, the draft scheduled at it', async () => {
    const { base, browser } = world;
    const run = `fr-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const owner = await ownerWithSandboxAccount(browser, base, {
      lang: 'fr',
      run,
      handle: 'Kindy',
      timezone: 'Europe/Paris',
    });
    const page = owner.page;
    // The browser itself speaks American English: what the page shows must not come from it.
    expect(await page.evaluate(() => new Intl.DateTimeFormat().resolvedOptions().locale)).toMatch(/^en/);

    await page.goto(`${base}/w/${owner.ws}/compose`);
    await page.getByRole('heading', { level: 1, name: TEXT.fr.composeTitle }).waitFor();
    await page.getByRole('checkbox', { name: '@Kindy' }).waitFor();
    const field = page.getByLabel(TEXT.fr.schedule);
    expect(await field.getAttribute('placeholder')).toBe(TEXT.fr.placeholder);

    // French typing: read, then written back in the format once the field is left.
    await field.fill('31/02/2030 9h30');
    await field.press('Tab');
    await page.getByText(TEXT.fr.invalid).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('1/7/2030 9h30');
    await field.press('Tab');
    expect(await field.inputValue()).toBe('01/07/2030 09:30');
    expect(await field.getAttribute('aria-invalid')).toBeNull();

    // The calendar in French; Escape closes it and gives the focus back to its button.
    const fr = await expectCalendarIn(page, TEXT.fr);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'date-field-fr');
    await page.keyboard.press('Escape');
    await fr.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(TEXT.fr.open);

    // The FR/EN switch: the same field, now in English.
    await page.getByTestId('language-switch').locator('[data-lang="en"]').click();
    await page.getByRole('heading', { level: 1, name: TEXT.en.composeTitle }).waitFor();
    const enField = page.getByLabel(TEXT.en.schedule);
    expect(await enField.getAttribute('placeholder')).toBe(TEXT.en.placeholder);
    expect(await enField.inputValue()).toBe('01/07/2030 09:30');
    const en = await expectCalendarIn(page, TEXT.en);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'date-field-en');

    // The keyboard: Tab to the time (hour, then minutes), Shift+Tab back to the days, then a week down, a day
    // right, a month on, Enter.
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toMatch(/-hour$/);
    await en.getByLabel(TEXT.en.hour, { exact: true }).selectOption('14');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toMatch(/-minute$/);
    await en.getByLabel('Minutes', { exact: true }).selectOption('30');
    expect(await enField.inputValue()).toBe('01/07/2030 14:30');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-day'))).toBe('2030-07-01');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Friday 9 August 2030');
    expect(await en.locator('[aria-live="polite"]').textContent()).toBe('August 2030');
    await page.keyboard.press('Enter');
    await en.waitFor({ state: 'detached' });
    expect(await enField.inputValue()).toBe('09/08/2030 14:30');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(TEXT.en.open);

    // Saved: the draft is scheduled at 14:30 on 9 August 2030 in Paris (summer time, UTC+2).
    const text = `Rentrée ${run}: les inscriptions ouvrent`;
    await page.getByLabel(TEXT.en.segment).fill(text);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.waitForURL(new RegExp(`/w/${owner.ws}/posts/[0-9a-f-]+`));
    const postId = new URL(page.url()).pathname.split('/')[4]!;
    const post = await api<{ status: string; scheduledAt: string; segments: { text: string }[] }>(
      page.request,
      base,
      'GET',
      `/api/workspaces/${owner.ws}/posts/${postId}`,
    );
    expect(post.status).toBe('draft');
    expect(post.segments[0]!.text).toBe(text);
    expect(post.scheduledAt).toBe('2030-08-09T12:30:00.000Z');

    // On a phone, the page reopened (in French again: the context's init script sets it on every load): the same
    // wall time, the calendar fits the screen and every day is a 44 px target.
    await page.goto(`${base}/w/${owner.ws}/posts/${postId}/edit`);
    await page.setViewportSize({ width: 390, height: 844 });
    const phoneField = page.getByLabel(TEXT.fr.schedule);
    await phoneField.waitFor();
    expect(await phoneField.inputValue()).toBe('09/08/2030 14:30');
    await page.getByRole('button', { name: TEXT.fr.open }).click();
    const phone = page.getByRole('dialog', { name: TEXT.fr.dialog });
    await phone.waitFor();
    const boxes = await phone
      .locator('td button')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.width, r.height, r.right]));
    expect(boxes).toHaveLength(42);
    expect(boxes.filter(([w, h, right]) => w! < 44 || h! < 44 || right! > 390)).toEqual([]);
    await screenshot(page, 'date-field-fr-390');
    expect(owner.errors).toEqual([]);
  });
});
