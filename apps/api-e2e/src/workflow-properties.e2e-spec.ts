import fc from 'fast-check';
import type { PostDto, Role } from '@xp/shared';
import { addMember, registerUser, type SignedIn, type TestApi } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

/**
 * Random sequences of API actions by random roles against the workflow. Invariants, checked after every run:
 * no answer is a 5xx; no post is `scheduled` without its policy's approvals on its current content (by people
 * other than the author, with allowed roles); the audit trail's hash chain verifies (when the audit API is there).
 */
let api: TestApi;
let close: () => Promise<void>;
let ws: string;
const people = {} as Record<Role, SignedIn>;
const accounts: { id: string; required: number; roles: Role[] }[] = [];

beforeAll(async () => {
  const stack = await startApiWithSandbox();
  api = stack.api;
  close = stack.close;
  people.owner = await registerUser(api, 'owner', 'Propriétés');
  ws = people.owner.me.workspaces[0]!.id;
  for (const role of ['admin', 'manager', 'editor', 'viewer'] as const)
    people[role] = await addMember(api, people.owner, ws, role);
  const brand = (
    await people.owner.agent
      .post(`/api/workspaces/${ws}/brands`)
      .set('x-csrf-token', people.owner.csrf)
      .send({ name: 'Kindy' })
      .expect(201)
  ).body.id;
  const one = await connectAccount(stack.sandbox, people.owner, ws, brand, 'GroupeKindy');
  const two = await connectAccount(stack.sandbox, people.owner, ws, brand, 'Kindy');
  const a2 = (await people.owner.agent.get(`/api/workspaces/${ws}/accounts/${two}`)).body;
  await people.owner.agent
    .patch(`/api/workspaces/${ws}/accounts/${two}`)
    .set('x-csrf-token', people.owner.csrf)
    .send({
      approvalPolicy: { requiredApprovals: 2, approverRoles: ['owner', 'admin', 'manager'] },
      version: a2.version,
    })
    .expect(200);
  accounts.push(
    { id: one, required: 1, roles: ['owner', 'admin', 'manager'] },
    { id: two, required: 2, roles: ['owner', 'admin', 'manager'] },
  );
});
afterAll(() => close());

const ROLES: Role[] = ['owner', 'admin', 'manager', 'editor', 'viewer'];
const TEXTS = [
  'Nos résultats du trimestre sont en ligne.',
  'Découvrez la nouvelle collection #mode',
  "L'entreprise recrute ! https://careers.example.com #emploi",
  'Ces concurrents sont des connards.',
  'Merci à toutes nos équipes 🙏',
];

type Cmd =
  | { t: 'create'; who: Role; account: number; text: number; future: number }
  | { t: 'edit'; who: Role; post: number; text: number }
  | { t: 'move'; who: Role; post: number; future: number }
  | { t: 'submit' | 'cancel' | 'reopen'; who: Role; post: number }
  | { t: 'approve'; who: Role; post: number; stale: boolean; override: boolean }
  | { t: 'changes'; who: Role; post: number }
  /** A whole review round on one post: create, submit, then approvals by two random people. */
  | { t: 'round'; author: Role; account: number; text: number; approvers: [Role, Role] };

const role = fc.constantFrom(...ROLES);
const idx = fc.nat({ max: 3 });
// Weighted towards the paths that lead somewhere (create → submit → approve), with the rest mixed in.
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('create' as const),
      who: role,
      account: fc.nat({ max: 1 }),
      text: fc.nat({ max: TEXTS.length - 1 }),
      future: fc.integer({ min: -5, max: 600 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('edit' as const),
      who: role,
      post: idx,
      text: fc.nat({ max: TEXTS.length - 1 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('move' as const),
      who: role,
      post: idx,
      future: fc.integer({ min: 1, max: 600 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('submit' as const), who: role, post: idx }) },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constantFrom('cancel' as const, 'reopen' as const), who: role, post: idx }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      t: fc.constant('approve' as const),
      who: role,
      post: idx,
      stale: fc.boolean(),
      override: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('changes' as const), who: role, post: idx }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('round' as const),
      author: role,
      account: fc.nat({ max: 1 }),
      text: fc.nat({ max: TEXTS.length - 1 }),
      approvers: fc.tuple(role, role),
    }),
  },
);

async function run(cmds: Cmd[]): Promise<{ statuses: number[]; posts: string[] }> {
  const posts: string[] = [];
  const statuses: number[] = [];
  let n = 0;
  for (const c of cmds) {
    const url = (id: string) => `/api/workspaces/${ws}/posts/${id}`;
    const pick = (i: number) => posts[i % Math.max(posts.length, 1)];
    let res: { status: number; body: PostDto } | undefined;
    if (c.t === 'round') {
      const author = people[c.author];
      const created = await author.agent
        .post(`/api/workspaces/${ws}/posts`)
        .set('x-csrf-token', author.csrf)
        .send({
          accountId: accounts[c.account]!.id,
          scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
          segments: [{ text: `${TEXTS[c.text]} (r${++n})` }],
        });
      statuses.push(created.status);
      if (created.status !== 201) continue;
      posts.push(created.body.id);
      statuses.push(
        (
          await author.agent
            .post(`${url(created.body.id)}/submit`)
            .set('x-csrf-token', author.csrf)
            .send({})
        ).status,
      );
      for (const who of c.approvers) {
        const a = people[who];
        res = await a.agent
          .post(`${url(created.body.id)}/approve`)
          .set('x-csrf-token', a.csrf)
          .send({ contentHash: created.body.contentHash });
        statuses.push(res.status);
      }
      continue;
    }
    const me = people[c.who];
    if (c.t === 'create') {
      const scheduledAt = new Date(Date.now() + c.future * 60_000).toISOString();
      res = await me.agent
        .post(`/api/workspaces/${ws}/posts`)
        .set('x-csrf-token', me.csrf)
        .send({
          accountId: accounts[c.account]!.id,
          scheduledAt,
          segments: [{ text: `${TEXTS[c.text]} (${++n}-${Math.random().toString(36).slice(2, 6)})` }],
        });
      if (res.status === 201) posts.push(res.body.id);
    } else {
      const id = pick(c.post);
      if (!id) continue;
      const cur = (await me.agent.get(url(id))).body as PostDto;
      switch (c.t) {
        case 'edit':
          res = await me.agent
            .patch(url(id))
            .set('x-csrf-token', me.csrf)
            .send({ segments: [{ text: `${TEXTS[c.text]} (e${++n})` }], version: cur.version });
          break;
        case 'move':
          res = await me.agent
            .patch(url(id))
            .set('x-csrf-token', me.csrf)
            .send({ scheduledAt: new Date(Date.now() + c.future * 60_000).toISOString(), version: cur.version });
          break;
        case 'approve':
          res = await me.agent
            .post(`${url(id)}/approve`)
            .set('x-csrf-token', me.csrf)
            .send({
              contentHash: c.stale ? 'f'.repeat(64) : cur.contentHash,
              ...(c.override ? { overrideReason: 'Validé par la direction de la communication' } : {}),
            });
          break;
        case 'changes':
          res = await me.agent
            .post(`${url(id)}/request-changes`)
            .set('x-csrf-token', me.csrf)
            .send({ comment: 'À reprendre' });
          break;
        default:
          res = await me.agent
            .post(`${url(id)}/${c.t}`)
            .set('x-csrf-token', me.csrf)
            .send({});
      }
    }
    if (res) statuses.push(res.status);
  }
  return { statuses, posts };
}

let scheduledSeen = 0;

it('no sequence of actions schedules a post without its approvals on its current content, and none answers 5xx', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(cmd, { minLength: 10, maxLength: 30 }), async (cmds) => {
      const { statuses, posts } = await run(cmds);
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      for (const id of posts) {
        const p = (await people.owner.agent.get(`/api/workspaces/${ws}/posts/${id}`).expect(200)).body as PostDto;
        if (p.status !== 'scheduled') continue;
        scheduledSeen++;
        const policy = accounts.find((a) => a.id === p.accountId)!;
        const valid = p.approvals.filter(
          (a) =>
            a.current &&
            a.contentHash === p.contentHash &&
            a.approverId !== p.authorId &&
            policy.roles.includes(a.role as Role),
        );
        expect(new Set(valid.map((a) => a.approverId)).size).toBeGreaterThanOrEqual(policy.required);
        if (p.findings.some((f) => f.severity === 'block')) expect(p.charterOverride).not.toBeNull();
      }
    }),
    { numRuns: 12, seed: 20261122 },
  );
  // The runs did exercise the interesting path.
  expect(scheduledSeen).toBeGreaterThan(0);
  // Every transition was audited, and the hash chain of the audit trail verifies.
  const verify = await people.owner.agent.get(`/api/workspaces/${ws}/audit/verify`).expect(200);
  expect(verify.body).toMatchObject({ ok: true });
  expect(verify.body.checked).toBeGreaterThan(scheduledSeen);
}, 240_000);
