import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { WebhookDeliveryWorker } from '@xp/server/data-access';
import { SchedulerRuntime } from './publisher-loop';

const INTERVAL = 'webhook-deliveries';

/**
 * Sends due webhook deliveries from the worker process, every `webhookMs`. Deliveries are claimed like posts: rows
 * locked with FOR UPDATE SKIP LOCKED and leased, so any number of schedulers may run this side by side.
 */
@Injectable()
export class WebhookTicker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private current: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly worker: WebhookDeliveryWorker,
    private readonly runtime: SchedulerRuntime,
    private readonly registry: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    this.registry.addInterval(
      INTERVAL,
      setInterval(() => void this.tick(), this.runtime.settings.webhookMs),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    try {
      this.registry.deleteInterval(INTERVAL);
    } catch {
      // not registered
    }
    await this.current;
  }

  /** Delivers while there is work due (one run at a time in this process). */
  tick(): Promise<void> {
    if (this.current || this.stopped) return this.current ?? Promise.resolve();
    this.current = this.drain().finally(() => (this.current = null));
    return this.current;
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.worker.runDue()) > 0) {
        // keep going while there is work due
      }
    } catch (e) {
      this.logger.warn(`webhook delivery run failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
