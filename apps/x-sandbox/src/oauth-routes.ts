import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxContext, XResult } from './context';
import { oauthError } from './problems';
import type { SandboxApp } from './state';

export const ACCESS_TOKEN_TTL_S = 7200;
export const CODE_TTL_MS = 30_000;

export const KNOWN_SCOPES = new Set([
  'tweet.read',
  'tweet.write',
  'tweet.moderate.write',
  'users.email',
  'users.read',
  'follows.read',
  'follows.write',
  'offline.access',
  'space.read',
  'mute.read',
  'mute.write',
  'like.read',
  'like.write',
  'list.read',
  'list.write',
  'block.read',
  'block.write',
  'bookmark.read',
  'bookmark.write',
  'media.write',
  'dm.read',
  'dm.write',
]);

type Body = Record<string, unknown>;

function token(bytes = 30): string {
  return randomBytes(bytes).toString('base64url');
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function parseBasic(header: string | undefined): { id: string; secret: string } | undefined {
  if (!header) return undefined;
  const m = /^Basic\s+(.+)$/i.exec(header);
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return undefined;
  return { id: decodeURIComponent(decoded.slice(0, i)), secret: decodeURIComponent(decoded.slice(i + 1)) };
}

function verifyPkce(verifier: string, challenge: string, method: 'S256' | 'plain'): boolean {
  if (method === 'plain') return verifier === challenge;
  return createHash('sha256').update(verifier).digest('base64url') === challenge;
}

const MISSING_AUTH = (): XResult => ({
  status: 401,
  body: oauthError('unauthorized_client', 'Missing valid authorization header'),
});

export function registerOAuthRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { state } = ctx;

  /** Authenticates the OAuth client: Basic for confidential clients, client_id in the body for public ones. */
  function clientOf(req: FastifyRequest, body: Body): SandboxApp | XResult {
    const basic = parseBasic(req.headers.authorization);
    const bodyClientId = str(body.client_id);
    if (basic) {
      const a = state.apps.get(basic.id);
      if (!a || !a.clientSecret || a.clientSecret !== basic.secret) return MISSING_AUTH();
      if (bodyClientId && bodyClientId !== a.clientId) {
        return { status: 400, body: oauthError('invalid_request', 'Missing valid client_id') };
      }
      return a;
    }
    const a = bodyClientId ? state.apps.get(bodyClientId) : undefined;
    if (!a) return { status: 400, body: oauthError('invalid_request', 'Missing valid client_id') };
    if (a.clientSecret) return MISSING_AUTH();
    return a;
  }

  function issue(grantId: string, scopes: string[]) {
    const access = token();
    state.accessTokens.set(access, { grantId, expiresAt: ctx.now() + ACCESS_TOKEN_TTL_S * 1000 });
    const out: Record<string, unknown> = {
      token_type: 'bearer',
      expires_in: ACCESS_TOKEN_TTL_S,
      access_token: access,
      scope: scopes.join(' '),
    };
    if (scopes.includes('offline.access')) {
      const refresh = token();
      state.refreshTokens.set(refresh, { grantId, used: false });
      out.refresh_token = refresh;
    }
    ctx.changed();
    return out;
  }

  const bodyOf = (req: FastifyRequest): Body => (req.body && typeof req.body === 'object' ? (req.body as Body) : {});

  /** A route an OAuth client calls (token, revoke): its handler gets the form body and the client `clientOf` found. */
  const clientRoute = (handler: (body: Body, client: SandboxApp) => XResult) =>
    ctx.route({ auth: 'none' }, (req): XResult => {
      const body = bodyOf(req);
      const client = clientOf(req, body);
      return 'status' in client ? client : handler(body, client);
    });

  app.post(
    '/2/oauth2/token',
    clientRoute((body, client) => {
      const grantType = str(body.grant_type);
      if (grantType === 'authorization_code') {
        const code = str(body.code) ?? '';
        const c = state.codes.get(code);
        const invalid: XResult = {
          status: 400,
          body: oauthError('invalid_request', 'Value passed for the authorization code was invalid.'),
        };
        if (!c || c.used || c.expiresAt <= ctx.now() || c.clientId !== client.clientId) return invalid;
        c.used = true;
        if (str(body.redirect_uri) !== c.redirectUri) return invalid;
        const verifier = str(body.code_verifier);
        if (!verifier || !verifyPkce(verifier, c.challenge, c.method)) return invalid;
        state.codes.delete(code);
        const grantId = token(12);
        state.grants.set(grantId, {
          id: grantId,
          clientId: client.clientId,
          userId: c.userId,
          scopes: c.scopes,
          revoked: false,
        });
        return { status: 200, body: issue(grantId, c.scopes) };
      }
      if (grantType === 'refresh_token') {
        const rt = str(body.refresh_token) ?? '';
        const r = state.refreshTokens.get(rt);
        const grant = r ? state.grants.get(r.grantId) : undefined;
        if (!r || r.used || !grant || grant.revoked || grant.clientId !== client.clientId) {
          return { status: 400, body: oauthError('invalid_request', 'Value passed for the token was invalid.') };
        }
        r.used = true;
        return { status: 200, body: issue(grant.id, grant.scopes) };
      }
      return { status: 400, body: oauthError('invalid_request', 'Missing required parameter [grant_type].') };
    }),
  );

  app.post(
    '/2/oauth2/revoke',
    clientRoute((body, client) => {
      const t = str(body.token) ?? '';
      const grantId = state.accessTokens.get(t)?.grantId ?? state.refreshTokens.get(t)?.grantId;
      const grant = grantId ? state.grants.get(grantId) : undefined;
      if (grant && grant.clientId === client.clientId) {
        // Revoking either token of a grant ends the whole grant (access and refresh).
        grant.revoked = true;
        ctx.changed();
      }
      return { status: 200, body: { revoked: true } };
    }),
  );

  // App-only bearer (client credentials), at X's v1.1-era path that twitter-api-v2's appLogin() uses.
  app.post(
    '/oauth2/token',
    ctx.route({ auth: 'none' }, (req): XResult => {
      const body = bodyOf(req);
      const basic = parseBasic(req.headers.authorization);
      const a = basic ? state.apps.get(basic.id) : undefined;
      if (!basic || !a || !a.clientSecret || a.clientSecret !== basic.secret) {
        return {
          status: 403,
          body: {
            errors: [{ code: 99, message: 'Unable to verify your credentials', label: 'authenticity_token_error' }],
          },
        };
      }
      if (str(body.grant_type) !== 'client_credentials') {
        return {
          status: 403,
          body: {
            errors: [
              { code: 170, message: 'Missing required parameter: grant_type', label: 'forbidden_missing_parameter' },
            ],
          },
        };
      }
      let existing = [...state.appTokens.entries()].find(([, cid]) => cid === a.clientId)?.[0];
      if (!existing) {
        existing = `AAAAAAAAAAAAAAAAAAAAA${token(40)}`;
        state.appTokens.set(existing, a.clientId);
        ctx.changed();
      }
      return { status: 200, body: { token_type: 'bearer', access_token: existing } };
    }),
  );

  app.get('/i/oauth2/authorize', (req: FastifyRequest, reply: FastifyReply) => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    const clientId = str(q.client_id) ?? '';
    const redirectUri = str(q.redirect_uri) ?? '';
    const client = state.apps.get(clientId);
    const page = (status: number, title: string, inner: string) =>
      reply
        .code(status)
        .type('text/html; charset=utf-8')
        .send(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · X sandbox</title>` +
            `<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}` +
            `label{display:block;padding:.4rem;border:1px solid #ddd;border-radius:.4rem;margin:.3rem 0}` +
            `button{font-size:1rem;padding:.5rem 1rem;margin-right:.5rem}</style></head><body>` +
            `<h1>${escapeHtml(title)}</h1>${inner}</body></html>`,
        );
    if (!client || !client.redirectUris.includes(redirectUri)) {
      return page(
        400,
        'Something went wrong',
        '<p>You weren’t able to give access to the App. Go back and try logging in again.</p>',
      );
    }
    const stateParam = str(q.state) ?? '';
    const back = (params: Record<string, string>) => {
      const u = new URL(redirectUri);
      for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
      return reply.redirect(u.toString(), 302);
    };
    const method = (str(q.code_challenge_method) ?? '').toLowerCase();
    const challenge = str(q.code_challenge) ?? '';
    const scopes = (str(q.scope) ?? '').split(/[\s+]+/).filter(Boolean);
    if (
      str(q.response_type) !== 'code' ||
      !challenge ||
      (method !== 's256' && method !== 'plain') ||
      !stateParam ||
      stateParam.length > 500 ||
      scopes.length === 0 ||
      scopes.some((s) => !KNOWN_SCOPES.has(s))
    ) {
      return back({ error: 'invalid_request', state: stateParam });
    }
    if (str(q.sandbox_decision) === 'deny') return back({ error: 'access_denied', state: stateParam });
    const username = str(q.sandbox_user);
    if (username) {
      const user = state.userByName(username);
      if (!user) return page(400, 'Unknown user', `<p>No sandbox user @${escapeHtml(username)}.</p>`);
      const code = token(48);
      state.codes.set(code, {
        clientId,
        userId: user.id,
        redirectUri,
        scopes,
        challenge,
        method: method === 's256' ? 'S256' : 'plain',
        expiresAt: ctx.now() + CODE_TTL_MS,
        used: false,
      });
      return back({ state: stateParam, code });
    }
    const hidden = Object.entries(q)
      .filter(([k]) => !k.startsWith('sandbox_'))
      .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(str(v) ?? '')}">`)
      .join('');
    const users = [...state.users.values()]
      .map(
        (u, i) =>
          `<label><input type="radio" name="sandbox_user" value="${escapeHtml(u.username)}"${i === 0 ? ' checked' : ''}> ` +
          `<strong>${escapeHtml(u.name)}</strong> @${escapeHtml(u.username)}</label>`,
      )
      .join('');
    return page(
      200,
      `${client.name} wants to access your X account`,
      `<p>Permissions requested: ${scopes.map(escapeHtml).join(', ')}</p>` +
        `<form method="get" action="/i/oauth2/authorize">${hidden}<fieldset><legend>Sign in as</legend>${users}</fieldset>` +
        `<p><button type="submit" name="sandbox_decision" value="approve">Authorize app</button>` +
        `<button type="submit" name="sandbox_decision" value="deny" formnovalidate>Cancel</button></p></form>`,
    );
  });
}
