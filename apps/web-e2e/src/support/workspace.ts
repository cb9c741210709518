// What several browser suites set up: the stack wired to an X sandbox with a registered OAuth app, an owner with a
// workspace, a sandbox account connected through X's authorize page, members joining through invitations.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { startSandbox, type RunningSandbox } from '@xp/x-sandbox';
import { api } from './api';
import { newIsolatedContext } from './browser';
import { startStack, type StackOptions, type TestStack } from './stack';

export type Lang = 'fr' | 'en';

/** The page opens in this language (the language switch's stored choice). */
export async function withLanguage(context: BrowserContext, lang: Lang): Promise<void> {
  await context.addInitScript((l) => localStorage.setItem('xp.lang', l), lang);
}

/** The calendar has drawn its grid and the posts of its range. */
export async function calendarReady(page: Page): Promise<void> {
  await page.locator('full-calendar [data-date]').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[data-post-count]')?.getAttribute('aria-busy') === 'false');
}

/**
 * The sandbox first (demo users, no app yet), then the stack pointed at it, then the OAuth app whose redirect URI is
 * the stack's callback (its port is only known once the stack listens).
 */
export async function startStackWithSandbox(
  clientId: string,
  options: StackOptions = {},
): Promise<{ sandbox: RunningSandbox; stack: TestStack }> {
  const clientSecret = `${clientId}-secret`;
  const sandbox = await startSandbox({ port: 0, seedDemo: true });
  const stack = await startStack(
    { X_API_BASE_URL: sandbox.url, X_CLIENT_ID: clientId, X_CLIENT_SECRET: clientSecret, ...options.env },
    options,
  );
  const registered = await fetch(`${sandbox.url}/_sandbox/apps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      clientId,
      clientSecret,
      redirectUris: [`${stack.baseUrl}/api/oauth/x/callback`],
      profile: 'pro',
    }),
  });
  if (registered.status !== 201) throw new Error(`sandbox app not registered: ${registered.status}`);
  return { sandbox, stack };
}

/** A new user (the page's context signs in) owning a new workspace; returns the workspace id. */
export async function registerOwner(
  page: Page,
  base: string,
  input: { run: string; lang: Lang; workspaceName: string },
): Promise<string> {
  const me = await api<{ workspaces: { id: string }[] }>(page.request, base, 'POST', '/api/auth/register', {
    email: `owner-${input.run}@example.com`,
    password: `Owner-Pass-${input.run}-!9x`,
    displayName: `Camille Owner ${input.lang.toUpperCase()}`,
    workspaceName: input.workspaceName,
    locale: input.lang,
  });
  return me.workspaces[0]!.id;
}

/** Connects a sandbox user's X account through the real authorize page; returns the account. */
export async function connectSandboxAccount(
  owner: Page,
  base: string,
  ws: string,
  brandId: string,
  username: string,
): Promise<{ id: string; handle: string; version: number }> {
  const { authorizeUrl } = await api<{ authorizeUrl: string }>(
    owner.request,
    base,
    'POST',
    `/api/workspaces/${ws}/accounts/connect`,
    { brandId },
  );
  await owner.goto(`${authorizeUrl}&sandbox_user=${username}`);
  await owner.waitForURL(`${base}/w/${ws}/accounts?connected=${username}`);
  const accounts = await api<{ items: { id: string; handle: string; version: number }[] }>(
    owner.request,
    base,
    'GET',
    `/api/workspaces/${ws}/accounts`,
  );
  return accounts.items.find((a) => a.handle === username)!;
}

/** A member joining the owner's workspace through an invitation, signed in in a new browser context. */
export async function joinWorkspace(
  browser: Browser,
  owner: Page,
  base: string,
  input: { ws: string; role: string; name: string; run: string; lang: Lang; context?: BrowserContextOptions },
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const inv = await api<{ link: string }>(owner.request, base, 'POST', `/api/workspaces/${input.ws}/invitations`, {
    email: `${input.role}-${input.run}@example.com`,
    role: input.role,
  });
  const side = await newIsolatedContext(browser, input.context);
  await withLanguage(side.context, input.lang);
  const token = new URL(inv.link).pathname.split('/').pop()!;
  await api(side.page.request, base, 'POST', `/api/invitations/${token}/accept`, {
    displayName: input.name,
    password: `${input.role}-Pass-${input.run}-!9x`,
  });
  return side;
}

/** A call to the sandbox's control API (`/_sandbox/…`): a POST with a body, else a GET; answers its `data`. */
export async function sandboxData<T>(sandbox: RunningSandbox, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'content-type': 'application/json' } : {},
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`sandbox ${path}: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: T }).data;
}
