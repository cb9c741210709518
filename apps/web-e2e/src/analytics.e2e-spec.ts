// Analytics (issue 18) in real Chromium, in French and in English, on the full stack wired to the X sandbox, whose
// clock stands still between the test's moves (the worker's ticker off, the scheduler driven by hand on the same
// clock): a post for @Kindy published through the API, the clock moved to +1 h, +24 h, +7 d and +28 d with the
// snapshot worker run at each, then the browser set to that moment. The owner opens Statistiques / Analytics from
// the navigation: the summary by account, the top posts and the cost meter show the API's numbers (formatted in the
// page's language), the bar chart is drawn by the lazily loaded chart.js, the best hours shade the post's hour, both
// tables download as CSV files, a budget below the spend makes the page explain the thinning, and the post's page
// shows its four snapshots and their curve.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import { SnapshotWorkerService } from '@xp/server/application';
import { TestClock } from '@xp/server/testing';
import {
  MESSAGES,
  type AnalyticsPostPageDto,
  type AnalyticsSettingsDto,
  type AnalyticsSummaryDto,
  type AnalyticsUsageDto,
  type PostMetricsDto,
  type SlotPageDto,
} from '@xp/shared';
import { api } from './support/api';
import { newIsolatedContext, screenshot } from './support/browser';
import { pageFigures, plain, startHandDrivenStack, type HandDrivenStack } from './support/hand-driven';
import type { TestStack } from './support/stack';
import { connectSandboxAccount, registerOwner, withLanguage, type Lang } from './support/workspace';

/** Visible texts, written out so that broken i18n fails the test. */
const TEXT = {
  fr: {
    nav: 'Statistiques',
    summary: 'Synthèse',
    hours: 'Meilleures heures',
    top: 'Meilleurs posts',
    cost: 'Coût des statistiques',
    csv: 'Exporter en CSV',
    summaryHeader: 'Clé,Compte,Publications,Impressions,J’aime,Reposts,Réponses,Citations,Signets',
    approvalHeader: 'Clé,Parcours de validation,Publications,Impressions',
    noApproval: 'Sans validation',
    topHeader: 'Identifiant du post,Publié le,Compte,Impressions,J’aime,Reposts,Réponses,Taux d’engagement',
    budgetLabel: 'Budget mensuel (USD)',
    saveBudget: 'Enregistrer le budget',
    skipped: (n: string) => `${n} relevé(s) laissé(s) de côté ce mois pour rester dans le budget.`,
    postSection: 'Statistiques',
    ages: ['1 heure', '24 heures', '7 jours', '28 jours'],
    mapHeader:
      'Jour (1 = lundi),Jour,Heure,Publications,Impressions,Taux d’engagement,Score (× la moyenne),Rang parmi les meilleurs créneaux',
    fewCell: 'trop peu de posts pour compter',
    bestSlot: 'Meilleur créneau',
    noHistory: "Pas assez d'historique pour des meilleures heures : c'est le prochain créneau libre.",
  },
  en: {
    nav: 'Analytics',
    summary: 'Summary',
    hours: 'Best hours',
    top: 'Top posts',
    cost: 'Cost of analytics',
    csv: 'Export as CSV',
    summaryHeader: 'Key,Account,Posts,Impressions,Likes,Reposts,Replies,Quotes,Bookmarks',
    approvalHeader: 'Key,Approval path,Posts,Impressions',
    noApproval: 'No approval',
    topHeader: 'Post id,Published,Account,Impressions,Likes,Reposts,Replies,Engagement rate',
    budgetLabel: 'Monthly budget (USD)',
    saveBudget: 'Save the budget',
    skipped: (n: string) => `${n} snapshot(s) left out this month to stay within the budget.`,
    postSection: 'Analytics',
    ages: ['1 hour', '24 hours', '7 days', '28 days'],
    mapHeader:
      'Weekday (1 = Monday),Day,Hour,Posts,Impressions,Engagement rate,Score (× the average),Rank among the best slots',
    fewCell: 'too few posts to count',
    bestSlot: 'Best slot',
    noHistory: 'Not enough history for best hours: this is the next free slot.',
  },
} as const satisfies Record<Lang, unknown>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
jest.setTimeout(300_000);

describe('analytics in the browser', () => {
  let hand: HandDrivenStack;
  let stack: TestStack;
  let browser: Browser;
  let scheduler: INestApplication;
  let clock: TestClock;
  const moveTo = (at: number) => hand.moveTo(at);

  beforeAll(async () => {
    // The scheduler on the test's clock, driven by hand (not initialised: no timers of its own).
    hand = await startHandDrivenStack('xp-e2e-analytics');
    ({ stack, browser, scheduler, clock } = hand);
  });

  afterAll(async () => {
    await hand?.stop();
  });

  /** Clicks `button` and answers the text of the CSV file the browser downloads. */
  async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  }

  it.each<Lang>(['fr', 'en'])(
    'the summary, chart, best hours, top posts and cost equal the API, CSV downloads, the post curve (%s)',
    async (lang) => {
      const t = TEXT[lang];
      const base = stack.baseUrl;
      const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
      const side = await newIsolatedContext(browser, { viewport: { width: 1280, height: 1200 } });
      await withLanguage(side.context, lang);
      const owner = side.page;
      const consoleErrors: string[] = [];
      owner.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      const ws = await registerOwner(owner, base, { run, lang, workspaceName: `Stats ${lang.toUpperCase()}` });
      const call = <T>(method: string, path: string, body?: unknown) =>
        api<T>(owner.request, base, method, `/api/workspaces/${ws}${path}`, body);
      const brand = await call<{ id: string }>('POST', '/brands', { name: 'Kindy' });
      const account = await connectSandboxAccount(owner, base, ws, brand.id, 'Kindy');
      await call('PATCH', `/accounts/${account.id}`, {
        approvalPolicy: { requiredApprovals: 0, approverRoles: [] },
        version: account.version,
      });

      // --- A post published by the scheduler, then snapshotted at +1 h, +24 h, +7 d and +28 d. ---
      // The clocks ahead of the real time, so that the post is scheduled in the future for the API too.
      await moveTo(Math.max(clock.now().getTime(), Date.now()) + 2 * 60_000);
      const created = await call<{ id: string }>('POST', '/posts', {
        accountId: account.id,
        segments: [{ text: `Nouvelle collection Kindy ${run} : https://kindy.example/printemps` }],
        scheduledAt: new Date(clock.now().getTime() + 60_000).toISOString(),
      });
      await call('POST', `/posts/${created.id}/submit`);
      await moveTo(clock.now().getTime() + 60_000);
      await hand.publishDue();
      const post = await call<{ status: string; publishedAt: string }>('GET', `/posts/${created.id}`);
      expect(post.status).toBe('published');
      const published = Date.parse(post.publishedAt);
      for (const after of [HOUR, DAY, 7 * DAY, 28 * DAY]) {
        await moveTo(published + after);
        await scheduler.get(SnapshotWorkerService).pollDue();
      }
      const metrics = await call<PostMetricsDto>('GET', `/posts/${created.id}/metrics`);
      expect(metrics.items.map((m) => m.kind)).toEqual(['1h', '24h', '7d', '28d']);

      // What the API says over the page's default range (the last 30 days, ending at the simulated now).
      const range = `from=${new Date(published - DAY).toISOString()}&to=${new Date(clock.now().getTime() + HOUR).toISOString()}`;
      const summary = await call<AnalyticsSummaryDto>('GET', `/analytics/summary?groupBy=account&${range}`);
      const top = await call<AnalyticsPostPageDto>('GET', `/analytics/posts?sort=impressions&${range}`);
      const month = clock.now().toISOString().slice(0, 7);
      const usage = await call<AnalyticsUsageDto>('GET', `/analytics/usage?month=${month}`);
      expect(summary.items).toHaveLength(1);
      const row = summary.items[0]!;
      expect(row).toMatchObject({ key: account.id, label: 'Kindy', posts: 1 });
      expect(row.impressions).toBe(metrics.items[3]!.public.impression_count);
      expect(top.items.map((p) => p.postId)).toEqual([created.id]);
      expect(usage.costUsd).toBeGreaterThan(0);
      const { count, money, percent } = pageFigures(lang);

      // --- The browser at the simulated time: from the navigation to the page. ---
      await side.context.clock.install({ time: clock.now() });
      await owner.goto(`${base}/w/${ws}`);
      await owner.getByRole('navigation').getByRole('link', { name: t.nav, exact: true }).click();
      await owner.waitForURL(`${base}/w/${ws}/analytics`).catch((e: Error) => {
        throw new Error(`${e.message}\nconsole: ${consoleErrors.join('\n')}`);
      });
      await owner.getByRole('heading', { level: 1, name: t.nav }).waitFor();
      for (const heading of [t.summary, t.hours, t.top, t.cost])
        await owner.getByRole('heading', { level: 2, name: heading }).waitFor();

      // --- The summary by account: the API's figures in the page's language, and the chart drawn. ---
      const summaryRow = owner.getByTestId('summary-row');
      await summaryRow.waitFor();
      expect(await summaryRow.count()).toBe(1);
      const cells = (await summaryRow.locator('th, td').allTextContents()).map(plain);
      expect(cells).toEqual([
        'Kindy',
        count(row.posts),
        count(row.impressions),
        count(row.likes),
        count(row.reposts),
        count(row.replies),
        percent(row.engagementRate),
      ]);
      await owner.waitForFunction(() => {
        const canvas = document.querySelector('[data-testid="summary-chart"]') as HTMLCanvasElement | null;
        return !!canvas && canvas.width > 0 && canvas.hasAttribute('style');
      });

      // --- The best hours: one hour shaded, the 23 others empty; each hour said in words. ---
      const hours = owner.getByTestId('hour-cell');
      await owner.locator('[data-testid="hour-cell"][data-level="4"]').waitFor();
      expect(await hours.count()).toBe(24);
      expect(await owner.locator('[data-testid="hour-cell"][data-level="0"]').count()).toBe(23);
      await owner.getByTestId('best-hour').waitFor();

      // --- The top posts: the post, its figures, a link to its page. ---
      const topRow = owner.getByTestId('top-post-row');
      await topRow.waitFor();
      expect(plain(await topRow.getByTestId('top-post-impressions').innerText())).toBe(
        count(top.items[0]!.impressions),
      );
      expect(await topRow.innerText()).toContain('@Kindy');

      // --- The cost meter: the month's reads and spend as the API counts them. ---
      const meter = owner.getByTestId('cost-meter');
      await meter.getByTestId('cost-figures').waitFor();
      expect(plain(await meter.getByTestId('cost-post-reads').innerText())).toBe(count(usage.postReads));
      expect(plain(await meter.getByTestId('cost-spent').innerText())).toBe(money(usage.costUsd));
      expect(plain(await meter.getByTestId('cost-budget').innerText())).toBe(money(usage.budgetUsd));
      expect(await meter.getByTestId('cost-thinning').count()).toBe(0);
      // For the README: the page as a French team sees it.
      if (lang === 'fr') await screenshot(owner, 'analytics-fr');

      // --- Both tables as CSV files (quoted as RFC 4180 says, headings in the page's language). ---
      const summaryCsv = await download(owner, 'summary-csv');
      expect(summaryCsv.name).toMatch(/^analytics-account-.*\.csv$/);
      const summaryLines = summaryCsv.text.replace(/^\uFEFF/, '').split('\r\n');
      expect(summaryLines[0]).toContain(t.summaryHeader);
      expect(summaryLines[1]).toBe(
        [
          account.id,
          'Kindy',
          row.posts,
          row.impressions,
          row.likes,
          row.reposts,
          row.replies,
          row.quotes,
          row.bookmarks,
          row.linkClicks,
          row.engagementRate,
        ].join(','),
      );
      // The summary by approval path: the post went out without a review; its row and file say so in words.
      await owner.getByTestId('analytics-group-by').selectOption('approval');
      await summaryRow.getByText(t.noApproval, { exact: true }).waitFor();
      const approvalCsv = await download(owner, 'summary-csv');
      expect(approvalCsv.name).toMatch(/^analytics-approval-.*\.csv$/);
      const approvalLines = approvalCsv.text.replace(/^\uFEFF/, '').split('\r\n');
      expect(approvalLines[0]).toContain(t.approvalHeader);
      expect(approvalLines[1]).toBe(['none', t.noApproval, ...summaryLines[1]!.split(',').slice(2)].join(','));
      const topCsv = await download(owner, 'top-posts-csv');
      const topLines = topCsv.text.replace(/^\uFEFF/, '').split('\r\n');
      expect(topLines[0]).toBe(t.topHeader);
      expect(topLines[1]).toContain(`${created.id},${top.items[0]!.publishedAt},Kindy,${top.items[0]!.impressions}`);

      // --- A budget below what was spent: the page explains that snapshots are thinned. ---
      await meter.getByLabel(t.budgetLabel).fill('0');
      await meter.getByRole('button', { name: t.saveBudget }).click();
      // The catalogue's sentence for the level (the API names it), and the count of snapshots left out.
      const thinned = await call<AnalyticsUsageDto>('GET', `/analytics/usage?month=${month}`);
      expect(thinned.thinning).toMatchObject({ level: 'essential', messageCode: 'ANALYTICS_THINNING_ESSENTIAL' });
      const thinning = meter.getByTestId('cost-thinning');
      await thinning.getByText(MESSAGES.ANALYTICS_THINNING_ESSENTIAL[lang], { exact: false }).waitFor();
      expect(plain(await thinning.innerText())).toContain(t.skipped(count(thinned.thinning.skipped)));
      expect(plain(await meter.getByTestId('cost-budget').innerText())).toBe(money(0));
      expect((await call<AnalyticsSettingsDto>('GET', '/analytics/settings')).monthlyBudgetUsd).toBe(0);

      // --- One account chosen: its weekday × hour map, the post's cell said in words, and the map as CSV. ---
      await owner.getByTestId('best-hours-pick').waitFor();
      await owner.getByTestId('analytics-account').selectOption(account.id);
      const map = owner.getByTestId('best-hours-map');
      const hot = map.locator('[data-testid="map-cell"][data-level="4"]');
      await hot.waitFor();
      expect(await map.getByTestId('map-cell').count()).toBe(168);
      expect(await map.locator('[data-testid="map-cell"][data-level="0"]').count()).toBe(167);
      const local = (o: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat(lang, { timeZone: 'Europe/Paris', ...o }).format(published);
      const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
        new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', weekday: 'short' }).format(published),
      );
      const hour = Number(
        new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', hourCycle: 'h23', hour: '2-digit' }).format(
          published,
        ),
      );
      const when = `${local({ weekday: 'long' })} ${new Intl.DateTimeFormat(lang, { hour: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hour))}`;
      const said = plain(await hot.locator('.visually-hidden').innerText());
      expect(said.startsWith(plain(when))).toBe(true);
      expect(said).toContain(count(row.impressions));
      expect(said).toContain(t.fewCell);
      expect(await hot.getAttribute('data-best')).toBeNull();
      const mapCsv = await download(owner, 'best-hours-csv');
      expect(mapCsv.name).toMatch(/^analytics-best-hours-.*\.csv$/);
      const mapLines = mapCsv.text.replace(/^\uFEFF/, '').split('\r\n');
      expect(mapLines[0]).toBe(t.mapHeader);
      expect(mapLines[1 + weekday * 24 + hour]).toBe(
        [weekday + 1, local({ weekday: 'long' }), hour, 1, row.impressions, row.engagementRate, 1, ''].join(','),
      );

      // --- The post's page: its four snapshots, as the API gives them, and their curve. ---
      await topRow.getByRole('link').click();
      await owner.waitForURL(`${base}/w/${ws}/posts/${created.id}`);
      const section = owner.getByTestId('post-analytics');
      await section.getByRole('heading', { level: 2, name: t.postSection }).waitFor();
      const snapshots = section.getByTestId('post-metrics-row');
      await snapshots.first().waitFor();
      expect((await snapshots.locator('th').allTextContents()).map(plain)).toEqual([...t.ages]);
      const impressions = await snapshots.locator('td:nth-child(3)').allInnerTexts();
      expect(impressions.map(plain)).toEqual(metrics.items.map((m) => count(m.public.impression_count)));
      await owner.waitForFunction(() => {
        const canvas = document.querySelector('[data-testid="post-metrics-chart"]') as HTMLCanvasElement | null;
        return !!canvas && canvas.width > 0 && canvas.hasAttribute('style');
      });

      // --- The composer's best slot: one post is too little history, so the next free slot is taken, and said. ---
      const current = await call<{ version: number }>('GET', `/accounts/${account.id}`);
      await call('PATCH', `/accounts/${account.id}`, {
        postingSlots: [{ weekday: 2, time: '09:30' }],
        version: current.version,
      });
      const answer = await call<SlotPageDto>('GET', `/accounts/${account.id}/slots/next?count=1&prefer=best-hours`);
      expect(answer).toMatchObject({ basis: 'next-free', fallback: 'not-enough-history' });
      await owner.goto(`${base}/w/${ws}/compose`);
      await owner.getByRole('button', { name: t.bestSlot, exact: true }).click();
      await owner.getByTestId('slot-note-Kindy').getByText(t.noHistory).waitFor();
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/Paris',
          ...{
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          },
        })
          .formatToParts(new Date(answer.items[0]!))
          .map((p) => [p.type, p.value]),
      );
      expect(await owner.locator(`[id="when-${account.id}"]`).inputValue()).toBe(
        `${parts['day']}/${parts['month']}/${parts['year']} ${parts['hour']}:${parts['minute']}`,
      );

      expect(side.errors).toEqual([]);
      await side.context.close();
    },
  );
});
