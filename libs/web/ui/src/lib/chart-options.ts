import type { LazyChartConfig } from './lazy-chart';

type ChartOptions = NonNullable<LazyChartConfig['options']>;

/**
 * What every chart of the app shares: sized by its box, drawn at once (no animation), one tooltip for the whole
 * column, the legend below; tick numbers in `locale` when given. A chart adds its own scales. Without Angular, so
 * that the pure chart builders stay unit-testable.
 */
export function chartOptions(locale?: string): ChartOptions {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    ...(locale ? { locale } : {}),
    interaction: { mode: 'index', intersect: false },
    plugins: { legend: { position: 'bottom' } },
  };
}
