import { PublishingService } from '@xp/server/application';
import type { LiveReportDto, LiveSessionDto, PostDto } from '@xp/shared';
import { startAnalyticsStack, type AnalyticsStack } from './support/analytics-stack';
import { addMember, limitMember, registerUser, type SignedIn } from './support/test-api';

/**
 * A live session's report (`GET …/live-sessions/{id}/report`) on the real stack: posts queued in a session on
 * @F1TotalOfficiel, published by the scheduler through the X sandbox (one dropped for lateness), measured an hour
 * later by the snapshot worker, the sandbox's clock standing still between the test's moves so that the figures
 * match to the unit: the totals equal the sandbox's figures of those posts summed, the 10-minute buckets add up to
 * them, the best posts come by impressions. A member scoped to another account, another workspace, an unknown or
 * malformed id: 404.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let standing: AnalyticsStack;
let owner: SignedIn;
let ws: string;
let f1: string;
let session: LiveSessionDto;
let start: number;

const now = () => standing.now();
const moveTo = (at: number) => standing.moveTo(at);
const report = async (who: SignedIn, path = `/api/workspaces/${ws}/live-sessions/${session.id}/report`, code = 200) =>
  (await who.agent.get(path).expect(code)).body as LiveReportDto & { code?: string };

beforeAll(async () => {
  standing = await startAnalyticsStack('Total');
  ({ owner, ws, start } = standing);
  f1 = await standing.account('F1TotalOfficiel');
}, 60_000);

afterAll(async () => {
  await standing?.close();
});

it('sums the sandbox figures of the session’s posts, by 10 minutes, its best posts first', async () => {
  session = (
    await owner.agent
      .post(`/api/workspaces/${ws}/live-sessions`)
      .set('x-csrf-token', owner.csrf)
      .send({
        accountId: f1,
        title: 'Grand Prix de Monaco',
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 2 * HOUR).toISOString(),
      })
      .expect(201)
  ).body;
  const queue = async (text: string, after: number) =>
    (
      await owner.agent
        .post(`/api/workspaces/${ws}/live-sessions/${session.id}/posts`)
        .set('x-csrf-token', owner.csrf)
        .send({ text, scheduledAt: new Date(start + after).toISOString() })
        .expect(201)
    ).body as PostDto;
  // Minutes 1, 12, 14 and 33 published on time; minute 50's is past its minute of allowed lateness when the
  // publisher wakes at 52 (dropped, missed).
  const plan = [
    [`Extinction des feux ! C'est parti à Monaco 🏁 ${'Leclerc garde la tête au premier virage. '.repeat(4)}`, 1],
    ['Tour 10 : Leclerc mène devant Verstappen.', 12],
    ['Arrêt au stand pour Gasly, pneus durs.', 14],
    ['Voiture de sécurité au tour 30 !', 33],
    ['Tour 45 : trop tard.', 50],
  ] as const;
  const queued = [];
  for (const [text, minute] of plan) queued.push(await queue(text, minute * MINUTE));
  expect(queued.every((p) => p.status === 'scheduled')).toBe(true);

  for (const [, minute] of plan) {
    await moveTo(start + (minute === 50 ? 52 : minute) * MINUTE);
    expect(await standing.scheduler.get(PublishingService).markMissed()).toBe(minute === 50 ? 1 : 0);
    await standing.publishDue();
  }
  const posts = await Promise.all(
    queued.map(async (p) => (await owner.agent.get(`/api/workspaces/${ws}/posts/${p.id}`).expect(200)).body as PostDto),
  );
  expect(posts.map((p) => p.status)).toEqual(['published', 'published', 'published', 'published', 'missed']);
  const published = posts.slice(0, 4);

  // Published, not measured yet: counted, no figures.
  const early = await report(owner);
  expect(early.totals).toMatchObject({ posts: 4, measured: 0, impressions: 0, engagementRate: 0 });
  expect(early.measuredAt).toBeNull();

  // An hour after the last publication every post has its +1 h snapshot; the clock then stands still.
  await standing.snapshotAt(new Date(published[3]!.publishedAt!).getTime() + HOUR);
  const x = published.map((p) => ({ post: p, m: standing.sandboxMetrics(p.tweetIds[0]!) }));
  const sum = (f: (m: (typeof x)[number]['m']) => number) => x.reduce((s, { m }) => s + f(m), 0);
  const interactions = (m: (typeof x)[number]['m']) =>
    m.public.like_count +
    m.public.retweet_count +
    m.public.reply_count +
    m.public.quote_count +
    m.public.bookmark_count;

  const r = await report(owner);
  expect(r.session).toMatchObject({ id: session.id, title: 'Grand Prix de Monaco', accountId: f1 });
  expect(r.measuredAt).toBe(new Date(now()).toISOString());
  const impressions = sum((m) => m.public.impression_count);
  expect(impressions).toBeGreaterThan(0);
  expect(r.totals).toEqual({
    posts: 4,
    measured: 4,
    impressions,
    likes: sum((m) => m.public.like_count),
    reposts: sum((m) => m.public.retweet_count),
    replies: sum((m) => m.public.reply_count),
    quotes: sum((m) => m.public.quote_count),
    bookmarks: sum((m) => m.public.bookmark_count),
    linkClicks: sum((m) => m.nonPublic.url_link_clicks),
    engagements: sum(interactions),
    engagementRate: Math.round((sum(interactions) / impressions) * 10_000) / 10_000,
  });

  // Twelve buckets of 10 minutes over the two hours, aligned on UTC's, adding up to the totals.
  expect(r.bucketMinutes).toBe(10);
  const first = Math.floor(start / (10 * MINUTE)) * 10 * MINUTE;
  const starts = r.timeline.map((b) => Date.parse(b.start));
  expect(starts[0]).toBe(first);
  expect(starts.every((t, i) => t === first + i * 10 * MINUTE)).toBe(true);
  expect(starts.length).toBeGreaterThanOrEqual(12);
  for (const k of ['posts', 'impressions', 'engagements'] as const)
    expect(r.timeline.reduce((s, b) => s + b[k], 0)).toBe(r.totals[k]);
  // Each bucket holds the posts published in it, with their sandbox figures.
  const expected = new Map<number, { posts: number; impressions: number; engagements: number }>();
  for (const { post, m } of x) {
    const at = Math.floor(Date.parse(post.publishedAt!) / (10 * MINUTE)) * 10 * MINUTE;
    const b = expected.get(at) ?? { posts: 0, impressions: 0, engagements: 0 };
    expected.set(at, {
      posts: b.posts + 1,
      impressions: b.impressions + m.public.impression_count,
      engagements: b.engagements + interactions(m),
    });
  }
  expect(r.timeline.filter((b) => b.posts > 0)).toEqual(
    [...expected].sort(([a], [b]) => a - b).map(([at, b]) => ({ start: new Date(at).toISOString(), ...b })),
  );

  // The best posts: the four published, most impressions first, with the sandbox's figures; the text cut.
  const best = [...x].sort((a, b) => b.m.public.impression_count - a.m.public.impression_count);
  expect(r.topPosts.map((p) => [p.postId, p.impressions, p.engagements])).toEqual(
    best.map(({ post, m }) => [post.id, m.public.impression_count, interactions(m)]),
  );
  const long = r.topPosts.find((p) => p.postId === published[0]!.id)!;
  expect(Array.from(long.text)).toHaveLength(100);
  expect(long.text.endsWith('…')).toBe(true);
  expect(long.publishedAt).toBe(published[0]!.publishedAt);

  // Publishing: four out on time (published at the minute planned, the clock standing there), one dropped.
  expect(r.publishing).toEqual({
    planned: 5,
    published: 4,
    pending: 0,
    failed: 0,
    missed: 1,
    cancelled: 0,
    medianLatencyMs: 0,
    maxLatencyMs: 0,
  });
}, 120_000);

it('is not found for a member scoped to another account, another workspace, an unknown or malformed id', async () => {
  const careers = await standing.connect('TotalCareers');
  const scoped = await addMember(standing.stack.api, owner, ws, 'manager', 'careers-manager');
  await limitMember(owner, ws, scoped, [careers]);
  expect((await report(scoped, undefined, 404)).code).toBe('LIVE_SESSION_NOT_FOUND');
  // The same member covering the account reads it.
  const viewer = await addMember(standing.stack.api, owner, ws, 'viewer', 'f1-viewer');
  await limitMember(owner, ws, viewer, [f1]);
  expect((await report(viewer)).totals.posts).toBe(4);

  const other = await registerUser(standing.stack.api, 'other-owner', 'Autre agence');
  const otherWs = other.me.workspaces[0]!.id;
  const theirs = await report(other, `/api/workspaces/${otherWs}/live-sessions/${session.id}/report`, 404);
  expect(theirs.code).toBe('LIVE_SESSION_NOT_FOUND');
  expect((await report(other, undefined, 404)).code).toBe('WORKSPACE_NOT_FOUND');

  const unknown = await report(owner, `/api/workspaces/${ws}/live-sessions/${crypto.randomUUID()}/report`, 404);
  expect(unknown.code).toBe('LIVE_SESSION_NOT_FOUND');
  // A malformed id is answered as the session's other endpoints answer it.
  const status = await owner.agent.get(`/api/workspaces/${ws}/live-sessions/not-a-session`);
  const malformed = await owner.agent.get(`/api/workspaces/${ws}/live-sessions/not-a-session/report`);
  expect([malformed.status, malformed.body.code]).toEqual([status.status, status.body.code]);
  expect(malformed.status).toBe(404);
}, 60_000);
