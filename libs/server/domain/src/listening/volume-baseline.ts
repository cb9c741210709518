// The volume baseline and the alert rule of a listening monitor (pure: times are numbers, no clock).
//
// Baseline of a minute t — what its count would be on an ordinary day:
// - seasonal, once a week of history exists: the median of the counts within ±30 minutes of t, one, two, three and
//   four weeks earlier (the same hour of the same weekday: Monday 9:00 is not Sunday 3:00);
// - otherwise the recent level: the median of the 60 minutes before t.
// Medians, not means, so one earlier spike does not lift the baseline, and a crisis that lasts does not become
// "normal" before an hour has passed (recent level) or at all (seasonal).
//
// Alert rule, per complete minute: the count is at least `spikeFactor` × baseline, at least `minVolume`, and its
// robust z-score is at least 4, with the scale max(1.4826 × MAD, √baseline, 1): the MAD of the same sample, never
// below the Poisson noise of the baseline, so a quiet, steady series does not alert on a few posts more. An alert
// stays open while minutes spike and resolves after ALERT_QUIET_MINUTES ordinary minutes.

export const MINUTE_MS = 60_000;
const WEEK_MS = 7 * 24 * 60 * MINUTE_MS;
/** Weeks of history the seasonal baseline looks at, and the half-width of its window around the same minute. */
export const SEASONAL_WEEKS = 4;
export const SEASONAL_HALF_WINDOW_MIN = 30;
/** Minutes of the recent level. */
export const RECENT_WINDOW_MIN = 60;
/** Fewest earlier minutes for any baseline (below: none, and no alert). */
export const MIN_HISTORY_MIN = 15;
export const ALERT_Z = 4;
/** Ordinary minutes in a row that end an alert. */
export const ALERT_QUIET_MINUTES = 10;

/** Counts by minute start (ms since the epoch, a multiple of MINUTE_MS); a minute not counted is left out of a sample. */
export interface CountHistory {
  get(minute: number): number | undefined;
}

export interface Baseline {
  value: number;
  /** The robust scale of the sample (≥ √value, ≥ 1). */
  scale: number;
  source: 'seasonal' | 'recent';
}

function median(sorted: number[]): number {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

function robust(sample: number[], source: Baseline['source']): Baseline {
  const sorted = [...sample].sort((a, b) => a - b);
  const value = median(sorted);
  const mad = median(sample.map((x) => Math.abs(x - value)).sort((a, b) => a - b));
  return { value, scale: Math.max(1.4826 * mad, Math.sqrt(value), 1), source };
}

/** The baseline of the minute starting at `t`, from the counts before it; null without enough history. */
export function baselineAt(history: CountHistory, t: number): Baseline | null {
  const seasonal: number[] = [];
  for (let w = 1; w <= SEASONAL_WEEKS; w++) {
    const center = t - w * WEEK_MS;
    for (let d = -SEASONAL_HALF_WINDOW_MIN; d <= SEASONAL_HALF_WINDOW_MIN; d++) {
      const c = history.get(center + d * MINUTE_MS);
      if (c !== undefined) seasonal.push(c);
    }
  }
  if (seasonal.length > SEASONAL_HALF_WINDOW_MIN) return robust(seasonal, 'seasonal');
  const recent: number[] = [];
  for (let d = 1; d <= RECENT_WINDOW_MIN; d++) {
    const c = history.get(t - d * MINUTE_MS);
    if (c !== undefined) recent.push(c);
  }
  return recent.length >= MIN_HISTORY_MIN ? robust(recent, 'recent') : null;
}

export interface AlertRule {
  spikeFactor: number;
  minVolume: number;
}

/** Whether a minute's count leaves its baseline (the rule above). */
export function isSpike(count: number, baseline: Baseline | null, rule: AlertRule): boolean {
  if (!baseline) return false;
  return (
    count >= rule.minVolume &&
    count >= rule.spikeFactor * Math.max(baseline.value, 1) &&
    (count - baseline.value) / baseline.scale >= ALERT_Z
  );
}

/** A series' warm-up: a monitor learns before it alerts. */
export const WARM_UP_MIN = 60;

/**
 * The first minute that may open an alert: an hour after the series first counted a post (before that the level is
 * not known: the first posts of a query nobody used are not a spike), and never a minute of the monitor's first read
 * (the past day it reads to learn its level). Infinity while nothing was ever counted.
 */
export function alertsFrom(activeSince: number | null, firstReadEnd: number | null): number {
  if (activeSince === null) return Infinity;
  return Math.max(activeSince + WARM_UP_MIN * MINUTE_MS, firstReadEnd ?? -Infinity);
}

/** An alert as the rule sees it (the caller stores it). */
export interface OpenAlert {
  startedAt: number;
  peakCount: number;
  baseline: number;
  factor: number;
  /** Ordinary minutes since the last spike. */
  quietMinutes: number;
}

export type AlertEvent =
  | { kind: 'opened'; alert: OpenAlert }
  | { kind: 'updated'; alert: OpenAlert }
  | { kind: 'resolved'; alert: OpenAlert; endedAt: number };

export interface CountedMinute {
  start: number;
  count: number;
  baseline: Baseline | null;
}

/**
 * Runs the alert rule over new complete minutes, in order, from the alert open before them (or none): what opens,
 * grows or ends. At most one alert is open per monitor.
 */
export function evaluateAlerts(
  minutes: readonly CountedMinute[],
  open: OpenAlert | null,
  rule: AlertRule,
  /** Minutes before this one never open an alert (the monitor's warm-up: see alertsFrom). */
  from = -Infinity,
): { events: AlertEvent[]; open: OpenAlert | null } {
  const events: AlertEvent[] = [];
  let current = open ? { ...open } : null;
  for (const m of minutes) {
    const spike = m.start >= from && isSpike(m.count, m.baseline, rule);
    if (spike && m.baseline) {
      const factor = m.count / Math.max(m.baseline.value, 1);
      if (!current) {
        current = { startedAt: m.start, peakCount: m.count, baseline: m.baseline.value, factor, quietMinutes: 0 };
        events.push({ kind: 'opened', alert: { ...current } });
      } else {
        current.quietMinutes = 0;
        if (factor > current.factor) {
          current = { ...current, peakCount: m.count, factor };
          events.push({ kind: 'updated', alert: { ...current } });
        }
      }
    } else if (current) {
      current.quietMinutes++;
      if (current.quietMinutes >= ALERT_QUIET_MINUTES) {
        events.push({ kind: 'resolved', alert: { ...current }, endedAt: m.start + MINUTE_MS });
        current = null;
      }
    }
  }
  return { events, open: current };
}
