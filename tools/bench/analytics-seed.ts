// The analytics benchmarks' data: 20 accounts (the stack's four and 16 more) publishing `perDay` posts a day for
// `days` days up to `end`, inserted scheduled in bulk with a review history (a third approved at once, a third
// approved after changes requested, a third without approval), then marked published: the migrations' trigger writes
// their four snapshots and their `post_metrics` row (with the approval path) as it does for the publisher; then every
// snapshot is filled as the worker fills it (figures, `taken_at`) and each post's latest figures follow (the rollups
// through their trigger).
import type { InboxBenchStack } from './inbox-bench-stack';

export interface SeededAnalytics {
  accounts: { id: string }[];
  start: Date;
  end: Date;
  insertedMs: number;
  counts: { posts: number; snapshots: number; days: number; hours: number; tags: number; reviewed: number };
}

export async function seedAnalytics(
  stack: InboxBenchStack,
  opts: { days: number; perDay: number; end: Date },
): Promise<SeededAnalytics> {
  const q = (sql: string, params: unknown[] = []) => stack.sql.query(sql, params);
  const kindy = stack.accounts['Kindy']!;
  await q(
    `INSERT INTO accounts (workspace_id, brand_id, x_user_id, handle, name, approval_policy, created_at, updated_at)
     SELECT workspace_id, brand_id, (900000 + i)::text, 'Bench' || i, 'Bench ' || i, approval_policy, now(), now()
       FROM accounts, generate_series(1, 16) AS i WHERE id = $1`,
    [kindy],
  );
  const accounts = (await q(`SELECT id FROM accounts WHERE workspace_id = $1 ORDER BY id`, [stack.workspaceId]))
    .rows as { id: string }[];
  const author = (await q(`SELECT user_id FROM memberships WHERE workspace_id = $1 LIMIT 1`, [stack.workspaceId]))
    .rows[0] as { user_id: string };
  const start = new Date(opts.end.getTime() - opts.days * 86_400_000);
  const t0 = performance.now();
  // Day by day of 20 accounts × 30 posts, a month at a time (one transaction each).
  for (let d = 0; d < opts.days; d += 30) {
    await q(
      `INSERT INTO posts (workspace_id, account_id, author_id, status, kind, segments, content_hash, tags, tweet_ids,
                          scheduled_at, published_at, created_at, updated_at)
       SELECT $1, a.id, $2, 'scheduled',
              (ARRAY['standard', 'standard', 'standard', 'job_offer', 'live', 'reply'])[1 + (n % 6)],
              jsonb_build_array(jsonb_build_object('text', 'Bench ' || n, 'media', '[]'::jsonb, 'poll', null)),
              md5(n::text), ARRAY[(ARRAY['mode', 'finance', 'emploi', 'f1', 'rse'])[1 + (n % 5)]],
              ARRAY[(1000000000 + n)::text], t, t, t, t
         FROM unnest($3::uuid[]) WITH ORDINALITY AS a(id, k),
              generate_series($4::int, least($4::int + 29, $5::int - 1)) AS day,
              generate_series(0, $6::int - 1) AS slot,
              LATERAL (SELECT (a.k * 1000000 + day * 100 + slot)::bigint AS n) AS nn,
              LATERAL (SELECT $7::timestamptz + day * interval '1 day' + (6 + (slot * 16) / $6::int) * interval '1 hour'
                              + (n % 60) * interval '1 minute' AS t) AS tt`,
      [stack.workspaceId, author.user_id, accounts.map((a) => a.id), d, opts.days, opts.perDay, start],
    );
  }
  // The review history the publication trigger reads: approvals (2 posts in 3), and a "changes requested" in the
  // audit trail for half of those (not chained nor signed: this scratch trail is never verified).
  await q(
    `INSERT INTO approvals (workspace_id, post_id, approver_id, role, content_hash, valid, created_at)
     SELECT workspace_id, id, author_id, 'manager', content_hash, true, created_at FROM posts
      WHERE workspace_id = $1 AND abs(hashtext(id::text)) % 3 <> 0`,
    [stack.workspaceId],
  );
  await q(
    `INSERT INTO audit_events (workspace_id, actor_id, action, subject_type, subject_id, data, created_at, hash, key_id)
     SELECT workspace_id, author_id, 'post.request_changes', 'post', id::text, '{}', created_at, md5(id::text), 'bench'
       FROM posts WHERE workspace_id = $1 AND abs(hashtext(id::text)) % 3 = 2`,
    [stack.workspaceId],
  );
  // Published a month at a time, as the publisher marks them (the trigger writes snapshots and figures rows).
  for (let d = 0; d < opts.days; d += 30) {
    await q(
      `UPDATE posts SET status = 'published' WHERE workspace_id = $1 AND status = 'scheduled'
          AND published_at >= $2::timestamptz + $3::int * interval '1 day'
          AND published_at < $2::timestamptz + least($3::int + 30, $4::int) * interval '1 day'`,
      [stack.workspaceId, start, d, opts.days],
    );
  }
  const inserted = performance.now() - t0;
  // Every snapshot taken, the figures growing with the post's age; each post's latest figures from its last one.
  await q(
    `UPDATE metric_snapshots SET taken_at = due_at,
            impression_count = (200 + (hashtext(post_id::text) & 1023)) * (CASE kind WHEN '1h' THEN 1 WHEN '24h' THEN 3 WHEN '7d' THEN 4 ELSE 5 END),
            like_count = 5 + (hashtext(post_id::text) & 31), retweet_count = 1, reply_count = 1, quote_count = 0,
            bookmark_count = 1, np_impression_count = 500, url_link_clicks = hashtext(post_id::text) & 15,
            user_profile_clicks = 2, engagements = 30
      WHERE workspace_id = $1`,
    [stack.workspaceId],
  );
  await q(
    `UPDATE post_metrics pm SET measured_at = s.taken_at, impressions = s.impression_count, likes = s.like_count,
            reposts = s.retweet_count, replies = s.reply_count, quotes = s.quote_count, bookmarks = s.bookmark_count,
            link_clicks = s.url_link_clicks, engagement_rate = (s.like_count + 3)::float8 / s.impression_count,
            impressions_24h = s.impression_count / 5 * 3
       FROM metric_snapshots s WHERE s.post_id = pm.post_id AND s.kind = '28d' AND pm.workspace_id = $1`,
    [stack.workspaceId],
  );
  await q('VACUUM ANALYZE posts');
  await q('VACUUM ANALYZE post_metrics');
  await q('VACUUM ANALYZE metric_snapshots');
  await q('VACUUM ANALYZE analytics_day_totals');
  for (const p of ['day', 'month'])
    for (const t of [`analytics_${p}s`, `analytics_${p}_hours`, `analytics_${p}_tags`]) await q(`VACUUM ANALYZE ${t}`);
  const counts = (
    await q(
      `SELECT (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM metric_snapshots)::int AS snapshots,
              (SELECT count(*) FROM analytics_days)::int AS days, (SELECT count(*) FROM analytics_day_hours)::int AS hours,
              (SELECT count(*) FROM analytics_day_tags)::int AS tags,
              (SELECT count(*) FROM post_metrics WHERE approval_path <> 'none')::int AS reviewed`,
    )
  ).rows[0] as SeededAnalytics['counts'];
  return { accounts, start, end: opts.end, insertedMs: inserted, counts };
}

/**
 * `requests` GETs of `url` with the owner's token after 5 warm-up ones, each timed from the client (whole body read):
 * the sorted latencies (ms) and the last body.
 */
export async function latencies<T>(
  stack: InboxBenchStack,
  url: string,
  requests: number,
): Promise<{ samples: number[]; body: T }> {
  const one = async () => {
    const t = performance.now();
    const r = await fetch(url, { headers: stack.bearer });
    const body = (await r.json()) as T;
    if (r.status !== 200) throw new Error(`${url}: ${r.status} ${JSON.stringify(body)}`);
    return { ms: performance.now() - t, body };
  };
  for (let i = 0; i < 5; i++) await one();
  const samples: number[] = [];
  let last = (await one()).body;
  for (let i = 0; i < requests; i++) {
    const r = await one();
    samples.push(r.ms);
    last = r.body;
  }
  return { samples: samples.sort((a, b) => a - b), body: last };
}
