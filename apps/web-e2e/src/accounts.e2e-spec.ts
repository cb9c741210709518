// Accounts page, in real Chromium, in French and in English: register an owner, create a brand, connect @Kindy
// through the real OAuth redirects (the X sandbox's authorize page), change its timezone, reload, refuse a
// reconnection on X (the connect-error page), disconnect it and see the Reconnect button.
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newIsolatedContext, screenshot } from './support/browser';
import type { TestStack } from './support/stack';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import type { RunningSandbox } from '@xp/x-sandbox';
import { startStackWithSandbox } from './support/workspace';

const CLIENT_ID = 'xp-e2e';

/** Visible texts, written out (not read from the translation files) so that broken i18n fails the test. */
const TEXT = {
  fr: {
    otherLocale: 'en-US',
    switchName: 'Français',
    createAccount: 'Créer un compte',
    displayName: 'Nom complet',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    workspaceName: "Nom de l'espace de travail (facultatif)",
    registerSubmit: 'Créer mon compte',
    navAccounts: 'Comptes',
    accountsTitle: 'Comptes X',
    empty: 'Aucun compte X pour le moment',
    connect: 'Connecter un compte X',
    brandName: 'Nom de la marque',
    createBrand: 'Créer la marque',
    brandSelect: 'Marque',
    continueToX: 'Continuer sur X',
    connectedBanner: '@Kindy est connecté',
    connected: 'Connecté',
    settings: 'Réglages de @Kindy',
    timezone: 'Fuseau horaire',
    addSlot: 'Ajouter un créneau',
    save: 'Enregistrer',
    saved: 'Les réglages de @Kindy ont été enregistrés.',
    reconnect: 'Reconnecter @Kindy',
    connectErrorTitle: "Le compte X n'a pas pu être connecté",
    deniedText: "L'accès a été refusé sur X.",
    backToAccounts: 'Retour aux comptes',
    disconnect: 'Déconnecter @Kindy',
    disconnectYes: 'Oui, déconnecter',
    disconnected: 'Déconnecté',
    disconnectedNotice: '@Kindy a été déconnecté.',
    navMembers: 'Membres',
    invite: "Envoyer l'invitation",
    role: 'Rôle',
    createAndJoin: 'Créer mon compte et rejoindre',
    editScope: 'Modifier les comptes de Dominique Editor FR',
    scopeSome: 'Seulement ces comptes :',
    scopeSave: 'Enregistrer',
    scopeChanged: 'Les comptes du membre ont été mis à jour.',
    someAccounts: 'Limité à certains comptes (1)',
  },
  en: {
    otherLocale: 'fr-FR',
    switchName: 'English',
    createAccount: 'Create an account',
    displayName: 'Full name',
    email: 'Email address',
    password: 'Password',
    workspaceName: 'Workspace name (optional)',
    registerSubmit: 'Create my account',
    navAccounts: 'Accounts',
    accountsTitle: 'X accounts',
    empty: 'No X account yet',
    connect: 'Connect an X account',
    brandName: 'Brand name',
    createBrand: 'Create the brand',
    brandSelect: 'Brand',
    continueToX: 'Continue on X',
    connectedBanner: '@Kindy is connected',
    connected: 'Connected',
    settings: 'Settings of @Kindy',
    timezone: 'Timezone',
    addSlot: 'Add a slot',
    save: 'Save',
    saved: 'The settings of @Kindy have been saved.',
    reconnect: 'Reconnect @Kindy',
    connectErrorTitle: 'The X account could not be connected',
    deniedText: 'Access was refused on X.',
    backToAccounts: 'Back to the accounts',
    disconnect: 'Disconnect @Kindy',
    disconnectYes: 'Yes, disconnect',
    disconnected: 'Disconnected',
    disconnectedNotice: '@Kindy has been disconnected.',
    navMembers: 'Members',
    invite: 'Send the invitation',
    role: 'Role',
    createAndJoin: 'Create my account and join',
    editScope: 'Change the accounts of Dominique Editor EN',
    scopeSome: 'Only these accounts:',
    scopeSave: 'Save',
    scopeChanged: 'The accounts of the member have been updated.',
    someAccounts: 'Limited to specific accounts (1)',
  },
} as const;

type Lang = keyof typeof TEXT;

jest.setTimeout(180_000);

async function pickLanguage(page: Page, name: string): Promise<void> {
  const button = page.getByTestId('language-switch').getByRole('button', { name });
  await button.click();
  await page.waitForFunction((b) => b?.getAttribute('aria-pressed') === 'true', await button.elementHandle());
}

async function heading(page: Page, name: string, level = 1): Promise<void> {
  await page.getByRole('heading', { level, name, exact: true }).waitFor();
}

/** On the sandbox's authorize page: sign in as @Kindy and approve (or cancel). */
async function decideOnX(page: Page, sandboxUrl: string, decision: 'approve' | 'deny'): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(`${sandboxUrl}/i/oauth2/authorize`));
  await page.getByRole('heading', { level: 1, name: /wants to access your X account/ }).waitFor();
  await page.getByRole('radio', { name: 'Kindy @Kindy', exact: true }).check();
  await page.getByRole('button', { name: decision === 'approve' ? 'Authorize app' : 'Cancel' }).click();
}

describe('accounts page in the browser', () => {
  let sandbox: RunningSandbox;
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    ({ sandbox, stack } = await startStackWithSandbox(CLIENT_ID));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sandbox?.close();
  });

  it.each<Lang>(['fr', 'en'])(
    'connects @Kindy through X, configures, disconnects, reconnects it and limits an editor to it (%s)',
    async (lang) => {
      const t = TEXT[lang];
      const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
      const owner = {
        name: `Camille Owner ${lang.toUpperCase()}`,
        email: `owner-${run}@example.com`,
        password: `Owner-Pass-${run}-!9x`,
      };

      const side = await newIsolatedContext(browser, { locale: t.otherLocale });
      const page = side.page;

      // --- Register an owner. ---
      await page.goto(`${stack.baseUrl}/register`);
      await pickLanguage(page, t.switchName);
      await page.getByLabel(t.displayName).fill(owner.name);
      await page.getByLabel(t.email).fill(owner.email);
      await page.getByLabel(t.password, { exact: true }).fill(owner.password);
      await page.getByLabel(t.workspaceName).fill(`Kindy & Co ${lang.toUpperCase()}`);
      await page.getByRole('button', { name: t.registerSubmit }).click();
      await page.waitForURL(/\/w\/[^/]+$/);
      const workspaceId = new URL(page.url()).pathname.split('/')[2]!;

      // --- The accounts page, empty. ---
      await page.getByRole('navigation').getByRole('link', { name: t.navAccounts, exact: true }).click();
      await page.waitForURL(`**/w/${workspaceId}/accounts`);
      await heading(page, t.accountsTitle);
      await heading(page, t.empty, 2);

      // --- Create a brand, then connect through X. ---
      await page.getByRole('button', { name: t.connect }).click();
      await page.getByLabel(t.brandName).fill('Kindy');
      await page.getByRole('button', { name: t.createBrand }).click();
      const brandSelect = page.getByLabel(t.brandSelect, { exact: true });
      await brandSelect.waitFor();
      expect(await brandSelect.locator('option:checked').innerText()).toBe('Kindy');
      await page.getByRole('button', { name: t.continueToX }).click();

      await decideOnX(page, sandbox.url, 'approve');
      await page.waitForURL(`${stack.baseUrl}/w/${workspaceId}/accounts?connected=Kindy`);
      await page.getByTestId('connected-banner').getByText(t.connectedBanner).waitFor();
      const row = page.locator('[data-account="Kindy"]');
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe('connected');
      expect(await row.getByTestId('account-status').innerText()).toBe(t.connected);
      expect(await row.innerText()).toContain('@Kindy');
      expect(await page.locator('[data-brand="Kindy"]').count()).toBe(1);

      // --- Change its timezone and add a posting slot; it persists after a reload. ---
      await row.getByRole('button', { name: t.settings }).click();
      await row.getByLabel(t.timezone).selectOption('America/New_York');
      await row.getByRole('button', { name: t.addSlot }).click();
      await row.getByRole('button', { name: t.save, exact: true }).click();
      await page.getByText(t.saved).waitFor();
      expect(await row.getByTestId('account-timezone').innerText()).toBe('America/New_York');
      await page.goto(`${stack.baseUrl}/w/${workspaceId}/accounts`);
      await heading(page, t.accountsTitle);
      await row.waitFor();
      expect(await row.getByTestId('account-timezone').innerText()).toBe('America/New_York');
      expect(await row.innerText()).toContain('09:00');
      // The screenshot shows the settings form, opened on the saved values.
      await row.getByRole('button', { name: t.settings }).click();
      expect(await row.getByLabel(t.timezone).inputValue()).toBe('America/New_York');
      await screenshot(page, `accounts-${lang}`);
      await row.getByRole('button', { name: t.settings }).click();

      // --- Disconnect it (after confirming): the account stays listed, with a Reconnect button. ---
      await row.getByRole('button', { name: t.disconnect }).click();
      await row.getByRole('button', { name: t.disconnectYes }).click();
      await page.getByText(t.disconnectedNotice).waitFor();
      expect(await row.getAttribute('data-status')).toBe('disconnected');
      expect(await row.getByTestId('account-status').innerText()).toBe(t.disconnected);
      const reconnect = row.getByRole('button', { name: t.reconnect });
      await reconnect.waitFor();

      // --- Reconnecting but cancelling on X: the connect-error page explains, and links back. ---
      await reconnect.click();
      await decideOnX(page, sandbox.url, 'deny');
      await page.waitForURL(/\/accounts\/connect-error\?code=X_AUTHORIZATION_DENIED/);
      await heading(page, t.connectErrorTitle);
      expect(await page.getByTestId('connect-error-explanation').innerText()).toContain(t.deniedText);
      await page.getByRole('link', { name: t.backToAccounts }).click();
      await page.waitForURL(`**/w/${workspaceId}/accounts`);

      // --- Reconnecting for real brings it back, with its settings kept. ---
      await row.getByRole('button', { name: t.reconnect }).click();
      await decideOnX(page, sandbox.url, 'approve');
      await page.waitForURL(`${stack.baseUrl}/w/${workspaceId}/accounts?connected=Kindy`);
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe('connected');
      expect(await row.getByTestId('account-timezone').innerText()).toBe('America/New_York');

      // --- Limit an editor to @Kindy on the members page; the editor then sees it read only. ---
      const editor = {
        name: `Dominique Editor ${lang.toUpperCase()}`,
        email: `editor-${run}@example.com`,
        password: `Editor-Pass-${run}-!9x`,
      };
      await page.getByRole('navigation').getByRole('link', { name: t.navMembers, exact: true }).click();
      await page.waitForURL(`**/w/${workspaceId}/members`);
      await page.getByLabel(t.email, { exact: true }).fill(editor.email);
      await page.getByLabel(t.role, { exact: true }).selectOption('editor');
      await page.getByRole('button', { name: t.invite }).click();
      const link = await page.getByTestId('invitation-link').inputValue();
      const editorSide = await newIsolatedContext(browser, { locale: t.otherLocale });
      const guest = editorSide.page;
      await guest.goto(`${stack.baseUrl}${new URL(link).pathname}`);
      await pickLanguage(guest, t.switchName);
      await guest.getByLabel(t.displayName).fill(editor.name);
      await guest.getByLabel(t.password, { exact: true }).fill(editor.password);
      await guest.getByRole('button', { name: t.createAndJoin }).click();
      await guest.waitForURL(`**/w/${workspaceId}`);

      await page.reload();
      const member = page.locator(`[data-member-email="${editor.email}"]`);
      await member.getByRole('button', { name: t.editScope }).click();
      await member.getByRole('radio', { name: t.scopeSome }).check();
      await member.getByRole('checkbox', { name: /@Kindy/ }).check();
      await member.getByRole('button', { name: t.scopeSave, exact: true }).click();
      await page.getByText(t.scopeChanged).waitFor();
      const scope = member.getByTestId('member-scope');
      expect(await scope.innerText()).toContain(t.someAccounts);
      expect(await scope.innerText()).toContain('@Kindy');

      await guest.goto(`${stack.baseUrl}/w/${workspaceId}/accounts`);
      await heading(guest, t.accountsTitle);
      const seen = guest.locator('[data-account="Kindy"]');
      await seen.waitFor();
      expect(await seen.getByRole('button').count()).toBe(0);
      expect(await guest.getByRole('button', { name: t.connect }).count()).toBe(0);

      expect(editorSide.errors).toEqual([]);
      await editorSide.context.close();
      expect(side.errors).toEqual([]);
      await side.context.close();
    },
  );
});
