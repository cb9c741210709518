import type { AccountDto, CalendarPostDto } from '@xp/shared';
import { crowdedWarnings } from './crowded-warnings';

const account = (id: string, rateLimitTier: AccountDto['rateLimitTier']) =>
  ({ id, handle: `h_${id}`, rateLimitTier }) as AccountDto;

/** `n` scheduled posts of an account, `stepMs` apart (a second by default) from `from`. */
function posts(accountId: string, from: string, n: number, segmentCount = 1, status = 'scheduled', stepMs = 1000) {
  const start = Date.parse(from);
  return Array.from(
    { length: n },
    (_, i) =>
      ({
        id: `${accountId}-${from}-${i}`,
        accountId,
        status,
        scheduledAt: new Date(start + i * stepMs).toISOString(),
        publishedAt: null,
        segmentCount,
      }) as CalendarPostDto,
  );
}

describe('crowdedWarnings (the rule book’s tier budgets and overloaded windows)', () => {
  it('warns once per account and day, with the worst count, and marks every post of the windows', () => {
    const list = posts('a', '2026-03-02T08:00:00Z', 102);
    const { warnings, postIds } = crowdedWarnings(list, [account('a', 'basic')], 'Europe/Paris');
    expect(warnings).toEqual([
      { accountId: 'a', handle: 'h_a', tier: 'basic', day: '2026-03-02', count: 102, limit: 100, windowMinutes: 1440 },
    ]);
    expect(postIds.size).toBe(102);
  });

  it('counts one call per thread segment and reads the day in the shown timezone', () => {
    const list = posts('a', '2026-03-02T23:30:00Z', 6, 3);
    const { warnings } = crowdedWarnings(list, [account('a', 'free')], 'Europe/Paris');
    expect(warnings.map((w) => [w.day, w.count, w.limit])).toEqual([['2026-03-03', 18, 17]]);
  });

  it('applies the 15-minute window of Pro and pay-per-use, and ignores cancelled posts and budgets kept', () => {
    const crowded = [...posts('p', '2026-03-02T08:00:00Z', 101), ...posts('u', '2026-03-02T08:00:00Z', 101)];
    const spread = posts('q', '2026-03-02T08:00:00Z', 101, 1, 'scheduled', 60_000);
    const cancelled = posts('c', '2026-03-02T08:00:00Z', 200, 1, 'cancelled');
    const accounts = [account('p', 'pro'), account('u', 'ppu'), account('q', 'pro'), account('c', 'free')];
    const { warnings } = crowdedWarnings([...crowded, ...spread, ...cancelled], accounts, 'UTC');
    expect(warnings.map((w) => [w.accountId, w.windowMinutes])).toEqual([
      ['p', 15],
      ['u', 15],
    ]);
  });
});
