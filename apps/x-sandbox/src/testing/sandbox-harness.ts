// Helpers for tests that drive the sandbox (contract tests here, end-to-end suites elsewhere).
import { type RunningSandbox, startSandbox, type StartSandboxOptions } from '../sandbox';

export interface SandboxHarness {
  sandbox: RunningSandbox;
  url: string;
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** Follows the authorize link as `username` (sandbox_user) and returns the redirect's code and state. */
  authorize(authorizeUrl: string, username: string): Promise<{ code: string; state: string; location: URL }>;
  close(): Promise<void>;
}

export async function startSandboxHarness(options: StartSandboxOptions = {}): Promise<SandboxHarness> {
  const sandbox = await startSandbox({ port: 0, ...options });
  const url = sandbox.url;
  return {
    sandbox,
    url,
    async admin<T>(method: string, path: string, body?: unknown) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
    },
    async authorize(authorizeUrl: string, username: string) {
      const u = new URL(authorizeUrl);
      u.searchParams.set('sandbox_user', username);
      const res = await fetch(u, { redirect: 'manual' });
      await res.text();
      const location = res.headers.get('location');
      if (res.status !== 302 || !location) throw new Error(`authorize did not redirect (HTTP ${res.status})`);
      const loc = new URL(location);
      return { code: loc.searchParams.get('code') ?? '', state: loc.searchParams.get('state') ?? '', location: loc };
    },
    close: () => sandbox.close(),
  };
}

/** Minimal shape of the adapter used to connect an account (avoids a hard dependency here). */
interface AuthLinkClient {
  generateAuthLink(redirectUri: string, opts?: { scopes?: string[] }): { url: string; codeVerifier: string };
  exchangeCode(input: {
    code: string;
    codeVerifier: string;
    redirectUri: string;
  }): Promise<
    | { kind: 'ok'; value: { tokens: { accessToken: string; refreshToken?: string }; user: { id: string } } }
    | { kind: string }
  >;
}

/** Runs the whole PKCE flow as `username` and returns the tokens and X user id. */
export async function connectAccount(h: SandboxHarness, client: AuthLinkClient, redirectUri: string, username: string) {
  const link = client.generateAuthLink(redirectUri);
  const { code } = await h.authorize(link.url, username);
  const r = await client.exchangeCode({ code, codeVerifier: link.codeVerifier, redirectUri });
  if (r.kind !== 'ok' || !('value' in r)) throw new Error(`could not connect @${username}: ${JSON.stringify(r)}`);
  return r.value;
}
