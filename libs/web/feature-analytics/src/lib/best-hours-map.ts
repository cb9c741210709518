import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { BestHoursDto } from '@xp/shared';
import { ApiErrorAlert, LanguageService, WorkspaceScoped, figureFormat, hourLabel, weekdayLabel } from '@xp/web/common';
import { AnalyticsApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, onChange, CsvButton, saveCsv } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { type AnalyticsFilter } from './analytics-helpers';
import { bestHoursMap, type MapCell } from './best-hours-map-helpers';
import { HoursLegend } from './hours-legend';

/**
 * One account's best hours, weekday × hour in its timezone (`GET …/analytics/best-hours`): a table of 7 × 24 cells
 * shaded by their score (impressions per post against the account's average), the best cells starred, every cell
 * said in words for screen readers, the best cells in a sentence, and the table as CSV.
 */
@Component({
  selector: 'xp-best-hours-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['./analytics.css', './hour-shades.css', './best-hours-map.css'],
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
                <span aria-hidden="true">{{ h }}</span><span class="visually-hidden">{{ names().hours[h] }}</span>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (r of rows(); track r.weekday) {
            <tr>
              <th scope="row" class="map__day">
                <span aria-hidden="true">{{ names().shortDays[r.weekday] }}</span>
                <span class="visually-hidden">{{ names().days[r.weekday] }}</span>
              </th>
              @for (c of r.cells; track c.hour) {
                <td
                  class="map__cell"
                  data-testid="map-cell"
                  [class]="'level-' + c.level"
                  [class.is-few]="c.few"
                  [attr.data-level]="c.level"
                  [attr.data-best]="c.rank"
                  [attr.title]="c.text"
                >
                  <span aria-hidden="true">{{ c.rank ? '★' : '' }}</span>
                  <span class="visually-hidden">{{ c.text }}</span>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    <p xpHoursLegend>
      · ★ {{ 'analytics.hours.map.bestMark' | transloco }} ·
      <span class="map__few-sample" aria-hidden="true"></span>
      {{ 'analytics.hours.map.few' | transloco: { min: data()?.minPosts ?? 3 } }}
    </p>
  `,
  imports: [TranslocoPipe, ApiErrorAlert, CsvButton, HoursLegend],
})
export class BestHoursMap extends WorkspaceScoped {
  /** The page's filter, with an account chosen. */
  readonly filter = input.required<AnalyticsFilter & { accountId: string }>();

  private readonly api = inject(AnalyticsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).current;
  protected readonly action = new ActionRunner(toApiError);
  protected readonly hours = Array.from({ length: 24 }, (_, h) => h);
  protected readonly data = signal<BestHoursDto | null>(null);
  /** The weekdays (by ISO number) and hours in the UI language, written once per language, not once per cell. */
  protected readonly names = computed(() => {
    const lang = this.lang();
    const days: Record<number, string> = {};
    const shortDays: Record<number, string> = {};
    for (let d = 1; d <= 7; d++) {
      days[d] = weekdayLabel(d, lang);
      shortDays[d] = weekdayLabel(d, lang, 'short');
    }
    return { days, shortDays, hours: this.hours.map((h) => hourLabel(h, lang)) };
  });
  /** The rows, each cell with its description in words (for its title and for screen readers). */
  protected readonly rows = computed(() => {
    const d = this.data();
    return (d ? bestHoursMap(d) : []).map((r) => ({
      ...r,
      cells: r.cells.map((c) => ({ ...c, text: this.describe(c) })),
    }));
  });
  private readonly fmt = computed(() => figureFormat(this.lang()));
  private readonly scoreFormat = computed(() => new Intl.NumberFormat(this.lang(), { maximumFractionDigits: 2 }));
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

  /** A cell in words: when, its posts, impressions per post, its score, engagement, and its standing. */
  private describe(c: MapCell): string {
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
        this.names().days[c.weekday],
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
    const names = this.names();
    return `${names.days[c.weekday]} ${names.hours[c.hour]}`;
  }

  private times(score: number): string {
    return this.scoreFormat().format(score);
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
