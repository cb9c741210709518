import { RateLimiter } from './rate-limits';

describe('RateLimiter: posting limits of the pay-per-use and pro profiles', () => {
  it.each(['pro', 'ppu'] as const)('%s: 100 posts per user in 15 minutes, 10,000 per app in 24 hours', (profile) => {
    const limiter = new RateLimiter();
    const t0 = Date.UTC(2026, 5, 1, 12);
    for (let i = 0; i < 10_000; i++) {
      const d = limiter.check(profile, 'tweets.create', 'app', `user${Math.floor(i / 100)}`, t0 + i);
      if (!d.allowed) throw new Error(`post ${i} refused`);
    }
    expect(limiter.check(profile, 'tweets.create', 'app', 'user0', t0 + 20_000).allowed).toBe(false);
    const fresh = limiter.check(profile, 'tweets.create', 'app', 'newcomer', t0 + 20_000);
    expect(fresh.allowed).toBe(false);
    expect(fresh.headers['x-app-limit-24hour-remaining']).toBe('0');
    expect(fresh.headers['x-app-limit-24hour-reset']).toBe(String(Math.ceil((t0 + 24 * 3600_000) / 1000)));
    // a user window reopens after 15 minutes, the app window only after 24 hours
    expect(limiter.check(profile, 'tweets.create', 'app', 'user0', t0 + 16 * 60_000).allowed).toBe(false);
    expect(limiter.check(profile, 'tweets.create', 'app', 'user0', t0 + 24 * 3600_000 + 1).allowed).toBe(true);
  });

  it('refuses the 101st post of a user within 15 minutes', () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 100; i++) expect(limiter.check('pro', 'tweets.create', 'app', 'u', i).allowed).toBe(true);
    const refused = limiter.check('pro', 'tweets.create', 'app', 'u', 100);
    expect(refused.allowed).toBe(false);
    expect(refused.headers['x-rate-limit-remaining']).toBe('0');
    expect(limiter.check('pro', 'tweets.create', 'app', 'u', 15 * 60_000).allowed).toBe(true);
  });
});
