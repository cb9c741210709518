import type { INestApplication } from '@nestjs/common';
import type { PostDto } from '@xp/shared';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
import { addMember, registerUser, type SignedIn } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

/**
 * Issue 5's acceptance, end to end through the public API: an editor writes a thread for @GroupeKindy (policy: one
 * approval) and sees a blocking finding; fixes it; submits; a manager approves; the scheduler publishes it on the
 * X sandbox at its time.
 */
let stack: Awaited<ReturnType<typeof startApiWithSandbox>>;
let scheduler: INestApplication;
let ws: string;
let editor: SignedIn;
let manager: SignedIn;
let account: string;

beforeAll(async () => {
  stack = await startApiWithSandbox();
  scheduler = await createSchedulerApp(stack.config, { quiet: true, settings: { sweepMs: 500 } });
  await scheduler.init();
  const owner = await registerUser(stack.api, 'owner', 'Groupe Kindy');
  ws = owner.me.workspaces[0]!.id;
  const brand = (
    await owner.agent
      .post(`/api/workspaces/${ws}/brands`)
      .set('x-csrf-token', owner.csrf)
      .send({ name: 'Kindy' })
      .expect(201)
  ).body.id;
  account = await connectAccount(stack.sandbox, owner, ws, brand, 'GroupeKindy');
  editor = await addMember(stack.api, owner, ws, 'editor');
  manager = await addMember(stack.api, owner, ws, 'manager');
});
afterAll(async () => {
  await scheduler?.close();
  await stack?.close();
});

it('editor writes, sees the blocking finding, fixes, submits; manager approves; published on X at its time', async () => {
  const scheduledAt = new Date(Date.now() + 4000);
  const draft = await editor.agent
    .post(`/api/workspaces/${ws}/posts`)
    .set('x-csrf-token', editor.csrf)
    .send({
      accountId: account,
      scheduledAt: scheduledAt.toISOString(),
      segments: [{ text: 'Chiffre d’affaires annuel : +12 %.' }, { text: 'Nos concurrents ? Des abrutis.' }],
    })
    .expect(201);
  expect((draft.body as PostDto).findings.some((f) => f.severity === 'block')).toBe(true);

  const fixed = await editor.agent
    .patch(`/api/workspaces/${ws}/posts/${draft.body.id}`)
    .set('x-csrf-token', editor.csrf)
    .send({
      segments: [{ text: 'Chiffre d’affaires annuel : +12 %.' }, { text: 'Merci à nos 4 000 collaborateurs.' }],
      version: draft.body.version,
    })
    .expect(200);
  expect((fixed.body as PostDto).findings.filter((f) => f.severity === 'block')).toEqual([]);
  await editor.agent
    .post(`/api/workspaces/${ws}/posts/${draft.body.id}/submit`)
    .set('x-csrf-token', editor.csrf)
    .expect(200);
  await editor.agent
    .post(`/api/workspaces/${ws}/posts/${draft.body.id}/approve`)
    .set('x-csrf-token', editor.csrf)
    .send({ contentHash: fixed.body.contentHash })
    .expect(403);
  const approved = await manager.agent
    .post(`/api/workspaces/${ws}/posts/${draft.body.id}/approve`)
    .set('x-csrf-token', manager.csrf)
    .send({ contentHash: fixed.body.contentHash })
    .expect(200);
  expect(approved.body.status).toBe('scheduled');

  let post: PostDto = approved.body;
  for (let i = 0; i < 100 && post.status !== 'published'; i++) {
    await new Promise((r) => setTimeout(r, 200));
    post = (await editor.agent.get(`/api/workspaces/${ws}/posts/${draft.body.id}`).expect(200)).body;
  }
  expect(post.status).toBe('published');
  expect(post.tweetIds).toHaveLength(2);
  expect(post.tweetUrls[0]).toContain(`/status/${post.tweetIds[0]}`);

  const shown = await (await fetch(`${stack.sandbox.url}/_sandbox/tweets?username=GroupeKindy`)).json();
  const tweets = shown.data as { id: string; text: string; created_at: string; in_reply_to_tweet_id: string | null }[];
  expect(tweets.map((t) => t.text)).toEqual([
    'Chiffre d’affaires annuel : +12 %.',
    'Merci à nos 4 000 collaborateurs.',
  ]);
  expect(tweets[1]!.in_reply_to_tweet_id).toBe(tweets[0]!.id);
  // On time: never before its time, and promptly after it (a generous bound on a shared CI machine; the
  // lateness figures come from tools/bench/scheduler-bench.ts).
  const lateness = new Date(tweets[0]!.created_at).getTime() - scheduledAt.getTime();
  expect(lateness).toBeGreaterThanOrEqual(0);
  expect(lateness).toBeLessThan(5_000);

  const history = await editor.agent.get(`/api/workspaces/${ws}/posts/${draft.body.id}/history`).expect(200);
  expect(history.body.items.map((e: { action: string }) => e.action)).toEqual(
    expect.arrayContaining(['post.created', 'post.submit', 'post.approve']),
  );
}, 60_000);
