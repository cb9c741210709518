import type { INestApplication } from '@nestjs/common';
import { ListeningPollService } from '@xp/server/application';
import type { MonitorAlertDto, MonitorDto } from '@xp/shared';
import { TestClock } from '@xp/server/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- end-to-end suites boot the applications in-process
import { createSchedulerApp } from '@xp/scheduler';
import { addMember, registerUser, type SignedIn } from './support/test-api';
import { connectAccount, sandboxData, startApiWithSandbox } from './support/x-stack';

/**
 * Listening end to end, over HTTP against the real X sandbox and its crowd: monitors are kept by managers, a query
 * X would refuse is refused before any read, a calm day gives no alert, a crisis ramp on @Kindy opens one within
 * two minutes that names its words and from which one click holds the brand, and every read is billed once.
 */
let stack: Awaited<ReturnType<typeof startApiWithSandbox>>;
let scheduler: INestApplication;
let clock: TestClock;
let ws: string;
let owner: SignedIn;
let editor: SignedIn;
let viewer: SignedIn;
let brand: string;
let kindy: string;

const sandbox = <T = Record<string, unknown>>(path: string, body?: unknown): Promise<T> =>
  sandboxData<T>(stack.sandbox, path, body);
/** Moves the sandbox's clock and the product's together. */
async function advance(ms: number): Promise<void> {
  const r = await sandbox<{ now: string }>('/_sandbox/clock', { advanceMs: ms });
  clock.set(r.now);
  stack.api.clock.set(r.now);
}
const usage = () =>
  sandbox<{ byEndpoint: Record<string, { requests: number; postReads: number }> }>('/_sandbox/usage?clientId=xp-test');
const readsOnListening = async () => {
  const u = (await usage()).byEndpoint;
  const counts = u['GET /2/tweets/counts/recent'] ?? { requests: 0, postReads: 0 };
  const search = u['GET /2/tweets/search/recent'] ?? { requests: 0, postReads: 0 };
  return { countRequests: counts.requests, searchRequests: search.requests, postReads: search.postReads };
};
const post = (who: SignedIn, path: string, body: unknown = {}) =>
  who.agent
    .post(`/api/workspaces/${ws}${path}`)
    .set('x-csrf-token', who.csrf)
    .send(body as object);
const poll = () => scheduler.get(ListeningPollService).pollDue();
/** Every customer message of the inbox: its tweet id and the account whose inbox holds it. */
async function inboxTweets(): Promise<Map<string, string>> {
  const list = await owner.agent.get(`/api/workspaces/${ws}/conversations?limit=200`).expect(200);
  const out = new Map<string, string>();
  for (const c of list.body.items as { id: string; accountId: string }[]) {
    const full = await owner.agent.get(`/api/workspaces/${ws}/conversations/${c.id}`).expect(200);
    for (const i of full.body.items as { tweetId: string | null; direction: string }[])
      if (i.tweetId && i.direction === 'in') out.set(i.tweetId, c.accountId);
  }
  return out;
}

beforeAll(async () => {
  stack = await startApiWithSandbox({ INBOX_POLL_MS: '0', LISTENING_POLL_MS: '0' });
  owner = await registerUser(stack.api, 'owner', 'Groupe Kindy');
  ws = owner.me.workspaces[0]!.id;
  brand = (await post(owner, '/brands', { name: 'Kindy' }).expect(201)).body.id;
  kindy = await connectAccount(stack.sandbox, owner, ws, brand, 'Kindy');
  editor = await addMember(stack.api, owner, ws, 'editor');
  viewer = await addMember(stack.api, owner, ws, 'viewer');
  clock = new TestClock((await sandbox<{ now: string }>('/_sandbox/clock')).now);
  scheduler = await createSchedulerApp(stack.config, { quiet: true, clock });
}, 60_000);

afterAll(async () => {
  await scheduler?.close();
  await stack?.close();
});

describe('monitors', () => {
  it('are kept by managers, read by everyone, and a query X would refuse is refused with its position, no read spent', async () => {
    const body = { brandId: brand, name: 'Marque', query: 'Kindy OR #kindy', mode: 'volume', dailyReadBudget: 100 };
    await post(editor, '/monitors', body).expect(403);
    const created = (await post(owner, '/monitors', body).expect(201)).body as MonitorDto;
    expect(created).toMatchObject({ name: 'Marque', languages: [], spikeFactor: 1.5, minVolume: 20, readsToday: 0 });
    const listed = await viewer.agent.get(`/api/workspaces/${ws}/monitors`).expect(200);
    expect(listed.body.items.map((m: MonitorDto) => m.id)).toEqual([created.id]);
    const patched = await owner.agent
      .patch(`/api/workspaces/${ws}/monitors/${created.id}`)
      .set('x-csrf-token', owner.csrf)
      .send({ name: 'Marque FR', languages: ['fr'], version: created.version })
      .expect(200);
    expect(patched.body).toMatchObject({ name: 'Marque FR', languages: ['fr'], version: created.version + 1 });

    const bad = [
      'Kindy OR',
      'OR Kindy',
      '(Kindy',
      'Kindy)',
      '()',
      '-Kindy',
      '-Kindy -promo',
      'lang:fr',
      'has:links',
      'is:retweet has:media',
      'from:',
      'from:abcdefghijklmnopq',
      'foo:bar',
      '#',
      '@',
      '"Kindy',
      'Kindy - ',
      'Kindy OR OR promo',
      ' ',
      'k'.repeat(513),
    ];
    for (const query of bad) {
      const r = await post(owner, '/monitors', { ...body, query }).expect(400);
      expect(r.body.code).toBe('MONITOR_QUERY_INVALID');
      expect(r.body.params).toEqual({ reason: expect.any(String), position: expect.any(Number) });
      expect(r.body.message).toContain(`position ${r.body.params.position}`);
    }
    expect(await readsOnListening()).toEqual({ countRequests: 0, searchRequests: 0, postReads: 0 });
    await owner.agent
      .delete(`/api/workspaces/${ws}/monitors/${created.id}`)
      .set('x-csrf-token', owner.csrf)
      .expect(200);
    await viewer.agent.get(`/api/workspaces/${ws}/monitors/${created.id}`).expect(404);
  });

  it('a calm day gives no alert; a crisis ramp on @Kindy opens one within two minutes, names its words, and one click holds the brand', async () => {
    const monitor = (
      await post(owner, '/monitors', {
        brandId: brand,
        name: 'Kindy',
        query: 'Kindy',
        mode: 'volume',
        dailyReadBudget: 5000,
      }).expect(201)
    ).body as MonitorDto;
    // Calm for a day: 120 posts a minute about @Kindy, the monitor reading every simulated minute's counts.
    await sandbox('/_sandbox/crowd', { scenario: 'calm', about: ['Kindy'], perMinute: 120, durationMs: 24 * 3600_000 });
    await poll();
    for (let h = 0; h < 24; h++) {
      await advance(3600_000);
      await poll();
    }
    const alerts = async () =>
      (await viewer.agent.get(`/api/workspaces/${ws}/monitors/${monitor.id}/alerts`).expect(200)).body
        .items as MonitorAlertDto[];
    expect(await alerts()).toEqual([]);

    // The crisis: from a minute's start, the rate ramps to 20× in 10 minutes.
    const now = clock.now().getTime();
    await advance(60_000 - (now % 60_000));
    const t0 = clock.now().getTime();
    await sandbox('/_sandbox/crowd', { scenario: 'crisis', about: ['Kindy'], perMinute: 120, durationMs: 3600_000 });
    await advance(60_000);
    await poll();
    await advance(60_000 + 10_000);
    await poll();
    const [alert] = await alerts();
    expect(alert).toBeDefined();
    expect(new Date(alert!.startedAt).getTime() - t0).toBeLessThanOrEqual(2 * 60_000);
    expect(alert!.factor).toBeGreaterThanOrEqual(1.5);
    expect(alert!.topTerms.length).toBeGreaterThan(0);
    expect(alert!.samplePosts.length).toBeGreaterThan(0);

    const due = (
      await post(owner, '/posts', {
        accountId: kindy,
        segments: [{ text: 'Nouvelle collection de chaussettes !' }],
        scheduledAt: new Date(clock.now().getTime() + 5 * 60_000).toISOString(),
      }).expect(201)
    ).body;
    expect(due.held).toBe(false);
    const held = await post(owner, `/monitors/${monitor.id}/alerts/${alert!.id}/hold`).expect(201);
    expect((await viewer.agent.get(`/api/workspaces/${ws}/posts/${due.id}`).expect(200)).body.held).toBe(true);
    expect(held.body.hold).toMatchObject({ scope: 'brand', targetId: brand, active: true });
    expect(held.body.alert).toMatchObject({ status: 'acknowledged', holdId: held.body.hold.id });

    // The storm's posts into @Kindy's inbox, to answer them as the brand; the monitor keeps routing there.
    const before = await inboxTweets();
    await post(editor, `/monitors/${monitor.id}/alerts/${alert!.id}/inbox`).expect(403);
    const wrong = await post(owner, `/monitors/${monitor.id}/alerts/${alert!.id}/inbox`, { accountId: brand });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('MONITOR_INBOX_ACCOUNT_INVALID');
    const routed = await post(owner, `/monitors/${monitor.id}/alerts/${alert!.id}/inbox`).expect(200);
    expect(routed.body).toMatchObject({ accountId: kindy, monitor: { inboxAccountId: kindy } });
    const after = await inboxTweets();
    expect(routed.body.routed).toBeGreaterThan(0);
    expect(after.size - before.size).toBe(routed.body.routed);
    for (const p of alert!.samplePosts) expect(after.get(p.tweetId)).toBe(kindy);
    // Filed once: the same click again files nothing new.
    expect((await post(owner, `/monitors/${monitor.id}/alerts/${alert!.id}/inbox`).expect(200)).body.routed).toBe(0);

    // What the monitor says it read is what X billed.
    const billed = await readsOnListening();
    const shown = (await viewer.agent.get(`/api/workspaces/${ws}/monitors/${monitor.id}`).expect(200))
      .body as MonitorDto;
    expect(shown.readsToday).toBeGreaterThan(0);
    expect(billed.countRequests + billed.postReads).toBeGreaterThanOrEqual(shown.readsThisMonth);

    // The series: every minute with its count and baseline; the same range again is a 304.
    const minute0 = Math.floor(t0 / 60_000) * 60_000;
    const from = new Date(minute0 - 30 * 60_000).toISOString();
    const to = new Date(minute0 + 2 * 60_000).toISOString();
    const series = await viewer.agent
      .get(`/api/workspaces/${ws}/monitors/${monitor.id}/series?from=${from}&to=${to}&granularity=minute`)
      .expect(200);
    expect(series.body.items).toHaveLength(32);
    expect(series.body.items[0]).toEqual({ start: from, count: expect.any(Number), baseline: expect.any(Number) });
    // The calm day's level (it may have ended a little before the ramp: the sandbox's clock also runs in real time).
    const calm = series.body.items.slice(0, 30).filter((p: { count: number }) => Math.abs(p.count - 120) <= 2);
    expect(calm.length).toBeGreaterThanOrEqual(20);
    expect(series.body.items[31].count).toBeGreaterThan(180);
    await viewer.agent
      .get(`/api/workspaces/${ws}/monitors/${monitor.id}/series?from=${from}&to=${to}&granularity=minute`)
      .set('if-none-match', series.headers['etag'] as string)
      .expect(304);
    await owner.agent
      .delete(`/api/workspaces/${ws}/monitors/${monitor.id}`)
      .set('x-csrf-token', owner.csrf)
      .expect(200);
  }, 240_000);

  it('never reads more than its daily budget: the sandbox bills what the monitor shows', async () => {
    // Only this monitor reads.
    for (const m of (await viewer.agent.get(`/api/workspaces/${ws}/monitors`).expect(200)).body.items as MonitorDto[])
      await owner.agent.delete(`/api/workspaces/${ws}/monitors/${m.id}`).set('x-csrf-token', owner.csrf).expect(200);
    // Start a fresh UTC day, with people talking about @Kindy all day.
    const now = clock.now().getTime();
    await advance(86_400_000 - (now % 86_400_000) + 60_000);
    await sandbox('/_sandbox/crowd', { scenario: 'calm', about: ['Kindy'], perMinute: 30, durationMs: 86_400_000 });
    const before = await readsOnListening();
    const budget = 30;
    const monitor = (
      await post(owner, '/monitors', {
        brandId: brand,
        name: 'Kindy, posts',
        query: 'Kindy',
        mode: 'posts',
        dailyReadBudget: budget,
        inboxAccountId: kindy,
      }).expect(201)
    ).body as MonitorDto;
    for (let step = 0; step < 22 * 2; step++) {
      await advance(30 * 60_000);
      await poll();
    }
    const after = await readsOnListening();
    const billed = after.countRequests - before.countRequests + (after.postReads - before.postReads);
    const shown = (await viewer.agent.get(`/api/workspaces/${ws}/monitors/${monitor.id}`).expect(200))
      .body as MonitorDto;
    expect(billed).toBeLessThanOrEqual(budget);
    expect(billed).toBeGreaterThan(budget / 2);
    expect(shown.readsToday).toBe(billed);
    expect(shown.costTodayUsd).toBeCloseTo(billed * 0.005, 6);
    expect(after.postReads - before.postReads).toBeGreaterThan(0);
    const posts = await viewer.agent.get(`/api/workspaces/${ws}/monitors/${monitor.id}/posts?limit=5`).expect(200);
    expect(posts.body.items).toHaveLength(5);
    expect(posts.body.nextCursor).toEqual(expect.any(String));
    expect(posts.body.items[0].text).toMatch(/kindy/i);
    // Routed to @Kindy's inbox as they were read: each post read is a message there.
    const inbox = await inboxTweets();
    const all = await viewer.agent.get(`/api/workspaces/${ws}/monitors/${monitor.id}/posts?limit=200`).expect(200);
    for (const p of all.body.items as { tweetId: string }[]) expect(inbox.get(p.tweetId)).toBe(kindy);
  }, 240_000);
});

describe('the workspace cap', () => {
  it('owners set a monthly cap on listening reads, and the pollers stop at it', async () => {
    for (const m of (await viewer.agent.get(`/api/workspaces/${ws}/monitors`).expect(200)).body.items as MonitorDto[])
      await owner.agent.delete(`/api/workspaces/${ws}/monitors/${m.id}`).set('x-csrf-token', owner.csrf).expect(200);
    const settings = `/api/workspaces/${ws}/listening/settings`;
    const first = (await viewer.agent.get(settings).expect(200)).body;
    expect(first).toMatchObject({ monthlyCapUsd: 100, isDefault: true });
    await editor.agent.patch(settings).set('x-csrf-token', editor.csrf).send({ monthlyCapUsd: 1 }).expect(403);
    await owner.agent.patch(settings).set('x-csrf-token', owner.csrf).send({ monthlyCapUsd: -1 }).expect(400);
    // What this month already cost, plus two reads ($0.005 each).
    const cap = Math.round((first.spentThisMonthUsd + 0.01) * 1e6) / 1e6;
    const set = await owner.agent
      .patch(settings)
      .set('x-csrf-token', owner.csrf)
      .send({ monthlyCapUsd: cap })
      .expect(200);
    expect(set.body).toMatchObject({ monthlyCapUsd: cap, isDefault: false });
    const before = await readsOnListening();
    const monitor = (
      await post(owner, '/monitors', {
        brandId: brand,
        name: 'Cap',
        query: 'Kindy',
        mode: 'posts',
        dailyReadBudget: 1000,
      }).expect(201)
    ).body as MonitorDto;
    for (let i = 0; i < 5; i++) {
      await advance(30 * 60_000);
      await poll();
    }
    const after = await readsOnListening();
    expect(after.countRequests - before.countRequests + (after.postReads - before.postReads)).toBeLessThanOrEqual(2);
    const shown = (await viewer.agent.get(`/api/workspaces/${ws}/monitors/${monitor.id}`).expect(200))
      .body as MonitorDto;
    expect(shown.paused).toBe('cap');
    expect((await viewer.agent.get(settings).expect(200)).body.spentThisMonthUsd).toBeLessThanOrEqual(cap);
  }, 120_000);
});
