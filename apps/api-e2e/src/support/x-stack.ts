import request from 'supertest';
import { freshDatabaseUrl, testConfig, TestClock } from '@xp/server/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createApiApp } from '@xp/api';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '@xp/x-sandbox';
import type { AppConfig } from '@xp/server/config';
import type { SignedIn, TestApi } from './test-api';

export const CALLBACK = 'http://localhost:3000/api/oauth/x/callback';

/**
 * The API on a fresh database, wired to an in-process X sandbox (demo users, a registered OAuth app); `sandbox`
 * adds options of the sandbox (a base clock that stands still, for figures that must match to the unit).
 */
export async function startApiWithSandbox(
  env: Record<string, string> = {},
  sandboxOptions: Partial<StartSandboxOptions> = {},
): Promise<{ api: TestApi; sandbox: RunningSandbox; config: AppConfig; close(): Promise<void> }> {
  const sandbox = await startSandbox({
    ...sandboxOptions,
    port: 0,
    seedDemo: true,
    clientId: 'xp-test',
    clientSecret: 'xp-test-secret',
    redirectUris: [CALLBACK],
  });
  const databaseUrl = await freshDatabaseUrl();
  const clock = new TestClock(new Date());
  const config = testConfig(databaseUrl, {
    X_API_BASE_URL: sandbox.url,
    X_CLIENT_ID: 'xp-test',
    X_CLIENT_SECRET: 'xp-test-secret',
    ...env,
  });
  const app = await createApiApp(config, { clock, quiet: true });
  const api: TestApi = {
    app,
    clock,
    databaseUrl,
    agent: () => request.agent(app.getHttpServer()),
    close: () => app.close(),
  };
  return {
    api,
    sandbox,
    config,
    close: async () => {
      await app.close();
      await sandbox.close();
    },
  };
}

/** Connects an X account of the sandbox to the workspace through the real OAuth redirects; returns its id. */
export async function connectAccount(
  sandbox: RunningSandbox,
  who: SignedIn,
  ws: string,
  brandId: string,
  username: string,
): Promise<string> {
  const start = await who.agent
    .post(`/api/workspaces/${ws}/accounts/connect`)
    .set('x-csrf-token', who.csrf)
    .send({ brandId })
    .expect(201);
  const consent = await fetch(`${start.body.authorizeUrl}&sandbox_user=${username}`, { redirect: 'manual' });
  const back = new URL(consent.headers.get('location')!);
  await who.agent.get(`${back.pathname}${back.search}`).expect(303);
  const list = await who.agent.get(`/api/workspaces/${ws}/accounts`).expect(200);
  return list.body.items.find((a: { handle: string }) => a.handle === username).id;
}

/** The sandbox's own admin API: GET `path`, or POST `body` to it; the answer's `data`. */
export async function sandboxData<T = Record<string, unknown>>(
  sandbox: RunningSandbox,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'content-type': 'application/json' } : {},
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return ((await res.json()) as { data: T }).data;
}
