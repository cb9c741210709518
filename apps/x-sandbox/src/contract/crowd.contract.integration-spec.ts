// The crowd (POST /_sandbox/crowd): the public posting about accounts and keywords at a scenario's rate, on the
// sandbox clock; read back through X's own endpoints with the unmodified client, and through webhooks.
import { DEMO_CLIENT_SECRET } from '../sandbox';
import { type SandboxHarness, startSandboxHarness } from '../testing/sandbox-harness';
import { startWebhookReceiver } from '../testing/webhook-receiver';
import { appBearerToken, type XClients, xClients } from '../testing/x-clients';

interface AdminTweet {
  id: string;
  text: string;
  username: string;
  created_at: string;
  in_reply_to_tweet_id: string | null;
}
const HOUR = 3600_000;

describe('the crowd', () => {
  let h: SandboxHarness;
  let x: XClients;

  const crowd = (body: Record<string, unknown>) =>
    h.admin<{ data: { id: string }; error?: string }>('POST', '/_sandbox/crowd', body);
  const status = async (id: string) =>
    (await h.admin<{ data: { id: string; generated: number; running: boolean } }>('GET', `/_sandbox/crowd/${id}`)).body;
  const advance = (advanceMs: number) => h.admin('POST', '/_sandbox/clock', { advanceMs });
  const tweets = async () => (await h.admin<{ data: AdminTweet[] }>('GET', '/_sandbox/tweets')).body.data;
  const crowdTweets = async (since: number) =>
    (await tweets()).filter((t) => Date.parse(t.created_at) >= since && !/^(Kindy|GroupeKindy)$/.test(t.username));

  beforeAll(async () => {
    h = await startSandboxHarness({ seedDemo: true });
    x = xClients(h);
  });
  afterAll(async () => {
    x.close();
    await h.close();
  });
  beforeEach(() => h.admin('POST', '/_sandbox/reset'));

  it('refuses bad crowds', async () => {
    expect((await crowd({ scenario: 'riot', about: ['Kindy'] })).status).toBe(400);
    expect((await crowd({ scenario: 'calm', about: ['NoSuchBrand'] })).body.error).toBe('unknown account @NoSuchBrand');
    expect((await crowd({ scenario: 'calm' })).status).toBe(400);
    expect((await crowd({ scenario: 'calm', about: ['Kindy'], perMinute: 0 })).status).toBe(400);
    expect((await crowd({ scenario: 'calm', about: ['Kindy'], lang: 'de' })).status).toBe(400);
    expect((await h.admin('GET', '/_sandbox/crowd/999')).status).toBe(404);
  });

  it('calm: fast-forwarded an hour, posts at its rate in the past, found by mentions, search and counts', async () => {
    const start = Date.parse((await h.admin<{ data: { now: string } }>('GET', '/_sandbox/clock')).body.data.now);
    const created = await crowd({
      scenario: 'calm',
      about: ['Kindy'],
      keywords: ['soldes'],
      perMinute: 30,
      durationMs: HOUR,
      seed: 1,
      lang: 'fr',
    });
    expect(created).toEqual({ status: 201, body: { data: { id: expect.any(String) } } });
    const id = created.body.data.id;
    expect(await status(id)).toEqual({ data: { id, generated: expect.any(Number), running: true } });

    await advance(HOUR + 60_000);
    const after = await status(id);
    expect(after.data.running).toBe(false);
    expect(after.data.generated).toBeGreaterThanOrEqual(1790);
    expect(after.data.generated).toBeLessThanOrEqual(1800);

    const posted = await crowdTweets(start);
    expect(posted).toHaveLength(after.data.generated);
    const times = posted.map((t) => Date.parse(t.created_at) - start);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...times)).toBeLessThan(HOUR);
    const minutes = new Array<number>(60).fill(0);
    for (const t of times) minutes[Math.floor(t / 60_000)]++;
    expect(Math.min(...minutes)).toBeGreaterThanOrEqual(27);
    expect(Math.max(...minutes)).toBeLessThanOrEqual(33);
    expect(posted.some((t) => /^@Kindy bonjour, ma commande n°\d+/.test(t.text))).toBe(true);

    // X's endpoints see them (the app-only client and the brand's own token)
    const app = await x.app();
    const counts = await app.v2.tweetCountRecent('soldes OR @Kindy', {
      granularity: 'hour',
      start_time: new Date(start - HOUR).toISOString(),
    });
    expect(counts.meta.total_tweet_count).toBe(posted.filter((t) => /soldes|@Kindy/i.test(t.text)).length);
    const search = await app.v2.search('soldes', { max_results: 10 });
    expect(search.meta.result_count).toBe(10);
    const kindy = await x.user('Kindy');
    const mentions = await kindy.client.v2.userMentionTimeline(kindy.id, { max_results: 100 });
    expect(mentions.meta.result_count).toBe(100);
    expect(mentions.data.data.every((t) => t.text.includes('@Kindy'))).toBe(true);
    // the public costs nothing
    const usage = await h.admin<{ data: { posts: number } }>('GET', '/_sandbox/usage');
    expect(usage.body.data.posts).toBe(0);
  });

  it('same seed, same posts; another seed, other posts', async () => {
    const run = async (seed: number) => {
      await h.admin('POST', '/_sandbox/reset');
      const start = Date.parse((await h.admin<{ data: { now: string } }>('GET', '/_sandbox/clock')).body.data.now);
      await crowd({
        scenario: 'launch',
        about: ['Kindy'],
        keywords: ['KindyLab'],
        perMinute: 5,
        durationMs: HOUR,
        seed,
      });
      await advance(HOUR);
      const posted = await crowdTweets(start);
      const first = Date.parse(posted[0].created_at);
      return posted.map((t) => [t.username, t.text, Date.parse(t.created_at) - first]);
    };
    const a = await run(7);
    const b = await run(7);
    const c = await run(8);
    expect(a.length).toBeGreaterThan(500);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('crisis: 20× within 10 minutes, angry replies under the brand’s latest posts, webhooks for every event', async () => {
    const bearer = await appBearerToken(h.url);
    const hook = await startWebhookReceiver(DEMO_CLIENT_SECRET);
    const call = (path: string, token: string, body: unknown) =>
      fetch(`${h.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data: { id: string } } }));
    const webhookId = (await call('/2/webhooks', bearer, { url: hook.url })).body.data.id;
    const kindy = await x.user('Kindy');
    for (const event_type of ['post.mention.create', 'post.reply.create']) {
      const s = await call('/2/activity/subscriptions', kindy.token, {
        event_type,
        filter: { user_id: kindy.id },
        webhook_id: webhookId,
      });
      expect(s.status).toBe(201);
    }
    const brandPost = await kindy.client.v2.tweet('Notre nouvelle collection arrive demain !');

    const start = Date.parse((await h.admin<{ data: { now: string } }>('GET', '/_sandbox/clock')).body.data.now);
    const { id } = (
      await crowd({ scenario: 'crisis', about: ['Kindy'], perMinute: 6, durationMs: 12 * 60_000, seed: 3 })
    ).body.data;
    await advance(12 * 60_000);
    const posted = await crowdTweets(start);
    expect((await status(id)).data).toEqual({ id, generated: posted.length, running: false });
    const minute = (m: number) =>
      posted.filter((t) => Math.floor((Date.parse(t.created_at) - start) / 60_000) === m).length;
    expect(minute(0)).toBeLessThanOrEqual(9);
    expect(minute(10)).toBeGreaterThanOrEqual(115); // 20 × 6 = 120
    expect(minute(11)).toBeLessThanOrEqual(125);
    const replies = posted.filter((t) => t.in_reply_to_tweet_id === brandPost.data.id);
    expect(replies.length / posted.length).toBeGreaterThan(0.25);
    expect(replies.some((t) => /honte|Lamentable|explications|répondez/i.test(t.text))).toBe(true);

    // every crowd post raised at least one event; all are delivered, signed
    const expected = posted.filter((t) => t.text.includes('@Kindy') || t.in_reply_to_tweet_id).length;
    // Delivery is at least once with retries after 1 s, 4 s and 16 s: on a loaded machine a receiver's slow answer can
    // take the last of them, so the wait ends when every event is in, not at a fixed time.
    const deadline = Date.now() + 45_000;
    while (new Set([...hook.unique.values()].map((d) => d.event.payload.id)).size < expected && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(new Set([...hook.unique.values()].map((d) => d.event.payload.id)).size).toBe(expected);
    expect(hook.badSignatures).toBe(0);
    await hook.close();
  }, 90_000);

  it('follows the clock in real time, and stops on DELETE', async () => {
    const began = Date.now();
    const { id } = (await crowd({ scenario: 'calm', about: ['Kindy'], perMinute: 600, durationMs: HOUR, seed: 5 })).body
      .data;
    await new Promise((r) => setTimeout(r, 1000));
    const live = (await status(id)).data.generated;
    // 10 a second of real time: at least half of the second waited, at most what the time taken allows (a loaded
    // machine's timers fire late, and the crowd catches up on the clock)
    expect(live).toBeGreaterThanOrEqual(5);
    expect(live).toBeLessThanOrEqual(Math.ceil(((Date.now() - began) / 1000) * 10 * 1.5) + 1);
    expect(await h.admin('DELETE', `/_sandbox/crowd/${id}`)).toEqual({
      status: 200,
      body: { data: { id, generated: expect.any(Number), running: false } },
    });
    const stopped = (await status(id)).data.generated;
    await advance(60_000);
    await new Promise((r) => setTimeout(r, 100));
    expect(await status(id)).toEqual({ data: { id, generated: stopped, running: false } });
  });
});
