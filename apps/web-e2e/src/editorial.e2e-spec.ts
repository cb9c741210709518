// The editorial workflow in real Chromium, in French and in English, against the API, an in-process scheduler
// and the X sandbox:
//  - an editor composes a two-post thread for @Kindy with an image, due some 45 seconds later; a manager sees it
//    flagged "about to be missed" in the inbox and approves it; the scheduler publishes it on the sandbox at its
//    time (both segments, the second replying to the first, never before the scheduled time) and the calendar
//    shows it published;
//  - a second post (tomorrow 10:00), approved in the inbox, is dragged to another day in the calendar (persists),
//    then edited by the editor: it goes back to review and the manager's inbox shows the word diff since the
//    approved version; approved again, the crisis button holds it and the banner appears.
// Screenshots of the month view, the composer, the inbox (with and without a diff), the published post in the
// calendar and the accounts page go to docs/screenshots/.
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import type { RunningSandbox } from '@xp/x-sandbox';
import { launchBrowser, newIsolatedContext, screenshot } from './support/browser';
import type { TestStack } from './support/stack';
import { api } from './support/api';
import { png } from './support/png';
import {
  calendarReady,
  connectSandboxAccount,
  joinWorkspace,
  registerOwner,
  startStackWithSandbox,
  withLanguage,
  type Lang,
} from './support/workspace';

const TZ = 'Europe/Paris';

/** Visible texts, written out so that broken i18n fails the test. */
const TEXT = {
  fr: {
    composeTitle: 'Nouveau post',
    addSegment: 'Ajouter au fil',
    segment: (n: number, total: number) => `Post ${n} sur ${total}`,
    altText: 'Texte alternatif de kindy.png',
    schedule: '@Kindy — date et heure en Europe/Paris',
    submit: 'Soumettre à validation',
    inReview: 'En validation',
    inboxTitle: 'Validations',
    approve: 'Approuver',
    scheduled: 'Programmé',
    soon: 'Bientôt manqué : validez-le avant',
    editTitle: 'Modifier le post',
    diffTitle: 'Modifications depuis la dernière validation',
    deleted: (words: string) => `[supprimé : ${words}]`,
    inserted: (words: string) => `[ajouté : ${words}]`,
    published: '✓ Publié',
    calendarTitle: 'Calendrier',
    movedPrefix: '@Kindy déplacé au',
    crisis: 'Pause de crise',
    reason: "Motif (visible par l'équipe)",
    holdNow: 'Suspendre maintenant',
    banner: 'La publication est suspendue',
    held: 'Suspendu',
    unavailable: 'Les suspensions de crise ne sont pas encore disponibles',
    accountsTitle: 'Comptes X',
  },
  en: {
    composeTitle: 'New post',
    addSegment: 'Add to the thread',
    segment: (n: number, total: number) => `Post ${n} of ${total}`,
    altText: 'Alt text for kindy.png',
    schedule: '@Kindy — date and time in Europe/Paris',
    submit: 'Submit for approval',
    inReview: 'In review',
    inboxTitle: 'Approvals',
    approve: 'Approve',
    scheduled: 'Scheduled',
    soon: 'About to be missed: approve it before',
    editTitle: 'Edit the post',
    diffTitle: 'Changes since the last approval',
    deleted: (words: string) => `[deleted: ${words}]`,
    inserted: (words: string) => `[inserted: ${words}]`,
    published: '✓ Published',
    calendarTitle: 'Calendar',
    movedPrefix: '@Kindy moved to',
    crisis: 'Crisis pause',
    reason: 'Reason (shown to the team)',
    holdNow: 'Hold now',
    banner: 'Publishing is on hold',
    held: 'On hold',
    unavailable: 'Crisis holds are not available on this server yet',
    accountsTitle: 'X accounts',
  },
} as const satisfies Record<Lang, unknown>;

jest.setTimeout(420_000);

/** How far ahead the thread is scheduled: time enough to compose and approve it, short enough to keep the test fast. */
const LEAD_MS = 45_000;
/** A generous bound on waiting for the publication (a slow shared machine), never a measure of punctuality. */
const PUBLISH_WAIT_MS = 180_000;

/** The wall-clock date (YYYY-MM-DD) in `TZ`, `days` from now. */
function dayInTz(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** The wall-clock parts of an instant in `TZ`. */
function partsInTz(at: Date): Record<string, string> {
  return Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: TZ,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
}

/**
 * An instant as typed into the app's date-time field in `TZ`, to the second: day/month/year and a 24-hour clock in
 * both languages (`jj/mm/aaaa hh:mm:ss`, `dd/mm/yyyy hh:mm:ss`).
 */
function typedInTz(at: Date): string {
  const p = partsInTz(at);
  return `${p['day']}/${p['month']}/${p['year']} ${p['hour']}:${p['minute']}:${p['second']}`;
}

/** The instant of a wall-clock `day` (YYYY-MM-DD) and `time` (HH:MM) in `TZ`. */
function instantInTz(day: string, time: string): Date {
  const wall = Date.parse(`${day}T${time}:00Z`);
  let at = wall;
  for (let i = 0; i < 2; i++) {
    const p = partsInTz(new Date(at));
    const shown = Date.UTC(+p['year']!, +p['month']! - 1, +p['day']!, +p['hour']!, +p['minute']!, +p['second']!);
    at += wall - shown;
  }
  return new Date(at);
}

interface SandboxTweet {
  id: string;
  text: string;
  created_at: string;
  in_reply_to_tweet_id: string | null;
  media_ids: string[];
}

describe('the editorial workflow in the browser', () => {
  let sandbox: RunningSandbox;
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    ({ sandbox, stack } = await startStackWithSandbox('xp-e2e-editorial', { scheduler: true }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sandbox?.close();
  });

  it.each<Lang>(['fr', 'en'])(
    'composes, approves and publishes a thread for @Kindy; reschedules, diffs and holds another post (%s)',
    async (lang) => {
      const t = TEXT[lang];
      const base = stack.baseUrl;
      const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

      // --- The owner: workspace, brand, @Kindy connected through X's authorize page, a one-approval policy. ---
      const ownerSide = await newIsolatedContext(browser);
      await withLanguage(ownerSide.context, lang);
      const owner = ownerSide.page;
      const ws = await registerOwner(owner, base, { run, lang, workspaceName: `Kindy ${lang.toUpperCase()}` });
      const brand = await api<{ id: string }>(owner.request, base, 'POST', `/api/workspaces/${ws}/brands`, {
        name: 'Kindy',
        color: '#1f4fd1',
      });
      const kindy = await connectSandboxAccount(owner, base, ws, brand.id, 'Kindy');
      await api(owner.request, base, 'PATCH', `/api/workspaces/${ws}/accounts/${kindy.id}`, {
        timezone: TZ,
        approvalPolicy: { requiredApprovals: 1, approverRoles: ['owner', 'admin', 'manager'] },
        postingSlots: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, time: '09:30' })),
        version: kindy.version,
      });

      // --- An editor and a manager join through invitations. ---
      // Tall enough for the whole composer and calendar without scrolling (full-page screenshots, drag and drop).
      const join = (role: 'editor' | 'manager', name: string) =>
        joinWorkspace(browser, owner, base, {
          ws,
          role,
          name,
          run,
          lang,
          context: { viewport: { width: 1280, height: 1700 } },
        });
      const editorSide = await join('editor', `Dominique Editor ${lang.toUpperCase()}`);
      const managerSide = await join('manager', `Morgan Manager ${lang.toUpperCase()}`);
      const editor = editorSide.page;
      const manager = managerSide.page;

      // --- Another post, for tomorrow 10:00 Paris time, written and submitted through the API by the editor. ---
      const tomorrow = dayInTz(1);
      const saleBefore = `Les soldes d'été commencent demain chez Kindy (${run})`;
      const saleAfter = `Les soldes d'été commencent lundi chez Kindy (${run})`;
      const sale = await api<{ id: string }>(editor.request, base, 'POST', `/api/workspaces/${ws}/posts`, {
        accountId: kindy.id,
        segments: [{ text: saleBefore }],
        scheduledAt: instantInTz(tomorrow, '10:00').toISOString(),
      });
      await api(editor.request, base, 'POST', `/api/workspaces/${ws}/posts/${sale.id}/submit`);

      // --- The editor writes a two-post thread with an image, due in LEAD_MS, and submits it. ---
      await editor.goto(`${base}/w/${ws}/compose`);
      await editor.getByRole('heading', { level: 1, name: t.composeTitle }).waitFor();
      await editor.getByRole('checkbox', { name: '@Kindy' }).waitFor();
      expect(await editor.getByRole('checkbox', { name: '@Kindy' }).isChecked()).toBe(true);
      const first = `Kindy ${lang} ${run}: la rentrée arrive 🎒 — thread 1/2`;
      const second = `Kindy ${lang} ${run}: toutes les infos sur https://example.com/kindy — 2/2`;
      await editor.getByLabel(t.segment(1, 1)).fill(first);
      await editor.getByRole('button', { name: t.addSegment }).click();
      await editor.getByLabel(t.segment(2, 2)).fill(second);
      await editor
        .getByTestId('media-input-0')
        .setInputFiles({ name: 'kindy.png', mimeType: 'image/png', buffer: png(64, 64) });
      await editor.getByLabel(t.altText).fill(lang === 'fr' ? 'Un cartable bleu' : 'A blue school bag');
      await editor.getByLabel(t.altText).press('Tab');
      await editor.waitForFunction(() => !document.body.innerText.match(/Envoi…|Uploading…/));
      // The weighted counter: the URL counts 23, the emoji 2.
      await editor.waitForFunction(() =>
        /\d+ \/ 280/.test(document.querySelector('[data-testid="counter-1"]')?.textContent ?? ''),
      );
      // To the second: the composer keeps the seconds of the wall time it is given.
      const dueAt = new Date(Math.ceil((Date.now() + LEAD_MS) / 1000) * 1000);
      await editor.getByLabel(t.schedule).fill(typedInTz(dueAt));
      await editor.getByTestId('preview-Kindy').getByText(first).waitFor();
      await editor.getByTestId('preview-Kindy').locator('img').first().waitFor();
      expect(
        await editor
          .getByTestId('preview-Kindy')
          .locator('img')
          .first()
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      ).toBe(64);
      await screenshot(editor, `composer-${lang}`);
      await editor.getByRole('button', { name: t.submit }).click();
      await editor.waitForURL(new RegExp(`/w/${ws}/posts/[0-9a-f-]+`));
      const postId = new URL(editor.url()).pathname.split('/')[4]!;
      await editor.getByTestId('post-status').getByText(t.inReview).waitFor();
      const submitted = await api<{ scheduledAt: string; segments: { media: { altText: string }[] }[] }>(
        editor.request,
        base,
        'GET',
        `/api/workspaces/${ws}/posts/${postId}`,
      );
      expect(submitted.segments).toHaveLength(2);
      expect(submitted.segments[0]!.media).toHaveLength(1);
      expect(submitted.segments[0]!.media[0]!.altText).toBe(lang === 'fr' ? 'Un cartable bleu' : 'A blue school bag');
      expect(submitted.scheduledAt).toBe(dueAt.toISOString());

      // --- The manager's inbox: the thread is flagged about to be missed, the other post is not; both approved. ---
      await manager.goto(`${base}/w/${ws}/inbox`);
      await manager.getByRole('heading', { level: 1, name: t.inboxTitle }).waitFor();
      const item = manager.locator(`[data-post="${postId}"]`);
      const saleItem = manager.locator(`[data-post="${sale.id}"]`);
      await item.getByText(first).waitFor();
      await saleItem.getByText(saleBefore).waitFor();
      // Its window closes at the scheduled time plus the 15-minute grace period, shown in the account's timezone.
      const warning = item.getByTestId('about-to-be-missed');
      expect(await warning.innerText()).toContain(t.soon);
      expect(await warning.innerText()).toContain(`:${partsInTz(new Date(dueAt.getTime() + 15 * 60_000))['minute']}`);
      expect(await saleItem.getByTestId('about-to-be-missed').count()).toBe(0);
      // Never approved: no diff.
      expect(await item.getByTestId('approval-diff').count()).toBe(0);
      // Due time shown in the account's timezone.
      expect(await saleItem.innerText()).toContain('10:00');
      // The reviewer sees the image itself (drawn from the API), with its alt text.
      const thumb = item.getByTestId('media-thumbs').locator('img').first();
      await thumb.waitFor();
      await manager.waitForFunction(
        (img) => !!img && (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
        await thumb.elementHandle(),
      );
      expect(await thumb.getAttribute('alt')).toBe(lang === 'fr' ? 'Un cartable bleu' : 'A blue school bag');
      await screenshot(manager, `inbox-${lang}`);
      await item.getByRole('button', { name: t.approve, exact: true }).click();
      await manager.getByTestId('inbox-notice').getByText(t.scheduled, { exact: false }).waitFor();
      await item.waitFor({ state: 'detached' });
      const approvedAt = Date.now();
      await saleItem.getByRole('button', { name: t.approve, exact: true }).click();
      await saleItem.waitFor({ state: 'detached' });
      if (approvedAt >= dueAt.getTime()) {
        // Not a failure (it is then published at once, still not before its time), but the lead is too short here.
        console.warn(`[${lang}] the thread was approved ${approvedAt - dueAt.getTime()} ms after its time`);
      }

      // --- The calendar shows the other post scheduled on its day. ---
      await manager.goto(`${base}/w/${ws}?date=${tomorrow}`);
      await manager.getByRole('heading', { level: 1, name: t.calendarTitle }).waitFor();
      await calendarReady(manager);
      const event = manager.locator('.xp-ev--scheduled', { hasText: 'Les soldes' });
      await event.first().waitFor();
      expect(await event.first().innerText()).toContain('@Kindy');
      await screenshot(manager, `calendar-month-${lang}`);

      // --- Drag it two days later: the server's answer shows, and it persists after a reload. ---
      const target = dayInTz(3);
      const cell = manager.locator(`full-calendar [role="gridcell"][data-date="${target}"]`).first();
      await event.first().scrollIntoViewIfNeeded();
      const from = (await event.first().boundingBox())!;
      const to = (await cell.boundingBox())!;
      await manager.mouse.move(from.x + 10, from.y + from.height / 2);
      await manager.mouse.down();
      await manager.mouse.move(from.x + 20, from.y + from.height / 2 + 5, { steps: 4 });
      await manager.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
      await manager.waitForTimeout(200);
      await manager.mouse.up();
      const outcome = await Promise.race([
        manager
          .getByTestId('calendar-notice')
          .getByText(t.movedPrefix)
          .waitFor()
          .then(() => 'moved'),
        manager
          .getByTestId('move-error')
          .waitFor()
          .then(async () => `refused: ${await manager.getByTestId('move-error').innerText()}`),
      ]);
      expect(outcome).toBe('moved');
      const moved = await api<{ scheduledAt: string; status: string }>(
        manager.request,
        base,
        'GET',
        `/api/workspaces/${ws}/posts/${sale.id}`,
      );
      expect(
        new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
          new Date(moved.scheduledAt),
        ),
      ).toBe(target);
      expect(moved.status).toBe('scheduled');
      await manager.reload();
      await calendarReady(manager);
      await manager
        .locator(`full-calendar [data-date="${target}"] .xp-ev`, { hasText: 'Les soldes' })
        .first()
        .waitFor();

      // --- The editor changes one word of the approved post: it goes back to review. ---
      await editor.goto(`${base}/w/${ws}/posts/${sale.id}/edit`);
      await editor.getByRole('heading', { level: 1, name: t.editTitle }).waitFor();
      // The composer has loaded the post before it is changed.
      await editor.waitForFunction(
        (text) => Array.from(document.querySelectorAll('textarea')).some((area) => area.value === text),
        saleBefore,
      );
      await editor.getByLabel(t.segment(1, 1)).fill(saleAfter);
      await editor.getByRole('button', { name: t.submit }).click();
      await editor.waitForURL(new RegExp(`/w/${ws}/posts/${sale.id}(\\?|$)`));
      await editor.getByTestId('post-status').getByText(t.inReview).waitFor();

      // --- The manager's inbox shows what changed since the approved version, word by word. ---
      await manager.goto(`${base}/w/${ws}/inbox`);
      await manager.getByRole('heading', { level: 1, name: t.inboxTitle }).waitFor();
      const diff = saleItem.getByTestId('approval-diff');
      await diff.getByRole('heading', { name: t.diffTitle }).waitFor();
      expect(await diff.locator('del').allInnerTexts()).toEqual(['demain']);
      expect(await diff.locator('ins').allInnerTexts()).toEqual(['lundi']);
      // Screen readers do not announce <del>/<ins>: the visually hidden words do.
      const diffText = await diff.locator('[data-segment="0"] .diff__text').textContent();
      expect(diffText).toContain(t.deleted('demain'));
      expect(diffText).toContain(t.inserted('lundi'));
      await screenshot(manager, `inbox-diff-${lang}`);
      await saleItem.getByRole('button', { name: t.approve, exact: true }).click();
      await saleItem.waitFor({ state: 'detached' });

      // --- The sandbox receives the thread at its time, never before: two tweets, the second replying. ---
      const deadline = Date.now() + PUBLISH_WAIT_MS;
      let tweets: SandboxTweet[] = [];
      while (Date.now() < deadline) {
        const all = (await (await fetch(`${sandbox.url}/_sandbox/tweets?username=Kindy`)).json()) as {
          data: SandboxTweet[];
        };
        tweets = all.data.filter((tw) => tw.text.includes(run));
        if (tweets.length >= 2) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(tweets.map((tw) => tw.text)).toEqual([first, second]);
      expect(tweets[1]!.in_reply_to_tweet_id).toBe(tweets[0]!.id);
      expect(tweets[0]!.media_ids).toHaveLength(1);
      expect(tweets[1]!.media_ids).toHaveLength(0);
      for (const tw of tweets) expect(new Date(tw.created_at).getTime()).toBeGreaterThanOrEqual(dueAt.getTime());
      let published = { status: '', tweetIds: [] as string[] };
      while (Date.now() < deadline && published.status !== 'published') {
        published = await api<typeof published>(manager.request, base, 'GET', `/api/workspaces/${ws}/posts/${postId}`);
        if (published.status !== 'published') await new Promise((r) => setTimeout(r, 300));
      }
      expect(published.status).toBe('published');
      expect(published.tweetIds).toEqual(tweets.map((tw) => tw.id));
      // Its page links each post of the thread on X, readably apart.
      await manager.goto(`${base}/w/${ws}/posts/${postId}`);
      const links = manager.getByTestId('tweet-links');
      await links.waitFor();
      expect(await links.locator('a').count()).toBe(2);
      expect((await links.innerText()).replace(/\s+/g, ' ')).toMatch(/post 1 · post 2/);

      // --- The calendar shows it published, in words. ---
      const dueDay = `${partsInTz(dueAt)['year']}-${partsInTz(dueAt)['month']}-${partsInTz(dueAt)['day']}`;
      await manager.goto(`${base}/w/${ws}?date=${dueDay}`);
      await calendarReady(manager);
      const done = manager.locator('.xp-ev--published', { hasText: 'la rentrée' }).first();
      await done.waitFor();
      expect(await done.innerText()).toContain(t.published);
      expect(await done.innerText()).toContain('@Kindy');
      await screenshot(manager, `calendar-published-${lang}`);

      // --- The owner's crisis button holds everything; the banner appears and the other post shows held. ---
      await owner.goto(`${base}/w/${ws}?date=${target}`);
      await calendarReady(owner);
      await owner
        .getByRole('button', { name: new RegExp(t.crisis) })
        .first()
        .click();
      const dialog = owner.getByTestId('crisis-dialog');
      await dialog.getByLabel(t.reason).fill(lang === 'fr' ? 'Incident en cours' : 'Ongoing incident');
      await dialog.getByRole('button', { name: t.holdNow }).click();
      const bannerOrUnavailable = await Promise.race([
        owner
          .getByTestId('hold-banner')
          .getByText(t.banner)
          .waitFor()
          .then(() => 'banner' as const),
        owner
          .getByTestId('holds-unavailable')
          .getByText(t.unavailable)
          .waitFor()
          .then(() => 'unavailable' as const),
      ]);
      if (bannerOrUnavailable === 'banner') {
        const held = owner.locator('.xp-ev--held', { hasText: 'Les soldes' }).first();
        await held.waitFor();
        expect(await held.innerText()).toContain(t.held);
        await screenshot(owner, `calendar-held-${lang}`);
        // The banner offers "release" exactly to the roles the permission matrix lets release (managers too),
        // not to an editor.
        await manager.goto(`${base}/w/${ws}?date=${target}`);
        await manager.getByTestId('hold-banner').getByTestId('release-button').first().waitFor();
        await editor.goto(`${base}/w/${ws}?date=${target}`);
        await editor.getByTestId('hold-banner').getByText(t.banner).waitFor();
        expect(await editor.getByTestId('release-button').count()).toBe(0);
      } else {
        console.warn(`[${lang}] the holds API is not deployed: the crisis dialog shows the graceful message`);
      }

      // --- The accounts page (with its crisis buttons). ---
      await owner.goto(`${base}/w/${ws}/accounts`);
      await owner.getByRole('heading', { level: 1, name: t.accountsTitle }).waitFor();
      await owner.locator('[data-account="Kindy"]').waitFor();
      await screenshot(owner, `accounts-${lang}`);

      for (const side of [ownerSide, editorSide, managerSide]) {
        expect(side.errors).toEqual([]);
        await side.context.close();
      }
    },
  );
});
