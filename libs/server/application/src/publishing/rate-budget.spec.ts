import { checkPlanningBudget, RateBudgetTracker } from './rate-budget';

const t = (min: number) => new Date(Date.UTC(2026, 4, 24, 13, 0) + min * 60_000);

describe('checkPlanningBudget', () => {
  it('warns when 200 live-tweets in two hours exceed a basic account (100 per 24 h)', () => {
    const posts = Array.from({ length: 200 }, (_, i) => ({ scheduledAt: t(i * 0.6) }));
    const w = checkPlanningBudget('basic', posts);
    expect(w).toMatchObject({ code: 'RATE_LIMIT_WINDOW_EXCEEDED', count: 200, limit: 100, windowStart: t(0) });
    expect(w?.message.fr).toContain('200 publications');
  });
  it('is quiet within the window, and counts thread segments', () => {
    expect(
      checkPlanningBudget(
        'pro',
        Array.from({ length: 100 }, (_, i) => ({ scheduledAt: t(i * 0.1) })),
      ),
    ).toBeNull();
    expect(
      checkPlanningBudget(
        'pro',
        Array.from({ length: 60 }, (_, i) => ({ scheduledAt: t(i * 0.1), segments: 2 })),
      ),
    ).toMatchObject({ count: 120, limit: 100 });
    // Spread over more than 15 minutes, 150 posts fit the pro window.
    expect(
      checkPlanningBudget(
        'pro',
        Array.from({ length: 150 }, (_, i) => ({ scheduledAt: t(i * 0.2) })),
      ),
    ).toBeNull();
  });
});

describe('RateBudgetTracker', () => {
  it('blocks an account whose window X reported exhausted until its reset, and the app on its 24 h window', () => {
    const b = new RateBudgetTracker();
    const now = Date.parse('2026-05-24T13:00:00Z');
    const reset = new Date(now + 60_000);
    b.record('a', { limit: 100, remaining: 1, resetAt: reset }, now);
    expect(b.blockedUntil('a', now)).toBeNull();
    b.spend('a');
    expect(b.blockedUntil('a', now)).toEqual(reset);
    expect(b.blockedUntil('a', now + 61_000)).toBeNull();
    b.record(
      'c',
      {
        limit: 100,
        remaining: 50,
        resetAt: reset,
        day: { limit: 10_000, remaining: 0, resetAt: new Date(now + 3600_000) },
      },
      now,
    );
    expect(b.blockedUntil('b', now)).toEqual(new Date(now + 3600_000));
  });
});
