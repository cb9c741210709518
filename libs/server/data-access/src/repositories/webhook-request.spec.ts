import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HostResolver } from '@xp/server/application';
import { postWebhook } from './webhook-request';

/** A resolver stub: answers from its table, no DNS query. */
class StubResolver extends HostResolver {
  constructor(public table: Record<string, string[]>) {
    super();
  }
  async resolve(host: string): Promise<string[]> {
    return this.table[host] ?? [];
  }
}

/** A local receiver; `answer` decides what each request gets (nothing at all: it hangs). */
let server: Server;
let port: number;
let seen: { host: string | undefined; headers: IncomingHttpHeaders; body: string }[] = [];
let answer: (res: import('node:http').ServerResponse) => void = (res) => res.end('ok');

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ host: req.headers.host, headers: req.headers, body });
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen = [];
  answer = (res) => res.end('ok');
});

const loopbackAllowed = { allowLoopback: true, httpsOnly: false };
const strict = { allowLoopback: false, httpsOnly: false };

describe('postWebhook', () => {
  it('connects to the checked address only, keeping the URL host in the Host header', async () => {
    const resolver = new StubResolver({ 'receiver.test': ['127.0.0.1'] });
    const out = await postWebhook(
      `http://receiver.test:${port}/hook`,
      { 'x-a': '1' },
      '{"a":1}',
      resolver,
      loopbackAllowed,
    );
    expect(out).toEqual({ ok: true, status: 200 });
    expect(seen).toEqual([
      expect.objectContaining({
        host: `receiver.test:${port}`,
        body: '{"a":1}',
        headers: expect.objectContaining({ 'x-a': '1' }),
      }),
    ]);
  });

  it('a redirect is a failed attempt and is not followed', async () => {
    answer = (res) => {
      res.statusCode = 302;
      res.setHeader('location', `http://127.0.0.1:${port}/elsewhere`);
      res.end();
    };
    const out = await postWebhook(`http://127.0.0.1:${port}/hook`, {}, '{}', new StubResolver({}), loopbackAllowed);
    expect(out).toEqual({ ok: false, status: 302, error: 'HTTP 302' });
    expect(seen).toHaveLength(1);
  });

  it('a refused port and a 404 read "connection failed" and "HTTP 404", nothing more', async () => {
    answer = (res) => {
      res.statusCode = 404;
      res.end('not here');
    };
    expect(await postWebhook(`http://127.0.0.1:${port}/x`, {}, '{}', new StubResolver({}), loopbackAllowed)).toEqual({
      ok: false,
      status: 404,
      error: 'HTTP 404',
    });
    expect(await postWebhook('http://127.0.0.1:9/x', {}, '{}', new StubResolver({}), loopbackAllowed)).toEqual({
      ok: false,
      status: null,
      error: 'connection failed',
    });
  });

  it('a receiver that does not answer in time: "timeout"', async () => {
    answer = () => undefined;
    const out = await postWebhook(
      `http://127.0.0.1:${port}/slow`,
      {},
      '{}',
      new StubResolver({}),
      loopbackAllowed,
      200,
    );
    expect(out).toEqual({ ok: false, status: null, error: 'timeout' });
  });

  it('an inside address (literal or resolved) is refused before any connection; no address: connection failed', async () => {
    const resolver = new StubResolver({ 'rebound.test': ['93.184.215.14', '127.0.0.1'] });
    expect(await postWebhook(`http://127.0.0.1:${port}/x`, {}, '{}', resolver, strict)).toEqual({
      ok: false,
      status: null,
      error: 'address refused',
    });
    expect(await postWebhook(`http://rebound.test:${port}/x`, {}, '{}', resolver, strict)).toEqual({
      ok: false,
      status: null,
      error: 'address refused',
    });
    expect(await postWebhook('http://gone.test/x', {}, '{}', resolver, strict)).toEqual({
      ok: false,
      status: null,
      error: 'connection failed',
    });
    expect(seen).toEqual([]);
  });
});
