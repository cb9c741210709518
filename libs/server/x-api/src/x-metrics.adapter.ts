import { XMetrics, type PostReading, type UserMetrics, type XCall } from '@xp/server/application';
import type { XApiClient } from './x-api-client';
import type { XFailure } from './x-outcome';

const fail = (f: XFailure | { kind: 'rejected'; detail: string }) =>
  ({ kind: f.kind, detail: f.detail }) as Extract<XCall<never>, { kind: 'rejected' }>;

interface PartialError {
  resource_id?: string;
  value?: string;
  type?: string;
}

/**
 * Analytics' reads through twitter-api-v2: `v2.tweets` (`GET /2/tweets`, up to 100 ids) with the author's token
 * (X gives the non-public and organic metrics only to it, and only for posts less than 30 days old: the others
 * come back as one "Field Authorization Error" per field, the post left out of `data`), and `v2.user`
 * (`GET /2/users/:id`) for followers.
 */
export class XMetricsAdapter extends XMetrics {
  constructor(private readonly client: XApiClient | null) {
    super();
  }

  async tweets(
    accountId: string,
    tweetIds: string[],
    withPrivate: boolean,
  ): Promise<XCall<{ readings: PostReading[]; missing: string[]; refused: string[] }>> {
    if (!this.client) return fail({ kind: 'rejected', detail: 'X is not configured' });
    const r = await this.client.withClient({ accountId }, false, (c) =>
      c.v2.tweets(tweetIds, {
        'tweet.fields': withPrivate ? ['public_metrics', 'non_public_metrics', 'organic_metrics'] : ['public_metrics'],
      }),
    );
    if (r.kind !== 'value') return fail(r);
    const readings: PostReading[] = (r.value.data ?? []).map((t) => {
      const p = t.public_metrics;
      const n = withPrivate ? t.non_public_metrics : undefined;
      return {
        tweetId: t.id,
        public: {
          impression_count: p?.impression_count ?? 0,
          like_count: p?.like_count ?? 0,
          retweet_count: p?.retweet_count ?? 0,
          reply_count: p?.reply_count ?? 0,
          quote_count: p?.quote_count ?? 0,
          bookmark_count: p?.bookmark_count ?? 0,
        },
        nonPublic: n
          ? {
              impression_count: n.impression_count ?? 0,
              url_link_clicks: n.url_link_clicks ?? 0,
              user_profile_clicks: n.user_profile_clicks ?? 0,
              engagements: (n as { engagements?: number }).engagements ?? 0,
            }
          : null,
      };
    });
    const idsOf = (suffix: string) => [
      ...new Set(
        ((r.value.errors ?? []) as PartialError[])
          .filter((e) => e.type?.endsWith(suffix))
          .map((e) => e.resource_id ?? e.value ?? ''),
      ),
    ];
    const found = new Set(readings.map((x) => x.tweetId));
    return {
      kind: 'ok',
      value: {
        readings,
        missing: idsOf('/resource-not-found').filter((id) => !found.has(id)),
        refused: idsOf('/not-authorized-for-field').filter((id) => !found.has(id)),
      },
    };
  }

  async user(accountId: string, xUserId: string): Promise<XCall<UserMetrics>> {
    if (!this.client) return fail({ kind: 'rejected', detail: 'X is not configured' });
    const r = await this.client.withClient({ accountId }, false, (c) =>
      c.v2.user(xUserId, { 'user.fields': ['public_metrics'] }),
    );
    if (r.kind !== 'value') return fail(r);
    const m = r.value.data?.public_metrics;
    if (!m) return fail({ kind: 'rejected', detail: `no public metrics for user ${xUserId}` });
    return {
      kind: 'ok',
      value: {
        followers_count: m.followers_count ?? 0,
        following_count: m.following_count ?? 0,
        tweet_count: m.tweet_count ?? 0,
        listed_count: m.listed_count ?? 0,
      },
    };
  }
}
