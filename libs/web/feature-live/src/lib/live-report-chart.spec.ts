import { bucketLabel, delayLabel, liveTimelineChart } from './live-report-chart';

const timeline = [
  { start: '2026-05-24T13:00:00.000Z', posts: 2, impressions: 1500, engagements: 40 },
  { start: '2026-05-24T13:10:00.000Z', posts: 0, impressions: 0, engagements: 0 },
  { start: '2026-05-24T13:20:00.000Z', posts: 1, impressions: 300, engagements: 9 },
];

describe("the live session report's chart", () => {
  it('labels the buckets with their local time and draws impressions as bars, posts as a line', () => {
    const config = liveTimelineChart(
      { timeline },
      { impressions: 'Impressions', posts: 'Posts' },
      'fr',
      'Europe/Monaco',
    );
    expect(config.data.labels).toEqual(['15:00', '15:10', '15:20']);
    expect(config.data.datasets.map((d) => [d.label, d.type ?? 'bar', d.data])).toEqual([
      ['Impressions', 'bar', [1500, 0, 300]],
      ['Posts', 'line', [2, 0, 1]],
    ]);
  });

  it('writes times and delays in the UI language', () => {
    expect(bucketLabel(timeline[2]!.start, 'en', 'UTC')).toBe('01:20 PM');
    expect(delayLabel(2500, 'fr').replace(/\s/g, ' ')).toBe('2,5 s');
    expect(delayLabel(null, 'en')).toBe('—');
  });
});
