// Rounds of rules added to a category's rules (rule-extension.ts).
import type { CategoryRules } from './lexicon';
import { extendRules } from './rule-extension';

const base: CategoryRules = {
  groups: { strong: { fr: 'connard' } },
  alone: ['strong'],
  pairs: [],
  maskedOnly: { group: 'strong', words: ['cons', 'connard'] },
};

describe('extendRules', () => {
  it('joins the masked-only words of two rounds that report the same group (a later round dropped the earlier ones)', () => {
    const extended = extendRules(base, { maskedOnly: { group: 'strong', words: ['ass', 'connard'] } });
    expect(extended.maskedOnly).toEqual({ group: 'strong', words: ['cons', 'connard', 'ass'] });
  });

  it("keeps the later round's masked-only words when it reports another group", () => {
    const extended = extendRules(base, { maskedOnly: { group: 'slur', words: ['tr*nny'] } });
    expect(extended.maskedOnly).toEqual({ group: 'slur', words: ['tr*nny'] });
  });

  it('joins groups of the same name and appends pairs and alone groups', () => {
    const extended = extendRules(base, {
      groups: { strong: { fr: 'connasse', en: 'prick' } },
      alone: ['other'],
      pairs: [['strong', 'other', { window: 3 }]],
    });
    expect(extended.groups.strong).toEqual({ fr: 'connard|connasse', en: 'prick' });
    expect(extended.alone).toEqual(['strong', 'other']);
    expect(extended.pairs).toHaveLength(1);
    expect(extended.maskedOnly).toBe(base.maskedOnly);
  });
});
