import type { MonitorAlertDto, MonitorSeriesQuery, SeriesPointDto } from '@xp/shared';

/** The ranges the page offers, each with the granularity that keeps its chart readable. */
export const LISTENING_RANGES = ['1h', '24h', '7d', '30d'] as const;
export type ListeningRange = (typeof LISTENING_RANGES)[number];

const RANGE_SPEC: Record<ListeningRange, { ms: number; granularity: MonitorSeriesQuery['granularity'] }> = {
  '1h': { ms: 3_600_000, granularity: 'minute' },
  '24h': { ms: 24 * 3_600_000, granularity: 'minute' },
  '7d': { ms: 7 * 24 * 3_600_000, granularity: 'hour' },
  '30d': { ms: 30 * 24 * 3_600_000, granularity: 'day' },
};
const BUCKET_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/**
 * The series query of a range ending now: `to` is the start of the next bucket (the current one included, still
 * filling), `from` the range before it, both aligned on the granularity (UTC).
 */
export function rangeQuery(range: ListeningRange, now: number): MonitorSeriesQuery {
  const { ms, granularity } = RANGE_SPEC[range];
  const bucket = BUCKET_MS[granularity];
  const to = Math.floor(now / bucket) * bucket + bucket;
  return { from: new Date(to - ms).toISOString(), to: new Date(to).toISOString(), granularity };
}

/** One monitor's part of the total volume over a range. */
export interface VoiceShare {
  id: string;
  name: string;
  total: number;
  /** Between 0 and 1 (0 for every monitor when nothing was said at all). */
  share: number;
}

/** Share of voice: each monitor's posts over the range, and its part of all the monitors' posts, largest first. */
export function shareOfVoice(
  monitors: readonly { id: string; name: string; points: readonly Pick<SeriesPointDto, 'count'>[] }[],
): VoiceShare[] {
  const totals = monitors.map((m) => ({ id: m.id, name: m.name, total: m.points.reduce((s, p) => s + p.count, 0) }));
  const all = totals.reduce((s, m) => s + m.total, 0);
  return totals
    .map((m) => ({ ...m, share: all > 0 ? m.total / all : 0 }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

/** What the chart draws: one label per bucket, the counts, the baseline band and the alerts' buckets. */
export interface ChartSeries {
  labels: string[];
  counts: number[];
  /** The expected count (null where there was not enough history). */
  baseline: (number | null)[];
  /** The alert threshold above the baseline (baseline × spike factor): the band between them is "normal". */
  threshold: (number | null)[];
  /** The count at the bucket where an alert started, null elsewhere (drawn as markers). */
  alerts: (number | null)[];
}

/** The bucket (by start) an instant falls in, given the points' starts (ascending). */
function bucketIndex(starts: readonly number[], at: number): number {
  let found = -1;
  for (let i = 0; i < starts.length && (starts[i] ?? Infinity) <= at; i++) found = i;
  return found;
}

/** Shapes a series and its alerts for the chart; `label` formats a bucket's start in the UI language. */
export function chartSeries(
  points: readonly SeriesPointDto[],
  alerts: readonly Pick<MonitorAlertDto, 'startedAt'>[],
  spikeFactor: number,
  label: (start: Date) => string,
): ChartSeries {
  const starts = points.map((p) => Date.parse(p.start));
  const alerts_: (number | null)[] = points.map(() => null);
  for (const a of alerts) {
    const i = bucketIndex(starts, Date.parse(a.startedAt));
    if (i >= 0) alerts_[i] = points[i]?.count ?? null;
  }
  return {
    labels: points.map((p) => label(new Date(p.start))),
    counts: points.map((p) => p.count),
    baseline: points.map((p) => (p.baseline === null ? null : Math.round(p.baseline * 10) / 10)),
    threshold: points.map((p) => (p.baseline === null ? null : Math.round(p.baseline * spikeFactor * 10) / 10)),
    alerts: alerts_,
  };
}

/** The formatter of a bucket's start in the UI language: the time for minutes and hours, the date for days. */
export function bucketLabel(
  granularity: MonitorSeriesQuery['granularity'],
  lang: string,
  timeZone?: string,
): (start: Date) => string {
  const options: Intl.DateTimeFormatOptions =
    granularity === 'minute'
      ? { hour: '2-digit', minute: '2-digit' }
      : granularity === 'hour'
        ? { weekday: 'short', hour: '2-digit', minute: '2-digit' }
        : { day: 'numeric', month: 'short' };
  const format = new Intl.DateTimeFormat(lang, { ...options, ...(timeZone ? { timeZone } : {}) });
  return (start) => format.format(start);
}

/** The figures a screen reader hears instead of the chart: total, peak and its bucket, alerts. */
export interface SeriesSummary {
  total: number;
  peak: number;
  peakAt: string | null;
  alerts: number;
}

export function seriesSummary(series: ChartSeries): SeriesSummary {
  let peak = 0;
  let peakAt: string | null = null;
  series.counts.forEach((c, i) => {
    if (c > peak) {
      peak = c;
      peakAt = series.labels[i] ?? null;
    }
  });
  return {
    total: series.counts.reduce((s, c) => s + c, 0),
    peak,
    peakAt,
    alerts: series.alerts.filter((a) => a !== null).length,
  };
}

/** A query problem (the server's or the client's pre-check) as a catalogue message (MONITOR_QUERY_INVALID). */
export function queryProblemMessage(problem: { reason: string; position: number } | null | undefined) {
  return problem
    ? { code: 'MONITOR_QUERY_INVALID', params: { reason: problem.reason, position: problem.position } }
    : null;
}

/** Two-letter language codes typed as "fr, en" (empty: every language). */
export function parseLanguages(text: string): string[] {
  return [
    ...new Set(
      text
        .toLowerCase()
        .split(/[\s,;]+/)
        .filter(Boolean),
    ),
  ];
}
