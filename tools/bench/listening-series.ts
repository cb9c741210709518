// Benchmark: a listening monitor's volume series (`GET …/monitors/{id}/series`) over a month at minute
// granularity — 44,640 points with their baselines — through the real API (issue 17: p95 ≤ 50 ms).
//
//   node tools/scripts/build-server.mjs
//   node dist/server/tools/bench/listening-series.js [--requests 200] [--connections 1,4] [--cold 30]
//
// The stack is the inbox benchmarks' (scratch database, X sandbox, the real API on loopback, an owner with a
// personal access token). A monitor is created through the API; its month of minutes is written in bulk with the
// columns the poller writes (count, baseline). Latency is measured per request from the client (fetch, whole body
// read and decompressed, in the API's own process), `--requests` per connection count after 10 warm-up requests;
// then hour and day granularities; then `--cold` first answers after a read (a minute more counted: the answer
// kept for the last validator no longer applies; the days already compressed do).
import { loadavg } from 'node:os';
import { arg, pct, round, startInboxBenchStack } from './inbox-bench-stack';

async function main(): Promise<void> {
  const requests = Number(arg('requests', '200'));
  const connections = arg('connections', '1,4').split(',').map(Number);
  const stack = await startInboxBenchStack({ prefix: 'bench-listening', env: { LISTENING_POLL_MS: '0' } });
  try {
    const { rows } = await stack.sql.query<{ brand_id: string }>('SELECT brand_id FROM accounts WHERE id = $1', [
      stack.accounts['Kindy'],
    ]);
    const res = await fetch(`${stack.base}/api/workspaces/${stack.workspaceId}/monitors`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...stack.bearer },
      body: JSON.stringify({
        brandId: rows[0]!.brand_id,
        name: 'Kindy',
        query: 'Kindy OR #kindy',
        mode: 'volume',
        dailyReadBudget: 5000,
      }),
    });
    if (res.status !== 201) throw new Error(`create monitor: ${res.status} ${await res.text()}`);
    const monitorId = ((await res.json()) as { id: string }).id;
    const from = new Date('2026-11-01T00:00:00Z');
    const to = new Date('2026-12-02T00:00:00Z');
    // A busy brand: 40–160 posts a minute following the hour of the day, with noise, and a baseline beside it.
    await stack.sql.query(
      `INSERT INTO monitor_counts (monitor_id, minute, count, baseline)
       SELECT $1, m, (100 + 60 * sin(extract(epoch from m) / 86400 * 2 * pi()) + random() * 20)::int,
              100 + 60 * sin(extract(epoch from m) / 86400 * 2 * pi()) + 10
         FROM generate_series($2::timestamptz, $3::timestamptz - interval '1 minute', interval '1 minute') AS m`,
      [monitorId, from, to],
    );
    await stack.sql.query('ANALYZE monitor_counts');
    const url = (g: string) =>
      `${stack.base}/api/workspaces/${stack.workspaceId}/monitors/${monitorId}/series?from=${from.toISOString()}&to=${to.toISOString()}&granularity=${g}`;
    const one = async (u: string) => {
      const t = performance.now();
      const r = await fetch(u, { headers: stack.bearer });
      const body = await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`series: ${r.status}`);
      return { ms: performance.now() - t, bytes: body.byteLength };
    };
    const lines: string[] = [];
    for (const g of ['minute', 'hour', 'day']) {
      const first = JSON.parse(
        Buffer.from(await (await fetch(url(g), { headers: stack.bearer })).arrayBuffer()).toString(),
      ) as {
        items: unknown[];
      };
      for (let i = 0; i < 10; i++) await one(url(g));
      for (const c of g === 'minute' ? connections : [1]) {
        const samples: number[] = [];
        let bytes = 0;
        const started = performance.now();
        await Promise.all(
          Array.from({ length: c }, async () => {
            for (let i = 0; i < requests; i++) {
              const r = await one(url(g));
              samples.push(r.ms);
              bytes = r.bytes;
            }
          }),
        );
        const seconds = (performance.now() - started) / 1000;
        samples.sort((a, b) => a - b);
        lines.push(
          `| ${g} | ${first.items.length} | ${c} | ${round(pct(samples, 50))} ms | **${round(pct(samples, 95))} ms** | ${round(pct(samples, 99))} ms | ${Math.round(samples.length / seconds)} | ${(bytes / 1e6).toFixed(2)} MB |`,
        );
      }
    }
    // Cold: the first request after each read of X, as the poller leaves things: the month's last day is being
    // counted (its afternoon not yet), and each read writes one more minute and moves `counted_until` past it.
    let until = to.getTime() - 12 * 3600_000;
    await stack.sql.query(`DELETE FROM monitor_counts WHERE monitor_id = $1 AND minute >= $2`, [
      monitorId,
      new Date(until),
    ]);
    const cold: number[] = [];
    for (let i = 0; i < Number(arg('cold', '30')); i++) {
      await stack.sql.query(
        `INSERT INTO monitor_counts (monitor_id, minute, count, baseline) VALUES ($1, $2, 100, 100)`,
        [monitorId, new Date(until)],
      );
      until += 60_000;
      await stack.sql.query(`UPDATE monitors SET counted_until = $2 WHERE id = $1`, [monitorId, new Date(until)]);
      cold.push((await one(url('minute'))).ms);
    }
    cold.sort((a, b) => a - b);
    lines.push(
      `| minute, cold (first answer after a read) | 43,920+ | 1 | ${round(pct(cold, 50))} ms | **${round(pct(cold, 95))} ms** | ${round(pct(cold, 99))} ms | | |`,
    );
    console.log(
      `\nListening series, one month (${from.toISOString()} → ${to.toISOString()}), Node ${process.version}, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log('| granularity | points | connections | p50 | p95 | p99 | req/s | bytes |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const l of lines) console.log(l);
  } finally {
    await stack.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
