// The SQL of analytics' reports: sums of each post's latest figures (post_metrics) by group, a post list, and a
// post's snapshots.
import type { NonPublicMetrics, PostMetricsRow, ReportFilter, SnapshotRow, SummaryRow } from '@xp/server/application';
import type { AnalyticsGroupBy, AnalyticsPostSort, SnapshotKind } from '@xp/shared';
import type { TransactionHost } from './transaction-host';

/** The group's key and label, and the joins they need, by `groupBy`. */
const GROUPS: Record<AnalyticsGroupBy, { key: string; label: string; join: string }> = {
  account: { key: 'pm.account_id::text', label: 'a.handle', join: '' },
  brand: { key: 'a.brand_id::text', label: 'b.name', join: 'JOIN brands b ON b.id = a.brand_id' },
  tag: { key: 't.tag', label: 't.tag', join: 'CROSS JOIN LATERAL unnest(p.tags) AS t(tag)' },
  kind: { key: 'p.kind', label: 'p.kind', join: '' },
  author: { key: 'p.author_id::text', label: 'u.display_name', join: 'JOIN users u ON u.id = p.author_id' },
  day: {
    key: `to_char(pm.published_at AT TIME ZONE a.timezone, 'YYYY-MM-DD')`,
    label: `to_char(pm.published_at AT TIME ZONE a.timezone, 'YYYY-MM-DD')`,
    join: '',
  },
  hour: {
    key: `extract(hour FROM pm.published_at AT TIME ZONE a.timezone)::int::text`,
    label: `extract(hour FROM pm.published_at AT TIME ZONE a.timezone)::int::text`,
    join: '',
  },
};

const RANGE = `pm.workspace_id = $1 AND pm.published_at >= $2 AND pm.published_at < $3
  AND ($4::uuid[] IS NULL OR pm.account_id = ANY($4::uuid[]))`;
const rangeParams = (f: ReportFilter) => [f.workspaceId, f.from, f.to, f.accountIds];

const SUMS = ['impressions', 'likes', 'reposts', 'replies', 'quotes', 'bookmarks', 'link_clicks'] as const;

export async function summaryRows(
  tx: TransactionHost,
  f: ReportFilter,
  groupBy: AnalyticsGroupBy,
): Promise<SummaryRow[]> {
  const g = GROUPS[groupBy];
  const rows = await tx.rows<Record<string, string | number>>(
    `SELECT ${g.key} AS key, coalesce(${g.label}, '') AS label, count(*)::int AS posts,
            ${SUMS.map((c) => `sum(pm.${c})::float8 AS ${c}`).join(', ')}
       FROM post_metrics pm JOIN posts p ON p.id = pm.post_id JOIN accounts a ON a.id = pm.account_id ${g.join}
      WHERE ${RANGE}
      GROUP BY 1, 2 ORDER BY sum(pm.impressions) DESC, 1`,
    rangeParams(f),
  );
  return rows.map((r) => ({
    key: String(r['key']),
    label: String(r['label']),
    posts: Number(r['posts']),
    impressions: Number(r['impressions']),
    likes: Number(r['likes']),
    reposts: Number(r['reposts']),
    replies: Number(r['replies']),
    quotes: Number(r['quotes']),
    bookmarks: Number(r['bookmarks']),
    linkClicks: Number(r['link_clicks']),
  }));
}

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
