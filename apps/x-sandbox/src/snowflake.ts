/** X's epoch for snowflake ids (2010-11-04T01:42:54.657Z). */
export const TWITTER_EPOCH = 1288834974657n;

/** Real snowflakes: ((ms - epoch) << 22) | (worker << 12) | sequence, as decimal strings. Monotonic. */
export class SnowflakeGenerator {
  private lastMs = -1n;
  private seq = 0n;
  constructor(private readonly worker = 1n) {}

  next(nowMs: number): string {
    let ms = BigInt(Math.floor(nowMs));
    if (ms <= this.lastMs) {
      ms = this.lastMs;
      this.seq++;
      if (this.seq > 4095n) {
        ms = this.lastMs + 1n;
        this.seq = 0n;
      }
    } else {
      this.seq = 0n;
    }
    this.lastMs = ms;
    return (((ms - TWITTER_EPOCH) << 22n) | ((this.worker & 1023n) << 12n) | this.seq).toString();
  }

  /** Make sure the next id is greater than `id` (after loading persisted state). */
  observe(id: string): void {
    const ms = snowflakeTime(id);
    const big = BigInt(ms);
    if (big > this.lastMs) {
      this.lastMs = big;
      this.seq = BigInt(id) & 4095n;
    }
  }
}

/** The creation time (ms since epoch) encoded in a snowflake id. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + TWITTER_EPOCH);
}

/** The smallest snowflake for a given time (used to turn start_time into since_id-like bounds). */
export function snowflakeAt(ms: number): bigint {
  return (BigInt(Math.floor(ms)) - TWITTER_EPOCH) << 22n;
}

export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isSnowflakeLike(v: unknown): v is string {
  return typeof v === 'string' && /^[0-9]{1,19}$/.test(v);
}
