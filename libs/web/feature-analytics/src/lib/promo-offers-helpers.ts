import type { SelfPromotionItemDto } from '@xp/shared';

/**
 * The figures of an account's self-promotion sentence: the charter's "at most `max` in `window`", and the worst
 * window published, counted over `window` posts, or over all of them when the range holds fewer.
 */
export function selfPromotionWindow(item: Pick<SelfPromotionItemDto, 'posts' | 'limit' | 'worstWindow'>): {
  max: number;
  window: number;
  worst: number;
  over: number;
} {
  return {
    max: item.limit.max,
    window: item.limit.window,
    worst: item.worstWindow,
    over: Math.min(item.limit.window, item.posts),
  };
}

/** The message key of an account's status against the charter: over the limit, within it, or the rule off. */
export function selfPromotionStatus(item: Pick<SelfPromotionItemDto, 'exceeded' | 'limit'>): string {
  return `analytics.selfPromo.status.${item.exceeded ? 'exceeded' : item.limit.enabled ? 'within' : 'off'}`;
}
