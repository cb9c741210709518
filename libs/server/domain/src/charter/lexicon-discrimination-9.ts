// The ninth round's families (word-lists-discrimination-9.ts) added to the discrimination rules.
import type { CategoryRules } from './lexicon';
import { extendRules } from './rule-extension';
import { DISCRIMINATION_9_GROUPS, DISCRIMINATION_9_PAIRS } from './word-lists-discrimination-9';

/** `base` with the ninth round's groups and pairs, and its phrases that are enough alone. */
export function withDiscrimination9(base: CategoryRules): CategoryRules {
  const rules = extendRules(base, { groups: DISCRIMINATION_9_GROUPS, pairs: DISCRIMINATION_9_PAIRS });
  return { ...rules, alone: [...rules.alone, 'alone9'] };
}
