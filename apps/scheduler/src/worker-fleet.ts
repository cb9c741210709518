// Test support for the chaos suites: a sandbox, a fresh database with sandbox accounts connected through the real
// OAuth flow, and scheduler processes started from the built server (dist/), killed with SIGKILL at will.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import {
  appDatabaseUrl,
  connectSandboxAccounts,
  createSandboxUsers,
  createWorkspaceFixture,
  freshDatabaseUrl,
  testConfig,
  TEST_AUDIT_HMAC_KEYS,
} from '@xp/server/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the scheduler's tests drive the X sandbox in-process
import { startSandbox, type RunningSandbox } from '@xp/x-sandbox';
import { SCHEDULER_NODE_FLAGS } from './node-flags';
import { createSchedulerApp } from './scheduler-app';

const root = resolve(__dirname, '../../..');

/** Scheduler processes on one database, each with its own id; `children` are those still running. */
export class WorkerFleet {
  readonly children = new Set<ChildProcess>();

  constructor(
    private readonly databaseUrl: string,
    private readonly env: Record<string, string>,
  ) {}

  /** Starts a scheduler named `name` (its SCHEDULER_ID unless `extra` sets one), with the runtime database role. */
  start(name: string, extra: Record<string, string> = {}): ChildProcess {
    const child = spawn(
      process.execPath,
      [...SCHEDULER_NODE_FLAGS, join(root, 'dist/server/apps/scheduler/src/main.js')],
      {
        env: {
          ...process.env,
          ...this.env,
          NODE_ENV: 'test',
          // The runtime role, as in production; the same audit key as the in-process apps.
          DATABASE_URL: appDatabaseUrl(this.databaseUrl),
          AUDIT_HMAC_KEYS: TEST_AUDIT_HMAC_KEYS,
          SESSION_SECRET: randomBytes(32).toString('hex'),
          DATABASE_POOL_SIZE: '6',
          SCHEDULER_ID: `${name}-${process.pid}-${randomBytes(3).toString('hex')}`,
          LOG_LEVEL: 'error',
          ...extra,
        },
        stdio: ['ignore', 'ignore', 'ignore'],
      },
    );
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    return child;
  }

  killAll(): void {
    for (const c of this.children) c.kill('SIGKILL');
  }
}

/** `POST /_sandbox/faults` (`{}` clears them). */
export async function sandboxFaults(sandboxUrl: string, body: unknown): Promise<void> {
  await fetch(`${sandboxUrl}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export interface FleetStack {
  sandbox: RunningSandbox;
  databaseUrl: string;
  /** X's settings of the workers (sandbox URL, client, encryption key). */
  env: Record<string, string>;
  fleet: WorkerFleet;
  ws: Awaited<ReturnType<typeof createWorkspaceFixture>>;
  accounts: Awaited<ReturnType<typeof connectSandboxAccounts>>;
  usernames: string[];
  close(): Promise<void>;
}

/**
 * Builds the server, starts a sandbox (rate limits off) and a fresh database with `accounts` sandbox users named
 * `${prefix}…` connected to a workspace; the fleet's processes get `workerEnv` on top of X's settings.
 */
export async function startFleetStack(o: {
  clientId: string;
  prefix: string;
  accounts: number;
  workerEnv?: Record<string, string>;
}): Promise<FleetStack> {
  const callback = 'http://localhost:3000/api/oauth/x/callback';
  const client = { X_CLIENT_ID: o.clientId, X_CLIENT_SECRET: `${o.clientId}-secret` };
  const sandbox = await startSandbox({
    port: 0,
    seedDemo: true,
    clientId: client.X_CLIENT_ID,
    clientSecret: client.X_CLIENT_SECRET,
    redirectUris: [callback],
    profile: 'unlimited',
  });
  const databaseUrl = await freshDatabaseUrl();
  const env = { X_API_BASE_URL: sandbox.url, ...client, ENCRYPTION_KEYS: `test:${randomBytes(32).toString('base64')}` };
  const fleet = new WorkerFleet(databaseUrl, { ...env, ...o.workerEnv });
  // Accounts connected through the real OAuth flow (the scheduler's providers, its loop not started).
  const setup = await createSchedulerApp(testConfig(databaseUrl, env), { quiet: true });
  const ws = await createWorkspaceFixture(databaseUrl);
  const usernames = await createSandboxUsers(sandbox.url, `${o.prefix}${randomBytes(2).toString('hex')}_`, o.accounts);
  const accounts = await connectSandboxAccounts(setup, ws, usernames, { redirectUri: callback });
  await setup.close();
  return {
    sandbox,
    databaseUrl,
    env,
    fleet,
    ws,
    accounts,
    usernames,
    close: async () => {
      fleet.killAll();
      await sandbox.close();
    },
  };
}
