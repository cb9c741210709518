import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { Socket, type AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import type { INestApplication } from '@nestjs/common';
import { HostResolver, Notifier } from '@xp/server/application';
import { msg } from '@xp/shared';
import { WebhookDeliveryWorker } from '@xp/server/data-access';
import { testConfig } from '@xp/server/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
import { registerUser, startTestApi, type SignedIn, type TestApi } from './support/test-api';

/**
 * Webhooks cannot reach the inside (issue 12 #1): without the operator's WEBHOOK_ALLOW_LOOPBACK, a receiver at a
 * loopback, unspecified, private, link-local or unique-local address — written as a literal or behind a name — is
 * refused at registration (400 WEBHOOK_URL_REFUSED) and, when a name later resolves inside (DNS rebinding), at
 * delivery, before any connection. Both processes resolve through a stub: no DNS query, no traffic to those ranges;
 * a trap server on loopback and a spy on every socket connection prove nothing was contacted.
 */
let api: TestApi;
let owner: SignedIn;
let ws: string;
let db: DataSource;
let scheduler: INestApplication;
let worker: WebhookDeliveryWorker;
let trap: Server;
let trapPort: number;
let trapHits = 0;
/** What each process's resolver answers, per name (a stub, changed by the tests). */
const dns: Record<string, string[]> = {};
const resolved: string[] = [];
/** Every outgoing socket connection of this process (supertest's own included), as host:port. */
const connections: string[] = [];

const stubResolver = (app: INestApplication) =>
  jest.spyOn(app.get(HostResolver), 'resolve').mockImplementation(async (host: string) => {
    resolved.push(host);
    return dns[host] ?? [];
  });

const register = (url: string) =>
  owner.agent
    .post(`/api/workspaces/${ws}/webhooks`)
    .set('x-csrf-token', owner.csrf)
    .send({ url, events: ['post.published'] });

beforeAll(async () => {
  trap = createServer((_req, res) => {
    trapHits++;
    res.end('ok');
  });
  await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
  trapPort = (trap.address() as AddressInfo).port;
  const connect = Socket.prototype.connect;
  jest.spyOn(Socket.prototype, 'connect').mockImplementation(function (this: Socket, ...args: unknown[]) {
    const o = args[0] as { host?: string; port?: number } | unknown[];
    const opts = (Array.isArray(o) ? o[0] : o) as { host?: string; port?: number } | undefined;
    if (opts && typeof opts === 'object') connections.push(`${opts.host}:${opts.port}`);
    return (connect as (...a: unknown[]) => Socket).apply(this, args);
  });
  // No WEBHOOK_ALLOW_LOOPBACK: the default policy. Both processes share the keys to decrypt webhook secrets.
  const keys = { ENCRYPTION_KEYS: `test:${randomBytes(32).toString('base64')}` };
  api = await startTestApi(keys);
  owner = await registerUser(api, 'ssrf-owner', 'Inside');
  ws = owner.me.workspaces[0]!.id;
  db = api.app.get(DataSource);
  scheduler = await createSchedulerApp(testConfig(api.databaseUrl, keys), { clock: api.clock, quiet: true });
  await scheduler.init();
  worker = scheduler.get(WebhookDeliveryWorker);
  stubResolver(api.app);
  stubResolver(scheduler);
});
afterAll(async () => {
  jest.restoreAllMocks();
  await scheduler?.close();
  await api?.close();
  await new Promise((resolve) => trap.close(resolve));
});

describe('webhook receivers inside the network are refused', () => {
  it.each([
    ['loopback v4', () => `http://127.0.0.1:${trapPort}/api/health`],
    ['loopback v4, another address of 127/8', () => `http://127.1.2.3:${trapPort}/`],
    ['loopback v6', () => `http://[::1]:${trapPort}/hook`],
    ['IPv4-mapped loopback', () => `http://[::ffff:127.0.0.1]:${trapPort}/hook`],
    ['unspecified 0.0.0.0', () => `http://0.0.0.0:${trapPort}/hook`],
    ['private 10/8', () => 'http://10.0.0.7/hook'],
    ['private 172.16/12', () => 'https://172.20.1.1/hook'],
    ['private 192.168/16', () => 'http://192.168.1.1:8080/hook'],
    ['link-local 169.254/16 (cloud metadata)', () => 'http://169.254.169.254/latest/meta-data/'],
    ['unique-local fc00::/7', () => 'http://[fd00::1]/hook'],
    ['a name that resolves to loopback', () => `http://localhost.test:${trapPort}/hook`],
    ['a name with one inside address among public ones', () => 'https://mixed.test/hook'],
  ])('%s: 400 WEBHOOK_URL_REFUSED, nothing contacted', async (_label, url) => {
    dns['localhost.test'] = ['127.0.0.1'];
    dns['mixed.test'] = ['93.184.215.14', '10.1.2.3'];
    const before = connections.length;
    const res = await register(url()).expect(400);
    expect(res.body).toMatchObject({ code: 'WEBHOOK_URL_REFUSED', params: { reason: 'internal_address' } });
    // The spy sees connections (supertest's own request to the in-process API), so an empty list below means something.
    expect(connections.length).toBeGreaterThan(before);
    const inside = connections
      .slice(before)
      .filter(
        (c) =>
          !/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1|localhost|undefined):\d+$/.test(c) || c.endsWith(`:${trapPort}`),
      );
    expect(inside).toEqual([]);
    expect(trapHits).toBe(0);
  });

  it('a name with no address is refused too; a public one is accepted', async () => {
    const none = await register('https://nowhere.test/hook').expect(400);
    expect(none.body.params).toEqual({ reason: 'no_address' });
    dns['hooks.example.com'] = ['93.184.215.14'];
    const ok = await register('http://hooks.example.com/hook').expect(201);
    await owner.agent
      .delete(`/api/workspaces/${ws}/webhooks/${ok.body.id}`)
      .set('x-csrf-token', owner.csrf)
      .expect(204);
    expect(resolved).toEqual(
      expect.arrayContaining(['localhost.test', 'mixed.test', 'nowhere.test', 'hooks.example.com']),
    );
    // IP literals are judged as written: never sent to the resolver.
    expect(resolved.some((h) => /^[\d.[\]:a-f]+$/.test(h))).toBe(false);
    expect(await db.query(`SELECT url FROM webhooks`)).toEqual([]);
  });

  it('DNS rebinding: a name accepted as public that later resolves to loopback is refused at delivery, unreached', async () => {
    dns['rebind.test'] = ['93.184.215.14'];
    const hook = await register(`http://rebind.test:${trapPort}/hook`).expect(201);
    dns['rebind.test'] = ['127.0.0.1'];
    resolved.length = 0;
    const before = connections.length;
    await api.app.get(Notifier).notify({
      workspaceId: ws,
      event: 'post.published',
      recipientIds: [],
      subjectType: 'post',
      subjectId: 'post-1',
      title: msg('NOTIFY_POST_PUBLISHED_ON', { handle: 'kindy' }),
      body: 'x',
      data: {},
    });
    const deliveries = async () =>
      (await db.query(
        `SELECT status, attempts, last_status, last_error FROM webhook_deliveries WHERE webhook_id = $1`,
        [hook.body.id],
      )) as { status: string; attempts: number; last_status: number | null; last_error: string | null }[];
    for (let i = 0; i < 100 && !(await deliveries())[0]?.attempts; i++) await worker.runDue();
    const [d] = await deliveries();
    expect(d).toEqual({ status: 'pending', attempts: 1, last_status: null, last_error: 'address refused' });
    // The scheduler asked the resolver again at delivery, and connected nowhere.
    expect(resolved).toEqual(['rebind.test']);
    expect(connections.slice(before).filter((c) => c.endsWith(`:${trapPort}`) || c.startsWith('rebind'))).toEqual([]);
    expect(trapHits).toBe(0);
  });
});
