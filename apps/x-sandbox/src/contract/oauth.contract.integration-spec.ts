import * as http from 'node:http';
import { ApiResponseError, TwitterApi } from 'twitter-api-v2';
import { InMemoryXTokenStore, RetargetPlugin, XApiClient } from '@xp/server/x-api';
import { type SandboxHarness, startSandboxHarness } from '../testing/sandbox-harness';

const REDIRECT = 'http://127.0.0.1:3000/api/oauth/x/callback';

describe('sandbox OAuth 2.0 PKCE, driven by twitter-api-v2', () => {
  let h: SandboxHarness;
  let agent: http.Agent;
  let x: XApiClient;
  let raw: TwitterApi;

  beforeAll(async () => {
    h = await startSandboxHarness({
      seedDemo: true,
      clientId: 'cid',
      clientSecret: 'csecret',
      redirectUris: [REDIRECT],
    });
    agent = new http.Agent({ keepAlive: true });
    x = new XApiClient({ clientId: 'cid', clientSecret: 'csecret', baseUrl: h.url, agent });
    raw = new TwitterApi(
      { clientId: 'cid', clientSecret: 'csecret' },
      { plugins: [new RetargetPlugin(h.url, agent)], httpAgent: agent },
    );
  });
  afterAll(async () => {
    x.close();
    agent.destroy();
    await h.close();
  });

  async function connect(username = 'Kindy', scopes?: string[]) {
    const link = x.generateAuthLink(REDIRECT, { scopes });
    const { code, state } = await h.authorize(link.url, username);
    expect(state).toBe(link.state);
    const r = await x.exchangeCode({ code, codeVerifier: link.codeVerifier, redirectUri: REDIRECT });
    if (r.kind !== 'ok') throw new Error(`exchange failed: ${JSON.stringify(r)}`);
    return r.value;
  }

  it('rewrites the authorize link to the sandbox (plugin first) and keeps X parameters', () => {
    const link = x.generateAuthLink(REDIRECT);
    const u = new URL(link.url);
    expect(`${u.protocol}//${u.host}`).toBe(h.url);
    expect(u.pathname).toBe('/i/oauth2/authorize');
    expect(u.searchParams.get('code_challenge_method')).toBe('s256');
    expect(u.searchParams.get('scope')).toBe('tweet.read tweet.write users.read offline.access media.write');
  });

  it('leaves the real X authorize URL when no base URL is configured', () => {
    const real = new XApiClient({ clientId: 'cid' });
    try {
      expect(real.generateAuthLink(REDIRECT).url.startsWith('https://x.com/i/oauth2/authorize?')).toBe(true);
      expect(real.baseUrl).toBeUndefined();
    } finally {
      real.close();
    }
  });

  it('exchanges a code and reads the profile (id, username, name, avatar)', async () => {
    const { tokens, user } = await connect('GroupeKindy');
    expect(user).toEqual({
      id: '1340000000000000001',
      username: 'GroupeKindy',
      name: 'Groupe Kindy',
      profileImageUrl: expect.stringMatching(/^https:\/\//),
    });
    expect(tokens.refreshToken).toBeTruthy();
    expect(tokens.scopes).toEqual(['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write']);
    expect(tokens.expiresAt.getTime() - Date.now()).toBeGreaterThan(7190_000);
  });

  it('serves an HTML consent page and honours a denial', async () => {
    const link = x.generateAuthLink(REDIRECT);
    const page = await fetch(link.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('F1TotalOfficiel');
    expect(html).toContain('sandbox_decision');
    const deny = new URL(link.url);
    deny.searchParams.set('sandbox_decision', 'deny');
    const res = await fetch(deny, { redirect: 'manual' });
    const loc = new URL(res.headers.get('location')!);
    expect(loc.searchParams.get('error')).toBe('access_denied');
    expect(loc.searchParams.get('state')).toBe(link.state);
  });

  it('refuses an unregistered redirect URI without redirecting', async () => {
    const link = x.generateAuthLink('http://evil.example/cb');
    const res = await fetch(`${link.url}&sandbox_user=Kindy`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });

  it('codes are single use, PKCE-checked, bound to the redirect URI and expire after 30 s', async () => {
    const link = x.generateAuthLink(REDIRECT);
    const a = await h.authorize(link.url, 'Kindy');
    const wrongVerifier = await x.exchangeCode({ code: a.code, codeVerifier: 'x'.repeat(50), redirectUri: REDIRECT });
    expect(wrongVerifier).toMatchObject({
      kind: 'auth',
      reason: 'refresh_rejected',
      status: 400,
      detail: 'Value passed for the authorization code was invalid.',
    });
    // even after a failed attempt the code is spent
    const reuse = await x.exchangeCode({ code: a.code, codeVerifier: link.codeVerifier, redirectUri: REDIRECT });
    expect(reuse.kind).toBe('auth');

    const b = await h.authorize(link.url, 'Kindy');
    const wrongRedirect = await x.exchangeCode({
      code: b.code,
      codeVerifier: link.codeVerifier,
      redirectUri: 'http://localhost:3000/api/oauth/x/callback',
    });
    expect(wrongRedirect.kind).toBe('auth');

    const c = await h.authorize(link.url, 'Kindy');
    await h.admin('POST', '/_sandbox/clock', { advanceMs: 31_000 });
    const expired = await x.exchangeCode({ code: c.code, codeVerifier: link.codeVerifier, redirectUri: REDIRECT });
    expect(expired.kind).toBe('auth');
  });

  it("rotates refresh tokens; a reused one fails with X's body", async () => {
    const { tokens } = await connect();
    const r1 = await x.refreshTokens(tokens.refreshToken!);
    if (r1.kind !== 'ok') throw new Error('refresh failed');
    expect(r1.value.refreshToken).not.toBe(tokens.refreshToken);
    expect(r1.value.accessToken).not.toBe(tokens.accessToken);
    try {
      await raw.refreshOAuth2Token(tokens.refreshToken!);
      throw new Error('should fail');
    } catch (e) {
      expect(e).toBeInstanceOf(ApiResponseError);
      expect((e as ApiResponseError).code).toBe(400);
      expect((e as ApiResponseError).data).toMatchObject({
        error: 'invalid_request',
        error_description: 'Value passed for the token was invalid.',
      });
    }
    const reused = await x.refreshTokens(tokens.refreshToken!);
    expect(reused).toMatchObject({ kind: 'auth', reason: 'refresh_rejected' });
    const me = await x.getMe({ accessToken: r1.value.accessToken });
    expect(me).toMatchObject({ kind: 'ok', value: { username: 'Kindy' } });
  });

  it('access tokens expire after 2 h of sandbox clock (401 → auth)', async () => {
    const { tokens } = await connect();
    expect((await x.getMe({ accessToken: tokens.accessToken })).kind).toBe('ok');
    await h.admin('POST', '/_sandbox/clock', { advanceMs: 2 * 3600 * 1000 });
    const after = await x.getMe({ accessToken: tokens.accessToken });
    expect(after).toMatchObject({ kind: 'auth', reason: 'unauthorized', status: 401 });
    try {
      await new TwitterApi(tokens.accessToken, {
        plugins: [new RetargetPlugin(h.url, agent)],
        httpAgent: agent,
      }).v2.me();
      throw new Error('should fail');
    } catch (e) {
      expect((e as ApiResponseError).data).toEqual({
        title: 'Unauthorized',
        type: 'about:blank',
        status: 401,
        detail: 'Unauthorized',
      });
    }
  });

  it('refreshes an expired account through the token store and saves the pair before using it', async () => {
    const now = { t: Date.now() };
    const store = new InMemoryXTokenStore();
    const client = new XApiClient({
      clientId: 'cid',
      clientSecret: 'csecret',
      baseUrl: h.url,
      agent,
      tokenStore: store,
      now: () => now.t,
    });
    const { tokens } = await connect('TotalCareers');
    store.set('acc-1', tokens);
    now.t += 2 * 3600 * 1000; // the adapter thinks the token is stale
    const order: string[] = [];
    const save = store.saveTokens.bind(store);
    store.saveTokens = async (id, t) => {
      order.push(`save:${t.accessToken.slice(0, 6)}`);
      await save(id, t);
    };
    const me = await client.getMe({ accountId: 'acc-1' });
    expect(me).toMatchObject({ kind: 'ok', value: { username: 'TotalCareers' } });
    expect(store.saved).toHaveLength(1);
    expect(store.get('acc-1')!.refreshToken).not.toBe(tokens.refreshToken);
    expect(order).toEqual([`save:${store.get('acc-1')!.accessToken.slice(0, 6)}`]);
    // concurrent calls on a stale account refresh only once (the lock + re-check)
    now.t += 2 * 3600 * 1000;
    const results = await Promise.all([1, 2, 3].map(() => client.getMe({ accountId: 'acc-1' })));
    expect(results.every((r) => r.kind === 'ok')).toBe(true);
    expect(store.saved).toHaveLength(2);
    client.close();
  });

  it('a 401 on a call with { accountId } triggers one refresh and a retry; a dead refresh token is auth', async () => {
    const store = new InMemoryXTokenStore();
    const client = new XApiClient({
      clientId: 'cid',
      clientSecret: 'csecret',
      baseUrl: h.url,
      agent,
      tokenStore: store,
    });
    const { tokens } = await connect('Kindy');
    store.set('acc-2', tokens);
    await h.admin('POST', '/_sandbox/faults', { next: [{ status: 401, count: 1, path: '/2/users/me' }] });
    const me = await client.getMe({ accountId: 'acc-2' });
    expect(me.kind).toBe('ok');
    expect(store.saved).toHaveLength(1);
    // revoke the grant: refresh is rejected → account needs reauth
    expect(await client.revoke(store.get('acc-2')!.refreshToken!, 'refresh_token')).toEqual({
      kind: 'ok',
      value: undefined,
    });
    const after = await client.getMe({ accountId: 'acc-2' });
    expect(after).toMatchObject({ kind: 'auth', reason: 'refresh_rejected' });
    client.close();
  });

  it('revoke ends the grant (access token then refused)', async () => {
    const { tokens } = await connect();
    expect(await x.revoke(tokens.accessToken, 'access_token')).toEqual({ kind: 'ok', value: undefined });
    expect(await x.getMe({ accessToken: tokens.accessToken })).toMatchObject({ kind: 'auth', status: 401 });
    expect(await x.refreshTokens(tokens.refreshToken!)).toMatchObject({ kind: 'auth', reason: 'refresh_rejected' });
  });

  it('enforces scopes per endpoint (403 problem) and needs offline.access for a refresh token', async () => {
    const { tokens } = await connect('Kindy', ['tweet.read', 'users.read']);
    expect(tokens.refreshToken).toBeUndefined();
    const r = await x.publishTweet({ accessToken: tokens.accessToken }, { text: 'no write scope' });
    expect(r).toMatchObject({ kind: 'auth', reason: 'missing_scope', status: 403 });
    expect((await x.getMe({ accessToken: tokens.accessToken })).kind).toBe('ok');
  });

  it('confidential clients need Basic auth; public clients use client_id only', async () => {
    const res = await fetch(`${h.url}/2/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&refresh_token=abc&client_id=cid',
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: 'unauthorized_client',
      error_description: 'Missing valid authorization header',
    });

    await h.admin('POST', '/_sandbox/apps', { clientId: 'public-app', redirectUris: [REDIRECT], profile: 'pro' });
    const pub = new XApiClient({ clientId: 'public-app', baseUrl: h.url, agent });
    const link = pub.generateAuthLink(REDIRECT);
    const { code } = await h.authorize(link.url, 'F1TotalOfficiel');
    const r = await pub.exchangeCode({ code, codeVerifier: link.codeVerifier, redirectUri: REDIRECT });
    expect(r).toMatchObject({ kind: 'ok', value: { user: { username: 'F1TotalOfficiel' } } });
    pub.close();
  });

  it('refuses app-only bearer tokens on writes with the unsupported-authentication 403', async () => {
    const consumer = new TwitterApi(
      { appKey: 'cid', appSecret: 'csecret' },
      { plugins: [new RetargetPlugin(h.url, agent)], httpAgent: agent },
    );
    const app = await consumer.appLogin();
    try {
      await app.v2.tweet('app only');
      throw new Error('should fail');
    } catch (e) {
      expect((e as ApiResponseError).code).toBe(403);
      expect((e as ApiResponseError).data).toMatchObject({
        type: 'https://api.twitter.com/2/problems/unsupported-authentication',
      });
    }
    const timeline = await app.v2.get('users/1340000000000000002/tweets');
    expect(timeline).toEqual({ meta: { result_count: 0 } });
  });
});
