import { createServer, type Server } from 'node:net';
import { Client } from 'pg';
import type { CreatePostRequest, PostDto, PostGroupResponse } from '@xp/shared';
import { addMember, registerUser, type SignedIn, type TestApi } from './support/test-api';
import { connectAccount, startApiWithSandbox } from './support/x-stack';

/** The atomic multi-account post: one request, one transaction, all or nothing. */
let api: TestApi;
let close: () => Promise<void>;
let owner: SignedIn;
let editor: SignedIn;
let ws: string;
let db: Client;
const accounts: string[] = [];

/** The messages a minimal SMTP server received (the API delivers e-mail to it: SMTP_URL). */
const mails: string[] = [];
let smtp: Server;
function startSmtp(): Promise<number> {
  smtp = createServer((socket) => {
    let data: string | null = null;
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      for (const line of chunk.toString().split('\r\n')) {
        if (data !== null) {
          if (line === '.') {
            mails.push(data);
            data = null;
            socket.write('250 queued\r\n');
          } else data += `${line}\n`;
        } else if (/^DATA/i.test(line)) {
          data = '';
          socket.write('354 go on\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else if (line) socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    smtp.listen(0, '127.0.0.1', () => resolve((smtp.address() as { port: number }).port)),
  );
}

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const KILL = 'kill-the-transaction';

beforeAll(async () => {
  const stack = await startApiWithSandbox({ SMTP_URL: `smtp://127.0.0.1:${await startSmtp()}` });
  api = stack.api;
  close = stack.close;
  owner = await registerUser(api, 'owner', 'Groupe Kindy');
  ws = owner.me.workspaces[0]!.id;
  const brand = (
    await owner.agent
      .post(`/api/workspaces/${ws}/brands`)
      .set('x-csrf-token', owner.csrf)
      .send({ name: 'Kindy' })
      .expect(201)
  ).body.id;
  for (const handle of ['GroupeKindy', 'Kindy', 'TotalCareers'])
    accounts.push(await connectAccount(stack.sandbox, owner, ws, brand, handle));
  // The third account needs no approval: a submitted post is scheduled at once.
  const third = await owner.agent.get(`/api/workspaces/${ws}/accounts/${accounts[2]}`).expect(200);
  await owner.agent
    .patch(`/api/workspaces/${ws}/accounts/${accounts[2]}`)
    .set('x-csrf-token', owner.csrf)
    .send({ approvalPolicy: { requiredApprovals: 0, approverRoles: [] }, version: third.body.version })
    .expect(200);
  editor = await addMember(api, owner, ws, 'editor');
  // The owner reviews, and wants an e-mail for each post submitted to them.
  await owner.agent
    .put(`/api/workspaces/${ws}/notification-preferences`)
    .set('x-csrf-token', owner.csrf)
    .send({ preferences: [{ event: 'post.submitted', inApp: true, email: true }] })
    .expect(200);
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  // Kills the transaction midway: any insert of a post whose text carries the marker raises in PostgreSQL.
  await db.query(`
    CREATE FUNCTION xp_test_kill_post() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.segments::text LIKE '%${KILL}%' THEN RAISE EXCEPTION 'killed midway by the test'; END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER xp_test_kill_post BEFORE INSERT ON posts FOR EACH ROW EXECUTE FUNCTION xp_test_kill_post();
  `);
});
afterAll(async () => {
  await db?.end();
  await close();
  smtp?.close();
});

const group = (who: SignedIn, body: object) =>
  who.agent.post(`/api/workspaces/${ws}/post-groups`).set('x-csrf-token', who.csrf).send(body);

const item = (i: number, text: string, extra: Partial<CreatePostRequest> = {}): CreatePostRequest => ({
  accountId: accounts[i]!,
  segments: [{ text }],
  scheduledAt: later(120 + i),
  ...extra,
});

/** Rows of everything a post group writes, in this workspace. */
async function footprint(): Promise<Record<string, number>> {
  const count = async (sql: string) => Number((await db.query(sql, [ws])).rows[0].n);
  return {
    posts: await count('SELECT count(*) AS n FROM posts WHERE workspace_id = $1'),
    revisions: await count(
      'SELECT count(*) AS n FROM post_revisions r JOIN posts p ON p.id = r.post_id WHERE p.workspace_id = $1',
    ),
    audit: await count('SELECT count(*) AS n FROM audit_events WHERE workspace_id = $1'),
    notifications: await count('SELECT count(*) AS n FROM notifications WHERE workspace_id = $1'),
    webhookDeliveries: await count('SELECT count(*) AS n FROM webhook_deliveries WHERE workspace_id = $1'),
    emails: await count('SELECT count(*) AS n FROM email_outbox WHERE workspace_id = $1'),
  };
}

it('a three-account group is one request: three posts, each with its own text, in the order asked', async () => {
  const before = await footprint();
  const res = await group(editor, {
    posts: [item(0, 'Groupe : nos résultats annuels'), item(1, 'Kindy : la rentrée arrive'), item(2, 'On recrute !')],
  }).expect(201);
  const body = res.body as PostGroupResponse;
  expect(body.nextCursor).toBeNull();
  expect(body.items.map((p) => [p.accountId, p.segments[0]!.text, p.status])).toEqual([
    [accounts[0], 'Groupe : nos résultats annuels', 'draft'],
    [accounts[1], 'Kindy : la rentrée arrive', 'draft'],
    [accounts[2], 'On recrute !', 'draft'],
  ]);
  const after = await footprint();
  expect(after.posts - before.posts).toBe(3);
  expect(after.revisions - before.revisions).toBe(3);
  const one = await editor.agent.get(`/api/workspaces/${ws}/posts/${body.items[1]!.id}`).expect(200);
  expect((one.body as PostDto).segments[0]!.text).toBe('Kindy : la rentrée arrive');
});

it('with submit, each post goes where a single submit sends it: review, or scheduled without approvals', async () => {
  const before = await footprint();
  const res = await group(editor, {
    posts: [item(0, 'Soumis au groupe'), item(1, 'Soumis à Kindy'), item(2, 'Programmé sans relecture')],
    submit: true,
  }).expect(201);
  expect((res.body as PostGroupResponse).items.map((p) => p.status)).toEqual(['in_review', 'in_review', 'scheduled']);
  const after = await footprint();
  expect(after.posts - before.posts).toBe(3);
  // The reviewers heard about the posts waiting for them (inside the same transaction).
  expect(after.notifications).toBeGreaterThan(before.notifications);
});

it('a charter block refuses the submitted group, as for a single post (all or nothing)', async () => {
  const before = await footprint();
  const res = await group(editor, {
    posts: [item(0, 'Bonne journée à tous'), item(2, 'Les concurrents sont des connards.')],
    submit: true,
  }).expect(422);
  expect(res.body.code).toBe('CHARTER_BLOCKED');
  expect((await footprint()).posts).toBe(before.posts);
  // Saved without submitting, the post keeps its finding for the author to fix.
  const saved = await group(editor, {
    posts: [item(2, 'Les concurrents sont des connards.')],
  }).expect(201);
  expect((saved.body as PostGroupResponse).items[0]!.findings.some((f) => f.severity === 'block')).toBe(true);
});

it('a transaction killed midway (third insert) leaves nothing: no post, revision, audit event, notification or e-mail', async () => {
  const before = await footprint();
  const mailed = mails.length;
  const res = await group(editor, {
    posts: [item(0, 'Premier'), item(1, 'Deuxième'), item(2, `Troisième ${KILL}`)],
    submit: true,
  });
  expect(res.status).toBe(500);
  expect(res.body).toMatchObject({ statusCode: 500, code: expect.any(String) });
  expect(await footprint()).toEqual(before);
  expect(mails.length).toBe(mailed);
  // The same group without the marker goes through: the failure was the kill, nothing else. Its e-mails to the
  // reviewer leave once the transaction has committed (two posts wait in review, the third needs no approval).
  await group(editor, {
    posts: [item(0, 'Premier'), item(1, 'Deuxième'), item(2, 'Troisième')],
    submit: true,
  }).expect(201);
  expect(mails.length - mailed).toBe(2);
  const after = await footprint();
  expect(after.emails - before.emails).toBe(2);
});

it('an invalid third item leaves nothing: refused by the schema, or by the rules after two posts were written', async () => {
  const before = await footprint();
  const schema = await group(editor, { posts: [item(0, 'Un'), item(1, 'Deux'), { accountId: accounts[2] }] }).expect(
    400,
  );
  expect(schema.body.code).toBe('VALIDATION_FAILED');
  expect(schema.body.details.map((d: { field: string }) => d.field)).toContain('posts.2.segments');

  const tooLong = await group(editor, {
    posts: [item(0, 'Un'), item(1, 'Deux'), item(0, 'x'.repeat(281))],
    submit: true,
  }).expect(400);
  expect(tooLong.body.details[0].field).toBe('posts.2.segments.0.text');

  const foreign = await group(editor, {
    posts: [item(0, 'Un'), item(1, 'Deux'), item(2, 'Trois', { accountId: '00000000-0000-4000-8000-000000000000' })],
  }).expect(400);
  expect(foreign.body.code).toBe('ACCOUNT_NOT_FOUND');
  expect(foreign.body.details).toEqual([{ field: 'posts.2.accountId', message: 'unknown account' }]);

  expect(await footprint()).toEqual(before);
});

it('a viewer may not create a group; an empty or oversized group is refused', async () => {
  const viewer = await addMember(api, owner, ws, 'viewer');
  expect((await group(viewer, { posts: [item(0, 'Non')] })).status).toBe(403);
  expect((await group(editor, { posts: [] })).status).toBe(400);
  expect((await group(editor, { posts: Array.from({ length: 21 }, (_, i) => item(i % 3, `n°${i}`)) })).status).toBe(
    400,
  );
});
