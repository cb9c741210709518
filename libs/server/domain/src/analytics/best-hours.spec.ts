import { BEST_HOURS_MAX, BEST_HOURS_MIN_POSTS, bestHours, type HourSample } from './best-hours';

const sample = (weekday: number, hour: number, posts: number, impressions: number, likes = 0): HourSample => ({
  weekday,
  hour,
  posts,
  impressions,
  likes,
  reposts: 0,
  replies: 0,
  quotes: 0,
  bookmarks: 0,
});
const cell = (r: ReturnType<typeof bestHours>, weekday: number, hour: number) =>
  r.cells.find((c) => c.weekday === weekday && c.hour === hour)!;

describe('best hours', () => {
  it('gives the 168 cells in week order, empty ones at zero', () => {
    const r = bestHours([]);
    expect(r.cells).toHaveLength(168);
    expect(r.cells[0]).toEqual({ weekday: 1, hour: 0, posts: 0, impressions: 0, engagementRate: 0, score: 0 });
    expect(r.cells[25]).toMatchObject({ weekday: 2, hour: 1 });
    expect(r.cells[167]).toMatchObject({ weekday: 7, hour: 23 });
    expect(r.best).toEqual([]);
  });

  it('scores impressions per post against the account average and ranks the cells above it', () => {
    // 12 posts, 2,400 impressions: 200 a post on average.
    const r = bestHours([
      sample(4, 12, 4, 1920, 96), // Thursday noon: 480 a post → 2.4×
      sample(2, 9, 4, 320), // Tuesday 9 h: 80 a post → 0.4×
      sample(1, 18, 4, 160), // Monday 18 h: 40 a post → 0.2×
    ]);
    expect(cell(r, 4, 12)).toEqual({
      weekday: 4,
      hour: 12,
      posts: 4,
      impressions: 1920,
      engagementRate: 0.05,
      score: 2.4,
    });
    expect(cell(r, 2, 9).score).toBe(0.4);
    expect(cell(r, 1, 18).score).toBe(0.2);
    expect(r.best).toEqual([{ weekday: 4, hour: 12 }]);
  });

  it(`leaves out of the best the cells with fewer than ${BEST_HOURS_MIN_POSTS} posts, however high their score`, () => {
    const r = bestHours([sample(6, 10, 2, 10_000), sample(3, 8, 3, 3000), sample(3, 20, 10, 100)]);
    expect(cell(r, 6, 10).score).toBeGreaterThan(cell(r, 3, 8).score);
    expect(r.best).toEqual([{ weekday: 3, hour: 8 }]);
  });

  it('finds no best hour when no cell stands out or the history is thin', () => {
    // Everything at one hour: that hour is the average, nothing better to suggest.
    expect(bestHours([sample(5, 11, 30, 3000)]).best).toEqual([]);
    // Two posts only.
    expect(bestHours([sample(5, 11, 1, 300), sample(5, 12, 1, 100)]).best).toEqual([]);
    // No impressions at all yet.
    expect(bestHours([sample(5, 11, 5, 0), sample(1, 9, 5, 0)]).best).toEqual([]);
  });

  it(`keeps at most ${BEST_HOURS_MAX} best cells; ties go to more posts, then the earlier cell in the week`, () => {
    const good = [1, 2, 3, 4, 5, 6, 7].map((d) => sample(d, 9, 3, 300));
    const r = bestHours([...good, sample(7, 9, 3, 300), sample(1, 22, 30, 300)]);
    // Every 9 h cell makes 100 a post (Sunday's two samples add up) against an average of 2,700 / 54 = 50.
    expect(r.best).toEqual([
      { weekday: 7, hour: 9 },
      { weekday: 1, hour: 9 },
      { weekday: 2, hour: 9 },
      { weekday: 3, hour: 9 },
      { weekday: 4, hour: 9 },
    ]);
    expect(cell(r, 7, 9)).toMatchObject({ posts: 6, impressions: 600, score: 2 });
  });

  it('ignores cells outside the week', () => {
    const r = bestHours([sample(0, 9, 3, 300), sample(8, 9, 3, 300), sample(1, 24, 3, 300), sample(1, 9, 3, 30)]);
    expect(r.cells.reduce((n, c) => n + c.posts, 0)).toBe(3);
    expect(cell(r, 1, 9).score).toBe(1);
  });
});
