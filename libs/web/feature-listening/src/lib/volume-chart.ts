import type { LazyChartConfig } from '@xp/web/ui';
import { chartOptions } from '@xp/web/ui/chart-options';
import type { ChartSeries } from './listening-helpers';

/** The legend of the chart's datasets, in the UI language. */
export interface VolumeChartLabels {
  volume: string;
  baseline: string;
  threshold: string;
  alerts: string;
}

/**
 * The volume of a monitor over a range, as chart.js draws it (`xp-lazy-chart`): the counts, the baseline band (from
 * the expected count up to the alert threshold) and the alerts' starts as markers.
 */
export function volumeChartConfig(series: ChartSeries, labels: VolumeChartLabels): LazyChartConfig {
  const data = {
    labels: series.labels,
    datasets: [
      {
        label: labels.volume,
        data: series.counts,
        borderColor: '#1d4ed8',
        backgroundColor: '#1d4ed8',
        borderWidth: 2,
        pointRadius: 0,
        tension: 0.2,
        order: 1,
      },
      {
        label: labels.baseline,
        data: series.baseline,
        borderColor: '#6b7280',
        borderDash: [4, 4],
        borderWidth: 1,
        pointRadius: 0,
        spanGaps: false,
        order: 3,
      },
      {
        label: labels.threshold,
        data: series.threshold,
        borderColor: 'rgba(107, 114, 128, 0.4)',
        backgroundColor: 'rgba(107, 114, 128, 0.15)',
        borderWidth: 1,
        pointRadius: 0,
        fill: '-1' as const,
        order: 4,
      },
      {
        label: labels.alerts,
        data: series.alerts,
        showLine: false,
        pointStyle: 'triangle' as const,
        pointRadius: 7,
        borderColor: '#b91c1c',
        backgroundColor: '#dc2626',
        order: 0,
      },
    ],
  };
  return {
    type: 'line',
    data,
    options: {
      ...chartOptions(),
      scales: {
        x: { ticks: { maxTicksLimit: 8, maxRotation: 0 } },
        y: { beginAtZero: true, ticks: { precision: 0 } },
      },
    },
  };
}
