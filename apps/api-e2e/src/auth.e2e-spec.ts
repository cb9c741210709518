import { Client } from 'pg';
import { addMember, PASSWORD, registerUser, startTestApi, uniqueEmail, type TestApi } from './support/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('register, login, logout', () => {
  it('registers a user with a first workspace they own, signed in', async () => {
    const { agent, me, email } = await registerUser(api, 'claire', 'Groupe Kindy');
    expect(me.user.email).toBe(email);
    expect(me.workspaces).toEqual([{ id: expect.any(String), name: 'Groupe Kindy', role: 'owner' }]);
    const again = await agent.get('/api/auth/me').expect(200);
    expect(again.body.user.id).toBe(me.user.id);
  });

  it('stores the password with argon2id, never in clear', async () => {
    const { email } = await registerUser(api, 'hash');
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const { rows } = await db.query('SELECT password_hash FROM users WHERE email = $1', [email]);
    await db.end();
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].password_hash).not.toContain(PASSWORD);
  });

  it('logs in and out; logout revokes the session server-side', async () => {
    const { email } = await registerUser(api, 'login');
    const agent = api.agent();
    await agent.get('/api/auth/me').expect(401);
    const login = await agent
      .post('/api/auth/login')
      .send({ email: email.toUpperCase(), password: PASSWORD })
      .expect(200);
    const cookie = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('xp.sid='))!
      .split(';')[0]!;
    await api.agent().get('/api/auth/me').set('Cookie', cookie).expect(200);
    const res = await agent.get('/api/auth/me').expect(200);
    await agent.post('/api/auth/logout').set('x-csrf-token', res.body.csrfToken).expect(204);
    await agent.get('/api/auth/me').expect(401);
    // Replaying the old cookie does not bring the session back.
    const replay = await api.agent().get('/api/auth/me').set('Cookie', cookie).expect(401);
    expect(replay.body.code).toBe('NOT_SIGNED_IN');
  });

  it('refuses a wrong password with 401 and the same message as an unknown email', async () => {
    const { email } = await registerUser(api, 'wrong');
    const a = await api.agent().post('/api/auth/login').send({ email, password: 'not-the-password-1' }).expect(401);
    const b = await api
      .agent()
      .post('/api/auth/login')
      .send({ email: uniqueEmail('nobody'), password: 'whatever-1234' })
      .expect(401);
    expect(a.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: b.body.message });
  });

  it('changing the password revokes the other sessions and keeps the current one', async () => {
    const first = await registerUser(api, 'pw');
    const other = api.agent();
    await other.post('/api/auth/login').send({ email: first.email, password: PASSWORD }).expect(200);
    await first.agent
      .post('/api/auth/password')
      .set('x-csrf-token', first.csrf)
      .send({ currentPassword: PASSWORD, newPassword: 'Un-nouveau-mot-de-passe-2026' })
      .expect(204);
    await other.get('/api/auth/me').expect(401);
    await first.agent.get('/api/auth/me').expect(200);
    await api.agent().post('/api/auth/login').send({ email: first.email, password: PASSWORD }).expect(401);
    await api
      .agent()
      .post('/api/auth/login')
      .send({ email: first.email, password: 'Un-nouveau-mot-de-passe-2026' })
      .expect(200);
  });
});

describe('CSRF', () => {
  it('refuses a state change with the session cookie but without a valid CSRF token', async () => {
    const { agent, csrf } = await registerUser(api, 'csrf');
    const none = await agent.post('/api/workspaces').send({ name: 'X' }).expect(403);
    expect(none.body.code).toBe('CSRF_INVALID');
    await agent.post('/api/workspaces').set('x-csrf-token', 'forged.value').send({ name: 'X' }).expect(403);
    await agent.post('/api/workspaces').set('x-csrf-token', csrf).send({ name: 'X' }).expect(201);
  });

  it('a token from before logging in again is stale', async () => {
    const { agent, csrf, email } = await registerUser(api, 'stale');
    await agent.post('/api/auth/logout').set('x-csrf-token', csrf).expect(204);
    await agent.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
    const res = await agent.post('/api/workspaces').set('x-csrf-token', csrf).send({ name: 'Y' }).expect(403);
    expect(res.body.code).toBe('CSRF_INVALID');
  });
});

describe('personal access tokens', () => {
  it('creates a token shown once, authenticates with it without CSRF, and revokes it', async () => {
    const { agent, csrf, me } = await registerUser(api, 'pat');
    const created = await agent.post('/api/auth/tokens').set('x-csrf-token', csrf).send({ name: 'script' }).expect(201);
    expect(created.body.token).toMatch(/^xpat_/);
    const list = await agent.get('/api/auth/tokens').expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);

    const bearer = `Bearer ${created.body.token}`;
    const ws = await api.agent().get('/api/workspaces').set('Authorization', bearer).expect(200);
    expect(ws.body.items.map((w: { id: string }) => w.id)).toEqual([me.workspaces[0]!.id]);
    await api.agent().post('/api/workspaces').set('Authorization', bearer).send({ name: 'By script' }).expect(201);

    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const { rows } = await db.query('SELECT token_hash FROM access_tokens WHERE id = $1', [created.body.id]);
    await db.end();
    expect(rows[0].token_hash).not.toContain(created.body.token.slice(5));

    await agent.delete(`/api/auth/tokens/${created.body.id}`).set('x-csrf-token', csrf).expect(204);
    const refused = await api.agent().get('/api/workspaces').set('Authorization', bearer).expect(401);
    expect(refused.body.code).toBe('INVALID_TOKEN');
  });
});

describe('invitations', () => {
  it('a link works once; a used, revoked or expired link answers a clear 4xx', async () => {
    const owner = await registerUser(api, 'inviter');
    const ws = owner.me.workspaces[0]!.id;
    const email = uniqueEmail('invitee');
    const inv = await owner.agent
      .post(`/api/workspaces/${ws}/invitations`)
      .set('x-csrf-token', owner.csrf)
      .send({ email, role: 'editor' })
      .expect(201);
    const token = String(inv.body.link).split('/').pop()!;
    const preview = await api.agent().get(`/api/invitations/${token}`).expect(200);
    expect(preview.body).toMatchObject({ email, role: 'editor' });
    expect(preview.body).not.toHaveProperty('userExists');

    const invitee = api.agent();
    const accepted = await invitee
      .post(`/api/invitations/${token}/accept`)
      .send({ displayName: 'Ed', password: PASSWORD })
      .expect(200);
    expect(accepted.body.workspaceId).toBe(ws);
    const me = await invitee.get('/api/auth/me').expect(200);
    expect(me.body.workspaces).toEqual([{ id: ws, name: expect.any(String), role: 'editor' }]);

    const again = await api
      .agent()
      .post(`/api/invitations/${token}/accept`)
      .send({ displayName: 'Ed', password: PASSWORD })
      .expect(410);
    expect(again.body.code).toBe('INVITATION_USED');

    const inv2 = await owner.agent
      .post(`/api/workspaces/${ws}/invitations`)
      .set('x-csrf-token', owner.csrf)
      .send({ email: uniqueEmail('late'), role: 'viewer' })
      .expect(201);
    api.clock.advance(7 * 24 * 3600 * 1000 + 1000);
    const expired = await api
      .agent()
      .post(`/api/invitations/${String(inv2.body.link).split('/').pop()}/accept`)
      .send({ displayName: 'L', password: PASSWORD })
      .expect(410);
    expect(expired.body.code).toBe('INVITATION_EXPIRED');
    api.clock.set(new Date());

    const bogus = await api.agent().get('/api/invitations/inv_doesnotexistdoesnotexist').expect(404);
    expect(bogus.body.code).toBe('INVITATION_NOT_FOUND');
  });

  it('without SMTP the invitation email lands in the outbox the owner can read, and nobody else', async () => {
    const owner = await registerUser(api, 'mailer');
    const ws = owner.me.workspaces[0]!.id;
    const email = uniqueEmail('target');
    const inv = await owner.agent
      .post(`/api/workspaces/${ws}/invitations`)
      .set('x-csrf-token', owner.csrf)
      .send({ email, role: 'viewer' })
      .expect(201);
    const outbox = await owner.agent.get(`/api/workspaces/${ws}/outbox`).expect(200);
    expect(outbox.body.items).toHaveLength(1);
    expect(outbox.body.items[0]).toMatchObject({ to: email, status: 'outbox' });
    expect(outbox.body.items[0].text).toContain(inv.body.link);
    // Written from the message catalogue, in French then in English (the invitee has no language yet).
    expect(outbox.body.items[0].subject).toMatch(/^Invitation à rejoindre .+ \/ Invitation to join /);
    expect(outbox.body.items[0].text).toMatch(/vous invite à rejoindre[\s\S]+invites you to join/);
    // The role in words, not its code: « en tant que lecteur » (the web's role names), "as viewer".
    expect(outbox.body.items[0].text).toContain('en tant que lecteur.');
    expect(outbox.body.items[0].text).toContain('as viewer.');
    const editor = await addMember(api, owner, ws, 'editor');
    await editor.agent.get(`/api/workspaces/${ws}/outbox`).expect(403);
  });

  it('the outbox lists the newest e-mail first, page after page', async () => {
    const owner = await registerUser(api, 'mailer-order');
    const ws = owner.me.workspaces[0]!.id;
    const sent: string[] = [];
    for (let i = 0; i < 3; i++) {
      const email = uniqueEmail(`order${i}`);
      await owner.agent
        .post(`/api/workspaces/${ws}/invitations`)
        .set('x-csrf-token', owner.csrf)
        .send({ email, role: 'viewer' })
        .expect(201);
      sent.push(email);
      api.clock.advance(1_000); // the test clock stands still otherwise
    }
    const first = await owner.agent.get(`/api/workspaces/${ws}/outbox?limit=2`).expect(200);
    const rest = await owner.agent
      .get(`/api/workspaces/${ws}/outbox?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`)
      .expect(200);
    const order = [...first.body.items, ...rest.body.items].map((m: { to: string }) => m.to);
    expect(order).toEqual([...sent].reverse());
    expect(rest.body.nextCursor).toBeNull();
  });
});
