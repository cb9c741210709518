import { selfPromotionStatus, selfPromotionWindow } from './promo-offers-helpers';

const limit = { max: 2, window: 10, ratio: 0.2, enabled: true };

describe('selfPromotionWindow', () => {
  it('says the charter’s limit and the worst window over the window, or over all posts when fewer', () => {
    expect(selfPromotionWindow({ posts: 14, limit, worstWindow: 3 })).toEqual({
      max: 2,
      window: 10,
      worst: 3,
      over: 10,
    });
    expect(selfPromotionWindow({ posts: 4, limit, worstWindow: 1 })).toEqual({ max: 2, window: 10, worst: 1, over: 4 });
  });
});

describe('selfPromotionStatus', () => {
  it('names the status in words: exceeded, within, or the rule off', () => {
    expect(selfPromotionStatus({ exceeded: true, limit })).toBe('analytics.selfPromo.status.exceeded');
    expect(selfPromotionStatus({ exceeded: false, limit })).toBe('analytics.selfPromo.status.within');
    expect(selfPromotionStatus({ exceeded: false, limit: { ...limit, enabled: false } })).toBe(
      'analytics.selfPromo.status.off',
    );
  });
});
