// The brand inbox in real Chromium, in French and in English, on the full stack (API, in-process scheduler) wired to
// the X sandbox by its webhook (polling off, so the webhook alone brings the mentions): the owner sets @Kindy's reply
// approval to "a manager" and its first-response target on the account form; an agent has the Conversations page
// open when customers mention @Kindy on the sandbox: the conversations appear without a reload. The agent walks them
// with j/k, takes one with a, answers with r (the charter's findings shown as they type), a manager approves in
// Validations, the scheduler publishes: the sandbox holds the reply in answer to the customer's post and the open
// conversation shows it published. A conversation assigned by the manager is opened from the bell; e closes it.
// The brand's saved replies are created, offered in the reply box, edited and deleted under the page.
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { XWebhookService } from '@xp/server/application';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import type { RunningSandbox } from '@xp/x-sandbox';
import { launchBrowser, newIsolatedContext, screenshot } from './support/browser';
import type { TestStack } from './support/stack';
import { api } from './support/api';
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
    settings: 'Réglages de @Kindy',
    replyApproval: 'Validation des réponses',
    byManager: 'Un manager (propriétaire, admin ou manager) valide chaque réponse',
    firstResponse: 'Délai de première réponse (minutes)',
    save: 'Enregistrer',
    saved: 'Les réglages de @Kindy ont été enregistrés.',
    title: 'Conversations',
    empty: 'Aucune conversation ne correspond.',
    assignedTo: (name: string) => `Attribuée à ${name}`,
    hashtags: 'Trop de hashtags dans ce message : 4 (maximum 3).',
    sent: 'Réponse créée : elle part une fois validée (ou tout de suite si aucune validation n’est requise).',
    inReview: 'En validation',
    published: 'Publié',
    approve: 'Approuver',
    assignedNotice: /Une conversation avec @paul_fr_\w+ vous est attribuée/,
    withHashtags: 'Bonjour Marie, nous regardons votre commande tout de suite #SAV #Kindy #Commande #Livraison',
    reply: 'Bonjour Marie, nous regardons votre commande tout de suite.',
    mention: "@Kindy ma commande n'est jamais arrivée",
    question: '@Kindy quelle taille pour un enfant de 4 ans ?',
    savedHeading: (n: number) => `Réponses enregistrées (${n})`,
    savedNew: 'Nouvelle réponse enregistrée',
    savedTitle: 'Titre',
    savedText: 'Texte',
    savedLanguage: 'Langue',
    savedSave: 'Enregistrer la réponse',
    savedCreated: 'Réponse enregistrée ajoutée.',
    savedUpdated: 'Réponse enregistrée modifiée.',
    savedDeleted: 'Réponse enregistrée supprimée.',
    edit: (title: string) => `Modifier « ${title} »`,
    remove: (title: string) => `Supprimer « ${title} »`,
    removeYes: 'Supprimer',
    english: 'anglais',
    insert: 'Insérer une réponse enregistrée',
  },
  en: {
    settings: 'Settings of @Kindy',
    replyApproval: 'Reply approval',
    byManager: 'A manager (owner, admin or manager) approves each reply',
    firstResponse: 'First-response target (minutes)',
    save: 'Save',
    saved: 'The settings of @Kindy have been saved.',
    title: 'Conversations',
    empty: 'No conversation matches.',
    assignedTo: (name: string) => `Assigned to ${name}`,
    hashtags: 'Too many hashtags in this segment: 4 (at most 3).',
    sent: 'Reply created: it goes out once approved (or at once where no approval is needed).',
    inReview: 'In review',
    published: 'Published',
    approve: 'Approve',
    assignedNotice: /A conversation with @paul_en_\w+ was assigned to you/,
    withHashtags: 'Hello Marie, we are looking into your order right now #Support #Kindy #Order #Delivery',
    reply: 'Hello Marie, we are looking into your order right now.',
    mention: "@Kindy ma commande n'est jamais arrivée",
    question: '@Kindy which size for a 4 year old?',
    savedHeading: (n: number) => `Saved replies (${n})`,
    savedNew: 'New saved reply',
    savedTitle: 'Title',
    savedText: 'Text',
    savedLanguage: 'Language',
    savedSave: 'Save the reply',
    savedCreated: 'Saved reply added.',
    savedUpdated: 'Saved reply updated.',
    savedDeleted: 'Saved reply deleted.',
    edit: (title: string) => `Edit “${title}”`,
    remove: (title: string) => `Delete “${title}”`,
    removeYes: 'Delete',
    english: 'English',
    insert: 'Insert a saved reply',
  },
} as const satisfies Record<Lang, unknown>;

jest.setTimeout(300_000);

/** A mention shows in the open page well within this (webhook → filing → live event → list reload). */
const LIVE_MS = 5000;
const PUBLISH_WAIT_MS = 60_000;

const mark = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __xpNoReload: boolean }).__xpNoReload = true));
const stillSamePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { __xpNoReload?: boolean }).__xpNoReload === true);

describe('the brand inbox in the browser', () => {
  let sandbox: RunningSandbox;
  let stack: TestStack;
  let browser: Browser;

  const onSandbox = <T>(path: string, body?: unknown): Promise<T> => sandboxData<T>(sandbox, path, body);

  beforeAll(async () => {
    ({ sandbox, stack } = await startStackWithSandbox('xp-e2e-inbox', {
      scheduler: true,
      env: { INBOX_POLL_MS: '0' },
    }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sandbox?.close();
  });

  it.each<Lang>(['fr', 'en'])(
    'a mention appears live, is answered from the reply box, approved by a manager and published on X (%s)',
    async (lang) => {
      const t = TEXT[lang];
      const base = stack.baseUrl;
      const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
      const tag = `${lang}_${randomBytes(3).toString('hex')}`;

      // --- The owner: workspace, brand, @Kindy connected and subscribed at X through the webhook. ---
      const ownerSide = await newIsolatedContext(browser);
      await withLanguage(ownerSide.context, lang);
      const owner = ownerSide.page;
      const ws = await registerOwner(owner, base, { run, lang, workspaceName: `Kindy ${lang.toUpperCase()}` });
      const call = <T>(method: string, path: string, body?: unknown, page = owner) =>
        api<T>(page.request, base, method, `/api/workspaces/${ws}${path}`, body);
      const brand = await call<{ id: string }>('POST', '/brands', { name: 'Kindy' });
      const kindy = await connectSandboxAccount(owner, base, ws, brand.id, 'Kindy');
      expect(await stack.app!.get(XWebhookService).ensure(base)).toBeTruthy();
      // Replies went out unapproved until now: the owner asks for a manager's approval on the account form.
      await call('PATCH', `/accounts/${kindy.id}`, { replyApproval: 'none', version: kindy.version });
      await owner.goto(`${base}/w/${ws}/accounts`);
      const row = owner.locator('[data-account="Kindy"]');
      await row.getByRole('button', { name: t.settings }).click();
      await row.getByLabel(t.replyApproval).selectOption({ label: t.byManager });
      await row.getByLabel(t.firstResponse).fill('30');
      await row.getByRole('button', { name: t.save, exact: true }).click();
      await owner.getByText(t.saved).waitFor();
      expect(await call('GET', `/accounts/${kindy.id}`)).toMatchObject({
        replyApproval: 'manager',
        firstResponseMinutes: 30,
      });

      const join = (role: 'editor' | 'manager', name: string) =>
        joinWorkspace(browser, owner, base, { ws, role, name: `${name} ${lang.toUpperCase()}`, run, lang });
      const agentSide = await join('editor', 'Dominique Agent');
      const managerSide = await join('manager', 'Morgan Manager');
      const agent = agentSide.page;
      const manager = managerSide.page;
      const marie = `marie_${tag}`;
      const paul = `paul_${tag}`;
      for (const username of [marie, paul]) await onSandbox('/_sandbox/users', { username, name: username });

      // --- The agent has the Conversations page open: nothing yet. ---
      await agent.goto(`${base}/w/${ws}/conversations`);
      await agent.getByRole('heading', { level: 1, name: t.title }).waitFor();
      await agent.getByTestId('conversations-empty').getByText(t.empty).waitFor();
      await mark(agent);

      // --- Two customers write to @Kindy on X: both conversations appear, newest first, without a reload. ---
      const question = await onSandbox<{ id: string }>('/_sandbox/tweets', { username: paul, text: t.question });
      const mention = await onSandbox<{ id: string }>('/_sandbox/tweets', { username: marie, text: t.mention });
      const postedAt = Date.now();
      const rows = agent.getByTestId('conversation-row');
      await agent.waitForFunction(
        () => document.querySelectorAll('[data-testid="conversation-row"]').length === 2,
        undefined,
        { timeout: LIVE_MS },
      );
      expect(Date.now() - postedAt).toBeLessThan(LIVE_MS);
      expect(await rows.nth(0).innerText()).toContain(`@${marie}`);
      expect(await rows.nth(0).innerText()).toContain(t.mention);
      expect(await rows.nth(1).innerText()).toContain(`@${paul}`);
      await agent.getByTestId('conversations-count').getByText('2').waitFor({ timeout: LIVE_MS });
      expect(await stillSamePage(agent)).toBe(true);

      // --- j / k walk the list; a takes the conversation; r goes to the reply box. ---
      const selected = agent.locator('[data-testid="conversation-row"][aria-current="true"]');
      const thread = agent.getByTestId('conversation-item');
      await agent.keyboard.press('j');
      await selected.getByText(`@${marie}`).waitFor();
      await thread.getByText(t.mention).waitFor();
      await agent.keyboard.press('j');
      await selected.getByText(`@${paul}`).waitFor();
      await thread.getByText(t.question).waitFor();
      const paulUrl = agent.url();
      await agent.keyboard.press('k');
      await selected.getByText(`@${marie}`).waitFor();
      await thread.getByText(t.mention).waitFor();
      expect(agent.url()).toMatch(new RegExp(`/w/${ws}/conversations/[0-9a-f-]{36}$`));
      const marieConversation = agent.url().split('/').pop()!;
      await agent.keyboard.press('a');
      await agent.getByText(t.assignedTo(`Dominique Agent ${lang.toUpperCase()}`)).waitFor();
      await agent.keyboard.press('r');
      const box = agent.getByTestId('reply-box');
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

      // --- The charter's findings follow the text as it is typed. ---
      await agent.keyboard.type(t.withHashtags);
      await agent.getByTestId('finding').getByText(t.hashtags).waitFor();
      await box.fill(t.reply);
      await agent.getByTestId('finding').waitFor({ state: 'detached' });
      await agent.getByTestId('send-reply').click();
      await agent.getByTestId('reply-sent').getByText(t.sent).waitFor();
      const outgoing = agent.locator('.msg--out[data-testid="conversation-item"]');
      await outgoing.getByText(t.reply).waitFor();
      await outgoing.getByText(t.inReview, { exact: true }).waitFor();
      await screenshot(agent, `conversations-${lang}`);

      // --- The manager approves it in Validations; the scheduler publishes it on X, in answer to Marie. ---
      const conversation = await call<{ items: { direction: string; postId: string | null }[] }>(
        'GET',
        `/conversations/${marieConversation}`,
        undefined,
        agent,
      );
      const replyPostId = conversation.items.find((i) => i.direction === 'out')!.postId!;
      await manager.goto(`${base}/w/${ws}/inbox`);
      await manager
        .locator(`[data-testid="inbox-item"][data-post="${replyPostId}"]`)
        .getByRole('button', { name: t.approve, exact: true })
        .click();
      await manager.locator(`[data-post="${replyPostId}"]`).waitFor({ state: 'detached' });
      let onX: { id: string; text: string; in_reply_to_tweet_id: string | null }[] = [];
      for (const until = Date.now() + PUBLISH_WAIT_MS; Date.now() < until;) {
        onX = (await onSandbox<typeof onX>('/_sandbox/tweets?username=Kindy')).filter((x) => x.text.includes(t.reply));
        if (onX.length) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(onX).toHaveLength(1);
      expect(onX[0]!.in_reply_to_tweet_id).toBe(mention.id);
      // The open conversation shows the reply published, without a reload.
      await outgoing.getByText(t.published, { exact: true }).waitFor({ timeout: 10_000 });
      expect(await stillSamePage(agent)).toBe(true);

      // --- The manager gives Paul's conversation to the agent: the bell's notification opens it; e closes it. ---
      const paulConversation = paulUrl.split('/').pop()!;
      await call('POST', `/conversations/${paulConversation}/assign`, { userId: await userId(agent) }, manager);
      await agent.getByTestId('notification-bell').click();
      await agent.getByTestId('notification-list').getByRole('link', { name: t.assignedNotice }).click();
      await agent.waitForURL(`${base}/w/${ws}/conversations/${paulConversation}`);
      await thread.getByText(t.question).waitFor();
      await agent.getByRole('heading', { level: 1, name: t.title }).click();
      await agent.keyboard.press('e');
      await agent.waitForFunction(
        () => document.querySelectorAll('[data-testid="conversation-row"]').length === 1,
        undefined,
        { timeout: LIVE_MS },
      );
      expect(await rows.first().innerText()).toContain(`@${marie}`);
      expect(question.id).not.toBe(mention.id);

      // --- Saved replies of the brand: created, offered in the reply box, edited, deleted. ---
      const saved = agent.getByTestId('saved-replies');
      await saved.getByText(t.savedHeading(0)).click();
      await saved.getByRole('button', { name: t.savedNew }).click();
      const form = saved.getByTestId('saved-form');
      await form.getByLabel(t.savedLanguage).selectOption({ label: t.english });
      await form.getByLabel(t.savedTitle).fill('Delay');
      await form.getByLabel(t.savedText).fill('We are sorry for the delay.');
      await form.getByRole('button', { name: t.savedSave }).click();
      await saved.getByRole('status').getByText(t.savedCreated).waitFor();
      await saved.getByText(t.savedHeading(1)).waitFor();
      await rows.first().click();
      await agent.getByLabel(t.insert).selectOption({ label: `Delay (${t.english})` });
      expect(await agent.getByTestId('reply-box').inputValue()).toBe('We are sorry for the delay.');
      await saved.getByRole('button', { name: t.edit('Delay') }).click();
      await form.getByLabel(t.savedTitle).fill('Late order');
      await form.getByRole('button', { name: t.savedSave }).click();
      await saved.getByRole('status').getByText(t.savedUpdated).waitFor();
      await saved.getByTestId('saved-reply').getByText('Late order').waitFor();
      await saved.getByRole('button', { name: t.remove('Late order') }).click();
      await saved.getByRole('button', { name: t.removeYes, exact: true }).click();
      await saved.getByRole('status').getByText(t.savedDeleted).waitFor();
      await saved.getByText(t.savedHeading(0)).waitFor();
      expect((await call<{ items: unknown[] }>('GET', '/saved-replies', undefined, agent)).items).toEqual([]);

      expect(agentSide.errors).toEqual([]);
      expect(managerSide.errors).toEqual([]);
      for (const side of [agentSide, managerSide, ownerSide]) await side.context.close();
    },
  );
});

async function userId(page: Page): Promise<string> {
  const res = await page.request.get(new URL('/api/auth/me', page.url()).toString());
  return ((await res.json()) as { user: { id: string } }).user.id;
}
