import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ANALYTICS_GROUP_BY, type AnalyticsGroupBy, type AnalyticsSummaryItemDto } from '@xp/shared';
import { ApiErrorAlert } from '@xp/web/common';
import { DataTable, LazyChart, type ChartSpec, type TableColumn, CsvButton, saveCsv } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { groupLabel, type AnalyticsFilter } from './analytics-helpers';
import { AnalyticsReport } from './analytics-report';

const num = (key: string): TableColumn => ({ key: `analytics.cols.${key}`, class: 'num' });

/**
 * The range's posts grouped by account, brand, tag, kind, author, day, hour or approval path: a table (the figures
 * for everyone, screen readers included), a bar chart of the impressions, and its CSV export.
 */
@Component({
  selector: 'xp-summary-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './summary-report.html',
  styleUrl: './analytics.css',
  imports: [TranslocoPipe, ApiErrorAlert, DataTable, LazyChart, CsvButton],
})
export class SummaryReport extends AnalyticsReport<AnalyticsSummaryItemDto> {
  protected readonly groupings = ANALYTICS_GROUP_BY;
  protected readonly groupBy = signal<AnalyticsGroupBy>('account');

  protected readonly columns = computed<TableColumn[]>(() => [
    `analytics.groupBy.${this.groupBy()}`,
    num('posts'),
    num('impressions'),
    num('likes'),
    num('reposts'),
    num('replies'),
    num('engagementRate'),
  ]);
  /** The rows with their names in the UI language (days and hours in time order, others largest first). */
  protected readonly rows = computed(() => {
    const lang = this.lang();
    const by = this.groupBy();
    const kind = (k: string) => this.t(`composer.kinds.${k}`);
    const approval = (path: string) => this.t(`analytics.approvalPaths.${path}`);
    const rows = this.items().map((i) => ({ ...i, name: groupLabel(by, i, lang, kind, approval) }));
    if (by === 'day') rows.sort((a, b) => a.key.localeCompare(b.key));
    if (by === 'hour') rows.sort((a, b) => Number(a.key) - Number(b.key));
    return rows;
  });
  protected readonly chart = computed<ChartSpec>(() => {
    const rows = this.rows();
    const timeLike = this.groupBy() === 'day' || this.groupBy() === 'hour';
    return {
      type: 'bar',
      horizontal: !timeLike,
      labels: rows.map((r) => r.name),
      datasets: [
        { label: this.t('analytics.cols.impressions'), data: rows.map((r) => r.impressions), color: '#1d4ed8' },
      ],
    };
  });

  protected override option(): AnalyticsGroupBy {
    return this.groupBy();
  }

  protected choose(value: string): void {
    if ((ANALYTICS_GROUP_BY as readonly string[]).includes(value)) this.groupBy.set(value as AnalyticsGroupBy);
  }

  protected async fetch(workspaceId: string, filter: AnalyticsFilter): Promise<AnalyticsSummaryItemDto[]> {
    return (await firstValueFrom(this.api.summary(workspaceId, { ...filter, groupBy: this.groupBy() }))).items;
  }

  protected async exportCsv(): Promise<void> {
    const header = [
      this.t('analytics.csv.key'),
      this.t(`analytics.groupBy.${this.groupBy()}`),
      ...[
        'posts',
        'impressions',
        'likes',
        'reposts',
        'replies',
        'quotes',
        'bookmarks',
        'linkClicks',
        'engagementRate',
      ].map((c) => this.t(`analytics.cols.${c}`)),
    ];
    const rows = this.rows().map((r) => [
      r.key,
      r.name,
      r.posts,
      r.impressions,
      r.likes,
      r.reposts,
      r.replies,
      r.quotes,
      r.bookmarks,
      r.linkClicks,
      r.engagementRate,
    ]);
    await saveCsv(`analytics-${this.groupBy()}-${this.filter()?.from.slice(0, 10) ?? ''}.csv`, header, rows);
  }
}
