import { dbRows } from './test-api';

/** A post published at `at` on an account, and what X said of it at +24 h. */
export interface SeededPost {
  at: string;
  impressions: number;
  likes?: number;
}

/**
 * Published posts inserted in one statement, as the publisher leaves them: the migration's trigger writes their
 * snapshot rows and their `post_metrics` row (local day and hour in the account's zone); then each post's +24 h
 * snapshot is taken with `impressions` and `likes`, and its latest figures follow, as the worker stores them.
 */
export async function seedPublishedPosts(
  databaseUrl: string,
  workspaceId: string,
  accountId: string,
  posts: readonly SeededPost[],
): Promise<string[]> {
  const rows = await dbRows<{ id: string; n: string }>(
    databaseUrl,
    `INSERT INTO posts (workspace_id, account_id, author_id, status, kind, segments, content_hash, tags, scheduled_at,
                        tweet_ids, published_at, version, created_at, updated_at)
     SELECT $1, $2, m.user_id, 'published', 'standard',
            jsonb_build_array(jsonb_build_object('text', 'Seed ' || p.n, 'media', '[]'::jsonb, 'poll', null)),
            md5(p.at::text || p.n), '{}', p.at, ARRAY[(2e15 + random() * 1e14)::bigint::text], p.at, 1, p.at, p.at
       FROM unnest($3::timestamptz[]) WITH ORDINALITY AS p(at, n),
            (SELECT user_id FROM memberships WHERE workspace_id = $1 LIMIT 1) AS m
     RETURNING id, substr(segments->0->>'text', 6) AS n`,
    [workspaceId, accountId, posts.map((p) => p.at)],
  );
  const ids = [...rows].sort((a, b) => Number(a.n) - Number(b.n));
  await dbRows(
    databaseUrl,
    `UPDATE metric_snapshots s SET taken_at = s.due_at, impression_count = f.impressions, like_count = f.likes,
            retweet_count = 0, reply_count = 0, quote_count = 0, bookmark_count = 0
       FROM unnest($1::uuid[], $2::int[], $3::int[]) AS f(post_id, impressions, likes)
      WHERE s.post_id = f.post_id AND s.kind = '24h'`,
    [ids.map((r) => r.id), posts.map((p) => p.impressions), posts.map((p) => p.likes ?? 0)],
  );
  await dbRows(
    databaseUrl,
    `UPDATE post_metrics pm SET measured_at = s.taken_at, impressions = s.impression_count, likes = s.like_count,
            impressions_24h = s.impression_count
       FROM metric_snapshots s WHERE s.post_id = pm.post_id AND s.kind = '24h' AND pm.post_id = ANY($1::uuid[])`,
    [ids.map((r) => r.id)],
  );
  return ids.map((r) => r.id);
}
