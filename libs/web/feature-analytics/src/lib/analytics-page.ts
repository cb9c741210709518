import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto } from '@xp/shared';
import { WorkspacePageContext, WorkspaceScoped } from '@xp/web/common';
import { onChange, PAGE_PIECES } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ANALYTICS_RANGES, dayText, rangeBounds, type AnalyticsFilter, type AnalyticsRange } from './analytics-helpers';
import { BestHours } from './best-hours';
import { BestHoursMap } from './best-hours-map';
import { CostMeter } from './cost-meter';
import { SummaryReport } from './summary-report';
import { TopPosts } from './top-posts';
import { SelfPromotionReport } from './self-promotion-report';
import { JobOfferClicks } from './job-offer-clicks';

/**
 * `/w/:workspaceId/analytics`: what the published posts did over a range (the last 7, 30 or 90 days, or chosen
 * dates), for one account or all: the summary by a chosen group with its chart, the best hours, the top posts,
 * each exportable as CSV; and what reading the metrics from X costs this month. Every member who reads posts sees
 * it (posts.read); owners and admins set the budget and the per-account switch (workspace.update).
 */
@Component({
  selector: 'xp-analytics-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './analytics-page.html',
  styleUrl: './analytics.css',
  imports: [
    TranslocoPipe,
    PAGE_PIECES,
    SummaryReport,
    TopPosts,
    BestHours,
    BestHoursMap,
    CostMeter,
    SelfPromotionReport,
    JobOfferClicks,
  ],
})
export class AnalyticsPage extends WorkspaceScoped {
  private readonly ctx = inject(WorkspacePageContext);
  protected readonly ranges = ANALYTICS_RANGES;
  protected readonly range = signal<AnalyticsRange>('30d');
  protected readonly customFrom = signal(dayText(new Date(Date.now() - 30 * 86_400_000)));
  protected readonly customTo = signal(dayText(new Date()));
  protected readonly accountId = signal('');
  protected readonly accounts = signal<AccountDto[]>([]);
  /** What the reports are asked for: set when a control changes (a preset ends at that moment). */
  protected readonly filter = signal<AnalyticsFilter | null>(null);
  /** Clicks on the refresh button. */
  protected readonly refreshes = signal(0);
  /** The filter when one account is chosen (the best hours then map its weekdays × hours). */
  protected readonly accountFilter = computed(() => {
    const f = this.filter();
    return f?.accountId ? { ...f, accountId: f.accountId } : null;
  });
  protected readonly canManage = computed(() => this.ctx.session.can(this.workspaceId(), 'workspace.update'));

  constructor() {
    super();
    onChange(this.workspaceId, (ws) => {
      this.accountId.set('');
      void this.loadAccounts(ws);
    });
    onChange(
      () => [this.workspaceId(), this.range(), this.customFrom(), this.customTo(), this.accountId()] as const,
      () => this.apply(),
    );
  }

  /** The refresh button: the reports read again, and the month's cost too (which no filter changes). */
  protected refresh(): void {
    this.apply();
    this.refreshes.update((n) => n + 1);
  }

  /** Reads the controls again (a preset's range ends now). */
  protected apply(): void {
    const bounds = rangeBounds(this.range(), Date.now(), { from: this.customFrom(), to: this.customTo() });
    this.filter.set(bounds ? { ...bounds, ...(this.accountId() ? { accountId: this.accountId() } : {}) } : null);
  }

  protected chooseRange(value: string): void {
    if ((ANALYTICS_RANGES as readonly string[]).includes(value)) this.range.set(value as AnalyticsRange);
  }

  private async loadAccounts(ws: string): Promise<void> {
    try {
      const page = await firstValueFrom(this.ctx.accounts.list(ws));
      if (ws === this.workspaceId()) this.accounts.set(page.items);
    } catch {
      this.accounts.set([]);
    }
  }
}
