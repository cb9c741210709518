import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AnalyticsSettings, SnapshotWorkerService } from '@xp/server/application';
import { IntervalTicker } from './interval-ticker';

const POLL = 'analytics-snapshots';

/**
 * Analytics' timed work, in the worker process: every ANALYTICS_POLL_MS (0: off), the metric snapshots due and
 * today's followers. Safe with many workers: snapshots and follower reads are claimed with a lease.
 */
@Injectable()
export class AnalyticsTicker extends IntervalTicker implements OnApplicationBootstrap {
  constructor(
    private readonly worker: SnapshotWorkerService,
    private readonly settings: AnalyticsSettings,
    registry: SchedulerRegistry,
  ) {
    super(registry, new Logger('Analytics'));
  }

  onApplicationBootstrap(): void {
    if (this.settings.pollMs > 0)
      this.every(POLL, this.settings.pollMs, () => this.worker.pollDue(), 'analytics snapshots failed');
  }

  /** One pass over the due snapshots at a time in this process. */
  poll(): Promise<void> {
    return this.once(POLL, () => this.worker.pollDue(), 'analytics snapshots failed');
  }
}
