import { defaultCharter, mergeCharter, worstWindow } from '../index';
import { selfPromotionTally } from './self-promotion-report';

const plain = (text = 'Les coulisses de l’atelier') => ({ tags: [], segments: [{ text }] });
const tagged = (tag = 'autopromo') => ({ tags: ['produit', tag], segments: [{ text: 'Notre nouvelle collection' }] });
const sale = () => ({ tags: [], segments: [{ text: 'Soldes : -30 % sur toute la collection' }] });

describe('worstWindow', () => {
  it('counts the most flagged items in any run of `size` consecutive ones', () => {
    const f = [true, false, false, true, true, false, true, false];
    expect(worstWindow(f, 3)).toBe(2);
    expect(worstWindow(f, 4)).toBe(3);
    expect(worstWindow(f, 1)).toBe(1);
    expect(worstWindow([false, false], 3)).toBe(0);
    expect(worstWindow([], 10)).toBe(0);
  });

  it('takes the whole sequence when it is shorter than the window', () => {
    expect(worstWindow([true, true, true], 10)).toBe(3);
  });

  it('with `around`, only the windows holding that position', () => {
    const f = [true, true, true, false, false, false, false, true];
    expect(worstWindow(f, 3)).toBe(3);
    expect(worstWindow(f, 3, 7)).toBe(1);
    expect(worstWindow(f, 3, 4)).toBe(1);
    expect(worstWindow(f, 3, 2)).toBe(3);
  });
});

describe('selfPromotionTally', () => {
  it('classifies as the charter does: its tags (any case or punctuation) or a promotional text', () => {
    const posts = [tagged('#Auto-Promo'), plain(), sale(), plain('Offre d’emploi : développeuse à Lyon'), plain()];
    expect(selfPromotionTally(posts, defaultCharter())).toEqual({
      posts: 5,
      selfPromotional: 2,
      ratio: 0.4,
      limit: { max: 2, window: 10, ratio: 0.2, enabled: true },
      worstWindow: 2,
      exceeded: false,
    });
  });

  it('finds the worst window of consecutive published posts and whether it is over the limit', () => {
    // 12 posts: 3 self-promotional within 10 consecutive ones (positions 2, 6, 11 → window 2..11).
    const posts = Array.from({ length: 12 }, (_, i) => ([2, 6, 11].includes(i) ? tagged() : plain()));
    const tally = selfPromotionTally(posts, defaultCharter());
    expect(tally).toMatchObject({ posts: 12, selfPromotional: 3, ratio: 0.25, worstWindow: 3, exceeded: true });
    // Spread out (positions 0, 6, 11), no 10 consecutive posts hold more than 2: within the limit.
    const spread = Array.from({ length: 12 }, (_, i) => ([0, 6, 11].includes(i) ? sale() : plain()));
    expect(selfPromotionTally(spread, defaultCharter())).toMatchObject({ worstWindow: 2, exceeded: false });
  });

  it('follows the brand’s own settings: tags, limit and window, and never exceeds when the rule is off', () => {
    const charter = mergeCharter({ selfPromotion: { tags: ['pub'], maxPerWindow: 1, windowSize: 3 } });
    const posts = [tagged('pub'), plain(), tagged('pub'), tagged('autopromo'), plain()];
    expect(selfPromotionTally(posts, charter)).toEqual({
      posts: 5,
      selfPromotional: 2,
      ratio: 0.4,
      limit: { max: 1, window: 3, ratio: 0.3333, enabled: true },
      worstWindow: 2,
      exceeded: true,
    });
    const off = mergeCharter({ selfPromotion: { enabled: false, maxPerWindow: 1, windowSize: 3 } });
    expect(selfPromotionTally([sale(), sale()], off)).toMatchObject({ worstWindow: 2, exceeded: false });
  });

  it('has nothing to say without posts', () => {
    expect(selfPromotionTally([], defaultCharter())).toMatchObject({
      posts: 0,
      selfPromotional: 0,
      ratio: 0,
      worstWindow: 0,
      exceeded: false,
    });
  });
});
