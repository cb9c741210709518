import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { freshDatabaseUrl, testConfig, TestClock } from '@xp/server/testing';
import type { MeResponse } from '@xp/shared';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createApiApp } from '@xp/api';

export interface TestApi {
  app: INestApplication;
  clock: TestClock;
  databaseUrl: string;
  /** A cookie-keeping client, like a browser. */
  agent(): TestAgent;
  close(): Promise<void>;
}

/** The real API (real PostgreSQL, real sessions) on a fresh database, driven in-process by supertest. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const databaseUrl = await freshDatabaseUrl();
  const clock = new TestClock(new Date());
  const app = await createApiApp(testConfig(databaseUrl, env), { clock, quiet: true });
  return {
    app,
    clock,
    databaseUrl,
    agent: () => request.agent(app.getHttpServer()),
    close: () => app.close(),
  };
}

let seq = 0;
export const uniqueEmail = (tag = 'user') => `${tag}.${Date.now().toString(36)}.${process.pid}.${++seq}@example.fr`;
export const PASSWORD = 'Ch@teau-Margaux-1855';

export interface SignedIn {
  agent: TestAgent;
  me: MeResponse;
  csrf: string;
  email: string;
}

/** Registers a new user (owner of a new workspace) and returns a signed-in agent with its CSRF token. */
export async function registerUser(api: TestApi, tag = 'owner', workspaceName?: string): Promise<SignedIn> {
  const agent = api.agent();
  const email = uniqueEmail(tag);
  const res = await agent
    .post('/api/auth/register')
    .send({ email, password: PASSWORD, displayName: tag, workspaceName })
    .expect(201);
  const me = res.body as MeResponse;
  return { agent, me, csrf: me.csrfToken, email };
}

/** Invites `email` with `role` into the workspace and accepts as a new user; returns the new member signed in. */
export async function addMember(
  api: TestApi,
  owner: SignedIn,
  workspaceId: string,
  role: string,
  tag = role,
): Promise<SignedIn> {
  const email = uniqueEmail(tag);
  const inv = await owner.agent
    .post(`/api/workspaces/${workspaceId}/invitations`)
    .set('x-csrf-token', owner.csrf)
    .send({ email, role })
    .expect(201);
  const token = String(inv.body.link).split('/').pop();
  const agent = api.agent();
  await agent.post(`/api/invitations/${token}/accept`).send({ displayName: tag, password: PASSWORD }).expect(200);
  const me = (await agent.get('/api/auth/me').expect(200)).body as MeResponse;
  return { agent, me, csrf: me.csrfToken, email };
}

/** A workspace's team on a fresh API: its owner (who registered it), a manager and an editor, and the database. */
export interface Team {
  api: TestApi;
  owner: SignedIn;
  manager: SignedIn;
  editor: SignedIn;
  ws: string;
  db: DataSource;
}

export async function startTeam(env: Record<string, string>, tag: string, workspaceName: string): Promise<Team> {
  const api = await startTestApi(env);
  const owner = await registerUser(api, tag, workspaceName);
  const ws = owner.me.workspaces[0]!.id;
  const manager = await addMember(api, owner, ws, 'manager');
  const editor = await addMember(api, owner, ws, 'editor');
  return { api, owner, manager, editor, ws, db: api.app.get(DataSource) };
}

/** Limits a member to these accounts (the owner edits the membership at its current version). */
export async function limitMember(owner: SignedIn, workspaceId: string, who: SignedIn, accountIds: string[]) {
  const row = (await owner.agent.get(`/api/workspaces/${workspaceId}/members?limit=200`)).body.items.find(
    (m: { userId: string }) => m.userId === who.me.user.id,
  );
  await owner.agent
    .patch(`/api/workspaces/${workspaceId}/members/${who.me.user.id}`)
    .set('x-csrf-token', owner.csrf)
    .send({ accountIds, version: row.version })
    .expect(200);
}

/** Creates a brand in the owner's workspace; returns its id. */
export async function createBrand(owner: SignedIn, workspaceId: string, name: string): Promise<string> {
  const res = await owner.agent
    .post(`/api/workspaces/${workspaceId}/brands`)
    .set('x-csrf-token', owner.csrf)
    .send({ name })
    .expect(201);
  return res.body.id as string;
}

/** Raw SQL on the test's database, behind the API's back (one connection, closed after). */
export async function dbRows<T>(databaseUrl: string, sql: string, params: unknown[]): Promise<T[]> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}
