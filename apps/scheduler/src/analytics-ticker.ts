import { Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AnalyticsSettings, SnapshotWorkerService } from '@xp/server/application';
import { OneJobTicker } from './interval-ticker';
import { PublisherLoop } from './publisher-loop';

/**
 * Analytics' timed work, in the worker process: every ANALYTICS_POLL_MS (0: off), the metric snapshots due and
 * today's followers. Safe with many workers: snapshots and follower reads are claimed with a lease, and only while
 * this process holds its liveness lock (docs/scheduler.md "Crash recovery"): before it is taken (a slow boot) or
 * after it is lost, the other workers would take this process's leases as a dead one's and read the posts again.
 */
@Injectable()
export class AnalyticsTicker extends OneJobTicker {
  constructor(
    worker: SnapshotWorkerService,
    settings: AnalyticsSettings,
    registry: SchedulerRegistry,
    loop: PublisherLoop,
  ) {
    super(registry, new Logger('Analytics'), {
      name: 'analytics-snapshots',
      ms: settings.pollMs,
      run: async () => (loop.live ? worker.pollDue() : 0),
      failure: 'analytics snapshots failed',
    });
  }
}
