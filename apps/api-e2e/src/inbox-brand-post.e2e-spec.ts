// The inbox's brand-post lookup (`tweet_ids @> ARRAY[$id]`) on an account with many published posts: the plan uses
// the GIN index IDX_posts_tweet_ids (migration InboxIndexes1796430500000), and it finds the right post.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createWorkspaceFixture, freshDatabaseUrl } from '@xp/server/testing';
import { BRAND_POST_SQL } from '@xp/server/data-access';

const POSTS = 20_000;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

let db: Client;
let ws: string;
let account: string;

beforeAll(async () => {
  const url = await freshDatabaseUrl();
  const fixture = await createWorkspaceFixture(url);
  ws = fixture.workspaceId;
  db = new Client({ connectionString: url });
  await db.connect();
  account = (
    await db.query<{ id: string }>(
      `INSERT INTO accounts (workspace_id, brand_id, x_user_id, handle, name, approval_policy, created_at, updated_at)
       VALUES ($1, $2, '42', 'Kindy', 'Kindy', '{"requiredApprovals":0,"approverRoles":[]}', now(), now()) RETURNING id`,
      [ws, fixture.brandId],
    )
  ).rows[0]!.id;
  // Published threads of two segments (tweet ids 10^15 + 2i and + 2i + 1), and as many drafts without ids.
  await db.query(
    `INSERT INTO posts (id, workspace_id, account_id, author_id, status, kind, segments, content_hash, tweet_ids, published_at, created_at, updated_at)
     SELECT gen_random_uuid(), $1, $2, $3, CASE WHEN g % 2 = 0 THEN 'published' ELSE 'draft' END, 'standard',
            jsonb_build_array(jsonb_build_object('text', 'Post ' || g, 'media', '[]'::jsonb, 'poll', null)), 'h' || g,
            CASE WHEN g % 2 = 0 THEN ARRAY[(1000000000000000 + 2 * g)::text, (1000000000000001 + 2 * g)::text] ELSE '{}' END,
            CASE WHEN g % 2 = 0 THEN now() END, now(), now()
       FROM generate_series(1, $4::int) g`,
    [ws, account, fixture.authorId, POSTS],
  );
  await db.query('ANALYZE posts');
}, 60_000);
afterAll(async () => {
  await db?.end();
});

it('finds the brand post by any of its tweet ids through the GIN index, not by reading the account’s posts', async () => {
  const second = String(1000000000000001 + 2 * 5000);
  const found = await db.query<{ id: string; text: string }>(BRAND_POST_SQL, [ws, account, second]);
  expect(found.rows.map((r) => r.text)).toEqual(['Post 5000']);
  expect((await db.query(BRAND_POST_SQL, [ws, account, '7'])).rows).toEqual([]);
  expect((await db.query(BRAND_POST_SQL, [ws, randomUUID(), second])).rows).toEqual([]);

  const explained = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (FORMAT JSON) ${BRAND_POST_SQL}`, [
    ws,
    account,
    second,
  ]);
  const plan = nodes(explained.rows[0]!['QUERY PLAN'][0].Plan);
  expect(plan.map((n) => n['Index Name']).filter(Boolean)).toContain('IDX_posts_tweet_ids');
  expect(plan.map((n) => n['Node Type'])).not.toContain('Seq Scan');
});
