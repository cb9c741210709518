// "My work": the paged posts list (my drafts and undated posts, waiting on me, full-text search) and the bulk
// actions with their undo, against the real API and PostgreSQL.
import type { BulkPostsResponse, PostDto } from '@xp/shared';
import { addMember, limitMember, registerUser, type SignedIn, type TestApi } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

let api: TestApi;
let close: () => Promise<void>;
let owner: SignedIn;
let editor: SignedIn;
let otherEditor: SignedIn;
let careersEditor: SignedIn;
let manager: SignedIn;
let viewer: SignedIn;
let stranger: SignedIn;
let ws: string;
let strangerWs: string;
let kindy: string;
let careers: string;

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

beforeAll(async () => {
  const stack = await startApiWithSandbox();
  api = stack.api;
  close = stack.close;
  owner = await registerUser(api, 'owner', 'Groupe Travail');
  ws = owner.me.workspaces[0]!.id;
  const brand = async (name: string) =>
    (await owner.agent.post(`/api/workspaces/${ws}/brands`).set('x-csrf-token', owner.csrf).send({ name }).expect(201))
      .body.id as string;
  kindy = await connectAccount(stack.sandbox, owner, ws, await brand('Kindy'), 'Kindy');
  careers = await connectAccount(stack.sandbox, owner, ws, await brand('Total'), 'TotalCareers');
  editor = await addMember(api, owner, ws, 'editor', 'editor');
  otherEditor = await addMember(api, owner, ws, 'editor', 'other-editor');
  careersEditor = await addMember(api, owner, ws, 'editor', 'careers-editor');
  manager = await addMember(api, owner, ws, 'manager', 'manager');
  viewer = await addMember(api, owner, ws, 'viewer', 'viewer');
  await limitMember(owner, ws, careersEditor, [careers]);
  stranger = await registerUser(api, 'stranger', 'Autre Groupe');
  strangerWs = stranger.me.workspaces[0]!.id;
  const strangerBrand = (
    await stranger.agent
      .post(`/api/workspaces/${strangerWs}/brands`)
      .set('x-csrf-token', stranger.csrf)
      .send({ name: 'Voisins' })
      .expect(201)
  ).body.id as string;
  const acc = await connectAccount(stack.sandbox, stranger, strangerWs, strangerBrand, 'F1TotalOfficiel');
  await stranger.agent
    .post(`/api/workspaces/${strangerWs}/posts`)
    .set('x-csrf-token', stranger.csrf)
    .send({ accountId: acc, segments: [{ text: 'Notre été chez les voisins' }], tags: ['rentrée'] })
    .expect(201);
});
afterAll(() => close());

const create = async (who: SignedIn, body: Record<string, unknown>): Promise<PostDto> =>
  (await who.agent.post(`/api/workspaces/${ws}/posts`).set('x-csrf-token', who.csrf).send(body).expect(201)).body;
const list = async (
  who: SignedIn,
  query: string,
  space = ws,
): Promise<{ items: PostDto[]; nextCursor: string | null }> =>
  (await who.agent.get(`/api/workspaces/${space}/post-search?${query}`).expect(200)).body;
const ids = async (who: SignedIn, query: string, space = ws) => (await list(who, query, space)).items.map((p) => p.id);
const bulk = (who: SignedIn, body: unknown) =>
  who.agent
    .post(`/api/workspaces/${ws}/posts/bulk`)
    .set('x-csrf-token', who.csrf)
    .send(body as object);
const get = async (id: string): Promise<PostDto> =>
  (await owner.agent.get(`/api/workspaces/${ws}/posts/${id}`).expect(200)).body;
const ref = (p: PostDto) => ({ id: p.id, version: p.version });

describe('the posts list of "my work"', () => {
  it('lists an undated draft for its author, not for another member', async () => {
    const idea = await create(editor, { accountId: kindy, segments: [{ text: 'Idée : portes ouvertes en été' }] });
    const dated = await create(editor, { accountId: kindy, scheduledAt: later(600), segments: [{ text: 'Daté' }] });
    const mineUndated = await ids(editor, 'author=me&undated=true');
    expect(mineUndated).toContain(idea.id);
    expect(mineUndated).not.toContain(dated.id);
    expect(await ids(editor, 'author=me&status=draft')).toEqual(expect.arrayContaining([idea.id, dated.id]));
    expect(await ids(otherEditor, 'author=me&undated=true')).not.toContain(idea.id);
    expect(await ids(owner, 'author=me')).not.toContain(idea.id);
    // Every post the member may see, without author=me (the owner sees the editor's idea in the workspace).
    expect(await ids(owner, 'undated=true')).toContain(idea.id);
  });

  it('lists what waits on me: in review, mine to approve, not written by me; gone once approved', async () => {
    const p = await create(owner, { accountId: kindy, scheduledAt: later(300), segments: [{ text: 'À valider' }] });
    await owner.agent.post(`/api/workspaces/${ws}/posts/${p.id}/submit`).set('x-csrf-token', owner.csrf).expect(200);
    expect(await ids(manager, 'waitingOn=me')).toContain(p.id);
    expect(await ids(owner, 'waitingOn=me')).not.toContain(p.id); // its author
    expect(await ids(editor, 'waitingOn=me')).toEqual([]); // an editor approves nothing
    const current = await get(p.id);
    await manager.agent
      .post(`/api/workspaces/${ws}/posts/${p.id}/approve`)
      .set('x-csrf-token', manager.csrf)
      .send({ contentHash: current.contentHash })
      .expect(200);
    expect(await ids(manager, 'waitingOn=me')).not.toContain(p.id);
  });

  it('searches text without accents and tags, within the workspace and the member’s accounts only', async () => {
    const summer = await create(owner, { accountId: kindy, segments: [{ text: 'Les Journées de l’ÉTÉ à Lyon' }] });
    const tagged = await create(owner, { accountId: careers, segments: [{ text: 'Offre CDI' }], tags: ['Rentrée'] });
    const careersSummer = await create(owner, { accountId: careers, segments: [{ text: 'Job d’été' }] });
    const found = await ids(owner, 'q=ete');
    expect(found).toEqual(expect.arrayContaining([summer.id, careersSummer.id]));
    expect(found).not.toContain(tagged.id);
    expect(await ids(owner, `q=${encodeURIComponent('journees lyon')}`)).toEqual([summer.id]);
    expect(await ids(owner, 'q=rentree')).toEqual([tagged.id]);
    expect(await ids(owner, `q=${encodeURIComponent('#RENTRÉE')}`)).toEqual([tagged.id]);
    // The other workspace's "été" and "rentrée" never show, nor this workspace's in the other.
    const strangerFound = await list(stranger, 'q=ete', strangerWs);
    expect(strangerFound.items).toHaveLength(1);
    expect(strangerFound.items[0]!.accountId).not.toBe(kindy);
    await stranger.agent.get(`/api/workspaces/${ws}/post-search?q=ete`).expect(404);
    // A member limited to @TotalCareers finds its "été", not @Kindy's.
    const scoped = await ids(careersEditor, 'q=ete');
    expect(scoped).toContain(careersSummer.id);
    expect(scoped).not.toContain(summer.id);
  });

  it('pages with a keyset cursor, newest first, no post twice', async () => {
    const first = await list(owner, 'limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list(owner, `limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(second.items.length).toBeGreaterThan(0);
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    const times = all.map((p) => p.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('answers 400 with a clear message on a bad filter', async () => {
    const bad = await owner.agent.get(`/api/workspaces/${ws}/post-search?status=lost`).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(bad.body.details)).toContain('unknown status');
    const who = await owner.agent.get(`/api/workspaces/${ws}/post-search?author=someone`).expect(400);
    expect(JSON.stringify(who.body.details)).toContain('author must be me');
  });
});

describe('bulk actions', () => {
  const two = async (who: SignedIn) => [
    await create(who, { accountId: kindy, scheduledAt: later(24 * 60), segments: [{ text: 'Un' }], tags: ['a'] }),
    await create(who, { accountId: kindy, scheduledAt: later(48 * 60), segments: [{ text: 'Deux' }] }),
  ];

  it('reschedules by a shift in one transaction, and the undo puts the times back', async () => {
    const [a, b] = await two(editor);
    const res = await bulk(editor, { action: 'reschedule', posts: [ref(a!), ref(b!)], shiftMinutes: 60 }).expect(200);
    const body = res.body as BulkPostsResponse;
    expect(body.items.map((p) => p.scheduledAt)).toEqual([
      new Date(Date.parse(a!.scheduledAt!) + 3_600_000).toISOString(),
      new Date(Date.parse(b!.scheduledAt!) + 3_600_000).toISOString(),
    ]);
    expect(body.undoNote).toBeNull();
    const undone = await bulk(editor, body.undo).expect(200);
    expect((undone.body as BulkPostsResponse).items.map((p) => p.scheduledAt)).toEqual([
      a!.scheduledAt,
      b!.scheduledAt,
    ]);
    expect((undone.body as BulkPostsResponse).undo).toBeNull();
    expect((await get(a!.id)).scheduledAt).toBe(a!.scheduledAt);
  });

  it('sets one date on several posts, and tags them (undo removes the added tags)', async () => {
    const [a, b] = await two(editor);
    const at = new Date(Date.parse(later(72 * 60)));
    at.setUTCSeconds(0, 0);
    const set = await bulk(editor, { action: 'reschedule', posts: [ref(a!), ref(b!)], scheduledAt: at.toISOString() });
    expect(set.status).toBe(200);
    expect((set.body as BulkPostsResponse).items.map((p) => p.scheduledAt)).toEqual([
      at.toISOString(),
      at.toISOString(),
    ]);
    const [a2, b2] = (set.body as BulkPostsResponse).items;
    const tagged = await bulk(editor, { action: 'tag', posts: [ref(a2!), ref(b2!)], tags: ['#Été', 'a'] }).expect(200);
    expect((tagged.body as BulkPostsResponse).items.map((p) => p.tags)).toEqual([
      ['a', 'été'],
      ['été', 'a'],
    ]);
    await bulk(editor, (tagged.body as BulkPostsResponse).undo).expect(200);
    expect((await get(a!.id)).tags).toEqual(['a']);
    expect((await get(b!.id)).tags).toEqual([]);
  });

  it('cancels, and the undo brings the posts back as drafts', async () => {
    const [a, b] = await two(editor);
    const res = await bulk(editor, { action: 'cancel', posts: [ref(a!), ref(b!)], reason: 'report' }).expect(200);
    const body = res.body as BulkPostsResponse;
    expect(body.items.map((p) => p.status)).toEqual(['cancelled', 'cancelled']);
    expect(body.undoNote).toBeNull(); // they were drafts: the undo puts everything back
    await bulk(editor, body.undo).expect(200);
    expect((await get(a!.id)).status).toBe('draft');
    expect((await get(b!.id)).scheduledAt).toBe(b!.scheduledAt);
    // A post in review comes back as a draft, and the answer says so before anyone undoes.
    const [c] = await two(editor);
    const inReview = (
      await editor.agent
        .post(`/api/workspaces/${ws}/posts/${c!.id}/submit`)
        .set('x-csrf-token', editor.csrf)
        .expect(200)
    ).body as PostDto;
    const cancelled = (await bulk(editor, { action: 'cancel', posts: [ref(inReview)] }).expect(200))
      .body as BulkPostsResponse;
    expect(cancelled.undoNote?.code).toBe('BULK_UNDO_CANCEL_AS_DRAFT');
    expect(cancelled.undo!.posts[0]).toMatchObject({ status: 'in_review', version: cancelled.items[0]!.version });
    await bulk(editor, cancelled.undo).expect(200);
    expect(await get(c!.id)).toMatchObject({ status: 'draft', scheduledAt: c!.scheduledAt });
    // The undo is used up: sent again, it is stale.
    const again = await bulk(editor, cancelled.undo).expect(409);
    expect(again.body.params).toMatchObject({ reasonCode: 'STALE_VERSION' });
  });

  it('submits several posts; a submission has no undo, and says so', async () => {
    const [a, b] = await two(editor);
    const res = await bulk(editor, { action: 'submit', posts: [ref(a!), ref(b!)] }).expect(200);
    const body = res.body as BulkPostsResponse;
    expect(body.items.map((p) => p.status)).toEqual(['in_review', 'in_review']);
    expect(body.undo).toBeNull();
    expect(body.undoNote).toMatchObject({
      code: 'BULK_UNDO_SUBMIT',
      message: { en: 'A submission cannot be undone: request changes or cancel the post' },
    });
  });

  it('a refusal on one post leaves every post unchanged and names the post and the reason', async () => {
    const [a, b] = await two(editor);
    const banned = await create(editor, { accountId: kindy, segments: [{ text: 'Ces CONNARDS de concurrents' }] });
    const refused = await bulk(editor, { action: 'submit', posts: [ref(a!), ref(banned), ref(b!)] }).expect(422);
    expect(refused.body).toMatchObject({
      code: 'BULK_POST_REFUSED',
      params: { position: 2, count: 3, postId: banned.id, reasonCode: 'CHARTER_BLOCKED' },
    });
    expect(refused.body.message).toContain('Post 2 of 3');
    expect(refused.body.details[0]).toMatchObject({ field: 'posts.1' });
    for (const p of [a!, b!, banned]) {
      const now = await get(p.id);
      expect(now.status).toBe('draft');
      expect(now.version).toBe(p.version);
    }
    // A stale version: 409, nothing moved.
    const moved = await bulk(editor, { action: 'reschedule', posts: [ref(a!), ref(b!)], shiftMinutes: 30 }).expect(200);
    const stale = await bulk(editor, {
      action: 'reschedule',
      posts: [ref((moved.body as BulkPostsResponse).items[0]!), ref(b!)],
      shiftMinutes: 30,
    }).expect(409);
    expect(stale.body.params).toMatchObject({ postId: b!.id, reasonCode: 'STALE_VERSION' });
    expect((await get(a!.id)).scheduledAt).toBe((moved.body as BulkPostsResponse).items[0]!.scheduledAt);
    // Shifting a post without a date is refused (set a date instead); cancelling a cancelled post too.
    const idea = await create(editor, { accountId: kindy, segments: [{ text: 'Sans date' }] });
    const undated = await bulk(editor, { action: 'reschedule', posts: [ref(idea)], shiftMinutes: 30 }).expect(400);
    expect(undated.body.params).toMatchObject({ reasonCode: 'BULK_SHIFT_UNDATED' });
  });

  it('enforces roles and account scopes', async () => {
    const [a] = await two(editor);
    await bulk(viewer, { action: 'tag', posts: [ref(a!)], tags: ['x'] }).expect(403);
    const outOfScope = await bulk(careersEditor, { action: 'tag', posts: [ref(a!)], tags: ['x'] }).expect(404);
    expect(outOfScope.body.params).toMatchObject({ postId: a!.id, reasonCode: 'POST_NOT_FOUND' });
    await stranger.agent
      .post(`/api/workspaces/${ws}/posts/bulk`)
      .set('x-csrf-token', stranger.csrf)
      .send({ action: 'tag', posts: [ref(a!)], tags: ['x'] })
      .expect(404);
    expect((await get(a!.id)).tags).toEqual(['a']);
  });

  it('answers 400 with a clear message on bad input', async () => {
    const [a] = await two(editor);
    const cases: [unknown, string][] = [
      [{ action: 'explode', posts: [ref(a!)] }, 'action must be reschedule, cancel, tag, submit or restore'],
      [{ action: 'tag', posts: [], tags: ['x'] }, 'select at least one post'],
      [{ action: 'tag', posts: [ref(a!)], tags: [] }, 'give at least one tag'],
      [{ action: 'reschedule', posts: [ref(a!)] }, 'give either shiftMinutes or scheduledAt'],
      [{ action: 'reschedule', posts: [ref(a!)], shiftMinutes: 5, scheduledAt: later(9) }, 'give either'],
      [{ action: 'cancel', posts: [{ id: 'nope', version: 1 }] }, 'must be a post id'],
    ];
    for (const [body, text] of cases) {
      const res = await bulk(editor, body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.body)).toContain(text);
    }
    const twice = await bulk(editor, { action: 'submit', posts: [ref(a!), ref(a!)] }).expect(400);
    expect(twice.body.code).toBe('BULK_DUPLICATE_POST');
    expect((await get(a!.id)).status).toBe('draft');
  });
});
