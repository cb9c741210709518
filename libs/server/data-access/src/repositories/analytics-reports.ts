// The SQL of analytics' reports: sums of the posts' latest figures by group (rollups by local day, post_metrics at
// the range's edges), a post list, and a post's snapshots.
import type {
  MetricSums,
  NonPublicMetrics,
  PostMetricsRow,
  ReportFilter,
  SnapshotRow,
  SummaryRow,
} from '@xp/server/application';
import type { AnalyticsGroupBy, AnalyticsPostSort, SnapshotKind } from '@xp/shared';
import type { TransactionHost } from './transaction-host';

/**
 * Per `groupBy`: the rollups (`analytics_day…` and, unless the key is the day, `analytics_month…`), the group's key in
 * them and in post_metrics (the edge days), and the label of a key (`g.key`) once summed, with the join that names it
 * (by primary key: only the groupings whose key is an id join a table).
 */
const GROUPS: Record<
  AnalyticsGroupBy,
  {
    rollup: 's' | '_hours' | '_tags' | '_totals';
    rkey: string;
    pkey: string;
    unnest?: true;
    label: string;
    join?: string;
  }
> = {
  account: {
    rollup: 's',
    rkey: 'r.account_id::text',
    pkey: 'pm.account_id::text',
    label: 'acc.handle',
    join: 'LEFT JOIN acc ON acc.id = g.key::uuid',
  },
  brand: {
    rollup: 's',
    rkey: 'acc.brand_id::text',
    pkey: 'acc.brand_id::text',
    label: 'b.name',
    join: 'LEFT JOIN brands b ON b.id = g.key::uuid',
  },
  kind: { rollup: 's', rkey: 'r.kind', pkey: 'pm.kind', label: 'g.key' },
  author: {
    rollup: 's',
    rkey: 'r.author_id::text',
    pkey: 'pm.author_id::text',
    label: 'u.display_name',
    join: 'LEFT JOIN users u ON u.id = g.key::uuid',
  },
  day: { rollup: '_totals', rkey: 'r.day::text', pkey: 'pm.local_day::text', label: 'g.key' },
  hour: { rollup: '_hours', rkey: 'r.hour::text', pkey: 'pm.local_hour::text', label: 'g.key' },
  tag: { rollup: '_tags', rkey: 'r.tag', pkey: 't.tag', unnest: true, label: 'g.key' },
  approval: { rollup: 's', rkey: 'r.approval_path', pkey: 'pm.approval_path', label: 'g.key' },
};

export const RANGE = `pm.workspace_id = $1 AND pm.published_at >= $2 AND pm.published_at < $3
  AND ($4::uuid[] IS NULL OR pm.account_id = ANY($4::uuid[]))`;
export const rangeParams = (f: ReportFilter) => [f.workspaceId, f.from, f.to, f.accountIds];

export const SUMS = ['impressions', 'likes', 'reposts', 'replies', 'quotes', 'bookmarks', 'link_clicks'] as const;

/**
 * Sums of the posts published in [from, to), in each account's zone: the months wholly inside the range from the
 * monthly rollup, the other whole days from the daily one, the partial days at either end from post_metrics (two
 * days' worth of rows at each end at most). A year reads about twelve rows per account and group, not a row per post.
 */
export async function summaryRows(
  tx: TransactionHost,
  f: ReportFilter,
  groupBy: AnalyticsGroupBy,
): Promise<SummaryRow[]> {
  const g = GROUPS[groupBy];
  // Days have no monthly rollup (a month's row cannot say its days).
  const monthly = g.rollup !== '_totals';
  const rows = await tx.rows<Record<string, string | number>>(
    `WITH acc0 AS (
       SELECT a.id, a.handle, a.brand_id, lf::date + CASE WHEN lf::time = '00:00' THEN 0 ELSE 1 END AS first_full,
              ($3::timestamptz AT TIME ZONE a.timezone)::date AS last_excl
         FROM accounts a, LATERAL (SELECT $2::timestamptz AT TIME ZONE a.timezone AS lf) l
        WHERE a.workspace_id = $1 AND ($4::uuid[] IS NULL OR a.id = ANY($4::uuid[]))),
     acc1 AS (
       SELECT acc0.*, CASE WHEN extract(day FROM first_full) = 1 THEN first_full
                           ELSE (date_trunc('month', first_full) + interval '1 month')::date END AS first_month,
              date_trunc('month', last_excl)::date AS last_month
         FROM acc0),
     acc AS (
       -- whole months: [first_month, mid_end); whole days around them: [first_full, first_month) and [mid_end, last_excl)
       SELECT acc1.*, ${monthly ? 'greatest(first_month, last_month)' : 'first_month'} AS mid_end FROM acc1),
     edges AS (
       SELECT * FROM (VALUES ($2::timestamptz, least($3::timestamptz, $2::timestamptz + interval '2 days')),
                             (greatest($2::timestamptz + interval '2 days', $3::timestamptz - interval '2 days'), $3::timestamptz)) AS w(lo, hi)
        WHERE lo < hi),
     parts AS (
       ${
         monthly
           ? `SELECT ${g.rkey} AS key, r.posts, ${SUMS.map((c) => `r.${c}`).join(', ')}
         FROM analytics_month${g.rollup} r JOIN acc ON acc.id = r.account_id
        WHERE r.day >= acc.first_month AND r.day < acc.mid_end
       UNION ALL`
           : ''
       }
       SELECT ${g.rkey} AS key, r.posts, ${SUMS.map((c) => `r.${c}`).join(', ')}
         FROM acc CROSS JOIN LATERAL (VALUES ${
           monthly
             ? '(acc.first_full, least(acc.first_month, acc.last_excl)), (greatest(acc.mid_end, acc.first_full), acc.last_excl)'
             : '(acc.first_full, acc.last_excl)'
         }) AS w(lo, hi)
         JOIN analytics_day${g.rollup} r ON r.account_id = acc.id AND r.day >= w.lo AND r.day < w.hi
       UNION ALL
       SELECT ${g.pkey}, 1, ${SUMS.map((c) => `pm.${c}`).join(', ')}
         FROM edges JOIN post_metrics pm ON pm.workspace_id = $1 AND pm.published_at >= edges.lo AND pm.published_at < edges.hi
         JOIN acc ON acc.id = pm.account_id ${g.unnest ? 'CROSS JOIN LATERAL unnest(pm.tags) AS t(tag)' : ''}
        WHERE pm.local_day < acc.first_full OR pm.local_day >= acc.last_excl),
     g AS (
       SELECT key, sum(posts)::int AS posts, ${SUMS.map((c) => `sum(${c})::float8 AS ${c}`).join(', ')}
         FROM parts GROUP BY key HAVING sum(posts) > 0)
     SELECT g.*, coalesce(${g.label}, '') AS label
       FROM g ${g.join ?? ''}
      ORDER BY g.impressions DESC, g.key`,
    rangeParams(f),
  );
  return rows.map((r) => ({ key: String(r['key']), label: String(r['label']), ...metricSums(r) }));
}

/** A row's sums, as SQL names them (`SUMS` and `posts`), as the reports' columns. */
export const metricSums = (r: Record<string, string | number>): MetricSums => ({
  posts: Number(r['posts']),
  impressions: Number(r['impressions']),
  likes: Number(r['likes']),
  reposts: Number(r['reposts']),
  replies: Number(r['replies']),
  quotes: Number(r['quotes']),
  bookmarks: Number(r['bookmarks']),
  linkClicks: Number(r['link_clicks']),
});

export function postRows(
  tx: TransactionHost,
  f: ReportFilter,
  sort: AnalyticsPostSort,
  limit: number,
  after: { value: number; postId: string } | null,
): Promise<PostMetricsRow[]> {
  const col = sort === 'impressions' ? 'pm.impressions' : 'pm.engagement_rate';
  return tx.rows<PostMetricsRow>(
    `SELECT pm.post_id AS "postId", pm.account_id AS "accountId", pm.published_at AS "publishedAt",
            pm.impressions, pm.likes, pm.reposts, pm.replies, pm.engagement_rate AS "engagementRate"
       FROM post_metrics pm
      WHERE ${RANGE} AND ($5::float8 IS NULL OR (${col}::float8, pm.post_id) < ($5::float8, $6::uuid))
      ORDER BY ${col} DESC, pm.post_id DESC LIMIT $7`,
    [...rangeParams(f), after?.value ?? null, after?.postId ?? null, limit],
  );
}

export async function snapshotRows(tx: TransactionHost, workspaceId: string, postId: string): Promise<SnapshotRow[]> {
  const rows = await tx.rows<{
    taken_at: Date;
    kind: SnapshotKind;
    impression_count: number;
    like_count: number;
    retweet_count: number;
    reply_count: number;
    quote_count: number;
    bookmark_count: number;
    np_impression_count: number | null;
    url_link_clicks: number | null;
    user_profile_clicks: number | null;
    engagements: number | null;
  }>(
    `SELECT taken_at, kind, impression_count, like_count, retweet_count, reply_count, quote_count, bookmark_count,
            np_impression_count, url_link_clicks, user_profile_clicks, engagements
       FROM metric_snapshots WHERE workspace_id = $1 AND post_id = $2 AND taken_at IS NOT NULL
      ORDER BY taken_at, due_at`,
    [workspaceId, postId],
  );
  return rows.map((r) => ({
    takenAt: r.taken_at,
    kind: r.kind,
    public: {
      impression_count: r.impression_count,
      like_count: r.like_count,
      retweet_count: r.retweet_count,
      reply_count: r.reply_count,
      quote_count: r.quote_count,
      bookmark_count: r.bookmark_count,
    },
    nonPublic:
      r.np_impression_count === null
        ? null
        : ({
            impression_count: r.np_impression_count,
            url_link_clicks: r.url_link_clicks ?? 0,
            user_profile_clicks: r.user_profile_clicks ?? 0,
            engagements: r.engagements ?? 0,
          } satisfies NonPublicMetrics),
  }));
}
