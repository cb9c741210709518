import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { RouterLink } from '@angular/router';
import type { AccountDto, HoldDto } from '@xp/shared';
import { ApiErrorAlert, LanguageService, WorkspaceScoped } from '@xp/web/common';
import { ListeningApi, toApiError, type MonitorAlertDto, type MonitorDto } from '@xp/web/data-access';
import { ActionRunner, Badge, ConfirmButton } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';

/**
 * A monitor's alerts, newest first: when, how high, the words that explain the spike and sample posts. Managers hold
 * the monitor's brand in one click (asked twice: every due post of its accounts waits), acknowledge or resolve.
 */
@Component({
  selector: 'xp-monitor-alerts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './monitor-alerts.html',
  styles: `
    .alerts {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.75rem;
    }
    .alert {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: 0.75rem 1rem;
    }
    .alert[data-status='open'] {
      border-color: var(--danger);
    }
    .alert__head,
    .alert__actions,
    .terms {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .terms {
      list-style: none;
      padding: 0;
      margin: 0.5rem 0;
    }
    .samples {
      margin: 0.5rem 0;
      padding-left: 1.2rem;
      font-size: 0.9rem;
    }
  `,
  imports: [TranslocoPipe, RouterLink, ApiErrorAlert, Badge, ConfirmButton],
})
export class MonitorAlerts extends WorkspaceScoped {
  readonly monitor = input.required<MonitorDto>();
  readonly alerts = input.required<readonly MonitorAlertDto[]>();
  readonly accounts = input<readonly AccountDto[]>([]);
  readonly canManage = input(false);
  /** An alert changed (held, acknowledged, resolved): the page reloads them. */
  readonly changed = output<MonitorAlertDto>();

  private readonly api = inject(ListeningApi);
  private readonly lang = inject(LanguageService).current;
  protected readonly action = new ActionRunner(toApiError);
  /** The holds placed from this page, by alert id (the alert itself only keeps the hold's id). */
  protected readonly holds = signal<Record<string, HoldDto>>({});
  protected readonly confirming = signal<string | null>(null);
  /** What "send to the inbox" filed, by alert id. */
  protected readonly routed = signal<Record<string, { count: number; handle: string }>>({});

  protected when(iso: string): string {
    return new Intl.DateTimeFormat(this.lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }

  protected factor(a: MonitorAlertDto): string {
    return new Intl.NumberFormat(this.lang(), { maximumFractionDigits: 1 }).format(a.factor);
  }

  protected async hold(a: MonitorAlertDto): Promise<void> {
    this.confirming.set(null);
    await this.action.run(async () => {
      const r = await firstValueFrom(this.api.hold(this.workspaceId(), this.monitor().id, a.id));
      this.holds.update((h) => ({ ...h, [a.id]: r.hold }));
      this.changed.emit(r.alert);
    });
  }

  /** The alert's posts into the inbox (the monitor's account, else the brand's first); the monitor keeps routing. */
  protected async toInbox(a: MonitorAlertDto): Promise<void> {
    await this.action.run(async () => {
      const r = await firstValueFrom(this.api.toInbox(this.workspaceId(), this.monitor().id, a.id));
      const handle = this.accounts().find((x) => x.id === r.accountId)?.handle ?? '';
      this.routed.update((m) => ({ ...m, [a.id]: { count: r.routed, handle } }));
      this.changed.emit(a);
    });
  }

  protected async setStatus(a: MonitorAlertDto, status: 'acknowledged' | 'resolved'): Promise<void> {
    await this.action.run(async () =>
      this.changed.emit(
        await firstValueFrom(this.api.setAlertStatus(this.workspaceId(), this.monitor().id, a.id, status)),
      ),
    );
  }
}
