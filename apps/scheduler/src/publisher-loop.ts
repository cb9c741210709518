import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Client } from 'pg';
import { PublishingService, type PublishJob } from '@xp/server/application';
import { ListenConnection, TAKE_LIVENESS_LOCK } from '@xp/server/data-access';
import type { SchedulerSettings } from './scheduler-settings';

export const NOTIFY_CHANNEL = 'xp_posts_due';

export abstract class SchedulerRuntime {
  abstract readonly settings: SchedulerSettings;
  abstract readonly databaseUrl: string;
  /** How often the audit chains' heads are checkpointed (AUDIT_CHECKPOINT_MS). */
  abstract readonly auditCheckpointMs: number;
  /** Connections of the database pool (DATABASE_POOL_SIZE): each prepares the claim at boot. */
  abstract readonly poolSize: number;
}

/**
 * Wakes at the right millisecond and keeps at most `concurrency` publishes in flight:
 * - a timer armed for the earliest due post (re-armed after every claim),
 * - LISTEN xp_posts_due: a trigger notifies when posts are scheduled or moved, or a hold is released,
 * - an @nestjs/schedule interval (the safety net): expired leases, missed posts, reconciliation, then a claim.
 */
@Injectable()
export class PublisherLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Scheduler');
  private inFlight = 0;
  private readonly active = new Set<Promise<unknown>>();
  private timer: NodeJS.Timeout | null = null;
  private wakeAt = Number.POSITIVE_INFINITY;
  private running = false;
  private again = false;
  private saturated = false;
  private stopped = false;
  private emptyWakes = 0;
  private sweeping = false;
  /** LISTEN xp_posts_due, reconnected with backoff forever after an outage (state in /health and /metrics). */
  readonly listener: ListenConnection;

  constructor(
    private readonly publishing: PublishingService,
    private readonly runtime: SchedulerRuntime,
    private readonly registry: SchedulerRegistry,
  ) {
    this.listener = new ListenConnection({
      channel: NOTIFY_CHANNEL,
      connect: () =>
        new Client({ connectionString: this.runtime.databaseUrl, application_name: 'x-publisher-scheduler-listen' }),
      onNotify: (payload) => this.onNotify(payload),
      // The liveness lock (docs/scheduler.md "Crash recovery"): held by this session for as long as it lives, so
      // that the others recover this process's posts as soon as it is gone. Without it, this process claims nothing.
      onOpen: async (client) => {
        const r = await client.query<{ ok: boolean }>(TAKE_LIVENESS_LOCK, [this.settings.schedulerId]);
        if (!r.rows[0]?.ok)
          throw new Error(`the liveness lock of ${this.settings.schedulerId} is held by another session`);
      },
      // Notifications sent while the connection was down are lost: look for due posts at once.
      onConnected: () => this.kick(),
      log: (m) => this.logger.warn(m),
    });
  }

  /**
   * Holds its liveness lock (docs/scheduler.md "Crash recovery"): without it this process looks dead to the others,
   * which take its leases, so nothing that claims with a lease may run.
   */
  get live(): boolean {
    return this.listener.connected;
  }

  private get settings(): SchedulerSettings {
    return this.runtime.settings;
  }

  /** Free slots that make a saturated loop claim again: an eighth of the concurrency, at most a batch. */
  private get refillAt(): number {
    return Math.max(1, Math.min(this.settings.batchSize, Math.ceil(this.settings.concurrency / 8)));
  }

  async onApplicationBootstrap(): Promise<void> {
    // Before the first claim (which waits for the LISTEN connection): a fresh process pays its cold start here.
    const t0 = Date.now();
    await this.publishing
      .warmUp({ dryRunCalls: this.settings.warmUpCalls, connections: this.runtime.poolSize })
      .catch((e: unknown) => this.logger.warn(`warm-up failed: ${e instanceof Error ? e.message : String(e)}`));
    this.logger.log(`warmed up in ${Date.now() - t0} ms`);
    await this.listener.start();
    this.registry.addInterval(
      'publishing-sweep',
      setInterval(() => void this.sweep(), this.settings.sweepMs),
    );
    this.registry.addInterval(
      'orphan-probe',
      setInterval(() => void this.probeOrphans(), this.settings.orphanCheckMs),
    );
    this.logger.log(`scheduler ${this.settings.schedulerId} started (concurrency ${this.settings.concurrency})`);
    void this.sweep();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    for (const name of ['publishing-sweep', 'orphan-probe']) {
      try {
        this.registry.deleteInterval(name);
      } catch {
        // not registered
      }
    }
    await this.listener.stop();
    // Let in-flight publishes finish (bounded by the X call timeout); unclaimed posts stay for the others.
    const deadline = new Promise((r) => setTimeout(r, this.settings.callTimeoutMs + 2000).unref());
    await Promise.race([Promise.allSettled([...this.active]), deadline]);
    await this.publishing.drain();
  }

  /** Posts in flight in this process (tests, metrics). */
  get busy(): number {
    return this.inFlight;
  }

  private onNotify(payload: string): void {
    const due = Number(payload);
    if (!Number.isFinite(due) || due <= Date.now()) {
      this.kick();
      return;
    }
    if (due < this.wakeAt) this.arm(due);
  }

  private arm(at: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.wakeAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.wakeAt = Number.POSITIVE_INFINITY;
        this.kick();
      },
      Math.max(0, at - Date.now()),
    );
  }

  /** Claims and publishes whatever is due now (coalesces concurrent wake-ups). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.cycle()
      .catch((e: unknown) => {
        this.logger.error(`claim cycle failed: ${e instanceof Error ? e.message : String(e)}`);
        this.arm(Date.now() + 1000);
      })
      .finally(() => {
        this.running = false;
        if (this.again) this.kick();
      });
  }

  private async cycle(): Promise<void> {
    // It claims again once reconnected.
    if (!this.live) return;
    do {
      this.again = false;
      let claimedAny = false;
      /** When the next post becomes claimable, as the last claim saw it (a claim runs unless saturated). */
      let next: Date | null = null;
      for (;;) {
        // From idle, a small first claim (a short statement) so the first posts leave at once; the next, larger
        // claims run while those are in flight.
        const room = Math.min(
          this.settings.concurrency - this.inFlight,
          this.inFlight === 0 ? this.refillAt : this.settings.batchSize,
        );
        if (room <= 0) {
          this.saturated = true;
          break;
        }
        const claimed = await this.publishing.claimNext(room);
        if (this.stopped) return;
        for (const job of claimed.jobs) this.start(job);
        if (claimed.jobs.length) claimedAny = true;
        next = claimed.nextDueAt;
        if (claimed.jobs.length < room) break;
      }
      if (this.saturated) continue; // a finishing publish kicks again
      if (!next) {
        if (this.timer) clearTimeout(this.timer);
        this.timer = null;
        this.wakeAt = Number.POSITIVE_INFINITY;
        continue;
      }
      let at = next.getTime();
      if (at <= Date.now()) {
        // Due but not claimed: another scheduler holds it right now, or the timer fired a hair early.
        this.emptyWakes = claimedAny ? 0 : this.emptyWakes + 1;
        at = Date.now() + (this.emptyWakes < 5 ? 1 : 25);
      } else {
        this.emptyWakes = 0;
      }
      this.arm(at);
    } while (this.again && !this.stopped);
  }

  private start(job: PublishJob): void {
    this.inFlight++;
    const p: Promise<unknown> = this.publishing
      .publish(job)
      .catch((e: unknown) =>
        this.logger.error(`publishing post ${job.id} failed: ${e instanceof Error ? e.stack : String(e)}`),
      )
      .finally(() => {
        this.inFlight--;
        this.active.delete(p);
        // Saturated: claim again once a batch's worth of room is free, not for every finished post (one claim
        // query per post would cost more than the posts it claims).
        if (this.saturated && this.settings.concurrency - this.inFlight >= this.refillAt) {
          this.saturated = false;
          this.kick();
        }
      });
    this.active.add(p);
  }

  /**
   * Another scheduler is gone (its liveness lock was released) and left posts behind: recover them and reconcile
   * at once, without waiting for the sweep or their leases.
   */
  async probeOrphans(): Promise<void> {
    if (this.sweeping || this.stopped || !this.listener.connected) return;
    try {
      if (!(await this.publishing.hasOrphans())) return;
    } catch (e) {
      this.logger.error(`orphan probe failed: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    await this.sweep();
  }

  /** The safety net: recover expired leases, mark missed posts, reconcile unconfirmed ones, then claim. */
  async sweep(): Promise<void> {
    if (this.sweeping || this.stopped) return;
    this.sweeping = true;
    try {
      await this.publishing.recoverOrphans();
      await this.publishing.markMissed();
      await this.publishing.reconcile();
    } catch (e) {
      this.logger.error(`sweep failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.sweeping = false;
    }
    this.kick();
  }
}
