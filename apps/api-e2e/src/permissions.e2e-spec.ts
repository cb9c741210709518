import { ROLES, type Role } from '@xp/shared';
import { AccountRepository } from '@xp/server/application';
import { can, type Permission } from '@xp/server/domain';
import { addMember, registerUser, startTestApi, uniqueEmail, type SignedIn, type TestApi } from './support/test-api';

/**
 * One member per role in one workspace; every guarded endpoint is called by each of them and must be allowed
 * exactly when the permission matrix (libs/shared/src/rules/permissions.ts) says so.
 */
let api: TestApi;
let owner: SignedIn;
let ws: string;
let postId: string;
const members = {} as Record<Role, SignedIn>;

beforeAll(async () => {
  api = await startTestApi();
  owner = await registerUser(api, 'owner', 'Matrix');
  ws = owner.me.workspaces[0]!.id;
  members.owner = owner;
  for (const role of ROLES.filter((r) => r !== 'owner')) members[role] = await addMember(api, owner, ws, role);
  // A draft to comment on, on an account of this workspace (stored as the OAuth callback stores it).
  const brand = (
    await owner.agent.post(`/api/workspaces/${ws}/brands`).set('x-csrf-token', owner.csrf).send({ name: 'Kindy' })
  ).body.id as string;
  const { account } = await api.app
    .get(AccountRepository)
    .upsertConnected(
      { workspaceId: ws, brandId: brand, xUserId: '515151', handle: 'Kindy', name: 'Kindy', avatarUrl: null },
      { accessToken: 'a', refreshToken: 'r', expiresAt: new Date(Date.now() + 3_600_000), scopes: ['tweet.write'] },
      new Date(),
    );
  postId = (
    await owner.agent
      .post(`/api/workspaces/${ws}/posts`)
      .set('x-csrf-token', owner.csrf)
      .send({ accountId: account.id, segments: [{ text: 'Un brouillon à commenter' }] })
      .expect(201)
  ).body.id as string;
});
afterAll(() => api.close());

interface Case {
  name: string;
  permission: Permission;
  call: (m: SignedIn) => Promise<{ status: number }>;
}

let n = 0;
const cases: Case[] = [
  { name: 'read workspace', permission: 'workspace.read', call: (m) => m.agent.get(`/api/workspaces/${ws}`) },
  {
    name: 'rename workspace',
    permission: 'workspace.update',
    call: async (m) => {
      const cur = await owner.agent.get(`/api/workspaces/${ws}`);
      return m.agent
        .patch(`/api/workspaces/${ws}`)
        .set('x-csrf-token', m.csrf)
        .send({ name: `Matrix ${++n}`, version: cur.body.version });
    },
  },
  { name: 'list members', permission: 'members.read', call: (m) => m.agent.get(`/api/workspaces/${ws}/members`) },
  {
    name: 'change a viewer into a viewer',
    permission: 'members.manage',
    call: async (m) => {
      const list = await owner.agent.get(`/api/workspaces/${ws}/members`);
      const target = list.body.items.find((x: { role: Role }) => x.role === 'viewer');
      return m.agent
        .patch(`/api/workspaces/${ws}/members/${target.userId}`)
        .set('x-csrf-token', m.csrf)
        .send({ role: 'viewer', version: target.version });
    },
  },
  {
    name: 'invite',
    permission: 'invitations.manage',
    call: (m) =>
      m.agent
        .post(`/api/workspaces/${ws}/invitations`)
        .set('x-csrf-token', m.csrf)
        .send({ email: uniqueEmail('inv'), role: 'viewer' }),
  },
  {
    name: 'list invitations',
    permission: 'invitations.manage',
    call: (m) => m.agent.get(`/api/workspaces/${ws}/invitations`),
  },
  { name: 'list brands', permission: 'brands.read', call: (m) => m.agent.get(`/api/workspaces/${ws}/brands`) },
  {
    name: 'create a brand',
    permission: 'brands.write',
    call: (m) =>
      m.agent
        .post(`/api/workspaces/${ws}/brands`)
        .set('x-csrf-token', m.csrf)
        .send({ name: `Brand ${++n}` }),
  },
  {
    name: 'delete a brand',
    permission: 'brands.write',
    call: async (m) => {
      const b = await owner.agent
        .post(`/api/workspaces/${ws}/brands`)
        .set('x-csrf-token', owner.csrf)
        .send({ name: `Doomed ${++n}` });
      return m.agent.delete(`/api/workspaces/${ws}/brands/${b.body.id}`).set('x-csrf-token', m.csrf);
    },
  },
  { name: 'read the outbox', permission: 'outbox.read', call: (m) => m.agent.get(`/api/workspaces/${ws}/outbox`) },
  // A viewer follows the work without changing it: it comments and subscribes to the calendar, writes no post.
  {
    name: 'comment on a post',
    permission: 'posts.comment',
    call: (m) =>
      m.agent
        .post(`/api/workspaces/${ws}/posts/${postId}/comments`)
        .set('x-csrf-token', m.csrf)
        .send({ body: 'Vu, merci' }),
  },
  {
    name: 'edit a post',
    permission: 'posts.write',
    call: async (m) => {
      const cur = await owner.agent.get(`/api/workspaces/${ws}/posts/${postId}`);
      return m.agent
        .patch(`/api/workspaces/${ws}/posts/${postId}`)
        .set('x-csrf-token', m.csrf)
        .send({ segments: [{ text: `Un brouillon à commenter (${++n})` }], version: cur.body.version });
    },
  },
  {
    name: 'subscribe to the calendar',
    permission: 'calendar.subscribe',
    call: (m) =>
      m.agent.post(`/api/workspaces/${ws}/calendar-feeds`).set('x-csrf-token', m.csrf).send({ scope: 'workspace' }),
  },
];

describe.each(ROLES)('as %s', (role) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const res = await c.call(members[role]);
    if (can(role, c.permission)) expect(res.status).toBeLessThan(300);
    else expect(res.status).toBe(403);
  });
});

describe('role grants', () => {
  it('an admin cannot make someone owner; an owner can; the last owner cannot step down', async () => {
    const target = await addMember(api, owner, ws, 'editor', 'promoted');
    const cur = (await owner.agent.get(`/api/workspaces/${ws}/members`)).body.items.find(
      (x: { userId: string }) => x.userId === target.me.user.id,
    );
    const admin = members.admin;
    const refused = await admin.agent
      .patch(`/api/workspaces/${ws}/members/${target.me.user.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ role: 'owner', version: cur.version })
      .expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const ownerRow = (await owner.agent.get(`/api/workspaces/${ws}/members`)).body.items.find(
      (x: { userId: string }) => x.userId === owner.me.user.id,
    );
    const last = await owner.agent
      .patch(`/api/workspaces/${ws}/members/${owner.me.user.id}`)
      .set('x-csrf-token', owner.csrf)
      .send({ role: 'admin', version: ownerRow.version })
      .expect(409);
    expect(last.body.code).toBe('LAST_OWNER');
    await owner.agent
      .patch(`/api/workspaces/${ws}/members/${target.me.user.id}`)
      .set('x-csrf-token', owner.csrf)
      .send({ role: 'owner', version: cur.version })
      .expect(200);
  });

  it('a stale version answers 409', async () => {
    const cur = await owner.agent.get(`/api/workspaces/${ws}`);
    await owner.agent
      .patch(`/api/workspaces/${ws}`)
      .set('x-csrf-token', owner.csrf)
      .send({ name: 'Fresh', version: cur.body.version })
      .expect(200);
    const stale = await owner.agent
      .patch(`/api/workspaces/${ws}`)
      .set('x-csrf-token', owner.csrf)
      .send({ name: 'Stale', version: cur.body.version })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
  });

  it('a member limited to some accounts keeps that scope from the invitation', async () => {
    // An account of this workspace (stored as the OAuth callback stores it; no X needed for a scope).
    const brand = (
      await owner.agent.post(`/api/workspaces/${ws}/brands`).set('x-csrf-token', owner.csrf).send({ name: 'Total' })
    ).body.id as string;
    const { account } = await api.app.get(AccountRepository).upsertConnected(
      {
        workspaceId: ws,
        brandId: brand,
        xUserId: '424242',
        handle: 'TotalCareers',
        name: 'Total Careers',
        avatarUrl: null,
      },
      { accessToken: 'a', refreshToken: 'r', expiresAt: new Date(Date.now() + 3_600_000), scopes: ['tweet.write'] },
      new Date(),
    );
    const scope = [account.id];
    const inv = await owner.agent
      .post(`/api/workspaces/${ws}/invitations`)
      .set('x-csrf-token', owner.csrf)
      .send({ email: uniqueEmail('recruiter'), role: 'editor', accountIds: scope })
      .expect(201);
    const agent = api.agent();
    const acc = await agent
      .post(`/api/invitations/${String(inv.body.link).split('/').pop()}/accept`)
      .send({ displayName: 'R', password: 'Recrutement-Total-2026' })
      .expect(200);
    const row = (await owner.agent.get(`/api/workspaces/${ws}/members?limit=200`)).body.items.find(
      (x: { userId: string }) => x.userId === acc.body.user.id,
    );
    expect(row.accountIds).toEqual(scope);
  });
});
