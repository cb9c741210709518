// A Chromium CPU profile (DevTools protocol) summed by self time, for the browser benches: where the time of a
// measured step goes. With a web build that has source maps (`npx nx run web:build --source-map`), minified frames
// are named by their source file and line; without, by chunk and function name.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export class CpuProfiler {
  private constructor(private readonly cdp: CDPSession) {}

  static async start(page: Page): Promise<CpuProfiler> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    return new CpuProfiler(cdp);
  }

  /** Stops; answers the top `top` frames by self time and the share of each source bucket, as printable lines. */
  async stop(distDir: string, top = 30, saveTo?: string): Promise<string[]> {
    const { profile } = (await this.cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    // A .cpuprofile file opens in Chromium's DevTools (Performance panel).
    if (saveTo) writeFileSync(saveTo, JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const maps = new Map<string, SourceMapConsumer | null>();
    const mapFor = (url: string): SourceMapConsumer | null => {
      const file = join(distDir, basename(new URL(url).pathname));
      if (!maps.has(file)) {
        maps.set(
          file,
          existsSync(`${file}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null,
        );
      }
      return maps.get(file) ?? null;
    };
    const frames = new Map<string, number>();
    const buckets = new Map<string, number>();
    let total = 0;
    for (const [id, ms] of self) {
      const f = byId.get(id)!.callFrame;
      total += ms;
      let name = f.functionName || '(anonymous)';
      let bucket = f.url ? 'app js' : name.startsWith('(') ? name : 'browser';
      if (f.url.startsWith('http')) {
        const pos = mapFor(f.url)?.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
        const source = pos?.source?.replace(/^.*?(node_modules\/|libs\/|apps\/)/, '$1') ?? basename(f.url);
        name = `${pos?.name ?? name} ${source}:${pos?.line ?? f.lineNumber + 1}`;
        bucket = /node_modules\/(@fullcalendar|fullcalendar|@full-ui|temporal)/.test(source)
          ? 'FullCalendar (+Temporal)'
          : /node_modules\/@angular/.test(source)
            ? 'Angular'
            : /^(libs|apps)\//.test(source)
              ? 'our code'
              : source.startsWith('node_modules/')
                ? 'other packages'
                : 'app js (unmapped)';
      }
      frames.set(name, (frames.get(name) ?? 0) + ms);
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + ms);
    }
    const pct = (ms: number) => `${((100 * ms) / total).toFixed(1)} %`;
    return [
      `CPU profile: ${Math.round(total)} ms sampled`,
      ...[...buckets].sort((a, b) => b[1] - a[1]).map(([b, ms]) => `  ${b}: ${Math.round(ms)} ms (${pct(ms)})`),
      `top ${top} frames by self time:`,
      ...[...frames]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([f, ms]) => `  ${Math.round(ms).toString().padStart(5)} ms ${pct(ms).padStart(7)}  ${f}`),
    ];
  }
}
