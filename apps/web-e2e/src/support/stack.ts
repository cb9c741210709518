// The full stack for browser tests: the real API (serving the built web app from dist/web/browser) on a fresh
// database cloned from the migrated template, listening on a random port; optionally a scheduler in-process on
// the same database, which publishes due posts to the configured X API (the sandbox).
import type { INestApplication } from '@nestjs/common';
import { resolve } from 'node:path';
import { freshDatabaseUrl, testConfig } from '@xp/server/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createApiApp } from '@xp/api';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';

export interface TestStack {
  /** e.g. http://127.0.0.1:43123 — the web app is at `${baseUrl}/`, the API at `${baseUrl}/api`. */
  baseUrl: string;
  /** The configuration the API runs with (its database, its X API), e.g. to seed data through the services. */
  config?: ReturnType<typeof testConfig>;
  app?: INestApplication;
  /** The scheduler, when started with `{ scheduler: true }`. */
  scheduler?: INestApplication;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Also run a scheduler (real clock, LISTEN/NOTIFY wake-ups, a 500 ms safety sweep). */
  scheduler?: boolean;
  /** More configuration, e.g. `{ INBOX_POLL_MS: '0' }` (read by `startStackWithSandbox`). */
  env?: Record<string, string>;
}

export async function startStack(env: Record<string, string> = {}, options: StackOptions = {}): Promise<TestStack> {
  const databaseUrl = await freshDatabaseUrl();
  const webDist = resolve(__dirname, '../../../../dist/web/browser');
  // PUBLIC_URL must match the port for invitation links: listen first, then tell the config.
  const probe = await import('node:net').then(
    (net) =>
      new Promise<number>((done, fail) => {
        const srv = net.createServer();
        srv.on('error', fail);
        srv.listen(0, '127.0.0.1', () => {
          const port = (srv.address() as { port: number }).port;
          srv.close(() => done(port));
        });
      }),
  );
  const baseUrl = `http://127.0.0.1:${probe}`;
  const config = testConfig(databaseUrl, { PUBLIC_URL: baseUrl, ...env });
  const app = await createApiApp(config, { webDist, quiet: true });
  await app.listen(probe, '127.0.0.1');
  let scheduler: INestApplication | undefined;
  if (options.scheduler) {
    try {
      scheduler = await createSchedulerApp(config, { quiet: true, settings: { sweepMs: 500 } });
      await scheduler.init();
    } catch (e) {
      await app.close();
      throw e;
    }
  }
  return {
    baseUrl,
    config,
    app,
    scheduler,
    stop: async () => {
      // The scheduler first, so it does not claim or publish against an API-less database being torn down.
      await scheduler?.close();
      await app.close();
    },
  };
}
