// A webhook receiver written from X's description (tests and benchmarks): answers the CRC
// (`GET ?crc_token=T` → `{ response_token: "sha256=" + base64(HMAC-SHA256(consumer secret, T)) }`), checks every
// delivery's `x-twitter-webhooks-signature` (`sha256=` + base64(HMAC-SHA256(consumer secret, raw body))) and
// deduplicates by `event_uuid`. Its answers can be scripted to fail (status or no answer at all).
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEvent {
  event_uuid: string;
  event_type: string;
  filter: { user_id: string };
  tag: string | null;
  payload: { id: string; text: string; created_at?: string; author_id?: string };
}

export interface Delivery {
  /** performance.timeOrigin + performance.now() when the body was read. */
  at: number;
  signatureValid: boolean;
  /** What the receiver answered (0: no answer). */
  answered: number;
  event: ReceivedEvent;
}

/** Decides the answer to one delivery: a status, or 'hang' (never answer). Default 200. */
export type Responder = (event: ReceivedEvent, attempt: number) => number | 'hang';

export interface WebhookReceiver {
  url: string;
  /** Every delivery, in arrival order (duplicates and retries included). */
  deliveries: Delivery[];
  /** First successful delivery of each event_uuid. */
  unique: Map<string, Delivery>;
  badSignatures: number;
  respond: Responder;
  close(): Promise<void>;
}

const hmac = (secret: string, data: string | Buffer) =>
  `sha256=${createHmac('sha256', secret).update(data).digest('base64')}`;

function sameSignature(expected: string, given: string | undefined): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given ?? '');
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWebhookReceiver(consumerSecret: string): Promise<WebhookReceiver> {
  const attempts = new Map<string, number>();
  const hanging = new Set<http.ServerResponse>();
  const r: WebhookReceiver = {
    url: '',
    deliveries: [],
    unique: new Map(),
    badSignatures: 0,
    respond: () => 200,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET') {
      const token = url.searchParams.get('crc_token') ?? '';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ response_token: hmac(consumerSecret, token) }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.timeOrigin + performance.now();
      const raw = Buffer.concat(chunks);
      const signatureValid = sameSignature(
        hmac(consumerSecret, raw),
        req.headers['x-twitter-webhooks-signature'] as string,
      );
      if (!signatureValid) {
        r.badSignatures++;
        res.writeHead(401).end();
        return;
      }
      const event = (JSON.parse(raw.toString('utf8')) as { data: ReceivedEvent }).data;
      const n = (attempts.get(event.event_uuid) ?? 0) + 1;
      attempts.set(event.event_uuid, n);
      const answer = r.respond(event, n);
      const delivery: Delivery = { at, signatureValid, answered: answer === 'hang' ? 0 : answer, event };
      r.deliveries.push(delivery);
      if (answer === 'hang') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (answer >= 200 && answer < 300 && !r.unique.has(event.event_uuid)) r.unique.set(event.event_uuid, delivery);
      res.writeHead(answer).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x/webhook`;
  return r;
}
