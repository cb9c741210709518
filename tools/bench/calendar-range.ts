// Benchmark: the calendar range API — `GET /api/workspaces/:ws/posts?from&to` — over a month of 30,000 posts
// (issue 6: p95 ≤ 50 ms under 20 concurrent connections, measured with autocannon).
//
//   node tools/scripts/build-server.mjs
//   node dist/server/tools/bench/calendar-range.js [--posts 30000 --accounts 20 --seconds 20 --connections 20]
//        [--warmup 3] [--only month-200,month-304,week-200,week-304,month-full-200,month-identity] [--cold 15]
//        [--profile DIR]
//   month and week ask what the calendar page asks (`view=calendar`); month-full the full posts (`view=full`).
//   more scenarios for --only: month-full-304, week-full-*, month-304-cookie (the browser's session cookie instead
//   of a token), health, me (floors of the HTTP stack)
//
// Processes: the API (createApiApp, the real middleware stack: helmet, sessions, passport bearer, guards,
// validation, metrics) runs in this process, which does nothing else while a scenario runs; autocannon runs in a
// child process (this same file with --client) so that its request generation and response parsing do not share
// the server's event loop: the latency is the server's (plus loopback and the client's parsing). PostgreSQL is a
// real server: DATABASE_URL (a scratch database is created in it) or an embedded one under ./tmp (fsync off).
//
// The data: one workspace, 4 brands, `--accounts` X accounts connected through the real OAuth flow against the
// X sandbox, `--posts` posts spread over one calendar month (busier on weekdays and in office hours), with the
// statuses a real month has (published, failed, missed, cancelled in the past; scheduled, in review, drafts,
// changes requested ahead), threads of 1–3 segments, tags, some media, some charter overrides (posts approved
// despite a warning), approvals bound to content hashes and one revision per post, inserted in bulk with the same
// columns the services write. An active hold covers one account (so `held` is computed). The user signs in with
// a personal access token (`Authorization: Bearer …`, as scripts and integrations do).
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import type { AddressInfo } from 'node:net';
import { get } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { contentHash } from '@xp/server/domain';
import { connectSandboxAccounts, createSandboxUsers, testConfig } from '@xp/server/testing';
import { createApiApp } from '../../apps/api/src/create-app';
import { startSandbox } from '../../apps/x-sandbox/src/sandbox';
import { scratchDatabase } from './scratch-database';
import { seededRandom } from '@xp/shared';

const root = resolve(__dirname, '../../../..');
const CALLBACK = 'http://127.0.0.1:3000/api/oauth/x/callback';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

/** Nearest-rank percentile of an ascending array. */
const pct = (sorted: ArrayLike<number>, p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : NaN;

// ---- the load generator (child process) ------------------------------------------------------------------------

interface LoadRequest {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}
interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  bytes: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Milliseconds; null when no response came back in time (NaN does not survive the IPC channel). */
  latency: Record<'min' | 'p50' | 'p90' | 'p95' | 'p99' | 'max' | 'mean', number | null>;
}

interface Autocannon {
  (opts: Record<string, unknown>): AutocannonTracker;
}
interface AutocannonTracker extends PromiseLike<AutocannonResult> {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  totalBytes: number;
}

/** Runs autocannon once and records every response time itself: autocannon's summary has no p95. */
async function load(req: LoadRequest): Promise<LoadResult> {
  // autocannon ships no types.
  const autocannon = require('autocannon') as Autocannon;
  // autocannon appends every body chunk to a string (for its expectBody/verifyBody checks, unused here): ~24 ms of
  // client CPU per MB, which caps it at ~12 answers/s of 4 MB on this machine whatever the server does. Drop them.
  (
    require('autocannon/lib/pipelinedRequestsQueue') as { prototype: { addBody: (b: Buffer) => void } }
  ).prototype.addBody = () => undefined;
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  const run = autocannon({
    url: req.url,
    headers: req.headers,
    connections: req.connections,
    duration: req.seconds,
    pipelining: 1,
    timeout: 30,
    debug: process.env['BENCH_DEBUG'] === '1',
  });
  run.on('response', (_client, status, resBytes, ms) => {
    times.push(ms);
    bytes += resBytes;
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const r = await run;
  const sorted = Float64Array.from(times).sort();
  const sum = times.reduce((a, b) => a + b, 0);
  return {
    requests: times.length,
    seconds: r.duration,
    rps: times.length / r.duration,
    bytes: times.length ? bytes / times.length : 0,
    statuses,
    errors: r.errors,
    timeouts: r.timeouts,
    latency: {
      min: sorted[0] ?? NaN,
      p50: pct(sorted, 50),
      p90: pct(sorted, 90),
      p95: pct(sorted, 95),
      p99: pct(sorted, 99),
      max: sorted[sorted.length - 1] ?? NaN,
      mean: times.length ? sum / times.length : NaN,
    },
  };
}

function clientMain(): void {
  process.on('message', (msg: LoadRequest) => {
    load(msg).then(
      (r) => process.send!({ ok: true, result: r }),
      (e: unknown) => process.send!({ ok: false, error: String((e as Error)?.stack ?? e) }),
    );
  });
  process.send!({ ready: true });
}

class LoadClient {
  private constructor(private readonly child: ChildProcess) {}

  static async start(): Promise<LoadClient> {
    const child = fork(__filename, ['--client'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    await new Promise<void>((res, rej) => {
      child.once('message', () => res());
      child.once('exit', (code) => rej(new Error(`load client exited (${code})`)));
    });
    return new LoadClient(child);
  }

  run(req: LoadRequest): Promise<LoadResult> {
    return new Promise((res, rej) => {
      this.child.once('message', (m: { ok: boolean; result?: LoadResult; error?: string }) =>
        m.ok ? res(m.result!) : rej(new Error(m.error)),
      );
      this.child.send(req);
    });
  }

  stop(): void {
    this.child.kill();
  }
}

/** CPU-profiles this process (the API) until the returned function is called with the file to write. */
async function startProfile(): Promise<(file: string) => Promise<string>> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((res, rej) => session.post(method, params, (e, r) => (e ? rej(e) : res(r))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return async (file) => {
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    session.disconnect();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    return file;
  };
}

// ---- data ------------------------------------------------------------------------------------------------------

const OPENINGS = [
  'Résultats trimestriels : le chiffre d’affaires progresse de',
  'Nouvelle collection automne-hiver : découvrez nos pièces phares,',
  'Nous recrutons ! Rejoignez nos équipes en CDI à',
  'Tour de chauffe terminé : les pilotes prennent place sur la grille,',
  'Assemblée générale des actionnaires : retrouvez le compte rendu,',
  'Offre spéciale ce week-end seulement : -20 % sur toute la boutique,',
  'Merci à nos clients et à nos équipes pour cette belle année,',
  'Webinaire RSE jeudi à 11 h : nos engagements pour 2030,',
];
const ENDINGS = [
  'rendez-vous sur notre site.',
  'plus d’informations dans le fil ⬇️',
  'https://example.com/actualites',
  '#Kindy #Mode',
  '#F1 #GrandPrix 🏎️',
  'candidatures ouvertes jusqu’au 30.',
];
const TAGS = ['finance', 'mode', 'recrutement', 'f1', 'rse', 'promo', 'live', 'evenement'];

type Status =
  | 'draft'
  | 'in_review'
  | 'changes_requested'
  | 'scheduled'
  | 'published'
  | 'failed'
  | 'missed'
  | 'cancelled'
  | 'unconfirmed';

function pickStatus(r: number, past: boolean): Status {
  if (past) {
    if (r < 0.84) return 'published';
    if (r < 0.88) return 'failed';
    if (r < 0.91) return 'missed';
    if (r < 0.99) return 'cancelled';
    return 'unconfirmed';
  }
  if (r < 0.55) return 'scheduled';
  if (r < 0.72) return 'in_review';
  if (r < 0.88) return 'draft';
  if (r < 0.94) return 'changes_requested';
  return 'cancelled';
}

interface Seeded {
  workspaceId: string;
  accounts: string[];
  monthFrom: Date;
  monthTo: Date;
  counts: Record<string, number>;
}

// ---- the benchmark (server process) ---------------------------------------------------------------------------

async function serverMain(): Promise<void> {
  const postsN = Number(arg('posts', '30000'));
  const accountsN = Number(arg('accounts', '20'));
  const seconds = Number(arg('seconds', '20'));
  const warmup = Number(arg('warmup', '3'));
  const connections = Number(arg('connections', '20'));
  const coldRuns = Number(arg('cold', '15'));
  const only = arg('only', 'month-200,month-304,week-200,week-304,month-full-200,month-identity').split(',');
  const random = seededRandom(Number(arg('seed', '6')));
  const profileDir = process.argv.includes('--profile') ? arg('profile', join(root, 'tmp')) : null;

  // PostgreSQL: DATABASE_URL (scratch database) or an embedded server.
  const db = await scratchDatabase('bench-calendar');
  const databaseUrl = db.url;

  const sandbox = await startSandbox({
    port: 0,
    seedDemo: true,
    clientId: 'xp-bench',
    clientSecret: 'xp-bench-secret',
    redirectUris: [CALLBACK],
    profile: 'pro',
  });
  const config = testConfig(databaseUrl, {
    X_API_BASE_URL: sandbox.url,
    X_CLIENT_ID: 'xp-bench',
    X_CLIENT_SECRET: 'xp-bench-secret',
    DATABASE_POOL_SIZE: arg('pool', '10'),
  });
  const api = await createApiApp(config, { quiet: true });
  await api.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;

  // The owner registers (session), creates brands and a personal access token; the accounts are connected.
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of the API, read field by field
  ): Promise<{ status: number; body: any; headers: Headers }> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  };
  const reg = await call('POST', '/api/auth/register', {
    email: 'owner@bench.kindy.fr',
    password: 'Calendrier-Kindy-2026',
    displayName: 'Odile Owner',
    workspaceName: 'Kindy & Total (bench)',
  });
  if (reg.status !== 201) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.body)}`);
  const cookie = (reg.headers.getSetCookie() ?? []).map((c) => c.split(';')[0]).join('; ');
  const session = { cookie, 'x-csrf-token': reg.body.csrfToken as string };
  const workspaceId = reg.body.workspaces[0].id as string;
  const userId = reg.body.user.id as string;
  const tokenRes = await call('POST', '/api/auth/tokens', { name: 'calendar bench' }, session);
  if (tokenRes.status !== 201) throw new Error(`token: ${tokenRes.status} ${JSON.stringify(tokenRes.body)}`);
  const bearer = { authorization: `Bearer ${tokenRes.body.token as string}` };
  const brandIds: string[] = [];
  for (const name of ['Groupe Kindy', 'Kindy', 'Total Careers', 'F1 Total']) {
    const b = await call('POST', `/api/workspaces/${workspaceId}/brands`, { name }, bearer);
    if (b.status !== 201) throw new Error(`brand: ${b.status} ${JSON.stringify(b.body)}`);
    brandIds.push(b.body.id as string);
  }
  const usernames = await createSandboxUsers(sandbox.url, `cal${randomBytes(2).toString('hex')}_`, accountsN);
  const accounts: string[] = [];
  for (let b = 0; b < brandIds.length; b++) {
    const mine = usernames.filter((_, i) => i % brandIds.length === b);
    const connected = await connectSandboxAccounts(api, { workspaceId, brandId: brandIds[b]! }, mine, {
      redirectUri: CALLBACK,
    });
    accounts.push(...connected.map((a) => a.id));
  }
  // Some variety in the accounts: a premium one (long posts), one needing two approvals; a crisis hold on one.
  {
    const list = (await call('GET', `/api/workspaces/${workspaceId}/accounts`, undefined, bearer)).body.items as {
      id: string;
      version: number;
    }[];
    const patch = async (i: number, body: object) => {
      const a = list.find((x) => x.id === accounts[i])!;
      const r = await call(
        'PATCH',
        `/api/workspaces/${workspaceId}/accounts/${a.id}`,
        { ...body, version: a.version },
        bearer,
      );
      if (r.status !== 200) throw new Error(`account: ${r.status} ${JSON.stringify(r.body)}`);
    };
    await patch(0, { longPosts: true });
    await patch(1, { approvalPolicy: { requiredApprovals: 2, approverRoles: ['owner', 'admin', 'manager'] } });
    const h = await call(
      'POST',
      `/api/workspaces/${workspaceId}/holds`,
      { scope: 'account', targetId: accounts[accounts.length - 1], reason: 'Crise en cours : pause de ce compte' },
      bearer,
    );
    if (h.status !== 201) throw new Error(`hold: ${h.status} ${JSON.stringify(h.body)}`);
  }

  const seeded = await seed(databaseUrl, { workspaceId, userId, accounts, postsN, random });
  console.error(
    `seeded ${postsN} posts on ${accounts.length} accounts, ${seeded.monthFrom.toISOString()} → ${seeded.monthTo.toISOString()}: ${JSON.stringify(seeded.counts)}`,
  );

  // The ranges the calendar asks for: the month, and its busiest-looking week (the second).
  const week0 = new Date(seeded.monthFrom.getTime() + 7 * 86_400_000);
  const ranges = {
    month: { from: seeded.monthFrom, to: seeded.monthTo },
    week: { from: week0, to: new Date(week0.getTime() + 7 * 86_400_000) },
  };
  const path = (r: { from: Date; to: Date; view: string }) =>
    `/api/workspaces/${workspaceId}/posts?from=${encodeURIComponent(r.from.toISOString())}&to=${encodeURIComponent(r.to.toISOString())}&view=${r.view}`;
  // What the calendar page asks (`view=calendar`), and the full posts (integrations, `view=full`, the default).
  const targets: Record<string, { from: Date; to: Date; view: string }> = {
    month: { ...ranges.month, view: 'calendar' },
    week: { ...ranges.week, view: 'calendar' },
    'month-full': { ...ranges.month, view: 'full' },
    'week-full': { ...ranges.week, view: 'full' },
  };
  const browserish = { ...bearer, accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' };

  // Sanity and sizes: one request of each kind, bytes as they cross the wire (node:http does not decode).
  const probe = (p: string, headers: Record<string, string>) =>
    new Promise<{ status: number; etag: string | null; encoding: string | null; bytes: number; body: Buffer }>(
      (res, rej) => {
        get(`${base}${p}`, { headers }, (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (b: Buffer) => chunks.push(b));
          r.on('end', () => {
            const body = Buffer.concat(chunks);
            res({
              status: r.statusCode ?? 0,
              etag: (r.headers['etag'] as string | undefined) ?? null,
              encoding: (r.headers['content-encoding'] as string | undefined) ?? null,
              bytes: body.length,
              body,
            });
          });
          r.on('error', rej);
        }).on('error', rej);
      },
    );
  const sizes: Record<string, string> = {};
  for (const [name, r] of Object.entries(targets)) {
    const plain = await probe(path(r), bearer);
    if (plain.status !== 200) throw new Error(`${name}: HTTP ${plain.status} ${plain.body.toString().slice(0, 300)}`);
    const items = (JSON.parse(plain.body.toString()) as { items: unknown[] }).items.length;
    const gz = await probe(path(r), browserish);
    sizes[name] =
      `${items} posts; ${(plain.bytes / 1e6).toFixed(2)} MB of JSON; ` +
      (gz.encoding ? `${(gz.bytes / 1e6).toFixed(2)} MB with ${gz.encoding}` : 'no compression offered') +
      `; ETag ${gz.etag ? 'yes' : 'no'}`;
    console.error(`${name}: ${sizes[name]}`);
  }

  // Cold computations, one at a time: a post changes between two reads, so nothing can be reused.
  const cold: number[] = [];
  const coldCpu: number[] = [];
  if (coldRuns > 0) {
    const stopProfile = profileDir ? await startProfile() : null;
    const c = new Client({ connectionString: databaseUrl });
    await c.connect();
    for (let i = 0; i < coldRuns + 2; i++) {
      await c.query(
        `UPDATE posts SET tags = tags, updated_at = now(), version = version + 1
          WHERE id = (SELECT id FROM posts WHERE workspace_id = $1 AND status = 'draft' ORDER BY id OFFSET $2 LIMIT 1)`,
        [workspaceId, i],
      );
      const t = process.hrtime.bigint();
      const cpu0 = process.cpuUsage();
      await probe(path(targets.month!), browserish);
      const cpu = process.cpuUsage(cpu0);
      if (i >= 2) {
        cold.push(Number(process.hrtime.bigint() - t) / 1e6);
        coldCpu.push((cpu.user + cpu.system) / 1000);
      }
    }
    await c.end();
    if (stopProfile) console.error(`profile: ${await stopProfile(join(profileDir!, 'calendar-cold.cpuprofile'))}`);
    cold.sort((a, b) => a - b);
    coldCpu.sort((a, b) => a - b);
    console.error(
      `cold month (sequential, after a change each time): p50 ${pct(cold, 50).toFixed(1)} ms, max ${pct(cold, 100).toFixed(1)} ms, server CPU p50 ${pct(coldCpu, 50).toFixed(0)} ms`,
    );
  }

  const client = await LoadClient.start();
  const scenarios: { name: string; label: string; url: string; headers: Record<string, string> }[] = [];
  for (const [name, r] of Object.entries(targets)) {
    const url = `${base}${path(r)}`;
    const first = await probe(path(r), browserish);
    scenarios.push({
      name: `${name}-200`,
      label: `${name} (view=${r.view}), whole answer (gzip and brotli accepted, no validator)`,
      url,
      headers: browserish,
    });
    if (first.etag)
      scenarios.push({
        name: `${name}-304`,
        label: `${name} (view=${r.view}), revalidation (If-None-Match → 304)`,
        url,
        headers: { ...browserish, 'if-none-match': first.etag },
      });
    if (name === 'month' && first.etag)
      scenarios.push({
        name: 'month-304-cookie',
        label: 'month, revalidation with the session cookie (browser)',
        url,
        headers: { cookie, accept: 'application/json', 'accept-encoding': 'gzip', 'if-none-match': first.etag },
      });
    if (name === 'month')
      scenarios.push({
        name: 'month-identity',
        label: 'month (view=calendar), whole answer without compression',
        url,
        headers: { ...bearer, accept: 'application/json' },
      });
  }

  // Requests still being computed when autocannon stops (it closes its sockets; the server finishes them anyway)
  // must not weigh on the next scenario: wait until this process is idle again.
  const settle = async () => {
    for (let i = 0; i < 600; i++) {
      const c0 = process.cpuUsage();
      await new Promise((r) => setTimeout(r, 250));
      const c = process.cpuUsage(c0);
      if ((c.user + c.system) / 1000 < 25) return;
    }
  };
  // Floors of the HTTP stack, for comparison (not in the default list): one trivial query without auth, and
  // `GET /api/auth/me` with the bearer token (token lookup, user, memberships).
  scenarios.push(
    { name: 'health', label: 'floor: GET /api/health (no auth, SELECT 1)', url: `${base}/api/health`, headers: {} },
    { name: 'me', label: 'floor: GET /api/auth/me (bearer)', url: `${base}/api/auth/me`, headers: bearer },
  );
  const results: { label: string; r: LoadResult; cpuMsPerReq: number; load: string }[] = [];
  for (const s of scenarios.filter((x) => only.includes(x.name))) {
    await settle();
    if (warmup > 0) {
      await client.run({ url: s.url, headers: s.headers, connections, seconds: warmup });
      await settle();
    }
    const stopProfile = profileDir ? await startProfile() : null;
    const cpu0 = process.cpuUsage();
    const r = await client.run({ url: s.url, headers: s.headers, connections, seconds });
    const cpu = process.cpuUsage(cpu0);
    if (stopProfile) console.error(`profile: ${await stopProfile(join(profileDir!, `calendar-${s.name}.cpuprofile`))}`);
    const cpuMsPerReq = r.requests ? (cpu.user + cpu.system) / 1000 / r.requests : NaN;
    const load = loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
    results.push({ label: s.label, r, cpuMsPerReq, load });
    console.error(
      `${s.label}: p95 ${r.latency.p95?.toFixed(1) ?? 'n/a'} ms, ${r.rps.toFixed(0)} req/s, statuses ${JSON.stringify(r.statuses)}, errors ${r.errors}, timeouts ${r.timeouts}`,
    );
  }
  client.stop();

  // Report.
  const f = (n: number | null) => (n === null || Number.isNaN(n) ? 'n/a' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
  console.log(`\nCalendar range API — ${postsN} posts in one month on ${accounts.length} accounts`);
  console.log(
    `Node ${process.version}, ${cpus().length} vCPU (${cpus()[0]?.model ?? '?'}), ${connections} connections, ${seconds} s per scenario after ${warmup} s of warm-up, load average now ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  for (const [name, s] of Object.entries(sizes)) console.log(`  ${name}: ${s}`);
  if (cold.length)
    console.log(
      `  cold month answer, one at a time after a change: p50 ${f(pct(cold, 50))} ms, p95 ${f(pct(cold, 95))} ms, max ${f(pct(cold, 100))} ms (API process CPU p50 ${f(pct(coldCpu, 50))} ms)`,
    );
  console.log(
    '\n| scenario | p50 | p90 | p95 | p99 | max | req/s | bytes/response | server CPU/req | statuses | target p95 ≤ 50 ms |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { label, r, cpuMsPerReq } of results) {
    const l = r.latency;
    console.log(
      `| ${label} | ${f(l.p50)} ms | ${f(l.p90)} ms | **${f(l.p95)} ms** | ${f(l.p99)} ms | ${f(l.max)} ms | ${r.rps.toFixed(0)} | ${
        r.bytes >= 1e6 ? `${(r.bytes / 1e6).toFixed(2)} MB` : `${(r.bytes / 1e3).toFixed(1)} kB`
      } | ${cpuMsPerReq.toFixed(2)} ms | ${Object.entries(r.statuses)
        .map(([k, v]) => `${k}×${v}`)
        .join(' ')}${r.errors ? ` errors×${r.errors}` : ''} | ${l.p95 !== null && l.p95 <= 50 ? 'met' : 'NOT met'} |`,
    );
  }

  await api.close();
  await sandbox.close();
  await db.drop();
}

/** Bulk-inserts the month: posts, their first revision, and the approvals the workflow would have recorded. */
async function seed(
  databaseUrl: string,
  o: {
    workspaceId: string;
    userId: string;
    accounts: string[];
    postsN: number;
    random: () => number;
  },
): Promise<Seeded> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  const { random } = o;
  // Team members: an editor writes, two managers approve (memberships like an accepted invitation leaves them).
  const member = async (email: string, name: string, role: string) => {
    const id = (
      await c.query<{ id: string }>(
        `INSERT INTO users (email, password_hash, display_name, locale, created_at, password_changed_at) VALUES ($1, 'x', $2, 'fr', now(), now()) RETURNING id`,
        [email, name],
      )
    ).rows[0]!.id;
    await c.query(`INSERT INTO memberships (workspace_id, user_id, role, created_at) VALUES ($1, $2, $3, now())`, [
      o.workspaceId,
      id,
      role,
    ]);
    return id;
  };
  const editors = [
    await member('elise@bench.kindy.fr', 'Élise Éditrice', 'editor'),
    await member('romain@bench.kindy.fr', 'Romain Recruteur', 'editor'),
  ];
  const managers = [
    await member('martin@bench.kindy.fr', 'Martin Manager', 'manager'),
    await member('mona@bench.kindy.fr', 'Mona Manager', 'manager'),
  ];
  // A few media (small images) that some first segments carry.
  const media: { id: string; altText: string | null }[] = [];
  for (let i = 0; i < 12; i++) {
    const alt = i % 3 === 0 ? null : `Visuel ${i + 1} : la nouvelle collection`;
    const id = (
      await c.query<{ id: string }>(
        `INSERT INTO media (workspace_id, uploaded_by, mime_type, size, sha256, file_name, alt_text, created_at)
         VALUES ($1, $2, 'image/png', 68, encode(sha256($5), 'hex'), $3, $4, now()) RETURNING id`,
        [o.workspaceId, editors[0], `visuel-${i + 1}.png`, alt, Buffer.alloc(68, i)],
      )
    ).rows[0]!.id;
    await c.query(`INSERT INTO media_chunks (media_id, seq, data) VALUES ($1, 0, $2)`, [id, Buffer.alloc(68, i)]);
    media.push({ id, altText: alt });
  }

  // The month: the current UTC month, so that its first part is past (published…) and the rest ahead.
  const now = new Date();
  const monthFrom = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const monthTo = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const span = monthTo.getTime() - monthFrom.getTime();
  const counts: Record<string, number> = {};
  const at = (): Date => {
    // Weekdays busier than weekends, office hours (7–21 h UTC) much busier than nights; minutes rounded to 5.
    for (;;) {
      const t = monthFrom.getTime() + Math.floor(random() * span);
      const d = new Date(t);
      const h = d.getUTCHours();
      const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
      const w = (h >= 7 && h < 21 ? 1 : 0.08) * (weekend ? 0.45 : 1);
      if (random() < w) return new Date(Math.floor(t / 300_000) * 300_000);
    }
  };

  const rows: unknown[][] = [];
  const revisions: unknown[][] = [];
  const approvals: unknown[][] = [];
  for (let i = 0; i < o.postsN; i++) {
    const scheduledAt = at();
    const past = scheduledAt.getTime() < now.getTime();
    const status = pickStatus(random(), past);
    const nSeg = random() < 0.7 ? 1 : random() < 0.6 ? 2 : 3;
    const segments = Array.from({ length: nSeg }, (_, k) => {
      const text = `${OPENINGS[Math.floor(random() * OPENINGS.length)]} ${k ? `(${k + 1}/${nSeg}) ` : ''}${
        Math.floor(random() * 40) + 1
      } % ${ENDINGS[Math.floor(random() * ENDINGS.length)]} [${i}]`;
      const withMedia = k === 0 && random() < 0.12;
      const poll = !withMedia && k === nSeg - 1 && random() < 0.02;
      return {
        text,
        media: withMedia ? [media[Math.floor(random() * media.length)]!] : [],
        poll: poll ? { options: ['Oui', 'Non', 'Peut-être'], durationMinutes: 1440 } : null,
      };
    });
    const hash = contentHash(segments);
    const tags = [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => TAGS[Math.floor(random() * 8)]!))];
    const kind = random() < 0.08 ? 'live' : random() < 0.06 ? 'job_offer' : 'standard';
    const accountId = o.accounts[Math.floor(random() * o.accounts.length)]!;
    const authorId = random() < 0.1 ? o.userId : editors[Math.floor(random() * editors.length)]!;
    const created = new Date(scheduledAt.getTime() - (2 + Math.floor(random() * 20)) * 86_400_000);
    const approved = ['scheduled', 'published', 'failed', 'missed', 'unconfirmed'].includes(status);
    // A post approved despite a charter warning keeps the override (the "findings" of the month).
    const override =
      approved && random() < 0.05
        ? {
            contentHash: hash,
            actorId: managers[0],
            reason: 'Validé : mention promotionnelle assumée',
            at: created.toISOString(),
          }
        : null;
    const published = status === 'published';
    const tweetIds = published
      ? segments.map((_, k) => String(1_900_000_000_000_000_000n + BigInt(i * 4 + k)))
      : status === 'unconfirmed' && nSeg > 1
        ? [String(1_900_000_000_000_000_000n + BigInt(i * 4))]
        : [];
    const publishedAt = published ? new Date(scheduledAt.getTime() + 40 + Math.floor(random() * 400)) : null;
    const reason =
      status === 'failed'
        ? 'rejected: You are not allowed to create a Tweet with duplicate content.'
        : status === 'missed'
          ? 'missed: publish window passed'
          : status === 'cancelled'
            ? 'cancelled'
            : status === 'changes_requested'
              ? 'changes_requested'
              : status === 'in_review'
                ? 'awaiting_approval'
                : null;
    const updated = publishedAt ?? new Date(Math.min(now.getTime(), created.getTime() + 3_600_000));
    const version = 1 + (approved ? 2 : 0) + (status === 'published' ? 2 : 0) + (status === 'cancelled' ? 1 : 0);
    const id = randomUUID();
    counts[status] = (counts[status] ?? 0) + 1;
    rows.push([
      id,
      accountId,
      authorId,
      status,
      kind,
      JSON.stringify(segments),
      hash,
      tags,
      scheduledAt,
      kind === 'live' ? new Date(scheduledAt.getTime() + 120_000) : null,
      override ? JSON.stringify(override) : null,
      tweetIds,
      publishedAt,
      reason,
      version,
      created,
      updated,
    ]);
    revisions.push([id, JSON.stringify(segments), hash, authorId, created]);
    if (approved || (status === 'in_review' && random() < 0.2)) {
      approvals.push([id, managers[0], hash, new Date(created.getTime() + 1_800_000)]);
      if (accountId === o.accounts[1] && approved)
        approvals.push([id, managers[1], hash, new Date(created.getTime() + 2_400_000)]);
    }
  }
  const col = (rs: unknown[][], k: number) => rs.map((r) => r[k]);
  await c.query('BEGIN');
  for (let i = 0; i < rows.length; i += 2000) {
    const ch = rows.slice(i, i + 2000);
    await c.query(
      `INSERT INTO posts (id, workspace_id, account_id, author_id, status, kind, segments, content_hash, tags, scheduled_at,
                          publish_by, charter_override, tweet_ids, published_at, status_reason, version, created_at, updated_at)
       SELECT u.id, $1, u.account_id, u.author_id, u.status, u.kind, u.segments::jsonb, u.hash,
              ARRAY(SELECT jsonb_array_elements_text(u.tags::jsonb)), u.scheduled_at, u.publish_by, u.override::jsonb,
              ARRAY(SELECT jsonb_array_elements_text(u.tweet_ids::jsonb)), u.published_at, u.reason, u.version, u.created_at, u.updated_at
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::timestamptz[], $11::timestamptz[], $12::text[], $13::text[], $14::timestamptz[], $15::text[],
                     $16::int[], $17::timestamptz[], $18::timestamptz[])
           AS u(id, account_id, author_id, status, kind, segments, hash, tags, scheduled_at, publish_by, override, tweet_ids,
                published_at, reason, version, created_at, updated_at)`,
      [
        o.workspaceId,
        ...[0, 1, 2, 3, 4, 5, 6].map((k) => col(ch, k)),
        ch.map((r) => JSON.stringify(r[7])),
        ...[8, 9, 10].map((k) => col(ch, k)),
        ch.map((r) => JSON.stringify(r[11])),
        ...[12, 13, 14, 15, 16].map((k) => col(ch, k)),
      ],
    );
  }
  for (let i = 0; i < revisions.length; i += 5000) {
    const ch = revisions.slice(i, i + 5000);
    await c.query(
      `INSERT INTO post_revisions (workspace_id, post_id, revision, segments, content_hash, author_id, created_at)
       SELECT $1, u.post_id, 1, u.segments::jsonb, u.hash, u.author_id, u.created_at
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::timestamptz[]) AS u(post_id, segments, hash, author_id, created_at)`,
      [o.workspaceId, ...[0, 1, 2, 3, 4].map((k) => col(ch, k))],
    );
  }
  for (let i = 0; i < approvals.length; i += 5000) {
    const ch = approvals.slice(i, i + 5000);
    await c.query(
      `INSERT INTO approvals (workspace_id, post_id, approver_id, role, content_hash, valid, created_at)
       SELECT $1, u.post_id, u.approver_id, 'manager', u.hash, true, u.created_at
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[]) AS u(post_id, approver_id, hash, created_at)`,
      [o.workspaceId, ...[0, 1, 2, 3].map((k) => col(ch, k))],
    );
  }
  await c.query('COMMIT');
  // Planner statistics and the visibility map, as autovacuum would leave them in a running system.
  await c.query('VACUUM ANALYZE posts');
  await c.query('VACUUM ANALYZE approvals');
  await c.query('VACUUM ANALYZE post_revisions');
  await c.query('ANALYZE accounts');
  await c.end();
  return { workspaceId: o.workspaceId, accounts: o.accounts, monthFrom, monthTo, counts };
}

if (process.argv.includes('--client')) clientMain();
else
  serverMain().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
