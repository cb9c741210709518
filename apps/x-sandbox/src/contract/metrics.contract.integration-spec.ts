import type { Tweetv2FieldsParams, TwitterApi } from 'twitter-api-v2';
import { type SandboxHarness, startSandboxHarness } from '../testing/sandbox-harness';
import { type XClients, xClients } from '../testing/x-clients';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ALL_METRICS: Partial<Tweetv2FieldsParams> = {
  'tweet.fields': ['public_metrics', 'non_public_metrics', 'organic_metrics'],
};
const PRIVATE_FIELDS = [
  'non_public_metrics.impression_count',
  'non_public_metrics.url_link_clicks',
  'non_public_metrics.user_profile_clicks',
  'non_public_metrics.engagements',
  'organic_metrics.impression_count',
  'organic_metrics.like_count',
  'organic_metrics.reply_count',
  'organic_metrics.retweet_count',
  'organic_metrics.url_link_clicks',
  'organic_metrics.user_profile_clicks',
];

describe('metrics: public, non-public and organic, with the owner-token and 30-day rules', () => {
  let h: SandboxHarness;
  let x: XClients;
  let kindy: { client: TwitterApi; id: string };
  let careers: TwitterApi;
  let bearer: TwitterApi;
  let linkPost: string;

  beforeAll(async () => {
    // a clock that stands still between jumps: "the same moment" below is truly the same (the model grows by the ms)
    const start = Date.now();
    h = await startSandboxHarness({ seedDemo: true, clock: { now: () => start } });
    x = xClients(h);
    kindy = await x.user('Kindy');
    careers = (await x.user('TotalCareers')).client;
    bearer = await x.app();
    linkPost = (await kindy.client.v2.tweet('Nouvelle collection https://kindy.example/printemps')).data.id;
    // 90 minutes later (user tokens live 2 hours: later tests connect again)
    await h.admin('POST', '/_sandbox/clock', { advanceMs: 90 * 60_000 });
  });
  afterAll(async () => {
    x.close();
    await h.close();
  });

  it("gives the author's token every metric, grown by the engagement model", async () => {
    const { data, errors } = await kindy.client.v2.singleTweet(linkPost, ALL_METRICS);
    expect(errors).toBeUndefined();
    const pub = data.public_metrics!;
    const np = data.non_public_metrics!;
    expect(pub.impression_count).toBeGreaterThan(100);
    expect(pub.like_count).toBeGreaterThan(0);
    expect(np).toEqual({
      impression_count: pub.impression_count,
      url_link_clicks: expect.any(Number),
      user_profile_clicks: expect.any(Number),
      engagements:
        pub.like_count +
        pub.retweet_count +
        pub.reply_count +
        pub.quote_count +
        (pub.bookmark_count ?? 0) +
        np.url_link_clicks +
        np.user_profile_clicks,
    });
    expect(np.url_link_clicks).toBeGreaterThan(0);
    expect(data.organic_metrics).toEqual({
      impression_count: pub.impression_count,
      like_count: pub.like_count,
      reply_count: pub.reply_count,
      retweet_count: pub.retweet_count,
      url_link_clicks: np.url_link_clicks,
      user_profile_clicks: np.user_profile_clicks,
    });
    // the same moment gives the same numbers; later, more
    expect((await kindy.client.v2.singleTweet(linkPost, ALL_METRICS)).data).toEqual(data);
    await h.admin('POST', '/_sandbox/clock', { advanceMs: 20 * 60_000 });
    const later = await kindy.client.v2.singleTweet(linkPost, ALL_METRICS);
    expect(later.data.public_metrics!.impression_count).toBeGreaterThan(pub.impression_count);
  });

  it('refuses private metrics to another user or an app token: 200, the post left out, one error per field', async () => {
    for (const client of [careers, bearer]) {
      const res = await client.v2.singleTweet(linkPost, ALL_METRICS);
      expect(res.data).toBeUndefined();
      expect(res.errors!.map((e) => (e as { field?: string }).field)).toEqual(PRIVATE_FIELDS);
    }
    const res = await careers.v2.tweets([linkPost], { 'tweet.fields': ['non_public_metrics'] });
    expect(res.errors![0]).toEqual({
      resource_type: 'tweet',
      field: 'non_public_metrics.impression_count',
      parameter: 'id',
      resource_id: linkPost,
      title: 'Field Authorization Error',
      section: 'data',
      detail: `Sorry, you are not authorized to access 'non_public_metrics.impression_count' on the Tweet with id : [${linkPost}].`,
      value: linkPost,
      type: 'https://api.twitter.com/2/problems/not-authorized-for-field',
    });
    const pub = await careers.v2.singleTweet(linkPost, { 'tweet.fields': ['public_metrics'] });
    expect(pub.data.public_metrics!.impression_count).toBeGreaterThan(0);
  });

  it('keeps metrics set by hand exactly, while the others grow', async () => {
    const fixed = (await kindy.client.v2.tweet('Chiffres fixés')).data.id;
    const growing = (await kindy.client.v2.tweet('Chiffres libres')).data.id;
    const put = await h.admin<{ data: { public_metrics: Record<string, number> } }>(
      'PUT',
      `/_sandbox/tweets/${fixed}/metrics`,
      { like_count: 42, impression_count: 1000, non_public_metrics: { url_link_clicks: 7, engagements: 60 } },
    );
    expect(put.status).toBe(200);
    await h.admin('POST', '/_sandbox/clock', { advanceMs: 5 * HOUR });
    kindy = await x.user('Kindy');
    const res = await kindy.client.v2.tweets([fixed, growing], ALL_METRICS);
    expect(res.data[0].public_metrics).toMatchObject({ like_count: 42, impression_count: 1000 });
    expect(res.data[0].non_public_metrics).toMatchObject({
      impression_count: 1000,
      url_link_clicks: 7,
      engagements: 60,
    });
    expect(res.data[1].public_metrics!.impression_count).toBeGreaterThan(1000);
    const listed = await h.admin<{ data: Array<{ id: string; public_metrics: { like_count: number } }> }>(
      'GET',
      '/_sandbox/tweets?username=Kindy',
    );
    expect(listed.body.data.find((t) => t.id === fixed)!.public_metrics.like_count).toBe(42);
    expect((await h.admin('PUT', `/_sandbox/tweets/${fixed}/metrics`, { like_count: -1 })).status).toBe(400);
  });

  it('gives user public metrics: followers as set, posts counted', async () => {
    await h.admin('PATCH', '/_sandbox/users/TotalCareers', { followersCount: 12_345 });
    const u = await bearer.v2.userByUsername('TotalCareers', { 'user.fields': ['public_metrics'] });
    expect(u.data.public_metrics).toEqual({
      followers_count: 12_345,
      following_count: expect.any(Number),
      tweet_count: 0,
      listed_count: 12,
      like_count: expect.any(Number),
    });
    const me = await kindy.client.v2.me({ 'user.fields': ['public_metrics'] });
    expect(me.data.public_metrics).toMatchObject({ followers_count: 310_000, tweet_count: 3 });
  });

  it('refuses private metrics on a post 31 days old, even to its author', async () => {
    await h.admin('POST', '/_sandbox/clock', { advanceMs: 31 * DAY });
    const again = await x.user('Kindy'); // the earlier token expired
    const recent = (await again.client.v2.tweet('Tout frais')).data.id;
    const res = await again.client.v2.tweets([linkPost, recent], ALL_METRICS);
    expect(res.data.map((t) => t.id)).toEqual([recent]);
    expect(res.errors!.map((e) => (e as { resource_id?: string }).resource_id)).toEqual(
      PRIVATE_FIELDS.map(() => linkPost),
    );
    const old = await again.client.v2.singleTweet(linkPost, { 'tweet.fields': ['public_metrics'] });
    expect(old.data.public_metrics!.impression_count).toBeGreaterThan(0);
  });
});
