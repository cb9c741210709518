import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import {
  Notifier,
  UnitOfWork,
  WEBHOOK_MAX_ATTEMPTS,
  verifyWebhookSignature,
  type NotificationEvent,
  type NotificationInput,
} from '@xp/server/application';
import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { msg } from '@xp/shared';
import { WebhookDeliveryWorker } from '@xp/server/data-access';
import { testConfig } from '@xp/server/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
import { registerUser, startTeam, type SignedIn, type TestApi } from './support/test-api';

/**
 * Notifications on the real stack: in-app per member with unread count and read marks, emails through the outbox in
 * the member's language, each member's preferences, and signed outgoing webhooks retried with backoff by the
 * delivery worker of the scheduler process (not the API) against a local receiver. Another workspace's notifications and webhooks answer 404.
 */
interface Hit {
  headers: IncomingHttpHeaders;
  body: string;
}
class Receiver {
  readonly hits: Hit[] = [];
  /** Status codes to answer, in order; then 200. */
  script: number[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.hits.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.statusCode = this.script.shift() ?? 200;
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let api: TestApi;
let owner: SignedIn;
let manager: SignedIn;
let editor: SignedIn;
let ws: string;
let db: DataSource;
let notifier: Notifier;
let scheduler: INestApplication;
let worker: WebhookDeliveryWorker;
const receiver = new Receiver();

const notice = (event: NotificationEvent, recipientIds: string[], subjectId = 'post-1'): NotificationInput => ({
  workspaceId: ws,
  event,
  recipientIds,
  subjectType: 'post',
  subjectId,
  title: msg('NOTIFY_POST_PUBLISHED_ON', { handle: event }),
  body: 'Le texte de la publication',
  data: { postId: subjectId },
});

const listFor = async (m: SignedIn, query = '') =>
  (await m.agent.get(`/api/workspaces/${ws}/notifications${query}`).expect(200)).body as {
    items: { id: string; event: string; title: string; body: string | null; read: boolean; subjectId: string }[];
    nextCursor: string | null;
    unreadCount: number;
  };

const outbox = async () =>
  (
    (await owner.agent.get(`/api/workspaces/${ws}/outbox?limit=200`).expect(200)).body as {
      items: { to: string; subject: string; text: string }[];
    }
  ).items;

/** Waits until `done` holds: the scheduler's ticker sends what is due (every 100 ms here). */
async function deliverUntil(done: () => Promise<boolean>, tries = 100): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not reached');
}

const deliveriesOf = async (webhookId: string) =>
  (await db.query(
    `SELECT status, attempts, last_status, last_error, next_attempt_at FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY created_at`,
    [webhookId],
  )) as {
    status: string;
    attempts: number;
    last_status: number | null;
    last_error: string | null;
    next_attempt_at: Date;
  }[];

beforeAll(async () => {
  await receiver.start();
  // The scheduler must decrypt the webhook secrets the API stored: both processes share the keys. The receiver
  // listens on loopback, which only the operator's setting allows (both at registration and at delivery).
  const keys = { ENCRYPTION_KEYS: `test:${randomBytes(32).toString('base64')}`, WEBHOOK_ALLOW_LOOPBACK: 'true' };
  ({ api, owner, manager, editor, ws, db } = await startTeam(keys, 'notif-owner', 'Notified'));
  notifier = api.app.get(Notifier);
  scheduler = await createSchedulerApp(testConfig(api.databaseUrl, keys), {
    clock: api.clock,
    quiet: true,
    settings: { webhookMs: 100 },
  });
  await scheduler.init();
  worker = scheduler.get(WebhookDeliveryWorker);
  await db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [editor.me.user.id]);
  await db.query(`UPDATE users SET locale = 'fr' WHERE id = $1`, [manager.me.user.id]);
});
afterAll(async () => {
  await scheduler?.close();
  await api.close();
  await receiver.stop();
});

describe('in-app notifications', () => {
  it('reach the recipients in their language, with an unread count; non-members are ignored', async () => {
    const stranger = await registerUser(api, 'stranger');
    await notifier.notify(
      notice('post.submitted', [manager.me.user.id, editor.me.user.id, stranger.me.user.id, 'not-a-uuid']),
    );
    const m = await listFor(manager);
    expect(m.unreadCount).toBe(1);
    expect(m.items[0]).toMatchObject({
      event: 'post.submitted',
      title: 'Publiée sur @post.submitted',
      body: 'Le texte de la publication',
      read: false,
    });
    const e = await listFor(editor);
    expect(e.items[0]).toMatchObject({ title: 'Published on @post.submitted', body: 'Le texte de la publication' });
    expect((await listFor(owner)).items).toHaveLength(0);
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [
      stranger.me.user.id,
    ])) as { n: number }[];
    expect(n).toBe(0);
  });

  it('mark one read, then all read; someone else’s notification answers 404', async () => {
    api.clock.advance(1000);
    await notifier.notify(notice('post.approved', [manager.me.user.id], 'post-2'));
    api.clock.advance(1000);
    await notifier.notify(notice('post.published', [manager.me.user.id], 'post-2'));
    let m = await listFor(manager);
    expect(m.unreadCount).toBe(3);
    expect(m.items.map((i) => i.event)).toEqual(['post.published', 'post.approved', 'post.submitted']);
    const first = m.items[0]!;
    await editor.agent
      .post(`/api/workspaces/${ws}/notifications/${first.id}/read`)
      .set('x-csrf-token', editor.csrf)
      .expect(404);
    await manager.agent
      .post(`/api/workspaces/${ws}/notifications/${first.id}/read`)
      .set('x-csrf-token', manager.csrf)
      .expect(204);
    m = await listFor(manager);
    expect(m.unreadCount).toBe(2);
    expect(m.items[0]!.read).toBe(true);
    expect((await listFor(manager, '?unread=true')).items).toHaveLength(2);
    const page1 = await listFor(manager, '?limit=2');
    expect(page1.items).toHaveLength(2);
    const page2 = await listFor(manager, `?limit=2&cursor=${page1.nextCursor}`);
    expect(page2.items.map((i) => i.event)).toEqual(['post.submitted']);
    const all = await manager.agent
      .post(`/api/workspaces/${ws}/notifications/read-all`)
      .set('x-csrf-token', manager.csrf)
      .expect(200);
    expect(all.body).toEqual({ marked: 2 });
    expect((await listFor(manager)).unreadCount).toBe(0);
    await manager.agent
      .post(`/api/workspaces/${ws}/notifications/nope/read`)
      .set('x-csrf-token', manager.csrf)
      .expect(404);
  });

  it('join the caller’s transaction: nothing is left when the business transaction rolls back', async () => {
    const before = (await listFor(editor)).items.length;
    await expect(
      api.app.get(UnitOfWork).run(async () => {
        await notifier.notify(notice('post.failed', [editor.me.user.id], 'rolled-back'));
        throw new Error('business failure');
      }),
    ).rejects.toThrow('business failure');
    expect((await listFor(editor)).items).toHaveLength(before);
  });
});

describe('preferences and email', () => {
  it('defaults: in-app for every event, email for those that need action', async () => {
    const res = await editor.agent.get(`/api/workspaces/${ws}/notification-preferences`).expect(200);
    const prefs = res.body.preferences as { event: string; inApp: boolean; email: boolean }[];
    // The 9 events of posts, holds and comments, the inbox's 2 (a conversation assigned, a deadline passed) and
    // listening's alert.
    expect(prefs).toHaveLength(12);
    expect(prefs.find((p) => p.event === 'monitor.alert')).toEqual({
      event: 'monitor.alert',
      inApp: true,
      email: true,
    });
    expect(prefs.find((p) => p.event === 'conversation.assigned')).toEqual({
      event: 'conversation.assigned',
      inApp: true,
      email: false,
    });
    expect(prefs.find((p) => p.event === 'post.submitted')).toEqual({
      event: 'post.submitted',
      inApp: true,
      email: false,
    });
    expect(prefs.find((p) => p.event === 'post.changes_requested')).toEqual({
      event: 'post.changes_requested',
      inApp: true,
      email: true,
    });
  });

  it('emails go through the outbox in each member’s language', async () => {
    await notifier.notify(notice('post.changes_requested', [editor.me.user.id, manager.me.user.id], 'post-3'));
    const mails = await outbox();
    // The title comes from the message catalogue in the recipient's language; the post's own text as written.
    const toEditor = mails.find((m) => m.to === editor.email && m.subject === 'Published on @post.changes_requested');
    const toManager = mails.find((m) => m.to === manager.email && m.subject === 'Publiée sur @post.changes_requested');
    expect(toEditor?.text).toContain('Le texte de la publication');
    expect(toEditor?.text).toContain('notification preferences');
    expect(toManager?.text).toContain('Le texte de la publication');
    expect(toManager?.text).toContain('préférences de notification');
  });

  it('each member’s choices are respected', async () => {
    await editor.agent
      .put(`/api/workspaces/${ws}/notification-preferences`)
      .set('x-csrf-token', editor.csrf)
      .send({ preferences: [{ event: 'post.missed', inApp: false, email: true }] })
      .expect(200)
      .expect((r) =>
        expect(r.body.preferences.find((p: { event: string }) => p.event === 'post.missed')).toEqual({
          event: 'post.missed',
          inApp: false,
          email: true,
        }),
      );
    await manager.agent
      .put(`/api/workspaces/${ws}/notification-preferences`)
      .set('x-csrf-token', manager.csrf)
      .send({ preferences: [{ event: 'post.missed', inApp: true, email: false }] })
      .expect(200);
    await notifier.notify(notice('post.missed', [editor.me.user.id, manager.me.user.id], 'post-4'));
    expect((await listFor(editor)).items.some((i) => i.event === 'post.missed')).toBe(false);
    expect((await listFor(manager)).items.some((i) => i.event === 'post.missed')).toBe(true);
    const mails = (await outbox()).filter((m) => /post\.missed/.test(m.subject));
    expect(mails.map((m) => m.to)).toEqual([editor.email]);
    expect(mails[0]!.subject).toBe('Published on @post.missed');
    // Other events keep their defaults; the owner's choices are untouched.
    const ownerPrefs = (await owner.agent.get(`/api/workspaces/${ws}/notification-preferences`).expect(200)).body
      .preferences;
    expect(ownerPrefs.find((p: { event: string }) => p.event === 'post.missed')).toEqual({
      event: 'post.missed',
      inApp: true,
      email: true,
    });
  });

  it('rejects unknown events and duplicates', async () => {
    const put = (preferences: unknown) =>
      editor.agent
        .put(`/api/workspaces/${ws}/notification-preferences`)
        .set('x-csrf-token', editor.csrf)
        .send({ preferences });
    await put([{ event: 'post.exploded', inApp: true, email: true }]).expect(400);
    await put([{ event: 'post.missed', inApp: 'yes', email: true }]).expect(400);
    await put([
      { event: 'post.missed', inApp: true, email: true },
      { event: 'post.missed', inApp: false, email: true },
    ]).expect(400);
  });
});

describe('webhooks', () => {
  let hookId: string;
  let secret: string;

  it('owners and admins manage them; the secret is shown once and stored encrypted', async () => {
    await editor.agent
      .post(`/api/workspaces/${ws}/webhooks`)
      .set('x-csrf-token', editor.csrf)
      .send({ url: receiver.url, events: ['post.published'] })
      .expect(403);
    await manager.agent.get(`/api/workspaces/${ws}/webhooks`).expect(403);
    await owner.agent
      .post(`/api/workspaces/${ws}/webhooks`)
      .set('x-csrf-token', owner.csrf)
      .send({ url: 'ftp://example.com', events: ['post.published'] })
      .expect(400);
    await owner.agent
      .post(`/api/workspaces/${ws}/webhooks`)
      .set('x-csrf-token', owner.csrf)
      .send({ url: receiver.url, events: ['post.exploded'] })
      .expect(400);
    await owner.agent
      .post(`/api/workspaces/${ws}/webhooks`)
      .set('x-csrf-token', owner.csrf)
      .send({ url: receiver.url, events: [] })
      .expect(400);
    const res = await owner.agent
      .post(`/api/workspaces/${ws}/webhooks`)
      .set('x-csrf-token', owner.csrf)
      .send({ url: receiver.url, events: ['post.published', 'hold.placed'] })
      .expect(201);
    expect(res.body).toMatchObject({
      url: receiver.url,
      events: ['post.published', 'hold.placed'],
      secret: expect.stringMatching(/^whsec_/),
    });
    hookId = res.body.id;
    secret = res.body.secret;
    const list = await owner.agent.get(`/api/workspaces/${ws}/webhooks`).expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].secret).toBeUndefined();
    const [row] = (await db.query(`SELECT secret_enc FROM webhooks WHERE id = $1`, [hookId])) as {
      secret_enc: string;
    }[];
    expect(row!.secret_enc).toMatch(/^v1\./);
    expect(row!.secret_enc).not.toContain(secret.slice(6));
  });

  it('the API process does not deliver: the worker runs in the scheduler', () => {
    const providersOf = (app: INestApplication) =>
      [...app.get(ModulesContainer).values()].flatMap((m) => [...m.providers.keys()]);
    expect(providersOf(api.app)).not.toContain(WebhookDeliveryWorker);
    expect(providersOf(scheduler)).toContain(WebhookDeliveryWorker);
  });

  it('delivers signed events, retries after a 500 with backoff, then succeeds', async () => {
    receiver.hits.length = 0;
    receiver.script = [500];
    await notifier.notify(notice('post.submitted', [], 'post-x')); // not subscribed
    await notifier.notify(notice('post.published', [], 'post-5'));
    // The scheduler's worker delivers on its own timer: wait for the attempt's outcome to be written, not only for
    // the receiver to be hit (under load the two are a few milliseconds apart).
    await deliverUntil(async () => (await deliveriesOf(hookId)).some((x) => x.attempts >= 1));
    let d = await deliveriesOf(hookId);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ status: 'pending', attempts: 1, last_status: 500 });
    expect(d[0]!.next_attempt_at.getTime()).toBe(api.clock.now().getTime() + 30_000);
    // Not due yet: nothing is sent.
    expect(await worker.runDue()).toBe(0);
    expect(receiver.hits).toHaveLength(1);
    api.clock.advance(31_000);
    await deliverUntil(async () => (await deliveriesOf(hookId))[0]!.status === 'delivered');
    d = await deliveriesOf(hookId);
    expect(d[0]).toMatchObject({ status: 'delivered', attempts: 2, last_status: 200, last_error: null });
    expect(receiver.hits).toHaveLength(2);

    const hit = receiver.hits[1]!;
    expect(hit.headers['x-xp-event']).toBe('post.published');
    const sig = hit.headers['x-xp-signature'] as string;
    expect(sig).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const now = Math.floor(api.clock.now().getTime() / 1000);
    expect(verifyWebhookSignature(secret, sig, hit.body, now)).toBe(true);
    expect(verifyWebhookSignature('whsec_wrong', sig, hit.body, now)).toBe(false);
    expect(verifyWebhookSignature(secret, sig, hit.body.replace('post-5', 'post-6'), now)).toBe(false);
    expect(JSON.parse(hit.body)).toMatchObject({
      event: 'post.published',
      workspaceId: ws,
      subject: { type: 'post', id: 'post-5' },
      title: { fr: 'Publiée sur @post.published', en: 'Published on @post.published' },
      code: 'NOTIFY_POST_PUBLISHED_ON',
      params: { handle: 'post.published' },
      body: { fr: 'Le texte de la publication', en: 'Le texte de la publication' },
    });
    // The same delivery id on both attempts, so receivers can deduplicate.
    expect(receiver.hits[0]!.headers['x-xp-delivery']).toBe(hit.headers['x-xp-delivery']);

    const list = await owner.agent.get(`/api/workspaces/${ws}/webhooks/${hookId}/deliveries`).expect(200);
    expect(list.body.items[0]).toMatchObject({
      event: 'post.published',
      status: 'delivered',
      attempts: 2,
      lastStatus: 200,
    });
  });

  it('the delivery log records a status or one word: a 404, a redirect (not followed), a refused port', async () => {
    receiver.hits.length = 0;
    receiver.script = [404, 302];
    await notifier.notify(notice('post.published', [], 'post-log'));
    const latest = async () => (await deliveriesOf(hookId)).at(-1)!;
    await deliverUntil(async () => (await latest()).attempts >= 1);
    expect(await latest()).toMatchObject({ status: 'pending', last_status: 404, last_error: 'HTTP 404' });
    api.clock.advance(31_000);
    await deliverUntil(async () => (await latest()).attempts >= 2);
    expect(await latest()).toMatchObject({ status: 'pending', last_status: 302, last_error: 'HTTP 302' });
    // One request per attempt: the redirect was not followed.
    expect(receiver.hits).toHaveLength(2);
    api.clock.advance(200_000);
    await deliverUntil(async () => (await latest()).status === 'delivered');

    const refused = await owner.agent
      .post(`/api/workspaces/${ws}/webhooks`)
      .set('x-csrf-token', owner.csrf)
      .send({ url: 'http://127.0.0.1:9/closed', events: ['post.published'] })
      .expect(201);
    await notifier.notify(notice('post.published', [], 'post-log-2'));
    await deliverUntil(async () => (await deliveriesOf(refused.body.id))[0]?.attempts === 1);
    const list = await owner.agent.get(`/api/workspaces/${ws}/webhooks/${refused.body.id}/deliveries`).expect(200);
    expect(list.body.items[0]).toMatchObject({ lastStatus: null, lastError: 'connection failed' });
    expect(JSON.stringify(list.body)).not.toMatch(/ECONN|127\.0\.0\.1|:9\b|fetch failed/);
    await owner.agent
      .delete(`/api/workspaces/${ws}/webhooks/${refused.body.id}`)
      .set('x-csrf-token', owner.csrf)
      .expect(204);
  });

  it(`gives up after ${WEBHOOK_MAX_ATTEMPTS} attempts and records the outcome`, async () => {
    const dead = await owner.agent
      .post(`/api/workspaces/${ws}/webhooks`)
      .set('x-csrf-token', owner.csrf)
      .send({ url: 'http://127.0.0.1:9/unreachable', events: ['hold.placed'] })
      .expect(201);
    receiver.hits.length = 0;
    await notifier.notify({ ...notice('hold.placed', []), subjectType: 'hold', subjectId: 'hold-1' });
    for (let i = 1; i <= WEBHOOK_MAX_ATTEMPTS; i++) {
      await deliverUntil(async () => (await deliveriesOf(dead.body.id))[0]!.attempts >= i);
      api.clock.advance(2 * 3_600_000);
    }
    await worker.runDue();
    const [d] = await deliveriesOf(dead.body.id);
    expect(d).toMatchObject({
      status: 'failed',
      attempts: WEBHOOK_MAX_ATTEMPTS,
      last_status: null,
      // One word, not the network stack's message (no ECONNREFUSED, no port).
      last_error: 'connection failed',
    });
    // The healthy webhook subscribed to hold.placed got it once.
    expect(receiver.hits.filter((h) => h.headers['x-xp-event'] === 'hold.placed')).toHaveLength(1);
  });

  it('a test event is sent on demand, signed, whatever the subscriptions; editors and other ids are refused', async () => {
    receiver.hits.length = 0;
    const sent = await owner.agent
      .post(`/api/workspaces/${ws}/webhooks/${hookId}/test`)
      .set('x-csrf-token', owner.csrf)
      .expect(202);
    expect(sent.body).toMatchObject({ event: 'webhook.test', status: 'pending', attempts: 0 });
    await deliverUntil(async () => receiver.hits.some((h) => h.headers['x-xp-event'] === 'webhook.test'));
    const hit = receiver.hits.find((h) => h.headers['x-xp-event'] === 'webhook.test')!;
    const now = Math.floor(api.clock.now().getTime() / 1000);
    expect(verifyWebhookSignature(secret, hit.headers['x-xp-signature'] as string, hit.body, now)).toBe(true);
    expect(JSON.parse(hit.body)).toMatchObject({ id: sent.body.id, event: 'webhook.test', workspaceId: ws });
    await deliverUntil(async () => {
      const list = await owner.agent.get(`/api/workspaces/${ws}/webhooks/${hookId}/deliveries`).expect(200);
      return list.body.items[0]?.id === sent.body.id && list.body.items[0]?.status === 'delivered';
    });
    await editor.agent
      .post(`/api/workspaces/${ws}/webhooks/${hookId}/test`)
      .set('x-csrf-token', editor.csrf)
      .expect(403);
    for (const id of ['nope', '00000000-0000-4000-8000-000000000000']) {
      const res = await owner.agent
        .post(`/api/workspaces/${ws}/webhooks/${id}/test`)
        .set('x-csrf-token', owner.csrf)
        .expect(404);
      expect(res.body.code).toBe('WEBHOOK_NOT_FOUND');
    }
  });

  it('a webhook is deleted once', async () => {
    await owner.agent.delete(`/api/workspaces/${ws}/webhooks/${hookId}`).set('x-csrf-token', owner.csrf).expect(204);
    await owner.agent.delete(`/api/workspaces/${ws}/webhooks/${hookId}`).set('x-csrf-token', owner.csrf).expect(404);
  });
});

describe('tenant isolation', () => {
  it('another workspace’s notifications, preferences and webhooks answer 404', async () => {
    const other = await registerUser(api, 'other-tenant');
    const mine = (await listFor(manager)).items[0]!;
    await other.agent.get(`/api/workspaces/${ws}/notifications`).expect(404);
    await other.agent
      .post(`/api/workspaces/${ws}/notifications/${mine.id}/read`)
      .set('x-csrf-token', other.csrf)
      .expect(404);
    await other.agent.post(`/api/workspaces/${ws}/notifications/read-all`).set('x-csrf-token', other.csrf).expect(404);
    await other.agent.get(`/api/workspaces/${ws}/notification-preferences`).expect(404);
    await other.agent.get(`/api/workspaces/${ws}/webhooks`).expect(404);
    // Through their own workspace, someone else's notification id is unknown.
    const ows = other.me.workspaces[0]!.id;
    await other.agent
      .post(`/api/workspaces/${ows}/notifications/${mine.id}/read`)
      .set('x-csrf-token', other.csrf)
      .expect(404);
  });
});
