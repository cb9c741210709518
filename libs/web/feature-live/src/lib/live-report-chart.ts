import type { LiveReportDto } from '@xp/shared';
import type { LazyChartConfig } from '@xp/web/ui';
import { chartOptions } from '@xp/web/ui/chart-options';

/** The legend of the timeline's datasets, in the UI language. */
export interface LiveTimelineLabels {
  impressions: string;
  posts: string;
}

/** A bucket's start as a time of day in the account's zone ("14:10"). */
export function bucketLabel(iso: string, lang: string, timeZone: string): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
}

/** A publishing delay in seconds in `lang` ("2,5 s"), or a dash when there is none. */
export function delayLabel(ms: number | null, lang: string): string {
  if (ms === null) return '—';
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'second', maximumFractionDigits: 1 }).format(ms / 1000);
}

/**
 * The session's timeline as chart.js draws it (`xp-lazy-chart`): the impressions of the posts published in each
 * bucket as bars, and the number of posts as a line on its own axis.
 */
export function liveTimelineChart(
  report: Pick<LiveReportDto, 'timeline'>,
  labels: LiveTimelineLabels,
  lang: string,
  timeZone: string,
): LazyChartConfig {
  return {
    type: 'bar',
    data: {
      labels: report.timeline.map((b) => bucketLabel(b.start, lang, timeZone)),
      datasets: [
        {
          label: labels.impressions,
          data: report.timeline.map((b) => b.impressions),
          backgroundColor: '#1d4ed8',
          borderColor: '#1d4ed8',
          yAxisID: 'y',
          order: 2,
        },
        {
          type: 'line',
          label: labels.posts,
          data: report.timeline.map((b) => b.posts),
          borderColor: '#b45309',
          backgroundColor: '#b45309',
          borderWidth: 2,
          pointRadius: 2,
          tension: 0,
          yAxisID: 'posts',
          order: 1,
        },
      ],
    },
    options: {
      ...chartOptions(lang),
      scales: {
        x: { ticks: { maxTicksLimit: 12, maxRotation: 0 } },
        y: { beginAtZero: true, position: 'left' },
        posts: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false }, ticks: { precision: 0 } },
      },
    },
  };
}
