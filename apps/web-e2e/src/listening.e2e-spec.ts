// Listening (veille) in real Chromium, in French and in English, on the full stack wired to the X sandbox (the
// poller off: no read is spent): the owner opens Veille / Listening from the navigation, types a query X would
// refuse and is told why and where as they type (the same reason and position as the server's 400), fixes it and
// creates the monitor, which shows in the list with its brand, mode, reads against its budget and cost, and opens
// with its volume chart (chart.js, loaded on demand) and its text summary. A viewer reads the monitor but is offered
// no form.
// Then a day of a calm crowd and a crisis ramp on @Kindy, simulated on the sandbox's clock and read by the poller
// (the browser's clock set to the simulated time): the chart, its summary and table show the spike, the list shows
// the open alert, the alert names its words, one click (asked twice) holds the brand, and the share of voice splits
// the volume between two monitors.
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import { ListeningPollService } from '@xp/server/application';
import { TestClock } from '@xp/server/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import type { RunningSandbox } from '@xp/x-sandbox';
import { api } from './support/api';
import { launchBrowser, newIsolatedContext, screenshot } from './support/browser';
import type { TestStack } from './support/stack';
import {
  connectSandboxAccount,
  joinWorkspace,
  registerOwner,
  sandboxData,
  startStackWithSandbox,
  withLanguage,
  type Lang,
} from './support/workspace';

/** Visible texts, written out so that broken i18n fails the test. */
const TEXT = {
  fr: {
    nav: 'Veille',
    title: 'Veille',
    empty: 'Aucune veille pour l’instant : créez-en une pour suivre une marque, un concurrent ou un sujet.',
    new: 'Nouvelle veille',
    name: 'Nom',
    query: 'Requête X',
    create: 'Créer la veille',
    invalid: (reason: string, position: number) => `Requête X invalide : ${reason} (position ${position})`,
    volumeOnly: 'Volume seul',
    running: 'Active',
    nothingYet: 'Aucun post compté sur la période.',
    table: 'Voir les chiffres en tableau',
  },
  en: {
    nav: 'Listening',
    title: 'Listening',
    empty: 'No monitor yet: create one to follow a brand, a competitor or a topic.',
    new: 'New monitor',
    name: 'Name',
    query: 'X query',
    create: 'Create the monitor',
    invalid: (reason: string, position: number) => `Invalid X query: ${reason} (at position ${position})`,
    volumeOnly: 'Volume only',
    running: 'Active',
    nothingYet: 'No post counted over the range.',
    table: 'Show the figures as a table',
  },
} as const satisfies Record<Lang, unknown>;

jest.setTimeout(300_000);

describe('listening in the browser', () => {
  let sandbox: RunningSandbox;
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    ({ sandbox, stack } = await startStackWithSandbox('xp-e2e-listening', {
      env: { INBOX_POLL_MS: '0', LISTENING_POLL_MS: '0' },
    }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sandbox?.close();
  });

  it.each<Lang>(['fr', 'en'])(
    'a bad query is refused with its position, a good one makes a monitor the list and the chart show (%s)',
    async (lang) => {
      const t = TEXT[lang];
      const base = stack.baseUrl;
      const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
      const side = await newIsolatedContext(browser);
      await withLanguage(side.context, lang);
      const owner = side.page;
      const ws = await registerOwner(owner, base, { run, lang, workspaceName: `Veille ${lang.toUpperCase()}` });
      const call = <T>(method: string, path: string, body?: unknown) =>
        api<T>(owner.request, base, method, `/api/workspaces/${ws}${path}`, body);
      const brand = await call<{ id: string }>('POST', '/brands', { name: 'Kindy' });
      await connectSandboxAccount(owner, base, ws, brand.id, 'Kindy');

      // --- From the navigation to an empty page. ---
      await owner.goto(`${base}/w/${ws}`);
      await owner.getByRole('navigation').getByRole('link', { name: t.nav, exact: true }).click();
      await owner.waitForURL(`${base}/w/${ws}/listening`);
      await owner.getByRole('heading', { level: 1, name: t.title }).waitFor();
      await owner.getByTestId('monitors-empty').getByText(t.empty).waitFor();
      // The workspace's monthly cap on reads, with what it spent (the product's default, $100).
      const cap = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' }).format(100);
      expect((await owner.getByTestId('listening-cap').innerText()).replace(/\s+/g, ' ')).toContain(
        cap.replace(/\s+/g, ' '),
      );

      // --- A query X would refuse: told why and where while typing, the button stays off. ---
      await owner.getByRole('button', { name: t.new }).click();
      const form = owner.getByTestId('monitor-form');
      await form.getByLabel(t.name, { exact: true }).fill(`Kindy ${lang}`);
      const query = form.getByLabel(t.query, { exact: true });
      await query.fill('Kindy OR');
      // The server gives the same reason and position (and refuses before any read).
      const { csrfToken } = await api<{ csrfToken: string }>(owner.request, base, 'GET', '/api/auth/csrf');
      const refused = await owner.request.post(`${base}/api/workspaces/${ws}/monitors`, {
        data: { brandId: brand.id, name: 'x', query: 'Kindy OR', mode: 'volume', dailyReadBudget: 100 },
        headers: { 'x-csrf-token': csrfToken },
      });
      expect(refused.status()).toBe(400);
      const body = (await refused.json()) as { code: string; params: { reason: string; position: number } };
      expect(body.code).toBe('MONITOR_QUERY_INVALID');
      const problem = form.getByTestId('monitor-query-error');
      await problem.getByText(t.invalid(body.params.reason, body.params.position)).waitFor();
      expect(await query.getAttribute('aria-invalid')).toBe('true');
      expect(await form.getByRole('button', { name: t.create }).isDisabled()).toBe(true);

      // --- Fixed: the monitor is created and listed. ---
      await query.fill('Kindy OR #kindy -promo');
      await problem.waitFor({ state: 'detached' });
      await form.getByRole('button', { name: t.create }).click();
      const row = owner.getByTestId('monitor-row').filter({ hasText: `Kindy ${lang}` });
      await row.waitFor();
      const text = (await row.innerText()).replace(/\s+/g, ' ');
      const dollars = (n: number) =>
        new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' }).format(n).replace(/\s+/g, ' ');
      expect(text).toContain('Kindy OR #kindy -promo');
      expect(text).toContain(t.volumeOnly);
      expect(text).toContain(t.running);
      expect(text).toContain(lang === 'fr' ? '0 / 1 500' : '0 / 1,500');
      expect(text).toContain(dollars(0));
      const listed = await call<{ items: { name: string; query: string; languages: string[] }[] }>('GET', '/monitors');
      expect(listed.items).toEqual([
        expect.objectContaining({ name: `Kindy ${lang}`, query: 'Kindy OR #kindy -promo', languages: ['fr'] }),
      ]);

      // --- The monitor opens with its chart (drawn by the lazily loaded chart library) and its summary. ---
      const detail = owner.getByTestId('monitor-detail');
      await detail.getByRole('heading', { level: 2, name: `Kindy ${lang}` }).waitFor();
      await detail.getByTestId('volume-summary').getByText(t.nothingYet).waitFor();
      await owner.waitForFunction(() => {
        const canvas = document.querySelector('[data-testid="volume-chart"]') as HTMLCanvasElement | null;
        return !!canvas && canvas.width > 0 && canvas.style.display !== 'none' && canvas.hasAttribute('style');
      });
      await detail.getByText(t.table).click();
      await detail.getByTestId('volume-table').waitFor();

      // --- A viewer reads the monitor, but is offered no form. ---
      const viewer = await joinWorkspace(browser, owner, base, { ws, role: 'viewer', name: 'Vic Viewer', run, lang });
      await viewer.page.goto(`${base}/w/${ws}/listening`);
      await viewer.page
        .getByTestId('monitor-row')
        .filter({ hasText: `Kindy ${lang}` })
        .waitFor();
      expect(await viewer.page.getByRole('button', { name: t.new }).count()).toBe(0);
      expect(side.errors).toEqual([]);
      expect(viewer.errors).toEqual([]);
      await viewer.context.close();
      await side.context.close();
    },
  );
});

describe('a crisis seen on the listening page', () => {
  let sandbox: RunningSandbox;
  let stack: TestStack;
  let browser: Browser;
  let scheduler: INestApplication;
  let clock: TestClock;

  const onSandbox = <T>(path: string, body?: unknown): Promise<T> => sandboxData<T>(sandbox, path, body);
  /** Moves the sandbox's clock and the poller's together. */
  const advance = async (ms: number) =>
    clock.set((await onSandbox<{ now: string }>('/_sandbox/clock', { advanceMs: ms })).now);
  const poll = () => scheduler.get(ListeningPollService).pollDue();

  beforeAll(async () => {
    ({ sandbox, stack } = await startStackWithSandbox('xp-e2e-listening-crisis', {
      env: { INBOX_POLL_MS: '0', LISTENING_POLL_MS: '0' },
    }));
    clock = new TestClock((await onSandbox<{ now: string }>('/_sandbox/clock')).now);
    scheduler = await createSchedulerApp(stack.config!, { quiet: true, clock });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await scheduler?.close();
    await stack?.stop();
    await sandbox?.close();
  });

  it('the spike on the chart, the open alert with its words, a one-click brand hold, the share of voice (fr)', async () => {
    const base = stack.baseUrl;
    const run = `crisis-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const side = await newIsolatedContext(browser);
    await withLanguage(side.context, 'fr');
    const owner = side.page;
    const ws = await registerOwner(owner, base, { run, lang: 'fr', workspaceName: 'Crise Kindy' });
    const call = <T>(method: string, path: string, body?: unknown) =>
      api<T>(owner.request, base, method, `/api/workspaces/${ws}${path}`, body);
    const brand = await call<{ id: string }>('POST', '/brands', { name: 'Kindy' });
    await connectSandboxAccount(owner, base, ws, brand.id, 'Kindy');
    const monitor = (name: string, query: string) =>
      call<{ id: string }>('POST', '/monitors', {
        brandId: brand.id,
        name,
        query,
        mode: 'volume',
        dailyReadBudget: 5000,
      });
    const kindy = await monitor('Marque Kindy', 'Kindy');
    await monitor('Concurrent', 'Kindy promo');

    // A calm day (120 posts a minute about @Kindy), then the crisis: the rate ramps to 20× in 10 minutes.
    await onSandbox('/_sandbox/crowd', {
      scenario: 'calm',
      about: ['Kindy'],
      perMinute: 120,
      durationMs: 24 * 3600_000,
    });
    await poll();
    for (let h = 0; h < 24; h++) {
      await advance(3600_000);
      await poll();
    }
    await advance(60_000 - (clock.now().getTime() % 60_000));
    await onSandbox('/_sandbox/crowd', { scenario: 'crisis', about: ['Kindy'], perMinute: 120, durationMs: 3600_000 });
    await advance(60_000);
    await poll();
    await advance(70_000);
    await poll();
    const alerts = await call<{ items: { id: string; topTerms: string[]; status: string }[] }>(
      'GET',
      `/monitors/${kindy.id}/alerts`,
    );
    expect(alerts.items).toHaveLength(1);
    const terms = alerts.items[0]!.topTerms;
    expect(terms.length).toBeGreaterThan(0);

    // --- The page: the open alert in the list, the spike on the chart and in words. ---
    // The browser lives at the simulated time (its ranges end at the sandbox's now).
    await side.context.clock.install({ time: clock.now() });
    await owner.goto(`${base}/w/${ws}/listening`);
    const row = owner.getByTestId('monitor-row').filter({ hasText: 'Marque Kindy' });
    await row.getByTestId('monitor-open-alerts').getByText('1 alerte(s) ouverte(s)').waitFor();
    await row.getByRole('button', { name: 'Marque Kindy', exact: true }).click();
    const detail = owner.getByTestId('monitor-detail');
    await detail.getByRole('heading', { level: 2, name: 'Marque Kindy' }).waitFor();
    const summary = detail.getByTestId('volume-summary');
    await summary.getByText(/posts sur la période ; pic de \d[\d\s]* à \d\d:\d\d ; 1 alerte\(s\)\./).waitFor();
    await detail.getByText('Voir les chiffres en tableau').click();
    expect(await detail.getByTestId('volume-table').locator('tbody tr').count()).toBeGreaterThan(60);
    expect(await detail.getByTestId('volume-table').getByRole('cell', { name: 'Oui', exact: true }).count()).toBe(1);

    // --- The alert names its words; one click, asked twice, holds the brand. ---
    const alert = detail.getByTestId('monitor-alert');
    await alert.getByText('Ouverte', { exact: true }).waitFor();
    await alert.getByText(terms[0]!, { exact: true }).waitFor();
    await alert.getByRole('button', { name: 'Geler la marque' }).click();
    await alert.getByText('Geler la marque de « Marque Kindy » ?', { exact: false }).waitFor();
    await alert.getByRole('button', { name: 'Geler maintenant' }).click();
    await alert.getByTestId('alert-hold').getByText('Gel de crise posé sur la marque.', { exact: false }).waitFor();
    await alert.getByText('Prise en compte', { exact: true }).waitFor();
    // The storm's posts into @Kindy's inbox, to answer them; the monitor keeps sending its posts there.
    await alert.getByRole('button', { name: 'Envoyer dans la boîte de réception' }).click();
    await alert.getByTestId('alert-routed').getByText('boîte de réception de @Kindy', { exact: false }).waitFor();
    await owner
      .getByTestId('monitor-row')
      .filter({ hasText: 'Marque Kindy' })
      .getByTestId('monitor-routing')
      .getByText('Posts envoyés à @Kindy')
      .waitFor();
    const inbox = await call<{ items: unknown[] }>('GET', '/conversations');
    expect(inbox.items.length).toBeGreaterThan(0);
    const holds = await call<{ items: { scope: string; targetId: string; active: boolean }[] }>('GET', '/holds');
    expect(holds.items).toEqual([expect.objectContaining({ scope: 'brand', targetId: brand.id, active: true })]);

    // --- Share of voice: the brand's monitor has the volume, the other one a smaller part. ---
    const sov = owner.getByTestId('share-of-voice');
    await sov.waitFor();
    const first = sov.locator('tbody tr').first();
    expect((await first.getByRole('rowheader').textContent())?.trim()).toBe('Marque Kindy');
    const shares = await sov.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(shares).toHaveLength(2);
    expect(shares.every((s) => /%$/.test(s.trim()))).toBe(true);
    await owner.evaluate(() => window.scrollTo(0, 0));
    await screenshot(owner, 'listening-crisis-fr');
    expect(side.errors).toEqual([]);
    await side.context.close();
  });
});
