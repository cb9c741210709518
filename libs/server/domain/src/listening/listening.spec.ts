import { DomainError } from '../errors/domain-error';
import {
  alertsFrom,
  baselineAt,
  checkMonitorQuery,
  countsIntervalMs,
  evaluateAlerts,
  MINUTE_MS,
  monitorXQuery,
  searchAllowance,
  topTerms,
  type CountedMinute,
} from './index';

const T0 = Date.UTC(2026, 2, 2, 9, 0);
const history = (counts: Record<number, number>) => ({ get: (t: number) => counts[t] });
/** A steady series of `n` minutes ending just before `end`. */
function steady(end: number, n: number, value: (i: number) => number): Record<number, number> {
  const out: Record<number, number> = {};
  for (let i = 1; i <= n; i++) out[end - i * MINUTE_MS] = value(i);
  return out;
}

describe('volume baseline', () => {
  it('is the median of the last hour while there is no week of history, and none under 15 minutes', () => {
    expect(baselineAt(history(steady(T0, 14, () => 60)), T0)).toBeNull();
    const b = baselineAt(history({ ...steady(T0, 60, () => 60), [T0 - MINUTE_MS]: 900 }), T0)!;
    expect(b.source).toBe('recent');
    expect(b.value).toBe(60); // one spike does not lift it
    expect(b.scale).toBeCloseTo(Math.sqrt(60));
  });

  it('is seasonal once a week of history exists: Monday 9:00 is compared with the Mondays 9:00 before', () => {
    const week = 7 * 24 * 60 * MINUTE_MS;
    const counts: Record<number, number> = { ...steady(T0, 60, () => 5) }; // a quiet last hour
    for (let d = -30; d <= 30; d++) counts[T0 - week + d * MINUTE_MS] = 200; // busy Monday mornings
    const b = baselineAt(history(counts), T0)!;
    expect(b.source).toBe('seasonal');
    expect(b.value).toBe(200);
  });
});

describe('alert rule', () => {
  const rule = { spikeFactor: 1.5, minVolume: 20 };
  const base = { value: 60, scale: Math.sqrt(60), source: 'recent' as const };
  const minute = (i: number, count: number): CountedMinute => ({ start: T0 + i * MINUTE_MS, count, baseline: base });

  it('opens on a minute 1.5× the baseline with a robust z-score ≥ 4, grows with it, and ends after 10 quiet minutes', () => {
    const spike = [minute(0, 61), minute(1, 95), minute(2, 200)];
    const first = evaluateAlerts(spike, null, rule);
    expect(first.events.map((e) => e.kind)).toEqual(['opened', 'updated']);
    expect(first.open).toMatchObject({ startedAt: T0 + MINUTE_MS, peakCount: 200 });
    const calm = Array.from({ length: 10 }, (_, i) => minute(3 + i, 60));
    const after = evaluateAlerts(calm, first.open, rule);
    expect(after.events).toEqual([expect.objectContaining({ kind: 'resolved', endedAt: T0 + 13 * MINUTE_MS })]);
    expect(after.open).toBeNull();
  });

  it('does not alert on noise, on small volumes, without a baseline, or during the warm-up', () => {
    expect(evaluateAlerts([minute(0, 85)], null, rule).events).toEqual([]); // 1.42×
    const low = { value: 4, scale: 2, source: 'recent' as const };
    expect(evaluateAlerts([{ start: T0, count: 19, baseline: low }], null, rule).events).toEqual([]); // < minVolume
    expect(evaluateAlerts([{ start: T0, count: 500, baseline: null }], null, rule).events).toEqual([]);
    expect(evaluateAlerts([minute(0, 500)], null, rule, T0 + MINUTE_MS).events).toEqual([]);
    expect(alertsFrom(null, null)).toBe(Infinity);
    expect(alertsFrom(T0, null)).toBe(T0 + 60 * MINUTE_MS);
    expect(alertsFrom(T0, T0 + 90 * MINUTE_MS)).toBe(T0 + 90 * MINUTE_MS);
  });
});

describe('a week of calm', () => {
  it('never alerts: 7 days of a steady 60 posts a minute (±1, as the sandbox crowd counts them), then the seasonal baseline takes over', () => {
    const counts = new Map<number, number>();
    const rule = { spikeFactor: 1.5, minVolume: 20 };
    let open = null;
    let events = 0;
    const start = T0;
    const end = T0 + 8 * 24 * 60 * MINUTE_MS;
    for (let t = start; t < end; t += MINUTE_MS) {
      const count = 60 + ((t / MINUTE_MS) % 3) - 1;
      const minute = { start: t, count, baseline: baselineAt(counts, t) };
      counts.set(t, count);
      const r = evaluateAlerts([minute], open, rule, alertsFrom(start, start));
      open = r.open;
      events += r.events.length;
    }
    expect(events).toBe(0);
    expect(baselineAt(counts, end)!.source).toBe('seasonal');
  });
});

describe('monitor query', () => {
  it('refuses what X refuses, with the reason and the 1-based position', () => {
    const refusal = (q: string, langs: string[] = []) => {
      try {
        checkMonitorQuery(q, langs);
        return null;
      } catch (e) {
        return (e as DomainError).params;
      }
    };
    expect(refusal('kindy OR (chaussettes -promo)')).toBeNull();
    expect(refusal('kindy OR')).toEqual({ reason: 'Ambiguous use of OR', position: 7 });
    expect(refusal('lang:fr')).toEqual({ reason: 'is/has/lang cannot be used as a standalone operator', position: 1 });
    expect(refusal('-promo')).toMatchObject({ position: 1 });
    expect(refusal('x'.repeat(513))).toMatchObject({ position: 513 });
    expect(refusal('k'.repeat(500), ['fr', 'en'])).toMatchObject({ reason: expect.stringContaining('languages') });
    expect(monitorXQuery('kindy OR okaidi', ['fr', 'en'])).toBe('(kindy OR okaidi) (lang:fr OR lang:en)');
  });

  it('paces counts to the budget, keeps reads for them before search, and names the words of a spike', () => {
    expect(countsIntervalMs(5000, 1)).toBe(60_000);
    expect(countsIntervalMs(48, 1)).toBe(30 * 60_000);
    expect(searchAllowance(150, 100)).toBe(50);
    expect(searchAllowance(90, 100)).toBe(0);
    const spike = [
      'Kindy rappel produit chaussettes',
      'rappel produit urgent Kindy',
      'Kindy rappel toxique',
      'joli pull',
    ];
    const before = ['Kindy chaussettes jolies', 'Kindy pull doux', 'chaussettes rayées'];
    expect(topTerms(spike, before, 'kindy')).toEqual(['rappel', 'produit']);
  });
});
