import { createHmac } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_CLIENT_SECRET } from '../sandbox';
import { type SandboxHarness, startSandboxHarness } from '../testing/sandbox-harness';
import { appBearerToken, type XClients, xClients } from '../testing/x-clients';

const hmac = (data: string) => `sha256=${createHmac('sha256', DEMO_CLIENT_SECRET).update(data).digest('base64')}`;

interface Delivery {
  signature: string;
  raw: string;
  body: {
    data: { event_type: string; filter: { user_id: string }; tag: string; payload: { id: string; text: string } };
  };
}

/** A receiver on loopback: answers the CRC (correctly unless `badCrc`) and records signed deliveries. */
async function receiver(badCrc = false) {
  const deliveries: Delivery[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET') {
      const token = url.searchParams.get('crc_token') ?? '';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ response_token: badCrc ? 'sha256=wrong' : hmac(token) }));
      return;
    }
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      deliveries.push({
        signature: String(req.headers['x-twitter-webhooks-signature']),
        raw,
        body: JSON.parse(raw) as Delivery['body'],
      });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x/webhook`;
  return { url, deliveries, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('webhooks (CRC) and activity subscriptions: signed deliveries of mentions, replies and quotes', () => {
  let h: SandboxHarness;
  let x: XClients;
  let bearer: string;
  let kindyToken: string;
  let kindyId: string;

  beforeAll(async () => {
    h = await startSandboxHarness({ seedDemo: true });
    x = xClients(h);
    bearer = await appBearerToken(h.url);
    const kindy = await x.user('Kindy');
    kindyId = kindy.id;
    kindyToken = kindy.token;
    await h.admin('POST', '/_sandbox/users', { username: 'marie_l', name: 'Marie' });
  });
  afterAll(async () => {
    x.close();
    await h.close();
  });

  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await fetch(`${h.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('registers a webhook after a CRC check, refuses bad ones, lists, re-checks and deletes', async () => {
    const bad = await receiver(true);
    const refused = await call('POST', '/2/webhooks', bearer, { url: bad.url });
    expect(refused).toMatchObject({
      status: 400,
      body: { errors: [{ message: 'CrcValidationFailed' }], title: 'Invalid Request' },
    });
    await bad.close();
    expect((await call('POST', '/2/webhooks', bearer, { url: 'https://example.com/hook' })).body).toMatchObject({
      errors: [{ message: 'UrlValidationFailed' }],
    });
    expect((await call('POST', '/2/webhooks', kindyToken, { url: 'http://127.0.0.1:1/x' })).status).toBe(403);

    const good = await receiver();
    const created = await call('POST', '/2/webhooks', bearer, { url: good.url });
    expect(created).toEqual({
      status: 200,
      body: {
        data: { id: expect.stringMatching(/^\d+$/), url: good.url, valid: true, created_at: expect.any(String) },
      },
    });
    const id = (created.body.data as { id: string }).id;
    expect((await call('POST', '/2/webhooks', bearer, { url: good.url })).body).toMatchObject({
      errors: [{ message: 'DuplicateUrlFailed' }],
    });
    expect((await call('GET', '/2/webhooks', bearer)).body).toMatchObject({
      data: [{ id, url: good.url }],
      meta: { result_count: 1 },
    });
    expect((await call('PUT', `/2/webhooks/${id}`, bearer)).body).toEqual({ data: { valid: true } });
    expect((await call('DELETE', `/2/webhooks/${id}`, bearer)).body).toEqual({ data: { deleted: true } });
    expect((await call('GET', '/2/webhooks', bearer)).body).toEqual({ meta: { result_count: 0 } });
    await good.close();
  });

  it('delivers mentions, replies and quotes of the subscribed user, signed with the consumer secret', async () => {
    const hook = await receiver();
    const webhookId = ((await call('POST', '/2/webhooks', bearer, { url: hook.url })).body.data as { id: string }).id;
    const subscribe = (event_type: string) =>
      call('POST', '/2/activity/subscriptions', kindyToken, {
        event_type,
        filter: { user_id: kindyId },
        tag: 'inbox',
        webhook_id: webhookId,
      });
    const sub = await subscribe('post.mention.create');
    expect(sub).toEqual({
      status: 201,
      body: {
        data: {
          subscription: {
            id: expect.stringMatching(/^\d+$/),
            event_type: 'post.mention.create',
            filter: { user_id: kindyId },
            tag: 'inbox',
            webhook_id: webhookId,
            created_at: expect.any(String),
          },
        },
      },
    });
    await subscribe('post.reply.create');
    await subscribe('post.quote.create');
    expect(
      (
        await call('POST', '/2/activity/subscriptions', kindyToken, {
          event_type: 'post.mention.create',
          filter: { user_id: '1' },
        })
      ).status,
    ).toBe(400);
    expect((await call('GET', '/2/activity/subscriptions', bearer)).body.meta).toEqual({ result_count: 3 });

    const root = await x.post('Kindy', 'Nouvelle boutique à Lyon');
    const mention = await x.post('marie_l', '@Kindy vous ouvrez quand ?');
    const reply = await x.post('marie_l', 'Trop bien', { in_reply_to_tweet_id: root.id });
    const quote = await x.post('marie_l', 'Enfin !', { quote_tweet_id: root.id });
    await x.post('marie_l', 'Rien à voir');
    for (let i = 0; i < 50 && hook.deliveries.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
    expect(hook.deliveries.map((d) => [d.body.data.event_type, d.body.data.payload.id]).sort()).toEqual(
      [
        ['post.mention.create', mention.id],
        ['post.reply.create', reply.id],
        ['post.quote.create', quote.id],
      ].sort(),
    );
    for (const d of hook.deliveries) {
      expect(d.signature).toBe(hmac(d.raw));
      expect(d.body.data).toMatchObject({ filter: { user_id: kindyId }, tag: 'inbox', event_uuid: expect.any(String) });
    }
    const subId = (sub.body.data as { subscription: { id: string } }).subscription.id;
    expect((await call('DELETE', `/2/activity/subscriptions/${subId}`, bearer)).body).toEqual({
      data: { deleted: true },
      meta: { total_subscriptions: 2 },
    });
    // POST /_sandbox/reset forgets webhooks and subscriptions (a new bearer: reset also drops tokens)
    await h.admin('POST', '/_sandbox/reset');
    const again = await appBearerToken(h.url);
    expect((await call('GET', '/2/webhooks', again)).body).toEqual({ meta: { result_count: 0 } });
    expect((await call('GET', '/2/activity/subscriptions', again)).body).toEqual({
      data: [],
      meta: { result_count: 0 },
    });
    await hook.close();
  });
});
