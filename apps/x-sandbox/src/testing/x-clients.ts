// Unmodified twitter-api-v2 clients pointed at a test sandbox, and posts by the public through the admin API.
import * as http from 'node:http';
import { TwitterApi } from 'twitter-api-v2';
import { RetargetPlugin, XApiClient } from '@xp/server/x-api';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET } from '../sandbox';
import { connectAccount, type SandboxHarness } from './sandbox-harness';

const REDIRECT = 'http://localhost:3000/api/oauth/x/callback';

export interface PublicPost {
  id: string;
  text: string;
  username: string;
  created_at: string;
  conversation_id: string;
}

export interface XClients {
  agent: http.Agent;
  /** A user-context client (OAuth 2.0 PKCE as `username`, through the given app) and the user's id. */
  user(
    username: string,
    app?: { clientId: string; clientSecret: string },
  ): Promise<{ client: TwitterApi; id: string; token: string }>;
  /** An app-only bearer client of the demo app. */
  app(): Promise<TwitterApi>;
  /** POST /_sandbox/tweets, expecting 201. */
  post(username: string, text: string, extra?: Record<string, unknown>): Promise<PublicPost>;
  close(): void;
}

/** An app-only bearer token of the demo app (POST /oauth2/token, client credentials), as plain HTTP. */
export async function appBearerToken(url: string): Promise<string> {
  const res = await fetch(`${url}/oauth2/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${DEMO_CLIENT_ID}:${DEMO_CLIENT_SECRET}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

export function xClients(h: SandboxHarness): XClients {
  const agent = new http.Agent({ keepAlive: true });
  const settings = { plugins: [new RetargetPlugin(h.url, agent)], httpAgent: agent };
  const adapters: XApiClient[] = [];
  return {
    agent,
    async user(username, app = { clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET }) {
      const x = new XApiClient({ ...app, baseUrl: h.url, agent });
      adapters.push(x);
      const connected = await connectAccount(h, x, REDIRECT, username);
      const token = connected.tokens.accessToken;
      return { client: new TwitterApi(token, settings), id: connected.user.id, token };
    },
    async app() {
      const consumer = new TwitterApi({ appKey: DEMO_CLIENT_ID, appSecret: DEMO_CLIENT_SECRET }, settings);
      return consumer.appLogin();
    },
    async post(username, text, extra = {}) {
      const r = await h.admin<{ data: PublicPost; error?: string }>('POST', '/_sandbox/tweets', {
        username,
        text,
        ...extra,
      });
      if (r.status !== 201) throw new Error(`POST /_sandbox/tweets: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.data;
    },
    close() {
      for (const x of adapters) x.close();
      agent.destroy();
    },
  };
}
