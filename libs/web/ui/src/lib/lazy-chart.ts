import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { Chart, ChartConfiguration } from 'chart.js';
import { chartOptions } from './chart-options';

/** What a chart shows: one label per point or bar, and its series. */
export interface ChartSpec {
  type: 'bar' | 'line';
  labels: readonly string[];
  datasets: readonly { label: string; data: readonly (number | null)[]; color: string }[];
  /** Bars drawn across (long group names read better down the side). */
  horizontal?: boolean;
}

let loading: Promise<typeof Chart> | null = null;

/** chart.js on first use (its own lazy chunk), with the pieces bar and line charts (and filled bands) need. */
function loadChart(): Promise<typeof Chart> {
  loading ??= import('chart.js').then((c) => {
    c.Chart.register(
      c.BarController,
      c.BarElement,
      c.LineController,
      c.LineElement,
      c.PointElement,
      c.LinearScale,
      c.CategoryScale,
      c.Filler,
      c.Tooltip,
      c.Legend,
    );
    return c.Chart;
  });
  loading.catch(() => (loading = null));
  return loading;
}

export type LazyChartConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;

/**
 * A bar or line chart drawn by chart.js, loaded on first use. The canvas is hidden from screen readers: the page
 * gives the same figures as a table.
 */
@Component({
  selector: 'xp-lazy-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chart" aria-hidden="true" [style.height]="height()">
      <canvas #canvas [attr.data-testid]="testId() || null"></canvas>
    </div>
    @if (failed()) {
      <p class="muted">{{ unavailable() }}</p>
    }
  `,
  styles: `
    .chart {
      position: relative;
    }
  `,
})
export class LazyChart {
  /** What to draw: a simple bar or line chart… */
  readonly spec = input<ChartSpec | null>(null);
  /** …or chart.js's own configuration, for what a spec does not say (bands, markers). */
  readonly config = input<LazyChartConfig | null>(null);
  /** The UI language (tick numbers formatted in it). */
  readonly locale = input('fr');
  readonly testId = input('');
  readonly height = input('16rem');
  /** Shown if the chart's code could not be loaded (offline): the table still has the figures. */
  readonly unavailable = input('');

  protected readonly failed = signal(false);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
    afterRenderEffect(() => {
      const spec = this.spec();
      const config = this.config() ?? (spec ? specConfig(spec, this.locale()) : null);
      if (config) void this.render(config);
    });
  }

  /** Drawn in place when only the data or options changed (no flicker on a refresh). */
  private async render(config: LazyChartConfig): Promise<void> {
    let ChartClass: typeof Chart;
    try {
      ChartClass = await loadChart();
    } catch {
      this.failed.set(true);
      return;
    }
    this.failed.set(false);
    if (this.chart && (this.chart.config as { type?: string }).type === config.type) {
      this.chart.data = config.data;
      this.chart.options = config.options ?? {};
      this.chart.update('none');
      return;
    }
    this.chart?.destroy();
    this.chart = new ChartClass(this.canvas().nativeElement, config);
  }
}

function specConfig(spec: ChartSpec, locale: string): LazyChartConfig {
  return {
    type: spec.type,
    data: {
      labels: [...spec.labels],
      datasets: spec.datasets.map((d) => ({
        label: d.label,
        data: [...d.data],
        borderColor: d.color,
        backgroundColor: d.color,
        borderWidth: spec.type === 'line' ? 2 : 0,
        tension: 0.2,
      })),
    },
    options: { ...chartOptions(locale), indexAxis: spec.horizontal ? 'y' : 'x' },
  };
}
