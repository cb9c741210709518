import type { AnalyticsSummaryDto } from '@xp/shared';
import { createBrand, dbRows, registerUser, type SignedIn } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

/**
 * The analytics summary's groups (issue 18), read from each post's figures row: by account, brand, tag, kind,
 * author, and the local day and hour of publication in the account's timezone (Europe/Paris here), with a post's
 * tags and an account's brand followed when they change after publication (the reports read rollups by day).
 */
let stack: Awaited<ReturnType<typeof startApiWithSandbox>>;
let owner: SignedIn;
let ws: string;
let brand: string;
let kindy: string;

const db = <T>(sql: string, params: unknown[]): Promise<T[]> => dbRows<T>(stack.api.databaseUrl, sql, params);
const summary = async (groupBy: string) =>
  (
    (
      await owner.agent
        .get(
          `/api/workspaces/${ws}/analytics/summary?groupBy=${groupBy}&from=2026-02-01T00:00:00Z&to=2026-04-01T00:00:00Z`,
        )
        .expect(200)
    ).body as AnalyticsSummaryDto
  ).items.map((i) => ({ key: i.key, label: i.label, posts: i.posts, impressions: i.impressions }));

/** A post published at `at` (the publisher's trigger makes its figures row), then measured at `impressions`. */
async function published(at: string, kind: string, tags: string[], impressions: number): Promise<string> {
  const [p] = await db<{ id: string }>(
    `INSERT INTO posts (workspace_id, account_id, author_id, status, kind, segments, content_hash, tags, scheduled_at,
                        tweet_ids, published_at, version, created_at, updated_at)
     SELECT $1, $2, m.user_id, 'published', $3, '[{"text":"x","media":[],"poll":null}]'::jsonb, md5($4::text), $5::text[], $4::timestamptz,
            ARRAY[(1e15 + random() * 1e14)::bigint::text], $4::timestamptz, 1, $4::timestamptz, $4::timestamptz
       FROM memberships m WHERE m.workspace_id = $1 LIMIT 1 RETURNING id`,
    [ws, kindy, kind, at, tags],
  );
  await db(
    `INSERT INTO post_revisions (workspace_id, post_id, revision, segments, content_hash, author_id, created_at)
     SELECT workspace_id, id, 1, segments, content_hash, author_id, created_at FROM posts WHERE id = $1`,
    [p!.id],
  );
  await db(`UPDATE post_metrics SET impressions = $2, measured_at = published_at WHERE post_id = $1`, [
    p!.id,
    impressions,
  ]);
  return p!.id;
}

beforeAll(async () => {
  stack = await startApiWithSandbox({ INBOX_POLL_MS: '0', LISTENING_POLL_MS: '0', ANALYTICS_POLL_MS: '0' });
  owner = await registerUser(stack.api, 'Odile', 'Groupe Kindy');
  ws = owner.me.workspaces[0]!.id;
  brand = await createBrand(owner, ws, 'Kindy');
  kindy = await connectAccount(stack.sandbox, owner, ws, brand, 'Kindy');
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

it('groups by account, brand, tag, kind, author, and local day and hour; tags and brand followed after publication', async () => {
  // 23:30 UTC on 1 March is 00:30 on 2 March in Paris; 10:15 UTC on 2 March is 11:15 there.
  const late = await published('2026-03-01T23:30:00Z', 'standard', ['produit', 'noel'], 100);
  await published('2026-03-02T10:15:00Z', 'job_offer', ['recrutement'], 40);
  await published('2026-03-05T10:45:00Z', 'standard', [], 10);
  // Outside the range: never counted.
  await published('2026-01-31T12:00:00Z', 'standard', ['produit'], 1000);

  expect(await summary('account')).toEqual([{ key: kindy, label: 'Kindy', posts: 3, impressions: 150 }]);
  expect(await summary('brand')).toEqual([{ key: brand, label: 'Kindy', posts: 3, impressions: 150 }]);
  expect(await summary('kind')).toEqual([
    { key: 'standard', label: 'standard', posts: 2, impressions: 110 },
    { key: 'job_offer', label: 'job_offer', posts: 1, impressions: 40 },
  ]);
  expect(await summary('tag')).toEqual([
    { key: 'noel', label: 'noel', posts: 1, impressions: 100 },
    { key: 'produit', label: 'produit', posts: 1, impressions: 100 },
    { key: 'recrutement', label: 'recrutement', posts: 1, impressions: 40 },
  ]);
  expect(await summary('author')).toEqual([{ key: owner.me.user.id, label: 'Odile', posts: 3, impressions: 150 }]);
  expect(await summary('day')).toEqual([
    { key: '2026-03-02', label: '2026-03-02', posts: 2, impressions: 140 },
    { key: '2026-03-05', label: '2026-03-05', posts: 1, impressions: 10 },
  ]);
  expect(await summary('hour')).toEqual([
    { key: '0', label: '0', posts: 1, impressions: 100 },
    { key: '11', label: '11', posts: 2, impressions: 50 },
  ]);

  // Tags edited after publication (a campaign tagged afterwards): the post leaves its old tags' groups.
  const post = (await owner.agent.get(`/api/workspaces/${ws}/posts/${late}`).expect(200)).body as { version: number };
  await owner.agent
    .patch(`/api/workspaces/${ws}/posts/${late}`)
    .set('x-csrf-token', owner.csrf)
    .send({ tags: ['soldes'], version: post.version })
    .expect(200);
  expect(await summary('tag')).toEqual([
    { key: 'soldes', label: 'soldes', posts: 1, impressions: 100 },
    { key: 'recrutement', label: 'recrutement', posts: 1, impressions: 40 },
  ]);
  // Figures measured again afterwards land in the new group only.
  await db(`UPDATE post_metrics SET impressions = 130 WHERE post_id = $1`, [late]);
  expect((await summary('tag'))[0]).toEqual({ key: 'soldes', label: 'soldes', posts: 1, impressions: 130 });
  // The account moved to another brand: the brand report follows.
  const other = await createBrand(owner, ws, 'Kindy Sport');
  await db(`UPDATE accounts SET brand_id = $2 WHERE id = $1`, [kindy, other]);
  expect(await summary('brand')).toEqual([{ key: other, label: 'Kindy Sport', posts: 3, impressions: 180 }]);
});
