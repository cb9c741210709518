import * as http from 'node:http';
import { ApiPartialResponseError, ApiRequestError, TwitterApi } from 'twitter-api-v2';
import { RetargetPlugin, XApiClient } from '@xp/server/x-api';
import { connectAccount, type SandboxHarness, startSandboxHarness } from '../testing/sandbox-harness';

const REDIRECT = 'http://localhost:3000/api/oauth/x/callback';

describe('error classes and fault injection (real HTTP, real twitter-api-v2)', () => {
  let h: SandboxHarness;
  let agent: http.Agent;
  let x: XApiClient;
  /** A client that gives up after 300 ms (the timeout test); the others wait long enough for a loaded machine. */
  let hasty: XApiClient;
  let acc: { accessToken: string };
  let raw: TwitterApi;

  beforeAll(async () => {
    h = await startSandboxHarness({ seedDemo: true });
    agent = new http.Agent({ keepAlive: true });
    const client = (timeoutMs: number) =>
      new XApiClient({ clientId: 'xp-demo-client', clientSecret: 'xp-demo-secret', baseUrl: h.url, agent, timeoutMs });
    x = client(10_000);
    hasty = client(300);
    acc = { accessToken: (await connectAccount(h, x, REDIRECT, 'F1TotalOfficiel')).tokens.accessToken };
    raw = new TwitterApi(acc.accessToken, { plugins: [new RetargetPlugin(h.url, agent)], httpAgent: agent });
  });
  afterEach(async () => {
    await h.admin('POST', '/_sandbox/faults', {});
  });
  afterAll(async () => {
    x.close();
    hasty.close();
    agent.destroy();
    await h.close();
  });

  const stored = async () =>
    (await h.admin<{ data: Array<{ id: string; text: string }> }>('GET', '/_sandbox/tweets?username=F1TotalOfficiel'))
      .body.data;

  it('429 with the reset time of the exhausted window (free profile: 17 per 24 h)', async () => {
    await h.admin('PUT', '/_sandbox/rate-limits', { profile: 'free' });
    try {
      for (let i = 0; i < 17; i++) expect((await x.publishTweet(acc, { text: `free ${i}` })).kind).toBe('published');
      const r = await x.publishTweet(acc, { text: 'one too many' });
      expect(r).toMatchObject({ kind: 'rate_limited', status: 429, usageCap: false, detail: 'Too Many Requests' });
      if (r.kind !== 'rate_limited') return;
      const inHours = (r.resetAt.getTime() - Date.now()) / 3600_000;
      expect(inHours).toBeGreaterThan(23.9);
      expect(inHours).toBeLessThanOrEqual(24.01);
      expect(r.rateLimit).toMatchObject({
        limit: 17,
        remaining: 0,
        day: { limit: 17, remaining: 0 },
        userDay: { limit: 17, remaining: 0 },
      });
      expect((await stored()).some((t) => t.text === 'one too many')).toBe(false);
      // the window lifts when the clock passes the reset
      await h.admin('POST', '/_sandbox/clock', { advanceMs: 24 * 3600 * 1000 + 1000 });
      const fresh = { accessToken: (await connectAccount(h, x, REDIRECT, 'F1TotalOfficiel')).tokens.accessToken };
      expect((await x.publishTweet(fresh, { text: 'after reset' })).kind).toBe('published');
      acc = fresh;
      raw = new TwitterApi(acc.accessToken, { plugins: [new RetargetPlugin(h.url, agent)], httpAgent: agent });
    } finally {
      await h.admin('PUT', '/_sandbox/rate-limits', { profile: 'pro', resetCounters: true });
    }
  });

  it('forced 429 and the usage-cap body', async () => {
    await h.admin('POST', '/_sandbox/faults', { next: [{ status: 429, count: 1 }] });
    const r = await x.publishTweet(acc, { text: 'forced 429' });
    expect(r).toMatchObject({ kind: 'rate_limited', usageCap: false });
    await h.admin('POST', '/_sandbox/faults', { usageCapExceeded: true });
    const cap = await x.publishTweet(acc, { text: 'capped' });
    expect(cap).toMatchObject({
      kind: 'rate_limited',
      usageCap: true,
      detail: 'Usage cap exceeded: Monthly product cap',
    });
  });

  it('forced 401 → auth (raw token), forced 403 → rejected', async () => {
    await h.admin('POST', '/_sandbox/faults', {
      next: [
        { status: 401, count: 1 },
        { status: 403, count: 1 },
      ],
    });
    expect(await x.publishTweet(acc, { text: 'f401' })).toMatchObject({
      kind: 'auth',
      reason: 'unauthorized',
      status: 401,
    });
    expect(await x.publishTweet(acc, { text: 'f403' })).toMatchObject({
      kind: 'rejected',
      status: 403,
      duplicate: false,
    });
    expect((await stored()).some((t) => t.text.startsWith('f40'))).toBe(false);
  });

  it('5xx: unknown on POST /2/tweets (X may have created it), transient on reads', async () => {
    await h.admin('POST', '/_sandbox/faults', { next: [{ status: 503, count: 2 }] });
    expect(await x.publishTweet(acc, { text: 'five oh three' })).toMatchObject({
      kind: 'unknown',
      reason: 'server_error',
      status: 503,
    });
    expect(await x.getMe(acc)).toMatchObject({ kind: 'transient', reason: 'server_error', status: 503 });
    await h.admin('POST', '/_sandbox/faults', { errorRate: 1 });
    const strict = new XApiClient({
      clientId: 'xp-demo-client',
      baseUrl: h.url,
      agent,
      serverErrorOnCreate: 'transient',
    });
    expect(await strict.publishTweet(acc, { text: 'error rate' })).toMatchObject({ kind: 'transient', status: 503 });
    strict.close();
    expect((await stored()).some((t) => t.text === 'five oh three' || t.text === 'error rate')).toBe(false);
  });

  it('drop-after-commit: the client gets a network error while the tweet exists → unknown', async () => {
    await h.admin('POST', '/_sandbox/faults', { dropAfterCommitRate: 1 });
    const r = await x.publishTweet(acc, { text: 'did it post?' });
    expect(r).toMatchObject({ kind: 'unknown', reason: 'dropped' });
    await expect(raw.v2.tweet('raw drop')).rejects.toBeInstanceOf(ApiRequestError);
    await h.admin('POST', '/_sandbox/faults', {});
    const texts = (await stored()).map((t) => t.text);
    expect(texts).toContain('did it post?');
    expect(texts).toContain('raw drop');
    // reconciliation finds it, and a retry is refused as a duplicate (evidence of success)
    const me = await x.getMe(acc);
    if (me.kind !== 'ok') throw new Error('me');
    const recent = await x.getRecentTweets(acc, me.value.id);
    expect(recent.kind === 'ok' && recent.value.tweets.some((t) => t.text === 'did it post?')).toBe(true);
    expect(await x.publishTweet(acc, { text: 'did it post?' })).toMatchObject({ kind: 'rejected', duplicate: true });
  });

  it('truncated body: ApiPartialResponseError → unknown, and the tweet exists', async () => {
    await h.admin('POST', '/_sandbox/faults', { next: [{ fault: 'truncate', count: 2, path: '/2/tweets' }] });
    expect(await x.publishTweet(acc, { text: 'half a body' })).toMatchObject({ kind: 'unknown', reason: 'truncated' });
    await expect(raw.v2.tweet('raw half')).rejects.toBeInstanceOf(ApiPartialResponseError);
    const texts = (await stored()).map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['half a body', 'raw half']));
  });

  it('a timeout after sending is unknown; connection refused is transient', async () => {
    await h.admin('POST', '/_sandbox/faults', { latencyMs: 800 });
    const slow = await hasty.publishTweet(acc, { text: 'slow' });
    expect(slow).toMatchObject({ kind: 'unknown', reason: 'timeout' });
    expect(await hasty.getMe(acc)).toMatchObject({ kind: 'transient', reason: 'timeout' });
    await h.admin('POST', '/_sandbox/faults', {});
    // port 1 on localhost: nothing listens
    const dead = new XApiClient({ clientId: 'xp-demo-client', baseUrl: 'http://127.0.0.1:1' });
    expect(await dead.publishTweet(acc, { text: 'nobody there' })).toMatchObject({
      kind: 'transient',
      reason: 'connection_failed',
    });
    dead.close();
  });

  it('exposes the request log and the faults as set', async () => {
    const set = await h.admin<{ data: unknown }>('POST', '/_sandbox/faults', {
      latencyMs: 0,
      errorRate: 0,
      dropAfterCommitRate: 0,
      next: [{ status: 500, count: 3 }],
    });
    expect(set.body.data).toEqual({
      latencyMs: 0,
      errorRate: 0,
      dropAfterCommitRate: 0,
      next: [{ status: 500, count: 3 }],
    });
    expect((await h.admin('POST', '/_sandbox/faults', { errorRate: 2 })).status).toBe(400);
    const log = await h.admin<{ data: Array<{ method: string; url: string; status: number }> }>(
      'GET',
      '/_sandbox/requests',
    );
    expect(log.body.data.some((e) => e.method === 'POST' && e.url === '/2/tweets' && e.status === 201)).toBe(true);
  });
});
