// The owner tools in real Chromium, in French and in English: an owner creates a personal access token (shown
// once), changes a notification preference, creates a webhook to a local receiver and sends it a test (delivered by
// the in-process scheduler, signed), edits and saves a brand's charter (a wrong number is refused next to its
// field first), filters the audit trail and verifies its chain; an editor is offered none of the owner screens and
// reads the charter without being able to change it.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newIsolatedContext, screenshot } from './support/browser';
import { startStack, type TestStack } from './support/stack';
import { api } from './support/api';

type Lang = 'fr' | 'en';

/** Visible texts, written out (not read from the translation files) so that broken i18n fails the test. */
const TEXT = {
  fr: {
    accountTitle: 'Mon compte',
    tokensTitle: 'Jetons d’accès personnels',
    tokenName: 'Nom du jeton',
    expiry: 'Expiration',
    createToken: 'Créer le jeton',
    tokenCreated: 'Jeton créé',
    copyToken: 'Copier le jeton',
    copied: 'Copié !',
    revokeToken: 'Révoquer le jeton CI',
    revokeYes: 'Oui, révoquer',
    notifTitle: 'Notifications',
    emailPublished: 'Publication publiée : par e-mail',
    savePrefs: 'Enregistrer mes préférences',
    prefsSaved: 'Vos préférences de notification ont été enregistrées.',
    navWebhooks: 'Webhooks',
    navAudit: 'Audit',
    navCharter: 'Charte',
    webhooksTitle: 'Webhooks',
    receiverUrl: 'URL du récepteur',
    holdPlaced: 'Gel des publications activé',
    createWebhook: 'Créer le webhook',
    webhookCreated: 'Webhook créé',
    sendTest: 'Envoyer un test',
    refresh: 'Actualiser',
    delivered: 'Livré',
    charterTitle: 'Charte éditoriale',
    confidential: 'Noms de code, résultats non publiés…',
    maxHashtags: 'Hashtags au plus',
    wholeOrEmpty: 'Saisissez un nombre entier, ou laissez vide pour ne pas limiter.',
    saveCharter: 'Enregistrer la charte',
    charterSaved: 'La charte a été enregistrée.',
    readOnly: 'Lecture seule : seuls les propriétaires, administrateurs et responsables modifient la charte.',
    auditTitle: 'Journal d’audit',
    action: 'Action',
    filter: 'Filtrer',
    subjectCharter: 'Charte',
    verify: 'Vérifier la chaîne',
    intact: /^Chaîne intègre : \d+ événements vérifiés\.$/,
    forbidden: "Vous n'avez pas le droit de faire cela.",
  },
  en: {
    accountTitle: 'My account',
    tokensTitle: 'Personal access tokens',
    tokenName: 'Token name',
    expiry: 'Expiry',
    createToken: 'Create the token',
    tokenCreated: 'Token created',
    copyToken: 'Copy the token',
    copied: 'Copied!',
    revokeToken: 'Revoke the token CI',
    revokeYes: 'Yes, revoke',
    notifTitle: 'Notifications',
    emailPublished: 'Post published: by e-mail',
    savePrefs: 'Save my preferences',
    prefsSaved: 'Your notification preferences were saved.',
    navWebhooks: 'Webhooks',
    navAudit: 'Audit',
    navCharter: 'Charter',
    webhooksTitle: 'Webhooks',
    receiverUrl: 'Receiver URL',
    holdPlaced: 'Publishing hold placed',
    createWebhook: 'Create the webhook',
    webhookCreated: 'Webhook created',
    sendTest: 'Send a test',
    refresh: 'Refresh',
    delivered: 'Delivered',
    charterTitle: 'Editorial charter',
    confidential: 'Code names, unpublished results…',
    maxHashtags: 'At most hashtags',
    wholeOrEmpty: 'Enter a whole number, or leave empty for no limit.',
    saveCharter: 'Save the charter',
    charterSaved: 'The charter was saved.',
    readOnly: 'Read only: only owners, admins and managers change the charter.',
    auditTitle: 'Audit trail',
    action: 'Action',
    filter: 'Filter',
    subjectCharter: 'Charter',
    verify: 'Verify the chain',
    intact: /^Chain intact: \d+ events checked\.$/,
    forbidden: 'You are not allowed to do this.',
  },
} as const;

/** A local webhook receiver (loopback: the stack runs with WEBHOOK_ALLOW_LOOPBACK). */
class Receiver {
  readonly hits: { headers: IncomingHttpHeaders; body: string }[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.hits.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.end('ok');
      });
    });
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  stop(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }
}

async function withLanguage(context: BrowserContext, lang: Lang): Promise<void> {
  await context.addInitScript((l) => localStorage.setItem('xp.lang', l), lang);
}

async function heading(page: Page, name: string, level = 1): Promise<void> {
  await page.getByRole('heading', { level, name, exact: true }).waitFor();
}

describe('owner tools in the browser', () => {
  let stack: TestStack;
  let browser: Browser;
  const receiver = new Receiver();

  beforeAll(async () => {
    await receiver.start();
    stack = await startStack({ WEBHOOK_ALLOW_LOOPBACK: 'true' }, { scheduler: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await receiver.stop();
  });

  it.each<Lang>(['fr', 'en'])(
    'an owner uses tokens, notifications, webhooks, the charter and the audit trail; an editor is not offered them (%s)',
    async (lang) => {
      const t = TEXT[lang];
      const base = stack.baseUrl;
      const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

      // --- An owner with a workspace and a brand; an editor joins through an invitation. ---
      // Tall enough for the account page without scrolling (full-page screenshots under a sticky top bar).
      const ownerSide = await newIsolatedContext(browser, { viewport: { width: 1280, height: 1800 } });
      await withLanguage(ownerSide.context, lang);
      const page = ownerSide.page;
      const me = await api<{ workspaces: { id: string }[] }>(page.request, base, 'POST', '/api/auth/register', {
        email: `owner-${run}@example.com`,
        password: `Owner-Pass-${run}-!9x`,
        displayName: `Camille Owner ${lang.toUpperCase()}`,
        workspaceName: `Tools ${lang.toUpperCase()}`,
        locale: lang,
      });
      const ws = me.workspaces[0]!.id;
      await api(page.request, base, 'POST', `/api/workspaces/${ws}/brands`, { name: 'Kindy', color: '#1f4fd1' });
      const inv = await api<{ link: string }>(page.request, base, 'POST', `/api/workspaces/${ws}/invitations`, {
        email: `editor-${run}@example.com`,
        role: 'editor',
      });
      const editorSide = await newIsolatedContext(browser);
      await withLanguage(editorSide.context, lang);
      await api(
        editorSide.page.request,
        base,
        'POST',
        `/api/invitations/${new URL(inv.link).pathname.split('/').pop()}/accept`,
        {
          displayName: `Dominique Editor ${lang.toUpperCase()}`,
          password: `Editor-Pass-${run}-!9x`,
        },
      );

      // --- My account: a personal access token, shown once with a copy button; it works, then is revoked. ---
      await page.goto(`${base}/w/${ws}`);
      await page.getByTestId('current-user').click();
      await page.waitForURL(`${base}/account`);
      await heading(page, t.accountTitle);
      await heading(page, t.tokensTitle, 2);
      await page.getByLabel(t.tokenName).fill('CI');
      await page.getByLabel(t.expiry).selectOption('30');
      await page.getByRole('button', { name: t.createToken }).click();
      await page.getByTestId('token-created').getByText(t.tokenCreated).waitFor();
      const token = await page.getByTestId('token-value').inputValue();
      expect(token.length).toBeGreaterThan(20);
      await page.getByRole('button', { name: t.copyToken }).click();
      // The button keeps its accessible name and says it copied.
      await page.getByRole('button', { name: t.copyToken }).getByText(t.copied).waitFor();
      const row = page.getByTestId('tokens-table').locator('tr', { hasText: 'CI' });
      await row.waitFor();
      expect(await row.innerText()).toContain(token.slice(0, 8));
      const asToken = await fetch(`${base}/api/auth/tokens`, { headers: { authorization: `Bearer ${token}` } });
      expect(asToken.status).toBe(200);
      // Shown once: after a reload, only its first characters are listed.
      await page.reload();
      await row.waitFor();
      expect(await page.getByTestId('token-created').count()).toBe(0);
      expect(await page.content()).not.toContain(token);

      // --- Notification preferences: e-mail me when a post is published; kept after a reload. ---
      await heading(page, t.notifTitle, 2);
      const published = page.getByRole('checkbox', { name: t.emailPublished });
      const before = await published.isChecked();
      await published.setChecked(!before);
      await page.getByRole('button', { name: t.savePrefs }).click();
      await page.getByText(t.prefsSaved).waitFor();
      await screenshot(page, `account-tools-${lang}`);
      await page.reload();
      await page.getByRole('checkbox', { name: t.emailPublished }).waitFor();
      expect(await page.getByRole('checkbox', { name: t.emailPublished }).isChecked()).toBe(!before);

      await row.getByRole('button', { name: t.revokeToken }).click();
      await row.getByRole('button', { name: t.revokeYes }).click();
      await row.waitFor({ state: 'detached' });
      const revoked = await fetch(`${base}/api/auth/tokens`, { headers: { authorization: `Bearer ${token}` } });
      expect(revoked.status).toBe(401);

      // --- Webhooks: create one to the local receiver (secret shown once), send a test, see it delivered. ---
      await page.goto(`${base}/w/${ws}`);
      await page.getByRole('navigation').getByRole('link', { name: t.navWebhooks, exact: true }).click();
      await page.waitForURL(`**/w/${ws}/webhooks`);
      await heading(page, t.webhooksTitle);
      await page.getByLabel(t.receiverUrl).fill(receiver.url);
      await page.getByRole('checkbox', { name: t.holdPlaced }).check();
      await page.getByRole('button', { name: t.createWebhook }).click();
      await page.getByTestId('webhook-created').getByText(t.webhookCreated).waitFor();
      expect(await page.getByTestId('webhook-secret').inputValue()).toMatch(/^whsec_/);
      const hook = page.getByTestId('webhooks-table').locator('tr', { hasText: receiver.url });
      await hook.getByRole('button', { name: t.sendTest }).click();
      const log = page.getByTestId('webhook-deliveries');
      await log.locator('tr[data-status]').first().waitFor();
      for (let i = 0; i < 40 && !(await log.locator('tr[data-status="delivered"]').count()); i++) {
        await page.waitForTimeout(500);
        await log.getByRole('button', { name: t.refresh }).click();
      }
      const delivered = log.locator('tr[data-status="delivered"]').first();
      expect(await delivered.innerText()).toContain('webhook.test');
      expect(await delivered.innerText()).toContain(t.delivered);
      const hit = receiver.hits.find((h) => h.headers['x-xp-event'] === 'webhook.test' && h.body.includes(ws));
      expect(hit?.headers['x-xp-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      await screenshot(page, `webhooks-${lang}`);

      // --- The charter: a wrong number is refused next to its field; then a confidential term is saved. ---
      await page.getByRole('navigation').getByRole('link', { name: t.navCharter, exact: true }).click();
      await page.waitForURL(`**/w/${ws}/charter`);
      await heading(page, t.charterTitle);
      await page.getByLabel(t.maxHashtags).fill('beaucoup');
      await page.getByRole('button', { name: t.saveCharter }).click();
      const error = page.locator('#charter-max-hashtags-error');
      expect(await error.innerText()).toBe(t.wholeOrEmpty);
      expect(await page.getByLabel(t.maxHashtags).getAttribute('aria-invalid')).toBe('true');
      await page.getByLabel(t.maxHashtags).fill('2');
      await page.getByLabel(t.confidential).fill('Projet Licorne');
      await page.getByRole('button', { name: t.saveCharter }).click();
      await page.getByText(t.charterSaved).waitFor();
      expect(await error.count()).toBe(0);
      await page.reload();
      await heading(page, t.charterTitle);
      await page.getByLabel(t.confidential).waitFor();
      await page.waitForFunction(
        () =>
          (document.querySelector('#charter-confidential') as HTMLTextAreaElement | null)?.value === 'Projet Licorne',
      );
      expect(await page.getByLabel(t.maxHashtags).inputValue()).toBe('2');
      await screenshot(page, `charter-${lang}`);

      // --- The audit trail: filtered on the charter's change; the chain verifies. ---
      await page.getByRole('navigation').getByRole('link', { name: t.navAudit, exact: true }).click();
      await page.waitForURL(`**/w/${ws}/audit`);
      await heading(page, t.auditTitle);
      await page.getByTestId('audit-table').waitFor();
      await page.getByLabel(t.action, { exact: true }).fill('charter.updated');
      await page.getByRole('button', { name: t.filter }).click();
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('[data-testid="audit-table"] tbody tr')).every(
          (tr) => tr.getAttribute('data-action') === 'charter.updated',
        ),
      );
      expect(await page.locator('[data-testid="audit-table"] tbody tr').count()).toBe(1);
      // The subject's kind in the page's language, the actor by name.
      const audited = await page.locator('[data-testid="audit-table"] tbody tr').innerText();
      expect(audited).toContain(t.subjectCharter);
      expect(audited).toContain(`Camille Owner ${lang.toUpperCase()}`);
      const href = await page.getByTestId('audit-export').getAttribute('href');
      expect(href).toBe(`/api/workspaces/${ws}/audit/export.csv?action=charter.updated`);
      const csv = await page.request.get(`${base}${href}`);
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toContain('charter.updated');
      await page.getByRole('button', { name: t.verify }).click();
      const verdict = page.getByTestId('audit-verdict');
      await verdict.waitFor();
      expect((await verdict.innerText()).trim()).toMatch(t.intact);
      await screenshot(page, `audit-${lang}`);

      // --- The editor: no audit or webhook link; the charter is read only; the audit screen says no. ---
      const editor = editorSide.page;
      await editor.goto(`${base}/w/${ws}`);
      const nav = editor.getByRole('navigation');
      await nav.getByRole('link', { name: t.navCharter, exact: true }).waitFor();
      expect(await nav.getByRole('link', { name: t.navAudit, exact: true }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: t.navWebhooks, exact: true }).count()).toBe(0);
      await nav.getByRole('link', { name: t.navCharter, exact: true }).click();
      await heading(editor, t.charterTitle);
      await editor.getByText(t.readOnly).waitFor();
      await editor.getByLabel(t.confidential).waitFor();
      expect(await editor.getByLabel(t.confidential).isDisabled()).toBe(true);
      expect(await editor.getByRole('button', { name: t.saveCharter }).count()).toBe(0);
      await editor.goto(`${base}/w/${ws}/webhooks`);
      await editor.getByText(t.forbidden).first().waitFor();

      expect(ownerSide.errors).toEqual([]);
      expect(editorSide.errors).toEqual([]);
      await editorSide.context.close();
      await ownerSide.context.close();
    },
  );
});
