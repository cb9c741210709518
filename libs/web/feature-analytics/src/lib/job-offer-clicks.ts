import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { JobOfferClicksItemDto } from '@xp/shared';
import { ApiErrorAlert } from '@xp/web/common';
import { DataTable, type TableColumn, CsvButton, saveCsv } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import type { AnalyticsFilter } from './analytics-helpers';
import { AnalyticsReport } from './analytics-report';

const COLUMNS = ['posts', 'impressions', 'linkClicks', 'engagementRate', 'clickRate'] as const;

/** The job offers whose posts were published over the range, most link clicks first, and the table's CSV export. */
@Component({
  selector: 'xp-job-offer-clicks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './job-offer-clicks.html',
  styleUrl: './analytics.css',
  imports: [TranslocoPipe, ApiErrorAlert, DataTable, CsvButton],
})
export class JobOfferClicks extends AnalyticsReport<JobOfferClicksItemDto> {
  protected readonly columns: TableColumn[] = [
    'analytics.jobOffers.cols.title',
    ...COLUMNS.map((c) => ({ key: `analytics.jobOffers.cols.${c}`, class: 'num' })),
  ];

  protected async fetch(workspaceId: string, filter: AnalyticsFilter): Promise<JobOfferClicksItemDto[]> {
    return (await firstValueFrom(this.api.jobOffers(workspaceId, filter))).items;
  }

  protected exportCsv(): Promise<void> {
    return saveCsv(
      'analytics-job-offers.csv',
      ['jobOfferId', 'title', ...COLUMNS].map((c) => this.t(`analytics.jobOffers.cols.${c}`)),
      this.items().map((o) => [o.jobOfferId, o.title, ...COLUMNS.map((c) => o[c])]),
    );
  }
}
