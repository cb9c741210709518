import { seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('draws the same sequence from the same seed (mulberry32), a different one from another seed', () => {
    const a = seededRandom(42);
    expect([a(), a(), a()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    const b = seededRandom(43);
    expect(b()).not.toBe(seededRandom(42)());
  });

  it('stays in [0, 1)', () => {
    const r = seededRandom(7);
    for (let i = 0; i < 10_000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
