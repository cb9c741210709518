// Benchmark: GET /2/tweets/search/recent over 1,000,000 stored tweets in the X sandbox, for three-term queries with
// an OR and a negation ("(a OR b) -c"), over HTTP with an app-only bearer, plus the index memory.
//   node tools/scripts/build-server.mjs && node --expose-gc --max-old-space-size=6144 \
//     dist/server/tools/bench/sandbox-search.js [--tweets 1000000] [--queries 400] [--seed 7]
import * as http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { noPublicMetrics, seeded } from '../../apps/x-sandbox/src/metrics';
import { startSandbox } from '../../apps/x-sandbox/src/sandbox';
import { parseSearchQuery } from '@xp/shared';
import type { SandboxTweet } from '../../apps/x-sandbox/src/state';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}

const VOCABULARY = 20_000;
const AUTHORS = 20_000;
const DAY = 86_400_000;

/** A made-up word per rank: "ba", "be", … (ranks are drawn from a Zipf-like law, as word frequencies are). */
function word(rank: number): string {
  const syllables = ['ba', 'ke', 'li', 'mo', 'nu', 'ra', 'se', 'to', 'vi', 'zo', 'pa', 'du'];
  let s = '';
  let n = rank + 1;
  while (n > 0) {
    s += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  }
  return s;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const total = Number(arg('tweets', '1000000'));
  const queries = Number(arg('queries', '400'));
  const rnd = seeded(arg('seed', '7'));
  const zipf = () => Math.floor(Math.pow(VOCABULARY, rnd())) - 1; // rank r with probability ~ 1/r

  const sb = await startSandbox({ port: 0, seedDemo: true, profile: 'unlimited' });
  const { state, ids } = sb.context;
  const now = sb.context.now();
  const users = Array.from({ length: AUTHORS }, (_, i) => `fan_${i}`);
  for (const [i, username] of users.entries()) {
    state.addUser({
      id: String(2_000_000_000_000_000_000n + BigInt(i)),
      username,
      name: username,
      createdAt: now,
      profileImageUrl: '',
      description: '',
      maxWeightedLength: 280,
      verified: false,
    });
  }

  // The corpus: tweets spread over the last 6.9 days, 6 to 14 words, some hashtags, mentions and links.
  const t0 = Date.now();
  const corpus: SandboxTweet[] = [];
  const start = now - 6.9 * DAY;
  const span = 6.9 * DAY - 60_000;
  for (let i = 0; i < total; i++) {
    const createdAt = start + Math.floor((i / total) * span);
    const n = 6 + Math.floor(rnd() * 9);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) parts.push(word(zipf()));
    if (rnd() < 0.2) parts.push(`#${word(zipf() % 500)}`);
    if (rnd() < 0.15) parts.push(`@${users[Math.floor(rnd() * AUTHORS)]}`);
    if (rnd() < 0.1) parts.push(`https://example.com/${word(zipf())}`);
    const id = ids.next(createdAt);
    corpus.push({
      id,
      authorId: String(2_000_000_000_000_000_000n + BigInt(Math.floor(rnd() * AUTHORS))),
      text: parts.join(' '),
      createdAt,
      conversationId: id,
      lang: 'und',
      publicMetrics: noPublicMetrics(),
    });
  }
  const heapCorpus = heapMb();
  const t1 = Date.now();
  for (const t of corpus) state.addTweet(t);
  const t2 = Date.now();
  const heapStored = heapMb();
  const stats = state.index.stats;

  // App-only bearer for the demo app.
  const agent = new http.Agent({ keepAlive: true });
  const tokenRes = await fetch(`${sb.url}/oauth2/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('xp-demo-client:xp-demo-secret').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const bearer = ((await tokenRes.json()) as { access_token: string }).access_token;
  const search = (q: string) =>
    new Promise<{ ms: number; cpuMs: number; count: number }>((resolve, reject) => {
      const started = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      const url = `${sb.url}/2/tweets/search/recent?max_results=100&query=${encodeURIComponent(q)}`;
      http
        .get(url, { agent, headers: { authorization: `Bearer ${bearer}` } }, (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => {
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            const used = process.cpuUsage(cpu);
            const cpuMs = (used.user + used.system) / 1000;
            if (res.statusCode !== 200) return reject(new Error(`${res.statusCode} ${body}`));
            const count = (JSON.parse(body) as { meta: { result_count: number } }).meta.result_count;
            resolve({ ms, cpuMs, count });
          });
        })
        .on('error', reject);
    });

  // "(a OR b) -c": a and b among the 1,000 most frequent words, c among the 100 most frequent.
  const mid = () => word(Math.floor(Math.pow(1000, rnd())) - 1);
  const list = Array.from({ length: queries }, () => `(${mid()} OR ${mid()}) -${word(Math.floor(rnd() * 100))}`);
  for (const q of list.slice(0, 20)) await search(q); // warm-up
  const latencies: number[] = [];
  const cpuTimes: number[] = [];
  let results = 0;
  for (const q of list) {
    const r = await search(q);
    latencies.push(r.ms);
    cpuTimes.push(r.cpuMs);
    results += r.count;
  }
  latencies.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const evalMs: number[] = [];
  let matched = 0;
  for (const q of list) {
    const s = process.hrtime.bigint();
    matched += state.index.evaluate(parseSearchQuery(q)).length;
    evalMs.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  evalMs.sort((a, b) => a - b);

  console.log(`tweets stored           ${total.toLocaleString('en')} (corpus built in ${t1 - t0} ms)`);
  console.log(`indexing (addTweet)     ${t2 - t1} ms`);
  console.log(
    `index                   ${stats.keys.toLocaleString('en')} keys, ${stats.entries.toLocaleString('en')} postings`,
  );
  console.log(
    `heap: corpus objects    ${heapCorpus.toFixed(0)} MB; after storing + indexing ${heapStored.toFixed(0)} MB`,
  );
  console.log(
    `heap: state maps+index  ${(heapStored - heapCorpus).toFixed(0)} MB (postings alone ≈ ${((stats.entries * 8) / 1024 / 1024).toFixed(0)} MB)`,
  );
  console.log(
    `queries                 ${queries} of "(a OR b) -c", max_results=100, avg ${(results / queries).toFixed(1)} returned, avg ${(matched / queries).toFixed(0)} matched`,
  );
  console.log(
    `HTTP latency            p50 ${percentile(latencies, 50).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms, max ${latencies.at(-1)!.toFixed(2)} ms`,
  );
  console.log(
    `CPU time per request    p50 ${percentile(cpuTimes, 50).toFixed(2)} ms, p95 ${percentile(cpuTimes, 95).toFixed(2)} ms (client and sandbox, one process)`,
  );
  console.log(`load average (1 min)    ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`);
  console.log(
    `full evaluation (counts)   p50 ${percentile(evalMs, 50).toFixed(2)} ms, p95 ${percentile(evalMs, 95).toFixed(2)} ms`,
  );
  agent.destroy();
  await sb.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
