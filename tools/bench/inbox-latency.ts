// Benchmark: how soon a customer's message is in the inbox, during a crisis on the 4 demo accounts: the X sandbox's
// public (`POST /_sandbox/crowd`, scenario `crisis`, 600 a minute at its start and ramping up) posts mentions and
// replies under the brands' latest posts. Latency = the moment the list (`GET /api/workspaces/:ws/conversations`)
// first shows the message's conversation with `lastInboundAt` ≥ the message's created_at − that created_at (the
// sandbox's clock, the wall clock here). Targets: p99 ≤ 1 s by webhook; by polling, ≤ the poll interval + 1 s.
//
//   node tools/scripts/build-server.mjs
//   node dist/server/tools/bench/inbox-latency.js --path webhook [--seconds 60 --rate 600 --watch-ms 50]
//   node dist/server/tools/bench/inbox-latency.js --path polling [--poll-ms 30000 --seconds 60 --rate 600]
//
// One process: the X sandbox (its deliveries are signed POSTs to the API), the real API (createApiApp) and, for
// polling, the worker (createSchedulerApp with INBOX_POLL_MS; no webhook registered), on a scratch database; a
// watcher reading the newest conversations every `--watch-ms` (the watcher's period is part of the figure). Webhook
// path: the API registers its webhook at the sandbox and subscribes the accounts; polling off.
import { InboxIngestService, XWebhookService } from '@xp/server/application';
import { createSandboxUsers } from '@xp/server/testing';
import { loadavg } from 'node:os';
import { arg, INBOX_ACCOUNTS, pct, round, startInboxBenchStack } from './inbox-bench-stack';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function sandboxJson(url: string, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

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
    const [customer] = await createSandboxUsers(sandbox.url, 'early', 1);
    // Each brand has posted before the crisis: part of the public answers under these posts.
    for (const handle of INBOX_ACCOUNTS)
      await sandboxJson(sandbox.url, '/_sandbox/tweets', {
        username: handle,
        text: `Nouvelle annonce de ${handle} : on vous écoute.`,
      });
    if (path === 'webhook') {
      if (!(await stack.api.get(XWebhookService).ensure(base))) throw new Error('the webhook was not registered');
    } else {
      // Each account has a cursor before the crisis (it was mentioned before, and polled).
      for (const handle of INBOX_ACCOUNTS)
        await sandboxJson(sandbox.url, '/_sandbox/tweets', { username: customer, text: `@${handle} bonjour` });
      await stack.scheduler!.get(InboxIngestService).pollAll();
    }

    // The watcher: the newest conversations, every watchMs. A conversation's `lastInboundAt` is its newest customer
    // message's created_at (a maximum); each value is recorded with the moment it was first read.
    const sightings = new Map<string, { lastInboundAt: number; at: number }[]>();
    let watching = true;
    let reads = 0;
    const watcher = (async () => {
      while (watching) {
        let cursor: string | null = null;
        for (let p = 0; p < pages; p++) {
          const url = `${base}/api/workspaces/${ws}/conversations?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
          const page = (await (await fetch(url, { headers: bearer })).json()) as {
            items: { xConversationId: string; lastInboundAt: string | null }[];
            nextCursor: string | null;
          };
          const now = Date.now();
          reads++;
          for (const c of page.items) {
            const last = Date.parse(c.lastInboundAt ?? '');
            const seen = sightings.get(c.xConversationId) ?? [];
            if (!(seen.length && seen[seen.length - 1]!.lastInboundAt >= last))
              seen.push({ lastInboundAt: last, at: now });
            sightings.set(c.xConversationId, seen);
          }
          cursor = page.nextCursor;
          if (!cursor) break;
        }
        await sleep(watchMs);
      }
    })();

    // The crisis: the sandbox's public (`POST /_sandbox/crowd`, scenario crisis) talking about the 4 accounts at
    // `rate` a minute and rising (the crisis ramps up), mentions and replies under the brands' latest posts.
    const startedAt = Date.now();
    const crowd = (await sandboxJson(sandbox.url, '/_sandbox/crowd', {
      scenario: 'crisis',
      about: INBOX_ACCOUNTS,
      perMinute: rate,
      durationMs: seconds * 1000,
      seed: 2026,
      lang: 'fr',
    })) as { data: { id: string } };
    await sleep(seconds * 1000 + 200);
    const generated = (
      (await (await fetch(`${sandbox.url}/_sandbox/crowd/${crowd.data.id}`)).json()) as {
        data: { generated: number };
      }
    ).data.generated;
    // What the crowd posted: every tweet after the start by someone other than the brands, with its conversation.
    const all = (
      (await (await fetch(`${sandbox.url}/_sandbox/tweets`)).json()) as {
        data: { id: string; username: string; created_at: string; in_reply_to_tweet_id: string | null }[];
      }
    ).data;
    const byId = new Map(all.map((t) => [t.id, t]));
    const rootOf = (id: string): string => {
      const parent = byId.get(id)?.in_reply_to_tweet_id;
      return parent && byId.has(parent) ? rootOf(parent) : id;
    };
    const posted = all
      .filter((t) => !INBOX_ACCOUNTS.includes(t.username) && Date.parse(t.created_at) >= startedAt)
      .map((t) => ({
        createdAt: Date.parse(t.created_at),
        conversation: rootOf(t.id),
        reply: !!t.in_reply_to_tweet_id,
      }));
    // A message is visible at the first read that showed its conversation with lastInboundAt ≥ its created_at.
    const visibleAt = (m: (typeof posted)[number]) =>
      sightings.get(m.conversation)?.find((s) => s.lastInboundAt >= m.createdAt)?.at;
    const until = Date.now() + (path === 'polling' ? pollMs : 0) + 10_000;
    while (posted.some((m) => visibleAt(m) === undefined) && Date.now() < until) await sleep(100);
    watching = false;
    await watcher;

    const latency = (ms: (typeof posted)[number][]) =>
      ms
        .map((m) => (visibleAt(m) ?? NaN) - m.createdAt)
        .filter((l) => !Number.isNaN(l))
        .sort((a, b) => a - b);
    const latencies = latency(posted);
    const replies = latency(posted.filter((m) => m.reply));
    const target = path === 'webhook' ? 1000 : pollMs + 1000;
    console.log(
      JSON.stringify(
        {
          path,
          mentions: posted.length,
          crowdGenerated: generated,
          ratePerMinute: { base: rate, measured: round((posted.length * 60) / seconds) },
          seconds,
          ...(path === 'polling' ? { pollMs } : {}),
          watchMs,
          listReads: reads,
          seen: latencies.length,
          missing: posted.length - latencies.length,
          latencyMs: {
            p50: round(pct(latencies, 50)),
            p95: round(pct(latencies, 95)),
            p99: round(pct(latencies, 99)),
            max: round(latencies[latencies.length - 1] ?? NaN),
          },
          repliesUnderBrandPosts: { count: replies.length, p99: round(pct(replies, 99)) },
          targetP99Ms: target,
          met: pct(latencies, 99) <= target && latencies.length === posted.length && posted.length === generated,
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
