import type { JobOfferClicksReportDto, PostDto, SelfPromotionReportDto } from '@xp/shared';
import { startAnalyticsStack, type AnalyticsStack } from './support/analytics-stack';
import { addMember, limitMember, registerUser } from './support/test-api';

/**
 * Two analytics reports over HTTP against the X sandbox (docs/analytics.md): the self-promotion actually published
 * by each account against its brand charter's limit (the charter's own classification: its tags or a promotional
 * text), with the worst window of consecutive posts; and each job offer's posts' link clicks, equal to the
 * sandbox's non-public `url_link_clicks` read by the snapshot worker.
 */
const HOUR = 3_600_000;
let s: AnalyticsStack;
let kindy: string;
let careers: string;
const kindyPosts: PostDto[] = [];
const offers: { id: string; title: string; tweetIds: string[] }[] = [];

const get = async <T>(path: string, expect = 200): Promise<T> =>
  (await s.owner.agent.get(`/api/workspaces/${s.ws}${path}`).expect(expect)).body as T;
const iso = (t: number) => new Date(t).toISOString();

/** A post for `accountId`, published by the scheduler a minute from now. */
async function publish(accountId: string, text: string, tags: string[] = []): Promise<PostDto> {
  const created = await s.send<PostDto>(
    'post',
    '/posts',
    { accountId, scheduledAt: iso(s.now() + 60_000), segments: [{ text }], tags },
    201,
  );
  await s.send('post', `/posts/${created.id}/submit`, {}, 200);
  await s.publishNext();
  const post = await get<PostDto>(`/posts/${created.id}`);
  expect(post.status).toBe('published');
  return post;
}

beforeAll(async () => {
  s = await startAnalyticsStack('Kindy');
  kindy = await s.account('Kindy');
  careers = await s.account('TotalCareers');
  // @Kindy: 11 posts, self-promotional at positions 1 (tagged), 5 (a promo code, untagged) and 9 (another tag):
  // 3 within 10 consecutive posts, above the default charter's 2 (a warning only, so they were published).
  for (let i = 0; i < 11; i++) {
    const post =
      i === 1
        ? await publish(kindy, 'La nouvelle collection est là', ['autopromo'])
        : i === 5
          ? await publish(kindy, 'Code promo KINDY10 ce week-end sur le site')
          : i === 9
            ? await publish(kindy, 'Notre boutique de Lyon ouvre', ['mode', 'SelfPromo'])
            : await publish(kindy, `Coulisses, épisode ${i}`, ['coulisses']);
    kindyPosts.push(post);
  }
  // @TotalCareers: two job offers, one posted in French and English, the other in French.
  for (const [title, languages] of [
    ['Ingénieure données', ['fr', 'en']],
    ['Vendeur conseil', ['fr']],
  ] as const) {
    const offer = await s.send<{ id: string; posts: PostDto[] }>(
      'post',
      '/job-offers',
      {
        accountId: careers,
        title,
        location: 'Paris',
        contractType: 'cdi',
        url: `https://careers.kindy.example/jobs/${offers.length + 1}`,
        hashtags: ['Recrutement'],
        titleEn: 'Data engineer',
        generate: { languages, scheduledAt: iso(s.now() + 60_000), submit: true },
      },
      201,
    );
    await s.publishNext();
    const posts = (await get<{ posts: { status: string; tweetIds: string[] }[] }>(`/job-offers/${offer.id}`)).posts;
    expect(posts.map((p) => p.status)).toEqual(languages.map(() => 'published'));
    offers.push({ id: offer.id, title, tweetIds: posts.flatMap((p) => p.tweetIds) });
  }
  // The worker reads every post at its +24 h age (and the clock stands still afterwards).
  await s.snapshotAt(s.now() + 24 * HOUR);
}, 180_000);

afterAll(async () => {
  await s?.close();
});

const whole = () => `from=${iso(Date.parse(kindyPosts[0]!.publishedAt!) - HOUR)}&to=${iso(s.now() + 1)}`;

it('counts the self-promotional posts published per account, the worst window against the charter, exceeded', async () => {
  const { items } = await get<SelfPromotionReportDto>(`/analytics/self-promotion?${whole()}`);
  expect(items).toEqual([
    {
      accountId: kindy,
      handle: 'Kindy',
      posts: 11,
      selfPromotional: 3,
      ratio: 0.2727,
      limit: { max: 2, window: 10, ratio: 0.2, enabled: true },
      worstWindow: 3,
      exceeded: true,
    },
    {
      accountId: careers,
      handle: 'TotalCareers',
      posts: 3,
      selfPromotional: 0,
      ratio: 0,
      limit: { max: 2, window: 10, ratio: 0.2, enabled: true },
      worstWindow: 0,
      exceeded: false,
    },
  ]);

  // Posts 1 to 5 only (the range by publication time): 2 self-promotional in 5, within the limit.
  const part = `from=${kindyPosts[1]!.publishedAt}&to=${iso(Date.parse(kindyPosts[5]!.publishedAt!) + 1)}`;
  expect((await get<SelfPromotionReportDto>(`/analytics/self-promotion?${part}`)).items).toEqual([
    expect.objectContaining({
      accountId: kindy,
      posts: 5,
      selfPromotional: 2,
      ratio: 0.4,
      worstWindow: 2,
      exceeded: false,
    }),
  ]);
  // One account asked for.
  expect(
    (await get<SelfPromotionReportDto>(`/analytics/self-promotion?${whole()}&accountId=${careers}`)).items.map(
      (i) => i.accountId,
    ),
  ).toEqual([careers]);

  // The brand's charter raised to 3 in 10 afterwards: the same posts are now within today's limit.
  await s.send(
    'put',
    `/brands/${s.brandId}/charter`,
    { charter: { selfPromotion: { maxPerWindow: 3 } }, version: null },
    200,
  );
  const after = (await get<SelfPromotionReportDto>(`/analytics/self-promotion?${whole()}`)).items[0]!;
  expect(after).toMatchObject({
    limit: { max: 3, window: 10, ratio: 0.3, enabled: true },
    worstWindow: 3,
    exceeded: false,
  });
  await s.send('put', `/brands/${s.brandId}/charter`, { charter: {}, version: 1 }, 200);
});

it('sums each job offer’s posts: impressions, and link clicks equal to the sandbox’s url_link_clicks', async () => {
  const { items } = await get<JobOfferClicksReportDto>(`/analytics/job-offers?${whole()}`);
  const expected = offers.map((o) => {
    const x = o.tweetIds.map((id) => s.sandboxMetrics(id));
    const sum = (f: (m: (typeof x)[number]) => number) => x.reduce((a, m) => a + f(m), 0);
    const impressions = sum((m) => m.public.impression_count);
    const interactions = sum(
      (m) =>
        m.public.like_count +
        m.public.retweet_count +
        m.public.reply_count +
        m.public.quote_count +
        m.public.bookmark_count,
    );
    const linkClicks = sum((m) => m.nonPublic.url_link_clicks);
    return {
      jobOfferId: o.id,
      title: o.title,
      posts: o.tweetIds.length,
      impressions,
      linkClicks,
      engagementRate: Math.round((interactions / impressions) * 10_000) / 10_000,
      clickRate: Math.round((linkClicks / impressions) * 100_000) / 100,
    };
  });
  // Links were clicked (the sandbox's model: about 1 % of the impressions of a post with a link).
  expect(expected.every((e) => e.impressions > 0 && e.linkClicks > 0)).toBe(true);
  expect(items).toEqual([...expected].sort((a, b) => b.linkClicks - a.linkClicks || b.impressions - a.impressions));
  // Before the offers' posts were published: none.
  const before = `from=${iso(Date.parse(kindyPosts[0]!.publishedAt!) - HOUR)}&to=${kindyPosts[10]!.publishedAt}`;
  expect((await get<JobOfferClicksReportDto>(`/analytics/job-offers?${before}`)).items).toEqual([]);
});

it('shows a member only the accounts of their scope, and answers bad input with 400', async () => {
  const member = await addMember(s.stack.api, s.owner, s.ws, 'editor');
  await limitMember(s.owner, s.ws, member, [kindy]);
  const read = async <T>(path: string, status = 200) =>
    (await member.agent.get(`/api/workspaces/${s.ws}/analytics/${path}`).expect(status)).body as T;
  expect((await read<SelfPromotionReportDto>(`self-promotion?${whole()}`)).items.map((i) => i.accountId)).toEqual([
    kindy,
  ]);
  expect((await read<JobOfferClicksReportDto>(`job-offers?${whole()}`)).items).toEqual([]);
  for (const report of ['self-promotion', 'job-offers']) {
    expect((await read<{ code: string }>(`${report}?accountId=${careers}`, 400)).code).toBe('ACCOUNT_NOT_FOUND');
    const bad = async (q: string, field?: string) => {
      const r = await get<{ statusCode: number; code: string; details?: { field?: string }[] }>(
        `/analytics/${report}?${q}`,
        400,
      );
      expect(r).toMatchObject({ statusCode: 400, code: expect.any(String) });
      if (field) expect(r.details?.map((d) => d.field)).toContain(field);
    };
    await bad('from=2026-03-02T10:00:00Z&to=2026-03-01T10:00:00Z', 'to');
    await bad('from=2024-01-01T00:00:00Z&to=2026-03-01T00:00:00Z', 'to');
    await bad('from=yesterday', 'from');
    await bad('to=2026-02-30T00:00:00Z', 'to');
    await bad('accountId=nope', 'accountId');
    await bad('groupBy=account');
  }
  // Another workspace sees nothing of these.
  const stranger = await registerUser(s.stack.api, 'stranger', 'Ailleurs');
  await stranger.agent.get(`/api/workspaces/${s.ws}/analytics/self-promotion`).expect(404);
  const theirs = stranger.me.workspaces[0]!.id;
  expect((await stranger.agent.get(`/api/workspaces/${theirs}/analytics/job-offers`).expect(200)).body).toEqual({
    items: [],
  });
});
