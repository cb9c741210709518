// An invitation is bound to the address it was sent to, and an account scope names only this workspace's accounts.
import { PASSWORD, registerUser, uniqueEmail, type SignedIn, type TestApi } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

let api: TestApi;
let close: () => Promise<void>;
let owner: SignedIn;
let ws: string;
let kindy: string;
let foreignAccount: string;

beforeAll(async () => {
  const stack = await startApiWithSandbox();
  api = stack.api;
  close = stack.close;
  owner = await registerUser(api, 'owner', 'Kindy');
  ws = owner.me.workspaces[0]!.id;
  const brand = async (who: SignedIn, w: string, name: string) =>
    (await who.agent.post(`/api/workspaces/${w}/brands`).set('x-csrf-token', who.csrf).send({ name }).expect(201)).body
      .id as string;
  kindy = await connectAccount(stack.sandbox, owner, ws, await brand(owner, ws, 'Kindy'), 'Kindy');
  const rival = await registerUser(api, 'rival', 'Total');
  const rivalWs = rival.me.workspaces[0]!.id;
  foreignAccount = await connectAccount(
    stack.sandbox,
    rival,
    rivalWs,
    await brand(rival, rivalWs, 'Total'),
    'TotalCareers',
  );
});
afterAll(() => close());

const invite = (body: Record<string, unknown>) =>
  owner.agent.post(`/api/workspaces/${ws}/invitations`).set('x-csrf-token', owner.csrf).send(body);

it('another signed-in user cannot accept an admin invitation sent to someone else', async () => {
  const invited = uniqueEmail('invited-admin');
  const inv = await invite({ email: invited, role: 'admin' }).expect(201);
  const token = String(inv.body.link).split('/').pop()!;
  const intruder = await registerUser(api, 'intruder');
  const refused = await intruder.agent
    .post(`/api/invitations/${token}/accept`)
    .set('x-csrf-token', intruder.csrf)
    .send({})
    .expect(403);
  expect(refused.body.code).toBe('INVITATION_FOR_ANOTHER_EMAIL');
  const intruderWorkspaces = (await intruder.agent.get('/api/workspaces').expect(200)).body;
  expect(JSON.stringify(intruderWorkspaces)).not.toContain(ws);
  // The link still works for the invited address.
  const agent = api.agent();
  await agent.post(`/api/invitations/${token}/accept`).send({ displayName: 'Admin', password: PASSWORD }).expect(200);
  const me = (await agent.get('/api/auth/me').expect(200)).body as { workspaces: { id: string; role: string }[] };
  expect(me.workspaces.find((w) => w.id === ws)?.role).toBe('admin');
});

it('an invitation or a member scope cannot carry another workspace’s account ids', async () => {
  const bad = await invite({ email: uniqueEmail('scoped'), role: 'editor', accountIds: [foreignAccount] }).expect(400);
  expect(bad.body.code).toBe('ACCOUNT_NOT_FOUND');
  const pending = (await owner.agent.get(`/api/workspaces/${ws}/invitations`).expect(200)).body.items as {
    email: string;
  }[];
  expect(pending.some((i) => i.email.startsWith('scoped.'))).toBe(false);
  await invite({ email: uniqueEmail('scoped-ok'), role: 'editor', accountIds: [kindy] }).expect(201);

  const admin = (await owner.agent.get(`/api/workspaces/${ws}/members?limit=200`).expect(200)).body.items.find(
    (m: { role: string }) => m.role === 'admin',
  ) as { userId: string; version: number };
  const patched = await owner.agent
    .patch(`/api/workspaces/${ws}/members/${admin.userId}`)
    .set('x-csrf-token', owner.csrf)
    .send({ accountIds: [kindy, foreignAccount], version: admin.version })
    .expect(400);
  expect(patched.body.code).toBe('ACCOUNT_NOT_FOUND');
});
