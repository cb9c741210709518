import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { XApiClient } from './x-api-client';
import { rateLimitResetAt } from './x-outcome';

// A bare HTTP server answering canned X responses: exercises the adapter's plugin, timeouts and classification
// over real HTTP without the sandbox (the full contract suite lives in apps/x-sandbox/src/contract).
describe('XApiClient over a canned HTTP server', () => {
  let server: http.Server;
  let url: string;
  let next: (req: http.IncomingMessage, res: http.ServerResponse) => void = () => undefined;
  const seen: string[] = [];
  let x: XApiClient;
  let hasty: XApiClient;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url} host=${req.headers.host}`);
      req.resume();
      req.on('end', () => next(req, res));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Answers in time even on a loaded machine; `hasty` gives up after 200 ms (the timeout test).
    x = new XApiClient({ clientId: 'cid', baseUrl: url, timeoutMs: 10_000 });
    hasty = new XApiClient({ clientId: 'cid', baseUrl: url, timeoutMs: 200 });
  });
  afterAll(async () => {
    x.close();
    hasty.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    next = (_req, res) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
  };

  it('retargets api.x.com calls to the base URL and reads rate-limit headers', async () => {
    const reset = Math.floor(Date.now() / 1000) + 900;
    reply(
      201,
      { data: { id: '1', text: 'hi' } },
      { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '7', 'x-rate-limit-reset': String(reset) },
    );
    const r = await x.publishTweet({ accessToken: 't' }, { text: 'hi' });
    expect(r).toEqual({
      kind: 'published',
      tweetId: '1',
      text: 'hi',
      rateLimit: { limit: 100, remaining: 7, resetAt: new Date(reset * 1000) },
    });
    expect(seen.at(-1)).toBe(`POST /2/tweets host=${url.replace('http://', '')}`);
  });

  it('classifies on status + problem type suffix + detail', async () => {
    reply(400, {
      errors: [{ message: 'bad' }],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.x.com/2/problems/invalid-request',
    });
    expect(await x.publishTweet({ accessToken: 't' }, { text: 'x' })).toMatchObject({
      kind: 'rejected',
      type: 'invalid-request',
      errors: ['bad'],
    });
    reply(502, { title: 'Bad Gateway' });
    expect(await x.publishTweet({ accessToken: 't' }, { text: 'x' })).toMatchObject({
      kind: 'unknown',
      reason: 'server_error',
      status: 502,
    });
    expect(await x.deleteTweet({ accessToken: 't' }, '1')).toMatchObject({ kind: 'transient', status: 502 });
  });

  it('times out: unknown for a create, transient for a read', async () => {
    next = () => undefined; // never answers
    expect(await hasty.publishTweet({ accessToken: 't' }, { text: 'x' })).toMatchObject({
      kind: 'unknown',
      reason: 'timeout',
    });
    expect(await hasty.getMe({ accessToken: 't' })).toMatchObject({ kind: 'transient', reason: 'timeout' });
  });

  it('takes the latest reset among exhausted windows', () => {
    const r = {
      limit: 100,
      remaining: 50,
      resetAt: new Date(1000),
      day: { limit: 10, remaining: 0, resetAt: new Date(9000) },
      userDay: { limit: 5, remaining: 0, resetAt: new Date(5000) },
    };
    expect(rateLimitResetAt(r, 0).getTime()).toBe(9000);
    expect(rateLimitResetAt({ limit: 1, remaining: 0, resetAt: new Date(7000) }, 0).getTime()).toBe(7000);
  });
});
