// The self-promotion ratio actually published against the brand charter's limit (docs/analytics.md, "Self-promotion").
import type { Charter } from '../charter/charter';
import {
  isSelfPromotional,
  selfPromotionTagKeys,
  worstWindow,
  type SelfPromotionSubject,
} from '../charter/self-promotion';

export interface SelfPromotionTally {
  /** Published posts of the account in the range. */
  posts: number;
  /** Of them, the self-promotional ones (the charter's classification: its tags, or a promotional text). */
  selfPromotional: number;
  /** selfPromotional / posts (0 without posts), rounded to 4 decimals. */
  ratio: number;
  /** The charter's limit: at most `max` self-promotional posts in any `window` consecutive posts. */
  limit: { max: number; window: number; ratio: number; enabled: boolean };
  /** The most self-promotional posts in any `window` consecutive published posts (all of them when fewer). */
  worstWindow: number;
  /** The worst window is over the limit (never when the charter's rule is off). */
  exceeded: boolean;
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * The self-promotion of an account's published posts, in publication order, against its brand's charter: the same
 * classification and the same windows as the charter's check (`isSelfPromotional`, `worstWindow`), read afterwards.
 * Published posts may be over the limit: approved before the charter changed, its finding only a warning, or a post
 * published through an override.
 */
export function selfPromotionTally(posts: readonly SelfPromotionSubject[], charter: Charter): SelfPromotionTally {
  const cfg = charter.selfPromotion;
  const keys = selfPromotionTagKeys(charter);
  const flags = posts.map((p) => isSelfPromotional(p, keys));
  const selfPromotional = flags.filter(Boolean).length;
  const worst = worstWindow(flags, cfg.windowSize);
  return {
    posts: posts.length,
    selfPromotional,
    ratio: posts.length ? round4(selfPromotional / posts.length) : 0,
    limit: {
      max: cfg.maxPerWindow,
      window: cfg.windowSize,
      ratio: cfg.windowSize > 0 ? round4(cfg.maxPerWindow / cfg.windowSize) : 0,
      enabled: cfg.enabled,
    },
    worstWindow: worst,
    exceeded: cfg.enabled && worst > cfg.maxPerWindow,
  };
}
