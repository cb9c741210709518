// The delivery protocol through a receiver written from X's description: signed deliveries, duplicates (same
// event_uuid), retries with backoff when the receiver fails or does not answer, and POST /2/webhooks/replay.
import { DEMO_CLIENT_SECRET } from '../sandbox';
import { type SandboxHarness, startSandboxHarness } from '../testing/sandbox-harness';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver';
import { appBearerToken, type XClients, xClients } from '../testing/x-clients';
import type { DeliveryStats } from '../webhook-delivery';

const until = async (what: string, ok: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** yyyymmddhhmm (UTC) of an epoch time. */
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-T:]/g, '').slice(0, 12);

describe('webhook delivery: duplicates, retries with backoff, replay', () => {
  let h: SandboxHarness;
  let x: XClients;
  let bearer: string;
  let kindyToken: string;
  let kindyId: string;
  let hook: WebhookReceiver;
  let webhookId: string;

  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await fetch(`${h.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const settings = (s: Record<string, number>) => h.admin('PUT', '/_sandbox/webhook-delivery', s);
  const stats = async () =>
    (await h.admin<{ data: { stats: DeliveryStats } }>('GET', '/_sandbox/webhook-delivery')).body.data.stats;
  const mention = (text: string) => x.post('marie_l', `@Kindy ${text}`);

  beforeAll(async () => {
    h = await startSandboxHarness({ seedDemo: true });
    x = xClients(h);
    bearer = await appBearerToken(h.url);
    const kindy = await x.user('Kindy');
    kindyId = kindy.id;
    kindyToken = kindy.token;
    await h.admin('POST', '/_sandbox/users', { username: 'marie_l', name: 'Marie' });
    hook = await startWebhookReceiver(DEMO_CLIENT_SECRET);
    webhookId = ((await call('POST', '/2/webhooks', bearer, { url: hook.url })).body.data as { id: string }).id;
    const sub = await call('POST', '/2/activity/subscriptions', kindyToken, {
      event_type: 'post.mention.create',
      filter: { user_id: kindyId },
      webhook_id: webhookId,
    });
    expect(sub.status).toBe(201);
  });
  afterAll(async () => {
    x.close();
    await hook.close();
    await h.close();
  });
  beforeEach(async () => {
    hook.respond = () => 200;
    hook.deliveries.length = 0;
    hook.unique.clear();
    await settings({ duplicateRate: 0, retryBaseMs: 1000, maxAttempts: 6, timeoutMs: 10_000 });
  });

  it('refuses settings out of range and shows the defaults', async () => {
    expect((await settings({ duplicateRate: 2 })).status).toBe(400);
    expect((await settings({ maxAttempts: 0 })).status).toBe(400);
    expect((await h.admin('GET', '/_sandbox/webhook-delivery')).body).toMatchObject({
      data: { duplicateRate: 0, retryBaseMs: 1000, maxAttempts: 6, timeoutMs: 10_000, concurrency: 32 },
    });
  });

  it('sends some events twice with the same event_uuid and signature: the receiver deduplicates', async () => {
    await settings({ duplicateRate: 1 });
    const posts = [await mention('un'), await mention('deux'), await mention('trois')];
    await until('the duplicates', () => hook.deliveries.length >= 6);
    await new Promise((r) => setTimeout(r, 1200)); // a duplicate is never duplicated again
    expect(hook.deliveries).toHaveLength(6);
    expect(hook.deliveries.every((d) => d.signatureValid)).toBe(true);
    expect(hook.badSignatures).toBe(0);
    expect([...hook.unique.values()].map((d) => d.event.payload.id).sort()).toEqual(posts.map((p) => p.id).sort());
    for (const uuid of hook.unique.keys()) {
      expect(hook.deliveries.filter((d) => d.event.event_uuid === uuid)).toHaveLength(2);
    }
  });

  it('retries a failing receiver with growing delays until it answers 2xx', async () => {
    await settings({ retryBaseMs: 40 });
    hook.respond = (_e, attempt) => (attempt <= 2 ? 503 : 200);
    const before = await stats();
    const post = await mention('vous êtes là ?');
    await until('the third attempt', () => hook.unique.size === 1);
    const attempts = hook.deliveries.filter((d) => d.event.payload.id === post.id);
    expect(attempts.map((d) => d.answered)).toEqual([503, 503, 200]);
    expect(new Set(attempts.map((d) => d.event.event_uuid)).size).toBe(1);
    const gaps = [attempts[1].at - attempts[0].at, attempts[2].at - attempts[1].at];
    expect(gaps[0]).toBeGreaterThanOrEqual(35); // 40 ms
    expect(gaps[1]).toBeGreaterThanOrEqual(150); // 160 ms: each retry waits 4 times longer
    const after = await stats();
    expect(after.retries - before.retries).toBe(2);
    expect(after.failures - before.failures).toBe(2);
    expect((after.failuresBy['503'] ?? 0) - (before.failuresBy['503'] ?? 0)).toBe(2);
    expect(after.pending).toBe(0);
  });

  it('treats a receiver that does not answer in time as failed and delivers again', async () => {
    await settings({ retryBaseMs: 20, timeoutMs: 150 });
    hook.respond = (_e, attempt) => (attempt === 1 ? 'hang' : 204);
    const before = await stats();
    const post = await mention('allô ?');
    await until('the retry', () => hook.unique.size === 1);
    expect(((await stats()).failuresBy.timeout ?? 0) - (before.failuresBy.timeout ?? 0)).toBe(1);
    expect(hook.deliveries.filter((d) => d.event.payload.id === post.id).map((d) => d.answered)).toEqual([0, 204]);
  });

  it('gives up after maxAttempts; a replay of the window sends the missed events again', async () => {
    await settings({ retryBaseMs: 10, maxAttempts: 2 });
    const before = await stats();
    hook.respond = () => 500;
    const from = Date.now();
    const missed = [await mention('perdu 1'), await mention('perdu 2')];
    await until('two failed attempts each', () => hook.deliveries.length === 4);
    let s = await stats();
    for (let i = 0; i < 100 && s.pending > 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      s = await stats();
    }
    expect(s.gaveUp - before.gaveUp).toBe(2);
    expect(hook.unique.size).toBe(0);

    hook.respond = () => 200;
    const replay = await call('POST', '/2/webhooks/replay', bearer, {
      webhook_id: webhookId,
      from_date: stamp(from),
      to_date: stamp(Date.now() + 60_000),
    });
    expect(replay).toEqual({
      status: 200,
      body: { created_at: expect.stringMatching(/Z$/), job_id: expect.stringMatching(/^\d+$/) },
    });
    // every event attempted in the window comes again (those delivered earlier in this minute too)
    const ids = () => [...hook.unique.values()].map((d) => d.event.payload.id);
    await until('the replayed events', () => missed.every((p) => ids().includes(p.id)));
    // the same events: the uuids of the failed attempts
    const failedUuids = new Set(hook.deliveries.filter((d) => d.answered === 500).map((d) => d.event.event_uuid));
    const replayedMissed = [...hook.unique.values()].filter((d) => missed.some((p) => p.id === d.event.payload.id));
    expect(replayedMissed.every((d) => failedUuids.has(d.event.event_uuid))).toBe(true);
    expect((await stats()).replayed - before.replayed).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < 100 && (await stats()).pending > 0; i++) await new Promise((r) => setTimeout(r, 20));
  });

  it('replays only the window asked for, and validates the request as X does', async () => {
    await h.admin('POST', '/_sandbox/clock', { advanceMs: 10 * 60_000 }); // a new minute, past the earlier posts
    const start = Date.now() + 10 * 60_000;
    const inWindow = await mention('dans la fenêtre');
    await until('the live delivery', () => hook.unique.size === 1);
    expect([...hook.unique.values()][0].event.payload.id).toBe(inWindow.id);
    hook.unique.clear();
    const ok = await call('POST', '/2/webhooks/replay', bearer, {
      webhook_id: webhookId,
      from_date: stamp(start - 60_000),
      to_date: stamp(start + 120_000),
    });
    expect(ok.status).toBe(200);
    await until('the replay', () => hook.unique.size === 1);
    await new Promise((r) => setTimeout(r, 100));
    expect([...hook.unique.values()].map((d) => d.event.payload.id)).toEqual([inWindow.id]);

    const bad = await call('POST', '/2/webhooks/replay', bearer, {
      webhook_id: webhookId,
      from_date: '2026-01-01',
      to_date: stamp(start),
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { title: 'Invalid Request', errors: [{ parameters: { from_date: ['2026-01-01'] } }] },
    });
    const old = await call('POST', '/2/webhooks/replay', bearer, {
      webhook_id: webhookId,
      from_date: stamp(start - 25 * 3600_000),
      to_date: stamp(start),
    });
    expect(old.body).toMatchObject({ errors: [{ message: 'The `from_date` must be within the last 24 hours' }] });
    const reversed = { webhook_id: webhookId, from_date: stamp(start), to_date: stamp(start - 60_000) };
    expect((await call('POST', '/2/webhooks/replay', bearer, reversed)).status).toBe(400);
    const window = { from_date: stamp(start - 60_000), to_date: stamp(start) };
    expect((await call('POST', '/2/webhooks/replay', bearer, { webhook_id: '42', ...window })).status).toBe(404);
    expect((await call('POST', '/2/webhooks/replay', kindyToken, { webhook_id: webhookId, ...window })).status).toBe(
      403,
    );
  });

  it('calls only loopback URLs', async () => {
    for (const url of ['http://10.0.0.7/hook', 'http://192.168.1.2:8080/x', 'https://api.example.com/x/webhook']) {
      expect((await call('POST', '/2/webhooks', bearer, { url })).body).toMatchObject({
        errors: [{ message: 'UrlValidationFailed' }],
      });
    }
  });
});
