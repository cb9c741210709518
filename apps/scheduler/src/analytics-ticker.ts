import { Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AnalyticsSettings, SnapshotWorkerService } from '@xp/server/application';
import { OneJobTicker } from './interval-ticker';

/**
 * Analytics' timed work, in the worker process: every ANALYTICS_POLL_MS (0: off), the metric snapshots due and
 * today's followers. Safe with many workers: snapshots and follower reads are claimed with a lease.
 */
@Injectable()
export class AnalyticsTicker extends OneJobTicker {
  constructor(worker: SnapshotWorkerService, settings: AnalyticsSettings, registry: SchedulerRegistry) {
    super(registry, new Logger('Analytics'), {
      name: 'analytics-snapshots',
      ms: settings.pollMs,
      run: () => worker.pollDue(),
      failure: 'analytics snapshots failed',
    });
  }
}
