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

/** A post claimed ahead of its instant goes through the fire-time gate this long before it (one round trip). */
export const GATE_LEAD_MS = 30;
/**
 * A cleared post is sent within this long of the gate (or the claim) that cleared it, else it goes through the gate
 * again: a hold placed in a crisis stops every post not sent within this long (docs/scheduler.md, step 9).
 */
export const CLEARED_FOR_MS = 50;
/** The wake-up timer's longest wait (then it claims and re-arms). */
const MAX_WAKE_MS = 3_600_000;

/** A claimed post waiting to be sent: its instant, and when the gate (or its claim) last cleared it. */
interface Queued {
  job: PublishJob;
  at: number;
  /** When the statement that cleared it was sent (this process's clock); null: it must go through the gate. */
  clearedAt: number | null;
  /** The liveness lock it was claimed under (`PublisherLoop.epoch`). */
  epoch: number;
}

/**
 * Wakes at the right millisecond and keeps at most `concurrency` publishes in flight:
 * - a timer armed for the earliest post to claim (re-armed after every claim): posts due within `lookaheadMs` are
 *   claimed ahead and wait, armed, in the order of their instants (`armed`),
 * - a fire timer: just before their instant (`GATE_LEAD_MS`) armed posts go through the fire-time gate, one
 *   statement for as many as may be sent next; each is sent at its instant if it was cleared within
 *   `CLEARED_FOR_MS` (docs/scheduler.md, step 3),
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
  /** Claimed, not yet sent, to go through the gate first, in the order of their instants. */
  private readonly armed: Queued[] = [];
  /** Cleared (by the gate, or by their claim), waiting for their instant or for room, in the order of their instants. */
  private readonly ready: Queued[] = [];
  /** Posts inside the gate statement in flight (one at a time: it clears as many posts as may be sent next). */
  private gating = 0;
  /** LISTEN (re)connections, i.e. liveness locks taken: a post is sent only under the lock it was claimed under. */
  private epoch = 0;
  private fireTimer: NodeJS.Timeout | null = null;
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
      // Notifications sent while the connection was down are lost: look for due posts at once. Posts claimed before
      // a reconnection are given back unsent: while the lock was down, the others may have recovered them.
      onConnected: () => {
        this.epoch++;
        void this.giveBack([...this.armed.splice(0), ...this.ready.splice(0)]);
        this.kick();
      },
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

  /** Posts this process holds (in flight, queued or being gated). */
  private get held(): number {
    return this.inFlight + this.armed.length + this.ready.length + this.gating;
  }

  private get capacity(): number {
    return this.settings.concurrency + (this.settings.lookaheadMs > 0 ? this.settings.armLimit : 0);
  }

  private now(): number {
    return this.publishing.now().getTime();
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
    if (this.fireTimer) clearTimeout(this.fireTimer);
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
    // What was claimed and not sent goes back to the queue for the others (no call was made for it).
    await this.giveBack([...this.armed.splice(0), ...this.ready.splice(0)]);
    await this.publishing.drain();
  }

  /** Posts in flight in this process (tests, metrics). */
  get busy(): number {
    return this.inFlight;
  }

  /** When to claim a post due at `due`: halfway into the lookahead, so that one claim takes half of it. */
  private claimAt(due: number): number {
    return due - this.settings.lookaheadMs / 2;
  }

  private onNotify(payload: string): void {
    const due = Number(payload);
    if (!Number.isFinite(due) || this.claimAt(due) <= this.now()) {
      this.kick();
      return;
    }
    if (this.claimAt(due) < this.wakeAt) this.arm(this.claimAt(due));
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
      // Node fires a timer of more than 2^31 - 1 ms (24.8 days) after 1 ms: a post planned weeks ahead would make the
      // loop claim every millisecond. A wake-up an hour ahead at most claims, and re-arms.
      Math.min(MAX_WAKE_MS, Math.max(0, at - this.now())),
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
        const room = Math.min(this.capacity - this.held, this.held === 0 ? this.refillAt : this.settings.batchSize);
        if (room <= 0) {
          this.saturated = true;
          break;
        }
        const sentAt = this.now();
        const epoch = this.epoch;
        const claimed = await this.publishing.claimNext(room, this.settings.lookaheadMs);
        if (this.stopped || epoch !== this.epoch) {
          void this.giveBack(claimed.jobs.map((job) => ({ job, at: 0, clearedAt: null, epoch })));
          if (this.stopped) return;
          continue;
        }
        // A post due when claimed was cleared by the claim itself (it passed the hold gate); the others are armed.
        for (const job of claimed.jobs) {
          const at = (job.fireAt ?? job.scheduledAt).getTime();
          if (at <= sentAt) this.insert(this.ready, { job, at, clearedAt: sentAt, epoch });
          else this.insert(this.armed, { job, at, clearedAt: null, epoch });
        }
        if (claimed.jobs.length) {
          claimedAny = true;
          this.pump();
        }
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
      let at = this.claimAt(next.getTime());
      const now = this.now();
      if (next.getTime() <= now + this.settings.lookaheadMs) {
        // Claimable but not claimed: another scheduler holds it right now, or the timer fired a hair early.
        this.emptyWakes = claimedAny ? 0 : this.emptyWakes + 1;
        at = now + (this.emptyWakes < 5 ? 1 : 25);
      } else {
        this.emptyWakes = 0;
      }
      this.arm(at);
    } while (this.again && !this.stopped);
    this.pump();
  }

  /** Into a queue, in the order of the instants (claims and gates mostly append). */
  private insert(queue: Queued[], q: Queued): void {
    let i = queue.length;
    while (i > 0 && queue[i - 1]!.at > q.at) i--;
    queue.splice(i, 0, q);
  }

  /**
   * Moves the queues on: sends the cleared posts whose instant has come while there is room (a post cleared too long
   * ago goes back through the gate); sends the armed posts that may be sent next through the gate; sets the fire
   * timer for what comes next.
   */
  private pump(): void {
    if (this.fireTimer) clearTimeout(this.fireTimer);
    this.fireTimer = null;
    if (this.stopped || !this.live) return; // reconnecting kicks a claim cycle, which pumps again
    const now = this.now();
    let wake = Number.POSITIVE_INFINITY;
    while (this.ready.length && this.inFlight < this.settings.concurrency) {
      const q = this.ready[0]!;
      if (q.at > now) {
        wake = q.at;
        break;
      }
      this.ready.shift();
      if (q.clearedAt === null || now - q.clearedAt > CLEARED_FOR_MS)
        this.insert(this.armed, { ...q, clearedAt: null });
      else this.start(q.job);
    }
    // Through the gate, as many as can be sent next: the room, and as much again for the slots freed meanwhile (the
    // end of a gate, like the end of a publish, pumps again).
    const room = 2 * this.settings.concurrency - this.inFlight - this.ready.length;
    if (this.gating === 0 && room > 0) {
      let n = 0;
      while (n < this.armed.length && n < room && this.armed[n]!.at - GATE_LEAD_MS <= now) n++;
      if (n) void this.runGate(this.armed.splice(0, n));
    }
    const next = this.armed[0];
    if (next && next.at - GATE_LEAD_MS > now) wake = Math.min(wake, next.at - GATE_LEAD_MS);
    if (Number.isFinite(wake)) this.fireTimer = setTimeout(() => this.pump(), Math.max(0, wake - this.now()));
  }

  /** Claimed posts not sent, given back to the queue of all schedulers (fenced by the lease; nothing was sent). */
  private giveBack(unsent: Queued[]): Promise<void> {
    if (!unsent.length) return Promise.resolve();
    return this.publishing.release(unsent.map((q) => q.job)).then(
      () => undefined,
      (e: unknown) =>
        this.logger.warn(
          `${unsent.length} claimed post(s) not given back (recovered when their lease expires): ${e instanceof Error ? e.message : String(e)}`,
        ),
    );
  }

  /** The fire-time gate of posts that may be sent next: cleared ones go back to the queue, to be sent at their instant. */
  private async runGate(chunk: Queued[]): Promise<void> {
    this.gating += chunk.length;
    const sentAt = this.now();
    try {
      const r = await this.publishing.gate(chunk.map((q) => q.job));
      const fired = new Set(r.fired);
      const cleared = chunk.filter((q) => fired.has(q.job));
      if (this.stopped || this.epoch !== chunk[0]!.epoch) void this.giveBack(cleared);
      else for (const q of cleared) this.insert(this.ready, { ...q, clearedAt: sentAt });
      if (r.held || r.lost) this.logger.warn(`fire-time gate: ${r.held} post(s) held back, ${r.lost} left to recovery`);
    } catch (e) {
      // Not cleared: they wait for the next gate (nothing was sent).
      this.logger.error(`fire-time gate failed: ${e instanceof Error ? e.message : String(e)}`);
      for (const q of chunk) this.insert(this.armed, q);
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      this.gating -= chunk.length;
    }
    this.pump();
  }

  private start(job: PublishJob): void {
    this.inFlight++;
    let freed = false;
    // The slot is free once X has answered: the success is saved in a batch afterwards.
    const free = () => {
      if (freed) return;
      freed = true;
      this.inFlight--;
      this.pump();
      // Saturated: claim again once a batch's worth of room is free, not for every finished post (one claim
      // query per post would cost more than the posts it claims).
      if (this.saturated && this.capacity - this.held >= this.refillAt) {
        this.saturated = false;
        this.kick();
      }
    };
    const p: Promise<unknown> = this.publishing
      .publish(job, free)
      .catch((e: unknown) =>
        this.logger.error(`publishing post ${job.id} failed: ${e instanceof Error ? e.stack : String(e)}`),
      )
      .finally(() => {
        free();
        this.active.delete(p);
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
