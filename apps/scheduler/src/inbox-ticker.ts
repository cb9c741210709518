import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InboxIngestService, InboxSettings } from '@xp/server/application';
import { IntervalTicker } from './interval-ticker';

const POLL = 'inbox-poll';
const BREACHES = 'inbox-breaches';
/** How often first-response deadlines are checked. */
export const BREACH_CHECK_MS = 15_000;

/**
 * The inbox's timed work, in the worker process (never on an API request): polls every connected account's mentions
 * since its cursor (INBOX_POLL_MS; also right after boot, which fills any gap while nothing ran), and tells members of
 * first-response deadlines passed. Both are safe with many schedulers: a post lands once (UNIQUE), a breach is
 * claimed once (FOR UPDATE SKIP LOCKED).
 */
@Injectable()
export class InboxTicker extends IntervalTicker implements OnApplicationBootstrap {
  constructor(
    private readonly inbox: InboxIngestService,
    private readonly settings: InboxSettings,
    registry: SchedulerRegistry,
  ) {
    super(registry, new Logger('Inbox'));
  }

  onApplicationBootstrap(): void {
    if (this.settings.pollMs > 0) {
      this.every(POLL, this.settings.pollMs, () => this.inbox.pollAll(), 'polling mentions failed');
      void this.poll();
    }
    this.every(BREACHES, BREACH_CHECK_MS, () => this.inbox.notifyBreaches(), 'first-response check failed');
  }

  /** One poll of every account at a time in this process. */
  poll(): Promise<void> {
    return this.once(POLL, () => this.inbox.pollAll(), 'polling mentions failed');
  }
}
