import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AnalyticsSettingsDto, AnalyticsUsageDto } from '@xp/shared';
import { ApiErrorAlert, LanguageService, WorkspaceScoped, figureFormat } from '@xp/web/common';
import { AnalyticsApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, onChange } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { costMeter, utcMonth } from './analytics-helpers';

/**
 * What reading the metrics from X costs this month (UTC): the posts and users read, the spend and the projection
 * against the budget, and, when snapshots are thinned to stay within it, a sentence saying so. Owners and admins
 * change the budget and turn analytics off per account.
 */
@Component({
  selector: 'xp-cost-meter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cost-meter.html',
  styleUrl: './analytics.css',
  imports: [FormsModule, TranslocoPipe, ApiErrorAlert],
})
export class CostMeter extends WorkspaceScoped {
  readonly canManage = input(false);
  /** A new value reads the month again (the page's refresh button). */
  readonly refreshOn = input<unknown>(null);

  private readonly api = inject(AnalyticsApi);
  protected readonly lang = inject(LanguageService).current;
  protected readonly load = new ActionRunner(toApiError);
  protected readonly save = new ActionRunner(toApiError);
  protected readonly usage = signal<AnalyticsUsageDto | null>(null);
  protected readonly settings = signal<AnalyticsSettingsDto | null>(null);
  protected readonly budget = signal(0);
  protected readonly saved = signal(false);
  protected readonly month = signal(utcMonth(Date.now()));
  protected readonly fmt = computed(() => figureFormat(this.lang()));
  protected readonly meter = computed(() => {
    const u = this.usage();
    return u ? costMeter(u) : null;
  });
  protected readonly monthName = computed(() =>
    new Intl.DateTimeFormat(this.lang(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      Date.parse(`${this.month()}-15T00:00:00Z`),
    ),
  );

  constructor() {
    super();
    onChange(
      () => [this.workspaceId(), this.refreshOn()] as const,
      () => void this.reload(),
    );
  }

  async reload(): Promise<void> {
    const ws = this.workspaceId();
    this.month.set(utcMonth(Date.now()));
    await this.load.run(async () => {
      const [usage, settings] = await Promise.all([
        firstValueFrom(this.api.usage(ws, this.month())),
        firstValueFrom(this.api.settings(ws)),
      ]);
      if (ws !== this.workspaceId()) return;
      this.usage.set(usage);
      this.settings.set(settings);
      this.budget.set(settings.monthlyBudgetUsd);
    });
  }

  protected async saveBudget(): Promise<void> {
    const value = Number(this.budget());
    if (!Number.isFinite(value) || value < 0) return;
    this.saved.set(false);
    const ok = await this.save.run(() => this.patch({ monthlyBudgetUsd: value }));
    if (ok) this.saved.set(true);
  }

  protected async toggle(accountId: string, enabled: boolean): Promise<void> {
    this.saved.set(false);
    const ok = await this.save.run(() => this.patch({ accounts: [{ accountId, enabled }] }));
    if (!ok) {
      // The box shows the refused change: draw the switches again from the server's settings.
      this.settings.set(null);
      await this.reload();
    }
  }

  private async patch(body: Parameters<AnalyticsApi['updateSettings']>[1]): Promise<void> {
    const ws = this.workspaceId();
    const settings = await firstValueFrom(this.api.updateSettings(ws, body));
    this.settings.set(settings);
    this.budget.set(settings.monthlyBudgetUsd);
    // The budget moves the projection's verdict and the thinning: read the month again.
    this.usage.set(await firstValueFrom(this.api.usage(ws, this.month())));
  }
}
