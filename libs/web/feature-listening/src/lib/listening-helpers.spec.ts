import {
  bucketLabel,
  parseLanguages,
  chartSeries,
  queryProblemMessage,
  rangeQuery,
  seriesSummary,
  shareOfVoice,
} from './listening-helpers';

describe('rangeQuery', () => {
  const now = Date.parse('2026-12-04T15:42:31.500Z');

  it('asks the last hour and day by the minute, up to the end of the current minute', () => {
    expect(rangeQuery('1h', now)).toEqual({
      from: '2026-12-04T14:43:00.000Z',
      to: '2026-12-04T15:43:00.000Z',
      granularity: 'minute',
    });
    expect(rangeQuery('24h', now)).toEqual({
      from: '2026-12-03T15:43:00.000Z',
      to: '2026-12-04T15:43:00.000Z',
      granularity: 'minute',
    });
  });

  it('asks seven days by the hour and thirty by the day, aligned on UTC buckets', () => {
    expect(rangeQuery('7d', now)).toEqual({
      from: '2026-11-27T16:00:00.000Z',
      to: '2026-12-04T16:00:00.000Z',
      granularity: 'hour',
    });
    expect(rangeQuery('30d', now)).toEqual({
      from: '2026-11-05T00:00:00.000Z',
      to: '2026-12-05T00:00:00.000Z',
      granularity: 'day',
    });
  });
});

describe('shareOfVoice', () => {
  it('gives each monitor its part of the total, largest first', () => {
    const shares = shareOfVoice([
      { id: 'a', name: 'Kindy', points: [{ count: 10 }, { count: 20 }] },
      { id: 'b', name: 'Rival', points: [{ count: 60 }] },
      { id: 'c', name: 'Other', points: [] },
    ]);
    expect(shares).toEqual([
      { id: 'b', name: 'Rival', total: 60, share: 2 / 3 },
      { id: 'a', name: 'Kindy', total: 30, share: 1 / 3 },
      { id: 'c', name: 'Other', total: 0, share: 0 },
    ]);
    expect(shares.reduce((s, m) => s + m.share, 0)).toBeCloseTo(1);
  });

  it('gives every monitor 0 when nothing was said', () => {
    expect(shareOfVoice([{ id: 'a', name: 'A', points: [{ count: 0 }] }])).toEqual([
      { id: 'a', name: 'A', total: 0, share: 0 },
    ]);
  });
});

describe('chartSeries', () => {
  const points = [
    { start: '2026-12-04T10:00:00.000Z', count: 5, baseline: null },
    { start: '2026-12-04T10:01:00.000Z', count: 6, baseline: 5 },
    { start: '2026-12-04T10:02:00.000Z', count: 40, baseline: 5.04 },
  ];

  it('keeps counts, the baseline and its spike threshold, and marks the bucket where each alert started', () => {
    const s = chartSeries(points, [{ startedAt: '2026-12-04T10:02:10.000Z' }], 1.5, (d) =>
      d.toISOString().slice(11, 16),
    );
    expect(s).toEqual({
      labels: ['10:00', '10:01', '10:02'],
      counts: [5, 6, 40],
      baseline: [null, 5, 5],
      threshold: [null, 7.5, 7.6],
      alerts: [null, null, 40],
    });
    expect(seriesSummary(s)).toEqual({ total: 51, peak: 40, peakAt: '10:02', alerts: 1 });
  });

  it('leaves out alerts before the range', () => {
    expect(chartSeries(points, [{ startedAt: '2026-12-03T00:00:00.000Z' }], 1.5, String).alerts).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('bucketLabel and queryProblemMessage', () => {
  it('formats minutes as times and days as dates, in the UI language', () => {
    const d = new Date('2026-12-04T09:05:00.000Z');
    expect(bucketLabel('minute', 'fr', 'UTC')(d)).toBe('09:05');
    expect(bucketLabel('day', 'en', 'UTC')(d)).toBe('Dec 4');
  });

  it('turns a query problem into the catalogue message the server answers', () => {
    expect(queryProblemMessage({ reason: 'Unbalanced parentheses', position: 7 })).toEqual({
      code: 'MONITOR_QUERY_INVALID',
      params: { reason: 'Unbalanced parentheses', position: 7 },
    });
    expect(queryProblemMessage(null)).toBeNull();
  });
});

describe('parseLanguages', () => {
  it('reads "fr, en" as two codes, once each, in lower case; empty as every language', () => {
    expect(parseLanguages('fr, EN;fr  de')).toEqual(['fr', 'en', 'de']);
    expect(parseLanguages('  ')).toEqual([]);
  });
});
