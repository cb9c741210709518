import type { INestApplication } from '@nestjs/common';
import { PublishingService } from '@xp/server/application';
import type { PostDto } from '@xp/shared';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
import { addMember, registerUser, type SignedIn, dbRows } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

/**
 * What was approved is exactly what is published (security review, items 2 and 3), through the public API and the
 * real scheduler against the X sandbox:
 * - a media's alt text is content: changing it sends every post in progress that uses it back to review, and the
 *   sandbox only ever receives an approved alt text (even when the database is changed behind the API's back);
 * - account scopes apply to media (a member limited to @TotalCareers neither sees, changes nor attaches @Kindy's);
 * - whoever changed the content of a version (a manager rewriting an editor's text, or an alt text) cannot approve it.
 */
let stack: Awaited<ReturnType<typeof startApiWithSandbox>>;
let scheduler: INestApplication;
let publishing: PublishingService;
let ws: string;
let owner: SignedIn;
let editor: SignedIn;
let manager: SignedIn;
let manager2: SignedIn;
let recruiter: SignedIn;
let kindy: string;
let careers: string;

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  stack = await startApiWithSandbox();
  // The scheduler on the API's clock, driven by hand (not initialised: no loop of its own).
  scheduler = await createSchedulerApp(stack.config, { quiet: true, clock: stack.api.clock });
  publishing = scheduler.get(PublishingService);
  owner = await registerUser(stack.api, 'owner', 'Groupe');
  ws = owner.me.workspaces[0]!.id;
  const brand = async (name: string) =>
    (await owner.agent.post(`/api/workspaces/${ws}/brands`).set('x-csrf-token', owner.csrf).send({ name }).expect(201))
      .body.id as string;
  kindy = await connectAccount(stack.sandbox, owner, ws, await brand('Kindy'), 'Kindy');
  careers = await connectAccount(stack.sandbox, owner, ws, await brand('Total'), 'TotalCareers');
  editor = await addMember(stack.api, owner, ws, 'editor');
  manager = await addMember(stack.api, owner, ws, 'manager');
  manager2 = await addMember(stack.api, owner, ws, 'manager', 'manager2');
  recruiter = await addMember(stack.api, owner, ws, 'editor', 'recruiter');
  const row = (await owner.agent.get(`/api/workspaces/${ws}/members?limit=200`)).body.items.find(
    (m: { userId: string }) => m.userId === recruiter.me.user.id,
  );
  await owner.agent
    .patch(`/api/workspaces/${ws}/members/${recruiter.me.user.id}`)
    .set('x-csrf-token', owner.csrf)
    .send({ accountIds: [careers], version: row.version })
    .expect(200);
}, 60_000);
afterAll(async () => {
  await scheduler?.close();
  await stack?.close();
});

// ---- helpers -------------------------------------------------------------------------------------------------

const upload = async (who: SignedIn, altText: string, bytes = PNG): Promise<string> =>
  (
    await who.agent
      .post(`/api/workspaces/${ws}/media`)
      .set('x-csrf-token', who.csrf)
      .field('altText', altText)
      .attach('file', bytes, 'image.png')
      .expect(201)
  ).body.id;

const patchAlt = (who: SignedIn, id: string, altText: string) =>
  who.agent.patch(`/api/workspaces/${ws}/media/${id}`).set('x-csrf-token', who.csrf).send({ altText });

const inAnHour = () => new Date(stack.api.clock.now().getTime() + 3_600_000).toISOString();

const create = (who: SignedIn, accountId: string, text: string, mediaIds: string[] = []) =>
  who.agent
    .post(`/api/workspaces/${ws}/posts`)
    .set('x-csrf-token', who.csrf)
    .send({ accountId, scheduledAt: inAnHour(), segments: [{ text, mediaIds }] });

const read = async (who: SignedIn, id: string): Promise<PostDto> =>
  (await who.agent.get(`/api/workspaces/${ws}/posts/${id}`).expect(200)).body;

const approve = (who: SignedIn, id: string, contentHash: string) =>
  who.agent.post(`/api/workspaces/${ws}/posts/${id}/approve`).set('x-csrf-token', who.csrf).send({ contentHash });

/** An editor's post for @Kindy with these media, submitted and approved by `manager`: scheduled in an hour. */
async function approvedPost(text: string, mediaIds: string[]): Promise<PostDto> {
  const created = (await create(editor, kindy, text, mediaIds).expect(201)).body as PostDto;
  await editor.agent
    .post(`/api/workspaces/${ws}/posts/${created.id}/submit`)
    .set('x-csrf-token', editor.csrf)
    .expect(200);
  const approved = (await approve(manager, created.id, created.contentHash).expect(200)).body as PostDto;
  expect(approved.status).toBe('scheduled');
  return approved;
}

/** Moves the clock just past the posts planned in an hour (inside their window). */
const reachPlannedTime = () => stack.api.clock.advance(3_600_000 + 60_000);

/** Lets the scheduler claim and publish the posts planned in an hour. */
async function publishDue(): Promise<void> {
  reachPlannedTime();
  for (const job of await publishing.claim(20)) await publishing.publish(job);
}

const db = <T>(sql: string, params: unknown[]): Promise<T[]> => dbRows<T>(stack.api.databaseUrl, sql, params);

interface SandboxTweet {
  id: string;
  text: string;
  media_ids: string[];
}
const tweetsOf = async (username: string): Promise<SandboxTweet[]> =>
  (await (await fetch(`${stack.sandbox.url}/_sandbox/tweets?username=${username}`)).json()).data;
/** The alt texts X received for a tweet's media. */
const altTextsOf = async (tweet: SandboxTweet): Promise<(string | null)[]> =>
  Promise.all(
    tweet.media_ids.map(
      async (id) => (await (await fetch(`${stack.sandbox.url}/_sandbox/media/${id}`)).json()).data.alt_text,
    ),
  );

// ---- item 2: approved content cannot change after approval ------------------------------------------------------

it('changing the alt text of an approved post’s media sends it back to review; X receives only the approved alt text', async () => {
  const media = await upload(editor, 'Notre équipe au salon');
  const post = await approvedPost('Rencontrez-nous au salon VivaTech', [media]);

  // manager2 (not scoped) changes the alt text: the post's content changed, so it goes back to review.
  const changed = await patchAlt(manager2, media, 'Notre équipe au salon VivaTech 2026').expect(200);
  expect(changed.body.altText).toBe('Notre équipe au salon VivaTech 2026');
  const back = await read(editor, post.id);
  expect(back.status).toBe('in_review');
  expect(back.segments[0]!.media).toEqual([{ id: media, altText: 'Notre équipe au salon VivaTech 2026' }]);
  expect(back.contentHash).not.toBe(post.contentHash);
  expect(back.approvals.filter((a) => a.current)).toEqual([]);
  const history = await editor.agent.get(`/api/workspaces/${ws}/posts/${post.id}/history`).expect(200);
  const actions = history.body.items.map((e: { action: string }) => e.action);
  expect(actions).toEqual(expect.arrayContaining(['post.edit_content', 'post.media_alt_text_changed']));
  const audited = history.body.items.find((e: { action: string }) => e.action === 'post.media_alt_text_changed');
  expect(audited).toMatchObject({
    actorId: manager2.me.user.id,
    data: { mediaId: media, from: 'Notre équipe au salon', to: 'Notre équipe au salon VivaTech 2026' },
  });

  // The old approval does not come back; whoever changed the alt text is now one of its writers.
  await approve(manager, post.id, post.contentHash).expect(409);
  const self = await approve(manager2, post.id, back.contentHash).expect(403);
  expect(self.body.code).toBe('CONTRIBUTOR_APPROVAL');
  expect((await approve(manager, post.id, back.contentHash).expect(200)).body.status).toBe('scheduled');

  await publishDue();
  const published = await read(editor, post.id);
  expect(published.status).toBe('published');
  const tweet = (await tweetsOf('Kindy')).find((t) => t.id === published.tweetIds[0])!;
  expect(await altTextsOf(tweet)).toEqual(['Notre équipe au salon VivaTech 2026']);
}, 60_000);

it('the scheduler sends the approved alt text and bytes, never what the database says behind the API’s back', async () => {
  // 1. The media row's alt text changed directly in the database: the approved one is sent.
  const media = await upload(editor, 'Graphique approuvé');
  const post = await approvedPost('Nos résultats en image', [media]);
  await db(`UPDATE media SET alt_text = 'Texte jamais approuvé' WHERE id = $1`, [media]);

  // 2. The approved segments rewritten in the database: their hash no longer matches, nothing is sent.
  const media2 = await upload(editor, 'Photo approuvée');
  const tampered = await approvedPost('Photo de la semaine', [media2]);
  await db(
    `UPDATE posts SET segments = jsonb_set(segments, '{0,media,0,altText}', '"Texte jamais approuvé"') WHERE id = $1`,
    [tampered.id],
  );

  // 3. The media's bytes replaced in the database: they no longer hash as approved, nothing is sent.
  const media3 = await upload(editor, 'Logo approuvé');
  const swapped = await approvedPost('Notre nouveau logo', [media3]);
  await db(`UPDATE media_chunks SET data = $2 WHERE media_id = $1 AND seq = 0`, [
    media3,
    Buffer.concat([PNG, Buffer.from([0])]),
  ]);

  const before = (await tweetsOf('Kindy')).length;
  await publishDue();

  const published = await read(editor, post.id);
  expect(published.status).toBe('published');
  const tweets = await tweetsOf('Kindy');
  const tweet = tweets.find((t) => t.id === published.tweetIds[0])!;
  expect(await altTextsOf(tweet)).toEqual(['Graphique approuvé']);

  for (const id of [tampered.id, swapped.id]) {
    const refused = await read(editor, id);
    expect(refused.status).toBe('failed');
    expect(refused.tweetIds).toEqual([]);
  }
  expect(tweets).toHaveLength(before + 1);
  expect(tweets.map((t) => t.text)).not.toContain('Photo de la semaine');
  expect(tweets.map((t) => t.text)).not.toContain('Notre nouveau logo');
}, 60_000);

it('a media used by a post being published cannot change (409 MEDIA_IN_FLIGHT); once published, the post keeps what was approved', async () => {
  const media = await upload(editor, 'Affiche du concert');
  const post = await approvedPost('Ce soir, concert au siège', [media]);
  reachPlannedTime();
  const [job] = await publishing.claim(20);
  expect(job?.id).toBe(post.id);
  const refused = await patchAlt(editor, media, 'Autre texte').expect(409);
  expect(refused.body).toMatchObject({ statusCode: 409, code: 'MEDIA_IN_FLIGHT' });
  expect(refused.body.message).toMatch(/being sent to X/);
  await publishing.publish(job!);
  expect((await read(editor, post.id)).status).toBe('published');

  await patchAlt(editor, media, 'Affiche du concert (archive)').expect(200);
  const after = await read(editor, post.id);
  expect(after.status).toBe('published');
  expect(after.segments[0]!.media).toEqual([{ id: media, altText: 'Affiche du concert' }]);
  expect(after.contentHash).toBe(post.contentHash);
}, 60_000);

it('account scopes apply to media: a member limited to @TotalCareers neither changes nor attaches @Kindy’s media', async () => {
  const kindyMedia = await upload(owner, 'Logo Kindy');
  const kindyPost = (await create(owner, kindy, 'Bientôt chez Kindy', [kindyMedia]).expect(201)).body as PostDto;

  const hidden = await patchAlt(recruiter, kindyMedia, 'Piraté').expect(404);
  expect(hidden.body).toMatchObject({ statusCode: 404, code: 'MEDIA_NOT_FOUND' });
  const attach = await create(recruiter, careers, 'Nous recrutons', [kindyMedia]).expect(400);
  expect(attach.body.code).toBe('BAD_SEGMENTS');
  expect((await read(owner, kindyPost.id)).segments[0]!.media).toEqual([{ id: kindyMedia, altText: 'Logo Kindy' }]);

  // Its own media, used only by @TotalCareers posts, it can change and attach.
  const own = await upload(recruiter, 'Offre de stage');
  await patchAlt(recruiter, own, 'Offre de stage en alternance').expect(200);
  const careersPost = (await create(recruiter, careers, 'Stage en alternance', [own]).expect(201)).body as PostDto;
  expect(careersPost.segments[0]!.media).toEqual([{ id: own, altText: 'Offre de stage en alternance' }]);
  // Once a @Kindy post uses it too, it is no longer the recruiter's to change.
  await create(owner, kindy, 'Kindy soutient l’alternance', [own]).expect(201);
  await patchAlt(recruiter, own, 'Encore changé').expect(404);

  // Members without a scope still can (and the post in draft simply gets the new alt text).
  await patchAlt(editor, kindyMedia, 'Logo Kindy 2026').expect(200);
  expect((await read(owner, kindyPost.id)).segments[0]!.media).toEqual([
    { id: kindyMedia, altText: 'Logo Kindy 2026' },
  ]);
}, 60_000);

// ---- item 3: whoever changed a version cannot approve it ----------------------------------------------------------

it('a manager who rewrote an editor’s post cannot approve that version; another manager can', async () => {
  const draft = (await create(editor, kindy, 'Nos bureaux ferment à 17h vendredi').expect(201)).body as PostDto;
  await editor.agent
    .post(`/api/workspaces/${ws}/posts/${draft.id}/submit`)
    .set('x-csrf-token', editor.csrf)
    .expect(200);
  const rewritten = (
    await manager.agent
      .patch(`/api/workspaces/${ws}/posts/${draft.id}`)
      .set('x-csrf-token', manager.csrf)
      .send({ segments: [{ text: 'Nos bureaux fermeront à 16h ce vendredi.' }], version: draft.version + 1 })
      .expect(200)
  ).body as PostDto;
  expect(rewritten.status).toBe('in_review');
  expect(rewritten.authorId).toBe(editor.me.user.id);

  const refused = await approve(manager, draft.id, rewritten.contentHash).expect(403);
  expect(refused.body).toMatchObject({ statusCode: 403, code: 'CONTRIBUTOR_APPROVAL' });
  expect(refused.body.message).toMatch(/changed the content/);
  const requested = await manager.agent
    .post(`/api/workspaces/${ws}/posts/${draft.id}/request-changes`)
    .set('x-csrf-token', manager.csrf)
    .send({ comment: 'Je relis ma propre réécriture' })
    .expect(403);
  expect(requested.body.code).toBe('CONTRIBUTOR_APPROVAL');

  const approved = await approve(manager2, draft.id, rewritten.contentHash).expect(200);
  expect(approved.body.status).toBe('scheduled');
  expect(approved.body.approvals.map((a: { approverId: string }) => a.approverId)).toEqual([manager2.me.user.id]);
}, 60_000);
