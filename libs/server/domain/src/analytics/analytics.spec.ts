import {
  ANALYTICS_PRICES_MICRO_USD,
  billablePostIds,
  chunks,
  engagementRate,
  isLowReach,
  keepsSnapshot,
  noPendingSnapshots,
  pendingReads,
  postReadsLeft,
  privateMetricsReadable,
  projectedMicroUsd,
  readCostMicroUsd,
  snapshotsDue,
  thinningLevel,
  utcMonthRange,
  type MonthOutlook,
} from './index';

const DAY = 86_400_000;
const published = new Date('2026-03-02T09:30:00.000Z');

describe('snapshots', () => {
  it('are due 1 hour, 24 hours, 7 days and 28 days after publication', () => {
    expect(snapshotsDue(published).map((s) => [s.kind, s.dueAt.toISOString()])).toEqual([
      ['1h', '2026-03-02T10:30:00.000Z'],
      ['24h', '2026-03-03T09:30:00.000Z'],
      ['7d', '2026-03-09T09:30:00.000Z'],
      ['28d', '2026-03-30T09:30:00.000Z'],
    ]);
  });

  it('ask for the non-public metrics only while the post is less than 30 days old (with a minute to spare)', () => {
    const at = (ms: number) => new Date(published.getTime() + ms);
    expect(privateMetricsReadable(published, at(28 * DAY))).toBe(true);
    expect(privateMetricsReadable(published, at(30 * DAY - 2 * 60_000))).toBe(true);
    expect(privateMetricsReadable(published, at(30 * DAY - 30_000))).toBe(false);
    expect(privateMetricsReadable(published, at(31 * DAY))).toBe(false);
  });

  it('go to X 100 ids at a time', () => {
    const ids = Array.from({ length: 250 }, (_, i) => String(i));
    expect(chunks(ids).map((c) => c.length)).toEqual([100, 100, 50]);
    expect(chunks([])).toEqual([]);
  });
});

describe('cost at X pay-per-use prices', () => {
  it('is $0.005 a post read and $0.010 a user read', () => {
    expect(ANALYTICS_PRICES_MICRO_USD).toEqual({ postRead: 5_000, userRead: 10_000 });
    expect(readCostMicroUsd({ postReads: 1_000, userReads: 20 })).toBe(5_200_000);
    expect(readCostMicroUsd({})).toBe(0);
  });

  it('bills a post once per UTC day, as X does', () => {
    expect(billablePostIds(['1', '2', '2', '3'], new Set(['3']))).toEqual(['1', '2']);
  });

  it('works in UTC months', () => {
    expect(utcMonthRange('2026-12')).toEqual({
      start: new Date('2026-12-01T00:00:00.000Z'),
      end: new Date('2027-01-01T00:00:00.000Z'),
    });
  });
});

describe('engagement rate', () => {
  it('is public interactions per impression, 0 without impressions', () => {
    const c = { likes: 30, reposts: 5, replies: 3, quotes: 1, bookmarks: 1 };
    expect(engagementRate(c, 1000)).toBe(0.04);
    expect(engagementRate(c, 3)).toBeCloseTo(13.3333, 4);
    expect(engagementRate(c, 0)).toBe(0);
  });
});

describe('thinning', () => {
  it('calls a post low-reach below its account median at +24 h, never when unknown', () => {
    expect(isLowReach(90, 100)).toBe(true);
    expect(isLowReach(100, 100)).toBe(false);
    expect(isLowReach(null, 100)).toBe(false);
    expect(isLowReach(10, null)).toBe(false);
  });

  it('keeps less at each level', () => {
    const kept = (level: Parameters<typeof keepsSnapshot>[0], low: boolean) =>
      (['1h', '24h', '7d', '28d'] as const).filter((k) => keepsSnapshot(level, k, low));
    expect(kept('none', true)).toEqual(['1h', '24h', '7d', '28d']);
    expect(kept('skip-7d-low-reach', true)).toEqual(['1h', '24h', '28d']);
    expect(kept('skip-7d-low-reach', false)).toEqual(['1h', '24h', '7d', '28d']);
    expect(kept('skip-7d', true)).toEqual(['1h', '24h']);
    expect(kept('skip-7d', false)).toEqual(['1h', '24h', '28d']);
    expect(kept('essential', false)).toEqual(['1h', '24h']);
  });

  const outlook = (budgetUsd: number): MonthOutlook => {
    const pending = noPendingSnapshots();
    // 100 posts still to measure this month, half of them low-reach
    for (const k of ['1h', '24h', '7d', '28d'] as const) pending[k] = { low: 50, other: 50 };
    return { budgetMicroUsd: budgetUsd * 1e6, spentMicroUsd: 1_000_000, pending, userReadsLeft: 10 };
  };

  it('picks the lightest level whose projection fits the budget', () => {
    // spent $1 + followers $0.10 + 400 reads ($2) = $3.10 at level none
    expect(projectedMicroUsd(outlook(10), 'none')).toBe(3_100_000);
    expect(thinningLevel(outlook(3.1))).toBe('none');
    // skipping +7 d of the 50 low-reach posts saves $0.25
    expect(thinningLevel(outlook(2.9))).toBe('skip-7d-low-reach');
    expect(projectedMicroUsd(outlook(0), 'skip-7d')).toBe(2_350_000);
    expect(thinningLevel(outlook(2.4))).toBe('skip-7d');
    expect(thinningLevel(outlook(2.1))).toBe('essential');
    expect(thinningLevel(outlook(0.5))).toBe('essential');
    expect(pendingReads(outlook(1).pending, 'essential')).toBe(200);
  });

  it('never reads past the budget', () => {
    expect(postReadsLeft(1_000_000, 990_000)).toBe(2);
    expect(postReadsLeft(1_000_000, 1_000_000)).toBe(0);
    expect(postReadsLeft(1_000_000, 2_000_000)).toBe(0);
  });
});
