import type { INestApplication } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import { TestClock } from '@xp/server/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import type { RunningSandbox } from '@xp/x-sandbox';
import { launchBrowser } from './browser';
import type { TestStack } from './stack';
import { sandboxData, startStackWithSandbox } from './workspace';

/**
 * For analytics in the browser: the full stack wired to the X sandbox (its workers' tickers off), a scheduler driven
 * by hand on the test's clock, which follows the sandbox's (standing still between the test's moves), and Chromium.
 */
export interface AnalyticsWorld {
  sandbox: RunningSandbox;
  stack: TestStack;
  scheduler: INestApplication;
  clock: TestClock;
  browser: Browser;
  /** Moves the sandbox's clock to `at` (never back) and the scheduler's with it. */
  moveTo(at: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startAnalyticsWorld(clientId: string): Promise<AnalyticsWorld> {
  const { sandbox, stack } = await startStackWithSandbox(clientId, {
    env: { INBOX_POLL_MS: '0', LISTENING_POLL_MS: '0', ANALYTICS_POLL_MS: '0' },
  });
  const clock = new TestClock((await sandboxData<{ now: string }>(sandbox, '/_sandbox/clock')).now);
  const scheduler = await createSchedulerApp(stack.config!, { quiet: true, clock });
  const browser = await launchBrowser();
  return {
    sandbox,
    stack,
    scheduler,
    clock,
    browser,
    moveTo: async (at) => {
      const advanceMs = Math.max(0, at - clock.now().getTime());
      clock.set((await sandboxData<{ now: string }>(sandbox, '/_sandbox/clock', { advanceMs })).now);
    },
    stop: async () => {
      await browser.close();
      await scheduler.close();
      await stack.stop();
      await sandbox.close();
    },
  };
}
