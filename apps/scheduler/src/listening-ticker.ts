import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ListeningPollService, ListeningSettings } from '@xp/server/application';
import { IntervalTicker } from './interval-ticker';

const POLL = 'listening-poll';

/**
 * Listening's timed work, in the worker process: every LISTENING_POLL_MS, the monitors due a read (each monitor
 * carries its own next time, from its budget). Safe with many workers: a monitor is claimed with a lease.
 */
@Injectable()
export class ListeningTicker extends IntervalTicker implements OnApplicationBootstrap {
  constructor(
    private readonly listening: ListeningPollService,
    private readonly settings: ListeningSettings,
    registry: SchedulerRegistry,
  ) {
    super(registry, new Logger('Listening'));
  }

  onApplicationBootstrap(): void {
    if (this.settings.pollMs > 0)
      this.every(POLL, this.settings.pollMs, () => this.listening.pollDue(), 'listening poll failed');
  }

  /** One poll of the due monitors at a time in this process. */
  poll(): Promise<void> {
    return this.once(POLL, () => this.listening.pollDue(), 'listening poll failed');
  }
}
