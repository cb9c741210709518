// Two journeys in real Chromium, in French and in English, against the API, an in-process scheduler and the X
// sandbox:
//  - a post already published is not held: the scheduler publishes a post, then a crisis hold is placed (the whole
//    workspace in French, the account in English); the calendar and the post page show it published (not "on hold"),
//    the calendar's held-count and the hold's `heldPosts` count only the post still to go out, which shows held;
//  - an iCal link opens the post: the owner creates an iCal feed on its page, the .ics event of a post carries the
//    URL of its post page, and that URL opened in the signed-in browser shows the post (heading and text).
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import type { TestStack } from './support/stack';
import { api } from './support/api';
import { calendarReady, startStackWithSandbox, type Lang } from './support/workspace';
import { ownerWithSandboxAccount, until, type OwnerSide } from './support/sandbox-owner';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import type { RunningSandbox } from '@xp/x-sandbox';

const TZ = 'Europe/Paris';

/** Visible texts, written out (not read from the translation files) so that broken i18n fails the test. */
const TEXT = {
  fr: {
    calendarTitle: 'Calendrier',
    banner: 'La publication est suspendue',
    published: 'Publié',
    calendarPublished: '✓ Publié',
    held: 'Suspendu',
    heldCount: (n: number) => `${n} post(s) suspendu(s) sur cette période`,
    postHeading: 'Post pour @Kindy',
    feedsTitle: 'Flux iCal',
    feedCreate: 'Créer le lien',
    feedCreated: 'Lien créé',
    draftWord: 'Brouillon',
  },
  en: {
    calendarTitle: 'Calendar',
    banner: 'Publishing is on hold',
    published: 'Published',
    calendarPublished: '✓ Published',
    held: 'On hold',
    heldCount: (n: number) => `${n} post(s) on hold in this period`,
    postHeading: 'Post for @Kindy',
    feedsTitle: 'iCal feeds',
    feedCreate: 'Create the link',
    feedCreated: 'Link created',
    draftWord: 'Draft',
  },
} as const satisfies Record<Lang, unknown>;

jest.setTimeout(240_000);

/** How far ahead the first post is due; a generous bound for its publication on a slow shared machine. */
const LEAD_MS = 4_000;
const PUBLISH_WAIT_MS = 90_000;

/** The wall-clock date (YYYY-MM-DD) of an instant in `TZ`. */
function dayInTz(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );
}

/** The events of an .ics text, each as its properties (folded lines joined, text escapes undone). */
function icsEvents(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0]!;
      current[name] = line.slice(colon + 1).replace(/\\([,;\\])/g, '$1');
    }
  }
  return events;
}

describe('published posts and crisis holds, iCal links, in the browser', () => {
  let sandbox: RunningSandbox;
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    ({ sandbox, stack } = await startStackWithSandbox('xp-e2e-holds-ical', { scheduler: true }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sandbox?.close();
  });

  /** A new owner with @Kindy connected, publishing without approval (one owner, no reviewer). */
  async function owner(
    lang: Lang,
  ): Promise<OwnerSide & { run: string; post: (text: string, at: Date) => Promise<string> }> {
    const base = stack.baseUrl;
    const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const side = await ownerWithSandboxAccount(browser, base, { lang, run, handle: 'Kindy', timezone: TZ });
    const account = await api<{ version: number }>(
      side.page.request,
      base,
      'GET',
      `/api/workspaces/${side.ws}/accounts/${side.accountId}`,
    );
    await api(side.page.request, base, 'PATCH', `/api/workspaces/${side.ws}/accounts/${side.accountId}`, {
      approvalPolicy: { requiredApprovals: 0, approverRoles: [] },
      version: account.version,
    });
    /** A scheduled post (created, then submitted: no approval needed, it goes straight to scheduled). */
    const post = async (text: string, at: Date): Promise<string> => {
      const created = await api<{ id: string }>(side.page.request, base, 'POST', `/api/workspaces/${side.ws}/posts`, {
        accountId: side.accountId,
        segments: [{ text }],
        scheduledAt: at.toISOString(),
      });
      await api(side.page.request, base, 'POST', `/api/workspaces/${side.ws}/posts/${created.id}/submit`);
      return created.id;
    };
    return { ...side, run, post };
  }

  const status = (page: Page, ws: string, id: string) =>
    api<{ status: string; held: boolean }>(page.request, stack.baseUrl, 'GET', `/api/workspaces/${ws}/posts/${id}`);

  it.each<Lang>(['fr', 'en'])(
    'a post published before a crisis hold shows published and is not counted as held (%s)',
    async (lang) => {
      const t = TEXT[lang];
      const base = stack.baseUrl;
      const side = await owner(lang);
      const { page, ws, run } = side;

      // --- One post published by the scheduler, another still to go out (later the same day, most of the time). ---
      const dueAt = new Date(Date.now() + LEAD_MS);
      const doneText = `Kindy ${run} : déjà publié avant la pause`;
      const laterText = `Kindy ${run} : prévu après la pause`;
      const doneId = await side.post(doneText, dueAt);
      const laterId = await side.post(laterText, new Date(dueAt.getTime() + 20 * 60_000));
      expect((await status(page, ws, laterId)).status).toBe('scheduled');
      await until(
        () => status(page, ws, doneId),
        (p) => p.status === 'published',
        PUBLISH_WAIT_MS,
      );

      // --- The crisis hold: the whole workspace in French, the account alone in English. ---
      const hold = await api<{ id: string }>(page.request, base, 'POST', `/api/workspaces/${ws}/holds`, {
        scope: lang === 'fr' ? 'workspace' : 'account',
        ...(lang === 'fr' ? {} : { targetId: side.accountId }),
        reason: lang === 'fr' ? 'Incident en cours' : 'Ongoing incident',
      });
      // The hold's count: the post still to go out, not the published one.
      const holds = await api<{ items: { id: string; heldPosts?: number }[] }>(
        page.request,
        base,
        'GET',
        `/api/workspaces/${ws}/holds?active=true`,
      );
      expect(holds.items.find((h) => h.id === hold.id)?.heldPosts).toBe(1);

      // --- The calendar: the banner, the published post published, the other held, a count of one. ---
      await page.goto(`${base}/w/${ws}?date=${dayInTz(dueAt)}`);
      await page.getByRole('heading', { level: 1, name: t.calendarTitle }).waitFor();
      await calendarReady(page);
      await page.getByTestId('hold-banner').getByText(t.banner).waitFor();
      const done = page.locator(`.xp-post-${doneId}`).first();
      await done.waitFor();
      expect(await done.getAttribute('class')).toContain('xp-ev--published');
      expect(await done.getAttribute('class')).not.toContain('xp-ev--held');
      expect(await done.innerText()).toContain(t.calendarPublished);
      expect(await done.innerText()).not.toContain(t.held);
      const later = page.locator(`.xp-post-${laterId}`).first();
      await later.waitFor();
      expect(await later.getAttribute('class')).toContain('xp-ev--held');
      expect(await later.innerText()).toContain(t.held);
      expect(await page.getByTestId('held-count').innerText()).toContain(t.heldCount(1));

      // --- The published post's page: published, no "on hold" badge; the other post's page shows it held. ---
      await page.goto(`${base}/w/${ws}/posts/${doneId}`);
      await page.getByRole('heading', { level: 1, name: t.postHeading }).waitFor();
      await page.getByTestId('hold-banner').getByText(t.banner).waitFor();
      expect((await page.getByTestId('post-status').innerText()).trim()).toBe(t.published);
      expect(await page.getByTestId('post-held').count()).toBe(0);
      await page.goto(`${base}/w/${ws}/posts/${laterId}`);
      await page.getByRole('heading', { level: 1, name: t.postHeading }).waitFor();
      expect((await page.getByTestId('post-held').innerText()).trim()).toBe(t.held);
      // The API says the same.
      expect(await status(page, ws, doneId)).toMatchObject({ status: 'published', held: false });
      expect(await status(page, ws, laterId)).toMatchObject({ status: 'scheduled', held: true });

      expect(side.errors).toEqual([]);
      await side.context.close();
    },
  );

  it.each<Lang>(['fr', 'en'])('the URL of an iCal event opens its post page (%s)', async (lang) => {
    const t = TEXT[lang];
    const base = stack.baseUrl;
    const side = await owner(lang);
    const { page, ws, run } = side;
    const text = `Kindy ${run} : portes ouvertes samedi dans toutes nos crèches`;
    const created = await api<{ id: string }>(page.request, base, 'POST', `/api/workspaces/${ws}/posts`, {
      accountId: side.accountId,
      segments: [{ text }],
      scheduledAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });

    // --- The owner creates a feed on its page and fetches it, as a calendar app would. ---
    await page.goto(`${base}/w/${ws}/calendar-feeds`);
    await page.getByRole('heading', { level: 1, name: t.feedsTitle }).waitFor();
    await page.getByRole('button', { name: t.feedCreate }).click();
    await page.getByTestId('feed-created').getByText(t.feedCreated).waitFor();
    const feedUrl = await page.locator('#feed-url').inputValue();
    const ics = await fetch(feedUrl);
    expect(ics.status).toBe(200);
    const event = icsEvents(await ics.text()).find((e) => e['UID'] === `${created.id}@x-publisher`);
    expect(event).toBeDefined();
    // Its summary in the feed creator's language.
    expect(event!['SUMMARY']).toContain(`@Kindy · ${t.draftWord} · `);
    const url = event!['URL']!;
    expect(url).toBe(`${base}/w/${ws}/posts/${created.id}`);

    // --- The link opened in the signed-in browser: that post's page. ---
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: t.postHeading }).waitFor();
    await page.locator('.thread').getByText(text).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${ws}/posts/${created.id}`);

    expect(side.errors).toEqual([]);
    await side.context.close();
  });
});
