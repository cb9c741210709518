import type { BestHoursCellDto } from '@xp/shared';
import { bestHoursMap } from './best-hours-map-helpers';

const cell = (weekday: number, hour: number, posts: number, impressions: number, score: number): BestHoursCellDto => ({
  weekday,
  hour,
  posts,
  impressions,
  engagementRate: 0,
  score,
});

describe('the best-hours map', () => {
  const rows = bestHoursMap({
    minPosts: 3,
    cells: [cell(4, 12, 4, 4000, 1.25), cell(2, 9, 4, 800, 0.25), cell(6, 10, 2, 6000, 3.75)],
    best: [{ weekday: 4, hour: 12 }],
  });

  it('has 7 rows of 24 hours, Monday first, missing cells empty', () => {
    expect(rows.map((r) => r.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows.every((r) => r.cells.length === 24 && r.cells.every((c, h) => c.hour === h))).toBe(true);
    expect(rows[0]!.cells[0]).toMatchObject({ posts: 0, reach: 0, level: 0, rank: null, few: false });
  });

  it('shades by score against the top one, ranks the best cells and marks those with too few posts', () => {
    expect(rows[5]!.cells[10]).toMatchObject({ level: 4, rank: null, few: true, reach: 3000 });
    expect(rows[3]!.cells[12]).toMatchObject({ level: 2, rank: 1, few: false, reach: 1000 });
    expect(rows[1]!.cells[9]).toMatchObject({ level: 1, rank: null, few: false, reach: 200 });
  });
});
