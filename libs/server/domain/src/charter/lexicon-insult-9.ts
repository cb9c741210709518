// Insult rules of round 9 (lists in word-lists-insult-9.ts), added to INSULT_RULES (lexicon.ts) by `withInsult9`.
import type { CategoryRules } from './lexicon';
import { extendRules } from './rule-extension';
import { exact } from './word-lists-discrimination';
import * as R from './word-lists-insult-9';

/** `base` (the insult rules) with round 9's families. */
export function withInsult9(base: CategoryRules): CategoryRules {
  return extendRules(base, {
    negative: { fr: exact(R.NEGATIVES_9) },
    groups: {
      strong: { fr: exact(R.STRONG_9) },
      youAnimal: { fr: exact(R.DIRTY_ADDRESS_9) },
      animal: { fr: exact(R.ANIMALS_9) },
      address4: { fr: exact(R.ADDRESS_9) },
      person4: { fr: exact(R.PERSON_NOUNS_9) },
      relNoun4: { fr: exact(R.RELATIVE_NOUNS_9) },
      dumbAgent4: { fr: exact(R.DUMB_AGENT_9) },
      doBetter4: { fr: exact(R.DO_BETTER_9) },
      littleAdj9: { fr: exact(R.LITTLE_ADJ_9) },
      littleNoun9: { fr: exact(R.LITTLE_NOUNS_9) },
      beastly9: { fr: exact(R.BEASTLY_9) },
      beasts9: { fr: exact(R.BEASTS_9) },
      pity9: { fr: exact(R.PITY_9) },
      contemptFr9: { fr: exact(R.CONTEMPT_FR_9) },
      mad9: { fr: exact(R.MAD_9) },
      oldEn9: { fr: exact(R.OLD_EN_9) },
      oldNoun9: { fr: exact(R.OLD_NOUNS_9) },
      exclaimed9: { fr: exact(R.EXCLAIMED_9) },
      thisPerson9: { fr: exact(R.THIS_PERSON_9) },
      youNoun9: { fr: exact(R.YOU_NOUN_9) },
      charisma9: { fr: exact(R.CHARISMA_9) },
      dullThing9: { fr: exact(R.DULL_THING_9) },
    },
    compounds: [
      ['littleAdj9', 'littleNoun9', 'strong', 1],
      ['beastly9', 'beasts9', 'strong', 2],
      ['pity9', 'soft4', 'strong', 1],
      ['contemptFr9', 'mad9', 'strong', 1],
      ['oldEn9', 'oldNoun9', 'strong', 1],
      ['exclaimed9', 'thisPerson9', 'strong', 2],
      ['charisma9', 'dullThing9', 'strong', 2],
    ],
    pairs: [['exclaimed9', 'thisPerson9', { window: 3, ordered: true }]],
    isolated: ['exclaimed9', 'youNoun9'],
  });
}
