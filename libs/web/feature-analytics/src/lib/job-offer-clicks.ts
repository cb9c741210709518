import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { JobOfferClicksItemDto } from '@xp/shared';
import { ApiErrorAlert, LanguageService, WorkspaceScoped } from '@xp/web/common';
import { AnalyticsApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, DataTable, onChange, type TableColumn } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { analyticsFormat, downloadCsv, toCsv, type AnalyticsFilter } from './analytics-helpers';

const COLUMNS = ['posts', 'impressions', 'linkClicks', 'engagementRate', 'clickRate'] as const;

/** The job offers whose posts were published over the range, most link clicks first, and the table's CSV export. */
@Component({
  selector: 'xp-job-offer-clicks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './job-offer-clicks.html',
  styleUrl: './analytics.css',
  imports: [TranslocoPipe, ApiErrorAlert, DataTable],
})
export class JobOfferClicks extends WorkspaceScoped {
  readonly filter = input.required<AnalyticsFilter | null>();

  private readonly api = inject(AnalyticsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).current;
  protected readonly action = new ActionRunner(toApiError);
  protected readonly offers = signal<JobOfferClicksItemDto[]>([]);
  protected readonly fmt = computed(() => analyticsFormat(this.lang()));
  protected readonly columns: TableColumn[] = [
    'analytics.jobOffers.cols.title',
    ...COLUMNS.map((c) => ({ key: `analytics.jobOffers.cols.${c}`, class: 'num' })),
  ];

  constructor() {
    super();
    onChange(
      () => [this.workspaceId(), this.filter()] as const,
      () => void this.refresh(),
    );
  }

  private async refresh(): Promise<void> {
    const asked = this.filter();
    if (!asked) return;
    await this.action.run(async () => {
      const { items } = await firstValueFrom(this.api.jobOffers(this.workspaceId(), asked));
      if (asked === this.filter()) this.offers.set(items);
    });
  }

  protected async exportCsv(): Promise<void> {
    const heading = (c: string) => this.transloco.translate(`analytics.jobOffers.cols.${c}`, {}, this.lang());
    const csv = await toCsv(
      ['jobOfferId', 'title', ...COLUMNS].map(heading),
      this.offers().map((o) => [o.jobOfferId, o.title, ...COLUMNS.map((c) => o[c])]),
    );
    downloadCsv('analytics-job-offers.csv', csv);
  }
}
