// A live session's report in real Chromium, in French and in English, on the full stack wired to the X sandbox,
// whose clock the test moves (the scheduler driven by hand on the same clock): two posts
// queued in a session on @F1TotalOfficiel, published, measured an hour later by the snapshot worker; the browser at
// that moment opens the live page: "Bilan de la session" / "Session report" shows the API's totals in the page's
// language, draws the timeline chart, lists the best posts, and downloads the timeline as a CSV file.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SnapshotWorkerService } from '@xp/server/application';
import type { LiveReportDto, LiveSessionDto } from '@xp/shared';
import { api } from './support/api';
import { newIsolatedContext } from './support/browser';
import { pageFigures, plain, startHandDrivenStack, type HandDrivenStack } from './support/hand-driven';
import { connectSandboxAccount, registerOwner, withLanguage, type Lang } from './support/workspace';

const TEXT = {
  fr: { title: 'Bilan de la session', timelineHeader: 'Début de la tranche,Publications,Impressions,Interactions' },
  en: { title: 'Session report', timelineHeader: 'Slot start,Posts,Impressions,Engagements' },
} as const satisfies Record<Lang, unknown>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

jest.setTimeout(300_000);

describe("a live session's report in the browser", () => {
  let hand: HandDrivenStack;
  beforeAll(async () => {
    hand = await startHandDrivenStack('xp-e2e-live-report');
  });
  afterAll(async () => {
    await hand?.stop();
  });

  it.each<Lang>(['fr', 'en'])(
    'shows the API totals, the chart, the best posts and the timeline CSV (%s)',
    async (lang) => {
      const { stack, browser, scheduler, clock, moveTo } = hand;
      const t = TEXT[lang];
      const base = stack.baseUrl;
      const run = `${lang}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
      const side = await newIsolatedContext(browser, { viewport: { width: 1280, height: 1400 } });
      await withLanguage(side.context, lang);
      const owner = side.page;
      const ws = await registerOwner(owner, base, { run, lang, workspaceName: `Live ${lang.toUpperCase()}` });
      const call = <T>(method: string, path: string, body?: unknown) =>
        api<T>(owner.request, base, method, `/api/workspaces/${ws}${path}`, body);
      const brand = await call<{ id: string }>('POST', '/brands', { name: 'F1' });
      const account = await connectSandboxAccount(owner, base, ws, brand.id, 'F1TotalOfficiel');
      await call('PATCH', `/accounts/${account.id}`, {
        approvalPolicy: { requiredApprovals: 0, approverRoles: [] },
        version: account.version,
      });

      // The clocks ahead of the real time, so that the posts are planned in the future for the API too.
      await moveTo(Math.max(clock.now().getTime(), Date.now()) + 2 * MINUTE);
      const start = clock.now().getTime();
      const session = await call<LiveSessionDto>('POST', '/live-sessions', {
        accountId: account.id,
        title: `Grand Prix ${run}`,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 2 * HOUR).toISOString(),
      });
      let last = start;
      for (const [text, after] of [
        [`Extinction des feux à Monaco ! ${run}`, MINUTE],
        [`Tour 12 : Leclerc mène. ${run}`, 14 * MINUTE],
      ] as const) {
        await call('POST', `/live-sessions/${session.id}/posts`, {
          text,
          scheduledAt: new Date(start + after).toISOString(),
        });
        await moveTo(start + after);
        await hand.publishDue();
        last = start + after;
      }
      // The sandbox's clock runs between moves: the posts went out a moment after their minute.
      await moveTo(last + HOUR + MINUTE);
      await scheduler.get(SnapshotWorkerService).pollDue();
      const report = await call<LiveReportDto>('GET', `/live-sessions/${session.id}/report`);
      expect(report.totals).toMatchObject({ posts: 2, measured: 2 });
      expect(report.totals.impressions).toBeGreaterThan(0);

      const { count, percent } = pageFigures(lang);

      // --- The browser at the simulated time, on the session's live page. ---
      await side.context.clock.install({ time: clock.now() });
      await owner.goto(`${base}/w/${ws}/live?session=${session.id}`);
      const section = owner.getByTestId('live-report');
      await section.getByRole('heading', { level: 3, name: t.title }).waitFor();
      await section.getByTestId('live-report-totals').waitFor();
      expect(plain(await section.getByTestId('live-report-posts').innerText())).toBe(count(2));
      expect(plain(await section.getByTestId('live-report-impressions').innerText())).toBe(
        count(report.totals.impressions),
      );
      expect(plain(await section.getByTestId('live-report-engagements').innerText())).toBe(
        count(report.totals.engagements),
      );
      expect(plain(await section.getByTestId('live-report-rate').innerText())).toBe(
        percent(report.totals.engagementRate),
      );
      await owner.waitForFunction(() => {
        const canvas = document.querySelector('[data-testid="live-report-chart"]') as HTMLCanvasElement | null;
        return !!canvas && canvas.width > 0 && canvas.hasAttribute('style');
      });
      const top = section.getByTestId('live-report-top-impressions');
      expect((await top.allInnerTexts()).map(plain)).toEqual(report.topPosts.map((p) => count(p.impressions)));

      // --- The timeline as a CSV file (the analytics page's path): headings in the page's language. ---
      const [file] = await Promise.all([
        owner.waitForEvent('download'),
        section.getByTestId('live-report-timeline-csv').click(),
      ]);
      expect(file.suggestedFilename()).toBe(`live-${session.startsAt.slice(0, 10)}-timeline.csv`);
      const lines = readFileSync((await file.path())!, 'utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toBe(t.timelineHeader);
      expect(lines.slice(1)).toEqual(
        report.timeline.map((b) => [b.start, b.posts, b.impressions, b.engagements].join(',')),
      );

      expect(side.errors).toEqual([]);
      await side.context.close();
    },
  );
});
