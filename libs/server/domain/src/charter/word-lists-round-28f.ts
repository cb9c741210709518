// Twenty-eighth round, reading f (`withRound28f` adds it to every topic's rules): a clean sentence a helper found
// flagged while writing round 28c. Clean: guide and assistance dogs let in where pets are not ("Animaux non admis,
// sauf chiens guides des personnes handicapées").
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const GUIDE_DOGS = list(`chiens guides des personnes handicapees|chien guide des personnes handicapees
  |chiens guides pour personnes handicapees|chiens d assistance des personnes handicapees|guide dogs for disabled people
  |guide dogs for the disabled|assistance dogs for disabled people|assistance dogs for the disabled
  |guide dogs for disabled customers|assistance dogs for disabled customers`);

const ROUND_28F: Readonly<Record<string, RuleExtension>> = {
  discrimination: { negative: { fr: exact(GUIDE_DOGS) } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28f = roundByTopic(ROUND_28F);
