import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XApiClient } from './x-api-client';
import { InMemoryXTokenStore } from './x-token-store';

/** A stand-in for POST /2/tweets on loopback: 201 with a Post id and X's rate-limit headers, nothing kept. */
function answerLikeX(req: IncomingMessage, res: ServerResponse, next: () => number): void {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let text = '';
    try {
      text = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text?: string }).text ?? '';
    } catch {
      // not a JSON body: answered all the same
    }
    const body = JSON.stringify({ data: { id: String(next()), text } });
    res.writeHead(201, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'x-rate-limit-limit': '100',
      'x-rate-limit-remaining': '99',
      'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 900),
    });
    res.end(body);
  });
}

/**
 * A dry run of the publishing call path, against nothing: `calls` Posts sent through a real XApiClient
 * (twitter-api-v2, Node's HTTP client, the outcome classification) to a stub on 127.0.0.1 that answers like X,
 * `concurrency` at a time, so that a freshly started process has compiled that path before its first claim
 * (docs/scheduler.md, "How a post goes out"). No request leaves the machine and no token is used; the stub and the
 * client are closed before it returns. Answers how many calls came back published; never throws.
 */
export async function dryRunXCalls(calls: number, concurrency = 32): Promise<number> {
  if (calls <= 0) return 0;
  let ids = 1_000_000;
  const server = createServer((req, res) => answerLikeX(req, res, () => ids++));
  // Nothing here can hang, but a loaded machine can stall this process for seconds: no idle connection is closed
  // under the client, and a call is not abandoned before the stub has had its turn to answer.
  server.keepAliveTimeout = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
  } catch {
    return 0;
  }
  const { port } = server.address() as AddressInfo;
  const store = new InMemoryXTokenStore();
  const accounts = Array.from({ length: 8 }, (_, i) => `warm-up-${i}`);
  for (const id of accounts)
    store.set(id, { accessToken: `warm-up-token-${id}`, expiresAt: new Date(Date.now() + 3_600_000), scopes: [] });
  const client = new XApiClient({
    clientId: 'warm-up',
    baseUrl: `http://127.0.0.1:${port}`,
    tokenStore: store,
    timeoutMs: 120_000,
  });
  let sent = 0;
  let published = 0;
  const worker = async () => {
    while (sent < calls) {
      const i = sent++;
      const r = await client.publishTweet({ accountId: accounts[i % accounts.length]! }, { text: `warm-up ${i}` });
      if (r.kind === 'published') published++;
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, worker));
  } catch {
    // a dry run: whatever it compiled is kept
  } finally {
    client.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
  return published;
}
