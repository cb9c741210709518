// The charter's near-duplicate rule: each segment of a post against the account's recent posts (and its sibling
// accounts', when the charter says so), with the finding that names the closest one.
import { msg, type MessageParams } from '@xp/shared';
import type { Charter } from './charter';
import type { CharterContext, CharterInput, SpannedFinding } from './charter-check';
import { findNearDuplicates } from './near-duplicate';
import { tokenize } from './text-tokens';

const noParams: MessageParams = {};

/**
 * The words a near-duplicate comparison reads in a recent post's segment. An account's recent posts come with every
 * check of its posts (and every edit of a draft checks it again): the words of the last texts read are remembered.
 */
const wordsByText = new Map<string, readonly string[]>();
const WORDS_CACHE_SIZE = 2000;
function comparedWords(text: string): readonly string[] {
  let words = wordsByText.get(text);
  if (words) return words;
  words = tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'hashtag' || t.kind === 'mention')
    .map((t) => (t.kind === 'mention' ? `@${t.norm}` : t.norm));
  if (wordsByText.size >= WORDS_CACHE_SIZE) wordsByText.delete(wordsByText.keys().next().value!);
  wordsByText.set(text, words);
  return words;
}

export function nearDuplicateFindings(
  input: CharterInput,
  charter: Charter,
  context: CharterContext,
  segmentWords: readonly string[][],
): SpannedFinding[] {
  const cfg = charter.nearDuplicate;
  if (!cfg.enabled || !context.recentPosts?.length) return [];
  const siblings = new Set(cfg.includeSiblingAccounts ? (context.siblingAccountIds ?? []) : []);
  const candidates = context.recentPosts
    .filter((p) => p.id !== input.postId && (p.accountId === input.accountId || siblings.has(p.accountId)))
    .flatMap((p) =>
      p.segments.map((s) => ({
        ref: { postId: p.id, sameAccount: p.accountId === input.accountId },
        words: comparedWords(s.text),
      })),
    );
  return findNearDuplicates(segmentWords, candidates, cfg).map((m) => {
    const pct = Math.round(m.similarity * 100);
    // X itself refuses the exact same text twice on one account: that one blocks.
    const exactOnSameAccount = m.identical && m.ref.sameAccount;
    const text = input.segments[m.segment].text;
    return {
      rule: 'near_duplicate' as const,
      severity: exactOnSameAccount ? ('block' as const) : cfg.severity,
      span: { segment: m.segment, start: 0, end: text.length },
      relatedPostId: m.ref.postId,
      similarity: m.similarity,
      code: exactOnSameAccount
        ? ('CHARTER_EXACT_DUPLICATE' as const)
        : m.ref.sameAccount
          ? ('CHARTER_NEAR_DUPLICATE_SAME_ACCOUNT' as const)
          : ('CHARTER_NEAR_DUPLICATE_SIBLING' as const),
      params: exactOnSameAccount ? noParams : { percent: pct },
      hint: msg('CHARTER_HINT_NEAR_DUPLICATE'),
    };
  });
}
