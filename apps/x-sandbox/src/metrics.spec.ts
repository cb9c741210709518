import { modelMetrics, seeded } from './metrics';

const HOUR = 3_600_000;
// 2026-03-10 at 19:00 and 03:00 UTC
const EVENING = Date.UTC(2026, 2, 10, 19);
const NIGHT = Date.UTC(2026, 2, 10, 3);
const post = (over: Partial<{ id: string; text: string; createdAt: number; mediaIds: string[] }> = {}) => ({
  id: '1900000000000000001',
  text: 'Nouvelle collection',
  createdAt: EVENING,
  ...over,
});

describe('the engagement model', () => {
  it('is deterministic: the same post draws the same numbers', () => {
    expect(modelMetrics(post(), 10_000, 5 * HOUR)).toEqual(modelMetrics(post(), 10_000, 5 * HOUR));
    expect(seeded('42')()).toBe(seeded('42')());
    expect(modelMetrics(post({ id: '1900000000000000002' }), 10_000, 5 * HOUR)).not.toEqual(
      modelMetrics(post(), 10_000, 5 * HOUR),
    );
  });

  it('starts at zero and grows ever slower (decay)', () => {
    const at = (h: number) => modelMetrics(post(), 100_000, h * HOUR).public.impression_count;
    expect(at(0)).toBe(0);
    expect(at(1)).toBeGreaterThan(0);
    expect(at(6)).toBeGreaterThan(at(1));
    expect(at(48)).toBeGreaterThan(at(24));
    expect(at(24) - at(12)).toBeLessThan(at(12) - at(0));
    expect(at(24 * 30) - at(24 * 29)).toBeLessThan(at(1) / 100);
  });

  it('reaches further with more followers, in the evening, and with media', () => {
    const imp = (followers: number, p = post()) => modelMetrics(p, followers, 48 * HOUR).public.impression_count;
    expect(imp(1_000_000)).toBeGreaterThan(imp(10_000) * 10);
    expect(imp(100_000)).toBeGreaterThan(imp(100_000, post({ createdAt: NIGHT })) * 2);
    expect(imp(100_000, post({ mediaIds: ['1'] }))).toBeGreaterThan(imp(100_000) * 1.5);
  });

  it('counts link clicks only for posts with a link, and engagements as the sum of interactions', () => {
    const plain = modelMetrics(post(), 100_000, 24 * HOUR);
    const link = modelMetrics(post({ text: 'Voir https://kindy.example/a' }), 100_000, 24 * HOUR);
    expect(plain.nonPublic.url_link_clicks).toBe(0);
    expect(link.nonPublic.url_link_clicks).toBeGreaterThan(0);
    for (const m of [plain, link]) {
      const p = m.public;
      expect(m.nonPublic.engagements).toBe(
        p.like_count +
          p.retweet_count +
          p.reply_count +
          p.quote_count +
          p.bookmark_count +
          m.nonPublic.url_link_clicks +
          m.nonPublic.user_profile_clicks,
      );
      expect(p.like_count).toBeGreaterThan(0);
      expect(p.like_count).toBeLessThan(p.impression_count);
    }
  });
});
