import type { INestApplication } from '@nestjs/common';
import { SnapshotWorkerService } from '@xp/server/application';
import type {
  AnalyticsPostPageDto,
  AnalyticsSummaryDto,
  AnalyticsUsageDto,
  MetricSnapshotDto,
  PostDto,
} from '@xp/shared';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { metricsOf } from '@xp/x-sandbox';
import { addMember, dbRows, registerUser, type SignedIn } from './support/test-api';
import { startStandingStack, withoutApprovals, type StandingStack } from './support/standing-clock';
import { connectAccount, sandboxData } from './support/x-stack';

/**
 * Analytics end to end (issue 18), over HTTP against the real X sandbox, whose clock stands still between the
 * test's moves so that figures can match to the unit: a post published, the clock moved to +1 h, +24 h, +7 d and
 * +28 d with the worker run at each: four snapshots, equal to the sandbox's metrics at those moments, non-public
 * ones while the post is under 30 days old and none on a snapshot taken after; the usage figure equals the
 * sandbox's usage ledger.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let standing: StandingStack;
let stack: StandingStack['stack'];
let scheduler: INestApplication;
let ws: string;
let owner: SignedIn;
let kindy: string;
const start = Date.now();

const sandbox = <T = Record<string, unknown>>(path: string, body?: unknown): Promise<T> =>
  sandboxData<T>(stack.sandbox, path, body);
const now = () => stack.api.clock.now().getTime();
const moveTo = (at: number) => standing.moveTo(at);
const get = async <T>(path: string, expect = 200): Promise<T> =>
  (await owner.agent.get(`/api/workspaces/${ws}${path}`).expect(expect)).body as T;
const worker = () => scheduler.get(SnapshotWorkerService);

const db = <T>(sql: string, params: unknown[]): Promise<T[]> => dbRows<T>(stack.api.databaseUrl, sql, params);

/** A post for @Kindy, published by the scheduler a minute from now. */
async function publish(text: string): Promise<PostDto> {
  const created = (
    await owner.agent
      .post(`/api/workspaces/${ws}/posts`)
      .set('x-csrf-token', owner.csrf)
      .send({ accountId: kindy, scheduledAt: new Date(now() + 60_000).toISOString(), segments: [{ text }] })
      .expect(201)
  ).body as PostDto;
  await owner.agent
    .post(`/api/workspaces/${ws}/posts/${created.id}/submit`)
    .set('x-csrf-token', owner.csrf)
    .expect(200);
  await moveTo(now() + 60_000);
  await standing.publishDue();
  const post = await get<PostDto>(`/posts/${created.id}`);
  expect(post.status).toBe('published');
  return post;
}

/** What the sandbox says of a tweet now (its clock stands still: the same as when the worker read it). */
function sandboxMetrics(tweetId: string) {
  const ctx = stack.sandbox.context;
  return metricsOf(ctx, ctx.state.tweets.get(tweetId)!);
}

beforeAll(async () => {
  // The worker on the API's clock, driven by hand (not initialised: no timers of its own).
  standing = await startStandingStack(start);
  ({ stack, scheduler } = standing);
  owner = await registerUser(stack.api, 'owner', 'Groupe Kindy');
  ws = owner.me.workspaces[0]!.id;
  const brand = (
    await owner.agent.post(`/api/workspaces/${ws}/brands`).set('x-csrf-token', owner.csrf).send({ name: 'Kindy' })
  ).body.id as string;
  kindy = await connectAccount(stack.sandbox, owner, ws, brand, 'Kindy');
  await withoutApprovals(owner, ws, kindy);
}, 60_000);

afterAll(async () => {
  await standing?.close();
});

it('snapshots a published post at +1 h, +24 h, +7 d and +28 d, as the sandbox counts, and bills what X bills', async () => {
  // An older post, three days ahead: its +28 d snapshot is taken late (day 31), without the non-public metrics.
  const older = await publish('Les coulisses de la collection printemps');
  await moveTo(now() + 3 * DAY);
  const post = await publish('Nouvelle collection : https://kindy.example/printemps');
  const published = new Date(post.publishedAt!).getTime();

  // The four due rows were written with the post's publication.
  const due = await db<{ kind: string; due_at: Date }>(
    `SELECT kind, due_at FROM metric_snapshots WHERE post_id = $1 ORDER BY due_at`,
    [post.id],
  );
  expect(due.map((d) => [d.kind, d.due_at.getTime() - published])).toEqual([
    ['1h', HOUR],
    ['24h', DAY],
    ['7d', 7 * DAY],
    ['28d', 28 * DAY],
  ]);

  const taken: MetricSnapshotDto[] = [];
  for (const [kind, after] of [
    ['1h', HOUR],
    ['24h', DAY],
    ['7d', 7 * DAY],
    ['28d', 28 * DAY],
  ] as const) {
    await moveTo(published + after);
    await worker().pollDue();
    const items = (await get<{ items: MetricSnapshotDto[] }>(`/posts/${post.id}/metrics`)).items;
    expect(items).toHaveLength(taken.length + 1);
    const last = items[items.length - 1]!;
    const x = sandboxMetrics(post.tweetIds[0]!);
    expect(last).toEqual({
      at: new Date(published + after).toISOString(),
      kind,
      public: x.public,
      nonPublic: x.nonPublic,
    });
    taken.push(last);
  }
  // The figures grew from one snapshot to the next, as the sandbox's engagement model makes them.
  const impressions = taken.map((t) => t.public.impression_count);
  expect([...impressions].sort((a, b) => a - b)).toEqual(impressions);
  expect(impressions[0]).toBeGreaterThan(0);
  expect(taken.every((t) => t.nonPublic !== null && t.nonPublic.url_link_clicks > 0)).toBe(true);

  // The older post: its +28 d snapshot read on its 31st day, public only.
  const olderItems = (await get<{ items: MetricSnapshotDto[] }>(`/posts/${older.id}/metrics`)).items;
  expect(olderItems.map((i) => i.kind)).toEqual(['1h', '24h', '7d', '28d']);
  const late = olderItems[3]!;
  expect(late.nonPublic).toBeNull();
  expect(late.public).toEqual(sandboxMetrics(older.tweetIds[0]!).public);
  expect(olderItems.slice(0, 3).every((i) => i.nonPublic !== null)).toBe(true);

  // No snapshot is taken twice: one more pass reads nothing.
  const requests = async () =>
    (await sandbox<{ method: string; url: string }[]>('/_sandbox/requests')).filter(
      (r) => r.method === 'GET' && r.url.startsWith('/2/tweets?'),
    ).length;
  const before = await requests();
  expect(await worker().takeDue()).toBe(0);
  expect(await requests()).toBe(before);

  // Usage: what the product counted equals the sandbox's ledger for the same reads.
  const ledger = await sandbox<{
    byEndpoint: Record<string, { requests: number; postReads: number; costUsd: number }>;
  }>('/_sandbox/usage?clientId=xp-test');
  const tweets = ledger.byEndpoint['GET /2/tweets']!;
  const users = ledger.byEndpoint['GET /2/users/:id']!;
  const months = new Set<string>();
  for (let t = start; t <= now() + DAY; t += DAY) months.add(new Date(t).toISOString().slice(0, 7));
  const usage = await Promise.all([...months].map((m) => get<AnalyticsUsageDto>(`/analytics/usage?month=${m}`)));
  const sum = (f: (u: AnalyticsUsageDto) => number) => usage.reduce((a, u) => a + f(u), 0);
  expect(sum((u) => u.postReads)).toBe(tweets.postReads);
  expect(sum((u) => u.userReads)).toBe(users.requests);
  expect(Math.round(sum((u) => u.costUsd) * 1e6)).toBe(Math.round((tweets.costUsd + users.costUsd) * 1e6));
  expect(usage[usage.length - 1]!.budgetUsd).toBe(50);

  // The reports: the posts list and the summary by account carry the latest figures.
  const list = await get<AnalyticsPostPageDto>(
    `/analytics/posts?from=${new Date(published - 10 * DAY).toISOString()}&to=${new Date(now()).toISOString()}`,
  );
  expect(list.items.map((i) => i.postId).sort()).toEqual([post.id, older.id].sort());
  expect(list.items.find((i) => i.postId === post.id)).toMatchObject({
    impressions: taken[3]!.public.impression_count,
    likes: taken[3]!.public.like_count,
  });
  const summary = await get<AnalyticsSummaryDto>(
    `/analytics/summary?groupBy=account&from=${new Date(published - 10 * DAY).toISOString()}&to=${new Date(now()).toISOString()}`,
  );
  expect(summary.items).toHaveLength(1);
  expect(summary.items[0]).toMatchObject({
    key: kindy,
    label: 'Kindy',
    posts: 2,
    impressions: taken[3]!.public.impression_count + late.public.impression_count,
  });
}, 120_000);

const usageOf = (month: string) => get<AnalyticsUsageDto>(`/analytics/usage?month=${month}`);
const monthOf = (t: number) => new Date(t).toISOString().slice(0, 7);
const tweetReads = async () =>
  (await sandbox<{ method: string; url: string }[]>('/_sandbox/requests')).filter(
    (r) => r.method === 'GET' && r.url.startsWith('/2/tweets?'),
  ).length;

it('keeps within a budget set below the need, thinning the snapshots out, and reads nothing of an account turned off', async () => {
  // A budget that leaves room for 20 post reads this month, and 30 posts to measure.
  const month = monthOf(now());
  const spent = (await usageOf(month)).costUsd;
  const budgetUsd = Math.round((spent + 0.1) * 1e6) / 1e6;
  await owner.agent
    .patch(`/api/workspaces/${ws}/analytics/settings`)
    .set('x-csrf-token', owner.csrf)
    .send({ monthlyBudgetUsd: budgetUsd })
    .expect(200);
  const posts: PostDto[] = [];
  for (let i = 0; i < 30; i++) posts.push(await publish(`Sélection du jour n°${i + 1}`));
  const first = new Date(posts[0]!.publishedAt!).getTime();
  const before = await usageOf(month);
  expect(before.projectedUsd).toBeGreaterThan(budgetUsd);
  expect(before.thinning.level).not.toBe('none');
  expect(before.thinning.messageCode).toMatch(/^ANALYTICS_THINNING_/);

  for (const after of [HOUR, DAY, 7 * DAY, 28 * DAY]) {
    await moveTo(first + after + 30 * 60_000);
    await worker().pollDue();
    for (const m of new Set([month, monthOf(now())])) {
      const u = await usageOf(m);
      expect(u.costUsd).toBeLessThanOrEqual(u.budgetUsd);
    }
  }
  const u = await usageOf(month);
  expect(u.thinning.skipped).toBeGreaterThan(0);
  // Every snapshot was either taken or left out, none is still waiting.
  const waiting = await db<{ n: number }>(
    `SELECT count(*)::int AS n FROM metric_snapshots WHERE post_id = ANY($1::uuid[]) AND taken_at IS NULL AND skipped IS NULL`,
    [posts.map((p) => p.id)],
  );
  expect(waiting[0]!.n).toBe(0);

  // Analytics off for @Kindy: a post published now is never read.
  await owner.agent
    .patch(`/api/workspaces/${ws}/analytics/settings`)
    .set('x-csrf-token', owner.csrf)
    .send({ monthlyBudgetUsd: 50, accounts: [{ accountId: kindy, enabled: false }] })
    .expect(200);
  const quiet = await publish('Sans mesure');
  const reads = await tweetReads();
  await moveTo(new Date(quiet.publishedAt!).getTime() + 2 * DAY);
  await worker().pollDue();
  expect(await tweetReads()).toBe(reads);
  expect((await get<{ items: unknown[] }>(`/posts/${quiet.id}/metrics`)).items).toEqual([]);
  const settings = await get<{ accounts: { accountId: string; enabled: boolean }[] }>('/analytics/settings');
  expect(settings.accounts).toEqual([{ accountId: kindy, handle: 'Kindy', enabled: false }]);
}, 120_000);

it('answers bad input with 400 in the one error format, other roles and tenants as the rest of the API', async () => {
  const bad = async (path: string, field?: string) => {
    const r = await get<{ statusCode: number; code: string; message: string; details?: { field?: string }[] }>(
      path,
      400,
    );
    expect(r).toMatchObject({ statusCode: 400, code: expect.any(String), message: expect.any(String) });
    if (field) expect(r.details?.map((d) => d.field)).toContain(field);
    return r;
  };
  await bad('/analytics/summary?groupBy=weekday', 'groupBy');
  await bad('/analytics/summary?from=2026-03-02T10:00:00Z&to=2026-03-01T10:00:00Z', 'to');
  await bad('/analytics/summary?from=2024-01-01T00:00:00Z&to=2026-03-01T00:00:00Z', 'to');
  await bad('/analytics/summary?from=yesterday', 'from');
  expect((await bad('/analytics/summary?accountId=6f1c2a4e-8a55-4b8e-9d7e-0a4c5e3b2f10', 'accountId')).code).toBe(
    'ACCOUNT_NOT_FOUND',
  );
  await bad('/analytics/posts?sort=likes', 'sort');
  await bad('/analytics/posts?limit=0', 'limit');
  await bad('/analytics/posts?cursor=nope', 'cursor');
  await bad('/analytics/usage?month=2026-13', 'month');
  await bad('/analytics/summary?unknown=1');
  const patch = (who: SignedIn, body: unknown) =>
    who.agent
      .patch(`/api/workspaces/${ws}/analytics/settings`)
      .set('x-csrf-token', who.csrf)
      .send(body as object);
  await patch(owner, {}).expect(400);
  await patch(owner, { monthlyBudgetUsd: -1 }).expect(400);
  await patch(owner, { accounts: [{ accountId: '6f1c2a4e-8a55-4b8e-9d7e-0a4c5e3b2f10', enabled: true }] }).expect(400);

  // Editors read the reports but do not spend the budget; another workspace sees nothing of these posts.
  const editor = await addMember(stack.api, owner, ws, 'editor');
  await editor.agent.get(`/api/workspaces/${ws}/analytics/usage`).expect(200);
  await patch(editor, { monthlyBudgetUsd: 1000 }).expect(403);
  const stranger = await registerUser(stack.api, 'stranger', 'Ailleurs');
  const [someone] = await db<{ id: string }>(`SELECT post_id AS id FROM metric_snapshots LIMIT 1`, []);
  await stranger.agent.get(`/api/workspaces/${ws}/analytics/summary`).expect(404);
  const theirs = stranger.me.workspaces[0]!.id;
  await stranger.agent.get(`/api/workspaces/${theirs}/posts/${someone!.id}/metrics`).expect(404);
  expect((await stranger.agent.get(`/api/workspaces/${theirs}/analytics/summary`).expect(200)).body).toEqual({
    items: [],
  });
});

it('sums whole months and days from the rollups and the partial days at the range ends from the posts, to the same totals', async () => {
  const [span] = await db<{ lo: Date; hi: Date }>(
    `SELECT min(published_at) AS lo, max(published_at) AS hi FROM post_metrics WHERE workspace_id = $1`,
    [ws],
  );
  const lo = span!.lo.getTime();
  const hi = span!.hi.getTime();
  const ranges: [number, number][] = [
    [lo - DAY, hi + DAY],
    [lo + 1, hi],
    [lo + (hi - lo) / 3, hi + 1],
    [lo - 7 * HOUR, lo + (hi - lo) / 2],
    [hi - 3 * HOUR, hi + 1],
    // whole months inside (the monthly rollup), from a month's first instant in UTC and from the middle of a day
    [Date.UTC(new Date(lo).getUTCFullYear(), new Date(lo).getUTCMonth() - 1, 1), hi + 40 * DAY],
    [lo - 40 * DAY + 5 * HOUR, hi + 40 * DAY],
  ];
  for (const [from, to] of ranges) {
    const [expected] = await db<{ posts: number; impressions: number }>(
      `SELECT count(*)::int AS posts, coalesce(sum(impressions), 0)::int AS impressions FROM post_metrics
        WHERE workspace_id = $1 AND published_at >= $2 AND published_at < $3`,
      [ws, new Date(from), new Date(to)],
    );
    for (const groupBy of ['account', 'brand', 'kind', 'author', 'day', 'hour']) {
      const q = `from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}&groupBy=${groupBy}`;
      const { items } = await get<AnalyticsSummaryDto>(`/analytics/summary?${q}`);
      expect({
        groupBy,
        posts: items.reduce((a, i) => a + i.posts, 0),
        impressions: items.reduce((a, i) => a + i.impressions, 0),
      }).toEqual({ groupBy, ...expected });
    }
  }
});
