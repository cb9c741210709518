import {
  XListener,
  inboundPost,
  type XCall,
  type XIncludesJson,
  type XInboundPost,
  type XTweetJson,
} from '@xp/server/application';
import type { XApiClient } from './x-api-client';
import type { XFailure } from './x-outcome';

export const INBOX_EVENT_TYPES = ['post.mention.create', 'post.reply.create', 'post.quote.create'] as const;
/** The fields the inbox files a post with (its thread, what it answers or quotes, its mentions). */
export const TWEET_FIELDS = 'created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,entities';
/** What a read asks X for so that a post can be filed in its thread in the inbox (mentions, and listening's search). */
export const INBOX_POST_PARAMS = {
  'tweet.fields': TWEET_FIELDS,
  expansions: 'author_id,referenced_tweets.id',
  'user.fields': 'username',
};
const MAX_MENTION_PAGES = 8;

export interface XListenerSettings {
  clientId?: string;
  /** The app's consumer secret: signs deliveries and CRC answers. */
  clientSecret?: string;
  baseUrl?: string;
  timeoutMs?: number;
}

const fail = (f: XFailure | { kind: 'transient' | 'rejected'; detail: string }) =>
  ({ kind: f.kind, detail: f.detail }) as Extract<XCall<never>, { kind: 'transient' }>;

/**
 * Listening on X for the inbox. The mentions timeline and the activity subscriptions use the account's user token
 * through twitter-api-v2 (refreshed like every call); webhooks need an app-only bearer, which twitter-api-v2 has no
 * method for: plain HTTP, as X documents it (`POST /oauth2/token`, `grant_type=client_credentials`).
 */
export class XListenerAdapter extends XListener {
  private bearer: string | null = null;

  constructor(
    private readonly settings: XListenerSettings,
    private readonly client: XApiClient | null,
  ) {
    super();
  }

  get configured(): boolean {
    return this.client !== null;
  }

  get signingSecret(): string | null {
    return this.settings.clientSecret ?? null;
  }

  private get base(): string {
    return (this.settings.baseUrl ?? 'https://api.x.com').replace(/\/$/, '');
  }

  async mentions(
    accountId: string,
    xUserId: string,
    from: { sinceId: string } | { startTime: Date },
  ): Promise<XCall<{ posts: XInboundPost[]; newestId: string | null }>> {
    if (!this.client) return fail({ kind: 'rejected', detail: 'X is not configured' });
    const posts: XInboundPost[] = [];
    let newestId: string | null = null;
    let token: string | undefined;
    for (let page = 0; page < MAX_MENTION_PAGES; page++) {
      const params: Record<string, string | number> = {
        max_results: 100,
        ...INBOX_POST_PARAMS,
      };
      if ('sinceId' in from) params.since_id = from.sinceId;
      else params.start_time = from.startTime.toISOString();
      if (token) params.pagination_token = token;
      const r = await this.client.withClient({ accountId }, false, (c) =>
        c.v2.get<{ data?: XTweetJson[]; includes?: XIncludesJson; meta?: { newest_id?: string; next_token?: string } }>(
          `users/${encodeURIComponent(xUserId)}/mentions`,
          params,
          { timeout: this.settings.timeoutMs ?? 10_000 },
        ),
      );
      if (r.kind !== 'value') return fail(r);
      const now = new Date();
      for (const t of r.value.data ?? []) {
        const p = inboundPost(t, r.value.includes, now);
        if (p) posts.push(p);
      }
      newestId ??= r.value.meta?.newest_id ?? null;
      token = r.value.meta?.next_token;
      if (!token) break;
    }
    posts.reverse();
    return { kind: 'ok', value: { posts, newestId } };
  }

  private async appToken(): Promise<string | null> {
    if (this.bearer) return this.bearer;
    const { clientId, clientSecret } = this.settings;
    if (!clientId || !clientSecret) return null;
    const res = await fetch(`${this.base}/oauth2/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
      signal: AbortSignal.timeout(this.settings.timeoutMs ?? 10_000),
    });
    if (!res.ok) return null;
    this.bearer = ((await res.json()) as { access_token?: string }).access_token ?? null;
    return this.bearer;
  }

  private async app<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T } | null> {
    const token = await this.appToken();
    if (!token) return null;
    const res = await fetch(`${this.base}/2/${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
      // X runs the CRC within 10 s before it answers a registration.
      signal: AbortSignal.timeout(20_000),
    });
    return { status: res.status, json: (await res.json().catch(() => ({}))) as T };
  }

  async registerWebhook(url: string): Promise<XCall<{ id: string }>> {
    try {
      const list = await this.app<{ data?: { id: string; url: string; valid: boolean }[] }>('GET', 'webhooks');
      if (!list) return fail({ kind: 'rejected', detail: 'no app-only token (X_CLIENT_SECRET)' });
      const existing = list.json.data?.find((w) => w.url === url);
      if (existing) {
        if (!existing.valid) await this.app('PUT', `webhooks/${existing.id}`);
        return { kind: 'ok', value: { id: existing.id } };
      }
      const r = await this.app<{ data?: { id: string }; errors?: { message: string }[] }>('POST', 'webhooks', { url });
      if (r?.json.data?.id) return { kind: 'ok', value: { id: r.json.data.id } };
      return fail({
        kind: 'rejected',
        detail: r?.json.errors?.map((e) => e.message).join(', ') ?? `HTTP ${r?.status}`,
      });
    } catch (e) {
      return fail({ kind: 'transient', detail: e instanceof Error ? e.message : String(e) });
    }
  }

  async subscribe(accountId: string, xUserId: string, webhookId: string): Promise<XCall<{ created: number }>> {
    if (!this.client) return fail({ kind: 'rejected', detail: 'X is not configured' });
    const existing = await this.client.withClient({ accountId }, false, (c) =>
      c.v2.get<{ data?: { event_type: string; filter: { user_id: string }; webhook_id?: string }[] }>(
        'activity/subscriptions',
      ),
    );
    if (existing.kind !== 'value') return fail(existing);
    const have = new Set(
      (existing.value.data ?? [])
        .filter((s) => s.filter.user_id === xUserId && (!s.webhook_id || s.webhook_id === webhookId))
        .map((s) => s.event_type),
    );
    let created = 0;
    for (const event_type of INBOX_EVENT_TYPES.filter((t) => !have.has(t))) {
      const r = await this.client.withClient({ accountId }, false, (c) =>
        c.v2.post('activity/subscriptions', { event_type, filter: { user_id: xUserId }, webhook_id: webhookId }),
      );
      if (r.kind !== 'value') return fail(r);
      created++;
    }
    return { kind: 'ok', value: { created } };
  }
}
