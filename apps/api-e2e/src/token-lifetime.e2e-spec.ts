// Personal access tokens expire by default and die with a password change.
import { PASSWORD, registerUser, type SignedIn, type TestApi, startTestApi } from './support/test-api';

let api: TestApi;
let user: SignedIn;

beforeAll(async () => {
  api = await startTestApi();
  user = await registerUser(api, 'scripter');
});
afterAll(() => api.close());

const create = (body: Record<string, unknown>) =>
  user.agent.post('/api/auth/tokens').set('x-csrf-token', user.csrf).send(body).expect(201);

it('a token created without an expiry lasts 90 days, not forever', async () => {
  const t = (await create({ name: 'nightly export' })).body as { expiresAt: string | null; createdAt: string };
  expect(t.expiresAt).not.toBeNull();
  const days = (Date.parse(t.expiresAt!) - api.clock.now().getTime()) / 86_400_000;
  expect(days).toBeGreaterThan(89.9);
  expect(days).toBeLessThanOrEqual(90);
  const short = (await create({ name: 'one week', expiresInDays: 7 })).body as { expiresAt: string };
  expect(Math.round((Date.parse(short.expiresAt) - api.clock.now().getTime()) / 86_400_000)).toBe(7);
});

it('changing the password revokes every personal access token', async () => {
  const { token } = (await create({ name: 'ci' })).body as { token: string };
  await api.agent().get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(200);
  await user.agent
    .post('/api/auth/password')
    .set('x-csrf-token', user.csrf)
    .send({ currentPassword: PASSWORD, newPassword: 'Un-nouveau-mot-de-passe-2026' })
    .expect(204);
  await api.agent().get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(401);
});
