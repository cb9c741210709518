import * as http from 'node:http';
import * as https from 'node:https';
import { TwitterApiRateLimitPlugin } from '@twitter-api-v2/plugin-rate-limit';
import {
  type ITwitterApiClientPlugin,
  type SendTweetV2Params,
  TwitterApi,
  type TwitterApiReadWrite,
} from 'twitter-api-v2';
import { RetargetPlugin } from './retarget-plugin';
import type { XTokens, XTokenStore } from './x-token-store';
import {
  classifyXError,
  type XAuthFailure,
  type XFailure,
  type XPublishResult,
  type XRateLimitState,
  type XResult,
  toRateLimitState,
} from './x-outcome';

export const DEFAULT_X_SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write'];

export interface XApiClientOptions {
  clientId: string;
  /** Confidential client secret (Basic auth on the token endpoints). */
  clientSecret?: string;
  /** Retarget every call (API, OAuth, authorize link) to this base URL, e.g. the sandbox. Unset = the real X. */
  baseUrl?: string;
  /** Per-request timeout (socket idle), default 10 s. */
  timeoutMs?: number;
  /** Keep-alive agent; one is created (and destroyed by close()) when absent. */
  agent?: http.Agent | https.Agent;
  scopes?: string[];
  /** Token store port, needed for the `{ accountId }` form of auth (refresh under a lock). */
  tokenStore?: XTokenStore;
  /** Refresh the access token this long before it expires. Default 60 s. */
  refreshMarginMs?: number;
  /** Outcome of a 5xx on POST /2/tweets. Default 'unknown' (X may have created the Post; reconcile). */
  serverErrorOnCreate?: 'unknown' | 'transient';
  /** Clock (ms), for token expiry. */
  now?: () => number;
  /**
   * Keep each answer's rate-limit headers in @twitter-api-v2/plugin-rate-limit, for `getRateLimit`. Default true;
   * the gateway turns it off: it reads the state from each answer (`rateLimit` of every result), and the plugin's
   * store write was one more cost per call.
   */
  rateLimitStore?: boolean;
}

/** Who a call acts for: an account whose tokens live in the token store, or a raw access token. */
export type XAuth = { accountId: string } | { accessToken: string };

export interface XUserProfile {
  id: string;
  username: string;
  name: string;
  profileImageUrl?: string;
}

export interface XTweetInput {
  text?: string;
  mediaIds?: string[];
  poll?: { options: string[]; durationMinutes: number };
  replyToTweetId?: string;
  quoteTweetId?: string;
}

export interface XTimelineTweet {
  id: string;
  text: string;
  createdAt?: string;
  conversationId?: string;
  inReplyToTweetId?: string;
}

export interface XThreadOptions {
  /** Resume: segments before this index are already published. */
  startIndex?: number;
  /** Resume: the tweet the segment at startIndex replies to (the last published segment). */
  inReplyToTweetId?: string;
  /** Awaited after each published segment, before the next is sent: persist it so a crash can resume. */
  onSegmentPublished?: (index: number, tweetId: string) => void | Promise<void>;
}

export type XThreadResult =
  | { kind: 'published'; tweetIds: string[]; rateLimit?: XRateLimitState }
  | (XFailure & { failedIndex: number; publishedTweetIds: string[] });

type MediaIds = NonNullable<SendTweetV2Params['media']>['media_ids'];
type UploadMimeType = Parameters<TwitterApiReadWrite['v2']['uploadMedia']>[1]['media_type'];

const X_API = 'https://api.x.com/2/';

/**
 * The product's adapter over twitter-api-v2. Every X outcome is returned classified (never thrown):
 * published/ok | rate_limited | transient | auth | rejected | unknown.
 */
export class XApiClient {
  private readonly agent: http.Agent | https.Agent;
  private readonly ownsAgent: boolean;
  private readonly retarget?: RetargetPlugin;
  private readonly appClient: TwitterApi;
  private readonly rateLimitPlugins = new Map<string, TwitterApiRateLimitPlugin>();
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(private readonly options: XApiClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.now = options.now ?? Date.now;
    const baseIsHttp = options.baseUrl ? new URL(options.baseUrl).protocol === 'http:' : false;
    this.ownsAgent = !options.agent;
    this.agent =
      options.agent ??
      (baseIsHttp
        ? new http.Agent({ keepAlive: true, maxSockets: 256 })
        : new https.Agent({ keepAlive: true, maxSockets: 256 }));
    if (options.baseUrl) this.retarget = new RetargetPlugin(options.baseUrl, this.agent);
    this.appClient = new TwitterApi(
      { clientId: options.clientId, clientSecret: options.clientSecret },
      this.settings('app'),
    );
  }

  /** The base URL calls go to (undefined = the real X). */
  get baseUrl(): string | undefined {
    return this.retarget?.base.toString();
  }

  /** Destroys the keep-alive agent (if the adapter created it). Call on shutdown / in afterAll. */
  close(): void {
    if (this.ownsAgent) this.agent.destroy();
  }

  /** A twitter-api-v2 client's settings; `key` names its rate-limit store (an account id, or 'app'). */
  private settings(key: string) {
    // Order matters: the retarget plugin must come first (authorize-link rewrite is not awaited).
    const plugins: ITwitterApiClientPlugin[] = this.retarget ? [this.retarget] : [];
    if (this.options.rateLimitStore !== false) plugins.push(this.rateLimitPlugin(key));
    return { plugins, httpAgent: this.agent };
  }

  private rateLimitPlugin(key: string): TwitterApiRateLimitPlugin {
    let p = this.rateLimitPlugins.get(key);
    if (!p) {
      p = new TwitterApiRateLimitPlugin();
      this.rateLimitPlugins.set(key, p);
    }
    return p;
  }

  private readonly userClients = new Map<string, TwitterApiReadWrite>();

  /** One twitter-api-v2 client per access token (bounded cache), sharing the agent and the account's plugin. */
  private userClient(accessToken: string, key: string): TwitterApiReadWrite {
    const cacheKey = `${key}\u0000${accessToken}`;
    let c = this.userClients.get(cacheKey);
    if (!c) {
      if (this.userClients.size >= 1000) this.userClients.delete(this.userClients.keys().next().value as string);
      c = new TwitterApi(accessToken, this.settings(key)).readWrite;
      this.userClients.set(cacheKey, c);
    }
    return c;
  }

  /**
   * Last rate-limit state X reported for this account and endpoint, e.g. ('acc-1', 'POST', 'tweets').
   * Keyed by the account id (or 'token:<first chars>' for raw tokens).
   */
  async getRateLimit(auth: XAuth, method: string, endpoint: string): Promise<XRateLimitState | undefined> {
    const key = 'accountId' in auth ? auth.accountId : `token:${auth.accessToken.slice(0, 16)}`;
    const p = this.rateLimitPlugins.get(key);
    if (!p) return undefined;
    const r = await p.getRateLimit(`${X_API}${endpoint.replace(/^\/?(2\/)?/, '')}`, method.toUpperCase());
    return toRateLimitState(r ?? undefined);
  }

  // ---- OAuth 2.0 PKCE -----------------------------------------------------------------------------------

  /** The authorize link (rewritten to the sandbox when configured), with the state and PKCE verifier to keep. */
  generateAuthLink(
    redirectUri: string,
    opts: { state?: string; scopes?: string[] } = {},
  ): {
    url: string;
    state: string;
    codeVerifier: string;
  } {
    const r = this.appClient.generateOAuth2AuthLink(redirectUri, {
      scope: opts.scopes ?? this.options.scopes ?? DEFAULT_X_SCOPES,
      state: opts.state,
    });
    return { url: r.url, state: r.state, codeVerifier: r.codeVerifier };
  }

  /** Exchanges the authorization code and reads the profile of the connected user. */
  async exchangeCode(input: {
    code: string;
    codeVerifier: string;
    redirectUri: string;
  }): Promise<XResult<{ tokens: XTokens; user: XUserProfile }>> {
    let tokens: XTokens;
    try {
      tokens = this.tokensOf(await this.appClient.loginWithOAuth2(input));
    } catch (e) {
      return this.classify(e, { oauth: true });
    }
    const me = await this.getMe({ accessToken: tokens.accessToken });
    if (me.kind !== 'ok') return me;
    return { kind: 'ok', value: { tokens, user: me.value }, rateLimit: me.rateLimit };
  }

  private tokensOf(r: { accessToken: string; refreshToken?: string; expiresIn: number; scope: string[] }): XTokens {
    return {
      accessToken: r.accessToken,
      refreshToken: r.refreshToken,
      expiresAt: new Date(this.now() + r.expiresIn * 1000),
      scopes: r.scope,
    };
  }

  /** Low-level refresh (no store): returns the rotated pair. A spent/invalid refresh token → auth/refresh_rejected. */
  async refreshTokens(refreshToken: string): Promise<XResult<XTokens>> {
    try {
      return { kind: 'ok', value: this.tokensOf(await this.appClient.refreshOAuth2Token(refreshToken)) };
    } catch (e) {
      return this.classify(e, { oauth: true });
    }
  }

  /**
   * Refreshes an account's tokens under its lock and persists the rotated pair before returning it.
   * With `ifAccessToken`, only refreshes if the stored access token is still that one (another process may have
   * refreshed meanwhile); otherwise returns what is stored.
   */
  async refreshAccount(
    accountId: string,
    opts: { ifAccessToken?: string; force?: boolean } = {},
  ): Promise<XResult<XTokens>> {
    const store = this.requireStore();
    return store.withAccountLock(accountId, async (current): Promise<XResult<XTokens>> => {
      if (!current) return noTokens(accountId);
      const stale = current.expiresAt.getTime() - (this.options.refreshMarginMs ?? 60_000) <= this.now();
      const replaced = opts.ifAccessToken !== undefined && opts.ifAccessToken !== current.accessToken;
      if (replaced || (!opts.force && !stale && opts.ifAccessToken === undefined))
        return { kind: 'ok', value: current };
      if (!current.refreshToken) {
        return { kind: 'auth', reason: 'refresh_rejected', detail: 'No refresh token (offline.access not granted).' };
      }
      const r = await this.refreshTokens(current.refreshToken);
      if (r.kind !== 'ok') return r;
      await store.saveTokens(accountId, r.value); // persist BEFORE the new access token is used
      return r;
    });
  }

  /** Revokes a token (access or refresh); on X this ends the grant. */
  async revoke(token: string, hint?: 'access_token' | 'refresh_token'): Promise<XResult<void>> {
    try {
      await this.appClient.revokeOAuth2Token(token, hint);
      return { kind: 'ok', value: undefined };
    } catch (e) {
      return this.classify(e, { oauth: true });
    }
  }

  // ---- Calls on behalf of an account ------------------------------------------------------------------

  private requireStore(): XTokenStore {
    if (!this.options.tokenStore) throw new Error('XApiClient: a tokenStore is required for { accountId } auth');
    return this.options.tokenStore;
  }

  private async accessTokenFor(auth: XAuth): Promise<{ token: string; key: string } | XFailure> {
    if ('accessToken' in auth) return { token: auth.accessToken, key: `token:${auth.accessToken.slice(0, 16)}` };
    const store = this.requireStore();
    const current = await store.loadTokens(auth.accountId);
    if (!current) return noTokens(auth.accountId);
    if (current.expiresAt.getTime() - (this.options.refreshMarginMs ?? 60_000) > this.now()) {
      return { token: current.accessToken, key: auth.accountId };
    }
    const r = await this.refreshAccount(auth.accountId);
    if (r.kind !== 'ok') return r;
    return { token: r.value.accessToken, key: auth.accountId };
  }

  /**
   * Creates the twitter-api-v2 clients of these accounts ahead of their calls (a scheduler's boot), from the tokens
   * the store has; an account whose token is due for a refresh is left to its first call.
   */
  async warmClients(accountIds: string[]): Promise<void> {
    const store = this.options.tokenStore;
    if (!store) return;
    await Promise.all(
      accountIds.map(async (accountId) => {
        const tokens = await store.loadTokens(accountId).catch(() => null);
        if (tokens && tokens.expiresAt.getTime() - (this.options.refreshMarginMs ?? 60_000) > this.now())
          this.userClient(tokens.accessToken, accountId);
      }),
    );
  }

  /**
   * Runs a call with the account’s access token (public for the listening adapter). On a 401 with `{ accountId }` auth, refreshes once (the call was
   * refused, so retrying is safe) and retries; a failed refresh is an `auth` outcome.
   */
  async withClient<T>(
    auth: XAuth,
    creates: boolean,
    call: (client: TwitterApiReadWrite) => Promise<T>,
  ): Promise<{ kind: 'value'; value: T } | XFailure> {
    const first = await this.accessTokenFor(auth);
    if ('kind' in first) return first;
    try {
      return { kind: 'value', value: await call(this.userClient(first.token, first.key)) };
    } catch (e) {
      const failure = this.classify(e, { creates });
      if (
        failure.kind !== 'auth' ||
        failure.reason !== 'unauthorized' ||
        !('accountId' in auth) ||
        !this.options.tokenStore
      ) {
        return failure;
      }
      const refreshed = await this.refreshAccount(auth.accountId, { ifAccessToken: first.token });
      if (refreshed.kind !== 'ok') return refreshed.kind === 'auth' ? refreshed : failure;
      if (refreshed.value.accessToken === first.token) return failure;
      try {
        return { kind: 'value', value: await call(this.userClient(refreshed.value.accessToken, auth.accountId)) };
      } catch (e2) {
        return this.classify(e2, { creates });
      }
    }
  }

  private classify(e: unknown, c: { creates?: boolean; oauth?: boolean }): XFailure {
    return classifyXError(e, {
      creates: c.creates ?? false,
      oauth: c.oauth,
      serverErrorOnCreate: this.options.serverErrorOnCreate ?? 'unknown',
      now: this.now(),
    });
  }

  /** GET /2/users/me with the profile fields the product stores. */
  async getMe(auth: XAuth): Promise<XResult<XUserProfile>> {
    const r = await this.withClient(auth, false, (c) =>
      c.v2.get<{ data: { id: string; username: string; name: string; profile_image_url?: string } }>(
        'users/me',
        { 'user.fields': 'profile_image_url' },
        { fullResponse: true, timeout: this.timeoutMs },
      ),
    );
    if (r.kind !== 'value') return r;
    const d = r.value.data.data;
    return {
      kind: 'ok',
      value: { id: d.id, username: d.username, name: d.name, profileImageUrl: d.profile_image_url },
      rateLimit: toRateLimitState(r.value.rateLimit),
    };
  }

  /** POST /2/tweets: one Post (text, media, poll, reply-to, quote). */
  async publishTweet(auth: XAuth, input: XTweetInput): Promise<XPublishResult> {
    const body: SendTweetV2Params = {};
    if (input.text !== undefined && input.text !== '') body.text = input.text;
    if (input.mediaIds?.length) body.media = { media_ids: input.mediaIds as MediaIds };
    if (input.poll) body.poll = { options: input.poll.options, duration_minutes: input.poll.durationMinutes };
    if (input.replyToTweetId) body.reply = { in_reply_to_tweet_id: input.replyToTweetId };
    if (input.quoteTweetId) body.quote_tweet_id = input.quoteTweetId;
    const r = await this.withClient(auth, true, (c) =>
      c.v2.post<{ data: { id: string; text: string } }>('tweets', body, {
        fullResponse: true,
        timeout: this.timeoutMs,
      }),
    );
    if (r.kind !== 'value') return r;
    const d = r.value.data.data;
    return { kind: 'published', tweetId: d.id, text: d.text, rateLimit: toRateLimitState(r.value.rateLimit) };
  }

  /**
   * Publishes a thread segment by segment (each replies to the previous one). `onSegmentPublished` is awaited after
   * each segment so the caller can persist its id; on a crash, resume with startIndex + inReplyToTweetId.
   * Stops at the first non-published outcome, which is returned with the index that failed.
   */
  async publishThread(auth: XAuth, segments: XTweetInput[], opts: XThreadOptions = {}): Promise<XThreadResult> {
    const ids: string[] = [];
    let previous = opts.inReplyToTweetId;
    let rateLimit: XRateLimitState | undefined;
    for (let i = opts.startIndex ?? 0; i < segments.length; i++) {
      const seg = segments[i];
      const r = await this.publishTweet(auth, { ...seg, replyToTweetId: previous ?? seg.replyToTweetId });
      if (r.kind !== 'published') return { ...r, failedIndex: i, publishedTweetIds: ids };
      ids.push(r.tweetId);
      rateLimit = r.rateLimit;
      previous = r.tweetId;
      await opts.onSegmentPublished?.(i, r.tweetId);
    }
    return { kind: 'published', tweetIds: ids, rateLimit };
  }

  /** DELETE /2/tweets/:id. */
  async deleteTweet(auth: XAuth, tweetId: string): Promise<XResult<{ deleted: boolean }>> {
    const r = await this.withClient(auth, false, (c) =>
      c.v2.delete<{ data: { deleted: boolean } }>(`tweets/${encodeURIComponent(tweetId)}`, undefined, {
        fullResponse: true,
        timeout: this.timeoutMs,
      }),
    );
    if (r.kind !== 'value') return r;
    return {
      kind: 'ok',
      value: { deleted: r.value.data.data.deleted },
      rateLimit: toRateLimitState(r.value.rateLimit),
    };
  }

  /**
   * Chunked v2 media upload (initialize/append/finalize/STATUS) then alt text (POST /2/media/metadata).
   * Media uploads have no visible side effect, so network failures are 'transient'.
   */
  async uploadMedia(
    auth: XAuth,
    input: { data: Buffer; mimeType: string; altText?: string; category?: 'tweet_image' | 'tweet_gif' | 'tweet_video' },
  ): Promise<XResult<{ mediaId: string }>> {
    const r = await this.withClient(auth, false, async (c) => {
      const mediaId = await c.v2.uploadMedia(input.data, {
        media_type: input.mimeType as UploadMimeType,
        media_category: input.category,
      });
      if (input.altText) await c.v2.createMediaMetadata(mediaId, { alt_text: { text: input.altText } });
      return mediaId;
    });
    if (r.kind !== 'value') return r;
    return { kind: 'ok', value: { mediaId: r.value } };
  }

  /**
   * GET /2/users/:id/tweets, newest first, following next_token up to `maxPages` (reconciliation after a crash).
   */
  async getRecentTweets(
    auth: XAuth,
    userId: string,
    opts: { sinceId?: string; startTime?: Date; maxResults?: number; maxPages?: number } = {},
  ): Promise<XResult<{ tweets: XTimelineTweet[] }>> {
    const tweets: XTimelineTweet[] = [];
    let token: string | undefined;
    let rateLimit: XRateLimitState | undefined;
    const maxPages = opts.maxPages ?? 5;
    for (let pageNo = 0; pageNo < maxPages; pageNo++) {
      const params: Record<string, string | number> = {
        max_results: opts.maxResults ?? 100,
        'tweet.fields': 'created_at,conversation_id,referenced_tweets',
      };
      if (opts.sinceId) params.since_id = opts.sinceId;
      if (opts.startTime) params.start_time = opts.startTime.toISOString();
      if (token) params.pagination_token = token;
      const r = await this.withClient(auth, false, (c) =>
        c.v2.get<{
          data?: Array<{
            id: string;
            text: string;
            created_at?: string;
            conversation_id?: string;
            referenced_tweets?: Array<{ type: string; id: string }>;
          }>;
          meta?: { next_token?: string };
        }>(`users/${encodeURIComponent(userId)}/tweets`, params, { fullResponse: true, timeout: this.timeoutMs }),
      );
      if (r.kind !== 'value') return r;
      rateLimit = toRateLimitState(r.value.rateLimit);
      for (const t of r.value.data.data ?? []) {
        tweets.push({
          id: t.id,
          text: t.text,
          createdAt: t.created_at,
          conversationId: t.conversation_id,
          inReplyToTweetId: t.referenced_tweets?.find((x) => x.type === 'replied_to')?.id,
        });
      }
      token = r.value.data.meta?.next_token;
      if (!token) break;
    }
    return { kind: 'ok', value: { tweets }, rateLimit };
  }
}

function noTokens(accountId: string): XAuthFailure {
  return { kind: 'auth', reason: 'no_tokens', detail: `No tokens stored for account ${accountId}.` };
}
