import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { SelfPromotionItemDto } from '@xp/shared';
import { ApiErrorAlert, LanguageService, WorkspaceScoped } from '@xp/web/common';
import { AnalyticsApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, Badge, DataTable, onChange, type TableColumn } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { analyticsFormat, downloadCsv, toCsv, type AnalyticsFilter } from './analytics-helpers';
import { selfPromotionStatus, selfPromotionWindow } from './promo-offers-helpers';

const num = (key: string): TableColumn => ({ key: `analytics.selfPromo.cols.${key}`, class: 'num' });

/**
 * The self-promotion each account published over the range against its brand charter's limit ("at most 2 in 10"):
 * the ratio, the worst window of consecutive posts, and whether it went over (said in words, not by colour only);
 * a sentence per account, and the table's CSV export.
 */
@Component({
  selector: 'xp-self-promotion-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './self-promotion-report.html',
  styleUrl: './analytics.css',
  imports: [TranslocoPipe, ApiErrorAlert, Badge, DataTable],
})
export class SelfPromotionReport extends WorkspaceScoped {
  readonly filter = input.required<AnalyticsFilter | null>();

  private readonly api = inject(AnalyticsApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly action = new ActionRunner(toApiError);
  protected readonly items = signal<SelfPromotionItemDto[]>([]);
  protected readonly fmt = computed(() => analyticsFormat(this.lang()));
  protected readonly window = selfPromotionWindow;
  protected readonly status = selfPromotionStatus;
  protected readonly columns: TableColumn[] = [
    'analytics.cols.account',
    num('posts'),
    num('selfPromotional'),
    num('ratio'),
    num('limit'),
    num('worstWindow'),
    'analytics.selfPromo.cols.status',
  ];

  constructor() {
    super();
    onChange(
      () => [this.workspaceId(), this.filter()] as const,
      () => void this.load(),
    );
  }

  private async load(): Promise<void> {
    const filter = this.filter();
    if (!filter) return;
    await this.action.run(async () => {
      const report = await firstValueFrom(this.api.selfPromotion(this.workspaceId(), filter));
      if (filter === this.filter()) this.items.set(report.items);
    });
  }

  protected async exportCsv(): Promise<void> {
    const t = (key: string) => this.transloco.translate(key, {}, this.lang());
    const header = [
      t('analytics.cols.account'),
      ...['posts', 'selfPromotional', 'ratio', 'limitMax', 'limitWindow', 'limitRatio', 'worstWindow', 'exceeded'].map(
        (c) => t(`analytics.selfPromo.cols.${c}`),
      ),
    ];
    const rows = this.items().map((r) => [
      r.handle,
      r.posts,
      r.selfPromotional,
      r.ratio,
      r.limit.max,
      r.limit.window,
      r.limit.ratio,
      r.worstWindow,
      String(r.exceeded),
    ]);
    downloadCsv(`analytics-self-promotion-${this.filter()?.from.slice(0, 10) ?? ''}.csv`, await toCsv(header, rows));
  }
}
