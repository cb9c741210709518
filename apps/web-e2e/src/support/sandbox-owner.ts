import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api } from './api';
import { launchBrowser, newIsolatedContext } from './browser';
import { connectSandboxAccount, registerOwner, startStackWithSandbox, type Lang } from './workspace';
export type { Lang } from './workspace';

export interface SandboxWorld {
  base: string;
  browser: Browser;
  stop(): Promise<void>;
}

/** The X sandbox (with its demo users), the stack talking to it as OAuth app `clientId`, and Chromium. */
export async function startSandboxWorld(clientId: string): Promise<SandboxWorld> {
  const { sandbox, stack } = await startStackWithSandbox(clientId);
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
  const ws = await registerOwner(page, base, {
    run: opts.run,
    lang: opts.lang,
    workspaceName: `${opts.handle} ${opts.run}`,
  });
  const brand = await api<{ id: string }>(page.request, base, 'POST', `/api/workspaces/${ws}/brands`, {
    name: opts.handle,
    color: '#1f4fd1',
  });
  const account = await connectSandboxAccount(page, base, ws, brand.id, opts.handle);
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
