// Insult rules of round 7 (lists in word-lists-insult-4.ts), merged into INSULT_RULES (lexicon.ts).
import { exact } from './word-lists-discrimination';
import { ADDRESS, YOU_ARE, YOU_ARE_MORE } from './word-lists-insults';
import * as R from './word-lists-insult-4';

export const INSULT_4 = {
  negative: exact(R.INSULT_NEGATIVES_4),
  /** Enough alone (in the `strong` group, so that masked spellings are read too: "sh*tting"). */
  strong: exact(R.STRONG_4),
  groups: {
    address4: { fr: exact(ADDRESS, R.ADDRESS_4) },
    person4: { fr: exact(R.PERSON_NOUNS_4) },
    soft4: { fr: exact(R.SOFT_NOUNS_4) },
    strict4: { fr: exact(R.STRICT_ADDRESS_4) },
    preEn4: { fr: exact(R.CONTEMPT_PRE_EN) },
    preFr4: { fr: exact(R.CONTEMPT_PRE_FR) },
    who4: { fr: exact(R.RELATIVE_4) },
    relNoun4: {
      fr: exact(
        R.RELATIVE_NOUNS_4,
        R.PERSON_NOUNS_4.filter((w) => !R.NOT_RELATIVE_4.has(w)),
      ),
    },
    isolated4: { fr: exact(R.ISOLATED_4) },
    youAre4: { fr: exact(YOU_ARE, YOU_ARE_MORE, R.YOU_ARE_4) },
    adj4: { fr: exact(R.ADJ_4) },
    doing4: { fr: exact(R.DOING_4) },
    childish4: { fr: exact(R.CHILDISH_4) },
    dumbAgent4: { fr: exact(R.DUMB_AGENT_4) },
    doBetter4: { fr: exact(R.DO_BETTER_4) },
    imagine4: { fr: exact(R.IMAGINE_4) },
    stupidAdj4: { fr: exact(R.STUPID_ADJ_4) },
    bless4: { fr: exact(R.BLESS_4) },
    smallMind4: { fr: exact(R.SMALL_MIND_4) },
    sarcasm4: { fr: exact(R.SARCASM_CUE_4) },
    geniusName4: { fr: exact(R.GENIUS_NAMES_4) },
  },
  compounds: [
    ['address4', 'person4', 'strong', 3],
    ['preEn4', 'person4', 'strong', 2],
    ['preFr4', 'person4', 'strong', 2],
    ['strict4', 'soft4', 'strong', 2],
    ['preEn4', 'soft4', 'strong', 2],
    ['relNoun4', 'who4', 'strong', 1],
    ['youAre4', 'adj4', 'strong', 2],
    ['doing4', 'childish4', 'strong', 4],
    ['dumbAgent4', 'doBetter4', 'strong', 3],
    ['imagine4', 'stupidAdj4', 'strong', 3],
    ['bless4', 'smallMind4', 'strong', 1],
  ] as const,
  isolated: ['isolated4'],
  pairs: [['sarcasm4', 'geniusName4', { window: 2, ordered: true }]] as const,
};
