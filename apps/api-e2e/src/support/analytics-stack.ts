import type { INestApplication } from '@nestjs/common';
import { PublishingService, SnapshotWorkerService } from '@xp/server/application';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { metricsOf } from '@xp/x-sandbox';
import { createBrand, registerUser, type SignedIn } from './test-api';
import { connectAccount, sandboxData, startApiWithSandbox } from './x-stack';

/**
 * The analytics suites' stack: the API and the X sandbox on one clock that stands still between the test's moves
 * (figures read from the sandbox match to the unit), the scheduler's publisher and snapshot worker driven by hand on
 * that clock, and an owner with a workspace and a brand.
 */
export async function startAnalyticsStack(workspaceName: string) {
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
  const send = async <T>(method: 'post' | 'patch' | 'put', path: string, body: object, status: number) =>
    (
      await owner.agent[method](`/api/workspaces/${ws}${path}`)
        .set('x-csrf-token', owner.csrf)
        .send(body)
        .expect(status)
    ).body as T;
  const brandId = await createBrand(owner, ws, workspaceName);
  const now = () => stack.api.clock.now().getTime();
  /** Moves the sandbox's clock to `at` (never back) and the product's with it. */
  const moveTo = async (at: number) => {
    const r = await sandboxData<{ now: string }>(stack.sandbox, '/_sandbox/clock', {
      advanceMs: Math.max(0, at - now()),
    });
    stack.api.clock.set(r.now);
  };
  /** The publisher's pass: every post due now published on the sandbox. */
  const publishDue = async () => {
    const publishing = scheduler.get(PublishingService);
    for (const job of await publishing.claim(50)) await publishing.publish(job);
  };
  const connect = (username: string) => connectAccount(stack.sandbox, owner, ws, brandId, username);
  const worker = () => scheduler.get(SnapshotWorkerService);
  return {
    start,
    stack,
    scheduler,
    owner,
    ws,
    brandId,
    send,
    now,
    moveTo,
    publishDue,
    worker,
    /** Connects a sandbox user as an account of the brand (its default approval policy). */
    connect,
    /** Connects a sandbox user as an account of the brand, its posts scheduled without approval. */
    async account(username: string): Promise<string> {
      const id = await connect(username);
      const { version } = (await owner.agent.get(`/api/workspaces/${ws}/accounts/${id}`).expect(200)).body;
      await send(
        'patch',
        `/accounts/${id}`,
        { approvalPolicy: { requiredApprovals: 0, approverRoles: [] }, version },
        200,
      );
      return id;
    },
    /** Moves a minute on and has the scheduler publish what is due then. */
    async publishNext(): Promise<void> {
      await moveTo(now() + 60_000);
      await publishDue();
    },
    /** Moves to `at` and has the snapshot worker read what is due. */
    async snapshotAt(at: number): Promise<void> {
      await moveTo(at);
      await worker().pollDue();
    },
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
export type AnalyticsStack = Awaited<ReturnType<typeof startAnalyticsStack>>;

/** The analytics stack with the sandbox's @Kindy connected (its default approval policy). */
export async function startMeasuredStack(workspaceName: string) {
  const s = await startAnalyticsStack(workspaceName);
  return { ...s, kindy: await s.connect('Kindy') };
}
