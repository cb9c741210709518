import {
  AccountRepository,
  Clock,
  XGateway,
  type XCall,
  type XCallFailure,
  type XProfile,
  type XRecentTweet,
  type XSegmentInput,
  type XSegmentPublishResult,
  type XThreadPublishResult,
  type XTokenSet,
} from '@xp/server/application';
import { XApiClient, type XApiClientOptions } from './x-api-client';
import type { XFailure } from './x-outcome';
import { dryRunXCalls } from './x-warm-up';
import type { XTokens, XTokenStore } from './x-token-store';
import type { AppConfig } from '@xp/server/config';

/**
 * The token store port, backed by the accounts table (encrypted columns, row lock across processes).
 * Decrypted tokens are cached in memory for a short while (the publishing hot path then costs no query); a token
 * another process rotated meanwhile gets a 401, and the adapter's refresh path re-reads the row under its lock.
 */
export class AccountTokenStore implements XTokenStore {
  /** Tokens (or the read in flight, shared by concurrent callers) per account, until `until` (epoch ms). */
  private readonly cache = new Map<string, { tokens: Promise<XTokens | null>; until: number }>();

  constructor(
    private readonly accounts: AccountRepository,
    private readonly clock: Clock,
    private readonly cacheMs = 30_000,
  ) {}

  private remember(accountId: string, tokens: Promise<XTokens | null>, now: number): void {
    if (this.cacheMs <= 0) return;
    if (this.cache.size >= 5000) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(accountId, { tokens, until: now + this.cacheMs });
    // A failed read is not remembered.
    tokens.catch(() => {
      if (this.cache.get(accountId)?.tokens === tokens) this.cache.delete(accountId);
    });
  }

  loadTokens(accountId: string): Promise<XTokens | null> {
    const now = this.clock.now().getTime();
    const hit = this.cache.get(accountId);
    if (hit && hit.until > now) return hit.tokens;
    const tokens = this.accounts.loadTokens(accountId);
    this.remember(accountId, tokens, now);
    return tokens;
  }

  /** Reads the tokens of the accounts not cached yet, in one query. */
  async warm(accountIds: string[]): Promise<void> {
    const now = this.clock.now().getTime();
    const missing = [...new Set(accountIds)].filter((id) => !((this.cache.get(id)?.until ?? 0) > now));
    if (!missing.length || this.cacheMs <= 0) return;
    const all = this.accounts.loadTokensMany(missing);
    for (const id of missing)
      this.remember(
        id,
        all.then((m) => m.get(id) ?? null),
        now,
      );
    await all.catch(() => undefined);
  }

  withAccountLock<T>(accountId: string, fn: (current: XTokens | null) => Promise<T>): Promise<T> {
    this.cache.delete(accountId);
    return this.accounts.withAccountLock(accountId, fn);
  }
  async saveTokens(accountId: string, tokens: XTokens): Promise<void> {
    this.cache.delete(accountId);
    await this.accounts.saveTokens(accountId, tokens, this.clock.now());
  }
}

function failure(f: XFailure): XCallFailure {
  return {
    kind: f.kind,
    detail: f.detail,
    ...(f.kind === 'rate_limited' ? { resetAt: f.resetAt } : {}),
    ...(f.kind === 'rejected' ? { duplicate: f.duplicate } : {}),
  };
}

export interface XGatewaySettings {
  clientId?: string;
  clientSecret?: string;
  /** The sandbox (or any X-compatible server); unset = the real X. */
  baseUrl?: string;
  timeoutMs?: number;
}

/** The X app's credentials and address from the configuration (X_CLIENT_ID, X_CLIENT_SECRET, X_API_BASE_URL). */
export function xApiSettings(config: Pick<AppConfig, 'x'>): XGatewaySettings {
  return { clientId: config.x.clientId, clientSecret: config.x.clientSecret, baseUrl: config.x.apiBaseUrl };
}

/** The application's XGateway port over twitter-api-v2 (XApiClient). */
export class XGatewayAdapter extends XGateway {
  readonly client: XApiClient | null;
  private readonly tokens: AccountTokenStore;

  constructor(
    settings: XGatewaySettings,
    accounts: AccountRepository,
    clock: Clock,
    extra: Partial<XApiClientOptions> = {},
  ) {
    super();
    this.tokens = new AccountTokenStore(accounts, clock);
    this.client = settings.clientId
      ? new XApiClient({
          clientId: settings.clientId,
          clientSecret: settings.clientSecret,
          baseUrl: settings.baseUrl,
          timeoutMs: settings.timeoutMs,
          tokenStore: this.tokens,
          now: () => clock.now().getTime(),
          rateLimitStore: false, // the state comes with each result (publishSegment's rateLimit)
          ...extra,
        })
      : null;
  }

  get configured(): boolean {
    return this.client !== null;
  }

  private get c(): XApiClient {
    if (!this.client) throw new Error('X is not configured (X_CLIENT_ID)');
    return this.client;
  }

  authorizeLink(redirectUri: string, state: string): { url: string; codeVerifier: string } {
    const r = this.c.generateAuthLink(redirectUri, { state });
    return { url: r.url, codeVerifier: r.codeVerifier };
  }

  async exchangeCode(input: {
    code: string;
    codeVerifier: string;
    redirectUri: string;
  }): Promise<XCall<{ tokens: XTokenSet; user: XProfile }>> {
    const r = await this.c.exchangeCode(input);
    return r.kind === 'ok' ? { kind: 'ok', value: r.value } : failure(r);
  }

  async revoke(token: string, hint: 'access_token' | 'refresh_token'): Promise<XCall<void>> {
    const r = await this.c.revoke(token, hint);
    return r.kind === 'ok' ? { kind: 'ok', value: undefined } : failure(r);
  }

  async uploadMedia(
    accountId: string,
    input: { data: Buffer; mimeType: string; altText?: string },
  ): Promise<XCall<{ mediaId: string }>> {
    const r = await this.c.uploadMedia({ accountId }, input);
    return r.kind === 'ok' ? { kind: 'ok', value: r.value } : failure(r);
  }

  async publishSegment(
    accountId: string,
    segment: XSegmentInput,
    replyToTweetId?: string,
  ): Promise<XSegmentPublishResult> {
    const r = await this.c.publishTweet({ accountId }, { ...segment, ...(replyToTweetId ? { replyToTweetId } : {}) });
    if (r.kind === 'published')
      return { kind: 'published', tweetId: r.tweetId, ...(r.rateLimit ? { rateLimit: r.rateLimit } : {}) };
    const rateLimit = r.kind === 'rate_limited' ? r.rateLimit : undefined;
    return { ...failure(r), ...(rateLimit ? { rateLimit } : {}) };
  }

  async prepare(accountIds: string[]): Promise<void> {
    if (this.client) await this.tokens.warm(accountIds);
  }

  /**
   * Before a fresh scheduler's first claim: the tokens and twitter-api-v2 clients of the accounts about to publish
   * (one query), then a dry run of the call path against a stub on loopback (nothing is sent to X).
   */
  override async warmUp(input: { accountIds: string[]; dryRunCalls: number }): Promise<void> {
    if (!this.client) return;
    await this.prepare(input.accountIds).catch(() => undefined);
    await this.client.warmClients(input.accountIds);
    await dryRunXCalls(input.dryRunCalls);
  }

  async recentTweets(
    accountId: string,
    xUserId: string,
    opts: { startTime?: Date; maxPages?: number },
  ): Promise<XCall<{ tweets: XRecentTweet[] }>> {
    const r = await this.c.getRecentTweets({ accountId }, xUserId, {
      startTime: opts.startTime,
      maxPages: opts.maxPages,
    });
    if (r.kind !== 'ok') return failure(r);
    return {
      kind: 'ok',
      value: {
        tweets: r.value.tweets.map((t) => ({
          id: t.id,
          text: t.text,
          createdAt: t.createdAt,
          inReplyToTweetId: t.inReplyToTweetId,
        })),
      },
    };
  }

  async deleteTweet(accountId: string, tweetId: string): Promise<XCall<{ deleted: boolean }>> {
    const r = await this.c.deleteTweet({ accountId }, tweetId);
    return r.kind === 'ok' ? { kind: 'ok', value: r.value } : failure(r);
  }

  async publishThread(
    accountId: string,
    segments: XSegmentInput[],
    onSegmentPublished?: (index: number, tweetId: string) => Promise<void>,
  ): Promise<XThreadPublishResult> {
    const r = await this.c.publishThread({ accountId }, segments, { onSegmentPublished });
    if (r.kind === 'published') return { kind: 'published', tweetIds: r.tweetIds };
    return { ...failure(r), failedIndex: r.failedIndex, publishedTweetIds: r.publishedTweetIds };
  }

  close(): void {
    this.client?.close();
  }
}
