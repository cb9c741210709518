// The full stack wired to the X sandbox with the scheduler driven by hand on the test's clock (its tickers off), as
// the analytics suites need it: posts published and measured at chosen moments; and the figures as the page writes
// them, for comparing.
import type { INestApplication } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import { PublishingService } from '@xp/server/application';
import { TestClock } from '@xp/server/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import type { RunningSandbox } from '@xp/x-sandbox';
import { launchBrowser } from './browser';
import type { TestStack } from './stack';
import { sandboxData, startStackWithSandbox } from './workspace';

export interface HandDrivenStack {
  sandbox: RunningSandbox;
  stack: TestStack;
  browser: Browser;
  /** The publisher and the snapshot worker, not initialised: no timers of their own. */
  scheduler: INestApplication;
  /** The scheduler's clock, moved with the sandbox's. */
  clock: TestClock;
  /** Moves the sandbox's clock to `at` and the scheduler's with it. */
  moveTo(at: number): Promise<void>;
  /** Publishes the posts due at the clock's time, as the scheduler would. */
  publishDue(): Promise<void>;
  stop(): Promise<void>;
}

export async function startHandDrivenStack(clientId: string): Promise<HandDrivenStack> {
  const { sandbox, stack } = await startStackWithSandbox(clientId, {
    env: { INBOX_POLL_MS: '0', LISTENING_POLL_MS: '0', ANALYTICS_POLL_MS: '0' },
  });
  const clock = new TestClock((await sandboxData<{ now: string }>(sandbox, '/_sandbox/clock')).now);
  const scheduler = await createSchedulerApp(stack.config!, { quiet: true, clock });
  const browser = await launchBrowser();
  return {
    sandbox,
    stack,
    browser,
    scheduler,
    clock,
    moveTo: async (at) =>
      clock.set(
        (
          await sandboxData<{ now: string }>(sandbox, '/_sandbox/clock', {
            advanceMs: Math.max(0, at - clock.now().getTime()),
          })
        ).now,
      ),
    publishDue: async () => {
      const publishing = scheduler.get(PublishingService);
      for (const job of await publishing.claim(10)) await publishing.publish(job);
    },
    stop: async () => {
      await browser.close();
      await scheduler.close();
      await stack.stop();
      await sandbox.close();
    },
  };
}

/** Spaces of any kind (French groups digits with a narrow no-break space) as one plain space. */
export const plain = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Counts, percentages and dollars as the pages write them in `lang` (spaces made plain). */
export function pageFigures(lang: string) {
  const percent = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
  return {
    count: (n: number) => plain(new Intl.NumberFormat(lang).format(n)),
    percent: (n: number) => plain(percent.format(n)),
    money: (n: number) => plain(new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' }).format(n)),
  };
}
