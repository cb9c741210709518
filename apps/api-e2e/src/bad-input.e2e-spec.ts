import { registerUser, startTestApi, uniqueEmail, type SignedIn, type TestApi } from './support/test-api';

/** Bad input answers a 4xx with a message a person can act on; never a 500, never a stack trace. */
let api: TestApi;
let owner: SignedIn;
let ws: string;

beforeAll(async () => {
  api = await startTestApi({ BODY_LIMIT: '100kb' });
  owner = await registerUser(api, 'strict');
  ws = owner.me.workspaces[0]!.id;
});
afterAll(() => api.close());

function expectCleanError(
  res: { status: number; body: Record<string, unknown>; text: string },
  status: number,
  code?: string,
) {
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ statusCode: status, code: code ?? expect.any(String), message: expect.any(String) });
  expect(res.text).not.toMatch(/at .+\(.+:\d+:\d+\)|node_modules|TypeError|QueryFailedError/);
}

it('malformed JSON', async () => {
  const res = await api.agent().post('/api/auth/login').set('content-type', 'application/json').send('{"email": ');
  expectCleanError(res, 400, 'MALFORMED_JSON');
});

it('wrong types, per field', async () => {
  const res = await api
    .agent()
    .post('/api/auth/register')
    .send({ email: 42, password: ['x'], displayName: {} });
  expectCleanError(res, 400, 'VALIDATION_FAILED');
  const fields = (res.body.details as { field: string }[]).map((d) => d.field);
  expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'displayName']));
});

it('unknown fields', async () => {
  const res = await owner.agent
    .post(`/api/workspaces/${ws}/brands`)
    .set('x-csrf-token', owner.csrf)
    .send({ name: 'Kindy', isAdmin: true });
  expectCleanError(res, 400, 'VALIDATION_FAILED');
  expect(res.body.details).toEqual([{ field: 'isAdmin', message: 'property isAdmin should not exist' }]);
});

it('oversize bodies', async () => {
  const res = await api
    .agent()
    .post('/api/auth/login')
    .send({ email: 'a@b.fr', password: 'x'.repeat(200_000) });
  expectCleanError(res, 413, 'PAYLOAD_TOO_LARGE');
});

it('bad emails', async () => {
  for (const email of ['not-an-email', 'a@', '@b.fr', 'a b@c.fr']) {
    const res = await api
      .agent()
      .post('/api/auth/register')
      .send({ email, password: 'Ch@teau-Margaux-1855', displayName: 'X' });
    expectCleanError(res, 400, 'VALIDATION_FAILED');
    expect(res.body.details).toEqual([{ field: 'email', message: 'must be a valid email address' }]);
  }
});

it('weak passwords', async () => {
  for (const password of ['short', 'password123', 'aaaaaaaaaaaaaa']) {
    const res = await api
      .agent()
      .post('/api/auth/register')
      .send({ email: uniqueEmail('weak'), password, displayName: 'W' });
    expectCleanError(res, 400, 'WEAK_PASSWORD');
    expect(res.body.details[0].field).toBe('password');
  }
});

it('an email already registered answers check_email (never that it is taken) and writes nothing', async () => {
  const res = await api
    .agent()
    .post('/api/auth/register')
    .send({ email: owner.email, password: 'Another-Strong-Pass-1', displayName: 'Dup' })
    .expect(202);
  expect(res.body).toEqual({ status: 'check_email' });
  expect(res.headers['set-cookie']).toBeUndefined();
  const me = await owner.agent.get('/api/auth/me').expect(200);
  expect(me.body.workspaces).toHaveLength(1);
});

it('bad values in query strings and ids', async () => {
  expectCleanError(await owner.agent.get(`/api/workspaces/${ws}/members?limit=abc`), 400, 'VALIDATION_FAILED');
  expectCleanError(await owner.agent.get(`/api/workspaces/${ws}/members?limit=100000`), 400, 'VALIDATION_FAILED');
  expectCleanError(await owner.agent.get(`/api/workspaces/${ws}/brands/%E0%A4%A`), 400);
  expectCleanError(await owner.agent.get(`/api/workspaces/${ws}/brands/not-a-uuid`), 404, 'BRAND_NOT_FOUND');
  const page = await owner.agent.get(`/api/workspaces/${ws}/members?cursor=garbage`).expect(200);
  expect(page.body.items.length).toBeGreaterThan(0);
});

it('a colour that is not a colour', async () => {
  const res = await owner.agent
    .post(`/api/workspaces/${ws}/brands`)
    .set('x-csrf-token', owner.csrf)
    .send({ name: 'Total', color: 'red' });
  expectCleanError(res, 400, 'VALIDATION_FAILED');
  expect(res.body.details).toEqual([{ field: 'color', message: 'must be a colour like #1a2b3c' }]);
});

it('unknown routes answer a JSON 404', async () => {
  expectCleanError(await api.agent().get('/api/nope'), 404);
});

it('login attempts are throttled per address and email', async () => {
  const strict = await startTestApi({ LOGIN_THROTTLE_LIMIT: '3' });
  try {
    const agent = strict.agent();
    for (let i = 0; i < 3; i++)
      await agent.post('/api/auth/login').send({ email: 'victim@kindy.fr', password: 'guess-guess-1' }).expect(401);
    expectCleanError(
      await agent.post('/api/auth/login').send({ email: 'victim@kindy.fr', password: 'guess-guess-1' }),
      429,
      'TOO_MANY_REQUESTS',
    );
  } finally {
    await strict.close();
  }
});

it('login attempts are also throttled per address: a password sprayed over many e-mails is stopped', async () => {
  const strict = await startTestApi({ LOGIN_THROTTLE_LIMIT: '3', LOGIN_THROTTLE_ADDRESS_LIMIT: '5' });
  try {
    const agent = strict.agent();
    for (let i = 0; i < 5; i++)
      await agent
        .post('/api/auth/login')
        .send({ email: `user${i}@kindy.fr`, password: 'Printemps2026!' })
        .expect(401);
    expectCleanError(
      await agent.post('/api/auth/login').send({ email: 'user5@kindy.fr', password: 'Printemps2026!' }),
      429,
      'TOO_MANY_REQUESTS',
    );
  } finally {
    await strict.close();
  }
});
