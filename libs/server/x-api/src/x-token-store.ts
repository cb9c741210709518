/** An account's OAuth 2.0 tokens as the adapter needs them. */
export interface XTokens {
  accessToken: string;
  /** Present when the grant included offline.access. Single use: X rotates it on every refresh. */
  refreshToken?: string;
  /** When the access token expires (X: 2 hours after issue). */
  expiresAt: Date;
  scopes: string[];
}

/**
 * The port the product implements (e.g. with a Postgres row lock on the account row) so that exactly one
 * process refreshes an account's tokens at a time. The adapter persists a rotated pair through `saveTokens`
 * BEFORE it uses the new access token, because the old refresh token is already spent.
 */
export interface XTokenStore {
  /** Current tokens without taking the lock (fast path); null when the account has none. */
  loadTokens(accountId: string): Promise<XTokens | null>;
  /**
   * Runs `fn` while holding the account's cross-process lock, with the tokens as read under that lock.
   * Must be re-entrant-safe for one call at a time per account (the adapter never nests calls).
   */
  withAccountLock<T>(accountId: string, fn: (current: XTokens | null) => Promise<T>): Promise<T>;
  /** Persists a (rotated) pair. Called inside withAccountLock, before the new access token is used. */
  saveTokens(accountId: string, tokens: XTokens): Promise<void>;
}

/** An in-memory implementation (tests, benchmarks, single-process tools). */
export class InMemoryXTokenStore implements XTokenStore {
  private readonly tokens = new Map<string, XTokens>();
  private readonly locks = new Map<string, Promise<unknown>>();
  readonly saved: Array<{ accountId: string; tokens: XTokens }> = [];

  set(accountId: string, tokens: XTokens): void {
    this.tokens.set(accountId, tokens);
  }

  get(accountId: string): XTokens | undefined {
    return this.tokens.get(accountId);
  }

  async loadTokens(accountId: string): Promise<XTokens | null> {
    return this.tokens.get(accountId) ?? null;
  }

  async withAccountLock<T>(accountId: string, fn: (current: XTokens | null) => Promise<T>): Promise<T> {
    const previous = this.locks.get(accountId) ?? Promise.resolve();
    const run = previous.then(
      () => fn(this.tokens.get(accountId) ?? null),
      () => fn(this.tokens.get(accountId) ?? null),
    );
    const tail = run.catch(() => undefined);
    this.locks.set(accountId, tail);
    try {
      return await run;
    } finally {
      if (this.locks.get(accountId) === tail) this.locks.delete(accountId);
    }
  }

  async saveTokens(accountId: string, tokens: XTokens): Promise<void> {
    this.tokens.set(accountId, tokens);
    this.saved.push({ accountId, tokens });
  }
}
