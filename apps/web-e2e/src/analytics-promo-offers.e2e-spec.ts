// The analytics page's self-promotion and job-offer reports in real Chromium, in French and in English, on the full
// stack wired to the X sandbox (its clock standing still between the test's moves, the scheduler driven by hand):
// @Kindy publishes two self-promotional posts (a tag, a promo code) and two others, one of them a job offer's, under
// a charter of at most 1 in 3; the snapshot worker reads them at +24 h. The page shows the API's figures, says the
// charter's limit and the worst window in a sentence, marks the account over the limit in words, and both tables
// download as CSV files.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { SnapshotWorkerService } from '@xp/server/application';
import type { JobOfferClicksReportDto, SelfPromotionReportDto } from '@xp/shared';
import { api } from './support/api';
import { pageFigures, plain, startHandDrivenStack, type HandDrivenStack } from './support/hand-driven';
import { newIsolatedContext } from './support/browser';
import { connectSandboxAccount, registerOwner, withLanguage, type Lang } from './support/workspace';

/** Visible texts, written out so that broken i18n fails the test. */
const TEXT = {
  fr: {
    selfPromo: 'Autopromotion publiée',
    jobOffers: 'Offres d’emploi : clics sur les liens',
    explain:
      '@Kindy — Charte : au plus 1 publication(s) promotionnelle(s) sur 3 — publié : 2 sur 3 au pire Limite dépassée.',
    exceeded: 'Dépassée',
    selfPromoHeader: 'Compte,Publications,Promotionnelles,Part,Limite (publications),Fenêtre (publications)',
    offersHeader: 'Identifiant de l’offre,Offre,Publications,Impressions,Clics sur les liens,Taux d’engagement',
  },
  en: {
    selfPromo: 'Self-promotion published',
    jobOffers: 'Job offers: link clicks',
    explain: '@Kindy — Charter: at most 1 promotional post(s) in 3 — published: 2 in 3 at worst Limit exceeded.',
    exceeded: 'Exceeded',
    selfPromoHeader: 'Account,Posts,Promotional,Share,Limit (posts),Window (posts)',
    offersHeader: 'Job offer id,Job offer,Posts,Impressions,Link clicks,Engagement rate',
  },
} as const satisfies Record<Lang, unknown>;

jest.setTimeout(300_000);

describe('self-promotion and job offers on the analytics page', () => {
  let world: HandDrivenStack;
  /** The sandbox's clock and the scheduler's moved on by `ms`. */
  const advance = (ms: number) => world.moveTo(world.clock.now().getTime() + ms);

  beforeAll(async () => {
    world = await startHandDrivenStack('xp-e2e-promo');
  });

  afterAll(async () => {
    await world?.stop();
  });

  async function csvOf(page: Page, testId: string): Promise<string[]> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    return readFileSync((await file.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
  }

  it.each<Lang>(['fr', 'en'])('shows the reports with the API’s figures and exports them (%s)', async (lang) => {
    const t = TEXT[lang];
    const { stack, scheduler, clock, browser } = world;
    const base = stack.baseUrl;
    const run = `so-${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const side = await newIsolatedContext(browser, { viewport: { width: 1280, height: 1400 } });
    await withLanguage(side.context, lang);
    const page = side.page;
    const ws = await registerOwner(page, base, { run, lang, workspaceName: `Promo ${lang.toUpperCase()}` });
    const call = <T>(method: string, path: string, body?: unknown) =>
      api<T>(page.request, base, method, `/api/workspaces/${ws}${path}`, body);
    const brand = await call<{ id: string }>('POST', '/brands', { name: 'Kindy' });
    await call('PUT', `/brands/${brand.id}/charter`, {
      charter: { selfPromotion: { maxPerWindow: 1, windowSize: 3 } },
      version: null,
    });
    const account = await connectSandboxAccount(page, base, ws, brand.id, 'Kindy');
    await call('PATCH', `/accounts/${account.id}`, {
      approvalPolicy: { requiredApprovals: 0, approverRoles: [] },
      version: account.version,
    });

    // Four posts a minute apart (the clocks ahead of the real time, so that each is in the future for the API).
    await advance(Math.max(0, Date.now() - clock.now().getTime()) + 60_000);
    const publishNext = async () => {
      await advance(60_000);
      await world.publishDue();
    };
    const at = () => new Date(clock.now().getTime() + 30_000).toISOString();
    for (const [text, tags] of [
      [`Nouvelle collection ${run}`, ['autopromo']],
      [`Code promo KINDY10 ce week-end ${run}`, []],
      [`Les coulisses de l’atelier ${run}`, []],
    ] as const) {
      const post = await call<{ id: string }>('POST', '/posts', {
        accountId: account.id,
        segments: [{ text }],
        tags,
        scheduledAt: at(),
      });
      await call('POST', `/posts/${post.id}/submit`);
      await publishNext();
    }
    const offer = await call<{ id: string }>('POST', '/job-offers', {
      accountId: account.id,
      title: `Vendeuse conseil ${lang}`,
      location: 'Lyon',
      contractType: 'cdi',
      url: 'https://careers.kindy.example/jobs/42',
      hashtags: ['Recrutement'],
      generate: { languages: ['fr'], scheduledAt: at(), submit: true },
    });
    await publishNext();
    await advance(24 * 3_600_000);
    await scheduler.get(SnapshotWorkerService).pollDue();

    const range = `from=${new Date(clock.now().getTime() - 7 * 86_400_000).toISOString()}&to=${new Date(clock.now().getTime() + 60_000).toISOString()}`;
    const promo = (await call<SelfPromotionReportDto>('GET', `/analytics/self-promotion?${range}`)).items;
    expect(promo).toEqual([
      expect.objectContaining({ handle: 'Kindy', posts: 4, selfPromotional: 2, worstWindow: 2, exceeded: true }),
    ]);
    const offers = (await call<JobOfferClicksReportDto>('GET', `/analytics/job-offers?${range}`)).items;
    expect(offers).toHaveLength(1);
    const o = offers[0]!;
    expect(o).toMatchObject({ jobOfferId: offer.id, posts: 1 });
    expect(o.linkClicks).toBeGreaterThan(0);

    // --- The page at the simulated time, its default range (the last 30 days). ---
    await side.context.clock.install({ time: clock.now() });
    await page.goto(`${base}/w/${ws}/analytics`);
    const { count, percent } = pageFigures(lang);

    const promoSection = page.getByTestId('self-promotion-report');
    await promoSection.getByRole('heading', { level: 2, name: t.selfPromo }).waitFor();
    const row = promoSection.getByTestId('self-promo-row');
    await row.waitFor();
    expect(await row.getAttribute('data-exceeded')).toBe('true');
    expect(plain(await row.getByTestId('self-promo-count').innerText())).toBe(count(2));
    expect(plain(await row.getByTestId('self-promo-status').innerText())).toBe(`⚠ ${t.exceeded}`);
    expect(plain(await promoSection.getByTestId('self-promo-explain').innerText())).toBe(t.explain);

    const offersSection = page.getByTestId('job-offer-clicks');
    await offersSection.getByRole('heading', { level: 2, name: t.jobOffers }).waitFor();
    const offerRow = offersSection.getByTestId('job-offer-row');
    await offerRow.waitFor();
    expect((await offerRow.locator('th, td').allTextContents()).map(plain)).toEqual([
      o.title,
      count(o.posts),
      count(o.impressions),
      count(o.linkClicks),
      percent(o.engagementRate),
      count(o.clickRate),
    ]);

    // --- Both tables as CSV files, headings in the page's language, numbers raw. ---
    const promoCsv = await csvOf(page, 'self-promo-csv');
    expect(promoCsv[0]).toContain(t.selfPromoHeader);
    expect(promoCsv[1]).toBe(['Kindy', 4, 2, 0.5, 1, 3, 0.3333, 2, 'true'].join(','));
    const offersCsv = await csvOf(page, 'job-offers-csv');
    expect(offersCsv[0]).toContain(t.offersHeader);
    expect(offersCsv[1]).toBe(
      [o.jobOfferId, o.title, o.posts, o.impressions, o.linkClicks, o.engagementRate, o.clickRate].join(','),
    );

    expect(side.errors).toEqual([]);
    await side.context.close();
  });
});
