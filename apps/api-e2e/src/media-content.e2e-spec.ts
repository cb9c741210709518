import { randomBytes } from 'node:crypto';
import { addMember, registerUser, type SignedIn } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

/**
 * Reviewers see the images they approve: `GET /api/workspaces/{ws}/media/{id}/content` answers a media's bytes,
 * streamed, with its type and a validator, to the members who may read the posts using it (account scopes apply);
 * a media no post uses yet only to those who may write posts; another workspace's media is unknown.
 */
let stack: Awaited<ReturnType<typeof startApiWithSandbox>>;
let ws: string;
let owner: SignedIn;
let viewer: SignedIn;
let recruiter: SignedIn;
let kindy: string;

// A 1×1 PNG followed by random bytes (a valid PNG start; the bytes only have to travel unchanged).
const IMAGE = Buffer.concat([
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
  randomBytes(1_200_000), // more than two stored chunks
]);

beforeAll(async () => {
  stack = await startApiWithSandbox();
  owner = await registerUser(stack.api, 'owner', 'Groupe');
  ws = owner.me.workspaces[0]!.id;
  const brand = async (name: string) =>
    (await owner.agent.post(`/api/workspaces/${ws}/brands`).set('x-csrf-token', owner.csrf).send({ name }).expect(201))
      .body.id as string;
  kindy = await connectAccount(stack.sandbox, owner, ws, await brand('Kindy'), 'Kindy');
  const careers = await connectAccount(stack.sandbox, owner, ws, await brand('Total'), 'TotalCareers');
  viewer = await addMember(stack.api, owner, ws, 'viewer');
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
afterAll(() => stack?.close());

const upload = async (who: SignedIn): Promise<{ id: string; sha256: string }> =>
  (
    await who.agent
      .post(`/api/workspaces/${ws}/media`)
      .set('x-csrf-token', who.csrf)
      .field('altText', 'Un cartable bleu')
      .attach('file', IMAGE, 'cartable.png')
      .expect(201)
  ).body;

const content = (who: SignedIn, id: string) =>
  who.agent
    .get(`/api/workspaces/${ws}/media/${id}/content`)
    .buffer(true)
    .parse((res, cb) => {
      const parts: Buffer[] = [];
      res.on('data', (b: Buffer) => parts.push(b));
      res.on('end', () => cb(null, Buffer.concat(parts)));
    });

it('answers the exact bytes with their type and a validator; If-None-Match answers 304', async () => {
  const media = await upload(owner);
  const res = await content(owner, media.id).expect(200);
  expect(res.headers['content-type']).toBe('image/png');
  expect(Number(res.headers['content-length'])).toBe(IMAGE.length);
  expect(Buffer.compare(res.body as Buffer, IMAGE)).toBe(0);
  expect(res.headers['etag']).toBe(`"${media.sha256}"`);
  expect(res.headers['cache-control']).toBe('private, max-age=3600');
  await owner.agent
    .get(`/api/workspaces/${ws}/media/${media.id}/content`)
    .set('If-None-Match', `"${media.sha256}"`)
    .expect(304);
});

it('follows the posts that use it: readers of the post see it, a member scoped to another account does not', async () => {
  const media = await upload(owner);
  // Not used yet: writers may see it (to attach it), a viewer may not.
  await content(recruiter, media.id).expect(200);
  await content(viewer, media.id).expect(404);
  await owner.agent
    .post(`/api/workspaces/${ws}/posts`)
    .set('x-csrf-token', owner.csrf)
    .send({ accountId: kindy, segments: [{ text: 'La rentrée avec Kindy', mediaIds: [media.id] }] })
    .expect(201);
  await content(viewer, media.id).expect(200);
  const hidden = await content(recruiter, media.id).expect(404);
  expect(hidden.headers['content-type']).toMatch(/json/);
});

it('is unknown to another workspace and for a malformed id; a visitor must sign in', async () => {
  const media = await upload(owner);
  const stranger = await registerUser(stack.api, 'stranger', 'Ailleurs');
  const theirs = stranger.me.workspaces[0]!.id;
  await stranger.agent.get(`/api/workspaces/${theirs}/media/${media.id}/content`).expect(404);
  await stranger.agent.get(`/api/workspaces/${ws}/media/${media.id}/content`).expect(404);
  await owner.agent.get(`/api/workspaces/${ws}/media/not-an-id/content`).expect(404);
  await stack.api.agent().get(`/api/workspaces/${ws}/media/${media.id}/content`).expect(401);
});
