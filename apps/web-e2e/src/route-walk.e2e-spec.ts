// Every route of the web app in real Chromium, on the demo workspace (seeded through the services as `npm start`
// does): signed in as its owner (and signed out for the sign-in pages), in French and in English, on a laptop
// (1440 px) and on a phone (390 px). On each page: no serious or critical axe-core violation, no sideways scroll
// on the phone, and in French no visible text that is a raw code or an English text the French UI translates.
// Phone screenshots of the main pages go to docs/screenshots/.
import type { Browser, Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the demo data of `npm start`, through the real services
import { DEMO_PASSWORD, seedDemo } from '../../../tools/launcher/seed';
import { launchBrowser, newIsolatedContext, screenshot } from './support/browser';
import type { TestStack } from './support/stack';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import type { RunningSandbox } from '@xp/x-sandbox';
import { startStackWithSandbox } from './support/workspace';
import { InboxIngestService } from '@xp/server/application';
import { api } from './support/api';
import {
  axeProblems,
  declaredRoutePaths,
  frenchUiForbidden,
  horizontalOverflow,
  visibleTexts,
} from './support/route-audit';

const CLIENT_ID = 'xp-e2e-route-walk';

jest.setTimeout(900_000);

interface Ids {
  ws: string;
  reviewPostId: string;
  draftPostId: string;
  invitationToken: string;
  conversationId: string;
}

/**
 * Where each `path:` of routes.ts is visited (null: a frame or redirect whose page is visited through another
 * entry). A route missing here fails the first test: add it, so the walk covers it.
 */
const ROUTES: Record<string, { url: (ids: Ids) => string; signedOut?: boolean; shot?: string } | null> = {
  login: { url: () => '/login', signedOut: true },
  'register/confirm': { url: () => '/register/confirm?token=not-a-real-token', signedOut: true },
  register: { url: () => '/register', signedOut: true },
  'invitations/:token': { url: (i) => `/invitations/${i.invitationToken}`, signedOut: true },
  'accounts/connect-error': { url: () => '/accounts/connect-error?error=access_denied', signedOut: true },
  '**': { url: () => '/no-such-page', signedOut: true },
  '': null,
  'w/:workspaceId': { url: (i) => `/w/${i.ws}`, shot: 'calendar' },
  welcome: { url: () => '/welcome' },
  account: { url: () => '/account' },
  compose: { url: (i) => `/w/${i.ws}/compose`, shot: 'composer' },
  inbox: { url: (i) => `/w/${i.ws}/inbox`, shot: 'inbox' },
  'posts/:postId/edit': { url: (i) => `/w/${i.ws}/posts/${i.draftPostId}/edit` },
  'posts/:postId': { url: (i) => `/w/${i.ws}/posts/${i.reviewPostId}`, shot: 'post' },
  accounts: { url: (i) => `/w/${i.ws}/accounts` },
  members: { url: (i) => `/w/${i.ws}/members` },
  outbox: { url: (i) => `/w/${i.ws}/outbox` },
  import: { url: (i) => `/w/${i.ws}/import` },
  live: { url: (i) => `/w/${i.ws}/live` },
  'job-offers': { url: (i) => `/w/${i.ws}/job-offers` },
  audit: { url: (i) => `/w/${i.ws}/audit` },
  webhooks: { url: (i) => `/w/${i.ws}/webhooks` },
  charter: { url: (i) => `/w/${i.ws}/charter` },
  'calendar-feeds': { url: (i) => `/w/${i.ws}/calendar-feeds` },
  'my-work': { url: (i) => `/w/${i.ws}/my-work` },
  conversations: { url: (i) => `/w/${i.ws}/conversations`, shot: 'conversations' },
  'conversations/:conversationId': { url: (i) => `/w/${i.ws}/conversations/${i.conversationId}` },
  listening: { url: (i) => `/w/${i.ws}/listening` },
  analytics: { url: (i) => `/w/${i.ws}/analytics` },
};

const SETTINGS = [
  { lang: 'fr', width: 1440, height: 900 },
  { lang: 'fr', width: 390, height: 844 },
  { lang: 'en', width: 1440, height: 900 },
  { lang: 'en', width: 390, height: 844 },
] as const;

/** The page has drawn: a first-level heading, nothing marked busy, fonts ready. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(250);
}

describe('every route, in French and English, on a laptop and a phone', () => {
  let sandbox: RunningSandbox;
  let stack: TestStack;
  let browser: Browser;
  let ids: Ids;
  const forbidden = frenchUiForbidden();

  beforeAll(async () => {
    ({ sandbox, stack } = await startStackWithSandbox(CLIENT_ID));
    expect(await seedDemo(stack.config!)).toBe(true);
    browser = await launchBrowser();

    // The ids the routes need, and a little more content (a live session, a webhook) for their pages.
    const side = await newIsolatedContext(browser);
    const me = await api<{ workspaces: { id: string }[] }>(
      side.page.request,
      stack.baseUrl,
      'POST',
      '/api/auth/login',
      {
        email: 'owner@demo.kindy.fr',
        password: DEMO_PASSWORD,
      },
    );
    const ws = me.workspaces[0]!.id;
    const call = <T>(method: string, path: string, body?: unknown) =>
      api<T>(side.page.request, stack.baseUrl, method, `/api/workspaces/${ws}${path}`, body);
    const posts = await call<{ items: { id: string; status: string }[] }>('GET', '/posts?limit=50');
    const accounts = await call<{ items: { id: string; handle: string }[] }>('GET', '/accounts');
    const f1 = accounts.items.find((a) => a.handle === 'F1TotalOfficiel')!;
    const start = new Date(Date.now() + 2 * 86_400_000);
    await call('POST', '/live-sessions', {
      accountId: f1.id,
      title: 'Grand Prix de Monaco',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
    });
    const invitation = await call<{ link: string }>('POST', '/invitations', {
      email: 'new-member@demo.kindy.fr',
      role: 'editor',
    });
    // A customer's mention of @Kindy, filed in the inbox (polled here: the walk registers no webhook).
    const sandboxPost = (path: string, body: unknown) =>
      fetch(`${sandbox.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    await sandboxPost('/_sandbox/users', { username: 'client_marie', name: 'Marie' });
    await sandboxPost('/_sandbox/tweets', {
      username: 'client_marie',
      text: "@Kindy ma commande n'est jamais arrivée",
    });
    await stack.app!.get(InboxIngestService).pollAll();
    const conversations = await call<{ items: { id: string }[] }>('GET', '/conversations');
    ids = {
      ws,
      conversationId: conversations.items[0]!.id,
      reviewPostId: posts.items.find((p) => p.status === 'in_review')!.id,
      draftPostId: posts.items.find((p) => p.status === 'draft')!.id,
      invitationToken: new URL(invitation.link).pathname.split('/').pop()!,
    };
    await side.context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sandbox?.close();
  });

  it('knows where to visit every route of the route table', () => {
    const declared = declaredRoutePaths();
    expect(declared.length).toBeGreaterThan(20);
    expect(declared.filter((path) => !(path in ROUTES))).toEqual([]);
  });

  it.each(SETTINGS)(
    '$lang at $width px: no serious axe violation, no sideways scroll, no code or English',
    async (s) => {
      const problems: string[] = [];
      for (const signedOut of [true, false]) {
        const side = await newIsolatedContext(browser, {
          viewport: { width: s.width, height: s.height },
          isMobile: s.width < 600,
          hasTouch: s.width < 600,
        });
        await side.context.addInitScript((l) => localStorage.setItem('xp.lang', l), s.lang);
        const page = side.page;
        if (!signedOut) {
          await api(page.request, stack.baseUrl, 'POST', '/api/auth/login', {
            email: 'owner@demo.kindy.fr',
            password: DEMO_PASSWORD,
          });
        }
        for (const [path, route] of Object.entries(ROUTES)) {
          if (!route || !!route.signedOut !== signedOut) continue;
          const where = `${path} → ${route.url(ids)}`;
          await page.goto(`${stack.baseUrl}${route.url(ids)}`);
          try {
            await settled(page);
          } catch (e) {
            problems.push(`${where}: did not settle (${(e as Error).message.split('\n')[0]})`);
            continue;
          }
          expect(await page.locator('html').getAttribute('lang')).toBe(s.lang);
          for (const p of await axeProblems(page)) problems.push(`${where}: ${p}`);
          if (s.width < 600) {
            const overflow = await horizontalOverflow(page, s.width);
            if (overflow) problems.push(`${where}: ${overflow}`);
          }
          if (s.lang === 'fr') {
            for (const text of new Set(await visibleTexts(page))) {
              if (forbidden.codes.has(text)) problems.push(`${where}: code shown: "${text}"`);
              const english = forbidden.english.find((e) => e.re.test(text));
              if (english) problems.push(`${where}: English text "${text}" (catalogue: "${english.text}")`);
            }
          }
          if (route.shot && s.width < 600) await screenshot(page, `phone-${route.shot}-${s.lang}`);
        }
        expect(side.errors).toEqual([]);
        await side.context.close();
      }
      expect(problems).toEqual([]);
    },
  );

  // Last: it approves a post of the demo workspace.
  it('on a phone, in French: the agenda with labelled posts, a visible focus on the media button, focus kept after an approval', async () => {
    const side = await newIsolatedContext(browser, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await side.context.addInitScript(() => localStorage.setItem('xp.lang', 'fr'));
    const page = side.page;
    await api(page.request, stack.baseUrl, 'POST', '/api/auth/login', {
      email: 'owner@demo.kindy.fr',
      password: DEMO_PASSWORD,
    });

    // The calendar opens on the agenda (a list of days), each post named by account, time, status and excerpt.
    await page.goto(`${stack.baseUrl}/w/${ids.ws}`);
    const view = page.locator('full-calendar [role="tab"][aria-selected="true"]');
    await view.waitFor();
    expect(await view.innerText()).toBe('Planning');
    await page.locator('.xp-ev[aria-label]').first().waitFor();
    const labels = await page
      .locator('.xp-ev[aria-label]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')!));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(label).toMatch(
        /^@\w+ · \w{3}\. \d{1,2} \S+ 20\d\d(,| à) \d\d:\d\d [^·]* · (Programmé|En validation|Brouillon|Publié) · .+$/,
      );
    }

    // The file picker's keyboard focus shows on its button-like label.
    await page.goto(`${stack.baseUrl}/w/${ids.ws}/compose`);
    await page.getByLabel('Post 1 sur 1').focus();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'media-input-0')) break;
    }
    const ring = await page.evaluate(() => {
      const label = document.activeElement!.closest('label')!;
      const style = getComputedStyle(label);
      return { tag: document.activeElement!.tagName, style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(ring).toEqual({ tag: 'INPUT', style: 'solid', width: '3px' });

    // Approving the first post of the inbox by keyboard moves focus to the one that takes its place.
    await page.goto(`${stack.baseUrl}/w/${ids.ws}/inbox`);
    const items = page.getByTestId('inbox-item');
    await items.first().waitFor();
    const before = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-post')));
    expect(before.length).toBeGreaterThan(1);
    await items.first().getByRole('button', { name: 'Approuver', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-post') === id, before[1]);
    expect(await items.count()).toBe(before.length - 1);
    expect(side.errors).toEqual([]);
    await side.context.close();
  });
});
