// Benchmark: how soon a customer's mention is in the inbox, during a crisis of 600 mentions a minute on the 4 demo
// accounts. Latency = the moment the list (`GET /api/workspaces/:ws/conversations`) first shows the conversation −
// the moment the mention was sent to the X sandbox (`POST /_sandbox/tweets`, before its answer). Targets: p99 ≤ 1 s
// by webhook; by polling, ≤ the poll interval + 1 s.
//
//   node tools/scripts/build-server.mjs
//   node dist/server/tools/bench/inbox-latency.js --path webhook [--seconds 60 --rate 600 --watch-ms 50]
//   node dist/server/tools/bench/inbox-latency.js --path polling [--poll-ms 30000 --seconds 60 --rate 600]
//
// One process: the X sandbox (its deliveries are signed POSTs to the API), the real API (createApiApp) and, for
// polling, the worker (createSchedulerApp with INBOX_POLL_MS; no webhook registered), on a scratch database; the
// crowd posting at `--rate` a minute (24 customers, the accounts in turn, each mention a new conversation); a watcher
// reading the newest conversations every `--watch-ms` (the watcher's period is part of the figure). Webhook path:
// the API registers its webhook at the sandbox and subscribes the accounts; polling off.
import { InboxIngestService, XWebhookService } from '@xp/server/application';
import { createSandboxUsers } from '@xp/server/testing';
import { loadavg } from 'node:os';
import { arg, INBOX_ACCOUNTS, pct, round, startInboxBenchStack } from './inbox-bench-stack';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const path = arg('path', 'webhook');
  if (path !== 'webhook' && path !== 'polling') throw new Error('--path webhook|polling');
  const seconds = Number(arg('seconds', '60'));
  const rate = Number(arg('rate', '600'));
  const pollMs = Number(arg('poll-ms', '30000'));
  const watchMs = Number(arg('watch-ms', '50'));
  const pages = Number(arg('watch-pages', path === 'polling' ? '4' : '1'));
  const stack = await startInboxBenchStack({
    prefix: `bench-inbox-${path}`,
    env: { INBOX_POLL_MS: path === 'polling' ? String(pollMs) : '0' },
    scheduler: path === 'polling',
  });
  try {
    const { sandbox, base, workspaceId: ws, bearer } = stack;
    const customers = await createSandboxUsers(sandbox.url, 'crowd', 24);
    const tweet = async (username: string, text: string) => {
      const res = await fetch(`${sandbox.url}/_sandbox/tweets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, text }),
      });
      if (res.status !== 201) throw new Error(`sandbox tweet: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { data: { id: string } }).data.id;
    };
    if (path === 'webhook') {
      if (!(await stack.api.get(XWebhookService).ensure(base))) throw new Error('the webhook was not registered');
    } else {
      // Each account has a cursor before the crisis (it was mentioned before, and polled).
      for (const handle of INBOX_ACCOUNTS) await tweet(customers[0]!, `@${handle} bonjour`);
      await stack.scheduler!.get(InboxIngestService).pollAll();
    }

    // The watcher: the newest conversations, every watchMs; a conversation's first sighting ends its latency.
    const sentAt = new Map<string, number>();
    const seenAt = new Map<string, number>();
    let watching = true;
    let reads = 0;
    const watcher = (async () => {
      while (watching) {
        let cursor: string | null = null;
        for (let p = 0; p < pages; p++) {
          const url = `${base}/api/workspaces/${ws}/conversations?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
          const page = (await (await fetch(url, { headers: bearer })).json()) as {
            items: { xConversationId: string }[];
            nextCursor: string | null;
          };
          const now = Date.now();
          reads++;
          // Every new sighting counts (the list can show a mention before its POST has answered the crowd).
          for (const c of page.items) if (!seenAt.has(c.xConversationId)) seenAt.set(c.xConversationId, now);
          cursor = page.nextCursor;
          if (!cursor) break;
        }
        await sleep(watchMs);
      }
    })();

    // The crisis: `rate` mentions a minute for `seconds`, at an even pace.
    const total = Math.round((rate * seconds) / 60);
    const started = Date.now();
    const sends: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const at = started + (i * 60_000) / rate;
      if (Date.now() < at) await sleep(at - Date.now());
      const handle = INBOX_ACCOUNTS[i % INBOX_ACCOUNTS.length]!;
      const t0 = Date.now();
      sends.push(
        tweet(customers[i % customers.length]!, `@${handle} commande ${i} jamais arrivée, que se passe-t-il ?`).then(
          (id) => void sentAt.set(id, t0),
        ),
      );
    }
    await Promise.all(sends);
    const until = Date.now() + (path === 'polling' ? pollMs : 0) + 10_000;
    const seen = () => [...sentAt.keys()].filter((id) => seenAt.has(id));
    while (seen().length < sentAt.size && Date.now() < until) await sleep(100);
    watching = false;
    await watcher;

    const found = seen();
    const latencies = found.map((id) => seenAt.get(id)! - sentAt.get(id)!).sort((a, b) => a - b);
    const target = path === 'webhook' ? 1000 : pollMs + 1000;
    console.log(
      JSON.stringify(
        {
          path,
          mentions: sentAt.size,
          ratePerMinute: rate,
          seconds,
          ...(path === 'polling' ? { pollMs } : {}),
          watchMs,
          listReads: reads,
          seen: found.length,
          missing: sentAt.size - found.length,
          latencyMs: {
            p50: round(pct(latencies, 50)),
            p95: round(pct(latencies, 95)),
            p99: round(pct(latencies, 99)),
            max: round(latencies[latencies.length - 1] ?? NaN),
          },
          targetP99Ms: target,
          met: pct(latencies, 99) <= target && found.length === sentAt.size,
          loadavg: loadavg().map((l) => round(l)),
        },
        null,
        2,
      ),
    );
  } finally {
    await stack.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
