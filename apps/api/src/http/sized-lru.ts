/**
 * A least-recently-used map bounded by the bytes of its values (`sizeOf`): reading an entry makes it the most recent,
 * adding or growing one drops the least recent others until the budget holds (never the entry just added or grown).
 * A value larger than the whole budget is not kept.
 */
export class SizedLru<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number }>();
  private total = 0;

  constructor(
    private readonly budget: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /** The bytes kept now. */
  get bytes(): number {
    return this.total;
  }

  /** The value, made the most recently used. */
  get(key: K): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  /** The value, its recency left alone. */
  peek(key: K): V | undefined {
    return this.entries.get(key)?.value;
  }

  set(key: K, value: V): void {
    const bytes = this.sizeOf(value);
    if (bytes > this.budget) return;
    const old = this.entries.get(key);
    if (old) this.total -= old.bytes;
    this.entries.delete(key);
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    this.evict(key);
  }

  /** The value of `key` changed size (a copy attached to it): counted again. */
  resized(key: K): void {
    const e = this.entries.get(key);
    if (!e) return;
    const bytes = this.sizeOf(e.value);
    this.total += bytes - e.bytes;
    e.bytes = bytes;
    this.evict(key);
  }

  private evict(spare: K): void {
    for (const [k, e] of this.entries) {
      if (this.total <= this.budget) break;
      if (k === spare) continue;
      this.entries.delete(k);
      this.total -= e.bytes;
    }
  }
}
