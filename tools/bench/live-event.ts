// Benchmark: a live event (a Grand Prix on @F1TotalOfficiel). 200 posts over a two-hour event, each written,
// submitted and approved through the public API, with a publishBy deadline; published by the real scheduler on
// the X sandbox. The event is compressed: the sandbox's clock runs --speed times faster (so its rate-limit windows
// and token lifetimes pass as in a two-hour event), and the posts are spaced 36 s / speed apart in real time.
// Lateness = the sandbox's created_at (real instant of acceptance) − the post's scheduledAt, in real milliseconds.
//   node tools/scripts/build-server.mjs && node dist/server/tools/bench/live-event.js [--posts 200 --speed 30 --max-late-ms 1000]
import 'reflect-metadata';
import { Client } from 'pg';
import request from 'supertest';
import { testConfig } from '@xp/server/testing';
import { createApiApp } from '../../apps/api/src/create-app';
import { createSchedulerApp } from '../../apps/scheduler/src/scheduler-app';
import { startSandbox } from '../../apps/x-sandbox/src/sandbox';
import { scratchDatabase } from './scratch-database';

const CALLBACK = 'http://localhost:3000/api/oauth/x/callback';
const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
};
const pct = (s: number[], p: number) =>
  s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;

async function main() {
  const posts = Number(arg('posts', '200'));
  const speed = Number(arg('speed', '30'));
  const maxLateMs = Number(arg('max-late-ms', '1000'));
  const eventMs = 2 * 3600_000;
  const spacingMs = eventMs / posts / speed;

  // PostgreSQL: DATABASE_URL or an embedded server.
  const db = await scratchDatabase('bench-live');

  const t0 = Date.now();
  const sandbox = await startSandbox({
    port: 0,
    seedDemo: true,
    clientId: 'xp-bench',
    clientSecret: 'xp-bench-secret',
    redirectUris: [CALLBACK],
    profile: 'pro',
    clock: { now: () => t0 + (Date.now() - t0) * speed },
  });
  const config = testConfig(db.url, {
    X_API_BASE_URL: sandbox.url,
    X_CLIENT_ID: 'xp-bench',
    X_CLIENT_SECRET: 'xp-bench-secret',
    DATABASE_POOL_SIZE: '10',
  });
  const api = await createApiApp(config, { quiet: true });
  const scheduler = await createSchedulerApp(config, { quiet: true });
  await scheduler.init();
  const http = () => request.agent(api.getHttpServer());

  // The team: an editor at the keyboard, a manager in the fast lane.
  const owner = http();
  const me = (
    await owner
      .post('/api/auth/register')
      .send({ email: 'owner@f1.example', password: 'Grand-Prix-de-Monaco-2026', displayName: 'Owner' })
      .expect(201)
  ).body;
  const ws = me.workspaces[0].id as string;
  const csrf = me.csrfToken as string;
  const brand = (
    await owner.post(`/api/workspaces/${ws}/brands`).set('x-csrf-token', csrf).send({ name: 'Total' }).expect(201)
  ).body.id;
  const start = await owner
    .post(`/api/workspaces/${ws}/accounts/connect`)
    .set('x-csrf-token', csrf)
    .send({ brandId: brand })
    .expect(201);
  const consent = await fetch(`${start.body.authorizeUrl}&sandbox_user=F1TotalOfficiel`, { redirect: 'manual' });
  const back = new URL(consent.headers.get('location')!);
  await owner.get(`${back.pathname}${back.search}`).expect(303);
  const account = (await owner.get(`/api/workspaces/${ws}/accounts`).expect(200)).body.items[0];
  await owner
    .patch(`/api/workspaces/${ws}/accounts/${account.id}`)
    .set('x-csrf-token', csrf)
    .send({ rateLimitTier: 'pro', version: account.version })
    .expect(200);
  const member = async (role: string, email: string) => {
    const inv = await owner
      .post(`/api/workspaces/${ws}/invitations`)
      .set('x-csrf-token', csrf)
      .send({ email, role })
      .expect(201);
    const agent = http();
    await agent
      .post(`/api/invitations/${String(inv.body.link).split('/').pop()}/accept`)
      .send({ displayName: role, password: 'Grand-Prix-de-Monaco-2026' })
      .expect(200);
    return { agent, csrf: (await agent.get('/api/auth/me').expect(200)).body.csrfToken as string };
  };
  const editor = await member('editor', 'editor@f1.example');
  const manager = await member('manager', 'manager@f1.example');

  // 200 live-tweets, each with its deadline; the first one 5 s from now (real), then every spacingMs.
  const firstAt = Date.now() + 5000;
  const planned = new Map<string, { at: number; by: number }>();
  const writeStarted = Date.now();
  for (let i = 0; i < posts; i++) {
    const at = firstAt + i * spacingMs;
    const by = at + maxLateMs;
    const text = `Tour ${i + 1} : la course continue, positions inchangées en tête. #F1 (${i + 1}/${posts})`;
    const created = await editor.agent
      .post(`/api/workspaces/${ws}/posts`)
      .set('x-csrf-token', editor.csrf)
      .send({
        accountId: account.id,
        kind: 'live',
        scheduledAt: new Date(at).toISOString(),
        publishBy: new Date(by).toISOString(),
        segments: [{ text }],
        tags: ['live'],
      })
      .expect(201);
    await editor.agent
      .post(`/api/workspaces/${ws}/posts/${created.body.id}/submit`)
      .set('x-csrf-token', editor.csrf)
      .expect(200);
    await manager.agent
      .post(`/api/workspaces/${ws}/posts/${created.body.id}/approve`)
      .set('x-csrf-token', manager.csrf)
      .send({ contentHash: created.body.contentHash })
      .expect(200);
    planned.set(text, { at, by });
  }
  const writeMs = Date.now() - writeStarted;

  // Wait for the end of the event (plus the deadline) and collect what the sandbox accepted.
  const lastBy = Math.max(...[...planned.values()].map((p) => p.by));
  while (Date.now() < lastBy + 3000) await new Promise((r) => setTimeout(r, 500));
  const shown = (await (await fetch(`${sandbox.url}/_sandbox/tweets?username=F1TotalOfficiel`)).json()) as {
    data: { text: string; created_at: string }[];
  };
  // The sandbox's created_at runs on its accelerated clock: map it back to real time.
  const realOf = (iso: string) => t0 + (new Date(iso).getTime() - t0) / speed;
  const lateness: number[] = [];
  let afterDeadline = 0;
  for (const t of shown.data) {
    const p = planned.get(t.text);
    if (!p) continue;
    const real = realOf(t.created_at);
    lateness.push(real - p.at);
    if (real > p.by) afterDeadline++;
  }
  lateness.sort((a, b) => a - b);
  const statuses = await new Client({ connectionString: db.url });
  await statuses.connect();
  const counts = (await statuses.query(`SELECT status, count(*)::int AS n FROM posts GROUP BY status`)).rows;
  await statuses.end();

  console.log(
    JSON.stringify(
      {
        posts,
        speed,
        eventHours: 2,
        realSeconds: Math.round((lastBy - firstAt) / 1000),
        writeAndApproveMsPerPost: Math.round(writeMs / posts),
        published: lateness.length,
        statuses: counts,
        latenessMs: {
          p50: Math.round(pct(lateness, 50)),
          p99: Math.round(pct(lateness, 99)),
          max: Math.round(lateness[lateness.length - 1] ?? NaN),
        },
        publishedAfterPublishBy: afterDeadline,
      },
      null,
      2,
    ),
  );
  await scheduler.close();
  await api.close();
  await sandbox.close();
  await db.drop();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
