import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ANALYTICS_POST_SORTS, type AccountDto, type AnalyticsPostDto, type AnalyticsPostSort } from '@xp/shared';
import { ApiErrorAlert } from '@xp/web/common';
import { DataTable, type TableColumn, CsvButton, saveCsv } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { type AnalyticsFilter } from './analytics-helpers';
import { AnalyticsReport } from './analytics-report';

const PAGE = 20;
const num = (key: string): TableColumn => ({ key: `analytics.cols.${key}`, class: 'num' });

/** The range's best posts by impressions or engagement rate, a page at a time, and the CSV of those shown. */
@Component({
  selector: 'xp-top-posts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './top-posts.html',
  styleUrl: './analytics.css',
  imports: [RouterLink, TranslocoPipe, ApiErrorAlert, DataTable, CsvButton],
})
export class TopPosts extends AnalyticsReport<AnalyticsPostDto> {
  readonly accounts = input<readonly AccountDto[]>([]);

  protected readonly sorts = ANALYTICS_POST_SORTS;
  protected readonly sort = signal<AnalyticsPostSort>('impressions');
  /** Where the next page starts (null: the last page is shown). */
  protected readonly cursor = signal<string | null>(null);
  protected readonly columns: TableColumn[] = [
    'analytics.cols.publishedAt',
    'analytics.cols.account',
    num('impressions'),
    num('likes'),
    num('reposts'),
    num('replies'),
    num('engagementRate'),
  ];

  protected override option(): AnalyticsPostSort {
    return this.sort();
  }

  protected handle(accountId: string): string {
    const handle = this.accounts().find((a) => a.id === accountId)?.handle;
    return handle ? `@${handle}` : '';
  }

  protected choose(value: string): void {
    if ((ANALYTICS_POST_SORTS as readonly string[]).includes(value)) this.sort.set(value as AnalyticsPostSort);
  }

  /** The first page: the list starts again, empty while it is read. */
  protected async fetch(workspaceId: string, filter: AnalyticsFilter): Promise<AnalyticsPostDto[]> {
    const sort = this.sort();
    this.items.set([]);
    this.cursor.set(null);
    const page = await firstValueFrom(this.api.posts(workspaceId, { ...filter, sort, limit: PAGE }));
    if (filter === this.filter() && sort === this.sort()) this.cursor.set(page.nextCursor);
    return page.items;
  }

  /** The next page, after the rows shown. */
  protected async more(): Promise<void> {
    const filter = this.filter();
    const sort = this.sort();
    const cursor = this.cursor();
    if (!filter || !cursor) return;
    await this.action.run(async () => {
      const page = await firstValueFrom(this.api.posts(this.workspaceId(), { ...filter, sort, limit: PAGE, cursor }));
      if (filter !== this.filter() || sort !== this.sort()) return;
      this.items.update((p) => [...p, ...page.items]);
      this.cursor.set(page.nextCursor);
    });
  }

  protected async exportCsv(): Promise<void> {
    const t = (key: string) => this.t(`analytics.cols.${key}`);
    const header = ['postId', 'publishedAt', 'account', 'impressions', 'likes', 'reposts', 'replies', 'engagementRate'];
    const rows = this.items().map((p) => [
      p.postId,
      p.publishedAt,
      // The bare handle: a cell starting with @ would be escaped as a formula.
      this.handle(p.accountId).replace(/^@/, ''),
      p.impressions,
      p.likes,
      p.reposts,
      p.replies,
      p.engagementRate,
    ]);
    await saveCsv(`analytics-top-posts-${this.sort()}.csv`, header.map(t), rows);
  }
}
