import { ANALYTICS_APPROVAL_PATHS, type AnalyticsSummaryDto, type PostDto } from '@xp/shared';
import { createDataSource } from '@xp/server/data-access';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the migration itself, run down and up on this data
import { AnalyticsApprovalPath1796453700000 } from '../../../libs/server/data-access/src/migrations/1796453700000-analytics-approval-path';
import { startMeasuredStack } from './support/analytics-stack';
import { addMember, dbRows, type SignedIn } from './support/test-api';

/**
 * The analytics summary by approval path (docs/analytics.md, "Reports"), end to end: posts reviewed through the
 * real endpoints (approved at once; sent back with changes requested, edited, then approved; published without an
 * approval under a policy of 0), published by the scheduler on the X sandbox and measured at +1 h; `groupBy=approval`
 * gives each path its posts and the sandbox's impressions. The migration's backfill (down and up again on these rows)
 * gives the same paths, and its rebuilt rollups the same sums, which are those of the other groupings.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let m: Awaited<ReturnType<typeof startMeasuredStack>>;
let manager: SignedIn;

const act = (who: SignedIn, path: string, body: object = {}, status = 200) =>
  who.agent.post(`/api/workspaces/${m.ws}${path}`).set('x-csrf-token', who.csrf).send(body).expect(status);
const read = async <T>(path: string): Promise<T> =>
  (await m.owner.agent.get(`/api/workspaces/${m.ws}${path}`).expect(200)).body as T;
const db = <T>(sql: string, params: unknown[] = []) => dbRows<T>(m.stack.api.databaseUrl, sql, params);

/** The summary's groups as key → { posts, impressions } (and every label, which is the key for this grouping). */
async function summary(groupBy: string, from: number, to: number) {
  const q = `groupBy=${groupBy}&from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`;
  const { items } = await read<AnalyticsSummaryDto>(`/analytics/summary?${q}`);
  return items;
}
const byKey = (items: AnalyticsSummaryDto['items']) =>
  Object.fromEntries(items.map((i) => [i.key, { label: i.label, posts: i.posts, impressions: i.impressions }]));
const totals = (items: AnalyticsSummaryDto['items']) => ({
  posts: items.reduce((a, i) => a + i.posts, 0),
  impressions: items.reduce((a, i) => a + i.impressions, 0),
  likes: items.reduce((a, i) => a + i.likes, 0),
});

async function setRequiredApprovals(requiredApprovals: 0 | 1): Promise<void> {
  const { version } = await read<{ version: number }>(`/accounts/${m.kindy}`);
  await m.owner.agent
    .patch(`/api/workspaces/${m.ws}/accounts/${m.kindy}`)
    .set('x-csrf-token', m.owner.csrf)
    .send({ approvalPolicy: { requiredApprovals, approverRoles: requiredApprovals ? ['manager'] : [] }, version })
    .expect(200);
}

/** A post by the owner for @Kindy at `at`, submitted for review. */
async function submitted(text: string, at: number): Promise<PostDto> {
  const created = (
    await act(
      m.owner,
      '/posts',
      { accountId: m.kindy, scheduledAt: new Date(at).toISOString(), segments: [{ text }] },
      201,
    )
  ).body as PostDto;
  return (await act(m.owner, `/posts/${created.id}/submit`)).body as PostDto;
}

beforeAll(async () => {
  m = await startMeasuredStack('Groupe Kindy');
  manager = await addMember(m.stack.api, m.owner, m.ws, 'manager');
}, 60_000);

afterAll(async () => {
  await m?.close();
});

let at: number;
const ids: Record<'first' | 'changed' | 'direct' | 'sentBackDirect', string> = {
  first: '',
  changed: '',
  direct: '',
  sentBackDirect: '',
};

it('groups the published posts by approval path, with the sandbox figures', async () => {
  await setRequiredApprovals(1);
  at = m.now() + 10 * 60_000;

  // Approved the first time.
  const first = await submitted('Nouvelle collection printemps', at);
  expect(first.status).toBe('in_review');
  expect((await act(manager, `/posts/${first.id}/approve`, { contentHash: first.contentHash })).body.status).toBe(
    'scheduled',
  );

  // Sent back, rewritten, submitted again, then approved.
  const changed = await submitted('Soldes : -50 % sur tout', at);
  const back = (await act(manager, `/posts/${changed.id}/request-changes`, { comment: 'Précisez les conditions' }))
    .body as PostDto;
  expect(back.status).toBe('changes_requested');
  const edited = (
    await m.owner.agent
      .patch(`/api/workspaces/${m.ws}/posts/${changed.id}`)
      .set('x-csrf-token', m.owner.csrf)
      .send({ segments: [{ text: 'Soldes : -50 % sur la collection hiver, en magasin' }], version: back.version })
      .expect(200)
  ).body as PostDto;
  const again = (await act(m.owner, `/posts/${changed.id}/submit`)).body as PostDto;
  expect(again.status).toBe('in_review');
  expect((await act(manager, `/posts/${changed.id}/approve`, { contentHash: edited.contentHash })).body.status).toBe(
    'scheduled',
  );

  // Sent back, then the account's policy drops to no approval: resubmitted, it is scheduled without one.
  const sentBack = await submitted('Portes ouvertes samedi', at);
  await act(manager, `/posts/${sentBack.id}/request-changes`, { comment: 'Quel magasin ?' });
  await setRequiredApprovals(0);
  expect((await act(m.owner, `/posts/${sentBack.id}/submit`)).body.status).toBe('scheduled');
  // Published without any review.
  const direct = await submitted('Merci pour vos 10 000 abonnements', at);
  expect(direct.status).toBe('scheduled');
  Object.assign(ids, { first: first.id, changed: changed.id, direct: direct.id, sentBackDirect: sentBack.id });

  await m.moveTo(at);
  await m.publishDue();
  const posts = await Promise.all(Object.values(ids).map((id) => read<PostDto>(`/posts/${id}`)));
  expect(posts.map((p) => p.status)).toEqual(['published', 'published', 'published', 'published']);
  await m.moveTo(at + HOUR);
  await m.worker().pollDue();

  const x = Object.fromEntries(
    Object.entries(ids).map(([k, id]) => [
      k,
      m.sandboxMetrics(posts.find((p) => p.id === id)!.tweetIds[0]!).public.impression_count,
    ]),
  ) as Record<keyof typeof ids, number>;
  expect(Object.values(x).every((n) => n > 0)).toBe(true);
  const items = await summary('approval', at - DAY, at + DAY);
  expect(items.map((i) => i.key).sort()).toEqual([...ANALYTICS_APPROVAL_PATHS].sort());
  expect(byKey(items)).toEqual({
    first_time: { label: 'first_time', posts: 1, impressions: x.first },
    after_changes: { label: 'after_changes', posts: 1, impressions: x.changed },
    none: { label: 'none', posts: 2, impressions: x.direct + x.sentBackDirect },
  });
  expect(items.map((i) => i.impressions)).toEqual([...items.map((i) => i.impressions)].sort((a, b) => b - a));
  expect(totals(items)).toEqual(totals(await summary('account', at - DAY, at + DAY)));
}, 120_000);

it('backfills the same paths and rebuilds rollups that sum as the other groupings, down and up again', async () => {
  // Ranges read from post_metrics only (edge days), from the daily rollups, and from the monthly ones.
  const ranges: [number, number][] = [
    [at - HOUR, at + HOUR],
    [at - 5 * DAY, at + 5 * DAY],
    [at - 70 * DAY, at + 70 * DAY],
  ];
  const before = await Promise.all(ranges.map(([from, to]) => summary('approval', from, to)));
  const paths = () =>
    db<{ post_id: string; approval_path: string }>(
      `SELECT post_id, approval_path FROM post_metrics WHERE workspace_id = $1 ORDER BY post_id`,
      [m.ws],
    );
  const expected = Object.entries({
    first: 'first_time',
    changed: 'after_changes',
    direct: 'none',
    sentBackDirect: 'none',
  })
    .map(([k, path]) => ({ post_id: ids[k as keyof typeof ids], approval_path: path }))
    .sort((a, b) => a.post_id.localeCompare(b.post_id));
  expect(await paths()).toEqual(expected);

  const ds = createDataSource({ url: m.stack.api.databaseUrl, poolSize: 1, applicationName: 'approval-path-spec' });
  await ds.initialize();
  try {
    const qr = ds.createQueryRunner();
    const migration = new AnalyticsApprovalPath1796453700000();
    await migration.down(qr);
    const [column] = await db<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'post_metrics' AND column_name = 'approval_path'`,
    );
    expect(column!.n).toBe(0);
    // Down, the other groupings still add up (the rollups rebuilt on the former key).
    expect(totals(await summary('author', ranges[2]![0], ranges[2]![1]))).toEqual(totals(before[2]!));
    await migration.up(qr);
    await qr.release();
  } finally {
    await ds.destroy();
  }
  expect(await paths()).toEqual(expected);
  for (const [i, [from, to]] of ranges.entries()) {
    const after = await summary('approval', from, to);
    expect(after).toEqual(before[i]);
    for (const groupBy of ['account', 'brand', 'kind', 'author', 'day', 'hour'])
      expect({ groupBy, ...totals(await summary(groupBy, from, to)) }).toEqual({ groupBy, ...totals(after) });
  }
  // The rebuilt rollup rows are those the trigger keeps: one per account, day and group.
  const rows = await db<{ approval_path: string; posts: number }>(
    `SELECT approval_path, posts FROM analytics_months WHERE workspace_id = $1 ORDER BY approval_path`,
    [m.ws],
  );
  expect(rows).toEqual([
    { approval_path: 'after_changes', posts: 1 },
    { approval_path: 'first_time', posts: 1 },
    { approval_path: 'none', posts: 2 },
  ]);
});
