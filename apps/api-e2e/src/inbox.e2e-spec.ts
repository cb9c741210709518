import type { INestApplication } from '@nestjs/common';
import { createHmac, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ConversationRepository, InboxIngestService, XWebhookService } from '@xp/server/application';
import { formatMessage, type ConversationDto, type ConversationPageDto, type PostDto } from '@xp/shared';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
import { addMember, limitMember, registerUser, type SignedIn } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

/**
 * The brand inbox end to end, over HTTP against the real X sandbox: a customer mentions @Kindy, the conversation
 * arrives by webhook, an agent answers, a manager approves, the scheduler publishes the reply on X in answer to the
 * customer's post; forged deliveries change nothing; duplicates and polling overlap land each post once; a reply X
 * would refuse under its 2026 rule is refused with the reason; account scopes and roles hold.
 */
let stack: Awaited<ReturnType<typeof startApiWithSandbox>>;
let scheduler: INestApplication;
let ws: string;
let owner: SignedIn;
let agent: SignedIn;
let manager: SignedIn;
let viewer: SignedIn;
let recruiter: SignedIn;
let kindy: string;
let careers: string;
let base: string;
let webhookRowId: string;
const SECRET = 'xp-test-secret';

const sandbox = async (path: string, body?: unknown) => {
  const res = await fetch(`${stack.sandbox.url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'content-type': 'application/json' } : {},
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return (await res.json()) as { data: Record<string, string> & Record<string, unknown> };
};
const post = (who: SignedIn, path: string, body: unknown = {}) =>
  who.agent
    .post(`/api/workspaces/${ws}${path}`)
    .set('x-csrf-token', who.csrf)
    .send(body as object);
const list = async (who: SignedIn, query = ''): Promise<ConversationPageDto> =>
  (await who.agent.get(`/api/workspaces/${ws}/conversations${query}`).expect(200)).body;
async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  let v = await read();
  while (!ok(v) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}
const deliver = (body: string, signature?: string) =>
  fetch(`${base}/api/x/webhooks/${webhookRowId}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'x-twitter-webhooks-signature': signature } : {}),
    },
    body,
  });
const sign = (body: string, secret = SECRET) => `sha256=${createHmac('sha256', secret).update(body).digest('base64')}`;

beforeAll(async () => {
  stack = await startApiWithSandbox({ INBOX_POLL_MS: '0' });
  await new Promise<void>((resolve) =>
    (stack.api.app.getHttpServer() as import('node:http').Server).listen(0, '127.0.0.1', resolve),
  );
  base = `http://127.0.0.1:${((stack.api.app.getHttpServer() as import('node:http').Server).address() as AddressInfo).port}`;
  owner = await registerUser(stack.api, 'owner', 'Groupe Kindy');
  ws = owner.me.workspaces[0]!.id;
  const brand = (await post(owner, '/brands', { name: 'Kindy' }).expect(201)).body.id;
  kindy = await connectAccount(stack.sandbox, owner, ws, brand, 'Kindy');
  careers = await connectAccount(stack.sandbox, owner, ws, brand, 'TotalCareers');
  agent = await addMember(stack.api, owner, ws, 'editor', 'agent');
  manager = await addMember(stack.api, owner, ws, 'manager');
  viewer = await addMember(stack.api, owner, ws, 'viewer');
  recruiter = await addMember(stack.api, owner, ws, 'editor', 'recruiter');
  await limitMember(owner, ws, recruiter, [careers]);
  expect(await stack.api.app.get(XWebhookService).ensure(base)).toBeTruthy();
  webhookRowId = (await stack.api.app.get(ConversationRepository).webhookByPrefix(`${base}/api/x/webhooks/`))!.id;
  for (const username of ['client_marie', 'client_paul', 'client_lea', 'client_zoe'])
    await sandbox('/_sandbox/users', { username, name: username });
  scheduler = await createSchedulerApp(stack.config, { quiet: true, settings: { sweepMs: 300 } });
  await scheduler.init();
}, 60_000);
afterAll(async () => {
  await scheduler?.close();
  await stack?.close();
});

let conversationId: string;
let customerTweet: string;

it('answers X’s CRC with the HMAC of the token, and only for its own webhook', async () => {
  const ok = await fetch(`${base}/api/x/webhooks/${webhookRowId}?crc_token=abc`);
  expect(ok.status).toBe(200);
  expect(await ok.json()).toEqual({ response_token: sign('abc') });
  expect((await fetch(`${base}/api/x/webhooks/${randomUUID()}?crc_token=abc`)).status).toBe(404);
});

it('a customer mentions the brand: the conversation appears by webhook; an agent answers, a manager approves, X holds the reply', async () => {
  const mention = await sandbox('/_sandbox/tweets', {
    username: 'client_marie',
    text: "@Kindy ma commande n'est jamais arrivée",
  });
  customerTweet = mention.data.id;
  const page = await eventually(
    () => list(agent),
    (p) => p.items.length > 0,
  );
  expect(page.items).toHaveLength(1);
  const summary = page.items[0]!;
  expect(summary).toMatchObject({
    accountId: kindy,
    xConversationId: customerTweet,
    status: 'open',
    assigneeId: null,
    preview: { authorUsername: 'client_marie', text: "@Kindy ma commande n'est jamais arrivée" },
  });
  expect(new Date(summary.firstResponseDueAt!).getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
  expect(page.openCount).toBe(1);
  conversationId = summary.id;

  // The viewer reads, never writes.
  await viewer.agent.get(`/api/workspaces/${ws}/conversations/${conversationId}`).expect(200);
  await post(viewer, `/conversations/${conversationId}/replies`, { text: 'Non', submit: true }).expect(403);
  await post(viewer, `/conversations/${conversationId}/notes`, { text: 'Non' }).expect(403);

  const reply = await post(agent, `/conversations/${conversationId}/replies`, {
    text: 'Bonjour Marie, nous regardons votre commande tout de suite.',
    submit: true,
  }).expect(201);
  const created = reply.body as PostDto;
  expect(created).toMatchObject({
    kind: 'reply',
    status: 'in_review',
    inReplyToTweetId: customerTweet,
    approvalsRequired: 1,
  });
  await post(agent, `/posts/${created.id}/approve`, { contentHash: created.contentHash }).expect(403);
  const approved = await post(manager, `/posts/${created.id}/approve`, { contentHash: created.contentHash }).expect(
    200,
  );
  expect(approved.body.status).toBe('scheduled');

  const onX = await eventually(
    async () =>
      (await sandbox('/_sandbox/tweets?username=Kindy')).data as unknown as {
        id: string;
        text: string;
        in_reply_to_tweet_id: string | null;
      }[],
    (t) => t.length > 0,
  );
  expect(onX).toHaveLength(1);
  expect(onX[0]).toMatchObject({ in_reply_to_tweet_id: customerTweet });

  const thread = await eventually(
    async () =>
      (await agent.agent.get(`/api/workspaces/${ws}/conversations/${conversationId}`).expect(200))
        .body as ConversationDto,
    (c) => c.items.some((i) => i.direction === 'out' && i.tweetId !== null),
  );
  expect(thread.items.map((i) => [i.direction, i.tweetId, i.inReplyToTweetId])).toEqual([
    ['in', customerTweet, null],
    ['out', onX[0]!.id, customerTweet],
  ]);
  expect(thread.items[1]!.postId).toBe(created.id);
  expect(thread.firstResponseDueAt).toBeNull();
}, 60_000);

it('refuses forged and unsigned deliveries with 401, and nothing changes', async () => {
  const before = await list(owner);
  const body = JSON.stringify({
    data: {
      event_uuid: randomUUID(),
      filter: { user_id: 'x' },
      event_type: 'post.mention.create',
      payload: { id: '999999999999', text: '@Kindy fake', author_id: '1', conversation_id: '999999999999' },
      includes: { users: [{ id: '1', username: 'forger' }] },
    },
  });
  expect((await deliver(body)).status).toBe(401);
  expect((await deliver(body, sign(body, 'not-the-secret'))).status).toBe(401);
  expect((await deliver(body, sign(`${body} `))).status).toBe(401);
  const after = await list(owner);
  expect(after.items.map((c) => [c.id, c.lastInboundAt])).toEqual(before.items.map((c) => [c.id, c.lastInboundAt]));
});

it('lands each post once: duplicate deliveries, a replay under a new event id and polling overlap', async () => {
  const second = await sandbox('/_sandbox/tweets', {
    username: 'client_marie',
    text: '@Kindy toujours rien reçu ce matin',
    in_reply_to_tweet_id: customerTweet,
  });
  const users = await sandbox('/_sandbox/users');
  const kindyX = (users.data as unknown as { id: string; username: string }[]).find((u) => u.username === 'Kindy')!.id;
  const marieX = (users.data as unknown as { id: string; username: string }[]).find(
    (u) => u.username === 'client_marie',
  )!.id;
  const envelope = (eventId: string) =>
    JSON.stringify({
      data: {
        event_uuid: eventId,
        filter: { user_id: kindyX },
        event_type: 'post.mention.create',
        payload: {
          id: second.data.id,
          text: '@Kindy toujours rien reçu ce matin',
          author_id: marieX,
          conversation_id: customerTweet,
          referenced_tweets: [{ type: 'replied_to', id: customerTweet }],
        },
        includes: { users: [{ id: marieX, username: 'client_marie' }] },
      },
    });
  const same = envelope(randomUUID());
  const acks = await Promise.all(
    [same, same, envelope(randomUUID())].map(async (b) => (await deliver(b, sign(b))).json()),
  );
  expect(acks.every((a: { received: number }) => a.received === 1)).toBe(true);
  // The sandbox's own delivery and polling ran or run too: whatever the order, the post is there once.
  await scheduler.get(InboxIngestService).pollAll();
  await stack.api.app.get(InboxIngestService).pollAll();
  const thread = await eventually(
    async () =>
      (await owner.agent.get(`/api/workspaces/${ws}/conversations/${conversationId}`).expect(200))
        .body as ConversationDto,
    (c) => c.items.some((i) => i.tweetId === second.data.id),
  );
  const ids = thread.items.map((i) => i.tweetId);
  expect(ids.filter((id) => id === second.data.id)).toHaveLength(1);
  expect(ids.filter((id) => id === customerTweet)).toHaveLength(1);
  expect(thread.status).toBe('open');
  expect(thread.firstResponseDueAt).not.toBeNull();
  const page = await list(owner);
  expect(page.items.filter((c) => c.id === conversationId)).toHaveLength(1);
}, 30_000);

it('reopens a done conversation when the customer writes again', async () => {
  await post(agent, `/conversations/${conversationId}/status`, { status: 'done' }).expect(200);
  expect((await list(agent, '?status=done')).items.map((c) => c.id)).toEqual([conversationId]);
  await sandbox('/_sandbox/tweets', {
    username: 'client_marie',
    text: '@Kindy vous êtes là ?',
    in_reply_to_tweet_id: customerTweet,
  });
  const reopened = await eventually(
    async () =>
      (await agent.agent.get(`/api/workspaces/${ws}/conversations/${conversationId}`).expect(200))
        .body as ConversationDto,
    (c) => c.status === 'open',
  );
  expect(reopened.status).toBe('open');
});

it('refuses a reply X would refuse under its 2026 rule, with the reason in French and English', async () => {
  // Léa complains without mentioning the brand; Paul points her to @Kindy: only Paul engaged the brand.
  const lea = await sandbox('/_sandbox/tweets', {
    username: 'client_lea',
    text: 'Colis perdu, trois semaines sans nouvelles',
  });
  const paul = await sandbox('/_sandbox/tweets', {
    username: 'client_paul',
    text: '@client_lea demandez à @Kindy',
    in_reply_to_tweet_id: lea.data.id,
  });
  const page = await eventually(
    () => list(agent, `?q=${encodeURIComponent('demandez')}`),
    (p) => p.items.length > 0,
  );
  const id = page.items[0]!.id;
  const thread = (await agent.agent.get(`/api/workspaces/${ws}/conversations/${id}`).expect(200))
    .body as ConversationDto;
  expect(thread.items.map((i) => i.tweetId)).toEqual([lea.data.id, paul.data.id]);

  const refused = await post(agent, `/conversations/${id}/replies`, {
    text: 'Bonjour Léa',
    inReplyToTweetId: lea.data.id,
  }).expect(422);
  expect(refused.body.code).toBe('REPLY_NOT_ALLOWED_BY_X');
  expect(formatMessage('fr', refused.body.code, refused.body.params)).toContain('depuis février 2026');
  expect(formatMessage('en', refused.body.code, refused.body.params)).toContain('since February 2026');
  await post(agent, `/conversations/${id}/replies`, { text: 'Hors sujet', inReplyToTweetId: '123' }).expect(422);
  await post(agent, `/conversations/${id}/replies`, {
    text: 'Bonjour Paul, merci !',
    inReplyToTweetId: paul.data.id,
  }).expect(201);
});

it('finds conversations by words of a message or its author: accents and case aside, each word a prefix', async () => {
  const zoe = await sandbox('/_sandbox/tweets', {
    username: 'client_zoe',
    text: "@Kindy Ma COMMANDE n'est toujours pas livrée, à Noël ?",
  });
  const found = await eventually(
    () => list(agent, `?q=${encodeURIComponent('livree')}`),
    (p) => p.items.length > 0,
  );
  expect(found.items.map((c) => c.xConversationId)).toEqual([zoe.data.id]);
  const ids = async (q: string) =>
    (await list(agent, `?q=${encodeURIComponent(q)}`)).items.map((c) => c.xConversationId);
  expect(await ids('commande NOEL touj')).toEqual([zoe.data.id]); // every word, in any order, as a prefix
  expect(await ids('client_zo')).toEqual([zoe.data.id]); // the author's username
  expect(await ids('commande remboursement')).toEqual([]); // every word must be there
  expect(await ids("livrée' OR 1=1 --")).toEqual([]); // only words reach the query ("or", "1" are not in it)
  // No word at all: the search is left out, not an error.
  expect((await list(agent, `?q=${encodeURIComponent('!!!')}`)).items.length).toBeGreaterThan(1);
});

it('keeps account scopes: a recruiter limited to @TotalCareers sees none of @Kindy’s conversations; other tenants see nothing', async () => {
  expect((await list(recruiter)).items).toEqual([]);
  await recruiter.agent.get(`/api/workspaces/${ws}/conversations/${conversationId}`).expect(404);
  await post(recruiter, `/conversations/${conversationId}/replies`, { text: 'Bonjour' }).expect(404);
  await post(recruiter, `/conversations/${conversationId}/assign`, { userId: null }).expect(404);
  expect((await list(recruiter, `?accountId=${kindy}`)).items).toEqual([]);
  // The recruiter cannot be assigned a conversation of an account it does not see.
  await post(owner, `/conversations/${conversationId}/assign`, { userId: recruiter.me.user.id }).expect(400);

  const stranger = await registerUser(stack.api, 'stranger', 'Other');
  await stranger.agent.get(`/api/workspaces/${ws}/conversations`).expect(404);
  await stranger.agent.get(`/api/workspaces/${ws}/conversations/${conversationId}`).expect(404);
  const theirs = stranger.me.workspaces[0]!.id;
  await stranger.agent.get(`/api/workspaces/${theirs}/conversations/${conversationId}`).expect(404);
});

it('assigns, notes, filters; the assignee is notified', async () => {
  const assigned = await post(manager, `/conversations/${conversationId}/assign`, { userId: agent.me.user.id }).expect(
    200,
  );
  expect(assigned.body.assigneeId).toBe(agent.me.user.id);
  const note = await post(manager, `/conversations/${conversationId}/notes`, {
    text: 'Client fidèle, geste commercial possible',
  }).expect(201);
  expect(note.body.authorId).toBe(manager.me.user.id);
  expect((await list(agent, '?assignee=me')).items.map((c) => c.id)).toEqual([conversationId]);
  expect((await list(agent, '?assignee=none')).items.map((c) => c.id)).not.toContain(conversationId);
  const bell = await agent.agent.get(`/api/workspaces/${ws}/notifications`).expect(200);
  expect(bell.body.items.map((n: { event: string }) => n.event)).toContain('conversation.assigned');
  const thread = (await agent.agent.get(`/api/workspaces/${ws}/conversations/${conversationId}`).expect(200))
    .body as ConversationDto;
  expect(thread.notes.map((n) => n.text)).toEqual(['Client fidèle, geste commercial possible']);
});

it('keeps saved replies per brand, in French and English', async () => {
  const brandId = (await owner.agent.get(`/api/workspaces/${ws}/accounts/${kindy}`).expect(200)).body.brandId;
  const fr = await post(agent, '/saved-replies', {
    brandId,
    language: 'fr',
    title: 'Retard',
    text: 'Nous sommes désolés du retard.',
  }).expect(201);
  await post(agent, '/saved-replies', {
    brandId,
    language: 'en',
    title: 'Delay',
    text: 'We are sorry for the delay.',
  }).expect(201);
  const frOnly = await agent.agent.get(`/api/workspaces/${ws}/saved-replies?language=fr`).expect(200);
  expect(frOnly.body.items.map((r: { title: string }) => r.title)).toEqual(['Retard']);
  await agent.agent
    .patch(`/api/workspaces/${ws}/saved-replies/${fr.body.id}`)
    .set('x-csrf-token', agent.csrf)
    .send({ text: 'Toutes nos excuses pour ce retard.', version: fr.body.version })
    .expect(200);
  await viewer.agent
    .delete(`/api/workspaces/${ws}/saved-replies/${fr.body.id}`)
    .set('x-csrf-token', viewer.csrf)
    .expect(403);
  await agent.agent
    .delete(`/api/workspaces/${ws}/saved-replies/${fr.body.id}`)
    .set('x-csrf-token', agent.csrf)
    .expect(200);
  expect((await recruiter.agent.get(`/api/workspaces/${ws}/saved-replies`).expect(200)).body.items).toHaveLength(1);
});

it('brings the last day of mentions of a newly connected account, past the first page of 100', async () => {
  const sent: string[] = [];
  for (let i = 0; i < 130; i++)
    sent.push(
      (await sandbox('/_sandbox/tweets', { username: 'client_marie', text: `@GroupeKindy question ${i}` })).data.id,
    );
  const brand = (await owner.agent.get(`/api/workspaces/${ws}/accounts/${kindy}`).expect(200)).body.brandId;
  const groupe = await connectAccount(stack.sandbox, owner, ws, brand, 'GroupeKindy');
  await scheduler.get(InboxIngestService).pollAll();
  const seen = new Set<string>();
  let cursor = '';
  do {
    const page = await list(
      owner,
      `?accountId=${groupe}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    for (const c of page.items) seen.add(c.xConversationId);
    cursor = page.nextCursor ?? '';
  } while (cursor);
  expect(sent.filter((id) => !seen.has(id))).toEqual([]);
});
