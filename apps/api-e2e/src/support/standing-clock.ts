import type { INestApplication } from '@nestjs/common';
import { PublishingService } from '@xp/server/application';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
import type { SignedIn } from './test-api';
import { sandboxData, startApiWithSandbox } from './x-stack';

export interface StandingStack {
  stack: Awaited<ReturnType<typeof startApiWithSandbox>>;
  /** The publisher and the snapshot worker on the API's clock, driven by hand (no timers of their own). */
  scheduler: INestApplication;
  /** The product's (and the sandbox's) time, in ms. */
  now(): number;
  /** Moves the sandbox's clock to `at` and the product's with it. */
  moveTo(at: number): Promise<void>;
  /** Publishes the posts due now, as the scheduler would. */
  publishDue(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The API and the X sandbox on one clock that stands still between the test's moves (from `start`), so that metrics
 * read from the sandbox match to the unit; the pollers are off.
 */
export async function startStandingStack(start: number): Promise<StandingStack> {
  const stack = await startApiWithSandbox(
    { INBOX_POLL_MS: '0', LISTENING_POLL_MS: '0', ANALYTICS_POLL_MS: '0' },
    { clock: { now: () => start } },
  );
  stack.api.clock.set(new Date(start));
  const scheduler = await createSchedulerApp(stack.config, { quiet: true, clock: stack.api.clock });
  const now = () => stack.api.clock.now().getTime();
  return {
    stack,
    scheduler,
    now,
    moveTo: async (at) => {
      const r = await sandboxData<{ now: string }>(stack.sandbox, '/_sandbox/clock', {
        advanceMs: Math.max(0, at - now()),
      });
      stack.api.clock.set(r.now);
    },
    publishDue: async () => {
      const publishing = scheduler.get(PublishingService);
      for (const job of await publishing.claim(10)) await publishing.publish(job);
    },
    close: async () => {
      await scheduler.close();
      await stack.close();
    },
  };
}

/** The account's posts need no approval: submitted, they are scheduled. */
export async function withoutApprovals(owner: SignedIn, ws: string, accountId: string): Promise<void> {
  const account = (await owner.agent.get(`/api/workspaces/${ws}/accounts/${accountId}`).expect(200)).body;
  await owner.agent
    .patch(`/api/workspaces/${ws}/accounts/${accountId}`)
    .set('x-csrf-token', owner.csrf)
    .send({ approvalPolicy: { requiredApprovals: 0, approverRoles: [] }, version: account.version })
    .expect(200);
}
