import * as http from 'node:http';
import { ApiResponseError, TwitterApi } from 'twitter-api-v2';
import { RetargetPlugin, XApiClient } from '@xp/server/x-api';
import { connectAccount, type SandboxHarness, startSandboxHarness } from '../testing/sandbox-harness';
import { snowflakeTime } from '../snowflake';

const REDIRECT = 'http://localhost:3000/api/oauth/x/callback';

interface AdminTweet {
  id: string;
  text: string;
  username: string;
  created_at: string;
  in_reply_to_tweet_id: string | null;
  media_ids: string[];
}

describe('POST/DELETE/GET tweets through the adapter and twitter-api-v2', () => {
  let h: SandboxHarness;
  let agent: http.Agent;
  let x: XApiClient;
  let kindy: { accessToken: string };
  let kindyId: string;
  let careers: { accessToken: string };
  let rawKindy: TwitterApi;

  beforeAll(async () => {
    h = await startSandboxHarness({ seedDemo: true });
    agent = new http.Agent({ keepAlive: true });
    x = new XApiClient({ clientId: 'xp-demo-client', clientSecret: 'xp-demo-secret', baseUrl: h.url, agent });
    const k = await connectAccount(h, x, REDIRECT, 'Kindy');
    kindy = { accessToken: k.tokens.accessToken };
    kindyId = k.user.id;
    careers = { accessToken: (await connectAccount(h, x, REDIRECT, 'TotalCareers')).tokens.accessToken };
    rawKindy = new TwitterApi(kindy.accessToken, { plugins: [new RetargetPlugin(h.url, agent)], httpAgent: agent });
  });
  afterAll(async () => {
    x.close();
    agent.destroy();
    await h.close();
  });

  const adminTweets = async (username: string) =>
    (await h.admin<{ data: AdminTweet[] }>('GET', `/_sandbox/tweets?username=${username}`)).body.data;

  it('publishes a tweet: 201 with a snowflake id, rate-limit headers, stored with created_at', async () => {
    const before = Date.now();
    const r = await x.publishTweet(kindy, { text: 'Nouvelle collection 🌸 https://kindy.example/printemps' });
    expect(r.kind).toBe('published');
    if (r.kind !== 'published') return;
    expect(r.tweetId).toMatch(/^[0-9]{18,19}$/);
    expect(Math.abs(snowflakeTime(r.tweetId) - before)).toBeLessThan(5000);
    expect(r.rateLimit).toMatchObject({ limit: 100, remaining: 99 });
    expect(r.rateLimit!.day).toMatchObject({ limit: 10000 });
    const stored = await adminTweets('Kindy');
    expect(stored.at(-1)).toEqual({
      id: r.tweetId,
      text: 'Nouvelle collection 🌸 https://kindy.example/printemps',
      username: 'Kindy',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      in_reply_to_tweet_id: null,
      media_ids: [],
      public_metrics: expect.objectContaining({ impression_count: expect.any(Number) }),
    });
    expect(await x.getRateLimit(kindy, 'POST', 'tweets')).toMatchObject({ limit: 100, remaining: 99 });
    const raw = await rawKindy.v2.tweet('raw client tweet');
    expect(raw.data).toEqual({
      id: expect.stringMatching(/^\d+$/),
      text: 'raw client tweet',
      edit_history_tweet_ids: [raw.data.id],
    });
  });

  it("refuses duplicate content with X's exact 403, flagged duplicate", async () => {
    expect((await x.publishTweet(careers, { text: 'Nous recrutons !' })).kind).toBe('published');
    const dup = await x.publishTweet(careers, { text: 'Nous recrutons !' });
    expect(dup).toMatchObject({
      kind: 'rejected',
      status: 403,
      duplicate: true,
      detail: 'You are not allowed to create a Tweet with duplicate content.',
    });
    try {
      await rawKindy.v2.tweet('raw dup');
      await rawKindy.v2.tweet('raw dup');
      throw new Error('should fail');
    } catch (e) {
      expect((e as ApiResponseError).data).toEqual({
        detail: 'You are not allowed to create a Tweet with duplicate content.',
        type: 'about:blank',
        title: 'Forbidden',
        status: 403,
      });
    }
  });

  it('validates like X: unknown properties, exclusions, poll bounds, ids (400 InvalidRequestProblem)', async () => {
    try {
      await rawKindy.v2.post('tweets', { text: 'x', foo: 1 });
      throw new Error('should fail');
    } catch (e) {
      const err = e as ApiResponseError;
      expect(err.code).toBe(400);
      expect(err.data).toMatchObject({
        title: 'Invalid Request',
        detail: 'One or more parameters to your request was invalid.',
        type: 'https://api.twitter.com/2/problems/invalid-request',
        errors: [{ parameters: { foo: ['1'] }, message: expect.stringContaining('additional properties') }],
      });
    }
    const both = await x.publishTweet(kindy, {
      text: 'both',
      poll: { options: ['a', 'b'], durationMinutes: 60 },
      quoteTweetId: '1',
    });
    expect(both).toMatchObject({ kind: 'rejected', status: 400, type: 'invalid-request', duplicate: false });
    const badPoll = await x.publishTweet(kindy, { text: 'poll', poll: { options: ['only one'], durationMinutes: 2 } });
    expect(badPoll).toMatchObject({ kind: 'rejected', status: 400 });
    expect((badPoll as { errors: string[] }).errors).toHaveLength(2);
    expect(await x.publishTweet(kindy, { text: '' })).toMatchObject({ kind: 'rejected', status: 400 });
    expect(await x.publishTweet(kindy, { text: 'r', replyToTweetId: 'abc' })).toMatchObject({
      kind: 'rejected',
      status: 400,
    });
    expect(await x.publishTweet(kindy, { text: 'm', mediaIds: ['123'] })).toMatchObject({
      kind: 'rejected',
      status: 400,
      detail: expect.stringContaining('Your media IDs are invalid.'),
    });
  });

  it('counts weighted length with twitter-text: 280 ok, 281 refused, long posts per user', async () => {
    expect((await x.publishTweet(kindy, { text: 'a'.repeat(280) })).kind).toBe('published');
    expect((await x.publishTweet(kindy, { text: '漢'.repeat(140) })).kind).toBe('published');
    expect(await x.publishTweet(kindy, { text: 'b'.repeat(281) })).toMatchObject({ kind: 'rejected', status: 403 });
    expect(await x.publishTweet(kindy, { text: '字'.repeat(141) })).toMatchObject({ kind: 'rejected', status: 403 });
    await h.admin('PATCH', '/_sandbox/users/Kindy', { longPosts: true });
    expect((await x.publishTweet(kindy, { text: 'c'.repeat(1000) })).kind).toBe('published');
    await h.admin('PATCH', '/_sandbox/users/Kindy', { longPosts: false });
  });

  it('publishes a thread segment by segment, reporting each id as it goes, and resumes', async () => {
    const seen: Array<[number, string]> = [];
    const r = await x.publishThread(careers, [{ text: 'Offre 1/3' }, { text: 'Offre 2/3' }, { text: 'Offre 3/3' }], {
      onSegmentPublished: (i, id) => {
        seen.push([i, id]);
      },
    });
    if (r.kind !== 'published') throw new Error(JSON.stringify(r));
    expect(seen.map(([i]) => i)).toEqual([0, 1, 2]);
    expect(seen.map(([, id]) => id)).toEqual(r.tweetIds);
    const stored = (await adminTweets('TotalCareers')).filter((t) => t.text.startsWith('Offre'));
    expect(stored.map((t) => t.in_reply_to_tweet_id)).toEqual([null, r.tweetIds[0], r.tweetIds[1]]);

    // resume after segment 0 of a new thread
    const first = await x.publishTweet(careers, { text: 'Suite 1/2' });
    if (first.kind !== 'published') throw new Error('first');
    const resumed = await x.publishThread(careers, [{ text: 'Suite 1/2' }, { text: 'Suite 2/2' }], {
      startIndex: 1,
      inReplyToTweetId: first.tweetId,
    });
    expect(resumed).toMatchObject({ kind: 'published' });
    const last = (await adminTweets('TotalCareers')).at(-1)!;
    expect(last).toMatchObject({ text: 'Suite 2/2', in_reply_to_tweet_id: first.tweetId });

    // a failing segment reports its index and what was published
    const failing = await x.publishThread(careers, [{ text: 'Fil A' }, { text: 'Offre 2/3' }, { text: 'Fil C' }]);
    expect(failing).toMatchObject({ kind: 'rejected', failedIndex: 1, duplicate: true });
    expect((failing as { publishedTweetIds: string[] }).publishedTweetIds).toHaveLength(1);
  });

  it('replies need a visible target (403 otherwise); conversation ids follow the thread', async () => {
    expect(await x.publishTweet(kindy, { text: 'reply to nothing', replyToTweetId: '1234567890' })).toMatchObject({
      kind: 'rejected',
      status: 403,
      detail: 'You attempted to reply to a Tweet that is deleted or not visible to you.',
    });
    // (the 2026 reply rule: the root's author mentions the replier)
    const root = await x.publishTweet(kindy, { text: 'root of conversation, @TotalCareers ?' });
    if (root.kind !== 'published') throw new Error('root');
    const reply = await x.publishTweet(careers, { text: 'a reply', replyToTweetId: root.tweetId });
    if (reply.kind !== 'published') throw new Error('reply');
    const looked = await rawKindy.v2.tweets([reply.tweetId], {
      'tweet.fields': ['conversation_id', 'in_reply_to_user_id', 'referenced_tweets'],
    });
    expect(looked.data[0]).toMatchObject({
      conversation_id: root.tweetId,
      in_reply_to_user_id: kindyId,
      referenced_tweets: [{ type: 'replied_to', id: root.tweetId }],
    });
  });

  it('publishes a poll', async () => {
    const r = await x.publishTweet(kindy, {
      text: 'Votre couleur ?',
      poll: { options: ['Rose', 'Bleu', 'Vert'], durationMinutes: 1440 },
    });
    if (r.kind !== 'published') throw new Error(JSON.stringify(r));
    const res = await rawKindy.v2.tweets([r.tweetId], { expansions: ['attachments.poll_ids'] });
    expect(res.includes?.polls?.[0]).toMatchObject({
      duration_minutes: 1440,
      options: [{ label: 'Rose' }, { label: 'Bleu' }, { label: 'Vert' }],
    });
  });

  it('deletes tweets (only the author), and deleted ones disappear', async () => {
    const r = await x.publishTweet(kindy, { text: 'to be deleted' });
    if (r.kind !== 'published') throw new Error('publish');
    expect(await x.deleteTweet(careers, r.tweetId)).toMatchObject({ kind: 'rejected', status: 403 });
    expect(await x.deleteTweet(kindy, r.tweetId)).toMatchObject({ kind: 'ok', value: { deleted: true } });
    expect(await x.deleteTweet(kindy, r.tweetId)).toMatchObject({ kind: 'ok', value: { deleted: false } });
    expect((await adminTweets('Kindy')).some((t) => t.id === r.tweetId)).toBe(false);
    // after deletion the same text may be posted again
    expect((await x.publishTweet(kindy, { text: 'to be deleted' })).kind).toBe('published');
  });

  it('reads a user timeline newest first with pagination, since_id and the empty page shape', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await x.publishTweet(
        { accessToken: (await connectAccount(h, x, REDIRECT, 'F1TotalOfficiel')).tokens.accessToken },
        { text: `Tour ${i}` },
      );
      if (r.kind !== 'published') throw new Error('publish');
      ids.push(r.tweetId);
    }
    const f1 = (
      await h.admin<{ data: Array<{ id: string; username: string }> }>('GET', '/_sandbox/users')
    ).body.data.find((u) => u.username === 'F1TotalOfficiel')!;
    const all = await x.getRecentTweets(kindy, f1.id, { maxResults: 5 });
    if (all.kind !== 'ok') throw new Error(JSON.stringify(all));
    expect(all.value.tweets.map((t) => t.id)).toEqual([...ids].reverse());
    expect(all.value.tweets[0].createdAt).toMatch(/Z$/);
    const since = await x.getRecentTweets(kindy, f1.id, { sinceId: ids[9] });
    expect(since.kind === 'ok' && since.value.tweets.map((t) => t.text)).toEqual(['Tour 11', 'Tour 10']);
    const paginator = await rawKindy.v2.userTimeline(f1.id, { max_results: 5 });
    await paginator.fetchLast(20);
    expect(paginator.tweets).toHaveLength(12);
    const empty = await rawKindy.v2.get(`users/${f1.id}/tweets`, { since_id: ids[11] });
    expect(empty).toEqual({ meta: { result_count: 0 } });
    const startTime = await rawKindy.v2.get(`users/${f1.id}/tweets`, {
      start_time: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(startTime).toEqual({ meta: { result_count: 0 } });
    await expect(rawKindy.v2.get(`users/${f1.id}/tweets`, { max_results: 200 })).rejects.toMatchObject({ code: 400 });
  });

  it('looks up tweets by ids with partial errors, and public metrics set through the admin API', async () => {
    const r = await x.publishTweet(kindy, { text: 'metrics demo' });
    if (r.kind !== 'published') throw new Error('publish');
    await h.admin('PUT', `/_sandbox/tweets/${r.tweetId}/metrics`, { like_count: 42, impression_count: 1000 });
    const res = await rawKindy.v2.tweets([r.tweetId, '1000000000000000000'], { 'tweet.fields': ['public_metrics'] });
    expect(res.data).toEqual([
      {
        id: r.tweetId,
        text: 'metrics demo',
        edit_history_tweet_ids: [r.tweetId],
        public_metrics: {
          retweet_count: 0,
          reply_count: 0,
          like_count: 42,
          quote_count: 0,
          impression_count: 1000,
          bookmark_count: 0,
        },
      },
    ]);
    expect(res.errors).toEqual([
      {
        value: '1000000000000000000',
        detail: 'Could not find tweet with ids: [1000000000000000000].',
        title: 'Not Found Error',
        resource_type: 'tweet',
        parameter: 'ids',
        resource_id: '1000000000000000000',
        type: 'https://api.twitter.com/2/problems/resource-not-found',
      },
    ]);
  });

  it('searches recent tweets and mentions with a small query language', async () => {
    await x.publishTweet(careers, { text: 'Stage #finance chez @GroupeKindy' });
    await x.publishTweet(kindy, { text: 'Les #soldes commencent' });
    // search sees posts up to now - 30 s, as X does
    await h.admin('POST', '/_sandbox/clock', { advanceMs: 31_000 });
    const s1 = await rawKindy.v2.search('#finance from:TotalCareers');
    expect(s1.tweets.map((t) => t.text)).toEqual(['Stage #finance chez @GroupeKindy']);
    const s2 = await rawKindy.v2.search('soldes OR finance -is:reply');
    expect(s2.tweets).toHaveLength(2);
    const s3 = await rawKindy.v2.search('"commencent" -from:Kindy');
    expect(s3.tweets).toHaveLength(0);
    const gk = (
      await h.admin<{ data: Array<{ id: string; username: string }> }>('GET', '/_sandbox/users')
    ).body.data.find((u) => u.username === 'GroupeKindy')!;
    const mentions = await rawKindy.v2.userMentionTimeline(gk.id);
    expect(mentions.tweets.map((t) => t.text)).toEqual(['Stage #finance chez @GroupeKindy']);
  });

  it('sends the rate-limit trio on every response, plus 24 h headers on POST /2/tweets', async () => {
    const res = await rawKindy.v2.post('tweets', { text: 'headers check' }, { fullResponse: true });
    expect(res.headers['x-rate-limit-limit']).toBe('100');
    expect(res.headers['x-app-limit-24hour-limit']).toBe('10000');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const me = await rawKindy.v2.get('users/me', undefined, { fullResponse: true });
    expect(me.rateLimit).toMatchObject({ limit: 75 });
  });
});
