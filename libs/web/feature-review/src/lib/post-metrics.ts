import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { MetricSnapshotDto } from '@xp/shared';
import { ApiErrorAlert, figureFormat, LanguageService, WorkspaceScoped } from '@xp/web/common';
import { AnalyticsApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, LazyChart, onChange, type ChartSpec } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';

/**
 * A published post's metric curve: its snapshots read from X at +1 h, +24 h, +7 d and +28 d, the impressions drawn
 * (chart.js, loaded on first use) and every figure in a table (screen readers read the table, not the canvas).
 */
@Component({
  selector: 'xp-post-metrics',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-api-error [error]="action.error()" />
    @if (items().length) {
      <xp-lazy-chart
        testId="post-metrics-chart"
        height="12rem"
        [spec]="chart()"
        [locale]="lang()"
        [unavailable]="'analytics.chartUnavailable' | transloco"
      />
      <div class="table-wrap" tabindex="0">
        <table class="table" data-testid="post-metrics">
          <caption class="visually-hidden">
            {{
              'analytics.post.caption' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'analytics.post.kind' | transloco }}</th>
              <th scope="col">{{ 'analytics.post.at' | transloco }}</th>
              <th scope="col" class="num">{{ 'analytics.cols.impressions' | transloco }}</th>
              <th scope="col" class="num">{{ 'analytics.cols.likes' | transloco }}</th>
              <th scope="col" class="num">{{ 'analytics.cols.reposts' | transloco }}</th>
              <th scope="col" class="num">{{ 'analytics.cols.replies' | transloco }}</th>
              <th scope="col" class="num">{{ 'analytics.cols.linkClicks' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (s of items(); track s.kind) {
              <tr data-testid="post-metrics-row">
                <th scope="row">{{ 'analytics.post.kinds.' + s.kind | transloco }}</th>
                <td>
                  <time [attr.datetime]="s.at">{{ when(s.at) }}</time>
                </td>
                <td class="num">{{ count(s.public.impression_count) }}</td>
                <td class="num">{{ count(s.public.like_count) }}</td>
                <td class="num">{{ count(s.public.retweet_count) }}</td>
                <td class="num">{{ count(s.public.reply_count) }}</td>
                <td class="num">
                  {{ s.nonPublic ? count(s.nonPublic.url_link_clicks) : ('analytics.post.notPublic' | transloco) }}
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else if (!action.busy()) {
      <p class="muted small" data-testid="post-metrics-empty">{{ 'analytics.post.empty' | transloco }}</p>
    }
  `,
  styles: `
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
  imports: [TranslocoPipe, ApiErrorAlert, LazyChart],
})
export class PostMetrics extends WorkspaceScoped {
  readonly postId = input.required<string>();

  private readonly api = inject(AnalyticsApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly action = new ActionRunner(toApiError);
  protected readonly items = signal<MetricSnapshotDto[]>([]);
  protected readonly chart = computed<ChartSpec>(() => {
    const lang = this.lang();
    return {
      type: 'line',
      labels: this.items().map((s) => this.transloco.translate(`analytics.post.kinds.${s.kind}`, {}, lang)),
      datasets: [
        {
          label: this.transloco.translate('analytics.cols.impressions', {}, lang),
          data: this.items().map((s) => s.public.impression_count),
          color: '#1d4ed8',
        },
      ],
    };
  });

  constructor() {
    super();
    onChange(
      () => [this.workspaceId(), this.postId()] as const,
      ([ws, id]) => void this.load(ws, id),
    );
  }

  private readonly fmt = computed(() => figureFormat(this.lang()));
  protected readonly count = (n: number) => this.fmt().count(n);

  protected when(iso: string): string {
    return new Intl.DateTimeFormat(this.lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }

  private async load(ws: string, id: string): Promise<void> {
    this.items.set([]);
    await this.action.run(async () => {
      const metrics = await firstValueFrom(this.api.postMetrics(ws, id));
      if (id === this.postId()) this.items.set(metrics.items);
    });
  }
}
