// Benchmark: one account's best hours (`GET …/analytics/best-hours?accountId=`, the last 90 days) and the composer's
// best slot (`GET …/accounts/{id}/slots/next?prefer=best-hours`), with 20 accounts publishing 30 posts a day for
// 120 days (72,000 posts, 288,000 snapshots): 90 days of one account are 2,700 rows of `post_metrics`, read through
// its (account, publication) index (docs/benchmarks.md, "Best hours").
//
//   node tools/scripts/build-server.mjs
//   node dist/server/tools/bench/analytics-best-hours.js [--requests 50]
import { seedAnalytics, latencies } from './analytics-seed';
import { arg, machineNote, pct, printTable, round, startInboxBenchStack } from './inbox-bench-stack';

async function main(): Promise<void> {
  const requests = Number(arg('requests', '50'));
  const stack = await startInboxBenchStack({ prefix: 'bench-best-hours', env: { ANALYTICS_POLL_MS: '0' } });
  try {
    // Up to now, so that the endpoints' default range (the last 90 days) is full.
    const seeded = await seedAnalytics(stack, { days: 120, perDay: 30, end: new Date() });
    const account = stack.accounts['Kindy']!;
    await stack.sql.query(
      `UPDATE accounts SET posting_slots = (SELECT jsonb_agg(jsonb_build_object('weekday', d, 'time', lpad(h::text, 2, '0') || ':15'))
                                              FROM generate_series(1, 7) d, generate_series(7, 21) h)
        WHERE id = $1`,
      [account],
    );
    const ws = `${stack.base}/api/workspaces/${stack.workspaceId}`;
    const plan = (
      await stack.sql.query(
        `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)
         SELECT extract(isodow FROM local_day)::int, local_hour::int, count(*), sum(impressions) FROM post_metrics
          WHERE account_id = $1 AND workspace_id = $2 AND published_at >= now() - interval '90 days' AND published_at < now()
          GROUP BY 1, 2`,
        [account, stack.workspaceId],
      )
    ).rows[0]['QUERY PLAN'][0] as { Plan: { Plans?: { 'Node Type': string; 'Actual Rows': number }[] } };
    const scan = plan.Plan.Plans?.[0];
    const lines: string[] = [];
    for (const [name, url] of [
      ['best-hours (90 days)', `${ws}/analytics/best-hours?accountId=${account}`],
      ['slots/next?prefer=best-hours', `${ws}/accounts/${account}/slots/next?count=1&prefer=best-hours`],
      ['slots/next (plain)', `${ws}/accounts/${account}/slots/next?count=1`],
    ] as const) {
      const { samples, body } = await latencies<{ best?: unknown[]; basis?: string }>(stack, url, requests);
      const what = body.best ? `${body.best.length} best cells` : `basis ${body.basis}`;
      lines.push(
        `| ${name} | ${what} | ${round(pct(samples, 50))} ms | **${round(pct(samples, 95))} ms** | ${round(pct(samples, 99))} ms |`,
      );
    }
    console.log(
      `\nBest hours: ${seeded.counts.posts} posts of 20 accounts over 120 days (seeded in ${Math.round(seeded.insertedMs / 1000)} s); ` +
        `the query reads ${scan?.['Actual Rows'] ?? '?'} rows (${scan?.['Node Type'] ?? '?'}); ${machineNote()}`,
    );
    printTable(['request', 'answer', 'p50', 'p95', 'p99'], [false, false, true, true, true], lines);
  } finally {
    await stack.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
