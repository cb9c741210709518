// Account scopes on holds (a member limited to @TotalCareers holds, sees and releases only what concerns it), and
// conflicts answered as 409s instead of 500s.
import { addMember, registerUser, type SignedIn, type TestApi } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

let api: TestApi;
let close: () => Promise<void>;
let owner: SignedIn;
let recruiter: SignedIn;
let scopedManager: SignedIn;
let ws: string;
let kindyBrand: string;
let kindy: string;
let careers: string;

async function limitTo(who: SignedIn, accountIds: string[]) {
  const row = (await owner.agent.get(`/api/workspaces/${ws}/members?limit=200`)).body.items.find(
    (m: { userId: string }) => m.userId === who.me.user.id,
  );
  await owner.agent
    .patch(`/api/workspaces/${ws}/members/${who.me.user.id}`)
    .set('x-csrf-token', owner.csrf)
    .send({ accountIds, version: row.version })
    .expect(200);
}

beforeAll(async () => {
  const stack = await startApiWithSandbox();
  api = stack.api;
  close = stack.close;
  owner = await registerUser(api, 'owner', 'Groupe');
  ws = owner.me.workspaces[0]!.id;
  const brand = async (name: string) =>
    (await owner.agent.post(`/api/workspaces/${ws}/brands`).set('x-csrf-token', owner.csrf).send({ name }).expect(201))
      .body.id as string;
  kindyBrand = await brand('Kindy');
  kindy = await connectAccount(stack.sandbox, owner, ws, kindyBrand, 'Kindy');
  careers = await connectAccount(stack.sandbox, owner, ws, await brand('Total'), 'TotalCareers');
  recruiter = await addMember(api, owner, ws, 'editor', 'recruiter');
  scopedManager = await addMember(api, owner, ws, 'manager', 'careers-manager');
  await limitTo(recruiter, [careers]);
  await limitTo(scopedManager, [careers]);
});
afterAll(() => close());

const place = (who: SignedIn, body: Record<string, unknown>) =>
  who.agent.post(`/api/workspaces/${ws}/holds`).set('x-csrf-token', who.csrf).send(body);
const release = (who: SignedIn, id: string) =>
  who.agent.post(`/api/workspaces/${ws}/holds/${id}/release`).set('x-csrf-token', who.csrf).send({ mode: 'resume' });
const listed = async (who: SignedIn) =>
  ((await who.agent.get(`/api/workspaces/${ws}/holds`).expect(200)).body.items as { id: string }[]).map((h) => h.id);

it('a member limited to @TotalCareers can hold @TotalCareers only', async () => {
  const wide = await place(recruiter, { scope: 'workspace', reason: 'crise' }).expect(403);
  expect(wide.body.code).toBe('HOLD_SCOPE_FORBIDDEN');
  await place(recruiter, { scope: 'brand', targetId: kindyBrand, reason: 'crise' }).expect(403);
  const other = await place(recruiter, { scope: 'account', targetId: kindy, reason: 'crise' }).expect(400);
  expect(other.body.code).toBe('HOLD_TARGET_NOT_FOUND');
  const own = await place(recruiter, { scope: 'account', targetId: careers, reason: 'offre erronée' }).expect(201);
  await release(owner, own.body.id).expect(200);
  const active = (await owner.agent.get(`/api/workspaces/${ws}/holds`).expect(200)).body.items as {
    targetId: string;
    active: boolean;
  }[];
  expect(active.filter((h) => h.active)).toHaveLength(0);
});

it('lists only the holds that cover its accounts, and releases only those', async () => {
  const onKindy = (await place(owner, { scope: 'account', targetId: kindy, reason: 'bad buzz Kindy' }).expect(201)).body
    .id as string;
  const onKindyBrand = (
    await place(owner, { scope: 'brand', targetId: kindyBrand, reason: 'marque Kindy' }).expect(201)
  ).body.id as string;
  const onCareers = (await place(owner, { scope: 'account', targetId: careers, reason: 'recrutement' }).expect(201))
    .body.id as string;
  const everywhere = (await place(owner, { scope: 'workspace', reason: 'crise groupe' }).expect(201)).body.id as string;

  const seen = await listed(recruiter);
  expect(seen).toEqual(expect.arrayContaining([onCareers, everywhere]));
  expect(seen).not.toContain(onKindy);
  expect(seen).not.toContain(onKindyBrand);
  expect(await listed(owner)).toEqual(expect.arrayContaining([onKindy, onKindyBrand, onCareers, everywhere]));

  await release(scopedManager, onKindy).expect(404);
  await release(scopedManager, everywhere).expect(404);
  await release(scopedManager, onCareers).expect(200);
  for (const id of [onKindy, onKindyBrand, everywhere]) await release(owner, id).expect(200);
});

it('deleting a brand that still has accounts is a 409 that names them, not a 500', async () => {
  const res = await owner.agent
    .delete(`/api/workspaces/${ws}/brands/${kindyBrand}`)
    .set('x-csrf-token', owner.csrf)
    .expect(409);
  expect(res.body.code).toBe('BRAND_HAS_ACCOUNTS');
  expect(res.body.message).toContain('@Kindy');
  await owner.agent.get(`/api/workspaces/${ws}/brands/${kindyBrand}`).expect(200);
});
