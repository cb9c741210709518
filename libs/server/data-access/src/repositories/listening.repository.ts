import { Injectable } from '@nestjs/common';
import {
  MonitorRepository,
  type CountedMinuteRow,
  type MonitorAlertRecord,
  type MonitorCursor,
  type MonitorPatch,
  type MonitorPostRecord,
  type MonitorPostWithContext,
  type MonitorRecord,
  type MonitorUsage,
  type NewMonitor,
  type SeriesRow,
} from '@xp/server/application';
import type { OpenAlert } from '@xp/server/domain';
import type { MonitorAlertStatus, SeriesGranularity } from '@xp/shared';
import { camelRow } from './record-fields';
import { TransactionHost } from './transaction-host';

const MONITOR_COLUMNS = `id, workspace_id, brand_id, name, query, languages, mode, daily_read_budget, spike_factor,
  min_volume, active, counted_until, active_since, first_read_end, since_id, next_poll_at, paused, inbox_account_id, version, created_at, updated_at,
  (SELECT count(*)::int FROM monitor_alerts a WHERE a.monitor_id = monitors.id AND a.status = 'open') AS open_alerts`;
const monitor = (r: object) => camelRow(r) as unknown as MonitorRecord;

const ALERT_COLUMNS = `id, workspace_id, monitor_id, (extract(epoch from started_at) * 1000)::float8 AS started_at,
  ended_at, factor, peak_count, baseline, quiet_minutes, top_terms, sample_tweet_ids, status, hold_id`;
const alert = (r: object) => camelRow(r) as unknown as MonitorAlertRecord;

/** `to_char` pattern of `Date.prototype.toISOString` (UTC). */
const ISO_UTC = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

// With the X context the inbox needs to file a post in its thread (a small JSON object per post).
const POST_COLUMNS = `tweet_id, author_username, text, created_at, lang, x_context`;
const post = (r: object) => camelRow(r) as unknown as MonitorPostWithContext;

const PATCH_COLUMNS: Record<keyof MonitorPatch, string> = {
  name: 'name',
  query: 'query',
  languages: 'languages',
  mode: 'mode',
  dailyReadBudget: 'daily_read_budget',
  spikeFactor: 'spike_factor',
  minVolume: 'min_volume',
  active: 'active',
  inboxAccountId: 'inbox_account_id',
};

/** Listening in PostgreSQL: monitors, their minutes, posts, alerts and billed reads. */
@Injectable()
export class TypeormMonitorRepository extends MonitorRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  async list(workspaceId: string, brandIds: string[] | null): Promise<MonitorRecord[]> {
    const rows = await this.tx.rows<object>(
      `SELECT ${MONITOR_COLUMNS} FROM monitors WHERE workspace_id = $1 AND ($2::uuid[] IS NULL OR brand_id = ANY($2::uuid[]))
        ORDER BY created_at, id LIMIT 500`,
      [workspaceId, brandIds],
    );
    return rows.map(monitor);
  }

  async find(workspaceId: string, id: string): Promise<MonitorRecord | null> {
    const [r] = await this.tx.rows<object>(
      `SELECT ${MONITOR_COLUMNS} FROM monitors WHERE workspace_id = $1 AND id = $2`,
      [workspaceId, id],
    );
    return r ? monitor(r) : null;
  }

  async insert(m: NewMonitor, at: Date): Promise<MonitorRecord> {
    const [r] = await this.tx.rows<object>(
      `INSERT INTO monitors (workspace_id, brand_id, name, query, languages, mode, daily_read_budget, spike_factor,
         min_volume, active, inbox_account_id, created_by, next_poll_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $13) RETURNING ${MONITOR_COLUMNS}`,
      [
        m.workspaceId,
        m.brandId,
        m.name,
        m.query,
        m.languages,
        m.mode,
        m.dailyReadBudget,
        m.spikeFactor,
        m.minVolume,
        m.active,
        m.inboxAccountId,
        m.createdBy,
        at,
      ],
    );
    return monitor(r!);
  }

  async update(
    workspaceId: string,
    id: string,
    version: number,
    patch: MonitorPatch & { resetCursor?: boolean },
    at: Date,
  ): Promise<MonitorRecord | 'stale' | null> {
    const params: unknown[] = [workspaceId, id, version, at];
    const sets = ['updated_at = $4', 'version = version + 1', 'paused = NULL', 'next_poll_at = $4'];
    for (const [key, column] of Object.entries(PATCH_COLUMNS) as [keyof MonitorPatch, string][]) {
      if (patch[key] === undefined) continue;
      params.push(patch[key]);
      sets.push(`${column} = $${params.length}`);
    }
    if (patch.resetCursor)
      sets.push('counted_until = NULL', 'since_id = NULL', 'active_since = NULL', 'first_read_end = NULL');
    const [r] = await this.tx.rows<object>(
      `UPDATE monitors SET ${sets.join(', ')} WHERE workspace_id = $1 AND id = $2 AND version = $3
       RETURNING ${MONITOR_COLUMNS}`,
      params,
    );
    if (!r) return (await this.find(workspaceId, id)) ? 'stale' : null;
    if (patch.resetCursor) {
      // Another query is another series: what the old one counted and read goes, its alerts stay for the record.
      await this.tx.rows(`DELETE FROM monitor_counts WHERE monitor_id = $1`, [id]);
      await this.tx.rows(`DELETE FROM monitor_posts WHERE monitor_id = $1`, [id]);
      await this.tx.rows(`UPDATE monitor_alerts SET ended_at = coalesce(ended_at, $2) WHERE monitor_id = $1`, [id, at]);
    }
    return monitor(r);
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const rows = await this.tx.rows(`DELETE FROM monitors WHERE workspace_id = $1 AND id = $2 RETURNING id`, [
      workspaceId,
      id,
    ]);
    return rows.length > 0;
  }

  async usage(
    workspaceId: string,
    monitorIds: string[],
    day: string,
    month: string,
  ): Promise<Map<string, MonitorUsage>> {
    const rows = await this.tx.rows<{
      monitor_id: string;
      reads_today: string;
      micro_today: string;
      reads_month: string;
      micro_month: string;
    }>(
      `SELECT monitor_id,
              sum(count_requests + post_reads) FILTER (WHERE day = $3::date) AS reads_today,
              sum(micro_usd) FILTER (WHERE day = $3::date) AS micro_today,
              sum(count_requests + post_reads) AS reads_month, sum(micro_usd) AS micro_month
         FROM monitor_reads
        WHERE workspace_id = $1 AND monitor_id = ANY($2::uuid[]) AND to_char(day, 'YYYY-MM') = $4
        GROUP BY monitor_id`,
      [workspaceId, monitorIds, day, month],
    );
    return new Map(
      rows.map((r) => [
        r.monitor_id,
        {
          readsToday: Number(r.reads_today ?? 0),
          microUsdToday: Number(r.micro_today ?? 0),
          readsThisMonth: Number(r.reads_month ?? 0),
          microUsdThisMonth: Number(r.micro_month ?? 0),
        },
      ]),
    );
  }

  async workspaceMonthMicroUsd(workspaceId: string, month: string): Promise<number> {
    const [r] = await this.tx.rows<{ micro: string | null }>(
      `SELECT sum(micro_usd) AS micro FROM monitor_reads
        WHERE workspace_id = $1 AND day >= to_date($2, 'YYYY-MM') AND day < to_date($2, 'YYYY-MM') + interval '1 month'`,
      [workspaceId, month],
    );
    return Number(r?.micro ?? 0);
  }

  async monthlyCapMicroUsd(workspaceId: string): Promise<number | null> {
    const [r] = await this.tx.rows<{ cap: string }>(
      `SELECT monthly_cap_micro_usd AS cap FROM listening_settings WHERE workspace_id = $1`,
      [workspaceId],
    );
    return r ? Number(r.cap) : null;
  }

  async setMonthlyCapMicroUsd(workspaceId: string, micro: number): Promise<void> {
    await this.tx.rows(
      `INSERT INTO listening_settings (workspace_id, monthly_cap_micro_usd) VALUES ($1, $2)
       ON CONFLICT (workspace_id) DO UPDATE SET monthly_cap_micro_usd = excluded.monthly_cap_micro_usd`,
      [workspaceId, micro],
    );
  }

  async series(monitorId: string, from: Date, to: Date, granularity: SeriesGranularity): Promise<SeriesRow[]> {
    // Minutes as stored (baselines are rounded when written); hours and days summed (a baseline only where every
    // minute of the bucket had one). Times leave PostgreSQL as ISO text: a month of minutes is 44,640 rows, and
    // parsing then re-formatting that many dates cost more than the query.
    const bucket = granularity === 'minute' ? 'minute' : `date_trunc('${granularity}', minute, 'UTC')`;
    const sql =
      granularity === 'minute'
        ? `SELECT minute AS t, count, baseline FROM monitor_counts
            WHERE monitor_id = $1 AND minute >= $2 AND minute < $3`
        : `SELECT ${bucket} AS t, sum(count)::int AS count,
                  CASE WHEN count(baseline) = count(*) THEN round(sum(baseline)::numeric, 2)::float8 END AS baseline
             FROM monitor_counts WHERE monitor_id = $1 AND minute >= $2 AND minute < $3 GROUP BY 1`;
    return this.tx.rows<SeriesRow>(
      `SELECT to_char(t AT TIME ZONE 'UTC', '${ISO_UTC}') AS start, count, baseline FROM (${sql}) s ORDER BY t`,
      [monitorId, from, to],
    );
  }

  async posts(
    monitorId: string,
    q: { from?: Date; to?: Date; limit: number; before?: { at: Date; tweetId: string } },
  ): Promise<MonitorPostWithContext[]> {
    const rows = await this.tx.rows<object>(
      `SELECT ${POST_COLUMNS} FROM monitor_posts
        WHERE monitor_id = $1 AND ($2::timestamptz IS NULL OR created_at >= $2) AND ($3::timestamptz IS NULL OR created_at < $3)
          AND ($4::timestamptz IS NULL OR (created_at, tweet_id) < ($4, $5))
        ORDER BY created_at DESC, tweet_id DESC LIMIT $6`,
      [monitorId, q.from ?? null, q.to ?? null, q.before?.at ?? null, q.before?.tweetId ?? null, q.limit],
    );
    return rows.map(post);
  }

  async postsByIds(monitorId: string, tweetIds: string[]): Promise<MonitorPostRecord[]> {
    const rows = await this.tx.rows<object>(
      `SELECT ${POST_COLUMNS} FROM monitor_posts WHERE monitor_id = $1 AND tweet_id = ANY($2::text[])
        ORDER BY created_at DESC, tweet_id DESC`,
      [monitorId, tweetIds],
    );
    return rows.map(post);
  }

  async alerts(workspaceId: string, monitorId: string, limit: number): Promise<MonitorAlertRecord[]> {
    const rows = await this.tx.rows<object>(
      `SELECT ${ALERT_COLUMNS} FROM monitor_alerts WHERE workspace_id = $1 AND monitor_id = $2
        ORDER BY monitor_alerts.started_at DESC, id DESC LIMIT $3`,
      [workspaceId, monitorId, limit],
    );
    return rows.map(alert);
  }

  async findAlert(workspaceId: string, monitorId: string, alertId: string): Promise<MonitorAlertRecord | null> {
    const [r] = await this.tx.rows<object>(
      `SELECT ${ALERT_COLUMNS} FROM monitor_alerts WHERE workspace_id = $1 AND monitor_id = $2 AND id = $3`,
      [workspaceId, monitorId, alertId],
    );
    return r ? alert(r) : null;
  }

  async setAlertStatus(alertId: string, status: MonitorAlertStatus, holdId?: string): Promise<void> {
    await this.tx.rows(`UPDATE monitor_alerts SET status = $2, hold_id = coalesce($3, hold_id) WHERE id = $1`, [
      alertId,
      status,
      holdId ?? null,
    ]);
  }

  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<MonitorRecord[]> {
    const rows = await this.tx.rows<object>(
      `UPDATE monitors SET next_poll_at = $3
        WHERE id IN (SELECT id FROM monitors WHERE active AND (next_poll_at IS NULL OR next_poll_at <= $1)
                        ORDER BY next_poll_at NULLS FIRST LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING ${MONITOR_COLUMNS}`,
      [now, limit, leaseUntil],
    );
    return rows.map(monitor);
  }

  async countsIn(monitorId: string, ranges: [Date, Date][]): Promise<Map<number, number>> {
    const rows = await this.tx.rows<{ t: number; count: number }>(
      `SELECT (extract(epoch from c.minute) * 1000)::float8 AS t, c.count
         FROM unnest($2::timestamptz[], $3::timestamptz[]) AS r(a, b)
         JOIN monitor_counts c ON c.monitor_id = $1 AND c.minute >= r.a AND c.minute < r.b`,
      [monitorId, ranges.map((r) => r[0]), ranges.map((r) => r[1])],
    );
    return new Map(rows.map((r) => [r.t, r.count]));
  }

  async saveCounts(monitorId: string, rows: CountedMinuteRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 5000) {
      const chunk = rows.slice(i, i + 5000);
      await this.tx.rows(
        `INSERT INTO monitor_counts (monitor_id, minute, count, baseline)
         SELECT $1, to_timestamp(t / 1000.0), c, round(b::numeric, 2)
           FROM unnest($2::float8[], $3::int[], $4::float8[]) AS u(t, c, b)
         ON CONFLICT (monitor_id, minute) DO UPDATE SET count = excluded.count, baseline = excluded.baseline`,
        [monitorId, chunk.map((r) => r.minute), chunk.map((r) => r.count), chunk.map((r) => r.baseline)],
      );
    }
  }

  async savePosts(monitorId: string, posts: MonitorPostWithContext[]): Promise<void> {
    if (posts.length === 0) return;
    await this.tx.rows(
      `INSERT INTO monitor_posts (monitor_id, tweet_id, author_username, text, lang, created_at, x_context)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::jsonb[])
       ON CONFLICT DO NOTHING`,
      [
        monitorId,
        posts.map((p) => p.tweetId),
        posts.map((p) => p.authorUsername),
        posts.map((p) => p.text),
        posts.map((p) => p.lang),
        posts.map((p) => p.createdAt),
        posts.map((p) => (p.xContext ? JSON.stringify(p.xContext) : null)),
      ],
    );
  }

  async postTexts(
    monitorId: string,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<{ tweetId: string; text: string }[]> {
    return this.tx.rows(
      `SELECT tweet_id AS "tweetId", text FROM monitor_posts WHERE monitor_id = $1 AND created_at >= $2 AND created_at < $3
        ORDER BY created_at DESC, tweet_id DESC LIMIT $4`,
      [monitorId, from, to, limit],
    );
  }

  async addReads(
    monitorId: string,
    workspaceId: string,
    day: string,
    reads: { countRequests?: number; searchRequests?: number; postReads?: number; microUsd: number },
  ): Promise<void> {
    await this.tx.rows(
      `INSERT INTO monitor_reads (monitor_id, workspace_id, day, count_requests, search_requests, post_reads, micro_usd)
       VALUES ($1, $2, $3::date, $4, $5, $6, $7)
       ON CONFLICT (monitor_id, day) DO UPDATE SET count_requests = monitor_reads.count_requests + excluded.count_requests,
         search_requests = monitor_reads.search_requests + excluded.search_requests,
         post_reads = monitor_reads.post_reads + excluded.post_reads, micro_usd = monitor_reads.micro_usd + excluded.micro_usd`,
      [
        monitorId,
        workspaceId,
        day,
        reads.countRequests ?? 0,
        reads.searchRequests ?? 0,
        reads.postReads ?? 0,
        reads.microUsd,
      ],
    );
  }

  async saveCursor(monitorId: string, c: MonitorCursor): Promise<void> {
    await this.tx.rows(
      `UPDATE monitors SET counted_until = coalesce($2, counted_until), since_id = coalesce($3, since_id),
              next_poll_at = $4, paused = $5, active_since = coalesce(active_since, $6),
              first_read_end = coalesce(first_read_end, $7) WHERE id = $1`,
      [
        monitorId,
        c.countedUntil ?? null,
        c.sinceId ?? null,
        c.nextPollAt,
        c.paused,
        c.activeSince ?? null,
        c.firstReadEnd ?? null,
      ],
    );
  }

  async currentAlert(monitorId: string): Promise<MonitorAlertRecord | null> {
    const [r] = await this.tx.rows<object>(
      `SELECT ${ALERT_COLUMNS} FROM monitor_alerts WHERE monitor_id = $1 AND ended_at IS NULL`,
      [monitorId],
    );
    return r ? alert(r) : null;
  }

  async openAlert(
    workspaceId: string,
    monitorId: string,
    a: OpenAlert & { topTerms: string[]; sampleTweetIds: string[] },
    at: Date,
  ): Promise<MonitorAlertRecord> {
    const [r] = await this.tx.rows<object>(
      `INSERT INTO monitor_alerts (workspace_id, monitor_id, started_at, factor, peak_count, baseline, quiet_minutes,
         top_terms, sample_tweet_ids, created_at)
       VALUES ($1, $2, to_timestamp($3 / 1000.0), $4, $5, $6, $7, $8, $9, $10) RETURNING ${ALERT_COLUMNS}`,
      [
        workspaceId,
        monitorId,
        a.startedAt,
        a.factor,
        a.peakCount,
        a.baseline,
        a.quietMinutes,
        a.topTerms,
        a.sampleTweetIds,
        at,
      ],
    );
    return alert(r!);
  }

  async updateAlert(
    alertId: string,
    a: OpenAlert & { endedAt?: Date; topTerms?: string[]; sampleTweetIds?: string[] },
  ): Promise<void> {
    await this.tx.rows(
      `UPDATE monitor_alerts SET factor = $2, peak_count = $3, quiet_minutes = $4, ended_at = coalesce($5, ended_at),
              top_terms = coalesce($6, top_terms), sample_tweet_ids = coalesce($7, sample_tweet_ids),
              status = CASE WHEN $5::timestamptz IS NOT NULL AND status = 'open' THEN 'resolved' ELSE status END
        WHERE id = $1`,
      [alertId, a.factor, a.peakCount, a.quietMinutes, a.endedAt ?? null, a.topTerms ?? null, a.sampleTweetIds ?? null],
    );
  }
}
