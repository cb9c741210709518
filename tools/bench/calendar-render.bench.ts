// Benchmark: the month view with 1,500 posts across 20 accounts, measured in Chromium from the moment the posts'
// answer arrives to the next paint with them (the page records it in window.__xpCalendarRenderMs).
// The API is stubbed in the browser (page.route) so the figure is the web app's alone; the built app is served by
// the real stack. Prints the figures; docs/benchmarks.md "## Web" records them. Run: npm run bench:calendar
// (not part of `npm test`: a timing depends on the machine, so it is measured here and recorded, never asserted there).
// XP_BENCH_PROFILE=1 also records a CPU profile of the six month changes and prints where their time goes (build
// with `npx nx run web:build --source-map` first to read it by source file; the profiler slows the page down);
// XP_BENCH_PROFILE=/tmp/calendar.cpuprofile also saves it, for Chromium's DevTools.
import { resolve } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import type { CalendarPostDto } from '@xp/shared';
import { launchBrowser, newIsolatedContext } from '../../apps/web-e2e/src/support/browser';
import { startStack, type TestStack } from '../../apps/web-e2e/src/support/stack';
import { CpuProfiler } from './cpu-profile';

jest.setTimeout(240_000);

declare global {
  interface Window {
    __xpCalendarRenderMs?: number;
  }
}

const WS = '00000000-0000-4000-8000-000000000001';
const ACCOUNTS = 20;
const POSTS = 1_500;
const TIERS = ['free', 'basic', 'pro', 'ppu'] as const;
const STATUSES = ['draft', 'in_review', 'scheduled', 'scheduled', 'published', 'changes_requested'] as const;
const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const accounts = Array.from({ length: ACCOUNTS }, (_, i) => ({
  id: uuid(1000 + i),
  brandId: uuid(500 + (i % 4)),
  xUserId: String(9000 + i),
  handle: `Account${i + 1}`,
  name: `Account ${i + 1}`,
  avatarUrl: null,
  status: 'connected',
  timezone: i % 2 ? 'Europe/Paris' : 'America/New_York',
  approvalPolicy: { requiredApprovals: 1, approverRoles: ['owner', 'admin', 'manager'] },
  postingSlots: [],
  rateLimitTier: TIERS[i % TIERS.length],
  longPosts: false,
  tokenExpiresAt: null,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
}));

/** 1,500 posts spread over the 30 days after `from`, as the calendar's `view=calendar` answer has them. */
function postsFor(fromIso: string): CalendarPostDto[] {
  const start = new Date(fromIso).getTime() + 7 * 86_400_000;
  return Array.from({ length: POSTS }, (_, i) => {
    const at = new Date(start + (i * 2_591_000_000) / POSTS - ((i * 7919) % 3600) * 1000).toISOString();
    const status = STATUSES[i % STATUSES.length]!;
    return {
      id: uuid(100_000 + i),
      accountId: accounts[i % ACCOUNTS]!.id,
      status,
      held: i % 97 === 0,
      kind: 'standard',
      tags: [],
      scheduledAt: at,
      publishBy: null,
      publishedAt: status === 'published' ? at : null,
      excerpt: `Post ${i + 1}: a realistic sentence of a planned tweet with a link https://example.com/${i}`,
      segmentCount: 1 + (i % 3 === 0 ? 1 : 0),
      version: 1,
    };
  });
}

async function stubApi(page: Page): Promise<void> {
  const json = (route: Route, body: unknown) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  await page.route('**/api/**', async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname;
    if (path === '/api/auth/csrf') return json(route, { csrfToken: 'bench' });
    if (path === '/api/auth/me') {
      return json(route, {
        user: {
          id: uuid(1),
          email: 'bench@example.com',
          displayName: 'Bench Owner',
          locale: 'en',
          createdAt: '2026-01-01T00:00:00.000Z',
        },
        workspaces: [{ id: WS, name: 'Benchmark', role: 'owner' }],
        csrfToken: 'bench',
      });
    }
    if (path.endsWith('/accounts')) return json(route, { items: accounts, nextCursor: null });
    if (path.endsWith('/brands'))
      return json(route, {
        items: [0, 1, 2, 3].map((b) => ({
          id: uuid(500 + b),
          name: `Brand ${b + 1}`,
          color: null,
          version: 1,
          createdAt: '2026-01-01T00:00:00.000Z',
        })),
        nextCursor: null,
      });
    if (path.endsWith('/holds')) return json(route, { items: [], nextCursor: null });
    if (path.endsWith('/posts'))
      return json(route, { items: postsFor(url.searchParams.get('from') ?? new Date().toISOString()) });
    return route.fulfill({
      status: 404,
      contentType: 'application/json',
      body: JSON.stringify({ statusCode: 404, code: 'NOT_FOUND', message: 'stub' }),
    });
  });
}

async function measure(page: Page, action: () => Promise<unknown>): Promise<number> {
  await page.evaluate(() => (window.__xpCalendarRenderMs = undefined));
  await action();
  const handle = await page.waitForFunction(() => window.__xpCalendarRenderMs, undefined, { timeout: 60_000 });
  return (await handle.jsonValue()) as number;
}

describe('calendar month view benchmark', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('measures the month view with 1,500 posts across 20 accounts (target: at most 500 ms after the data arrives)', async () => {
    const { page, context, errors } = await newIsolatedContext(browser, { viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('xp.lang', 'en'));
    await stubApi(page);
    const samples: number[] = [];
    samples.push(await measure(page, () => page.goto(`${stack.baseUrl}/w/${WS}`)));
    const count = await page.locator('[data-post-count]').getAttribute('data-post-count');
    expect(Number(count)).toBe(POSTS);
    const profiler = process.env['XP_BENCH_PROFILE'] ? await CpuProfiler.start(page) : null;
    for (let i = 0; i < 6; i++) {
      samples.push(
        await measure(page, () =>
          page
            .getByRole('button', { name: i % 2 ? /^prev|previous/i : /^next/i })
            .first()
            .click(),
        ),
      );
    }
    if (profiler) {
      const dist = resolve(__dirname, '../../dist/web/browser');
      const saveTo = process.env['XP_BENCH_PROFILE']?.endsWith('.cpuprofile')
        ? process.env['XP_BENCH_PROFILE']
        : undefined;
      console.log((await profiler.stop(dist, 40, saveTo)).join('\n'));
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      `month view, ${POSTS} posts / ${ACCOUNTS} accounts: first ${samples[0]} ms, median ${median} ms, max ${sorted.at(-1)} ms (samples ${samples.join(', ')})`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
