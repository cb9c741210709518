// Foundation acceptance, in real Chromium, in French and in English (language picked with the FR/EN switch):
// register an owner, invite a member, accept the invitation in another browser, log in as the invitee.
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newIsolatedContext, screenshot } from './support/browser';
import { startStack, type TestStack } from './support/stack';

/** Visible texts, written out (not read from the translation files) so that broken i18n fails the test. */
const TEXT = {
  fr: {
    otherLocale: 'en-US',
    switchName: 'Français',
    loginTitle: 'Connexion',
    createAccount: 'Créer un compte',
    registerTitle: 'Créer votre compte',
    displayName: 'Nom complet',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    workspaceName: "Nom de l'espace de travail (facultatif)",
    registerSubmit: 'Créer mon compte',
    yourRole: 'Votre rôle :',
    owner: 'Propriétaire',
    editor: 'Rédacteur',
    members: 'Membres',
    outbox: "Boîte d'envoi",
    role: 'Rôle',
    invite: "Envoyer l'invitation",
    invitationCreated: 'Invitation créée pour',
    pending: 'Invitations en attente',
    acceptTitle: 'Rejoindre un espace de travail',
    invitedTo: "Vous êtes invité à rejoindre l'espace de travail",
    createAndJoin: 'Créer mon compte et rejoindre',
    logout: 'Se déconnecter',
    loginSubmit: 'Se connecter',
    calendarSoon: 'Calendrier',
    workspaceSwitcher: 'Espace de travail',
  },
  en: {
    otherLocale: 'fr-FR',
    switchName: 'English',
    loginTitle: 'Sign in',
    createAccount: 'Create an account',
    registerTitle: 'Create your account',
    displayName: 'Full name',
    email: 'Email address',
    password: 'Password',
    workspaceName: 'Workspace name (optional)',
    registerSubmit: 'Create my account',
    yourRole: 'Your role:',
    owner: 'Owner',
    editor: 'Editor',
    members: 'Members',
    outbox: 'Outbox',
    role: 'Role',
    invite: 'Send the invitation',
    invitationCreated: 'Invitation created for',
    pending: 'Pending invitations',
    acceptTitle: 'Join a workspace',
    invitedTo: 'You have been invited to join the workspace',
    createAndJoin: 'Create my account and join',
    logout: 'Sign out',
    loginSubmit: 'Sign in',
    calendarSoon: 'Calendar',
    workspaceSwitcher: 'Workspace',
  },
} as const;

type Lang = keyof typeof TEXT;

// A whole product walk per language in a real browser (the project-level testTimeout is not applied per project).
jest.setTimeout(180_000);

/** Run against an already running product (E2E_BASE_URL, e.g. `npm start`) or a fresh test stack. */
async function stackFor(): Promise<TestStack> {
  const external = process.env.E2E_BASE_URL;
  if (external) return { baseUrl: external.replace(/\/$/, ''), stop: async () => undefined };
  return startStack();
}

async function pickLanguage(page: Page, name: string): Promise<void> {
  const button = page.getByTestId('language-switch').getByRole('button', { name });
  await button.click();
  await page.waitForFunction((b) => b?.getAttribute('aria-pressed') === 'true', await button.elementHandle());
}

async function heading(page: Page, name: string, level = 1, exact = true): Promise<void> {
  await page.getByRole('heading', { level, name, exact }).waitFor();
}

describe('invitation flow in the browser', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await stackFor();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it.each<Lang>(['fr', 'en'])('registers, invites, accepts and signs in as the invitee (%s)', async (lang) => {
    const t = TEXT[lang];
    const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const owner = {
      name: `Camille Owner ${lang.toUpperCase()}`,
      email: `owner-${run}@example.com`,
      password: `Owner-Pass-${run}-!9x`,
    };
    const invitee = {
      name: `Dominique Invitee ${lang.toUpperCase()}`,
      email: `invitee-${run}@example.com`,
      password: `Invitee-Pass-${run}-!9x`,
    };
    const workspaceName = `Agence ${lang.toUpperCase()} ${run}`;

    // --- The owner, in a browser whose own language is the other one: the switch decides. ---
    const ownerSide = await newIsolatedContext(browser, { locale: t.otherLocale });
    const page = ownerSide.page;
    await page.goto(`${stack.baseUrl}/login`);
    await pickLanguage(page, t.switchName);
    await heading(page, t.loginTitle);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await screenshot(page, `login-${lang}`);

    await page.getByRole('link', { name: t.createAccount }).click();
    await heading(page, t.registerTitle);
    await page.getByLabel(t.displayName).fill(owner.name);
    await page.getByLabel(t.email).fill(owner.email);
    await page.getByLabel(t.password, { exact: true }).fill(owner.password);
    await page.getByLabel(t.workspaceName).fill(workspaceName);
    await page.getByRole('button', { name: t.registerSubmit }).click();

    await page.waitForURL(/\/w\/[^/]+$/);
    const workspaceId = new URL(page.url()).pathname.split('/')[2]!;
    await page.getByTestId('workspace-name').getByText(workspaceName, { exact: true }).waitFor();
    await page.getByText(t.yourRole).waitFor();
    expect(await page.locator('main').innerText()).toContain(t.owner);
    await heading(page, t.calendarSoon, 1);
    const switcher = page.getByLabel(t.workspaceSwitcher, { exact: true });
    expect(await switcher.inputValue()).toBe(workspaceId);

    // --- Invite a member. ---
    await page.getByRole('navigation').getByRole('link', { name: t.members }).click();
    await page.waitForURL(`**/w/${workspaceId}/members`);
    await heading(page, t.members);
    await page.getByLabel(t.email, { exact: true }).fill(invitee.email);
    await page.getByLabel(t.role, { exact: true }).selectOption('editor');
    await page.getByRole('button', { name: t.invite }).click();
    const result = page.getByTestId('invitation-result');
    await result.waitFor();
    expect(await result.innerText()).toContain(`${t.invitationCreated} ${invitee.email}`);
    expect(await result.innerText()).toContain(t.editor);
    const link = await page.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(/\/invitations\/[^/]+$/);
    await heading(page, t.pending, 2, false); // followed by the count
    await page.getByTestId('invitations-table').getByText(invitee.email).waitFor();
    await screenshot(page, `members-${lang}`);

    // --- The outbox holds the invitation email (no SMTP in tests). ---
    await page.getByRole('navigation').getByRole('link', { name: t.outbox }).click();
    await heading(page, t.outbox);
    await page.getByTestId('outbox-list').getByText(invitee.email).first().waitFor();
    await screenshot(page, `outbox-${lang}`);

    // --- The invitee opens the link in a fresh browser and creates their account there. ---
    const inviteeSide = await newIsolatedContext(browser, { locale: t.otherLocale });
    const guest = inviteeSide.page;
    // The API builds absolute links from its public URL; follow the path on the stack under test.
    await guest.goto(`${stack.baseUrl}${new URL(link).pathname}`);
    await pickLanguage(guest, t.switchName);
    await heading(guest, t.acceptTitle);
    await guest.getByText(t.invitedTo).waitFor();
    expect(await guest.getByTestId('invitation-workspace').innerText()).toBe(workspaceName);
    expect(await guest.getByTestId('invitation-role').innerText()).toBe(t.editor);
    await guest.getByLabel(t.displayName).fill(invitee.name);
    await guest.getByLabel(t.password, { exact: true }).fill(invitee.password);
    await guest.getByRole('button', { name: t.createAndJoin }).click();

    await guest.waitForURL(`**/w/${workspaceId}`);
    await guest.getByTestId('workspace-name').getByText(workspaceName, { exact: true }).waitFor();
    expect(await guest.locator('main').innerText()).toContain(t.editor);

    // --- Log out, log back in as the invitee, and see the workspace. ---
    await guest.getByRole('button', { name: t.logout }).click();
    await guest.waitForURL('**/login');
    await heading(guest, t.loginTitle);
    await guest.getByLabel(t.email).fill(invitee.email);
    await guest.getByLabel(t.password, { exact: true }).fill(invitee.password);
    await guest.getByRole('button', { name: t.loginSubmit }).click();
    await guest.waitForURL(`**/w/${workspaceId}`);
    await guest.getByTestId('workspace-name').getByText(workspaceName, { exact: true }).waitFor();
    expect(await guest.getByLabel(t.workspaceSwitcher, { exact: true }).inputValue()).toBe(workspaceId);
    expect(await guest.getByTestId('current-user').innerText()).toContain(invitee.name);
    const nav = guest.getByRole('navigation');
    await nav.getByRole('link', { name: t.members }).waitFor();
    // An editor does not read the outbox.
    expect(await nav.getByRole('link', { name: t.outbox }).count()).toBe(0);

    // --- Back on the owner's side, the invitee is now a member and no longer pending. ---
    await page.getByRole('navigation').getByRole('link', { name: t.members }).click();
    await page.getByTestId('members-table').locator(`[data-member-email="${invitee.email}"]`).waitFor();
    expect(await page.getByTestId('members-table').innerText()).toContain(invitee.name);
    expect(await page.locator(`[data-invitation-email="${invitee.email}"]`).count()).toBe(0);

    expect(ownerSide.errors).toEqual([]);
    expect(inviteeSide.errors).toEqual([]);
    await inviteeSide.context.close();
    await ownerSide.context.close();
  });
});
