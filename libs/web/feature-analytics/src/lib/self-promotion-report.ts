import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SelfPromotionItemDto } from '@xp/shared';
import { ApiErrorAlert } from '@xp/web/common';
import { Badge, DataTable, type TableColumn, CsvButton, saveCsv } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import type { AnalyticsFilter } from './analytics-helpers';
import { AnalyticsReport } from './analytics-report';
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
  imports: [TranslocoPipe, ApiErrorAlert, Badge, DataTable, CsvButton],
})
export class SelfPromotionReport extends AnalyticsReport<SelfPromotionItemDto> {
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

  protected async fetch(workspaceId: string, filter: AnalyticsFilter): Promise<SelfPromotionItemDto[]> {
    return (await firstValueFrom(this.api.selfPromotion(workspaceId, filter))).items;
  }

  protected async exportCsv(): Promise<void> {
    const header = [
      this.t('analytics.cols.account'),
      ...['posts', 'selfPromotional', 'ratio', 'limitMax', 'limitWindow', 'limitRatio', 'worstWindow', 'exceeded'].map(
        (c) => this.t(`analytics.selfPromo.cols.${c}`),
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
    await saveCsv(`analytics-self-promotion-${this.filter()?.from.slice(0, 10) ?? ''}.csv`, header, rows);
  }
}
