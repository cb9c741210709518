// Recruiters and volume (issue #7) in real Chromium, in French and in English:
//  - a recruiter limited to @TotalCareers uploads a CSV with some bad rows; the dry-run report lists exactly the
//    bad rows with their reasons (and nothing is written); the rest is imported as drafts and the progress
//    reaches the total;
//  - a manager starts a live session on @F1TotalOfficiel and queues ten posts from the keyboard only (type,
//    Enter, the focus stays in the box), and sees them listed with their status and deadline;
//  - the owner's approval inbox shows them in the fast lane, ordered by their publishBy deadline.
// Screenshots of the import report, the live page and the fast lane go to docs/screenshots/.
// Not covered here: publication by the scheduler (startStack runs the API only).
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newIsolatedContext, screenshot } from './support/browser';
import type { TestStack } from './support/stack';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import type { RunningSandbox } from '@xp/x-sandbox';
import { startStackWithSandbox } from './support/workspace';
import { api } from './support/api';

const CLIENT_ID = 'xp-e2e-recruiting';
const TZ = 'Europe/Paris';

/** Visible texts, written out (not read from the translation files) so that broken i18n fails the test. */
const TEXT = {
  fr: {
    navImport: 'Import',
    importTitle: 'Import en masse',
    file: 'Fichier CSV ou Excel',
    badCount: '5 en erreur',
    validCount: '25 valide(s)',
    reasons: {
      4: ['Compte', 'Vous ne pouvez pas publier sur @F1TotalOfficiel'],
      9: ['Date', 'Date invalide « 2026-02-30 »'],
      15: ['Heure', 'Heure invalide « 25:00 »'],
      22: ['Texte', 'caractères pondérés ; 280 au plus'],
      27: ['Texte', 'Le texte est vide'],
    } as Record<number, [string, string]>,
    onlyBad: 'N’afficher que les lignes en erreur',
    asDraft: 'Brouillons',
    rowByRow: 'Ligne par ligne : importer les autres',
    run: '3. Importer les 25 ligne(s) valide(s)',
    progress: '25 / 25 lignes traitées',
    doneTitle: 'Import terminé',
    doneText: '25 post(s) créé(s) (Brouillon), 0 en échec, 5 ligne(s) en erreur ignorée(s).',
    liveTitle: 'Événements en direct',
    sessionTitle: 'Événement',
    account: 'Compte',
    budgetInput: 'Budget (posts)',
    composeLabel: 'Post en direct pour @F1TotalOfficiel',
    inReview: 'En validation',
    budgetText: '10 / 50 posts utilisés — reste 40',
    inboxTitle: 'Validations',
    fastLane: 'Voie rapide — posts en direct (10)',
    offersTitle: 'Offres d’emploi',
    offer: {
      newTitle: 'Nouvelle offre d’emploi',
      title: 'Intitulé du poste',
      location: 'Lieu',
      url: 'Lien pour postuler',
      closesAt: 'Date de clôture',
      hashtags: 'Hashtags',
      titleEn: 'Intitulé en anglais',
      hashtagsEn: 'Hashtags en anglais',
      create: 'Créer l’offre',
      created: '2 post(s) généré(s)',
      previewFr: 'Nous recrutons : Ingénieure données',
      previewEn: '(Permanent) in Paris La Défense',
      draft: 'Brouillon',
      deleteTweets: 'Supprimer aussi ses tweets publiés sur X',
      close: 'Clôturer l’offre',
      closeYes: 'Oui, la clôturer',
      closed: '2 post(s) en attente annulé(s), 0 tweet(s) supprimé(s).',
      closedState: 'Clôturée',
    },
    feedsTitle: 'Flux iCal',
    feedCreate: 'Créer le lien',
    feedCreated: 'Lien créé',
    feedRevoke: 'Révoquer le flux de @TotalCareers',
    feedRevoked: 'Révoqué',
    other: { importTitle: 'Bulk import', liveTitle: 'Live events', offersTitle: 'Job offers' },
  },
  en: {
    navImport: 'Import',
    importTitle: 'Bulk import',
    file: 'CSV or Excel file',
    badCount: '5 with errors',
    validCount: '25 valid',
    reasons: {
      4: ['Account', 'You may not post to @F1TotalOfficiel'],
      9: ['Date', 'Invalid date "2026-02-30"'],
      15: ['Time', 'Invalid time "25:00"'],
      22: ['Text', 'weighted characters; at most 280'],
      27: ['Text', 'The text is empty'],
    } as Record<number, [string, string]>,
    onlyBad: 'Show only the rows with errors',
    asDraft: 'Drafts',
    rowByRow: 'Row by row: import the others',
    run: '3. Import the 25 valid row(s)',
    progress: '25 / 25 rows processed',
    doneTitle: 'Import finished',
    doneText: '25 post(s) created (Draft), 0 failed, 5 row(s) with errors skipped.',
    liveTitle: 'Live events',
    sessionTitle: 'Event',
    account: 'Account',
    budgetInput: 'Budget (posts)',
    composeLabel: 'Live post for @F1TotalOfficiel',
    inReview: 'In review',
    budgetText: '10 / 50 posts used — 40 left',
    inboxTitle: 'Approvals',
    fastLane: 'Fast lane — live posts (10)',
    offersTitle: 'Job offers',
    offer: {
      newTitle: 'New job offer',
      title: 'Job title',
      location: 'Location',
      url: 'Link to apply',
      closesAt: 'Closing date',
      hashtags: 'Hashtags',
      titleEn: 'Title in English',
      hashtagsEn: 'Hashtags in English',
      create: 'Create the offer',
      created: '2 post(s) generated',
      previewFr: 'Nous recrutons : Ingénieure données',
      previewEn: '(Permanent) in Paris La Défense',
      draft: 'Draft',
      deleteTweets: 'Also delete its published tweets on X',
      close: 'Close the offer',
      closeYes: 'Yes, close it',
      closed: '2 pending post(s) cancelled, 0 tweet(s) deleted.',
      closedState: 'Closed',
    },
    feedsTitle: 'iCal feeds',
    feedCreate: 'Create the link',
    feedCreated: 'Link created',
    feedRevoke: 'Revoke the feed of @TotalCareers',
    feedRevoked: 'Revoked',
    other: { importTitle: 'Import en masse', liveTitle: 'Événements en direct', offersTitle: 'Offres d’emploi' },
  },
} as const;
type Lang = keyof typeof TEXT;
const BAD_ROWS = [4, 9, 15, 22, 27];

jest.setTimeout(240_000);

/** The wall-clock date (YYYY-MM-DD) in `TZ`, `days` from now. */
function dayInTz(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

async function withLanguage(context: BrowserContext, lang: Lang): Promise<void> {
  await context.addInitScript((l) => localStorage.setItem('xp.lang', l), lang);
}

const csvCell = (s: string): string => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** 30 rows for @TotalCareers, five of them bad (rows 4, 9, 15, 22 and 27), each for a different reason. */
function csvFile(run: string): string {
  const lines = ['account,date,time,text,tags'];
  for (let row = 1; row <= 30; row++) {
    let cells = [
      '@TotalCareers',
      dayInTz(3 + (row % 7)),
      `${String(9 + (row % 8)).padStart(2, '0')}:${row % 2 ? '15' : '45'}`,
      `Offre n°${row} (${run}) : rejoignez l’équipe, postulez sur https://careers.total.example/jobs/${row}`,
      'recrutement',
    ];
    if (row === 4) cells = ['@F1TotalOfficiel', dayInTz(4), '10:00', `Pas pour vous ${run}`, ''];
    if (row === 9) cells = ['@TotalCareers', '2026-02-30', '10:00', `Date impossible ${run}`, ''];
    if (row === 15) cells = ['@TotalCareers', dayInTz(5), '25:00', `Heure impossible ${run}`, ''];
    if (row === 22) cells = ['@TotalCareers', dayInTz(6), '10:00', `Trop long ${'é'.repeat(290)}`, ''];
    if (row === 27) cells = ['@TotalCareers', dayInTz(6), '11:00', '   ', ''];
    lines.push(cells.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

describe.each<Lang>(['fr', 'en'])('recruiters and volume in the browser (%s)', (lang) => {
  const t = TEXT[lang];
  let sandbox: RunningSandbox;
  let stack: TestStack;
  let browser: Browser;
  let base: string;
  let run: string;
  let ws: string;
  let careers: string;
  let f1: string;
  const sides: { context: BrowserContext; page: Page; errors: string[] }[] = [];

  /** A new member who joins through an invitation, in their own browser profile. */
  const join = async (
    owner: Page,
    role: 'editor' | 'manager',
    name: string,
    accountIds?: string[],
  ): Promise<{ context: BrowserContext; page: Page; errors: string[] }> => {
    const inv = await api<{ link: string }>(owner.request, base, 'POST', `/api/workspaces/${ws}/invitations`, {
      email: `${role}-${run}@example.com`,
      role,
      ...(accountIds ? { accountIds } : {}),
    });
    const side = await newIsolatedContext(browser, { viewport: { width: 1280, height: 1400 } });
    await withLanguage(side.context, lang);
    const token = new URL(inv.link).pathname.split('/').pop()!;
    await api(side.page.request, base, 'POST', `/api/invitations/${token}/accept`, {
      displayName: name,
      password: `${role}-Pass-${run}-!9x`,
    });
    sides.push(side);
    return side;
  };

  let ownerSide: { context: BrowserContext; page: Page; errors: string[] };
  let recruiterSide: { context: BrowserContext; page: Page; errors: string[] };

  beforeAll(async () => {
    ({ sandbox, stack } = await startStackWithSandbox(CLIENT_ID));
    base = stack.baseUrl;
    browser = await launchBrowser();
    run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

    // The owner: workspace, brand, @TotalCareers and @F1TotalOfficiel connected through X's authorize page.
    ownerSide = await newIsolatedContext(browser, { viewport: { width: 1280, height: 1400 } });
    sides.push(ownerSide);
    await withLanguage(ownerSide.context, lang);
    const owner = ownerSide.page;
    const me = await api<{ workspaces: { id: string }[] }>(owner.request, base, 'POST', '/api/auth/register', {
      email: `owner-${run}@example.com`,
      password: `Owner-Pass-${run}-!9x`,
      displayName: `Camille Owner ${lang.toUpperCase()}`,
      workspaceName: `Total ${lang.toUpperCase()}`,
      locale: lang,
    });
    ws = me.workspaces[0]!.id;
    const brand = await api<{ id: string }>(owner.request, base, 'POST', `/api/workspaces/${ws}/brands`, {
      name: 'Total',
      color: '#c2410c',
    });
    for (const handle of ['TotalCareers', 'F1TotalOfficiel']) {
      const { authorizeUrl } = await api<{ authorizeUrl: string }>(
        owner.request,
        base,
        'POST',
        `/api/workspaces/${ws}/accounts/connect`,
        { brandId: brand.id },
      );
      await owner.goto(`${authorizeUrl}&sandbox_user=${handle}`);
      await owner.waitForURL(`${base}/w/${ws}/accounts?connected=${handle}`);
    }
    const accounts = await api<{ items: { id: string; handle: string; version: number }[] }>(
      owner.request,
      base,
      'GET',
      `/api/workspaces/${ws}/accounts`,
    );
    careers = accounts.items.find((a) => a.handle === 'TotalCareers')!.id;
    const f1Account = accounts.items.find((a) => a.handle === 'F1TotalOfficiel')!;
    f1 = f1Account.id;
    // Live-tweets go out on the Pro tier; one approval by an owner, admin or manager.
    await api(owner.request, base, 'PATCH', `/api/workspaces/${ws}/accounts/${f1}`, {
      timezone: TZ,
      rateLimitTier: 'pro',
      approvalPolicy: { requiredApprovals: 1, approverRoles: ['owner', 'admin', 'manager'] },
      version: f1Account.version,
    });
  });

  afterAll(async () => {
    for (const side of sides) await side.context.close();
    await browser?.close();
    await stack?.stop();
    await sandbox?.close();
  });

  it('a recruiter limited to @TotalCareers dry-runs a CSV, sees exactly its bad rows with reasons, imports the rest as drafts', async () => {
    recruiterSide = await join(ownerSide.page, 'editor', `Rémi Recruiter ${lang.toUpperCase()}`, [careers]);
    const page = recruiterSide.page;

    await page.goto(`${base}/w/${ws}/import`);
    await page.getByRole('heading', { level: 1, name: t.importTitle }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: t.other.importTitle }).count()).toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: t.navImport, exact: true }).waitFor();

    await page.getByLabel(t.file, { exact: true }).setInputFiles({
      name: 'offres.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csvFile(run), 'utf8'),
    });
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await page.getByTestId('bad-count').getByText(t.badCount).waitFor();
    await page.getByTestId('import-summary').getByText(t.validCount).waitFor();

    // Exactly the bad rows are marked, each with its reason in the page's language.
    const rows = page.getByTestId('import-row');
    expect(await rows.count()).toBe(30);
    const marked = await page
      .locator('[data-testid="import-row"][data-bad="true"]')
      .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-row'))));
    expect(marked).toEqual(BAD_ROWS);
    for (const row of BAD_ROWS) {
      const errors = await page
        .locator(`[data-testid="import-row"][data-row="${row}"] [data-testid="row-errors"]`)
        .innerText();
      const [field, reason] = t.reasons[row]!;
      expect(errors).toContain(field);
      expect(errors).toContain(reason);
    }
    // A good row: account, the local time in the account's timezone, the weighted length.
    const first = await page.locator('[data-testid="import-row"][data-row="1"]').innerText();
    expect(first).toContain('@TotalCareers');
    expect(first).toContain(`${dayInTz(4)} 10:15`);
    expect(first).toContain(TZ);
    expect(first).toMatch(/\t\d{2,3}\t/);
    // The dry run wrote nothing.
    const before = await api<{ items: unknown[] }>(
      page.request,
      base,
      'GET',
      `/api/workspaces/${ws}/posts?accountId=${careers}`,
    );
    expect(before.items).toHaveLength(0);
    // The report can be narrowed to the bad rows.
    await page.getByLabel(t.onlyBad).check();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="import-row"]').length === 5);
    await screenshot(page, `import-report-${lang}`);
    await page.getByLabel(t.onlyBad).uncheck();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="import-row"]').length === 30);

    await page.getByLabel(t.asDraft).check();
    await page.getByLabel(t.rowByRow).check();
    await page.getByRole('button', { name: t.run }).click();
    await page.getByTestId('import-progress-text').getByText(t.progress).waitFor();
    await page.getByTestId('import-done').getByText(t.doneTitle).waitFor();
    expect(await page.getByTestId('import-done').innerText()).toContain(t.doneText);
    const bar = page.locator('#import-progress-bar');
    expect(await bar.getAttribute('max')).toBe('25');
    expect(await bar.evaluate((el: HTMLProgressElement) => el.value)).toBe(25);

    const after = await api<{ items: { status: string; segments: { text: string }[] }[] }>(
      page.request,
      base,
      'GET',
      `/api/workspaces/${ws}/posts?accountId=${careers}`,
    );
    expect(after.items).toHaveLength(25);
    expect(after.items.every((p) => p.status === 'draft')).toBe(true);
    expect(after.items.every((p) => p.segments[0]!.text.includes(run))).toBe(true);
    expect(recruiterSide.errors).toEqual([]);
  });

  it('the recruiter creates a job offer, previews and generates its FR/EN posts, closes it; shares an iCal feed and revokes it', async () => {
    const page = recruiterSide.page;
    const o = t.offer;
    await page.goto(`${base}/w/${ws}/job-offers`);
    await page.getByRole('heading', { level: 1, name: t.offersTitle }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: t.other.offersTitle }).count()).toBe(0);
    await page.getByRole('heading', { level: 2, name: o.newTitle }).waitFor();
    await page.getByLabel(o.title).fill(`Ingénieure données ${run}`);
    await page.getByLabel(o.location).fill('Paris La Défense');
    await page.getByLabel(o.url).fill('https://careers.total.example/jobs/42');
    // The app's date field: jj/mm/aaaa (dd/mm/yyyy in English too).
    await page.getByLabel(o.closesAt).fill(dayInTz(30).split('-').reverse().join('/'));
    await page.getByLabel(o.hashtags, { exact: true }).fill('#Recrutement Data');
    // The English post has its own title and hashtags (the French ones are not repeated in English).
    await page.getByLabel(o.titleEn).fill(`Data engineer ${run}`);
    await page.getByLabel(o.hashtagsEn).fill('#Hiring Data');
    await page.getByRole('button', { name: o.create }).click();
    await page.getByTestId('job-notice').getByText(o.created).waitFor();
    await page.waitForURL(/[?&]offer=[0-9a-f-]+/);
    const offerId = new URL(page.url()).searchParams.get('offer')!;
    const detail = page.getByTestId('offer-detail');
    await detail.getByTestId('offer-preview-fr').getByText(o.previewFr).waitFor();
    expect(await detail.getByTestId('offer-preview-fr').innerText()).toContain('#Recrutement #Data');
    await detail.getByTestId('offer-preview-en').getByText(o.previewEn).waitFor();
    const english = await detail.getByTestId('offer-preview-en').innerText();
    expect(english).toContain(`We are hiring: Data engineer ${run} (Permanent)`);
    expect(english).toContain('#Hiring #Data');
    expect(english).not.toContain('Ingénieure');
    expect(english).not.toContain('#Recrutement');
    const posts = detail.getByTestId('offer-posts').locator('li');
    expect(await posts.count()).toBe(2);
    expect(await posts.allInnerTexts()).toEqual([expect.stringContaining(o.draft), expect.stringContaining(o.draft)]);

    await detail.getByLabel(o.deleteTweets).check();
    await detail.getByRole('button', { name: o.close }).click();
    await detail.getByRole('button', { name: o.closeYes }).click();
    await detail.getByTestId('close-result').getByText(o.closed).waitFor();
    await page.locator(`[data-offer="${offerId}"]`).getByText(o.closedState).waitFor();
    await screenshot(page, `job-offers-${lang}`);
    const closed = await api<{ status: string; posts: { status: string }[] }>(
      page.request,
      base,
      'GET',
      `/api/workspaces/${ws}/job-offers/${offerId}`,
    );
    expect(closed.status).toBe('closed');
    expect(closed.posts.map((p) => p.status)).toEqual(['cancelled', 'cancelled']);

    // iCal: a secret link for @TotalCareers (the recruiter's only account), copied, then revoked.
    await page.goto(`${base}/w/${ws}/calendar-feeds`);
    await page.getByRole('heading', { level: 1, name: t.feedsTitle }).waitFor();
    await page.getByRole('button', { name: t.feedCreate }).click();
    await page.getByTestId('feed-created').getByText(t.feedCreated).waitFor();
    const url = await page.locator('#feed-url').inputValue();
    expect(url).toMatch(new RegExp(`^${base}/api/ical/ical_[^/]+\\.ics$`));
    const ics = await page.request.get(url);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    await page.getByRole('button', { name: t.feedRevoke }).click();
    await page.getByTestId('feeds-table').getByText(t.feedRevoked).waitFor();
    expect((await page.request.get(url)).status()).toBe(404);
    expect(recruiterSide.errors).toEqual([]);
  });

  it('a manager starts a live session and queues ten posts from the keyboard; the inbox shows them in the fast lane', async () => {
    const managerSide = await join(ownerSide.page, 'manager', `Morgan Manager ${lang.toUpperCase()}`);
    const page = managerSide.page;

    await page.goto(`${base}/w/${ws}/live`);
    await page.getByRole('heading', { level: 1, name: t.liveTitle }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: t.other.liveTitle }).count()).toBe(0);

    // Keyboard only: no click anywhere in this test.
    await page.getByLabel(t.account, { exact: true }).selectOption({ label: '@F1TotalOfficiel' });
    await page.getByLabel(t.budgetInput).focus();
    await page.keyboard.type('50');
    await page.getByLabel(t.sessionTitle, { exact: true }).focus();
    await page.keyboard.type(`Grand Prix ${run}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]session=[0-9a-f-]+/);
    const sessionId = new URL(page.url()).searchParams.get('session')!;
    await page.getByLabel(t.composeLabel).waitFor();
    // The cursor is in the composer at once.
    await page.waitForFunction(() => document.activeElement?.id === 'live-text');

    const texts: string[] = [];
    for (let n = 1; n <= 10; n++) {
      const text = n === 5 ? `Tour ${n} ${run}\nDépassement !` : `Tour ${n} ${run} : ça roule 🏎️`;
      texts.push(text);
      const [head, tail] = text.split('\n');
      await page.keyboard.type(head!);
      if (tail !== undefined) {
        await page.keyboard.press('Shift+Enter');
        await page.keyboard.type(tail);
      }
      await page.keyboard.press(n % 2 ? 'Enter' : 'Control+Enter');
      // The box is empty again and keeps the focus, ready for the next post.
      await page.waitForFunction(() => {
        const box = document.activeElement as HTMLTextAreaElement | null;
        return box?.id === 'live-text' && box.value === '';
      });
    }

    // All ten are listed (newest first) with their status and deadline.
    const items = page.getByTestId('live-post');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="live-post"]').length === 10);
    await page.waitForFunction(() => !document.querySelector('[data-testid="live-outgoing"]'));
    const shown = await items.evaluateAll((lis) =>
      lis.map((li) => (li.querySelector('.post__text')?.textContent ?? '').trim()),
    );
    expect(shown).toEqual([...texts].reverse());
    for (const status of await page.getByTestId('live-post-status').allInnerTexts()) expect(status).toBe(t.inReview);
    expect(await page.getByTestId('live-post-deadline').count()).toBe(10);
    await page.getByTestId('live-budget-text').getByText(t.budgetText).waitFor();

    const listed = await api<{
      items: { id: string; kind: string; scheduledAt: string; publishBy: string; segments: { text: string }[] }[];
    }>(page.request, base, 'GET', `/api/workspaces/${ws}/live-sessions/${sessionId}/posts`);
    expect(listed.items.map((p) => p.segments[0]!.text)).toEqual(texts);
    for (const p of listed.items) {
      expect(p.kind).toBe('live');
      expect(new Date(p.publishBy).getTime() - new Date(p.scheduledAt).getTime()).toBe(60_000);
    }
    await screenshot(page, `live-${lang}`);
    expect(managerSide.errors).toEqual([]);

    // The owner's inbox: the live posts first, in their own section, by deadline.
    const owner = ownerSide.page;
    await owner.goto(`${base}/w/${ws}/inbox`);
    await owner.getByRole('heading', { level: 1, name: t.inboxTitle }).waitFor();
    const lane = owner.getByTestId('fast-lane');
    await lane.getByRole('heading', { name: t.fastLane }).waitFor();
    const byDeadline = [...listed.items]
      .sort((a, b) => new Date(a.publishBy).getTime() - new Date(b.publishBy).getTime())
      .map((p) => p.id);
    const inLane = await lane
      .getByTestId('fast-lane-item')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-post')));
    expect(inLane).toEqual(byDeadline);
    // Not repeated in the ordinary list below.
    expect(await owner.locator('[data-testid="inbox-item"]').count()).toBe(0);
    await screenshot(owner, `inbox-fast-lane-${lang}`);
    expect(ownerSide.errors).toEqual([]);
  });
});
