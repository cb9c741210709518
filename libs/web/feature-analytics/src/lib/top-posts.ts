import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ANALYTICS_POST_SORTS, type AccountDto, type AnalyticsPostDto, type AnalyticsPostSort } from '@xp/shared';
import { ApiErrorAlert, LanguageService, WorkspaceScoped, figureFormat } from '@xp/web/common';
import { AnalyticsApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, DataTable, onChange, type TableColumn, CsvButton, saveCsv } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { type AnalyticsFilter } from './analytics-helpers';

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
export class TopPosts extends WorkspaceScoped {
  readonly filter = input.required<AnalyticsFilter | null>();
  readonly accounts = input<readonly AccountDto[]>([]);

  private readonly api = inject(AnalyticsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).current;
  protected readonly action = new ActionRunner(toApiError);
  protected readonly sorts = ANALYTICS_POST_SORTS;
  protected readonly sort = signal<AnalyticsPostSort>('impressions');
  protected readonly posts = signal<AnalyticsPostDto[]>([]);
  protected readonly cursor = signal<string | null>(null);
  protected readonly fmt = computed(() => figureFormat(this.lang()));
  protected readonly columns: TableColumn[] = [
    'analytics.cols.publishedAt',
    'analytics.cols.account',
    num('impressions'),
    num('likes'),
    num('reposts'),
    num('replies'),
    num('engagementRate'),
  ];

  constructor() {
    super();
    onChange(
      () => [this.workspaceId(), this.filter(), this.sort()] as const,
      () => void this.load(true),
    );
  }

  protected handle(accountId: string): string {
    const handle = this.accounts().find((a) => a.id === accountId)?.handle;
    return handle ? `@${handle}` : '';
  }

  protected choose(value: string): void {
    if ((ANALYTICS_POST_SORTS as readonly string[]).includes(value)) this.sort.set(value as AnalyticsPostSort);
  }

  protected async load(first: boolean): Promise<void> {
    const filter = this.filter();
    const sort = this.sort();
    if (!filter) return;
    if (first) {
      this.posts.set([]);
      this.cursor.set(null);
    }
    const cursor = first ? undefined : (this.cursor() ?? undefined);
    await this.action.run(async () => {
      const page = await firstValueFrom(this.api.posts(this.workspaceId(), { ...filter, sort, limit: PAGE, cursor }));
      if (filter !== this.filter() || sort !== this.sort()) return;
      this.posts.update((p) => (first ? page.items : [...p, ...page.items]));
      this.cursor.set(page.nextCursor);
    });
  }

  protected async exportCsv(): Promise<void> {
    const t = (key: string) => this.transloco.translate(`analytics.cols.${key}`, {}, this.lang());
    const header = ['postId', 'publishedAt', 'account', 'impressions', 'likes', 'reposts', 'replies', 'engagementRate'];
    const rows = this.posts().map((p) => [
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
