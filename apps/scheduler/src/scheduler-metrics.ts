import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import {
  PublishingObserver,
  PublishingService,
  type PublishJob,
  type PublishOutcomeClass,
} from '@xp/server/application';

/** Prometheus metrics of one scheduler process (GET /metrics). */
@Injectable()
export class SchedulerMetrics extends PublishingObserver {
  readonly registry = new Registry();
  readonly lateness: Histogram;
  readonly outcomes: Counter<'class'>;
  private publishing: PublishingService | null = null;
  private listen: { connected: boolean; reconnects: number } | null = null;

  constructor() {
    super();
    this.registry.setDefaultLabels({ service: 'scheduler' });
    collectDefaultMetrics({ register: this.registry });
    this.lateness = new Histogram({
      name: 'xp_publish_lateness_seconds',
      help: 'From a post’s scheduledAt to X accepting its first segment',
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900],
      registers: [this.registry],
    });
    this.outcomes = new Counter({
      name: 'xp_publish_outcomes_total',
      help: 'Publishing outcomes by class (published, rate_limited, transient, auth, rejected, unknown, missed, reconciled_*)',
      labelNames: ['class'],
      registers: [this.registry],
    });
    this.gauge(
      'xp_publish_queue_depth',
      'Posts due now and claimable (not held, account connected, window open)',
      async () => {
        const stats = await this.publishing?.queueStats();
        return stats?.due ?? 0;
      },
    );
    this.gauge(
      'xp_scheduler_listen_connected',
      '1 while the LISTEN connection (wake-ups on new or moved posts) is up, 0 while it reconnects',
      () => (this.listen?.connected ? 1 : 0),
    );
    this.gauge(
      'xp_scheduler_listen_reconnects',
      'Times the LISTEN connection was re-established since the process started',
      () => this.listen?.reconnects ?? 0,
    );
    this.gauge('xp_publish_oldest_due_age_seconds', 'Age of the oldest due, unclaimed post (0 when none)', async () => {
      const stats = await this.publishing?.queueStats();
      return stats?.oldestDueAt ? Math.max(0, (Date.now() - stats.oldestDueAt.getTime()) / 1000) : 0;
    });
  }

  /** A gauge read when Prometheus scrapes. */
  private gauge(name: string, help: string, read: () => number | Promise<number>): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        this.set(await read());
      },
    });
  }

  attach(publishing: PublishingService, listen?: { connected: boolean; reconnects: number }): void {
    this.publishing = publishing;
    this.listen = listen ?? null;
  }

  outcome(
    kind: PublishOutcomeClass,
    _job: Pick<PublishJob, 'id' | 'accountId' | 'scheduledAt'>,
    latenessMs?: number,
  ): void {
    this.outcomes.inc({ class: kind });
    if (latenessMs !== undefined) this.lateness.observe(Math.max(0, latenessMs) / 1000);
  }
}
