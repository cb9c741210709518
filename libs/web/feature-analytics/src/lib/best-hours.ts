import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AnalyticsSummaryItemDto } from '@xp/shared';
import { ApiErrorAlert, hourLabel } from '@xp/web/common';
import { firstValueFrom } from 'rxjs';
import { hourCells, type AnalyticsFilter } from './analytics-helpers';
import { AnalyticsReport } from './analytics-report';
import { HoursLegend } from './hours-legend';

/**
 * The best hours to publish: a row of the 24 hours of the day (in each account's zone), each shaded by the
 * impressions per post published at that hour; every cell says its figures in words for screen readers.
 */
@Component({
  selector: 'xp-best-hours',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['./analytics.css', './hour-shades.css'],
  template: `
    <xp-api-error [error]="action.error()" />
    <ol class="hours" data-testid="best-hours" [attr.aria-label]="'analytics.hours.label' | transloco">
      @for (c of cells(); track c.hour) {
        <li class="hour" data-testid="hour-cell" [attr.data-level]="c.level">
          <span class="hour__cell" [class]="'level-' + c.level" [attr.title]="describe(c)" aria-hidden="true"></span>
          <span aria-hidden="true">{{ c.hour }}</span>
          <span class="visually-hidden">{{ describe(c) }}</span>
        </li>
      }
    </ol>
    <p xpHoursLegend></p>
    @if (best(); as b) {
      <p data-testid="best-hour">{{ 'analytics.hours.best' | transloco: b }}</p>
    }
  `,
  imports: [TranslocoPipe, ApiErrorAlert, HoursLegend],
})
export class BestHours extends AnalyticsReport<AnalyticsSummaryItemDto> {
  protected readonly cells = computed(() => hourCells(this.items()));
  /** The hour with the most impressions per post, in words. */
  protected readonly best = computed(() => {
    const top = [...this.cells()].sort((a, b) => b.reach - a.reach)[0];
    return top && top.reach > 0
      ? { hour: hourLabel(top.hour, this.lang()), reach: this.fmt().count(Math.round(top.reach)) }
      : null;
  });

  protected describe(c: ReturnType<typeof hourCells>[number]): string {
    const f = this.fmt();
    return this.t('analytics.hours.cell', {
      hour: hourLabel(c.hour, this.lang()),
      posts: f.count(c.posts),
      reach: f.count(Math.round(c.reach)),
      rate: f.percent(c.engagementRate),
    });
  }

  protected async fetch(workspaceId: string, filter: AnalyticsFilter): Promise<AnalyticsSummaryItemDto[]> {
    return (await firstValueFrom(this.api.summary(workspaceId, { ...filter, groupBy: 'hour' }))).items;
  }
}
