// The full stack pointed at a local X sandbox (demo users), with an OAuth app registered whose redirect URI is the
// stack's callback; and connecting a sandbox user as an account through X's authorize page, in the browser.
import type { Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the X sandbox in-process
import { startSandbox, type RunningSandbox } from '@xp/x-sandbox';
import { api } from './api';
import { startStack, type TestStack } from './stack';

export async function startSandboxStack(clientId: string): Promise<{ sandbox: RunningSandbox; stack: TestStack }> {
  const clientSecret = `${clientId}-secret`;
  // The sandbox first, then the stack pointed at it, then the app (the stack's port is only known once it listens).
  const sandbox = await startSandbox({ port: 0, seedDemo: true });
  const stack = await startStack({ X_API_BASE_URL: sandbox.url, X_CLIENT_ID: clientId, X_CLIENT_SECRET: clientSecret });
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
  if (registered.status !== 201) throw new Error(`sandbox app registration → ${registered.status}`);
  return { sandbox, stack };
}

/** Connects the sandbox user `handle` to the brand (the page follows X's authorize link); answers the account id. */
export async function connectSandboxAccount(
  page: Page,
  base: string,
  ws: string,
  brandId: string,
  handle: string,
): Promise<string> {
  const { authorizeUrl } = await api<{ authorizeUrl: string }>(
    page.request,
    base,
    'POST',
    `/api/workspaces/${ws}/accounts/connect`,
    { brandId },
  );
  await page.goto(`${authorizeUrl}&sandbox_user=${handle}`);
  await page.waitForURL(`${base}/w/${ws}/accounts?connected=${handle}`);
  const accounts = await api<{ items: { id: string; handle: string }[] }>(
    page.request,
    base,
    'GET',
    `/api/workspaces/${ws}/accounts`,
  );
  return accounts.items.find((a) => a.handle === handle)!.id;
}
