// The charter's self-promotion rule, shared by the charter check (a post about to be planned) and the analytics
// report (the posts actually published): which posts are self-promotional, and how many of them fall in a window.
import type { Charter } from './charter';
import { isPromotionalText } from './promotional-text';
import { normalizeText } from './text-tokens';

/** A tag as the charter compares it: case-, accent- and punctuation-insensitive ("#Auto-Promo" = "autopromo"). */
export const selfPromotionTagKey = (tag: string): string => normalizeText(tag).replace(/[^\p{L}\p{N}]/gu, '');

/** The keys of the charter's self-promotion tags (`selfPromotionTagKey`). */
export function selfPromotionTagKeys(charter: Pick<Charter, 'selfPromotion'>): Set<string> {
  return new Set(charter.selfPromotion.tags.map(selfPromotionTagKey));
}

/** What the rule reads of a post: its tags and its text. */
export interface SelfPromotionSubject {
  tags: readonly string[];
  segments?: readonly { text: string }[];
}

/**
 * Whether a post is self-promotional: tagged with one of the charter's self-promotion tags, or its text announces a
 * discount, a sale, a promo code or a special offer (`isPromotionalText`), whether or not anybody tagged it.
 */
export function isSelfPromotional(post: SelfPromotionSubject, tagKeys: ReadonlySet<string>): boolean {
  return (
    post.tags.some((t) => tagKeys.has(selfPromotionTagKey(t))) ||
    (post.segments ?? []).some((s) => isPromotionalText(s.text))
  );
}

/**
 * The most self-promotional posts (`true`) in any `size` consecutive posts of a sequence (the whole sequence when it
 * is shorter); with `around`, only the windows that hold that position (the post being checked).
 */
export function worstWindow(flags: readonly boolean[], size: number, around?: number): number {
  const width = Math.max(0, Math.min(size, flags.length));
  const prefix = [0];
  for (const f of flags) prefix.push(prefix[prefix.length - 1] + (f ? 1 : 0));
  const first = around === undefined ? 0 : Math.max(0, around - width + 1);
  const last = around === undefined ? flags.length - width : Math.min(around, flags.length - width);
  let worst = 0;
  for (let start = first; start <= last; start++) worst = Math.max(worst, prefix[start + width] - prefix[start]);
  return worst;
}
