import { XSearch, type XCall, type XSearchPost } from '@xp/server/application';
import type { XApiClient } from './x-api-client';
import type { XFailure } from './x-outcome';

const fail = (f: XFailure | { kind: 'rejected'; detail: string }) =>
  ({ kind: f.kind, detail: f.detail }) as Extract<XCall<never>, { kind: 'rejected' }>;

/**
 * Listening's reads through twitter-api-v2 (`tweetCountRecent`, `search`), one request per call since each is
 * billed: counts with the brand account's user token (X also accepts it for counts), search the same way.
 */
export class XSearchAdapter extends XSearch {
  constructor(private readonly client: XApiClient | null) {
    super();
  }

  async countsByMinute(
    accountId: string,
    query: string,
    start: Date,
    end: Date,
    nextToken?: string,
  ): Promise<XCall<{ buckets: { start: Date; count: number }[]; nextToken: string | null }>> {
    if (!this.client) return fail({ kind: 'rejected', detail: 'X is not configured' });
    const r = await this.client.withClient({ accountId }, false, (c) =>
      c.v2.tweetCountRecent(query, {
        granularity: 'minute',
        start_time: start.toISOString(),
        end_time: end.toISOString(),
        ...(nextToken ? { next_token: nextToken } : {}),
      }),
    );
    if (r.kind !== 'value') return fail(r);
    return {
      kind: 'ok',
      value: {
        buckets: (r.value.data ?? []).map((b) => ({ start: new Date(b.start), count: b.tweet_count })),
        nextToken: (r.value.meta as { next_token?: string } | undefined)?.next_token ?? null,
      },
    };
  }

  async search(
    accountId: string,
    query: string,
    from: { sinceId: string } | { startTime: Date },
    max: number,
  ): Promise<XCall<{ posts: XSearchPost[]; newestId: string | null }>> {
    if (!this.client) return fail({ kind: 'rejected', detail: 'X is not configured' });
    const r = await this.client.withClient({ accountId }, false, (c) =>
      c.v2.search(query, {
        max_results: Math.max(10, Math.min(100, max)),
        ...('sinceId' in from ? { since_id: from.sinceId } : { start_time: from.startTime.toISOString() }),
        'tweet.fields': ['created_at', 'lang', 'author_id'],
        expansions: ['author_id'],
        'user.fields': ['username'],
      }),
    );
    if (r.kind !== 'value') return fail(r);
    const users = new Map((r.value.includes.users ?? []).map((u) => [u.id, u.username]));
    const posts = r.value.tweets.slice(0, max).map((t) => ({
      id: t.id,
      text: t.text,
      authorUsername: users.get(t.author_id ?? '') ?? t.author_id ?? '',
      createdAt: new Date(t.created_at ?? 0),
      lang: t.lang ?? null,
    }));
    return { kind: 'ok', value: { posts, newestId: r.value.meta.newest_id ?? null } };
  }
}
