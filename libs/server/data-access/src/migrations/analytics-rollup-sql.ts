// The SQL of analytics' triggers (docs/analytics.md, "Reports"), shared by the migrations that create and recreate
// them. Each function takes what changed between migrations as a parameter, so that an older migration keeps writing
// exactly the SQL it wrote when it was made.

/** The figures a post's row carries and the rollups sum. */
const FIGURES = ['impressions', 'likes', 'reposts', 'replies', 'quotes', 'bookmarks', 'link_clicks'];

/** The monthly rollups' `day` (the month's first day) or the daily ones', from a post_metrics row. */
const dayOf = (table: string, row: string) =>
  table.startsWith('analytics_month') ? `date_trunc('month', ${row}.local_day)::date` : `${row}.local_day`;

/**
 * The rollups kept from post_metrics; `groups`: the post_metrics columns (of the same names in the rollup) that key
 * `analytics_days` and `analytics_months` besides the account and the day.
 */
function rollups(groups: readonly string[]) {
  return [
    ...['day', 'month'].flatMap((p) => [
      {
        table: `analytics_${p}s`,
        key: groups.join(', '),
        of: (row: string) => groups.map((g) => `${row}.${g}`).join(', '),
      },
      { table: `analytics_${p}_hours`, key: 'hour', of: (row: string) => `${row}.local_hour` },
      {
        table: `analytics_${p}_tags`,
        key: 'tag',
        of: () => 't.tag',
        from: (row: string) => `FROM unnest(${row}.tags) AS t(tag)`,
      },
    ]),
    { table: 'analytics_day_totals', key: '', of: () => '' },
  ] as { table: string; key: string; of: (row: string) => string; from?: (row: string) => string }[];
}

/**
 * `xp_analytics_rollup()`: each change of a post's latest figures (and its first row) moves its day's and month's
 * rollups by the difference; a post that changed group (its tags or kind edited after publication) leaves its old
 * groups and joins the new ones.
 */
export function rollupFunctionSql(groups: readonly string[], create = 'CREATE'): string {
  const all = rollups(groups);
  const upsert = (row: string, posts: string, value: (c: string) => string) =>
    all
      .map(
        (
          r,
        ) => `INSERT INTO ${r.table} AS r (workspace_id, account_id, day, ${r.key ? `${r.key}, ` : ''}posts, ${FIGURES.join(', ')})
        SELECT ${row}.workspace_id, ${row}.account_id, ${dayOf(r.table, row)}, ${r.key ? `${r.of(row)}, ` : ''}${posts},
               ${FIGURES.map(value).join(', ')} ${r.from?.(row) ?? ''}
        ON CONFLICT (account_id, day${r.key ? `, ${r.key}` : ''}) DO UPDATE SET posts = r.posts + excluded.posts,
          ${FIGURES.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')};`,
      )
      .join('\n');
  const moved = [...groups, 'tags', 'local_day', 'local_hour'];
  return `${create} FUNCTION xp_analytics_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${upsert('NEW', '1', (c) => `NEW.${c}`)}
        ELSIF (${moved.map((c) => `OLD.${c}`).join(', ')})
              IS DISTINCT FROM (${moved.map((c) => `NEW.${c}`).join(', ')}) THEN
          ${upsert('OLD', '-1', (c) => `-OLD.${c}`)}
          ${upsert('NEW', '1', (c) => `NEW.${c}`)}
        ELSE
          ${upsert('NEW', '0', (c) => `NEW.${c} - OLD.${c}`)}
        END IF;
        RETURN NULL;
      END $$`;
}

/** Fills `analytics_days` and `analytics_months` (emptied before) from post_metrics, keyed by `groups`. */
export function rebuildGroupRollupsSql(groups: readonly string[]): string[] {
  return ['analytics_days', 'analytics_months'].map((table) => {
    const day = dayOf(table, 'pm');
    const cols = groups.map((g) => `pm.${g}`).join(', ');
    return `INSERT INTO ${table} (workspace_id, account_id, day, ${groups.join(', ')}, posts, ${FIGURES.join(', ')})
      SELECT pm.workspace_id, pm.account_id, ${day}, ${cols}, count(*), ${FIGURES.map((c) => `sum(pm.${c})`).join(', ')}
        FROM post_metrics pm GROUP BY pm.workspace_id, pm.account_id, ${day}, ${cols}`;
  });
}

/** The four snapshots due after a publication, as rows `k(kind, after)`. */
const DUES = `(VALUES ('1h', interval '1 hour'), ('24h', interval '24 hours'), ('7d', interval '7 days'),
                       ('28d', interval '28 days')) AS k(kind, after)`;

/** The insert of a published post's due snapshots; `post`: its alias; `from`: a FROM list holding it and `k`. */
const snapshotsInsert = (
  post: string,
  from: string,
) => `INSERT INTO metric_snapshots (workspace_id, post_id, account_id, tweet_id, kind, due_at)
        SELECT ${post}.workspace_id, ${post}.id, ${post}.account_id, ${post}.tweet_ids[1], k.kind, ${post}.published_at + k.after
          FROM ${from}
        ON CONFLICT (post_id, kind) DO NOTHING`;

/**
 * The insert of a published post's figures row; `post`: its alias; `from`: a FROM clause holding it and its account
 * `a`; `extra`: more post_metrics columns and the SQL of their values.
 */
function metricsInsert(post: string, from: string, extra: Record<string, string>): string {
  const cols = Object.keys(extra)
    .map((c) => `, ${c}`)
    .join('');
  const values = Object.values(extra)
    .map((v) => `, ${v}`)
    .join('');
  return `INSERT INTO post_metrics (post_id, workspace_id, account_id, published_at, kind, author_id, tags, local_day, local_hour${cols})
        SELECT ${post}.id, ${post}.workspace_id, ${post}.account_id, ${post}.published_at, ${post}.kind, ${post}.author_id, ${post}.tags,
               (${post}.published_at AT TIME ZONE a.timezone)::date, extract(hour FROM ${post}.published_at AT TIME ZONE a.timezone)${values}
          FROM ${from}
        ON CONFLICT (post_id) DO NOTHING`;
}

/**
 * `xp_analytics_post_published()`: a post marked published gets its four due snapshots and its figures row, in the
 * same transaction; `extra`: more post_metrics columns and the SQL of their values (NEW is the post).
 */
export function publishedFunctionSql(create = 'CREATE', extra: Record<string, string> = {}): string {
  return `${create} FUNCTION xp_analytics_post_published() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${snapshotsInsert('NEW', DUES)};
        ${metricsInsert('NEW', 'accounts a WHERE a.id = NEW.account_id', extra)};
        RETURN NULL;
      END $$`;
}

/**
 * `xp_analytics_rollup_inserted()`, a statement trigger on post_metrics' inserts (`new_rows`): the new posts' rows
 * join their day's and month's rollups in one upsert per rollup for the whole statement (grouped first, since one
 * upsert cannot touch a row twice), instead of one per post and rollup.
 */
export function insertedRollupFunctionSql(groups: readonly string[], create = 'CREATE'): string {
  const statements = rollups(groups).map((r) => {
    const day = dayOf(r.table, 'n');
    const key = r.key ? `, ${r.of('n')}` : '';
    return `INSERT INTO ${r.table} AS r (workspace_id, account_id, day, ${r.key ? `${r.key}, ` : ''}posts, ${FIGURES.join(', ')})
        SELECT n.workspace_id, n.account_id, ${day}${key}, count(*), ${FIGURES.map((c) => `sum(n.${c})`).join(', ')}
          FROM new_rows n ${r.from?.('n').replace(/^FROM/, 'CROSS JOIN') ?? ''}
         GROUP BY n.workspace_id, n.account_id, ${day}${key}
        ON CONFLICT (account_id, day${r.key ? `, ${r.key}` : ''}) DO UPDATE SET posts = r.posts + excluded.posts,
          ${FIGURES.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')};`;
  });
  return `${create} FUNCTION xp_analytics_rollup_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${statements.join('\n')}
        RETURN NULL;
      END $$`;
}

/**
 * `xp_analytics_posts_published()`, the statement triggers on posts' inserts and updates (`new_rows`, and `old_rows`
 * on update): the posts that became published in the statement get their four due snapshots and their figures rows
 * in two statements, whatever their number; `extra`: more post_metrics columns and the SQL of their values (`p` is
 * the post).
 */
export function publishedStatementFunctionSql(
  extra: Record<string, string>,
  create = 'CREATE',
  options: { skipUnlessPublished?: boolean } = {},
): string {
  const published = `n.status = 'published' AND n.published_at IS NOT NULL AND cardinality(n.tweet_ids) > 0`;
  // Most updates of posts publish nothing (a claim, a lease renewal, an edit): one cheap look at the rows first.
  const guard = options.skipUnlessPublished
    ? `IF NOT EXISTS (SELECT 1 FROM new_rows n WHERE ${published}) THEN RETURN NULL; END IF;`
    : '';
  // One read of the published rows (a CTE) for both inserts.
  const inserts = (source: string) => `WITH p AS (${source}),
        s AS (${snapshotsInsert('p', `p CROSS JOIN ${DUES}`)})
        ${metricsInsert('p', 'p JOIN accounts a ON a.id = p.account_id', extra)};`;
  return `${create} FUNCTION xp_analytics_posts_published() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${guard}
        IF TG_OP = 'INSERT' THEN
          ${inserts(`SELECT n.* FROM new_rows n WHERE ${published}`)}
        ELSE
          ${inserts(`SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id
                     WHERE ${published} AND o.status IS DISTINCT FROM 'published'`)}
        END IF;
        RETURN NULL;
      END $$`;
}

/** A published post's approval path (`post`: its alias) through `xp_post_approval_path()`. */
export const approvalPathCall = (post: string) => `xp_post_approval_path(${post}.workspace_id, ${post}.id)`;

/**
 * A published post's approval path (`post`: its alias), written out in the statement rather than through
 * `xp_post_approval_path()`: a SQL function with subqueries is not inlined, and is planned again at every call.
 */
export const approvalPathSql = (post: string) => `CASE
          WHEN NOT EXISTS (SELECT 1 FROM approvals ap WHERE ap.post_id = ${post}.id AND ap.workspace_id = ${post}.workspace_id AND ap.valid) THEN 'none'
          WHEN EXISTS (SELECT 1 FROM audit_events e WHERE e.subject_id = ${post}.id::text AND e.action = 'post.request_changes'
                          AND e.subject_type = 'post' AND e.workspace_id = ${post}.workspace_id) THEN 'after_changes'
          ELSE 'first_time' END`;
