// Benchmark: POST /2/tweets through the adapter (XApiClient → twitter-api-v2 → keep-alive HTTP) against the X sandbox.
// The sandbox runs in a worker thread (its own event loop); the client load runs in the main thread, or in
// N worker threads with --client-workers N (the client, not the sandbox, is the CPU-hungry side).
//   node tools/scripts/build-server.mjs && node dist/server/tools/bench/sandbox-throughput.js \
//     [--seconds 5] [--concurrency 64] [--client-workers 1] [--url http://127.0.0.1:4010]
import * as http from 'node:http';
import { cpus } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { XApiClient } from '@xp/server/x-api';
import { startSandbox } from '../../apps/x-sandbox/src/sandbox';

const REDIRECT = 'http://127.0.0.1:3000/api/oauth/x/callback';

interface LoadResult {
  latencies: number[];
  outcomes: Record<string, number>;
  elapsed: number;
}

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}

async function runSandboxWorker(): Promise<void> {
  const sb = await startSandbox({ port: 0, seedDemo: true, profile: 'unlimited' });
  parentPort?.postMessage({ url: sb.url });
  parentPort?.on('message', (m: unknown) => {
    if (m === 'close') void sb.close().then(() => process.exit(0));
  });
}

/** Connects an account through the real OAuth flow, then posts for `seconds` with `concurrency` loops. */
async function load(url: string, seconds: number, concurrency: number, tag: string): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const x = new XApiClient({ clientId: 'xp-demo-client', clientSecret: 'xp-demo-secret', baseUrl: url, agent });
  const link = x.generateAuthLink(REDIRECT);
  const auth = await fetch(`${link.url}&sandbox_user=F1TotalOfficiel`, { redirect: 'manual' });
  const code = new URL(auth.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const login = await x.exchangeCode({ code, codeVerifier: link.codeVerifier, redirectUri: REDIRECT });
  if (login.kind !== 'ok') throw new Error(`login failed: ${JSON.stringify(login)}`);
  const account = { accessToken: login.value.tokens.accessToken };

  const run = async (durationMs: number, record: boolean): Promise<LoadResult> => {
    const latencies: number[] = [];
    const outcomes: Record<string, number> = {};
    let n = 0;
    const deadline = performance.now() + durationMs;
    const loop = async (w: number) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const text = `Tour ${tag}-${w}-${n++} ${record ? 'bench' : 'warmup'} ${Math.random().toString(36).slice(2, 8)}`;
        const r = await x.publishTweet(account, { text });
        if (record) {
          latencies.push(performance.now() - t0);
          outcomes[r.kind] = (outcomes[r.kind] ?? 0) + 1;
        }
      }
    };
    const start = performance.now();
    await Promise.all(Array.from({ length: concurrency }, (_, w) => loop(w)));
    return { latencies, outcomes, elapsed: performance.now() - start };
  };

  await run(1000, false); // warm-up (JIT, sockets)
  const result = await run(seconds * 1000, true);
  x.close();
  agent.destroy();
  return result;
}

async function main(): Promise<void> {
  const seconds = Number(arg('seconds', '5'));
  const concurrency = Number(arg('concurrency', '64'));
  const clientWorkers = Math.max(1, Number(arg('client-workers', '1')));
  let url = arg('url', '');
  let sandboxWorker: Worker | undefined;
  if (!url) {
    const w = new Worker(__filename, { workerData: { role: 'sandbox' } });
    sandboxWorker = w;
    url = await new Promise<string>((resolve, reject) => {
      w.once('message', (m: { url: string }) => resolve(m.url));
      w.once('error', reject);
    });
  }
  await fetch(`${url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  await fetch(`${url}/_sandbox/rate-limits`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: '{"profile":"unlimited"}',
  });

  let parts: LoadResult[];
  if (clientWorkers === 1) {
    parts = [await load(url, seconds, concurrency, 'main')];
  } else {
    const per = Math.ceil(concurrency / clientWorkers);
    parts = await Promise.all(
      Array.from({ length: clientWorkers }, (_, i) => {
        const w = new Worker(__filename, {
          workerData: { role: 'client', url, seconds, concurrency: per, tag: `w${i}` },
        });
        return new Promise<LoadResult>((resolve, reject) => {
          w.once('message', (m: LoadResult) => resolve(m));
          w.once('error', reject);
        });
      }),
    );
  }
  const latencies = parts.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const outcomes: Record<string, number> = {};
  for (const p of parts) for (const [k, v] of Object.entries(p.outcomes)) outcomes[k] = (outcomes[k] ?? 0) + v;
  const elapsed = Math.max(...parts.map((p) => p.elapsed));
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  const published = outcomes.published ?? 0;
  const result = {
    concurrency,
    clientWorkers,
    seconds: +(elapsed / 1000).toFixed(2),
    requests: latencies.length,
    outcomes,
    postsPerSecond: Math.round(published / (elapsed / 1000)),
    p50Ms: +pct(50).toFixed(2),
    p99Ms: +pct(99).toFixed(2),
    node: process.version,
    cpus: cpus().length,
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `X sandbox throughput: ${result.postsPerSecond} posts/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms (concurrency ${concurrency}, client workers ${clientWorkers})`,
  );
  if (sandboxWorker) {
    const w = sandboxWorker;
    w.postMessage('close');
    await new Promise((resolve) => w.once('exit', resolve));
  }
}

if (isMainThread) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
} else {
  const data = workerData as { role?: string; url: string; seconds: number; concurrency: number; tag: string };
  if (data.role === 'sandbox') void runSandboxWorker();
  else if (data.role === 'client')
    void load(data.url, data.seconds, data.concurrency, data.tag).then((r) => parentPort?.postMessage(r));
}
