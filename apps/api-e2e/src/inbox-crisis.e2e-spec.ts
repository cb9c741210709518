import type { INestApplication } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { XWebhookService } from '@xp/server/application';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createApiApp } from '@xp/api';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
import { registerUser } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

/**
 * No mention lost, none filed twice, through a crisis: 600 mentions a minute on 4 accounts for 2 minutes, compressed
 * 4× (1,200 mentions in 30 s). The X sandbox delivers each event once more 5 % of the time (its delivery protocol's
 * duplicates) and never retries a failed one (so polling must fill every gap); its deliveries reach the API through
 * a relay that refuses all of them (503) for 30 simulated seconds, and that loses those sent while the API process
 * is restarted once. The worker polls every 7.5 simulated seconds. At the end every mention is in exactly one
 * conversation item.
 */
const ACCOUNTS = ['Kindy', 'GroupeKindy', 'TotalCareers', 'F1TotalOfficiel'];
const SPEED = 4;
const MENTIONS = 1200;
const CRISIS_MS = 120_000 / SPEED;
const OUTAGE = { from: 5_000, ms: 30_000 / SPEED };
const RESTART_AT = 18_000;
const DUPLICATE_RATE = 0.05;
const POLL_MS = 7_500;

/** Between X and the API: forwards deliveries, refuses them during the outage, loses them while the API is down. */
class DeliveryRelay {
  target = '';
  refusing = false;
  readonly stats = { forwarded: 0, refused: 0, lost: 0 };
  private readonly server: Server;

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on(
        'end',
        () => void this.handle(req.method ?? 'GET', req.url ?? '/', req.headers, Buffer.concat(chunks), res),
      );
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }

  private forward(method: string, url: string, headers: Record<string, unknown>, body: Buffer) {
    return fetch(`${this.target}${url}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(headers['x-twitter-webhooks-signature']
          ? { 'x-twitter-webhooks-signature': String(headers['x-twitter-webhooks-signature']) }
          : {}),
      },
      ...(method === 'POST' ? { body: new Uint8Array(body) } : {}),
    });
  }

  private async handle(
    method: string,
    url: string,
    headers: Record<string, unknown>,
    body: Buffer,
    res: import('node:http').ServerResponse,
  ): Promise<void> {
    const delivery = method === 'POST';
    if (delivery && this.refusing) {
      this.stats.refused++;
      res.writeHead(503).end();
      return;
    }
    try {
      const answer = await this.forward(method, url, headers, body);
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
      if (delivery) this.stats[answer.ok ? 'forwarded' : 'lost']++;
    } catch {
      if (delivery) this.stats.lost++;
      res.writeHead(502).end();
    }
  }
}

let stack: Awaited<ReturnType<typeof startApiWithSandbox>>;
let api: INestApplication;
let scheduler: INestApplication;
let relay: DeliveryRelay;
let db: Client;

const listen = async (app: INestApplication) => {
  const server = app.getHttpServer() as Server;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
const onSandbox = async <T>(path: string, body?: unknown, method = 'POST'): Promise<T> => {
  const res = await fetch(`${stack.sandbox.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`sandbox ${path}: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: T }).data;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  relay = new DeliveryRelay();
  const relayUrl = await relay.listen();
  stack = await startApiWithSandbox({ INBOX_POLL_MS: String(POLL_MS), X_WEBHOOK_BASE_URL: relayUrl });
  api = stack.api.app;
  relay.target = await listen(api);
  db = new Client({ connectionString: stack.api.databaseUrl });
  await db.connect();
}, 60_000);
afterAll(async () => {
  await scheduler?.close();
  await api?.close();
  await stack?.sandbox.close();
  await relay?.close();
  await db?.end();
});

it('files every mention of a crisis exactly once despite repeats, a 30 s outage and an API restart', async () => {
  const owner = await registerUser(stack.api, 'owner', 'Crise');
  const ws = owner.me.workspaces[0]!.id;
  const brand = (
    await owner.agent
      .post(`/api/workspaces/${ws}/brands`)
      .set('x-csrf-token', owner.csrf)
      .send({ name: 'Groupe' })
      .expect(201)
  ).body.id as string;
  const accounts: Record<string, string> = {};
  for (const handle of ACCOUNTS) accounts[handle] = await connectAccount(stack.sandbox, owner, ws, brand, handle);
  const customers = Array.from({ length: 24 }, (_, i) => `crowd_${i}`);
  for (const username of customers) await onSandbox('/_sandbox/users', { username, name: username });
  await onSandbox('/_sandbox/webhook-delivery', { duplicateRate: DUPLICATE_RATE, maxAttempts: 1 }, 'PUT');
  expect(await api.get(XWebhookService).ensure(config().inbox.webhookBaseUrl)).toBeTruthy();
  // Each account was mentioned before the crisis and polled once: the cursor exists (as after any first day).
  const warmUp = new Set<string>();
  for (const handle of ACCOUNTS)
    warmUp.add(
      (await onSandbox<{ id: string }>('/_sandbox/tweets', { username: 'crowd_0', text: `@${handle} bonjour` })).id,
    );
  scheduler = await createSchedulerApp(config(), { quiet: true });
  await scheduler.init();
  await waitFor(async () => (await filed(ws)).length === warmUp.size, 15_000);

  // --- The crisis: 1,200 mentions in 30 s, spread over the 4 accounts, a fifth of them answering earlier ones. ---
  const mentions: string[] = [];
  const byAccount: Record<string, string[]> = Object.fromEntries(ACCOUNTS.map((h) => [h, []]));
  const started = Date.now();
  let restarted = false;
  const restart = async () => {
    restarted = true;
    await api.close();
    api = await createApiApp(config(), { quiet: true });
    relay.target = await listen(api);
  };
  let restarting: Promise<void> | null = null;
  for (let i = 0; i < MENTIONS; i++) {
    const at = started + (i * CRISIS_MS) / MENTIONS;
    if (Date.now() < at) await sleep(at - Date.now());
    const elapsed = Date.now() - started;
    relay.refusing = elapsed >= OUTAGE.from && elapsed < OUTAGE.from + OUTAGE.ms;
    if (!restarted && elapsed >= RESTART_AT) restarting = restart();
    const handle = ACCOUNTS[i % ACCOUNTS.length]!;
    const earlier = byAccount[handle]!;
    const answer = i % 5 === 4 && earlier.length > 0 ? earlier[earlier.length - 1] : undefined;
    const post = await onSandbox<{ id: string }>('/_sandbox/tweets', {
      username: customers[i % customers.length],
      text: `@${handle} commande ${i} jamais arrivée, que se passe-t-il ?`,
      ...(answer ? { in_reply_to_tweet_id: answer } : {}),
    });
    mentions.push(post.id);
    earlier.push(post.id);
  }
  relay.refusing = false;
  await restarting;
  const crisisMs = Date.now() - started;

  // --- The gaps are filled by polling (the next poll, a few seconds away): all there, each once. ---
  const expected = new Set([...warmUp, ...mentions]);
  await waitFor(async () => (await filed(ws)).length >= expected.size, 3 * POLL_MS);
  const items = await filed(ws);
  const counts = new Map<string, number>();
  for (const id of items) counts.set(id, (counts.get(id) ?? 0) + 1);
  expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
  expect(new Set(items)).toEqual(expected);
  // Each on the account it mentions (a reply joins the conversation of the post it answers).
  const wrong = await db.query(
    `SELECT i.tweet_id FROM conversation_items i JOIN conversations c ON c.id = i.conversation_id
      JOIN accounts a ON a.id = c.account_id WHERE i.workspace_id = $1 AND i.text NOT LIKE '@' || a.handle || ' %'`,
    [ws],
  );
  expect(wrong.rows).toEqual([]);

  // The disturbances did happen: repeats, refusals during the outage, losses during the restart.
  const delivery = await onSandbox<{ stats: { duplicates: number; gaveUp: number; delivered: number } }>(
    '/_sandbox/webhook-delivery',
    undefined,
    'GET',
  );
  expect(restarted).toBe(true);
  // Repeats are drawn for 5 % of the successful deliveries, whose number depends on how much of the posting the
  // outage and the restart covered (a loaded machine stretches the posting): the floor follows what was delivered.
  expect(delivery.stats.duplicates).toBeGreaterThan(delivery.stats.delivered * DUPLICATE_RATE * 0.4);
  expect(delivery.stats.gaveUp).toBeGreaterThanOrEqual(relay.stats.refused);
  // The outage refused a real share of the deliveries (fewer when a loaded machine stretches the posting: 192 seen).
  expect(relay.stats.refused).toBeGreaterThan(MENTIONS / 10);
  // The webhook path carried a real share (half on a quiet machine; 586 of 1,200 seen on CI's loaded one, where the
  // API's restart takes longer and loses more): the polling filled the rest, checked above.
  expect(relay.stats.forwarded).toBeGreaterThan(MENTIONS / 4);
  // The mentions went out while the outage and the restart happened (checked above); this only catches a stuck
  // generator. A loaded 2-core machine (CI runs two suites at once) stretches the 30 s of posting to ~55 s.
  expect(crisisMs).toBeLessThan(CRISIS_MS * 3);
}, 120_000);

function config() {
  return stack.config;
}

async function filed(ws: string): Promise<string[]> {
  const r = await db.query<{ tweet_id: string }>(
    `SELECT tweet_id FROM conversation_items WHERE workspace_id = $1 AND direction = 'in'`,
    [ws],
  );
  return r.rows.map((row) => row.tweet_id);
}

async function waitFor(ok: () => Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!(await ok()) && Date.now() < until) await sleep(250);
}
