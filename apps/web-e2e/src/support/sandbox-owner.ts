import type { Browser, BrowserContext, Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { startSandbox } from '@xp/x-sandbox';
import { api } from './api';
import { launchBrowser, newIsolatedContext } from './browser';
import { startStack } from './stack';

export type Lang = 'fr' | 'en';

/** Registers the product as an OAuth app of the X sandbox (redirecting to this stack). */
export async function registerSandboxApp(
  sandboxUrl: string,
  baseUrl: string,
  clientId: string,
  clientSecret: string,
): Promise<void> {
  const res = await fetch(`${sandboxUrl}/_sandbox/apps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      clientId,
      clientSecret,
      redirectUris: [`${baseUrl}/api/oauth/x/callback`],
      profile: 'pro',
    }),
  });
  if (res.status !== 201) throw new Error(`sandbox app: ${res.status} ${await res.text()}`);
}

export interface SandboxWorld {
  base: string;
  browser: Browser;
  stop(): Promise<void>;
}

/** The X sandbox (with its demo users), the stack talking to it as OAuth app `clientId`, and Chromium. */
export async function startSandboxWorld(clientId: string): Promise<SandboxWorld> {
  const clientSecret = `${clientId}-secret`;
  const sandbox = await startSandbox({ port: 0, seedDemo: true });
  const stack = await startStack({ X_API_BASE_URL: sandbox.url, X_CLIENT_ID: clientId, X_CLIENT_SECRET: clientSecret });
  await registerSandboxApp(sandbox.url, stack.baseUrl, clientId, clientSecret);
  const browser = await launchBrowser();
  return {
    base: stack.baseUrl,
    browser,
    stop: async () => {
      await browser.close();
      await stack.stop();
      await sandbox.close();
    },
  };
}

export interface OwnerSide {
  context: BrowserContext;
  page: Page;
  errors: string[];
  ws: string;
  accountId: string;
}

/**
 * A new owner (UI in `lang`) with a workspace and the sandbox's @`handle` connected through X's authorize page,
 * in `timezone`; a tall viewport so whole pages fit (full-page screenshots, drag and drop).
 */
export async function ownerWithSandboxAccount(
  browser: Browser,
  base: string,
  opts: { lang: Lang; run: string; handle: string; timezone: string },
): Promise<OwnerSide> {
  // The browser in the account's timezone too, so that the calendar's days are the account's days.
  const side = await newIsolatedContext(browser, {
    viewport: { width: 1280, height: 1500 },
    timezoneId: opts.timezone,
  });
  await side.context.addInitScript((l) => localStorage.setItem('xp.lang', l), opts.lang);
  const page = side.page;
  const me = await api<{ workspaces: { id: string }[] }>(page.request, base, 'POST', '/api/auth/register', {
    email: `owner-${opts.run}@example.com`,
    password: `Owner-Pass-${opts.run}-!9x`,
    displayName: `Camille Owner ${opts.lang.toUpperCase()}`,
    workspaceName: `${opts.handle} ${opts.run}`,
    locale: opts.lang,
  });
  const ws = me.workspaces[0]!.id;
  const brand = await api<{ id: string }>(page.request, base, 'POST', `/api/workspaces/${ws}/brands`, {
    name: opts.handle,
    color: '#1f4fd1',
  });
  const { authorizeUrl } = await api<{ authorizeUrl: string }>(
    page.request,
    base,
    'POST',
    `/api/workspaces/${ws}/accounts/connect`,
    { brandId: brand.id },
  );
  await page.goto(`${authorizeUrl}&sandbox_user=${opts.handle}`);
  await page.waitForURL(`${base}/w/${ws}/accounts?connected=${opts.handle}`);
  const accounts = await api<{ items: { id: string; handle: string; version: number }[] }>(
    page.request,
    base,
    'GET',
    `/api/workspaces/${ws}/accounts`,
  );
  const account = accounts.items.find((a) => a.handle === opts.handle)!;
  await api(page.request, base, 'PATCH', `/api/workspaces/${ws}/accounts/${account.id}`, {
    timezone: opts.timezone,
    version: account.version,
  });
  return { ...side, ws, accountId: account.id };
}

/** Polls `read` until `ok` holds (or throws after `ms`), answering the last value read. */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`still not there after ${ms} ms: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
