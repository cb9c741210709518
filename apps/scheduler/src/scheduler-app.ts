import { Controller, Get, Header, Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import {
  AnalyticsSettings,
  AuditCheckpointService,
  Clock,
  InboxIngestService,
  InboxSettings,
  ListeningPollService,
  ListeningSettings,
  PublishingObserver,
  PublishingService,
  PublishingSettings,
  SnapshotWorkerService,
} from '@xp/server/application';
import type { AppConfig } from '@xp/server/config';
import { DataAccessModule, dataAccessOptions, WebhookDeliveryWorker } from '@xp/server/data-access';
import { configuredClock, SandboxFollowingClock, XApiModule, xApiSettings } from '@xp/server/x-api';
import { PublisherLoop, SchedulerRuntime } from './publisher-loop';
import { SchedulerMetrics } from './scheduler-metrics';
import { schedulerSettings, type SchedulerSettings } from './scheduler-settings';
import { WebhookTicker } from './webhook-ticker';
import { AuditCheckpointTicker } from './audit-checkpoint-ticker';
import { InboxTicker } from './inbox-ticker';
import { ListeningTicker } from './listening-ticker';
import { AnalyticsTicker } from './analytics-ticker';

/** The scheduler's only HTTP surface: liveness/database readiness and Prometheus metrics. */
@Controller()
class SchedulerOpsController {
  constructor(
    private readonly ds: DataSource,
    private readonly metrics: SchedulerMetrics,
    private readonly runtime: SchedulerRuntime,
    private readonly loop: PublisherLoop,
  ) {}

  @Get('health')
  async health() {
    await this.ds.query('SELECT 1');
    return {
      status: 'ok',
      database: 'up',
      listen: this.loop.listener.connected ? 'up' : 'reconnecting',
      schedulerId: this.runtime.settings.schedulerId,
      inFlight: this.loop.busy,
    };
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metricsText() {
    return this.metrics.registry.metrics();
  }
}

export interface SchedulerAppOptions {
  /** Tests inject a clock. */
  clock?: Clock;
  /** Overrides of the SCHEDULER_* settings (`config.scheduler`). */
  settings?: Partial<SchedulerSettings>;
  /** Only warnings and errors in the log. */
  quiet?: boolean;
}

@Module({})
class SchedulerModule {
  static forRoot(config: AppConfig, settings: SchedulerSettings, clock?: Clock): DynamicModule {
    const publishingSettings: PublishingSettings = {
      schedulerId: settings.schedulerId,
      leaseMs: settings.leaseMs,
      callTimeoutMs: settings.callTimeoutMs,
      graceMs: settings.graceMs,
      reconcileDelayMs: settings.reconcileDelayMs,
    };
    return {
      module: SchedulerModule,
      imports: [
        ScheduleModule.forRoot(),
        DataAccessModule.forRoot({
          ...dataAccessOptions(config, 'x-publisher-scheduler'),
          keepPoolOpen: true,
          clock: clock ?? configuredClock(config),
        }),
        XApiModule.forRoot({ ...xApiSettings(config), timeoutMs: settings.callTimeoutMs }),
      ],
      controllers: [SchedulerOpsController],
      providers: [
        {
          provide: SchedulerRuntime,
          useValue: {
            settings,
            databaseUrl: config.databaseUrl,
            auditCheckpointMs: config.audit.checkpointMs,
            poolSize: config.databasePoolSize,
          } satisfies SchedulerRuntime,
        },
        { provide: PublishingSettings, useValue: publishingSettings },
        SchedulerMetrics,
        { provide: PublishingObserver, useExisting: SchedulerMetrics },
        PublishingService,
        PublisherLoop,
        WebhookDeliveryWorker,
        WebhookTicker,
        AuditCheckpointService,
        AuditCheckpointTicker,
        { provide: InboxSettings, useValue: { pollMs: config.inbox.pollMs } satisfies InboxSettings },
        InboxIngestService,
        InboxTicker,
        { provide: ListeningSettings, useValue: { ...config.listening } satisfies ListeningSettings },
        ListeningPollService,
        ListeningTicker,
        {
          provide: AnalyticsSettings,
          useValue: { ...config.analytics, workerId: settings.schedulerId } satisfies AnalyticsSettings,
        },
        SnapshotWorkerService,
        AnalyticsTicker,
      ],
    };
  }
}

/**
 * The worker process: claims due posts and publishes them, sends due webhook deliveries, polls the inbox's mentions
 * and the listening monitors, takes the metric snapshots due; /health and /metrics.
 */
export async function createSchedulerApp(
  config: AppConfig,
  options: SchedulerAppOptions = {},
): Promise<INestApplication> {
  const settings = schedulerSettings(config.scheduler, options.settings);
  const app = await NestFactory.create(SchedulerModule.forRoot(config, settings, options.clock), {
    logger: options.quiet ? ['error', 'warn'] : ['error', 'warn', 'log'],
  });
  app.get(SchedulerMetrics).attach(app.get(PublishingService), app.get(PublisherLoop).listener);
  // X_CLOCK=follow-sandbox: when the sandbox's clock jumps, what became due is claimed at once.
  const clock = app.get(Clock);
  if (clock instanceof SandboxFollowingClock) clock.onChange(() => app.get(PublisherLoop).kick());
  app.enableShutdownHooks();
  return app;
}
