// Live updates in real Chromium, in French and in English, against the API, an in-process scheduler and the X
// sandbox: a manager has the calendar open; an editor (another browser) submits a post: within 2 s, without a
// reload, the manager's bell shows 1 unread and "Validations" a count; the bell's list opens (keyboard too) and
// leads to the post. A post approved for a few seconds later is published by the scheduler: its status changes to
// published on the open post page and the open calendar, without a reload. Screenshots of the open list (desktop and
// a 390 px phone) go to docs/screenshots/.
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import type { RunningSandbox } from '@xp/x-sandbox';
import { launchBrowser, newIsolatedContext, screenshot } from './support/browser';
import type { TestStack } from './support/stack';
import { api } from './support/api';
import {
  calendarReady,
  connectSandboxAccount,
  joinWorkspace,
  registerOwner,
  startStackWithSandbox,
  withLanguage,
  type Lang,
} from './support/workspace';

/** Visible texts, written out so that broken i18n fails the test. */
const TEXT = {
  fr: {
    bell: (n: number) => `Notifications, non lues : ${n}`,
    inbox: 'Validations',
    pending: (n: number) => `(${n} en attente)`,
    listTitle: 'Notifications',
    awaiting: 'Une publication attend votre validation',
    markAll: 'Tout marquer comme lu',
    scheduled: 'Programmé',
    published: 'Publié',
    calendarPublished: '✓ Publié',
  },
  en: {
    bell: (n: number) => `Notifications, unread: ${n}`,
    inbox: 'Approvals',
    pending: (n: number) => `(${n} waiting)`,
    listTitle: 'Notifications',
    awaiting: 'A post is waiting for your approval',
    markAll: 'Mark all as read',
    scheduled: 'Scheduled',
    published: 'Published',
    calendarPublished: '✓ Published',
  },
} as const satisfies Record<Lang, unknown>;

jest.setTimeout(240_000);

/** The acceptance bound: a notification is on screen within 2 s of the event. */
const LIVE_MS = 2000;
/** How far ahead the second post is due (time to open the pages); a generous bound for its publication. */
const LEAD_MS = 20_000;
const PUBLISH_WAIT_MS = 90_000;

/** Marks the document: still marked later means the page was never reloaded. */
const mark = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __xpNoReload: boolean }).__xpNoReload = true));
const stillSamePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { __xpNoReload?: boolean }).__xpNoReload === true);

describe('live updates in the browser', () => {
  let sandbox: RunningSandbox;
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    ({ sandbox, stack } = await startStackWithSandbox('xp-e2e-live', { scheduler: true }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sandbox?.close();
  });

  it.each<Lang>(['fr', 'en'])(
    'the bell and Validations count a submitted post at once; a publication shows without reload (%s)',
    async (lang) => {
      const t = TEXT[lang];
      const base = stack.baseUrl;
      const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

      // --- The owner: workspace, brand, @Kindy connected, one approval by a manager. ---
      const ownerSide = await newIsolatedContext(browser);
      await withLanguage(ownerSide.context, lang);
      const owner = ownerSide.page;
      const ws = await registerOwner(owner, base, { run, lang, workspaceName: `Kindy ${lang.toUpperCase()}` });
      const brand = await api<{ id: string }>(owner.request, base, 'POST', `/api/workspaces/${ws}/brands`, {
        name: 'Kindy',
      });
      const kindy = await connectSandboxAccount(owner, base, ws, brand.id, 'Kindy');
      await api(owner.request, base, 'PATCH', `/api/workspaces/${ws}/accounts/${kindy.id}`, {
        approvalPolicy: { requiredApprovals: 1, approverRoles: ['owner', 'admin', 'manager'] },
        version: kindy.version,
      });
      const join = (role: 'editor' | 'manager', name: string) =>
        joinWorkspace(browser, owner, base, { ws, role, name: `${name} ${lang.toUpperCase()}`, run, lang });
      const editorSide = await join('editor', 'Dominique Editor');
      const managerSide = await join('manager', 'Morgan Manager');
      const editor = editorSide.page;
      const manager = managerSide.page;

      // --- The manager has the calendar open: nothing unread yet. ---
      await manager.goto(`${base}/w/${ws}`);
      await calendarReady(manager);
      const bell = manager.getByTestId('notification-bell');
      await manager.getByRole('button', { name: t.bell(0) }).waitFor();
      expect(await manager.getByTestId('notification-count').count()).toBe(0);
      await mark(manager);

      // --- The editor, in another browser, submits a post: the manager's bell and Validations count it. ---
      const text = `Rentrée ${run} : nos crèches ouvrent leurs portes`;
      const submitted = await api<{ id: string }>(editor.request, base, 'POST', `/api/workspaces/${ws}/posts`, {
        accountId: kindy.id,
        segments: [{ text }],
        scheduledAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      });
      await api(editor.request, base, 'POST', `/api/workspaces/${ws}/posts/${submitted.id}/submit`);
      // The event is the submission, committed when the request answers (a loaded CI machine spent up to a second on
      // the request itself): from there, on screen within the bound.
      const submittedAt = Date.now();
      await manager.getByRole('button', { name: t.bell(1) }).waitFor({ timeout: LIVE_MS });
      expect(Date.now() - submittedAt).toBeLessThan(LIVE_MS);
      expect(await manager.getByTestId('notification-count').innerText()).toBe('1');
      const inboxLink = manager.getByRole('link', { name: `${t.inbox} ${t.pending(1)}` });
      await inboxLink.waitFor({ timeout: LIVE_MS });
      expect(await manager.getByTestId('inbox-count').innerText()).toBe('1');
      expect(await stillSamePage(manager)).toBe(true);

      // --- The list: opened with the keyboard, closed with Escape, then opened for the screenshot. ---
      await bell.focus();
      await manager.keyboard.press('Enter');
      const list = manager.getByTestId('notification-list');
      await list.getByRole('heading', { name: t.listTitle }).waitFor();
      expect(await bell.getAttribute('aria-expanded')).toBe('true');
      const item = list.getByTestId('notification-item').first();
      expect(await item.innerText()).toContain(t.awaiting);
      expect(await item.innerText()).toContain(text.slice(0, 40));
      await list.getByRole('button', { name: t.markAll }).waitFor();
      expect((await bell.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await screenshot(manager, `notifications-bell-${lang}`);
      await manager.keyboard.press('Escape');
      await list.waitFor({ state: 'detached' });
      expect(await bell.evaluate((el) => el === document.activeElement)).toBe(true);

      // --- On a 390 px phone: the bell stays in the header, the list fits the screen. ---
      const phone = await managerSide.context.newPage();
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${base}/w/${ws}/inbox`);
      await phone.getByRole('button', { name: t.bell(1) }).click();
      const phoneList = phone.getByTestId('notification-list');
      await phoneList.getByText(t.awaiting).waitFor();
      const box = (await phoneList.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(phone, `notifications-bell-phone-${lang}`);
      await phone.close();

      // --- Following the notification opens the post and marks it read. ---
      await bell.click();
      await list.getByRole('link', { name: new RegExp(t.awaiting) }).click();
      await manager.waitForURL(`${base}/w/${ws}/posts/${submitted.id}`);
      await manager.getByRole('button', { name: t.bell(0) }).waitFor();
      expect(await manager.getByTestId('inbox-count').count()).toBe(0);

      // --- A post due in LEAD_MS, approved by the manager: the scheduler publishes it; the open pages follow. ---
      const soonText = `Portes ouvertes ${run} ce samedi`;
      const soon = await api<{ id: string; contentHash: string }>(
        editor.request,
        base,
        'POST',
        `/api/workspaces/${ws}/posts`,
        {
          accountId: kindy.id,
          segments: [{ text: soonText }],
          scheduledAt: new Date(Date.now() + LEAD_MS).toISOString(),
        },
      );
      await api(editor.request, base, 'POST', `/api/workspaces/${ws}/posts/${soon.id}/submit`);
      const calendar = await managerSide.context.newPage();
      await calendar.goto(`${base}/w/${ws}`);
      await calendarReady(calendar);
      await calendar
        .locator('.xp-ev', { hasText: soonText.slice(0, 20) })
        .first()
        .waitFor();
      await manager.goto(`${base}/w/${ws}/posts/${soon.id}`);
      await manager.getByTestId('post-status').waitFor();
      await mark(manager);
      await mark(calendar);
      await manager.getByRole('button', { name: t.bell(1) }).waitFor({ timeout: LIVE_MS });
      await api(manager.request, base, 'POST', `/api/workspaces/${ws}/posts/${soon.id}/approve`, {
        contentHash: soon.contentHash,
      });
      // Approved: nothing waits any more; the bell and Validations say so at once.
      await manager.getByRole('button', { name: t.bell(0) }).waitFor({ timeout: LIVE_MS });
      await manager.getByTestId('inbox-count').waitFor({ state: 'detached', timeout: LIVE_MS });
      await manager.getByTestId('post-status').getByText(t.scheduled, { exact: true }).waitFor({ timeout: 5000 });
      await calendar
        .locator('.xp-ev--scheduled', { hasText: soonText.slice(0, 20) })
        .first()
        .waitFor({ timeout: 5000 });

      await manager
        .getByTestId('post-status')
        .getByText(t.published, { exact: true })
        .waitFor({ timeout: PUBLISH_WAIT_MS });
      const done = calendar.locator('.xp-ev--published', { hasText: soonText.slice(0, 20) }).first();
      await done.waitFor({ timeout: 5000 });
      expect(await done.innerText()).toContain(t.calendarPublished);
      expect(await stillSamePage(manager)).toBe(true);
      expect(await stillSamePage(calendar)).toBe(true);
      expect(managerSide.errors).toEqual([]);

      for (const side of [editorSide, managerSide, ownerSide]) await side.context.close();
    },
  );
});
