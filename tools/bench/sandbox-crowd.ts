// Acceptance benchmark of the X sandbox's crowd and webhook delivery:
// 1. a `crisis` crowd (base 600 posts/minute, ramping to 20×) for 10 simulated minutes about @Kindy, while webhooks
//    deliver its mentions and replies to a receiver (in a worker thread) that checks every signature: every event
//    delivered at least once, none lost, delivery delay (receipt − the moment the sandbox created the post) p99;
// 2. the same crowd again in a fresh sandbox, fast-forwarded in one jump: the same posts (same seed), and how long
//    the jump takes;
// 3. a `calm` crowd fast-forwarded an hour: every minute within ±10 % of its rate.
//   node tools/scripts/build-server.mjs && node dist/server/tools/bench/sandbox-crowd.js \
//     [--per-minute 600] [--minutes 10] [--speed 1] [--duplicates 0.01] [--seed 1]
// --speed S runs the sandbox clock S times faster than real time (POST /_sandbox/clock every 100 ms).
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { DEMO_CLIENT_SECRET, startSandbox } from '../../apps/x-sandbox/src/sandbox';
import type { SandboxTweet } from '../../apps/x-sandbox/src/state';
import { startSandboxHarness } from '../../apps/x-sandbox/src/testing/sandbox-harness';
import { startWebhookReceiver } from '../../apps/x-sandbox/src/testing/webhook-receiver';
import { appBearerToken, xClients } from '../../apps/x-sandbox/src/testing/x-clients';
import type { DeliveryStats } from '../../apps/x-sandbox/src/webhook-delivery';
import { eventsFor } from '../../apps/x-sandbox/src/webhook-routes';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

interface ReceiverReport {
  deliveries: number;
  badSignatures: number;
  /** First 2xx receipt of each event: [event_uuid, post id, time]. */
  unique: Array<[string, string, number]>;
}

/** The receiver thread: answers the CRC, verifies signatures, reports what it received when asked. */
async function receiverThread(): Promise<void> {
  const r = await startWebhookReceiver(DEMO_CLIENT_SECRET);
  parentPort!.postMessage({ url: r.url });
  parentPort!.on('message', (m: string) => {
    if (m !== 'report') return;
    const report: ReceiverReport = {
      deliveries: r.deliveries.length,
      badSignatures: r.badSignatures,
      unique: [...r.unique.values()].map((d) => [d.event.event_uuid, d.event.payload.id, d.at]),
    };
    parentPort!.postMessage(report);
  });
}

type Spec = Record<string, unknown>;

/** Username, text, reply or not, ms after the crowd's first post: what "the same posts" compares. */
function fingerprint(tweets: SandboxTweet[], users: Map<string, { username: string }>): string[] {
  const first = tweets[0]?.createdAt ?? 0;
  return tweets.map(
    (t) => `${users.get(t.authorId)?.username}|${t.text}|${t.inReplyToTweetId ? 'reply' : ''}|${t.createdAt - first}`,
  );
}

async function main(): Promise<void> {
  const perMinute = Number(arg('per-minute', '600'));
  const minutes = Number(arg('minutes', '10'));
  const speed = Math.max(1, Number(arg('speed', '1')));
  const duplicates = Number(arg('duplicates', '0.01'));
  const seed = Number(arg('seed', '1'));
  const crisis: Spec = {
    scenario: 'crisis',
    about: ['Kindy'],
    keywords: ['KindyGate'],
    perMinute,
    durationMs: minutes * 60_000,
    seed,
    lang: 'fr',
  };
  console.log(`crisis crowd: ${perMinute}/min ramping to 20×, ${minutes} simulated minutes, clock speed ×${speed}`);

  // --- 1. live, with webhooks
  const worker = new Worker(__filename, { workerData: { role: 'receiver' } });
  const hookUrl = await new Promise<string>((resolve) =>
    worker.once('message', (m: { url: string }) => resolve(m.url)),
  );
  const h = await startSandboxHarness({ seedDemo: true, webhookDelivery: { duplicateRate: duplicates } });
  const { context: ctx } = h.sandbox;
  const x = xClients(h);
  const bearer = await appBearerToken(h.url);
  const post = (path: string, token: string, body: unknown) =>
    fetch(`${h.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<{ data: { id: string } }>);
  const webhookId = (await post('/2/webhooks', bearer, { url: hookUrl })).data.id;
  const kindy = await x.user('Kindy');
  const types = ['post.mention.create', 'post.reply.create'];
  for (const event_type of types)
    await post('/2/activity/subscriptions', kindy.token, {
      event_type,
      filter: { user_id: kindy.id },
      webhook_id: webhookId,
    });
  await kindy.client.v2.tweet('Communiqué : nous vous répondons au plus vite.');

  const createdAt = new Map<string, number>();
  const crowdTweets: SandboxTweet[] = [];
  ctx.tweetListeners.push((t) => {
    createdAt.set(t.id, now());
    if (t.authorId !== kindy.id) crowdTweets.push(t);
  });
  const cpu0 = process.cpuUsage();
  const t0 = now();
  const crowdId = (await h.admin<{ data: { id: string } }>('POST', '/_sandbox/crowd', crisis)).body.data.id;
  const status = async () =>
    (await h.admin<{ data: { generated: number; running: boolean } }>('GET', `/_sandbox/crowd/${crowdId}`)).body.data;
  let last = now();
  while ((await status()).running) {
    await sleep(100);
    const t = now();
    if (speed > 1) await h.admin('POST', '/_sandbox/clock', { advanceMs: Math.round((t - last) * (speed - 1)) });
    last = t;
  }
  const liveMs = now() - t0;
  const expectedEvents = crowdTweets.reduce(
    (n, t) => n + eventsFor(ctx, t, kindy.id).filter((e) => types.includes(e)).length,
    0,
  );
  const delivery = async () =>
    (await h.admin<{ data: { stats: DeliveryStats } }>('GET', '/_sandbox/webhook-delivery')).body.data.stats;
  for (let i = 0; i < 600 && (await delivery()).pending > 0; i++) await sleep(100);
  const stats = await delivery();
  const cpu = process.cpuUsage(cpu0);
  const report = await new Promise<ReceiverReport>((resolve) => {
    worker.once('message', resolve);
    worker.postMessage('report');
  });
  const delays = report.unique.map(([, id, at]) => at - (createdAt.get(id) ?? at)).sort((a, b) => a - b);
  const deliveredPosts = new Set(report.unique.map(([, id]) => id));
  const missingPosts = crowdTweets.filter(
    (t) => eventsFor(ctx, t, kindy.id).some((e) => types.includes(e)) && !deliveredPosts.has(t.id),
  ).length;
  const crowdIds = new Set(crowdTweets.map((t) => t.id));
  const perPost = new Map<string, number>();
  for (const [, id] of report.unique) perPost.set(id, (perPost.get(id) ?? 0) + 1);
  for (const [id, n] of perPost) {
    const t = ctx.state.tweets.get(id);
    const want = t ? eventsFor(ctx, t, kindy.id).filter((e) => types.includes(e)).length : 0;
    if (n !== want || !crowdIds.has(id))
      console.log(
        `  ! post ${id} (${crowdIds.has(id) ? 'crowd' : 'not crowd'}): ${n} events delivered, ${want} raised: ${t?.text}`,
      );
  }
  const liveFingerprint = fingerprint(crowdTweets, ctx.state.users);
  const byMinute = new Array<number>(minutes).fill(0);
  for (const t of crowdTweets)
    byMinute[Math.min(minutes - 1, Math.floor((t.createdAt - crowdTweets[0].createdAt) / 60_000))]++;
  console.log(
    `  posts generated: ${crowdTweets.length} in ${(liveMs / 1000).toFixed(1)} s real; per simulated minute: ${byMinute.join(' ')}`,
  );
  console.log(
    `  events: ${expectedEvents} raised, ${stats.events} queued, ${report.unique.length} delivered at least once, ` +
      `lost ${stats.events - report.unique.length}, posts without a delivery ${missingPosts}`,
  );
  console.log(
    `  deliveries: ${report.deliveries} received (duplicates sent ${stats.duplicates}, retries ${stats.retries}, ` +
      `failures ${stats.failures} ${JSON.stringify(stats.failuresBy)}), bad signatures ${report.badSignatures}`,
  );
  console.log(
    `  delivery delay (receipt − post created): p50 ${pct(delays, 50).toFixed(1)} ms, p90 ${pct(delays, 90).toFixed(1)} ms, ` +
      `p99 ${pct(delays, 99).toFixed(1)} ms, max ${delays[delays.length - 1].toFixed(1)} ms`,
  );
  console.log(
    `  CPU of the sandbox process: ${((cpu.user + cpu.system) / 1000 / (liveMs / 1000)).toFixed(0)} ms/s; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  x.close();
  await h.close();
  await worker.terminate();

  // --- 2. the same crowd fast-forwarded in one jump
  const sb = await startSandbox({ port: 0, seedDemo: true });
  const admin = (method: string, path: string, body?: unknown) =>
    fetch(`${sb.url}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    }).then((r) => r.json());
  await admin('POST', '/_sandbox/tweets', {
    username: 'Kindy',
    text: 'Communiqué : nous vous répondons au plus vite.',
  });
  const kindyId = sb.context.state.userByName('Kindy')!.id;
  await admin('POST', '/_sandbox/crowd', crisis);
  const j0 = now();
  await admin('POST', '/_sandbox/clock', { advanceMs: minutes * 60_000 });
  const jumpMs = now() - j0;
  const jumped = sb.context.state.allTweets.filter((t) => t.authorId !== kindyId);
  const jumpedFingerprint = fingerprint(jumped, sb.context.state.users);
  const same =
    jumpedFingerprint.length === liveFingerprint.length && jumpedFingerprint.every((f, i) => f === liveFingerprint[i]);
  const digest = (f: string[]) => createHash('sha256').update(f.join('\n')).digest('hex').slice(0, 16);
  console.log(
    `  fast-forward of the same crowd: ${jumped.length} posts in ${jumpMs.toFixed(0)} ms ` +
      `(${((jumpMs * 1000) / Math.max(1, jumped.length)).toFixed(1)} µs a post); same posts as live: ${same ? 'yes' : 'NO'} ` +
      `(sha256 ${digest(liveFingerprint)} / ${digest(jumpedFingerprint)})`,
  );

  // --- 3. calm: ±10 % of its rate
  await admin('POST', '/_sandbox/reset');
  const calmRate = 30;
  await admin('POST', '/_sandbox/crowd', {
    scenario: 'calm',
    about: ['Kindy'],
    perMinute: calmRate,
    durationMs: 3600_000,
    seed,
  });
  await admin('POST', '/_sandbox/clock', { advanceMs: 3600_000 });
  const calm = sb.context.state.allTweets;
  const calmMinutes = new Array<number>(60).fill(0);
  for (const t of calm) calmMinutes[Math.min(59, Math.floor((t.createdAt - calm[0].createdAt) / 60_000))]++;
  const worst = Math.max(...calmMinutes.map((c) => Math.abs(c - calmRate) / calmRate));
  console.log(
    `  calm ${calmRate}/min for an hour: ${calm.length} posts, per minute min ${Math.min(...calmMinutes)} max ${Math.max(...calmMinutes)} ` +
      `(worst minute ${(worst * 100).toFixed(1)} % off the rate)`,
  );
  await sb.close();

  const ok =
    stats.events === report.unique.length &&
    expectedEvents <= report.unique.length &&
    missingPosts === 0 &&
    report.badSignatures === 0 &&
    pct(delays, 99) <= 200 &&
    same &&
    worst <= 0.1;
  console.log(ok ? 'PASS' : 'FAIL');
  process.exit(ok ? 0 : 1);
}

if (isMainThread) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
} else if ((workerData as { role?: string }).role === 'receiver') {
  void receiverThread();
}
