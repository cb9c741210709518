// Benchmark: the analytics summary (`GET …/analytics/summary?groupBy=…`) over a year of 20 accounts publishing
// 30 posts a day — 219,000 posts and 876,000 snapshots — through the real API (issue 18: p95 ≤ 100 ms per groupBy).
//
//   node tools/scripts/build-server.mjs
//   node dist/server/tools/bench/analytics-summary.js [--requests 50]
//
// The stack is the inbox benchmarks' (scratch database, X sandbox, the real API on loopback, an owner with a
// personal access token) with 16 more accounts. Posts are inserted scheduled, in bulk, with a review history (a third
// approved at once, a third approved after changes requested, a third without approval), then marked published: the
// migrations' trigger writes their four snapshots and their `post_metrics` row (with the approval path) as it does
// for the publisher; then every snapshot is filled as the worker fills it (figures, `taken_at`) and each post's latest
// figures follow. Latency is measured per request from the client (whole body read), `--requests` per groupBy after
// 5 warm-up requests, over the whole year.
import { latencies, seedAnalytics } from './analytics-seed';
import { arg, machineNote, pct, printTable, round, startInboxBenchStack } from './inbox-bench-stack';

const DAYS = 365;
const PER_DAY = 30;
const GROUPS = ['account', 'brand', 'tag', 'kind', 'author', 'day', 'hour', 'approval'];

async function main(): Promise<void> {
  const requests = Number(arg('requests', '50'));
  const stack = await startInboxBenchStack({ prefix: 'bench-analytics', env: { ANALYTICS_POLL_MS: '0' } });
  try {
    const {
      start,
      end,
      insertedMs: inserted,
      counts,
    } = await seedAnalytics(stack, {
      days: DAYS,
      perDay: PER_DAY,
      end: new Date('2026-12-01T00:00:00Z'),
    });
    const url = (g: string) =>
      `${stack.base}/api/workspaces/${stack.workspaceId}/analytics/summary?groupBy=${g}&from=${start.toISOString()}&to=${end.toISOString()}`;
    const lines: string[] = [];
    for (const g of GROUPS) {
      const { samples, body } = await latencies<{ items: unknown[] }>(stack, url(g), requests);
      lines.push(
        `| ${g} | ${body.items.length} | ${round(pct(samples, 50))} ms | **${round(pct(samples, 95))} ms** | ${round(pct(samples, 99))} ms |`,
      );
    }
    console.log(
      `\nAnalytics summary over a year: ${counts.posts} posts, ${counts.snapshots} snapshots (seeded in ${Math.round(inserted / 1000)} s); ` +
        `${counts.reviewed} approved; rollup rows: ${counts.days} by day, ${counts.hours} by hour, ${counts.tags} by tag; ${machineNote()}`,
    );
    printTable(['groupBy', 'groups', 'p50', 'p95', 'p99'], [false, true, true, true, true], lines);
  } finally {
    await stack.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
