import { Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Clock } from '@xp/server/application';

/** How often the sandbox's clock is read: a change is seen within this much (API.md: within 1 s). */
export const SANDBOX_CLOCK_POLL_MS = 500;

/**
 * X_CLOCK=follow-sandbox: the product's time is wall time + the X sandbox's offset (`GET /_sandbox/clock` →
 * `{ data: { now, offsetMs } }`), read every `pollMs`. Advancing the sandbox's clock (`POST /_sandbox/clock`) thus
 * advances publishing, snapshots and monitors with it. Listeners hear of every change (the scheduler wakes up).
 * Started and stopped with the application(s) that hold it; an unreachable sandbox keeps the last offset known.
 */
export class SandboxFollowingClock extends Clock implements OnModuleInit, OnApplicationShutdown {
  private offsetMs = 0;
  private timer: NodeJS.Timeout | undefined;
  private users = 0;
  private reading: Promise<void> | undefined;
  private nextRead: Promise<void> | undefined;
  private warned = false;
  private readonly listeners: Array<(offsetMs: number) => void> = [];
  private readonly logger = new Logger('Clock');

  constructor(
    private readonly sandboxUrl: string,
    private readonly pollMs = SANDBOX_CLOCK_POLL_MS,
    private readonly wall: () => number = Date.now,
  ) {
    super();
  }

  now(): Date {
    return new Date(this.wall() + this.offsetMs);
  }

  /** The sandbox's offset last read, in ms. */
  get offset(): number {
    return this.offsetMs;
  }

  /** Called after every change of the offset. */
  onChange(listener: (offsetMs: number) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Reads the sandbox's clock: resolves once a read that began after this call is done, so a caller that has just
   * moved the sandbox's clock sees the new offset. At most one read at a time; callers during a read share the next.
   */
  poll(): Promise<void> {
    if (!this.reading) return this.startRead();
    this.nextRead ??= this.reading.then(() => {
      this.nextRead = undefined;
      return this.startRead();
    });
    return this.nextRead;
  }

  private startRead(): Promise<void> {
    const reading = this.read().finally(() => {
      if (this.reading === reading) this.reading = undefined;
    });
    this.reading = reading;
    return reading;
  }

  private async read(): Promise<void> {
    try {
      const res = await fetch(`${this.sandboxUrl.replace(/\/$/, '')}/_sandbox/clock`, {
        signal: AbortSignal.timeout(Math.max(1000, this.pollMs * 2)),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const offset = ((await res.json()) as { data?: { offsetMs?: unknown } }).data?.offsetMs;
      if (typeof offset !== 'number' || !Number.isFinite(offset)) throw new Error('no offsetMs in the answer');
      this.warned = false;
      if (offset === this.offsetMs) return;
      this.offsetMs = offset;
      for (const l of this.listeners) l(offset);
    } catch (e) {
      if (!this.warned)
        this.logger.warn(
          `cannot read the X sandbox's clock at ${this.sandboxUrl} (${e instanceof Error ? e.message : String(e)}); ` +
            `keeping an offset of ${this.offsetMs} ms`,
        );
      this.warned = true;
    }
  }

  /** Reads the offset before the application starts, then keeps following it. */
  async onModuleInit(): Promise<void> {
    this.users++;
    if (this.users > 1) return;
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    this.users = Math.max(0, this.users - 1);
    if (this.users > 0 || !this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

/** The product's clock for X_CLOCK (undefined: the wall clock, the default). */
export function configuredClock(config: {
  clock: 'system' | 'follow-sandbox';
  x: { apiBaseUrl: string | undefined };
}): SandboxFollowingClock | undefined {
  return config.clock === 'follow-sandbox' && config.x.apiBaseUrl
    ? new SandboxFollowingClock(config.x.apiBaseUrl)
    : undefined;
}
