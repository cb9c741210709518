import { overloadedWindows, TIER_BUDGETS } from './tier-budgets';

const T0 = Date.UTC(2026, 4, 24, 13, 0);
const at = (min: number) => T0 + min * 60_000;
const posts = (n: number, everyMin: number, calls = 1) =>
  Array.from({ length: n }, (_, i) => ({ id: `p${i}`, at: at(i * everyMin), calls }));

describe('TIER_BUDGETS', () => {
  it('pay-per-use has a fixed per-user window, like pro (100 per 15 minutes)', () => {
    expect(TIER_BUDGETS.ppu.user).toEqual({ limit: 100, windowMs: 15 * 60_000 });
    expect(TIER_BUDGETS.free.user).toEqual({ limit: 17, windowMs: 24 * 3600_000 });
  });
});

describe('overloadedWindows', () => {
  it('finds the windows over budget, with the posts they count', () => {
    const { sorted, windows: w } = overloadedWindows(posts(200, 0.6).reverse(), TIER_BUDGETS.basic.user);
    expect(w).toHaveLength(100); // every post from the 101st closes an overloaded window
    expect(w[0]).toEqual({ start: at(0), end: at(24 * 60), count: 101, first: 0, last: 100 });
    expect(sorted.slice(w[0]!.first, w[0]!.last + 1).map((p) => p.id)).toEqual(posts(101, 0.6).map((p) => p.id));
    expect(Math.max(...w.map((x) => x.count))).toBe(200);
  });

  it('is empty within budget, counts thread segments, and slides', () => {
    expect(overloadedWindows(posts(100, 0.1), TIER_BUDGETS.pro.user).windows).toEqual([]);
    expect(Math.max(...overloadedWindows(posts(60, 0.1, 2), TIER_BUDGETS.pro.user).windows.map((x) => x.count))).toBe(
      120,
    );
    // 150 posts 12 s apart span 30 minutes: at most 75 in any 15 minutes.
    expect(overloadedWindows(posts(150, 0.2), TIER_BUDGETS.pro.user).windows).toEqual([]);
    // A post at exactly the window's length after another is in the next window.
    const edge = [
      { id: 'a', at: at(0), calls: 1 },
      { id: 'b', at: at(15), calls: 100 },
    ];
    expect(overloadedWindows(edge, TIER_BUDGETS.pro.user).windows).toEqual([]);
  });

  it('free: the 18th post of a day is one too many', () => {
    const { windows } = overloadedWindows(posts(18, 10), TIER_BUDGETS.free.user);
    expect(windows.map((w) => [w.first, w.last, w.count])).toEqual([[0, 17, 18]]);
  });
});
