import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, output, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { AccountDto } from '@xp/shared';
import { ApiErrorAlert, LanguageService, WorkspaceScoped } from '@xp/web/common';
import {
  ListeningApi,
  toApiError,
  type MonitorAlertDto,
  type MonitorDto,
  type MonitorPostDto,
  type SeriesPointDto,
} from '@xp/web/data-access';
import { ActionRunner, LazyChart, onChange } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import {
  bucketLabel,
  chartSeries,
  LISTENING_RANGES,
  rangeQuery,
  seriesSummary,
  type ListeningRange,
} from './listening-helpers';
import { MonitorAlerts } from './monitor-alerts';
import { volumeChartConfig, type VolumeChartLabels } from './volume-chart';

/** How often the open monitor's series and alerts are read again. */
export const LISTENING_REFRESH_MS = 30_000;
const POSTS_PAGE = 20;

/**
 * One monitor: its volume over a range (chart, text summary and table), refreshed every 30 seconds, the matching
 * posts page by page, and its alerts.
 */
@Component({
  selector: 'xp-monitor-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './monitor-detail.html',
  styleUrl: './monitor-detail.css',
  imports: [TranslocoPipe, ApiErrorAlert, LazyChart, MonitorAlerts],
})
export class MonitorDetail extends WorkspaceScoped {
  readonly monitor = input.required<MonitorDto>();
  /** The accounts the member sees (the alerts name the inbox they send posts to). */
  readonly accounts = input<readonly AccountDto[]>([]);
  readonly canManage = input(false);
  readonly range = input<ListeningRange>('24h');
  readonly rangeChange = output<ListeningRange>();
  /** An alert changed: the page refreshes its list (open alert counts). */
  readonly alertChanged = output<void>();

  private readonly api = inject(ListeningApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly ranges = LISTENING_RANGES;
  protected readonly load = new ActionRunner(toApiError);
  protected readonly postsAction = new ActionRunner(toApiError);

  protected readonly points = signal<SeriesPointDto[]>([]);
  protected readonly alerts = signal<MonitorAlertDto[]>([]);
  protected readonly posts = signal<MonitorPostDto[]>([]);
  protected readonly postsCursor = signal<string | null>(null);
  protected readonly updatedAt = signal<Date | null>(null);

  private readonly granularity = computed(() => rangeQuery(this.range(), 0).granularity);
  protected readonly series = computed(() =>
    chartSeries(this.points(), this.alerts(), this.monitor().spikeFactor, bucketLabel(this.granularity(), this.lang())),
  );
  protected readonly summary = computed(() => seriesSummary(this.series()));
  protected readonly chartLabels = computed<VolumeChartLabels>(() => {
    const t = (key: string) => this.transloco.translate(`listening.chart.${key}`, {}, this.lang());
    return { volume: t('volume'), baseline: t('baseline'), threshold: t('threshold'), alerts: t('alerts') };
  });
  protected readonly chart = computed(() => volumeChartConfig(this.series(), this.chartLabels()));
  /** The table alternative lists the buckets that carry something (a month of minutes would be unreadable). */
  protected readonly rows = computed(() => {
    const s = this.series();
    return s.labels
      .map((label, i) => ({
        label,
        count: s.counts[i] ?? 0,
        baseline: s.baseline[i] ?? null,
        alert: s.alerts[i] !== null,
      }))
      .filter((r) => r.count > 0 || r.alert)
      .slice(-200);
  });

  constructor() {
    super();
    // The list's refresh hands a new copy of the same monitor every 30 s: only a new monitor or range reloads.
    const key = computed(() => `${this.workspaceId()}|${this.monitor().id}|${this.range()}`);
    onChange(key, () => {
      void this.refresh();
      void this.loadPosts(true);
    });
    const timer = setInterval(() => void this.refresh(), LISTENING_REFRESH_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected chooseRange(value: string): void {
    if ((LISTENING_RANGES as readonly string[]).includes(value)) this.rangeChange.emit(value as ListeningRange);
  }

  /** Series and alerts of the range ending now. */
  async refresh(): Promise<void> {
    const ws = this.workspaceId();
    const id = this.monitor().id;
    const query = rangeQuery(this.range(), Date.now());
    await this.load.run(async () => {
      const [series, alerts] = await Promise.all([
        firstValueFrom(this.api.series(ws, id, query)),
        firstValueFrom(this.api.alerts(ws, id)),
      ]);
      if (id !== this.monitor().id) return;
      this.points.set(series.items);
      this.alerts.set(alerts.items);
      this.updatedAt.set(new Date());
    });
  }

  protected async loadPosts(first: boolean): Promise<void> {
    const ws = this.workspaceId();
    const id = this.monitor().id;
    const { from, to } = rangeQuery(this.range(), Date.now());
    if (first) {
      this.posts.set([]);
      this.postsCursor.set(null);
    }
    await this.postsAction.run(async () => {
      const page = await firstValueFrom(
        this.api.posts(ws, id, {
          from,
          to,
          limit: POSTS_PAGE,
          cursor: first ? undefined : (this.postsCursor() ?? undefined),
        }),
      );
      if (id !== this.monitor().id) return;
      this.posts.update((p) => (first ? page.items : [...p, ...page.items]));
      this.postsCursor.set(page.nextCursor);
    });
  }

  protected onAlertChanged(a: MonitorAlertDto): void {
    this.alerts.update((list) => list.map((x) => (x.id === a.id ? a : x)));
    this.alertChanged.emit();
  }

  protected time(iso: string | Date): string {
    return new Intl.DateTimeFormat(this.lang(), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
  }

  protected number(n: number | null): string {
    return n === null ? '—' : new Intl.NumberFormat(this.lang(), { maximumFractionDigits: 1 }).format(n);
  }
}
