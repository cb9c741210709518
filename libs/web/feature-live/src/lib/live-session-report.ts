import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { LiveReportDto, LiveSessionDto } from '@xp/shared';
import { ApiErrorAlert, LanguageService, WorkspacePageContext, WorkspaceScoped, figureFormat } from '@xp/web/common';
import { LiveApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, DataTable, LazyChart, onChange, CsvButton, saveCsv } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { bucketLabel, delayLabel, liveTimelineChart } from './live-report-chart';

type CsvRows = Parameters<typeof saveCsv>[2];

/**
 * "Bilan de la session" / "Session report": what the session's published posts did (their latest snapshots from X),
 * the totals, a timeline by 10 minutes (chart, and the same figures as a table), the best posts, how publishing went,
 * and the timeline and best posts as CSV files (the analytics page's CSV path). Read when the session is shown, and
 * again on demand (the first figures come an hour after each publication).
 */
@Component({
  selector: 'xp-live-session-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-session-report.html',
  styleUrl: './live-session-report.css',
  imports: [RouterLink, TranslocoPipe, ApiErrorAlert, DataTable, LazyChart, CsvButton],
})
export class LiveSessionReport extends WorkspaceScoped {
  readonly session = input.required<LiveSessionDto>();
  /** The account's zone: the buckets' times are written in it. */
  readonly timeZone = input('UTC');

  private readonly liveApi = inject(LiveApi);
  private readonly ctx = inject(WorkspacePageContext);
  protected readonly lang = inject(LanguageService).current;
  protected readonly action = new ActionRunner(toApiError);
  protected readonly report = signal<LiveReportDto | null>(null);
  protected readonly fmt = computed(() => figureFormat(this.lang()));
  private readonly sessionId = computed(() => this.session().id);
  protected readonly chart = computed(() => {
    const r = this.report();
    const t = (key: string) => this.ctx.transloco.translate(key, {}, this.lang());
    return r
      ? liveTimelineChart(
          r,
          { impressions: t('analytics.cols.impressions'), posts: t('live.report.published') },
          this.lang(),
          this.timeZone(),
        )
      : null;
  });

  constructor() {
    super();
    onChange(
      () => [this.workspaceId(), this.sessionId()] as const,
      () => {
        this.report.set(null);
        void this.load();
      },
    );
  }

  protected time(iso: string): string {
    return bucketLabel(iso, this.lang(), this.timeZone());
  }

  protected delay(ms: number | null): string {
    return delayLabel(ms, this.lang());
  }

  protected async load(): Promise<void> {
    const id = this.sessionId();
    await this.action.read(async () => {
      const r = await firstValueFrom(this.liveApi.report(this.workspaceId(), id));
      if (id === this.sessionId()) this.report.set(r);
    });
  }

  /** The timeline, a row per bucket (its start as an instant, ISO 8601), headings in the UI language. */
  protected exportTimeline(): Promise<void> {
    return this.exportCsv(
      'timeline',
      ['live.report.cols.start', 'analytics.cols.posts', 'analytics.cols.impressions', 'live.report.cols.engagements'],
      (r) => r.timeline.map((b) => [b.start, b.posts, b.impressions, b.engagements]),
    );
  }

  protected exportTopPosts(): Promise<void> {
    return this.exportCsv(
      'top-posts',
      [
        'analytics.cols.postId',
        'analytics.cols.publishedAt',
        'live.report.cols.text',
        'analytics.cols.impressions',
        'live.report.cols.engagements',
        'analytics.cols.engagementRate',
      ],
      (r) => r.topPosts.map((p) => [p.postId, p.publishedAt, p.text, p.impressions, p.engagements, p.engagementRate]),
    );
  }

  /** `live-<day>-<name>.csv`: the report's rows, under `columns` (translation keys) in the UI language. */
  private async exportCsv(name: string, columns: string[], rows: (r: LiveReportDto) => CsvRows): Promise<void> {
    const r = this.report();
    if (!r) return;
    await saveCsv(
      `live-${this.slug()}-${name}.csv`,
      columns.map((k) => this.t(k)),
      rows(r),
    );
  }

  private t(key: string): string {
    return this.ctx.transloco.translate(key, {}, this.lang());
  }

  /** The session's start day, for the files' names. */
  private slug(): string {
    return this.session().startsAt.slice(0, 10);
  }
}
