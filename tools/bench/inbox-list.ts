// Benchmark: the inbox's list — `GET /api/workspaces/:ws/conversations` — with 100,000 conversations in the
// workspace (target: p95 ≤ 50 ms).
//
//   node tools/scripts/build-server.mjs
//   node dist/server/tools/bench/inbox-list.js [--conversations 100000 --requests 300 --connections 1]
//
// The API is the real one (createApiApp: sessions, bearer token, guards, validation) in this process, on a scratch
// database; the requests come from this process one at a time (`--connections` for more at once), over loopback,
// each a full HTTP request with the owner's personal access token. The data, inserted in bulk with SQL the way the
// ingestion leaves it: 100,000 conversations on the 4 accounts, over the last 30 days, 70 % open, 20 % pending, 10 %
// done, a third assigned to the owner, the open ones with a first-response deadline (some passed), each with its
// customer's message as an item. Each scenario is what the Conversations page (or a client) asks.
import { loadavg } from 'node:os';
import { arg, pct, round, startInboxBenchStack } from './inbox-bench-stack';

async function seed(
  sql: import('pg').Client,
  workspaceId: string,
  accountIds: string[],
  ownerId: string,
  n: number,
): Promise<void> {
  await sql.query('BEGIN');
  // 100,000 live events at once would only flood the API's listener: the bench's own rows are not news.
  await sql.query('ALTER TABLE conversations DISABLE TRIGGER conversations_live');
  await sql.query(
    `INSERT INTO conversations (workspace_id, account_id, x_conversation_id, status, assignee_id, root_author_x_id,
       last_inbound_at, first_response_due_at, preview_author, preview_text, created_at, updated_at)
     SELECT $1, ($2::uuid[])[1 + g % 4], (1900000000000000000 + g)::text,
            CASE WHEN g % 10 < 7 THEN 'open' WHEN g % 10 < 9 THEN 'pending' ELSE 'done' END,
            CASE WHEN g % 3 = 0 THEN $3::uuid END, (500000 + g % 20000)::text,
            now() - g * interval '26 seconds',
            CASE WHEN g % 10 < 7 THEN now() - g * interval '26 seconds' + interval '60 minutes' END,
            'client_' || (g % 20000), '@Kindy ma commande ' || g || ' n''est jamais arrivée',
            now() - g * interval '26 seconds', now() - g * interval '26 seconds'
       FROM generate_series(1, $4::int) g`,
    [workspaceId, accountIds, ownerId, n],
  );
  await sql.query(
    `INSERT INTO conversation_items (workspace_id, conversation_id, tweet_id, direction, author_x_id, author_username,
       text, engages_brand, created_at, received_at)
     SELECT workspace_id, id, x_conversation_id, 'in', root_author_x_id, preview_author, preview_text, true,
            last_inbound_at, last_inbound_at
       FROM conversations WHERE workspace_id = $1`,
    [workspaceId],
  );
  await sql.query('ALTER TABLE conversations ENABLE TRIGGER conversations_live');
  await sql.query('COMMIT');
  await sql.query('VACUUM ANALYZE conversations');
  await sql.query('VACUUM ANALYZE conversation_items');
}

async function measure(
  url: string,
  headers: Record<string, string>,
  requests: number,
  connections: number,
): Promise<{ p50: number; p95: number; p99: number; items: number }> {
  const times: number[] = [];
  let items = 0;
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      next++;
      const t0 = performance.now();
      const res = await fetch(url, { headers });
      const body = (await res.json()) as { items?: unknown[] };
      times.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
      items = body.items?.length ?? 0;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  times.sort((a, b) => a - b);
  return { p50: round(pct(times, 50)), p95: round(pct(times, 95)), p99: round(pct(times, 99)), items };
}

async function main() {
  const n = Number(arg('conversations', '100000'));
  const requests = Number(arg('requests', '300'));
  const connections = Number(arg('connections', '1'));
  const stack = await startInboxBenchStack({ prefix: 'bench-inbox-list', env: { INBOX_POLL_MS: '0' } });
  try {
    const { workspaceId: ws, accounts, bearer } = stack;
    const me = (await (await fetch(`${stack.base}/api/auth/me`, { headers: bearer })).json()) as {
      user: { id: string };
    };
    const started = Date.now();
    await seed(stack.sql, ws, Object.values(accounts), me.user.id, n);
    const seedMs = Date.now() - started;
    const list = `${stack.base}/api/workspaces/${ws}/conversations`;
    const first = (await (await fetch(`${list}?status=open&limit=100`, { headers: bearer })).json()) as {
      nextCursor: string;
      openCount: number;
    };
    const scenarios: Record<string, string> = {
      'open, newest 100 (the page)': '?status=open&limit=100',
      'open, next page (cursor)': `?status=open&limit=100&cursor=${encodeURIComponent(first.nextCursor)}`,
      'every status, newest 100': '?limit=100',
      'one account, open': `?accountId=${accounts['Kindy']}&status=open&limit=100`,
      'assigned to me, open': '?assignee=me&status=open&limit=100',
      unassigned: '?assignee=none&limit=100',
      'first response late, open': '?breached=true&status=open&limit=100',
      done: '?status=done&limit=100',
      'words, a few matches (q=commande 4242)': `?q=${encodeURIComponent('commande 4242')}&limit=100`,
      'a word of every message (q=arrivee)': `?q=arrivee&limit=100`,
      'an author (q=client_4242)': `?q=client_4242&limit=100`,
    };
    const results: Record<string, unknown> = {};
    for (const [name, query] of Object.entries(scenarios)) {
      await measure(`${list}${query}`, bearer, 30, 1); // warm-up
      results[name] = await measure(`${list}${query}`, bearer, requests, connections);
    }
    console.log(
      JSON.stringify(
        {
          conversations: n,
          openCount: first.openCount,
          seedSeconds: Math.round(seedMs / 1000),
          requestsPerScenario: requests,
          connections,
          loadavg: loadavg().map((l) => round(l)),
          ms: results,
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
