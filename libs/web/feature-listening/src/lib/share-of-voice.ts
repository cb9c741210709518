import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorAlert, figureFormat, LanguageService, WorkspaceScoped } from '@xp/web/common';
import { ListeningApi, toApiError, type MonitorDto } from '@xp/web/data-access';
import { ActionRunner, onChange } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { LISTENING_RANGES, rangeQuery, shareOfVoice, type ListeningRange, type VoiceShare } from './listening-helpers';

/**
 * Share of voice: the member picks several monitors (a brand and its competitors) and sees each one's part of their
 * total volume over the range, computed from their series.
 */
@Component({
  selector: 'xp-share-of-voice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './share-of-voice.html',
  styles: `
    .picks {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      border: 0;
      padding: 0;
      margin: 0 0 0.75rem;
    }
    .bar {
      display: block;
      height: 0.6rem;
      border-radius: 999px;
      background: var(--accent);
      min-width: 2px;
    }
    .bar-cell {
      width: 40%;
    }
  `,
  imports: [TranslocoPipe, ApiErrorAlert],
})
export class ShareOfVoice extends WorkspaceScoped {
  readonly monitors = input.required<readonly MonitorDto[]>();
  readonly range = input<ListeningRange>('24h');

  private readonly api = inject(ListeningApi);
  private readonly lang = inject(LanguageService).current;
  protected readonly ranges = LISTENING_RANGES;
  protected readonly action = new ActionRunner(toApiError);
  protected readonly picked = signal<ReadonlySet<string>>(new Set());
  protected readonly shares = signal<VoiceShare[]>([]);
  protected readonly total = computed(() => this.shares().reduce((s, m) => s + m.total, 0));

  constructor() {
    super();
    onChange(this.monitors, (monitors) => {
      const ids = new Set(monitors.map((m) => m.id));
      const kept = [...this.picked()].filter((id) => ids.has(id));
      // Every monitor is compared at first (a workspace rarely keeps many).
      this.picked.set(new Set(kept.length ? kept : monitors.slice(0, 6).map((m) => m.id)));
    });
    onChange(
      () => [this.picked(), this.range(), this.workspaceId()] as const,
      () => void this.compute(),
    );
  }

  protected toggle(id: string, on: boolean): void {
    const next = new Set(this.picked());
    if (on) next.add(id);
    else next.delete(id);
    this.picked.set(next);
  }

  private readonly fmt = computed(() => figureFormat(this.lang()));
  protected readonly count = (n: number) => this.fmt().count(n);

  protected percent(share: number): string {
    return new Intl.NumberFormat(this.lang(), { style: 'percent', maximumFractionDigits: 1 }).format(share);
  }

  private async compute(): Promise<void> {
    const ws = this.workspaceId();
    const chosen = this.monitors().filter((m) => this.picked().has(m.id));
    if (chosen.length < 2) return this.shares.set([]);
    const query = rangeQuery(this.range(), Date.now());
    await this.action.run(async () => {
      const series = await Promise.all(chosen.map((m) => firstValueFrom(this.api.series(ws, m.id, query))));
      this.shares.set(shareOfVoice(chosen.map((m, i) => ({ id: m.id, name: m.name, points: series[i]?.items ?? [] }))));
    });
  }
}
