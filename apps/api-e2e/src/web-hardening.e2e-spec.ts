// Login CSRF: a page on another site cannot sign a browser in, register, or post a form to the API.
import { PASSWORD, registerUser, startTestApi, uniqueEmail, type TestApi } from './support/test-api';

let api: TestApi;
let email: string;

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL: 'http://localhost:3000' });
  email = (await registerUser(api, 'victim')).email;
});
afterAll(() => api.close());

it('refuses a sign-in or a registration coming from another origin, before checking anything', async () => {
  const login = await api
    .agent()
    .post('/api/auth/login')
    .set('origin', 'https://evil.example')
    .send({ email, password: PASSWORD })
    .expect(403);
  expect(login.body).toMatchObject({ code: 'ORIGIN_REFUSED' });
  expect(login.headers['set-cookie'] ?? []).not.toEqual(expect.arrayContaining([expect.stringContaining('xp.sid=')]));
  await api
    .agent()
    .post('/api/auth/login')
    .set('referer', 'https://evil.example/page.html')
    .send({ email, password: PASSWORD })
    .expect(403);
  await api
    .agent()
    .post('/api/auth/register')
    .set('origin', 'null')
    .send({ email: uniqueEmail('csrf'), password: PASSWORD, displayName: 'x' })
    .expect(403);
});

it('accepts the app’s own origin (and its loopback twin), and clients that send no origin', async () => {
  await api
    .agent()
    .post('/api/auth/login')
    .set('origin', 'http://localhost:3000')
    .send({ email, password: PASSWORD })
    .expect(200);
  await api
    .agent()
    .post('/api/auth/login')
    .set('origin', 'http://127.0.0.1:3000')
    .send({ email, password: PASSWORD })
    .expect(200);
  await api
    .agent()
    .post('/api/auth/login')
    .set('origin', 'http://127.0.0.1:4000')
    .send({ email, password: PASSWORD })
    .expect(403);
  await api.agent().post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
});

it('a form-encoded body is not parsed: an HTML form cannot sign anyone in', async () => {
  const res = await api
    .agent()
    .post('/api/auth/login')
    .type('form')
    .send(`email=${encodeURIComponent(email)}&password=${encodeURIComponent(PASSWORD)}`);
  expect(res.status).toBe(400);
  expect(res.headers['set-cookie'] ?? []).not.toEqual(expect.arrayContaining([expect.stringContaining('xp.sid=')]));
});

it('HSTS is sent over HTTPS only (behind a trusted proxy), never over plain HTTP', async () => {
  const plain = await api.agent().get('/api/health').expect(200);
  expect(plain.headers['strict-transport-security']).toBeUndefined();
  const proxied = await startTestApi({ TRUST_PROXY: 'true', PUBLIC_URL: 'https://app.example.com' });
  try {
    const secure = await proxied.agent().get('/api/health').set('x-forwarded-proto', 'https').expect(200);
    expect(secure.headers['strict-transport-security']).toContain('max-age=31536000');
  } finally {
    await proxied.close();
  }
});

it('a deeply nested body is a 400, unauthenticated, and does not stall the server', async () => {
  const deep = await api
    .agent()
    .post('/api/auth/login')
    .set('content-type', 'application/json')
    .send('['.repeat(5000))
    .expect(400);
  expect(deep.body).toMatchObject({ statusCode: 400, code: 'JSON_TOO_DEEP' });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 4 }, () =>
      api.agent().post('/api/auth/login').set('content-type', 'application/json').send('{"a":'.repeat(160_000)),
    ),
  );
  expect(performance.now() - started).toBeLessThan(1000);
});

it('NUL characters in a body or an address are a 400, not a 500', async () => {
  const body = await api.agent().post('/api/auth/login').send({ email: 'a\u0000@kindy.fr', password: 'x' }).expect(400);
  expect(body.body.code).toBe('NUL_CHARACTER');
  const url = await api.agent().get('/api/auth/me%00').expect(400);
  expect(url.body.code).toBe('NUL_CHARACTER');
});
