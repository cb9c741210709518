import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InboxIngestService, InboxSettings } from '@xp/server/application';

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
export class InboxTicker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Inbox');
  private polling: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly inbox: InboxIngestService,
    private readonly settings: InboxSettings,
    private readonly registry: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.pollMs > 0) {
      this.registry.addInterval(
        POLL,
        setInterval(() => void this.poll(), this.settings.pollMs),
      );
      void this.poll();
    }
    this.registry.addInterval(
      BREACHES,
      setInterval(() => void this.breaches(), BREACH_CHECK_MS),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const name of [POLL, BREACHES]) {
      try {
        this.registry.deleteInterval(name);
      } catch {
        // not registered
      }
    }
    await this.polling;
  }

  /** One poll of every account at a time in this process. */
  poll(): Promise<unknown> {
    if (this.polling || this.stopped) return this.polling ?? Promise.resolve();
    this.polling = this.inbox
      .pollAll()
      .catch((e: unknown) => this.logger.warn(`polling mentions failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => (this.polling = null));
    return this.polling;
  }

  async breaches(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.inbox.notifyBreaches();
    } catch (e) {
      this.logger.warn(`first-response check failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
