import { HostResolver } from '@xp/server/application';
import { addMember, registerUser, uniqueEmail, type SignedIn, type TestApi } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

/**
 * Walks every workspace-scoped endpoint of the OpenAPI document with real objects of another workspace:
 * a member of workspace A asking for anything of workspace B gets 404 (not 403: B's existence is not revealed),
 * and asking through A's own path for B's objects also gets 404 — before any body validation.
 * New endpoints are covered as soon as they are documented.
 */
let api: TestApi;
let close: () => Promise<void>;
let a: SignedIn;
let b: SignedIn;
let wsA: string;
let wsB: string;
/** B's objects, by the collection segment that follows `{ws}` in the path. */
const bIds: Record<string, string> = {};

beforeAll(async () => {
  const stack = await startApiWithSandbox();
  api = stack.api;
  close = stack.close;
  a = await registerUser(api, 'alice', 'Tenant A');
  b = await registerUser(api, 'bob', 'Tenant B');
  wsA = a.me.workspaces[0]!.id;
  wsB = b.me.workspaces[0]!.id;
  const send = (path: string, body: object) =>
    b.agent.post(`/api/workspaces/${wsB}${path}`).set('x-csrf-token', b.csrf).send(body);
  bIds['brands'] = (await send('/brands', { name: 'Kindy' }).expect(201)).body.id;
  bIds['accounts'] = await connectAccount(stack.sandbox, b, wsB, bIds['brands'], 'Kindy');
  bIds['posts'] = (
    await send('/posts', { accountId: bIds['accounts'], segments: [{ text: 'Secret de B' }] }).expect(201)
  ).body.id;
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  bIds['media'] = (
    await b.agent
      .post(`/api/workspaces/${wsB}/media`)
      .set('x-csrf-token', b.csrf)
      .attach('file', png, 'b.png')
      .expect(201)
  ).body.id;
  bIds['invitations'] = (await send('/invitations', { email: uniqueEmail('x'), role: 'viewer' }).expect(201)).body.id;
  bIds['members'] = (await addMember(api, b, wsB, 'editor')).me.user.id;
  bIds['monitors'] = (
    await send('/monitors', {
      brandId: bIds['brands'],
      name: 'Veille de B',
      query: 'Kindy',
      mode: 'volume',
      dailyReadBudget: 10,
    }).expect(201)
  ).body.id;
  const hold = await send('/holds', { scope: 'account', targetId: bIds['accounts'], reason: 'Test' });
  if (hold.status === 201) bIds['holds'] = hold.body.id;
  // A receiver at a public address (a resolver stub: no DNS query; no scheduler runs here, nothing is delivered).
  jest.spyOn(api.app.get(HostResolver), 'resolve').mockResolvedValue(['93.184.215.14']);
  const hook = await send('/webhooks', { url: 'https://hooks.example.com/hook', events: ['post.published'] }).expect(
    201,
  );
  bIds['webhooks'] = hook.body.id;
});
afterAll(() => close());

interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
}

async function workspaceRoutes(): Promise<Route[]> {
  const doc = (await api.agent().get('/api/docs-json').expect(200)).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths)
    .filter(([p]) => p.startsWith('/api/workspaces/{ws}'))
    .flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method as Route['method'], path })));
}

function fill(path: string, ws: string): string {
  const parts = path.split('/');
  return parts
    .map((seg, i) => {
      if (seg === '{ws}') return ws;
      const m = /^\{(\w+)\}$/.exec(seg);
      if (!m) return seg;
      return bIds[parts[i - 1]!] ?? '00000000-0000-4000-8000-000000000000';
    })
    .join('/');
}

it('documents a good number of workspace-scoped endpoints, and B has an object in each kind of collection', async () => {
  const routes = await workspaceRoutes();
  expect(routes.length).toBeGreaterThanOrEqual(30);
  for (const c of ['brands', 'accounts', 'posts', 'media', 'invitations', 'members', 'monitors'])
    expect(bIds[c]).toBeDefined();
});

it("a member of A gets 404 for every endpoint of B's workspace", async () => {
  const failures: string[] = [];
  for (const r of await workspaceRoutes()) {
    const url = fill(r.path, wsB);
    const res = await a.agent[r.method](url).set('x-csrf-token', a.csrf).send({});
    if (res.status !== 404) failures.push(`${r.method.toUpperCase()} ${url} -> ${res.status}`);
  }
  expect(failures).toEqual([]);
});

it("asking through A's own workspace for B's objects gets 404 too, whatever the body", async () => {
  const failures: string[] = [];
  const routes = (await workspaceRoutes()).filter((x) => /\{(?!ws\})\w+\}/.test(x.path));
  expect(routes.length).toBeGreaterThanOrEqual(15);
  for (const r of routes) {
    const url = fill(r.path, wsA);
    const res = await a.agent[r.method](url).set('x-csrf-token', a.csrf).send({ not: 'valid' });
    if (res.status !== 404) failures.push(`${r.method.toUpperCase()} ${url} -> ${res.status}`);
  }
  expect(failures).toEqual([]);
});

it("B's data is untouched and A's lists show none of it", async () => {
  const brands = await b.agent.get(`/api/workspaces/${wsB}/brands`).expect(200);
  expect(brands.body.items.map((x: { name: string }) => x.name)).toEqual(['Kindy']);
  const post = await b.agent.get(`/api/workspaces/${wsB}/posts/${bIds['posts']}`).expect(200);
  expect(post.body.segments[0].text).toBe('Secret de B');
  const mine = await a.agent.get('/api/workspaces').expect(200);
  expect(mine.body.items.map((w: { id: string }) => w.id)).toEqual([wsA]);
  for (const c of ['brands', 'accounts'])
    expect((await a.agent.get(`/api/workspaces/${wsA}/${c}`).expect(200)).body.items).toEqual([]);
  const posts = await a.agent.get(`/api/workspaces/${wsA}/posts`).expect(200);
  expect(posts.body.items).toEqual([]);
});

it('a malformed workspace id answers 404, not 500', async () => {
  const res = await a.agent.get('/api/workspaces/not-a-uuid/brands').expect(404);
  expect(res.body.code).toBe('WORKSPACE_NOT_FOUND');
});
