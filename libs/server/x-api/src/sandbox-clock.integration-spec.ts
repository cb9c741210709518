import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { configuredClock, SandboxFollowingClock } from './sandbox-clock';

// A bare HTTP server answering GET /_sandbox/clock as the X sandbox does ({ data: { now, offsetMs } }).
describe('SandboxFollowingClock (X_CLOCK=follow-sandbox)', () => {
  let server: http.Server;
  let url: string;
  let offsetMs = 0;
  let up = true;
  let reads = 0;
  let delayMs = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      reads++;
      if (!up || req.url !== '/_sandbox/clock') return void res.writeHead(503).end();
      const offset = offsetMs; // the offset when the request arrives, answered after delayMs
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { now: new Date(Date.now() + offset).toISOString(), offsetMs: offset } }));
      }, delayMs);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  const started: SandboxFollowingClock[] = [];
  const following = async (pollMs: number) => {
    const clock = new SandboxFollowingClock(url, pollMs);
    started.push(clock);
    await clock.onModuleInit();
    return clock;
  };
  beforeEach(() => {
    offsetMs = 0;
    up = true;
    delayMs = 0;
  });
  afterEach(() => {
    // a failed test must not leave its clock polling into the next one
    for (const clock of started.splice(0)) while (clock['users'] > 0) clock.onApplicationShutdown();
  });

  it('is wall time plus the sandbox offset, read before start and followed within a second', async () => {
    offsetMs = 5 * 60_000;
    const wall = { t: 1_800_000_000_000 };
    const clock = new SandboxFollowingClock(url, 100, () => wall.t);
    const changes: number[] = [];
    clock.onChange((o) => changes.push(o));
    await clock.onModuleInit();
    expect(clock.now().getTime()).toBe(wall.t + 5 * 60_000);

    offsetMs = 3600_000 + 5 * 60_000;
    const moved = Date.now();
    while (clock.offset !== offsetMs && Date.now() - moved < 2000) await new Promise((r) => setTimeout(r, 10));
    expect(Date.now() - moved).toBeLessThan(1000);
    expect(clock.now().getTime()).toBe(wall.t + 3600_000 + 5 * 60_000);
    expect(changes).toEqual([5 * 60_000, 3600_000 + 5 * 60_000]);

    clock.onApplicationShutdown();
    // A poll sent just before the stop may still reach the sandbox (seen on a loaded machine); none may follow it.
    await new Promise((r) => setTimeout(r, 250));
    const before = reads;
    await new Promise((r) => setTimeout(r, 500));
    expect(reads).toBe(before); // stopped: five poll periods without a read
  });

  it('keeps the last offset while the sandbox does not answer', async () => {
    offsetMs = 42_000;
    const clock = await following(50);
    expect(clock.offset).toBe(42_000);
    up = false;
    await new Promise((r) => setTimeout(r, 200));
    expect(clock.offset).toBe(42_000);
    up = true;
    offsetMs = 43_000;
    await clock.poll();
    expect(clock.offset).toBe(43_000);
  });

  it('a poll asked during a read waits for a read that began after it (a moved clock is seen at once)', async () => {
    offsetMs = 1_000;
    const clock = await following(60_000);
    delayMs = 300;
    const earlier = clock.poll(); // in flight: the sandbox received it with the old offset
    await new Promise((r) => setTimeout(r, 100));
    offsetMs = 2_000;
    delayMs = 0;
    await clock.poll();
    expect(clock.offset).toBe(2_000);
    await earlier;
    expect(clock.offset).toBe(2_000);
  });

  it('shared by two applications, polls until the last one stops', async () => {
    const clock = await following(50);
    await clock.onModuleInit();
    clock.onApplicationShutdown();
    const before = reads;
    await new Promise((r) => setTimeout(r, 200));
    expect(reads).toBeGreaterThan(before);
    clock.onApplicationShutdown();
    // A read the last interval tick started (or queued behind the one in flight) may still land; then nothing more.
    await new Promise((r) => setTimeout(r, 150));
    const after = reads;
    await new Promise((r) => setTimeout(r, 300));
    expect(reads).toBe(after);
  });

  it('is chosen by the configuration: the wall clock unless X_CLOCK=follow-sandbox', () => {
    expect(configuredClock({ clock: 'system', x: { apiBaseUrl: url } })).toBeUndefined();
    expect(configuredClock({ clock: 'follow-sandbox', x: { apiBaseUrl: url } })).toBeInstanceOf(SandboxFollowingClock);
  });
});
