// User enumeration (docs/security.md): sign-up, the invitation preview and the invitation accept never tell a
// stranger whether an address already has an account. With REGISTRATION_VERIFY_EMAIL a new and a taken address
// get the same answer, and the account exists once the link e-mailed to the address is opened.
import { Client } from 'pg';
import type { Response } from 'supertest';
import type { MeResponse } from '@xp/shared';
import { PASSWORD, registerUser, startTestApi, uniqueEmail, type SignedIn, type TestApi } from './support/test-api';

interface Mail {
  subject: string;
  text: string;
  workspaceId: string | null;
}

/** The e-mails queued for `to` (no SMTP in tests: they wait in the outbox table; the test clock stands still). */
async function mailsTo(api: TestApi, to: string): Promise<Mail[]> {
  const db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ subject: string; body_text: string; workspace_id: string | null }>(
      'SELECT subject, body_text, workspace_id FROM email_outbox WHERE to_address = $1',
      [to],
    );
    return rows.map((r) => ({ subject: r.subject, text: r.body_text, workspaceId: r.workspace_id }));
  } finally {
    await db.end();
  }
}

/** The confirmation tokens of every sign-up e-mail sent to `to`. */
async function confirmationTokens(api: TestApi, to: string): Promise<string[]> {
  return (await mailsTo(api, to)).flatMap((m) => {
    const match = /\/register\/confirm\?token=(reg_[A-Za-z0-9_-]+)/.exec(m.text);
    return match ? [match[1]!] : [];
  });
}

/** The confirmation token of the one sign-up e-mail sent to `to`. */
async function confirmationToken(api: TestApi, to: string): Promise<string> {
  const tokens = await confirmationTokens(api, to);
  if (tokens.length !== 1) throw new Error(`expected one confirmation link mailed to ${to}, got ${tokens.length}`);
  return tokens[0]!;
}

/**
 * What a response tells its reader, without the Date header and the throttle's counters (they count the
 * attempts of the calling address, whatever the e-mail: consecutive calls differ by one, both ways).
 */
function observable(res: Response) {
  const headers = Object.fromEntries(
    Object.entries(res.headers).filter(([name]) => name !== 'date' && !/^x-ratelimit-(remaining|reset)/.test(name)),
  );
  return { status: res.status, headers, body: res.text };
}

const register = (api: TestApi, email: string, extra: Record<string, unknown> = {}) =>
  api
    .agent()
    .post('/api/auth/register')
    .send({ email, password: PASSWORD, displayName: 'Camille', ...extra });

describe('with REGISTRATION_VERIFY_EMAIL (production)', () => {
  let api: TestApi;
  let taken: string;
  let owner: SignedIn;

  beforeAll(async () => {
    api = await startTestApi({ REGISTRATION_VERIFY_EMAIL: 'true' });
    // An existing account, made through the confirmation flow (English, to check the language of its mail).
    taken = uniqueEmail('taken');
    await register(api, taken, { locale: 'en', workspaceName: 'Kindy' }).expect(202);
    const agent = api.agent();
    const me = (
      await agent
        .post('/api/auth/register/confirm')
        .send({ token: await confirmationToken(api, taken) })
        .expect(201)
    ).body as MeResponse;
    owner = { agent, me, csrf: me.csrfToken, email: taken };
  });
  afterAll(() => api.close());

  it('a new and a taken address get the same status, headers and body, and neither a cookie', async () => {
    const fresh = uniqueEmail('fresh');
    const forFresh = await register(api, fresh);
    const forTaken = await register(api, taken, { password: 'Another-Strong-Pass-1' });
    expect(forFresh.status).toBe(202);
    expect(forFresh.body).toEqual({ status: 'check_email' });
    expect(observable(forTaken)).toEqual(observable(forFresh));
    expect(forFresh.headers['set-cookie']).toBeUndefined();
    expect(forTaken.headers['set-cookie']).toBeUndefined();
    expect(forTaken.text).not.toMatch(/TAKEN|exist/i);

    // The difference is in the mailboxes only: a confirmation link for the new address (the chosen language,
    // French by default), a warning to the owner of the taken one (in their language), outside any workspace.
    const [confirmation] = await mailsTo(api, fresh);
    expect(confirmation).toMatchObject({
      workspaceId: null,
      subject: expect.stringMatching(/^Confirmez votre adresse/),
    });
    expect(confirmation!.text).toMatch(/\/register\/confirm\?token=reg_/);
    const warnings = (await mailsTo(api, taken)).filter((m) => !m.subject.startsWith('Confirm your address'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      workspaceId: null,
      subject: 'Someone tried to create an account with your address',
    });
    expect(warnings[0]!.text).toContain('/login');
    expect(warnings[0]!.text).not.toContain('token=');

    // Nothing exists before the link is opened; the owner's password is unchanged.
    await api.agent().post('/api/auth/login').send({ email: fresh, password: PASSWORD }).expect(401);
    await api.agent().post('/api/auth/login').send({ email: taken, password: 'Another-Strong-Pass-1' }).expect(401);
    await api.agent().post('/api/auth/login').send({ email: taken, password: PASSWORD }).expect(200);
  });

  it('the link creates the account and its workspace and signs in, once', async () => {
    const email = uniqueEmail('confirm');
    await register(api, email, { workspaceName: 'Total', locale: 'en' }).expect(202);
    const token = await confirmationToken(api, email);
    expect((await mailsTo(api, email))[0]!.subject).toBe('Confirm your address to create your X Publisher account');
    const agent = api.agent();
    const confirmed = await agent.post('/api/auth/register/confirm').send({ token }).expect(201);
    expect(confirmed.headers['set-cookie']).toBeDefined();
    expect(confirmed.body).toMatchObject({
      user: { email, displayName: 'Camille', locale: 'en' },
      workspaces: [{ name: 'Total', role: 'owner' }],
    });
    expect((await agent.get('/api/auth/me').expect(200)).body.user.email).toBe(email);
    await api.agent().post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);

    const again = await api.agent().post('/api/auth/register/confirm').send({ token }).expect(410);
    expect(again.body.code).toBe('REGISTRATION_LINK_USED');
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('an expired, unknown or malformed link is refused with a clear code', async () => {
    const email = uniqueEmail('late');
    await register(api, email).expect(202);
    const token = await confirmationToken(api, email);
    api.clock.advance(24 * 3600 * 1000 + 1000);
    try {
      const expired = await api.agent().post('/api/auth/register/confirm').send({ token }).expect(410);
      expect(expired.body.code).toBe('REGISTRATION_LINK_EXPIRED');
    } finally {
      api.clock.set(new Date());
    }
    const unknown = await api
      .agent()
      .post('/api/auth/register/confirm')
      .send({ token: `reg_${'x'.repeat(43)}` })
      .expect(400);
    expect(unknown.body.code).toBe('REGISTRATION_LINK_INVALID');
    const malformed = await api.agent().post('/api/auth/register/confirm').send({ token: 'nope' }).expect(400);
    expect(malformed.body.code).toBe('REGISTRATION_LINK_INVALID');
    await api.agent().post('/api/auth/login').send({ email, password: PASSWORD }).expect(401);
  });

  it('an address registered meanwhile gets the generic refusal, and nothing is created twice', async () => {
    const email = uniqueEmail('twice');
    await register(api, email).expect(202);
    const first = await confirmationToken(api, email);
    await register(api, email, { workspaceName: 'Second' }).expect(202);
    const second = (await confirmationTokens(api, email)).find((t) => t !== first)!;
    expect(second).toMatch(/^reg_/);
    await api.agent().post('/api/auth/register/confirm').send({ token: second }).expect(201);
    const late = await api.agent().post('/api/auth/register/confirm').send({ token: first }).expect(410);
    expect(late.body.code).toBe('REGISTRATION_LINK_USED');
    expect(late.text).not.toMatch(/TAKEN|exist/i);
  });

  it('an invitation neither previews nor accepts differently for an address that has an account', async () => {
    const ws = owner.me.workspaces[0]!.id;
    const invite = async (email: string) =>
      String(
        (
          await owner.agent
            .post(`/api/workspaces/${ws}/invitations`)
            .set('x-csrf-token', owner.csrf)
            .send({ email, role: 'editor' })
            .expect(201)
        ).body.link,
      )
        .split('/')
        .pop()!;
    const member = uniqueEmail('member');
    await register(api, member).expect(202);
    await api
      .agent()
      .post('/api/auth/register/confirm')
      .send({ token: await confirmationToken(api, member) })
      .expect(201);
    const newcomer = uniqueEmail('newcomer');
    const [forMember, forNewcomer] = [await invite(member), await invite(newcomer)];

    const previews = await Promise.all(
      [forMember, forNewcomer].map(async (t) => (await api.agent().get(`/api/invitations/${t}`).expect(200)).body),
    );
    for (const p of previews) expect(Object.keys(p).sort()).toEqual(['email', 'expiresAt', 'role', 'workspaceName']);

    const noDetails = await Promise.all(
      [forMember, forNewcomer].map((t) => api.agent().post(`/api/invitations/${t}/accept`).send({})),
    );
    expect(noDetails.map((r) => [r.status, r.body.code])).toEqual([
      [400, 'ACCOUNT_DETAILS_REQUIRED'],
      [400, 'ACCOUNT_DETAILS_REQUIRED'],
    ]);

    const accept = (t: string) =>
      api.agent().post(`/api/invitations/${t}/accept`).send({ displayName: 'Sam', password: PASSWORD });
    const a = await accept(forMember);
    const b = await accept(forNewcomer);
    expect(b.status).toBe(202);
    expect(b.body).toEqual({ status: 'check_email' });
    expect(observable(a)).toEqual(observable(b));
    expect(a.headers['set-cookie']).toBeUndefined();
    expect(b.headers['set-cookie']).toBeUndefined();

    // The member is told to sign in and accept (their mail carries the invitation link, not a sign-up link).
    const toMember = (await mailsTo(api, member)).filter((m) => m.subject.startsWith('Invitation'));
    expect(toMember.map((m) => m.subject)).toEqual([
      'Invitation à rejoindre Kindy / Invitation to join Kindy', // from the inviter
      'Invitation à rejoindre Kindy : connectez-vous pour l’accepter', // from the attempt to sign up
    ]);
    expect(toMember[1]!.text).toContain(`/invitations/${forMember}`);
    expect(toMember[1]!.text).not.toContain('token=');
    // The newcomer confirms their address, and lands in the inviting workspace with the invited role.
    const agent = api.agent();
    const me = (
      await agent
        .post('/api/auth/register/confirm')
        .send({ token: await confirmationToken(api, newcomer) })
        .expect(201)
    ).body as MeResponse;
    expect(me.workspaces).toEqual([{ id: ws, name: 'Kindy', role: 'editor' }]);
    const used = await api.agent().get(`/api/invitations/${forNewcomer}`).expect(410);
    expect(used.body.code).toBe('INVITATION_USED');
  });
});

describe('without REGISTRATION_VERIFY_EMAIL (local)', () => {
  let api: TestApi;
  let owner: SignedIn;

  beforeAll(async () => {
    api = await startTestApi();
    owner = await registerUser(api, 'local-owner', 'Locale');
  });
  afterAll(() => api.close());

  it('a new address is signed in at once; a taken one answers check_email, never EMAIL_TAKEN', async () => {
    const fresh = await register(api, uniqueEmail('instant')).expect(201);
    expect(fresh.headers['set-cookie']).toBeDefined();

    const taken = await register(api, owner.email, { password: 'Another-Strong-Pass-1' }).expect(202);
    expect(taken.body).toEqual({ status: 'check_email' });
    expect(taken.headers['set-cookie']).toBeUndefined();
    expect(taken.text).not.toContain('EMAIL_TAKEN');
    const [warning] = await mailsTo(api, owner.email);
    expect(warning!.subject).toBe('Quelqu’un a voulu créer un compte avec votre adresse');
    const me = await owner.agent.get('/api/auth/me').expect(200);
    expect(me.body.workspaces).toHaveLength(1);
  });

  it('the invitation preview has no userExists, and accepting without a session never says the address exists', async () => {
    const ws = owner.me.workspaces[0]!.id;
    const other = await registerUser(api, 'local-member');
    const inv = await owner.agent
      .post(`/api/workspaces/${ws}/invitations`)
      .set('x-csrf-token', owner.csrf)
      .send({ email: other.email, role: 'viewer' })
      .expect(201);
    const token = String(inv.body.link).split('/').pop()!;
    const preview = await api.agent().get(`/api/invitations/${token}`).expect(200);
    expect(preview.body).not.toHaveProperty('userExists');

    const anonymous = await api
      .agent()
      .post(`/api/invitations/${token}/accept`)
      .send({ displayName: 'Sam', password: PASSWORD })
      .expect(202);
    expect(anonymous.body).toEqual({ status: 'check_email' });
    expect(anonymous.text).not.toContain('SIGN_IN_TO_ACCEPT');
    // Signed in as the invited address, the same link still works.
    await other.agent.post(`/api/invitations/${token}/accept`).set('x-csrf-token', other.csrf).send({}).expect(200);
  });
});
