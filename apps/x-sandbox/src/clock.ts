/** The sandbox's notion of time. Token expiry, rate-limit windows, created_at and snowflakes all use it. */
export interface SandboxClock {
  now(): number;
}

export const systemClock: SandboxClock = { now: () => Date.now() };

/** Wraps a base clock with an offset that `POST /_sandbox/clock` moves forward. */
export class AdjustableClock implements SandboxClock {
  private offsetMs = 0;
  constructor(private readonly base: SandboxClock = systemClock) {}
  now(): number {
    return this.base.now() + this.offsetMs;
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
  get offset(): number {
    return this.offsetMs;
  }
  setOffset(ms: number): void {
    this.offsetMs = ms;
  }
}
