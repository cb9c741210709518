import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { BestHoursDto } from '@xp/shared';
import { ApiErrorAlert, LanguageService, WorkspaceScoped, figureFormat } from '@xp/web/common';
import { AnalyticsApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, onChange, CsvButton, saveCsv } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { hourLabel, type AnalyticsFilter } from './analytics-helpers';
import { bestHoursMap, weekdayLabel, type MapCell } from './best-hours-map-helpers';

/**
 * One account's best hours, weekday × hour in its timezone (`GET …/analytics/best-hours`): a table of 7 × 24 cells
 * shaded by their score (impressions per post against the account's average), the best cells starred, every cell
 * said in words for screen readers, the best cells in a sentence, and the table as CSV.
 */
@Component({
  selector: 'xp-best-hours-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['./analytics.css', './best-hours-map.css'],
  template: `
    <xp-api-error [error]="action.error()" />
    <div class="report__head">
      <p class="map__best" data-testid="best-hours-best">{{ bestSentence() }}</p>
      <xp-csv-button testId="best-hours-csv" label="analytics.csv.export" [disabled]="!data()" (export)="exportCsv()" />
    </div>
    <div class="map__scroll" tabindex="0" role="region" [attr.aria-label]="caption()">
      <table class="map" data-testid="best-hours-map">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <td></td>
            @for (h of hours; track h) {
              <th scope="col" class="map__hour">
                <span aria-hidden="true">{{ h }}</span><span class="visually-hidden">{{ hourName(h) }}</span>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (r of rows(); track r.weekday) {
            <tr>
              <th scope="row" class="map__day">
                <span aria-hidden="true">{{ dayName(r.weekday, 'short') }}</span>
                <span class="visually-hidden">{{ dayName(r.weekday) }}</span>
              </th>
              @for (c of r.cells; track c.hour) {
                <td
                  class="map__cell"
                  data-testid="map-cell"
                  [class]="'level-' + c.level"
                  [class.is-few]="c.few"
                  [attr.data-level]="c.level"
                  [attr.data-best]="c.rank"
                  [attr.title]="describe(c)"
                >
                  <span aria-hidden="true">{{ c.rank ? '★' : '' }}</span>
                  <span class="visually-hidden">{{ describe(c) }}</span>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    <p class="small muted legend">
      {{ 'analytics.hours.legendLow' | transloco }}
      @for (l of levels; track l) {
        <span class="hour__cell" [class]="'level-' + l" aria-hidden="true"></span>
      }
      {{ 'analytics.hours.legendHigh' | transloco }} · ★ {{ 'analytics.hours.map.bestMark' | transloco }} ·
      <span class="map__few-sample" aria-hidden="true"></span>
      {{ 'analytics.hours.map.few' | transloco: { min: data()?.minPosts ?? 3 } }}
    </p>
  `,
  imports: [TranslocoPipe, ApiErrorAlert, CsvButton],
})
export class BestHoursMap extends WorkspaceScoped {
  /** The page's filter, with an account chosen. */
  readonly filter = input.required<AnalyticsFilter & { accountId: string }>();

  private readonly api = inject(AnalyticsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).current;
  protected readonly action = new ActionRunner(toApiError);
  protected readonly levels = [0, 1, 2, 3, 4];
  protected readonly hours = Array.from({ length: 24 }, (_, h) => h);
  protected readonly data = signal<BestHoursDto | null>(null);
  protected readonly rows = computed(() => {
    const d = this.data();
    return d ? bestHoursMap(d) : [];
  });
  private readonly fmt = computed(() => figureFormat(this.lang()));
  protected readonly caption = computed(() =>
    this.t('analytics.hours.map.caption', { tz: this.data()?.timezone ?? '' }),
  );
  /** The best cells in words, best first, or why there is none yet. */
  protected readonly bestSentence = computed(() => {
    const d = this.data();
    if (!d) return '';
    const cells = this.rows().flatMap((r) => r.cells.filter((c) => c.rank !== null));
    if (!cells.length) return this.t('analytics.hours.map.noBest', { min: d.minPosts });
    const list = cells
      .sort((a, b) => a.rank! - b.rank!)
      .map((c) => this.t('analytics.hours.map.bestItem', { when: this.when(c), times: this.times(c.score) }));
    return this.t('analytics.hours.map.best', { list: list.join(', ') });
  });

  constructor() {
    super();
    onChange(
      () => [this.workspaceId(), this.filter()] as const,
      () => void this.load(),
    );
  }

  protected dayName(weekday: number, style: 'long' | 'short' = 'long'): string {
    return weekdayLabel(weekday, this.lang(), style);
  }

  protected hourName(hour: number): string {
    return hourLabel(hour, this.lang());
  }

  /** A cell in words: when, its posts, impressions per post, its score, engagement, and its standing. */
  protected describe(c: MapCell): string {
    const f = this.fmt();
    if (!c.posts) return this.t('analytics.hours.map.cellEmpty', { when: this.when(c) });
    const text = this.t('analytics.hours.map.cell', {
      when: this.when(c),
      posts: f.count(c.posts),
      reach: f.count(Math.round(c.reach)),
      times: this.times(c.score),
      rate: f.percent(c.engagementRate),
    });
    if (c.rank) return `${text} — ${this.t('analytics.hours.map.bestMark')}`;
    return c.few ? `${text} — ${this.t('analytics.hours.map.fewCell')}` : text;
  }

  protected async exportCsv(): Promise<void> {
    const d = this.data();
    if (!d) return;
    const header = [
      this.t('analytics.hours.map.csvWeekday'),
      this.t('analytics.hours.map.csvDay'),
      this.t('analytics.hours.map.csvHour'),
      ...['posts', 'impressions', 'engagementRate'].map((c) => this.t(`analytics.cols.${c}`)),
      this.t('analytics.hours.map.csvScore'),
      this.t('analytics.hours.map.csvRank'),
    ];
    const rows = this.rows().flatMap((r) =>
      r.cells.map((c) => [
        c.weekday,
        this.dayName(c.weekday),
        c.hour,
        c.posts,
        c.impressions,
        c.engagementRate,
        c.score,
        c.rank,
      ]),
    );
    await saveCsv(`analytics-best-hours-${d.from.slice(0, 10)}.csv`, header, rows);
  }

  private when(c: { weekday: number; hour: number }): string {
    return `${this.dayName(c.weekday)} ${this.hourName(c.hour)}`;
  }

  private times(score: number): string {
    return new Intl.NumberFormat(this.lang(), { maximumFractionDigits: 2 }).format(score);
  }

  private async load(): Promise<void> {
    const filter = this.filter();
    await this.action.run(async () => {
      const d = await firstValueFrom(this.api.bestHours(this.workspaceId(), filter));
      if (filter === this.filter()) this.data.set(d);
    });
  }

  private t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params, this.lang());
  }
}
