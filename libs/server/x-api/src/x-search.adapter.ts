import { inboundPost, XSearch, type XCall, type XSearchPost, type XTweetJson } from '@xp/server/application';
import type { XApiClient } from './x-api-client';
import { INBOX_POST_PARAMS, TWEET_FIELDS } from './x-listen.adapter';
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
        // As the inbox reads mentions, so that a post can be filed in its thread there (docs/listening.md).
        ...INBOX_POST_PARAMS,
        'tweet.fields': `${TWEET_FIELDS},lang`,
      }),
    );
    if (r.kind !== 'value') return fail(r);
    const includes = { users: r.value.includes.users, tweets: r.value.includes.tweets as XTweetJson[] };
    const posts: XSearchPost[] = [];
    for (const t of r.value.tweets.slice(0, max)) {
      const p = inboundPost(t as XTweetJson, includes, new Date(0));
      if (!p) continue;
      const { repliedTo: _, ...post } = p;
      posts.push({ ...post, lang: t.lang ?? null });
    }
    return { kind: 'ok', value: { posts, newestId: r.value.meta.newest_id ?? null } };
  }
}
