import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { AccountRepository, AccountService } from '@xp/server/application';
import { ConfigError } from '@xp/server/config';
import { freshDatabaseUrl, testConfig, TestClock } from '@xp/server/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { startSandbox, type RunningSandbox } from '@xp/x-sandbox';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createApiApp } from '@xp/api';
import { addMember, registerUser, type SignedIn, type TestApi } from './support/test-api';
import request from 'supertest';
import { loadConfig } from '@xp/server/config';

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const CALLBACK = 'http://localhost:3000/api/oauth/x/callback';
const KEY = `test:${randomBytes(32).toString('base64')}`;

let sandbox: RunningSandbox;
let api: TestApi;
let owner: SignedIn;
let ws: string;
let kindyBrand: string;
let totalBrand: string;

async function connect(who: SignedIn, brandId: string, username: string) {
  const start = await who.agent
    .post(`/api/workspaces/${ws}/accounts/connect`)
    .set('x-csrf-token', who.csrf)
    .send({ brandId })
    .expect(201);
  const authorizeUrl = new URL(start.body.authorizeUrl);
  expect(authorizeUrl.origin).toBe(sandbox.url);
  expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('s256');
  // The sandbox's authorize page approves as that user when asked, then redirects to our callback.
  const consent = await fetch(`${start.body.authorizeUrl}&sandbox_user=${username}`, { redirect: 'manual' });
  expect(consent.status).toBe(302);
  const back = new URL(consent.headers.get('location')!);
  expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
  return who.agent.get(`${back.pathname}${back.search}`);
}

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    seedDemo: true,
    clientId: 'xp-test',
    clientSecret: 'xp-test-secret',
    redirectUris: [CALLBACK],
  });
  const databaseUrl = await freshDatabaseUrl();
  const clock = new TestClock(new Date());
  const config = testConfig(databaseUrl, {
    X_API_BASE_URL: sandbox.url,
    X_CLIENT_ID: 'xp-test',
    X_CLIENT_SECRET: 'xp-test-secret',
    ENCRYPTION_KEYS: KEY,
  });
  const app = await createApiApp(config, { clock, quiet: true });
  api = { app, clock, databaseUrl, agent: () => request.agent(app.getHttpServer()), close: () => app.close() };
  owner = await registerUser(api, 'owner', 'Kindy & Total');
  ws = owner.me.workspaces[0]!.id;
  kindyBrand = (
    await owner.agent
      .post(`/api/workspaces/${ws}/brands`)
      .set('x-csrf-token', owner.csrf)
      .send({ name: 'Kindy' })
      .expect(201)
  ).body.id;
  totalBrand = (
    await owner.agent
      .post(`/api/workspaces/${ws}/brands`)
      .set('x-csrf-token', owner.csrf)
      .send({ name: 'Total' })
      .expect(201)
  ).body.id;
});
afterAll(async () => {
  await api?.close();
  await sandbox?.close();
});

it('connects @GroupeKindy, @Kindy and @TotalCareers through the real OAuth redirects', async () => {
  for (const [username, brand] of [
    ['GroupeKindy', kindyBrand],
    ['Kindy', kindyBrand],
    ['TotalCareers', totalBrand],
  ] as const) {
    const res = await connect(owner, brand, username);
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe(`/w/${ws}/accounts?connected=${username}`);
  }
  const list = await owner.agent.get(`/api/workspaces/${ws}/accounts`).expect(200);
  expect(list.body.items.map((a: { handle: string; status: string }) => `${a.handle}:${a.status}`)).toEqual([
    'GroupeKindy:connected',
    'Kindy:connected',
    'TotalCareers:connected',
  ]);
  expect(list.body.items[0]).toMatchObject({ name: 'Groupe Kindy', timezone: 'Europe/Paris', brandId: kindyBrand });
});

it('the same X account cannot be connected twice in one workspace: connecting again refreshes it', async () => {
  await connect(owner, kindyBrand, 'Kindy');
  const list = await owner.agent.get(`/api/workspaces/${ws}/accounts`).expect(200);
  expect(list.body.items.filter((a: { handle: string }) => a.handle === 'Kindy')).toHaveLength(1);
  expect(list.body.items).toHaveLength(3);
});

it('publishes a thread with an image to @Kindy; the sandbox shows it', async () => {
  const kindy = (await owner.agent.get(`/api/workspaces/${ws}/accounts`)).body.items.find(
    (a: { handle: string }) => a.handle === 'Kindy',
  );
  const actor = { userId: owner.me.user.id, via: 'session' as const };
  const { tweetIds } = await api.app.get(AccountService).publishThreadNow(ws, actor, kindy.id, [
    {
      text: 'Nouvelle collection printemps 🌸 (1/2)',
      media: [{ data: PNG, mimeType: 'image/png', altText: 'Une robe à fleurs' }],
    },
    { text: 'Disponible dès demain en boutique (2/2)' },
  ]);
  expect(tweetIds).toHaveLength(2);
  const shown = await (await fetch(`${sandbox.url}/_sandbox/tweets?username=Kindy`)).json();
  const tweets = shown.data as { id: string; text: string; in_reply_to_tweet_id: string | null; media_ids: string[] }[];
  expect(tweets.map((t) => t.text)).toEqual([
    'Nouvelle collection printemps 🌸 (1/2)',
    'Disponible dès demain en boutique (2/2)',
  ]);
  expect(tweets[0]!.media_ids).toHaveLength(1);
  expect(tweets[1]!.in_reply_to_tweet_id).toBe(tweets[0]!.id);
  expect(tweets.map((t) => t.id)).toEqual(tweetIds);
});

it('stores only ciphertext: the raw account row never contains the tokens', async () => {
  const db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
  const { rows } = await db.query(`SELECT * FROM accounts WHERE workspace_id = $1`, [ws]);
  await db.end();
  expect(rows).toHaveLength(3);
  for (const row of rows) {
    const tokens = await api.app.get(AccountRepository).loadTokens(row.id);
    expect(tokens?.accessToken.length).toBeGreaterThan(10);
    const raw = JSON.stringify(row);
    expect(raw).not.toContain(tokens!.accessToken);
    expect(raw).not.toContain(tokens!.refreshToken);
    expect(row.access_token_enc).toMatch(/^v1\.test\./);
    expect(row.refresh_token_enc).toMatch(/^v1\.test\./);
  }
});

it('a wrong or missing key fails at boot with a clear message', async () => {
  const base = { X_API_BASE_URL: sandbox.url, X_CLIENT_ID: 'xp-test' };
  const wrong = testConfig(api.databaseUrl, { ...base, ENCRYPTION_KEYS: `test:${randomBytes(32).toString('base64')}` });
  await expect(createApiApp(wrong, { quiet: true })).rejects.toThrow(
    'ENCRYPTION_KEYS: key "test" cannot decrypt the stored X tokens',
  );
  const missing = testConfig(api.databaseUrl, {
    ...base,
    ENCRYPTION_KEYS: `other:${randomBytes(32).toString('base64')}`,
  });
  await expect(createApiApp(missing, { quiet: true })).rejects.toThrow('ENCRYPTION_KEYS has no key "test"');
  expect(() => loadConfig({ DATABASE_URL: api.databaseUrl, SESSION_SECRET: 'x'.repeat(40) })).toThrow(ConfigError);
  expect(() => loadConfig({ DATABASE_URL: api.databaseUrl, SESSION_SECRET: 'x'.repeat(40) })).toThrow(
    /ENCRYPTION_KEYS: required/,
  );
  expect(() =>
    loadConfig({ DATABASE_URL: api.databaseUrl, SESSION_SECRET: 'x'.repeat(40), ENCRYPTION_KEYS: 'k1:c2hvcnQ=' }),
  ).toThrow(/ENCRYPTION_KEYS: each key must be "kid:base64" with a 32-byte key/);
  // Rotation: a new first key encrypts, the old one still decrypts.
  const rotated = testConfig(api.databaseUrl, {
    ...base,
    ENCRYPTION_KEYS: `new:${randomBytes(32).toString('base64')},${KEY}`,
  });
  const app = await createApiApp(rotated, { quiet: true });
  await app.close();
});

it('on a loopback PUBLIC_URL, pages opened at the other loopback name go to PUBLIC_URL (one cookie host for the OAuth round trip); the API is not redirected', async () => {
  const own = new URL('http://localhost:3000'); // testConfig's PUBLIC_URL
  const other = own.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  const page = await api.agent().get('/w/abc/accounts?x=1').set('Host', `${other}:${own.port}`).expect(302);
  expect(page.headers['location']).toBe(`${own.origin}/w/abc/accounts?x=1`);
  const sameHost = await api.agent().get('/w/abc/accounts').set('Host', own.host);
  expect(sameHost.status).not.toBe(302);
  const apiCall = await api.agent().get('/api/health').set('Host', `${other}:${own.port}`);
  expect(apiCall.status).toBe(200);
  const foreign = await api.agent().get('/w/abc').set('Host', `example.com:${own.port}`);
  expect(foreign.status).not.toBe(302);
});

it('the OAuth state is single use and bound to the user who started it', async () => {
  const start = await owner.agent
    .post(`/api/workspaces/${ws}/accounts/connect`)
    .set('x-csrf-token', owner.csrf)
    .send({ brandId: totalBrand })
    .expect(201);
  const consent = await fetch(`${start.body.authorizeUrl}&sandbox_user=F1TotalOfficiel`, { redirect: 'manual' });
  const back = new URL(consent.headers.get('location')!);
  const stranger = await registerUser(api, 'stranger');
  const other = await stranger.agent.get(`${back.pathname}${back.search}`).expect(303);
  expect(other.headers['location']).toContain('code=OAUTH_STATE_OTHER_USER');
  // Signed out (a session under another host name, or expired): told to sign in, not blamed on another user.
  const signedOut = await api.agent().get(`${back.pathname}${back.search}`).expect(303);
  expect(signedOut.headers['location']).toContain('code=OAUTH_SIGN_IN_REQUIRED');
  // The stranger's attempt did not burn the flow: its rightful user finishes it, once.
  const mine = await owner.agent.get(`${back.pathname}${back.search}`).expect(303);
  expect(mine.headers['location']).not.toContain('code=');
  const replay = await owner.agent.get(`${back.pathname}${back.search}`).expect(303);
  expect(replay.headers['location']).toContain('code=OAUTH_STATE_INVALID');
  const list = await owner.agent.get(`/api/workspaces/${ws}/accounts`).expect(200);
  expect((list.body.items as { handle: string }[]).map((a) => a.handle)).toContain('F1TotalOfficiel');
});

it('a member limited to @TotalCareers only sees that account; editors cannot connect accounts', async () => {
  const list = (await owner.agent.get(`/api/workspaces/${ws}/accounts`)).body.items as { id: string; handle: string }[];
  const careers = list.find((a) => a.handle === 'TotalCareers')!;
  const recruiter = await addMember(api, owner, ws, 'editor', 'recruiter');
  const row = (await owner.agent.get(`/api/workspaces/${ws}/members?limit=200`)).body.items.find(
    (m: { userId: string }) => m.userId === recruiter.me.user.id,
  );
  await owner.agent
    .patch(`/api/workspaces/${ws}/members/${recruiter.me.user.id}`)
    .set('x-csrf-token', owner.csrf)
    .send({ accountIds: [careers.id], version: row.version })
    .expect(200);
  const seen = await recruiter.agent.get(`/api/workspaces/${ws}/accounts`).expect(200);
  expect(seen.body.items.map((a: { handle: string }) => a.handle)).toEqual(['TotalCareers']);
  const kindy = list.find((a) => a.handle === 'Kindy')!;
  await recruiter.agent.get(`/api/workspaces/${ws}/accounts/${kindy.id}`).expect(404);
  await recruiter.agent
    .post(`/api/workspaces/${ws}/accounts/connect`)
    .set('x-csrf-token', recruiter.csrf)
    .send({ brandId: totalBrand })
    .expect(403);
});

it('settings: timezone, approval policy, posting slots, tier — validated, versioned', async () => {
  const a = (await owner.agent.get(`/api/workspaces/${ws}/accounts`)).body.items[0];
  const bad = await owner.agent
    .patch(`/api/workspaces/${ws}/accounts/${a.id}`)
    .set('x-csrf-token', owner.csrf)
    .send({ timezone: 'Mars/Olympus', version: a.version })
    .expect(400);
  expect(bad.body.code).toBe('BAD_TIMEZONE');
  const ok = await owner.agent
    .patch(`/api/workspaces/${ws}/accounts/${a.id}`)
    .set('x-csrf-token', owner.csrf)
    .send({
      timezone: 'America/New_York',
      approvalPolicy: { requiredApprovals: 2, approverRoles: ['manager'] },
      postingSlots: [{ weekday: 2, time: '09:30' }],
      rateLimitTier: 'pro',
      version: a.version,
    })
    .expect(200);
  expect(ok.body).toMatchObject({
    timezone: 'America/New_York',
    rateLimitTier: 'pro',
    postingSlots: [{ weekday: 2, time: '09:30' }],
    version: a.version + 1,
  });
  await owner.agent
    .patch(`/api/workspaces/${ws}/accounts/${a.id}`)
    .set('x-csrf-token', owner.csrf)
    .send({ longPosts: true, version: a.version })
    .expect(409);
});

it('disconnect revokes the tokens at X and forgets them', async () => {
  const a = (await owner.agent.get(`/api/workspaces/${ws}/accounts`)).body.items.find(
    (x: { handle: string }) => x.handle === 'GroupeKindy',
  );
  const before = await api.app.get(AccountRepository).loadTokens(a.id);
  const res = await owner.agent
    .delete(`/api/workspaces/${ws}/accounts/${a.id}`)
    .set('x-csrf-token', owner.csrf)
    .expect(200);
  expect(res.body.status).toBe('disconnected');
  expect(await api.app.get(AccountRepository).loadTokens(a.id)).toBeNull();
  const me = await fetch(`${sandbox.url}/2/users/me`, { headers: { authorization: `Bearer ${before!.accessToken}` } });
  expect(me.status).toBe(401);
});

it('a refused refresh marks the account needs_reauth; reconnecting brings it back', async () => {
  const tc = (await owner.agent.get(`/api/workspaces/${ws}/accounts`)).body.items.find(
    (x: { handle: string }) => x.handle === 'TotalCareers',
  );
  const tokens = await api.app.get(AccountRepository).loadTokens(tc.id);
  // The grant is revoked at X (e.g. the user removed the app), then the access token expires.
  await fetch(`${sandbox.url}/2/oauth2/revoke`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from('xp-test:xp-test-secret').toString('base64')}`,
    },
    body: `token=${tokens!.refreshToken}&token_type_hint=refresh_token`,
  });
  api.clock.advance(3 * 3600 * 1000);
  try {
    const actor = { userId: owner.me.user.id, via: 'session' as const };
    await expect(
      api.app
        .get(AccountService)
        .publishThreadNow(ws, actor, tc.id, [{ text: 'Nous recrutons ! #emploi https://careers.total.example/1' }]),
    ).rejects.toThrow(/X did not publish/);
    const after = await owner.agent.get(`/api/workspaces/${ws}/accounts/${tc.id}`).expect(200);
    expect(after.body.status).toBe('needs_reauth');
    await connect(owner, totalBrand, 'TotalCareers');
    const back = await owner.agent.get(`/api/workspaces/${ws}/accounts/${tc.id}`).expect(200);
    expect(back.body.status).toBe('connected');
  } finally {
    api.clock.set(new Date());
  }
});
