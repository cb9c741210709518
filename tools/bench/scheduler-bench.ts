// Benchmark: the scheduler end to end — real PostgreSQL, N scheduler processes (dist/server/apps/scheduler/src/main.js),
// the X sandbox (this process), accounts connected through the real OAuth flow. Lateness is measured from each post's
// scheduledAt to the sandbox's own created_at (the moment it accepted the POST).
//   node tools/scripts/build-server.mjs
//   node dist/server/tools/bench/scheduler-bench.js --mode lateness [--posts 5000 --accounts 500 --seconds 60] [--schedulers 1] [--profile pro]
//   node dist/server/tools/bench/scheduler-bench.js --mode burst [--posts 2000 --accounts 500] [--schedulers 1]
//   node dist/server/tools/bench/scheduler-bench.js --mode crash [--posts 500 --seconds 30 --schedulers 3 --kill-at-ms 10000 --latency-ms 200]
//     the first scheduler is SIGKILLed while it holds posts; prints when those were on X and shown published
//   [--noise]: a CPU hog runs beside the schedulers for the whole measurement (a busy machine: one core spinning)
//   [--warm N]: N posts published first, not measured (a scheduler that has been running: warm JIT and sockets)
//   [--warm N --restart]: the same, then the schedulers are restarted: fresh processes against a warm X sandbox
//   [--calendar N]: N more posts scheduled over the next 90 days (not due during the run), as in a team's calendar
//   tuning: [--concurrency 128] [--batch 128] (per process: SCHEDULER_CONCURRENCY, SCHEDULER_BATCH) [--pool 16] (DATABASE_POOL_SIZE)
// DATABASE_URL (a server; a scratch database is created in it) or an embedded PostgreSQL under ./tmp.
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { APP_ROLE, ensureAppRole, withCredentials } from '@xp/server/data-access';
import {
  connectSandboxAccounts,
  createSandboxUsers,
  createWorkspaceFixture,
  insertScheduledPosts,
  testConfig,
} from '@xp/server/testing';
import { startSandbox, type RateLimitProfile } from '../../apps/x-sandbox/src/sandbox';
import { SCHEDULER_NODE_FLAGS } from '../../apps/scheduler/src/node-flags';
import { createSchedulerApp } from '../../apps/scheduler/src/scheduler-app';
import { scratchDatabase } from './scratch-database';
import { seededRandom } from '@xp/shared';

const CALLBACK = 'http://127.0.0.1:3000/api/oauth/x/callback';
const root = resolve(__dirname, '../../../..');

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

/** The embedded server's processes (postmaster and its children), for their CPU time; empty with DATABASE_URL. */
function postgresPids(dataDir: string | null): number[] {
  if (!dataDir) return [];
  try {
    const main = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const kids = readFileSync(`/proc/${main}/task/${main}/children`, 'utf8').trim().split(' ').filter(Boolean);
    return [main, ...kids.map(Number)];
  } catch {
    return [];
  }
}

/** CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  const mode = arg('mode', 'lateness') as 'lateness' | 'burst' | 'crash';
  const crash = mode === 'crash';
  const posts = Number(arg('posts', mode === 'burst' ? '2000' : crash ? '500' : '5000'));
  const accountsN = Number(arg('accounts', '500'));
  const seconds = Number(arg('seconds', mode === 'burst' ? '0' : crash ? '30' : '60'));
  const schedulersN = Number(arg('schedulers', crash ? '3' : '1'));
  const profile = arg('profile', 'pro') as RateLimitProfile;
  const concurrency = arg('concurrency', '128');
  const lead = Number(arg('lead-ms', '8000'));
  const warmN = Number(arg('warm', '0'));
  const calendarN = Number(arg('calendar', '0'));
  const restart = process.argv.includes('--restart');
  const random = seededRandom(Number(arg('seed', '42')));

  const db = await scratchDatabase('bench');
  const pgPids = () => postgresPids(db.dataDir);
  const sandbox = await startSandbox({
    port: 0,
    seedDemo: true,
    clientId: 'xp-bench',
    clientSecret: 'xp-bench-secret',
    redirectUris: [CALLBACK],
    profile,
  });
  const keys = `bench:${randomBytes(32).toString('base64')}`;
  const env = {
    X_API_BASE_URL: sandbox.url,
    X_CLIENT_ID: 'xp-bench',
    X_CLIENT_SECRET: 'xp-bench-secret',
    ENCRYPTION_KEYS: keys,
    AUDIT_HMAC_KEYS: `bench:${randomBytes(32).toString('base64')}`,
  };
  // The schedulers connect as in production: as the runtime role, which owns no table.
  const appUrl = withCredentials(db.url, APP_ROLE, randomBytes(12).toString('hex'));
  await ensureAppRole(db.url, appUrl);
  const config = testConfig(db.url, env);
  // Connect the accounts through the real OAuth flow (the scheduler's providers, without starting its loop).
  const setup = await createSchedulerApp(config, { quiet: true });
  const ws = await createWorkspaceFixture(db.url, 'Bench');
  const usernames = await createSandboxUsers(sandbox.url, `b${randomBytes(2).toString('hex')}_`, accountsN);
  const t0 = Date.now();
  const accounts = await connectSandboxAccounts(setup, ws, usernames, { redirectUri: CALLBACK, concurrency: 16 });
  await setup.close();
  console.error(`connected ${accounts.length} accounts in ${Date.now() - t0} ms`);

  const children: ChildProcess[] = [];
  const peakRss = new Map<number, number>();
  const nodeArgs = arg('node-args', '').split(' ').filter(Boolean);
  const schedulerIds: string[] = [];
  const startSchedulers = async () => {
    schedulerIds.length = 0;
    for (let i = 0; i < schedulersN; i++) {
      schedulerIds.push(`bench${i}-${randomBytes(3).toString('hex')}`);
      const child = spawn(
        process.execPath,
        [...SCHEDULER_NODE_FLAGS, ...nodeArgs, join(root, 'dist/server/apps/scheduler/src/main.js')],
        {
          env: {
            ...process.env,
            ...env,
            NODE_ENV: 'production',
            DATABASE_URL: appUrl,
            MIGRATION_DATABASE_URL: db.url,
            SESSION_SECRET: randomBytes(32).toString('hex'),
            DATABASE_POOL_SIZE: arg('pool', '16'),
            SCHEDULER_CONCURRENCY: concurrency,
            SCHEDULER_BATCH: arg('batch', '128'),
            SCHEDULER_PORT: '0',
            SCHEDULER_ID: schedulerIds[i]!,
            LOG_LEVEL: 'warn',
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      await new Promise<void>((res, rej) => {
        child.stdout!.on('data', (b: Buffer) => {
          if (b.toString().includes('started')) res();
        });
        child.once('exit', (code) => rej(new Error(`scheduler exited (${code})`)));
      });
      children.push(child);
    }
  };
  const stopSchedulers = async () => {
    const stopping = children.splice(0);
    for (const ch of stopping) ch.kill('SIGTERM');
    await Promise.all(
      stopping.map(
        (ch) => new Promise((r) => (ch.exitCode !== null || ch.signalCode !== null ? r(null) : ch.once('exit', r))),
      ),
    );
  };
  await startSchedulers();
  const sampler = setInterval(() => {
    for (const c of children) if (c.pid) peakRss.set(c.pid, Math.max(peakRss.get(c.pid) ?? 0, rssMb(c.pid)));
  }, 200);

  const tag = randomBytes(3).toString('hex');
  const c = new Client({ connectionString: db.url });
  await c.connect();
  /** Waits until no post is left to publish (or the deadline passes). */
  const settled = async (deadline: number) => {
    for (;;) {
      const r = await c.query<{ n: number }>(
        // Two index-friendly counts (IDX_posts_due, IDX_posts_leased): this runs every 250 ms beside the schedulers.
        `SELECT (SELECT count(*) FROM posts WHERE status = 'scheduled' AND scheduled_at < now() + interval '1 hour')::int
              + (SELECT count(*) FROM posts WHERE status IN ('publishing', 'unconfirmed'))::int AS n`,
      );
      if (r.rows[0]!.n === 0 || Date.now() > deadline) return;
      await new Promise((r2) => setTimeout(r2, 250));
    }
  };
  // --calendar N: the posts of the coming months, which every query of the scheduler must leave unread.
  if (calendarN > 0) {
    const day = 86_400_000;
    const later = seededRandom(7);
    await insertScheduledPosts(
      db.url,
      ws,
      Array.from({ length: calendarN }, (_, i) => ({
        accountId: accounts[i % accounts.length]!.id,
        scheduledAt: new Date(Date.now() + day + Math.floor(later() * 90 * day)),
        texts: [`Calendar ${tag} ${i}`],
      })),
    );
    // Vacuumed, as they would be in a system that has been running (not autovacuum's work during the measurement).
    for (const table of ['posts', 'approvals']) await c.query(`VACUUM ANALYZE ${table}`);
    console.error(`calendar: ${calendarN} posts scheduled over the next 90 days`);
  }
  // --warm N: N posts published first (not measured), as a scheduler that has been running has warm code paths
  // and open connections to X.
  if (warmN > 0) {
    const at = Date.now() + 1000;
    await insertScheduledPosts(
      db.url,
      ws,
      Array.from({ length: warmN }, (_, i) => ({
        accountId: accounts[i % accounts.length]!.id,
        scheduledAt: new Date(at + Math.floor((i * 2000) / warmN)),
        texts: [`Warm-up ${tag} ${i}`],
      })),
    );
    await settled(at + 60_000);
    console.error(`warm-up: ${warmN} posts published`);
    if (restart) {
      // Fresh scheduler processes against a warm X sandbox (the real X is never cold; the sandbox shares this process).
      await stopSchedulers();
      peakRss.clear();
      await startSchedulers();
      console.error('schedulers restarted: the measured run starts with fresh processes');
    }
  }

  // --noise: a busy machine: one process spinning on a core for the whole run (as a build or a test run would).
  const noise = process.argv.includes('--noise')
    ? spawn(process.execPath, ['-e', 'for (;;);'], {
        stdio: 'ignore',
      })
    : null;
  // The posts are inserted while the schedulers run (they learn about them through NOTIFY), due `lead` ms from now.
  const start = Date.now() + lead;
  const planned = Array.from({ length: posts }, (_, i) => ({
    accountId: accounts[i % accounts.length]!.id,
    scheduledAt: new Date(start + (seconds > 0 ? Math.floor(random() * seconds * 1000) : 0)),
    texts: [`Bench ${tag} ${i} ${mode}`],
  }));
  const ins0 = Date.now();
  await insertScheduledPosts(db.url, ws, planned);
  // Planner statistics, as autovacuum would have them in a running system.
  await c.query('ANALYZE posts; ANALYZE accounts; ANALYZE approvals; ANALYZE publish_attempts');
  console.error(`inserted ${posts} posts in ${Date.now() - ins0} ms; first due in ${start - Date.now()} ms`);
  const byText = new Map(planned.map((p) => [p.texts[0]!, p.scheduledAt.getTime()]));
  // CPU time (ms) of the schedulers, of this process (the sandbox and the load) and of the embedded PostgreSQL, sampled
  // every 50 ms: the figures per post run from the last sample before the first post is due to the first sample after
  // the last post was accepted (what follows, e.g. the notifications sent once the burst is over, is not counted). Robust to a shared machine's
  // noise, unlike wall clock.
  const cpuSamples: { at: number; schedulers: number[]; self: number; pg: number }[] = [];
  const sampleCpu = () => {
    const self = process.cpuUsage();
    cpuSamples.push({
      at: Date.now(),
      schedulers: children.map((ch) => (ch.pid ? cpuMs(ch.pid) : NaN)),
      self: (self.user + self.system) / 1000,
      pg: pgPids().reduce((sum, pid) => sum + (cpuMs(pid) || 0), 0),
    });
  };
  sampleCpu();
  const cpuSampler = setInterval(sampleCpu, 50);
  // --mode crash: SIGKILL the first scheduler at --kill-at-ms while it holds posts (calls in flight: --latency-ms).
  let killed: { at: number; held: { id: string; text: string }[] } | null = null;
  if (crash) {
    const latencyMs = Number(arg('latency-ms', '200'));
    await fetch(`${sandbox.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latencyMs }),
    });
    await new Promise((r) => setTimeout(r, Math.max(0, start + Number(arg('kill-at-ms', '10000')) - Date.now())));
    const held = (
      await c.query<{ id: string; text: string }>(
        `SELECT id, segments->0->>'text' AS text FROM posts WHERE status = 'publishing' AND lease_owner = $1`,
        [schedulerIds[0]],
      )
    ).rows;
    children[0]!.kill('SIGKILL');
    killed = { at: Date.now(), held };
    console.error(`killed ${schedulerIds[0]} holding ${held.length} post(s)`);
  }

  await settled(start + seconds * 1000 + 60_000);
  clearInterval(cpuSampler);
  const statuses = (
    await c.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM posts GROUP BY 1 ORDER BY 1`)
  ).rows;
  const shownAt = new Map(
    (
      await c.query<{ id: string; at: Date }>(`SELECT id, published_at AS at FROM posts WHERE id = ANY($1::uuid[])`, [
        killed?.held.map((h) => h.id) ?? [],
      ])
    ).rows.map((r) => [r.id, r.at?.getTime() ?? NaN]),
  );
  await c.end();
  clearInterval(sampler);

  const created: number[] = [];
  const lateness: number[] = [];
  const seen = new Map<string, number>();
  for (const t of sandbox.context.state.allTweets) {
    const due = byText.get(t.text);
    if (due === undefined) continue;
    seen.set(t.text, (seen.get(t.text) ?? 0) + 1);
    const at = t.createdAt;
    created.push(at);
    lateness.push(at - due);
  }
  lateness.sort((a, b) => a - b);
  const lastAccepted = Math.max(...created);
  const cpu0 = [...cpuSamples].reverse().find((x) => x.at <= start) ?? cpuSamples[0]!;
  const cpu1 = cpuSamples.find((x) => x.at >= lastAccepted) ?? cpuSamples[cpuSamples.length - 1]!;
  const perPost = (ms: number) => Math.round((ms / Math.max(1, lateness.length)) * 1000) / 1000;
  const duplicates = [...seen.values()].filter((n) => n > 1).length;
  const result = {
    mode,
    schedulers: schedulersN,
    posts,
    accounts: accountsN,
    seconds,
    profile,
    concurrency: Number(concurrency),
    warm: warmN,
    restart,
    noise: noise !== null,
    published: lateness.length,
    duplicates,
    statuses,
    latenessMs: {
      min: lateness[0],
      p10: pct(lateness, 10),
      p50: pct(lateness, 50),
      p90: pct(lateness, 90),
      p99: pct(lateness, 99),
      max: lateness[lateness.length - 1],
    },
    ...(mode === 'burst' ? { allAcceptedWithinMs: Math.max(...created) - start } : {}),
    ...(killed ? { crash: crashFigures(killed, shownAt, sandbox.context.state.allTweets) } : {}),
    peakRssMb: [...peakRss.values()].map((v) => Math.round(v)),
    // CPU ms per published post, from the first due instant to the last acceptance: the schedulers', this process's (the
    // sandbox and the load generator) and the embedded PostgreSQL's (0 with DATABASE_URL).
    cpuMsPerPost: {
      schedulers: cpu1.schedulers.map((v, i) => perPost(v - cpu0.schedulers[i]!)),
      benchAndSandbox: perPost(cpu1.self - cpu0.self),
      postgres: perPost(cpu1.pg - cpu0.pg),
    },
  };
  console.log(JSON.stringify(result));

  noise?.kill('SIGKILL');
  await stopSchedulers();
  await sandbox.close();
  await db.drop();
}

/** For the posts the killed scheduler held: ms from the kill to X having them, and to the product showing them published. */
function crashFigures(
  killed: { at: number; held: { id: string; text: string }[] },
  shownAt: Map<string, number>,
  tweets: readonly { text: string; createdAt: number }[],
) {
  const onX = new Map<string, number>();
  for (const t of tweets) onX.set(t.text, Math.min(onX.get(t.text) ?? Infinity, t.createdAt));
  const after = (xs: number[]) => xs.map((x) => x - killed.at).sort((a, b) => a - b);
  const x = after(killed.held.map((h) => onX.get(h.text) ?? NaN));
  const shown = after(killed.held.map((h) => shownAt.get(h.id) ?? NaN));
  return {
    held: killed.held.length,
    onXAfterKillMs: { p50: pct(x, 50), p99: pct(x, 99), max: x.at(-1) },
    publishedAfterKillMs: { p50: pct(shown, 50), p99: pct(shown, 99), max: shown.at(-1) },
  };
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
