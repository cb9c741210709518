import { ApiResponseError, type TwitterApi } from 'twitter-api-v2';
import { type SandboxHarness, startSandboxHarness } from '../testing/sandbox-harness';
import { type PublicPost, type XClients, xClients } from '../testing/x-clients';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

async function badQuery(client: TwitterApi, query: string) {
  try {
    await client.v2.search(query);
  } catch (e) {
    const err = e as ApiResponseError;
    return { code: err.code, data: err.data as unknown as { errors: Array<{ message: string }> } };
  }
  throw new Error(`${query} was accepted`);
}

describe('listening: the public, mentions, recent search and counts (twitter-api-v2 over HTTP)', () => {
  let h: SandboxHarness;
  let x: XClients;
  let kindy: { client: TwitterApi; id: string };
  let bearer: TwitterApi;

  beforeAll(async () => {
    h = await startSandboxHarness({ seedDemo: true });
    x = xClients(h);
    kindy = await x.user('Kindy');
    bearer = await x.app();
    for (const username of ['marie_l', 'paul_b', 'fan_f1']) {
      await h.admin('POST', '/_sandbox/users', { username, name: username });
    }
  });
  afterAll(async () => {
    x.close();
    await h.close();
  });
  const advance = (advanceMs: number) => h.admin('POST', '/_sandbox/clock', { advanceMs });

  it('POST /_sandbox/tweets: a post by anyone, with its conversation, through X checks but not plan rules', async () => {
    const root = await kindy.client.v2.tweet('Les soldes arrivent');
    const post = await x.post('marie_l', 'Vivement les soldes', { in_reply_to_tweet_id: root.data.id, lang: 'fr' });
    expect(post).toEqual({
      id: expect.stringMatching(/^\d{18,19}$/),
      text: 'Vivement les soldes',
      username: 'marie_l',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      conversation_id: root.data.id,
    });
    // the public may quote and use several cashtags (plan rules bind API apps only)
    const quote = await x.post('paul_b', '$TTE et $AIR en hausse', { quote_tweet_id: root.data.id });
    expect(quote.conversation_id).toBe(quote.id);
    expect((await h.admin('POST', '/_sandbox/tweets', { username: 'nobody', text: 'x' })).status).toBe(404);
    const dup = await h.admin<{ error: string }>('POST', '/_sandbox/tweets', {
      username: 'paul_b',
      text: '$TTE et $AIR en hausse',
    });
    expect(dup).toEqual({
      status: 403,
      body: { error: 'You are not allowed to create a Tweet with duplicate content.' },
    });
    const empty = await h.admin<{ error: string }>('POST', '/_sandbox/tweets', { username: 'paul_b', text: '' });
    expect(empty.status).toBe(400);
    const looked = await kindy.client.v2.singleTweet(post.id, { 'tweet.fields': ['lang', 'in_reply_to_user_id'] });
    expect(looked.data).toMatchObject({ id: post.id, lang: 'fr', in_reply_to_user_id: kindy.id });
  });

  it('mentions: newest first, paged to the end, with since_id and expansions', async () => {
    const posted: PublicPost[] = [];
    for (let i = 0; i < 23; i++) posted.push(await x.post(i % 2 ? 'marie_l' : 'paul_b', `@Kindy question ${i}`));
    const paginator = await kindy.client.v2.userMentionTimeline(kindy.id, {
      max_results: 5,
      expansions: ['author_id'],
      'tweet.fields': ['author_id', 'created_at'],
    });
    await paginator.fetchLast(100);
    expect(paginator.done).toBe(true);
    // the 23 mentions, and the earlier reply to Kindy's post (a reply addresses its author)
    expect(paginator.tweets.map((t) => t.text)).toEqual([
      ...posted.map((p) => p.text).reverse(),
      'Vivement les soldes',
    ]);
    expect([...new Set(paginator.includes.users.map((u) => u.username))].sort()).toEqual(['marie_l', 'paul_b']);
    const since = await kindy.client.v2.userMentionTimeline(kindy.id, { since_id: posted[20].id });
    expect(since.tweets.map((t) => t.text)).toEqual(['@Kindy question 22', '@Kindy question 21']);
    const none = await kindy.client.v2.get(`users/${kindy.id}/mentions`, { since_id: posted[22].id });
    expect(none).toEqual({ meta: { result_count: 0 } });
  });

  it('mentions: only the 800 most recent are reachable', async () => {
    const f1 = (await x.user('F1TotalOfficiel')).id;
    const first: string[] = [];
    for (let i = 0; i < 805; i++) {
      const p = await x.post('fan_f1', `Allez @F1TotalOfficiel ${i}`);
      if (i < 5) first.push(p.id);
    }
    const paginator = await bearer.v2.userMentionTimeline(f1, { max_results: 100 });
    await paginator.fetchLast(2000);
    expect(paginator.tweets).toHaveLength(800);
    expect(paginator.tweets.at(-1)!.text).toBe('Allez @F1TotalOfficiel 5');
    expect(paginator.tweets.some((t) => first.includes(t.id))).toBe(false);
  });

  describe('recent search', () => {
    let corpus: Record<string, PublicPost>;
    beforeAll(async () => {
      const root = await x.post('Kindy', 'Nouvelle collection printemps https://kindy.example/printemps');
      corpus = {
        root,
        reply: await x.post('marie_l', 'Superbe collection, bravo', { in_reply_to_tweet_id: root.id, lang: 'fr' }),
        quote: await x.post('paul_b', 'Regardez la collection de @Kindy', { quote_tweet_id: root.id, lang: 'fr' }),
        tag: await x.post('paul_b', 'Les #soldes Kindy sont là', { lang: 'fr' }),
        cash: await x.post('marie_l', 'Kindy dividend up for $TTE holders', { lang: 'en' }),
        phrase: await x.post('fan_f1', 'what a race for the team', { lang: 'en' }),
        order: await x.post('fan_f1', 'the team race was long', { lang: 'en' }),
      };
      await advance(31_000); // search sees posts up to now - 30 s
    });
    const texts = async (query: string) =>
      (await bearer.v2.search(query, { max_results: 100 })).tweets.map((t) => t.text);

    it('answers each operator', async () => {
      const c = corpus;
      expect(await texts('collection')).toEqual([c.quote.text, c.reply.text, c.root.text]);
      expect(await texts('collection -is:reply -is:quote')).toEqual([c.root.text]);
      expect(await texts('collection is:reply')).toEqual([c.reply.text]);
      expect(await texts('collection is:quote')).toEqual([c.quote.text]);
      expect(await texts('collection has:links')).toEqual([c.root.text]);
      expect(await texts('collection has:mentions')).toEqual([c.quote.text]);
      expect(await texts('kindy has:hashtags')).toEqual([c.tag.text]);
      expect(await texts('"race for the team"')).toEqual([c.phrase.text]);
      expect(await texts('team race')).toEqual([c.order.text, c.phrase.text]);
      expect(await texts('#soldes')).toEqual([c.tag.text]);
      expect(await texts('@kindy collection')).toEqual([c.quote.text]);
      expect(await texts('$TTE')).toEqual([c.cash.text, '$TTE et $AIR en hausse']);
      expect(await texts('from:marie_l kindy -question')).toEqual([c.cash.text]);
      expect(await texts('to:Kindy bravo')).toEqual([c.reply.text]);
      expect(await texts(`conversation_id:${c.root.id}`)).toEqual([c.reply.text, c.root.text]);
      expect(await texts(`in_reply_to_tweet_id:${c.root.id}`)).toEqual([c.reply.text]);
      expect(await texts('url:kindy.example')).toEqual([c.root.text]);
      expect(await texts('kindy lang:en')).toEqual([c.cash.text]);
      expect(await texts('(soldes OR dividend) kindy -from:paul_b')).toEqual([c.cash.text]);
      expect(await texts('race OR #soldes')).toEqual([c.order.text, c.phrase.text, c.tag.text]);
    });

    it('refuses bad queries with 400 and the position', async () => {
      expect(await badQuery(bearer, 'is:reply lang:fr')).toEqual({
        code: 400,
        data: {
          errors: [
            {
              parameters: { query: ['is:reply lang:fr'] },
              message:
                'There were errors processing your request: is/has/lang cannot be used as a standalone operator (at position 1)',
            },
          ],
          title: 'Invalid Request',
          detail: 'One or more parameters to your request was invalid.',
          type: 'https://api.twitter.com/2/problems/invalid-request',
        },
      });
      expect((await badQuery(bearer, 'kindy (soldes OR promo')).data.errors[0].message).toBe(
        'There were errors processing your request: Missing closing parenthesis (at position 7)',
      );
      expect((await badQuery(bearer, 'kindy -soldes OR -promo')).data.errors[0].message).toBe(
        'There were errors processing your request: a query cannot be made only of negated terms (at position 18)',
      );
    });

    it('pages newest first with next_token, polls with since_id, and keeps to the last 7 days', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 13; i++) ids.push((await x.post('fan_f1', `podium ${i}`)).id);
      await advance(31_000);
      const first = await bearer.v2.search('podium');
      expect(first.tweets.map((t) => t.id)).toEqual(ids.slice(3).reverse());
      expect(first.meta.next_token).toBeDefined();
      await first.fetchNext();
      expect(first.tweets.map((t) => t.id)).toEqual([...ids].reverse());
      expect(first.done).toBe(true);
      const polled = await bearer.v2.search('podium', { since_id: ids[10] });
      expect(polled.tweets.map((t) => t.id)).toEqual([ids[12], ids[11]]);
      // a post newer than now - 30 s is not seen yet
      await x.post('fan_f1', 'podium fresh');
      expect((await bearer.v2.search('podium fresh')).meta.result_count).toBe(0);
      await advance(7 * DAY - 10_000);
      expect((await bearer.v2.search('podium')).tweets.map((t) => t.text)).toEqual(['podium fresh']);
    });
  });

  it('counts matching posts per minute, hour and day, in UTC-aligned buckets, oldest first', async () => {
    const times: number[] = [];
    for (const gap of [0, 2 * MINUTE, 3 * HOUR, 2 * DAY]) {
      await advance(gap);
      times.push(Date.parse((await x.post('fan_f1', `pitstop ${times.length}`)).created_at));
    }
    await advance(MINUTE);
    const start = times[0] - 10 * MINUTE;
    const end = times[3] + 30_000;
    for (const [granularity, step] of [
      ['minute', MINUTE],
      ['hour', HOUR],
      ['day', DAY],
    ] as const) {
      const res = await bearer.v2.tweetCountRecent('pitstop', {
        granularity,
        start_time: new Date(start).toISOString(),
        end_time: new Date(end).toISOString(),
      });
      const firstBucket = Math.floor(start / step) * step;
      expect(res.data[0].start).toBe(new Date(firstBucket).toISOString());
      expect(res.data).toHaveLength(Math.ceil((end - firstBucket) / step));
      expect(res.meta.total_tweet_count).toBe(4);
      const expected = new Map<string, number>();
      for (const t of times) {
        const key = new Date(Math.floor(t / step) * step).toISOString();
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      expect(
        Object.fromEntries(res.data.filter((b) => b.tweet_count > 0).map((b) => [b.start, b.tweet_count])),
      ).toEqual(Object.fromEntries(expected));
      expect(res.data.every((b) => Date.parse(b.end) - Date.parse(b.start) === step)).toBe(true);
    }
    const hourly = await bearer.v2.tweetCountRecent('pitstop');
    expect(hourly.data.length).toBeGreaterThanOrEqual(7 * 24);
    expect(hourly.data.length).toBeLessThanOrEqual(7 * 24 + 1);
    expect(hourly.meta.total_tweet_count).toBe(4);
    await expect(bearer.v2.tweetCountRecent('pitstop', { granularity: 'week' as 'day' })).rejects.toMatchObject({
      code: 400,
    });
  });
});
