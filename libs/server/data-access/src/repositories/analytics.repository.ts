import { Injectable } from '@nestjs/common';
import {
  AnalyticsRepository,
  type AnalyticsReads,
  type ClaimedFollowers,
  type ClaimedSnapshot,
  type MonthFigures,
  type PostMetricsRow,
  type PostReading,
  type ReportFilter,
  type SnapshotRow,
  type SummaryRow,
  type UserMetrics,
} from '@xp/server/application';
import {
  engagementRate,
  isLowReach,
  noPendingSnapshots,
  readCostMicroUsd,
  SNAPSHOT_OFFSETS_MS,
  utcMonthRange,
} from '@xp/server/domain';
import type { AnalyticsGroupBy, AnalyticsPostSort, SnapshotKind } from '@xp/shared';
import { postRows, snapshotRows, summaryRows } from './analytics-reports';
import { LIVE_SCHEDULERS, leaseOwnerGone } from './scheduler-liveness';
import { TransactionHost } from './transaction-host';

const DAY_MS = 86_400_000;

/** Per account, the median impressions at +24 h of its posts published in the 30 days before $now (isLowReach). */
const MEDIANS = (accounts: string, now: string) => `SELECT account_id,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY impressions_24h)::float8 AS median
  FROM post_metrics WHERE account_id IN (${accounts}) AND impressions_24h IS NOT NULL
    AND published_at >= ${now}::timestamptz - interval '30 days' GROUP BY account_id`;

/** The kinds and offsets of snapshots (the domain's), as SQL rows. */
const OFFSETS_SQL = `unnest($3::text[], $4::float8[]) AS k(kind, ms)`;
const offsetParams = () => [Object.keys(SNAPSHOT_OFFSETS_MS), Object.values(SNAPSHOT_OFFSETS_MS)];

/** Analytics in PostgreSQL: snapshots claimed with a lease, each post's latest figures, reads and settings. */
@Injectable()
export class TypeormAnalyticsRepository extends AnalyticsRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  async claimDue(now: Date, owner: string, leaseUntil: Date, limit: number): Promise<ClaimedSnapshot[]> {
    const rows = await this.tx.rows<{
      id: string;
      workspace_id: string;
      post_id: string;
      account_id: string;
      tweet_id: string;
      kind: SnapshotKind;
      due_at: Date;
      published_at: Date;
      enabled: boolean;
      impressions_24h: number | null;
      median: number | null;
    }>(
      `WITH live AS MATERIALIZED (${LIVE_SCHEDULERS}),
       c AS (
         UPDATE metric_snapshots s SET lease_owner = $2, lease_until = $3
          WHERE s.id IN (SELECT id FROM metric_snapshots
                          WHERE taken_at IS NULL AND skipped IS NULL AND due_at <= $1
                            AND (lease_until IS NULL OR lease_until <= $1 OR ${leaseOwnerGone('lease_owner', '$2')})
                          ORDER BY due_at LIMIT $4 FOR UPDATE SKIP LOCKED)
         RETURNING s.id, s.workspace_id, s.post_id, s.account_id, s.tweet_id, s.kind, s.due_at),
       med AS (${MEDIANS('SELECT account_id FROM c', '$1')})
       SELECT c.*, pm.published_at, a.analytics_enabled AS enabled, pm.impressions_24h, med.median
         FROM c JOIN post_metrics pm ON pm.post_id = c.post_id JOIN accounts a ON a.id = c.account_id
         LEFT JOIN med ON med.account_id = c.account_id`,
      [now, owner, leaseUntil, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      workspaceId: r.workspace_id,
      postId: r.post_id,
      accountId: r.account_id,
      tweetId: r.tweet_id,
      kind: r.kind,
      dueAt: r.due_at,
      publishedAt: r.published_at,
      enabled: r.enabled,
      lowReach: isLowReach(r.impressions_24h, r.median),
    }));
  }

  async skip(ids: string[], owner: string, reason: 'off' | 'thinned' | 'budget' | 'gone'): Promise<void> {
    if (!ids.length) return;
    await this.tx.rows(
      `UPDATE metric_snapshots SET skipped = $3, lease_owner = NULL, lease_until = NULL
        WHERE id = ANY($1::uuid[]) AND lease_owner = $2 AND taken_at IS NULL AND skipped IS NULL`,
      [ids, owner, reason],
    );
  }

  async readOn(day: string, tweetIds: string[]): Promise<Set<string>> {
    const rows = await this.tx.rows<{ tweet_id: string }>(
      `SELECT DISTINCT tweet_id FROM metric_snapshots
        WHERE tweet_id = ANY($1::text[]) AND taken_at >= $2::date AND taken_at < $2::date + 1`,
      [tweetIds, day],
    );
    return new Set(rows.map((r) => r.tweet_id));
  }

  async saveReadings(
    workspaceId: string,
    owner: string,
    readings: { reading: PostReading; snapshotIds: string[] }[],
    billable: readonly string[],
    at: Date,
  ): Promise<AnalyticsReads> {
    const values = readings.flatMap(({ reading: r, snapshotIds }) => {
      const p = r.public;
      const rate = engagementRate(
        {
          likes: p.like_count,
          reposts: p.retweet_count,
          replies: p.reply_count,
          quotes: p.quote_count,
          bookmarks: p.bookmark_count,
        },
        p.impression_count,
      );
      return snapshotIds.map((id) => ({ id, ...p, ...prefixNonPublic(r), rate }));
    });
    return this.tx.run(async () => {
      const [stored] = values.length
        ? await this.tx.rows<{ n: number }>(
            `WITH v AS (
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, impression_count int, like_count int,
             retweet_count int, reply_count int, quote_count int, bookmark_count int, np_impression_count int,
             url_link_clicks int, user_profile_clicks int, engagements int, rate float8)),
         s AS (
           UPDATE metric_snapshots s SET taken_at = $3, lease_owner = NULL, lease_until = NULL,
                  impression_count = v.impression_count, like_count = v.like_count, retweet_count = v.retweet_count,
                  reply_count = v.reply_count, quote_count = v.quote_count, bookmark_count = v.bookmark_count,
                  np_impression_count = v.np_impression_count, url_link_clicks = v.url_link_clicks,
                  user_profile_clicks = v.user_profile_clicks, engagements = v.engagements
             FROM v WHERE s.id = v.id AND s.lease_owner = $2 AND s.taken_at IS NULL AND s.skipped IS NULL
           RETURNING s.id, s.post_id, s.kind, s.tweet_id),
         w AS (SELECT DISTINCT ON (s.post_id) s.post_id, v.*, bool_or(s.kind = '24h') OVER (PARTITION BY s.post_id) AS day1
                 FROM s JOIN v ON v.id = s.id ORDER BY s.post_id),
         m AS (
           UPDATE post_metrics pm SET measured_at = $3, impressions = w.impression_count, likes = w.like_count,
                reposts = w.retweet_count, replies = w.reply_count, quotes = w.quote_count,
                bookmarks = w.bookmark_count, link_clicks = coalesce(w.url_link_clicks, pm.link_clicks),
                engagement_rate = w.rate, impressions_24h = CASE WHEN w.day1 THEN w.impression_count ELSE pm.impressions_24h END
           FROM w WHERE pm.post_id = w.post_id AND (pm.measured_at IS NULL OR pm.measured_at <= $3))
         SELECT count(DISTINCT s.tweet_id) FILTER (WHERE s.tweet_id = ANY($4::text[]))::int AS n FROM s`,
            [JSON.stringify(values), owner, at, billable],
          )
        : [{ n: 0 }];
      const postReads = stored?.n ?? 0;
      const reads = { requests: 1, postReads, userReads: 0, microUsd: readCostMicroUsd({ postReads }) };
      await this.addReads(workspaceId, at, reads);
      return reads;
    });
  }

  private async addReads(workspaceId: string, at: Date, r: AnalyticsReads): Promise<void> {
    await this.tx.rows(
      `INSERT INTO analytics_reads (workspace_id, day, requests, post_reads, user_reads, micro_usd)
       VALUES ($1, ($2::timestamptz AT TIME ZONE 'UTC')::date, $3, $4, $5, $6)
       ON CONFLICT (workspace_id, day) DO UPDATE SET requests = analytics_reads.requests + excluded.requests,
         post_reads = analytics_reads.post_reads + excluded.post_reads,
         user_reads = analytics_reads.user_reads + excluded.user_reads,
         micro_usd = analytics_reads.micro_usd + excluded.micro_usd`,
      [workspaceId, at, r.requests, r.postReads, r.userReads, r.microUsd],
    );
  }

  async month(workspaceId: string, month: string, now: Date): Promise<MonthFigures> {
    const { start, end } = utcMonthRange(month);
    const [settings] = await this.tx.rows<{ budget: string }>(
      `SELECT monthly_budget_micro_usd AS budget FROM analytics_settings WHERE workspace_id = $1`,
      [workspaceId],
    );
    const [spent] = await this.tx.rows<Record<string, string | null>>(
      `SELECT sum(requests) AS requests, sum(post_reads) AS post_reads, sum(user_reads) AS user_reads,
              sum(micro_usd) AS micro FROM analytics_reads WHERE workspace_id = $1 AND day >= $2::date AND day < $3::date`,
      [workspaceId, start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)],
    );
    const [skipped] = await this.tx.rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM metric_snapshots WHERE workspace_id = $1 AND skipped IN ('thinned', 'budget')
          AND due_at >= $2 AND due_at < $3`,
      [workspaceId, start, end],
    );
    const pending = noPendingSnapshots();
    let userReadsLeft = 0;
    if (now < end) {
      // Snapshots due before the month ends (overdue ones too, in the current month), and those of scheduled posts.
      const from = now < start ? start : new Date(0);
      const rows = await this.tx.rows<{ kind: SnapshotKind; impressions_24h: number | null; median: number | null }>(
        `WITH med AS (${MEDIANS('SELECT id FROM accounts WHERE workspace_id = $1', '$4')})
         SELECT s.kind, pm.impressions_24h, med.median
           FROM metric_snapshots s JOIN accounts a ON a.id = s.account_id AND a.analytics_enabled
           JOIN post_metrics pm ON pm.post_id = s.post_id LEFT JOIN med ON med.account_id = s.account_id
          WHERE s.workspace_id = $1 AND s.taken_at IS NULL AND s.skipped IS NULL AND s.due_at >= $2 AND s.due_at < $3`,
        [workspaceId, from, end, now],
      );
      for (const r of rows) pending[r.kind][isLowReach(r.impressions_24h, r.median) ? 'low' : 'other']++;
      const planned = await this.tx.rows<{ kind: SnapshotKind; n: number }>(
        `SELECT k.kind, count(*)::int AS n
           FROM posts p JOIN accounts a ON a.id = p.account_id AND a.analytics_enabled CROSS JOIN ${OFFSETS_SQL}
          WHERE p.workspace_id = $1 AND p.status IN ('scheduled', 'publishing') AND p.scheduled_at IS NOT NULL
            AND p.scheduled_at + k.ms * interval '1 millisecond' >= $2
            AND p.scheduled_at + k.ms * interval '1 millisecond' < $5
          GROUP BY k.kind`,
        [workspaceId, now < start ? start : now, ...offsetParams(), end],
      );
      for (const r of planned) pending[r.kind].other += r.n;
      const [acc] = await this.tx.rows<{ accounts_on: number; unread: number }>(
        `SELECT count(*)::int AS accounts_on, count(*) FILTER (WHERE f.taken_at IS NULL)::int AS unread
           FROM accounts a LEFT JOIN account_followers f ON f.account_id = a.id AND f.day = ($2::timestamptz AT TIME ZONE 'UTC')::date
          WHERE a.workspace_id = $1 AND a.analytics_enabled AND a.status = 'connected'`,
        [workspaceId, now],
      );
      const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
      userReadsLeft =
        now < start
          ? acc!.accounts_on * Math.round((end.getTime() - start.getTime()) / DAY_MS)
          : acc!.unread + acc!.accounts_on * Math.round((end.getTime() - today - DAY_MS) / DAY_MS);
    }
    return {
      budgetMicroUsd: settings ? Number(settings.budget) : null,
      spent: {
        requests: Number(spent?.['requests'] ?? 0),
        postReads: Number(spent?.['post_reads'] ?? 0),
        userReads: Number(spent?.['user_reads'] ?? 0),
        microUsd: Number(spent?.['micro'] ?? 0),
      },
      pending,
      userReadsLeft,
      skipped: skipped?.n ?? 0,
    };
  }

  async claimFollowers(
    now: Date,
    day: string,
    owner: string,
    leaseUntil: Date,
    limit: number,
  ): Promise<ClaimedFollowers[]> {
    await this.tx.rows(
      `INSERT INTO account_followers (account_id, workspace_id, day)
       SELECT id, workspace_id, $1::date FROM accounts WHERE analytics_enabled AND status = 'connected'
       ON CONFLICT DO NOTHING`,
      [day],
    );
    return this.tx.rows<ClaimedFollowers>(
      `WITH live AS MATERIALIZED (${LIVE_SCHEDULERS}),
       c AS (
         UPDATE account_followers f SET lease_owner = $2, lease_until = $3
          WHERE (f.account_id, f.day) IN (
            SELECT account_id, day FROM account_followers x
             WHERE day = $1::date AND taken_at IS NULL
               AND (lease_until IS NULL OR lease_until <= $4 OR ${leaseOwnerGone('lease_owner', '$2')})
               AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = x.account_id AND a.analytics_enabled AND a.status = 'connected')
             LIMIT $5 FOR UPDATE SKIP LOCKED)
         RETURNING f.account_id, f.workspace_id, f.day)
       SELECT c.account_id AS "accountId", c.workspace_id AS "workspaceId", a.x_user_id AS "xUserId",
              to_char(c.day, 'YYYY-MM-DD') AS day
         FROM c JOIN accounts a ON a.id = c.account_id`,
      [day, owner, leaseUntil, now, limit],
    );
  }

  async saveFollowers(
    f: ClaimedFollowers,
    owner: string,
    m: UserMetrics,
    reads: AnalyticsReads,
    at: Date,
  ): Promise<void> {
    await this.tx.run(async () => {
      await this.addReads(f.workspaceId, at, reads);
      await this.tx.rows(
        `UPDATE account_followers SET taken_at = $4, lease_owner = NULL, lease_until = NULL, followers_count = $5,
                following_count = $6, tweet_count = $7, listed_count = $8
          WHERE account_id = $1 AND day = $2::date AND lease_owner = $3 AND taken_at IS NULL`,
        [f.accountId, f.day, owner, at, m.followers_count, m.following_count, m.tweet_count, m.listed_count],
      );
    });
  }

  async deferFollowers(f: ClaimedFollowers, owner: string, until: Date): Promise<void> {
    await this.tx.rows(
      `UPDATE account_followers SET lease_until = $4 WHERE account_id = $1 AND day = $2::date AND lease_owner = $3`,
      [f.accountId, f.day, owner, until],
    );
  }

  summary(f: ReportFilter, groupBy: AnalyticsGroupBy): Promise<SummaryRow[]> {
    return summaryRows(this.tx, f, groupBy);
  }

  posts(
    f: ReportFilter,
    sort: AnalyticsPostSort,
    limit: number,
    after: { value: number; postId: string } | null,
  ): Promise<PostMetricsRow[]> {
    return postRows(this.tx, f, sort, limit, after);
  }

  snapshots(workspaceId: string, postId: string): Promise<SnapshotRow[]> {
    return snapshotRows(this.tx, workspaceId, postId);
  }

  async setBudgetMicroUsd(workspaceId: string, micro: number): Promise<void> {
    await this.tx.rows(
      `INSERT INTO analytics_settings (workspace_id, monthly_budget_micro_usd) VALUES ($1, $2)
       ON CONFLICT (workspace_id) DO UPDATE SET monthly_budget_micro_usd = excluded.monthly_budget_micro_usd`,
      [workspaceId, micro],
    );
  }

  accountSwitches(workspaceId: string): Promise<{ accountId: string; handle: string; enabled: boolean }[]> {
    return this.tx.rows(
      `SELECT id AS "accountId", handle, analytics_enabled AS enabled FROM accounts WHERE workspace_id = $1
        ORDER BY handle, id`,
      [workspaceId],
    );
  }

  async setAccountSwitches(workspaceId: string, switches: { accountId: string; enabled: boolean }[]): Promise<void> {
    await this.tx.rows(
      `UPDATE accounts a SET analytics_enabled = v.enabled
         FROM unnest($2::uuid[], $3::boolean[]) AS v(id, enabled) WHERE a.workspace_id = $1 AND a.id = v.id`,
      [workspaceId, switches.map((s) => s.accountId), switches.map((s) => s.enabled)],
    );
  }
}

/** A reading's non-public metrics under the snapshot's column names (null when X did not give them). */
function prefixNonPublic(r: PostReading) {
  const n = r.nonPublic;
  return {
    np_impression_count: n?.impression_count ?? null,
    url_link_clicks: n?.url_link_clicks ?? null,
    user_profile_clicks: n?.user_profile_clicks ?? null,
    engagements: n?.engagements ?? null,
  };
}
