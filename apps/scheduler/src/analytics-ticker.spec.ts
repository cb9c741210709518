import { SchedulerRegistry } from '@nestjs/schedule';
import type { AnalyticsSettings, SnapshotWorkerService } from '@xp/server/application';
import { AnalyticsTicker } from './analytics-ticker';
import type { PublisherLoop } from './publisher-loop';

// Regression (the chaos test on a loaded 2-core machine: 572 posts read twice for 2 kills): a worker that claimed
// snapshots before its liveness lock was taken had its leases taken by the others as a dead worker's.
describe('AnalyticsTicker', () => {
  const make = (connected: boolean) => {
    let polls = 0;
    const worker = { pollDue: async () => ++polls } as unknown as SnapshotWorkerService;
    const loop = { live: connected } as unknown as PublisherLoop;
    const ticker = new AnalyticsTicker(worker, { pollMs: 0 } as AnalyticsSettings, new SchedulerRegistry(), loop);
    return { ticker, polls: () => polls, loop };
  };

  it('takes no snapshot while the process does not hold its liveness lock', async () => {
    const t = make(false);
    await t.ticker.poll();
    expect(t.polls()).toBe(0);
  });

  it('takes the snapshots due once the lock is held', async () => {
    const t = make(false);
    (t.loop as { live: boolean }).live = true;
    await t.ticker.poll();
    expect(t.polls()).toBe(1);
  });
});
