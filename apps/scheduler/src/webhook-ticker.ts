import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { WebhookDeliveryWorker } from '@xp/server/data-access';
import { SchedulerRuntime } from './publisher-loop';
import { IntervalTicker } from './interval-ticker';

const INTERVAL = 'webhook-deliveries';

/**
 * Sends due webhook deliveries from the worker process, every `webhookMs`. Deliveries are claimed like posts: rows
 * locked with FOR UPDATE SKIP LOCKED and leased, so any number of schedulers may run this side by side.
 */
@Injectable()
export class WebhookTicker extends IntervalTicker implements OnApplicationBootstrap {
  constructor(
    private readonly worker: WebhookDeliveryWorker,
    private readonly runtime: SchedulerRuntime,
    registry: SchedulerRegistry,
  ) {
    super(registry, new Logger('Webhooks'));
  }

  onApplicationBootstrap(): void {
    this.every(INTERVAL, this.runtime.settings.webhookMs, () => this.drain(), 'webhook delivery run failed');
  }

  /** Delivers while there is work due (one run at a time in this process). */
  tick(): Promise<void> {
    return this.once(INTERVAL, () => this.drain(), 'webhook delivery run failed');
  }

  private async drain(): Promise<void> {
    while (!this.stopped && (await this.worker.runDue()) > 0) {
      // keep going while there is work due
    }
  }
}
