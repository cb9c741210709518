import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { LiveSignals } from '@xp/server/application';
import type { LiveNotificationEventDto, LivePostEventDto, LiveUnreadEventDto } from '@xp/shared';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
import { addMember, limitMember, registerUser, type SignedIn, type TestApi } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';
import { SseClient } from './support/sse';

/**
 * Live updates (`GET /api/workspaces/{ws}/events`, server-sent events) on the real stack: a manager hears of a post
 * submitted for their approval, and of a post the scheduler (another process, through PostgreSQL NOTIFY) published;
 * a manager limited to another account and a member of another workspace hear nothing of it; no session, no stream.
 */
let stack: Awaited<ReturnType<typeof startApiWithSandbox>>;
let api: TestApi;
let scheduler: INestApplication;
let base: string;
let ws: string;
let owner: SignedIn;
let editor: SignedIn;
let manager: SignedIn;
let scopedManager: SignedIn;
let outsider: SignedIn;
let kindy: string;
let careers: string;
const streams: SseClient[] = [];

interface Jar {
  jar: { getCookies(access: object): { name: string; value: string }[] };
}
/** The session cookie the agent holds, for a client outside supertest (an EventSource sends it the same way). */
const cookieOf = (who: SignedIn) =>
  (who.agent as unknown as Jar).jar
    .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');

async function open(path: string, headers: Record<string, string>): Promise<SseClient> {
  const s = await SseClient.open(`${base}${path}`, headers);
  streams.push(s);
  return s;
}
/** A member's stream of `ws`, once it is listening (its first message is the unread count). */
async function listen(who: SignedIn, workspace = ws, query = ''): Promise<SseClient> {
  const s = await open(`/api/workspaces/${workspace}/events${query}`, { cookie: cookieOf(who) });
  expect(s.status).toBe(200);
  await s.next<LiveUnreadEventDto>('unread');
  return s;
}

async function submitPost(accountId: string, text: string, scheduledAt: Date): Promise<{ id: string; hash: string }> {
  const draft = await editor.agent
    .post(`/api/workspaces/${ws}/posts`)
    .set('x-csrf-token', editor.csrf)
    .send({ accountId, scheduledAt: scheduledAt.toISOString(), segments: [{ text }] })
    .expect(201);
  await editor.agent
    .post(`/api/workspaces/${ws}/posts/${draft.body.id}/submit`)
    .set('x-csrf-token', editor.csrf)
    .expect(200);
  return { id: draft.body.id as string, hash: draft.body.contentHash as string };
}

const mentions = (s: SseClient, postId: string) => JSON.stringify(s.messages).includes(postId);

beforeAll(async () => {
  stack = await startApiWithSandbox();
  api = stack.api;
  await api.app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${((api.app.getHttpServer() as Server).address() as AddressInfo).port}`;
  scheduler = await createSchedulerApp(stack.config, { quiet: true, settings: { sweepMs: 500 } });
  await scheduler.init();
  owner = await registerUser(api, 'live-owner', 'Groupe Kindy');
  ws = owner.me.workspaces[0]!.id;
  const brand = async (name: string) =>
    (await owner.agent.post(`/api/workspaces/${ws}/brands`).set('x-csrf-token', owner.csrf).send({ name }).expect(201))
      .body.id as string;
  kindy = await connectAccount(stack.sandbox, owner, ws, await brand('Kindy'), 'GroupeKindy');
  careers = await connectAccount(stack.sandbox, owner, ws, await brand('Total'), 'TotalCareers');
  editor = await addMember(api, owner, ws, 'editor');
  manager = await addMember(api, owner, ws, 'manager');
  scopedManager = await addMember(api, owner, ws, 'manager', 'careers-manager');
  await limitMember(owner, ws, scopedManager, [careers]);
  outsider = await registerUser(api, 'live-outsider', 'Autre agence');
});
afterAll(async () => {
  for (const s of streams) s.close();
  await scheduler?.close();
  await stack?.close();
});

it('refuses a stream without a session (401) and to a non-member (404)', async () => {
  const anonymous = await open(`/api/workspaces/${ws}/events`, {});
  await new Promise((r) => setTimeout(r, 100));
  expect(anonymous.status).toBe(401);
  expect(anonymous.body).toContain('NOT_SIGNED_IN');
  const stranger = await open(`/api/workspaces/${ws}/events`, { cookie: cookieOf(outsider) });
  await new Promise((r) => setTimeout(r, 100));
  expect(stranger.status).toBe(404);
  expect(stranger.body).toContain('WORKSPACE_NOT_FOUND');
  const badLocale = await open(`/api/workspaces/${ws}/events?locale=de`, { cookie: cookieOf(manager) });
  await new Promise((r) => setTimeout(r, 100));
  expect(badLocale.status).toBe(400);
});

it('a manager hears of a post submitted for approval at once; a scoped manager and another workspace do not', async () => {
  const managerStream = await listen(manager);
  const englishStream = await listen(manager, ws, '?locale=en');
  const scopedStream = await listen(scopedManager);
  const outsiderStream = await listen(outsider, outsider.me.workspaces[0]!.id);

  const post = await submitPost(kindy, 'Rentrée : nos crèches ouvrent leurs portes.', new Date(Date.now() + 3_600_000));
  // From the moment the submission is answered (committed): the requests themselves take seconds on a loaded CI.
  const submittedAt = Date.now();
  const heard = await managerStream.next<LiveNotificationEventDto>(
    'notification',
    (d) => d.notification.subjectId === post.id,
  );
  expect(Date.now() - submittedAt).toBeLessThan(2000);
  expect(heard.notification.event).toBe('post.submitted');
  expect(heard.notification.read).toBe(false);
  expect(heard.unreadCount).toBe(1);
  // In the member's language (French by default), or in the screen's (`?locale=en`).
  expect(heard.notification.title).toBe('Une publication attend votre validation');
  const english = await englishStream.next<LiveNotificationEventDto>(
    'notification',
    (d) => d.notification.subjectId === post.id,
  );
  expect(english.notification.title).toBe('A post is waiting for your approval');
  const status = await managerStream.next<LivePostEventDto>(
    'post',
    (d) => d.id === post.id && d.status === 'in_review',
  );
  expect(status.accountId).toBe(kindy);

  // The scoped manager's stream is alive (a post of its account reaches it) but never heard of the other account's.
  const own = await submitPost(careers, 'Nous recrutons 40 ingénieurs.', new Date(Date.now() + 3_600_000));
  await scopedStream.next<LiveNotificationEventDto>('notification', (d) => d.notification.subjectId === own.id);
  await scopedStream.next<LivePostEventDto>('post', (d) => d.id === own.id);
  expect(mentions(scopedStream, post.id)).toBe(false);
  expect(outsiderStream.messages.filter((m) => m.event !== 'unread' && m.event !== 'heartbeat')).toEqual([]);
  expect(mentions(outsiderStream, post.id) || mentions(outsiderStream, own.id)).toBe(false);

  // Marking read (in another tab) updates the count on the open stream.
  await manager.agent
    .post(`/api/workspaces/${ws}/notifications/read-all`)
    .set('x-csrf-token', manager.csrf)
    .expect(200);
  await managerStream.next<LiveUnreadEventDto>('unread', (d) => d.unreadCount === 0);
});

it('a post published by the scheduler (another process) reaches the open stream, filtered by scope', async () => {
  const managerStream = await listen(manager);
  const scopedStream = await listen(scopedManager);
  const tokenStream = await open(`/api/workspaces/${ws}/events`, {
    authorization: `Bearer ${
      (
        await owner.agent
          .post('/api/auth/tokens')
          .set('x-csrf-token', owner.csrf)
          .send({ name: 'live dashboard' })
          .expect(201)
      ).body.token
    }`,
  });
  expect(tokenStream.status).toBe(200);
  await tokenStream.next('unread');

  const post = await submitPost(kindy, 'La crèche de Lyon ouvre demain.', new Date(Date.now() + 3000));
  await managerStream.next<LiveNotificationEventDto>('notification', (d) => d.notification.subjectId === post.id);
  const beforeApproval = managerStream.messages.length;
  await manager.agent
    .post(`/api/workspaces/${ws}/posts/${post.id}/approve`)
    .set('x-csrf-token', manager.csrf)
    .send({ contentHash: post.hash })
    .expect(200);
  // A post event carries the post as it is when the event is read: on a loaded machine the scheduler may already have
  // claimed it (due 3 s after submission), so the approval shows as `scheduled` or any state after it.
  await managerStream.next<LivePostEventDto>(
    'post',
    (d) => d.id === post.id && ['scheduled', 'publishing', 'published'].includes(d.status),
  );
  // Approved: nobody waits for it any more, "awaiting your approval" is read for every approver.
  await managerStream.next<LiveUnreadEventDto>('unread', (d) => d.unreadCount === 0, 5000, beforeApproval);
  expect((await manager.agent.get(`/api/workspaces/${ws}/notifications?unread=true`).expect(200)).body.items).toEqual(
    [],
  );
  const published = await managerStream.next<LivePostEventDto>(
    'post',
    (d) => d.id === post.id && d.status === 'published',
    20_000,
  );
  expect(published.accountId).toBe(kindy);
  expect(published.version).toBeGreaterThan(1);
  // The API reads the outcome the scheduler wrote: the post's page says the same.
  const row = (await manager.agent.get(`/api/workspaces/${ws}/posts/${post.id}`).expect(200)).body;
  expect(row.status).toBe('published');
  expect(row.version).toBe(published.version);
  // A personal access token gets the same stream.
  await tokenStream.next<LivePostEventDto>('post', (d) => d.id === post.id && d.status === 'published');
  expect(mentions(scopedStream, post.id)).toBe(false);
}, 40_000);

it('a member removed while connected hears nothing more: the stream ends', async () => {
  const leaver = await addMember(api, owner, ws, 'manager', 'leaver');
  const stream = await listen(leaver);
  await owner.agent
    .delete(`/api/workspaces/${ws}/members/${leaver.me.user.id}`)
    .set('x-csrf-token', owner.csrf)
    .expect(204);
  const post = await submitPost(kindy, 'Après son départ.', new Date(Date.now() + 3_600_000));
  await Promise.race([
    stream.ended,
    new Promise((_, fail) => setTimeout(() => fail(new Error('the stream did not end')), 5000)),
  ]);
  expect(mentions(stream, post.id)).toBe(false);
});

it('a client that leaves is unsubscribed (nothing kept per closed stream)', async () => {
  const signals = api.app.get(LiveSignals) as LiveSignals & { size: number };
  await listen(manager);
  expect(signals.size).toBeGreaterThan(0);
  for (const s of streams) s.close();
  for (let i = 0; i < 50 && signals.size > 0; i++) await new Promise((r) => setTimeout(r, 100));
  expect(signals.size).toBe(0);
});
