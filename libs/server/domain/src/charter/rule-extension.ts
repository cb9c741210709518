// A round's families added to a category's rules (word-lists-*-N.ts): groups of the same name are joined, pairs,
// compounds, negative phrases and the names of groups enough alone (or only as a clause of their own) appended.
import type { CategoryRules, Terms } from './lexicon';

const joined = (a: string | undefined, b: string | undefined): string | undefined => (a && b ? `${a}|${b}` : a || b);

/** Two term lists as one: each language's alternatives joined. */
export function mergeTerms(a: Terms | undefined, b: Terms): Terms {
  const fr = joined(a?.fr, b.fr);
  const en = joined(a?.en, b.en);
  return { ...(fr && { fr }), ...(en && { en }) };
}

export interface RuleExtension {
  groups?: Readonly<Record<string, Terms>>;
  pairs?: CategoryRules['pairs'];
  compounds?: NonNullable<CategoryRules['compounds']>;
  negative?: Terms;
  alone?: CategoryRules['alone'];
  isolated?: CategoryRules['isolated'];
  maskedOnly?: CategoryRules['maskedOnly'];
  signs?: CategoryRules['signs'];
}

type MaskedOnly = NonNullable<CategoryRules['maskedOnly']>;

/** Two rounds' masked-only words: joined when they report the same group, else the later round's. */
function joinedMasked(base: MaskedOnly | undefined, extra: MaskedOnly): MaskedOnly {
  if (!base || base.group !== extra.group) return extra;
  return { group: extra.group, words: [...new Set([...base.words, ...extra.words])] };
}

/** `base` with `extra` added; what `extra` leaves out stays as it was. */
export function extendRules(base: CategoryRules, extra: RuleExtension): CategoryRules {
  const groups: Record<string, Terms> = { ...base.groups };
  for (const [name, terms] of Object.entries(extra.groups ?? {})) groups[name] = mergeTerms(groups[name], terms);
  return {
    ...base,
    groups,
    ...(extra.pairs && { pairs: [...base.pairs, ...extra.pairs] }),
    ...(extra.compounds && { compounds: [...(base.compounds ?? []), ...extra.compounds] }),
    ...(extra.negative && { negative: mergeTerms(base.negative, extra.negative) }),
    ...(extra.alone && { alone: [...base.alone, ...extra.alone] }),
    ...(extra.isolated && { isolated: [...(base.isolated ?? []), ...extra.isolated] }),
    ...(extra.maskedOnly && { maskedOnly: joinedMasked(base.maskedOnly, extra.maskedOnly) }),
    ...(extra.signs && { signs: { ...base.signs, ...extra.signs } }),
  };
}

/** The base rules with each round's families added, oldest round first (`withX` of word-lists-*-N.ts). */
export const rounds =
  (...steps: ((rules: CategoryRules) => CategoryRules)[]) =>
  (base: CategoryRules): CategoryRules =>
    steps.reduce((rules, step) => step(rules), base);

/** A round's families by topic, as a step of the detector's rules: `topic`'s rules with that round's families added. */
export const roundByTopic =
  (families: Readonly<Record<string, RuleExtension>>) =>
  (topic: string, rules: CategoryRules): CategoryRules => {
    const extra = families[topic];
    return extra ? extendRules(rules, extra) : rules;
  };
