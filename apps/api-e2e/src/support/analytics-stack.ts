import type { INestApplication } from '@nestjs/common';
import { PublishingService, SnapshotWorkerService } from '@xp/server/application';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { metricsOf } from '@xp/x-sandbox';
import { registerUser, type SignedIn } from './test-api';
import { connectAccount, sandboxData, startApiWithSandbox } from './x-stack';

/**
 * The analytics suites' stack: the API and the X sandbox on one clock that stands still between the test's moves
 * (figures match to the unit), the scheduler's publisher and snapshot worker driven by hand on that clock, and an
 * owner with a brand and the sandbox's account @Kindy connected.
 */
export async function startMeasuredStack(workspaceName: string) {
  const start = Date.now();
  const stack = await startApiWithSandbox(
    { INBOX_POLL_MS: '0', LISTENING_POLL_MS: '0', ANALYTICS_POLL_MS: '0' },
    { clock: { now: () => start } },
  );
  stack.api.clock.set(new Date(start));
  // Not initialised: the scheduler runs no timers of its own.
  const scheduler: INestApplication = await createSchedulerApp(stack.config, { quiet: true, clock: stack.api.clock });
  const owner: SignedIn = await registerUser(stack.api, 'owner', workspaceName);
  const ws = owner.me.workspaces[0]!.id;
  const brand = (
    await owner.agent.post(`/api/workspaces/${ws}/brands`).set('x-csrf-token', owner.csrf).send({ name: 'Kindy' })
  ).body.id as string;
  const kindy = await connectAccount(stack.sandbox, owner, ws, brand, 'Kindy');
  const now = () => stack.api.clock.now().getTime();
  return {
    start,
    stack,
    scheduler,
    owner,
    ws,
    kindy,
    now,
    /** Moves the sandbox's clock to `at` (never back) and the product's with it. */
    async moveTo(at: number): Promise<void> {
      const r = await sandboxData<{ now: string }>(stack.sandbox, '/_sandbox/clock', {
        advanceMs: Math.max(0, at - now()),
      });
      stack.api.clock.set(r.now);
    },
    /** The publisher's pass: every post due now published on the sandbox. */
    async publishDue(): Promise<void> {
      const publishing = scheduler.get(PublishingService);
      for (const job of await publishing.claim(50)) await publishing.publish(job);
    },
    worker: () => scheduler.get(SnapshotWorkerService),
    /** What the sandbox says of a tweet now (its clock stands still: the same as when the worker read it). */
    sandboxMetrics(tweetId: string) {
      const ctx = stack.sandbox.context;
      return metricsOf(ctx, ctx.state.tweets.get(tweetId)!);
    },
    async close(): Promise<void> {
      await scheduler.close();
      await stack.close();
    },
  };
}
