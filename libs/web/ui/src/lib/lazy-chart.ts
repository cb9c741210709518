import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Directive,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { Chart, ChartConfiguration } from 'chart.js';

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
 * What the chart components share: a `#canvas` (hidden from screen readers by their templates: the pages give the
 * same figures as tables), chart.js loaded on first use, the chart updated in place when its inputs change and
 * destroyed with the component, `failed` when chart.js could not be loaded (offline). A chart says what to draw.
 */
@Directive()
export abstract class ChartHost {
  protected readonly failed = signal(false);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
    afterRenderEffect(() => void this.render(this.config()));
  }

  /** The chart, from the component's inputs (read reactively: a change of one draws it again). */
  protected abstract config(): LazyChartConfig;

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
export class LazyChart extends ChartHost {
  readonly spec = input.required<ChartSpec>();
  /** The UI language (tick numbers formatted in it). */
  readonly locale = input('fr');
  readonly testId = input('');
  readonly height = input('16rem');
  /** Shown if the chart's code could not be loaded (offline): the table still has the figures. */
  readonly unavailable = input('');

  protected config(): LazyChartConfig {
    const spec = this.spec();
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
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: this.locale(),
        indexAxis: spec.horizontal ? 'y' : 'x',
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'bottom' } },
      },
    };
  }
}
