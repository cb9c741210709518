// Tenth round of insults (`withInsult10`, laid over INSULT_RULES with extendRules): names for a person's body that
// are insults wherever they are aimed ("grosses vaches", "fatso", "little porker"), regional and borrowed insults
// and swear words ("dikkenek", "chutiyas", "Godverdomme", "feck"), and put-downs said without a swear word ("you're
// just being thick", "a pathetic excuse for an adult", "bravo les manches", "the taste buds of a goat").
import type { CategoryRules } from './lexicon';
import { exact, list } from './word-lists-discrimination';
import { extendRules } from './rule-extension';

/** Enough alone. */
const STRONG_10 =
  list(`grosse vache|grosses vaches|gros lard|gros lards|fatso|fatsos|fatties|lardass|lard arse|little porker
  |trisos|t es triso|espèce de triso|dikkenek|taborniau|crosseur|chutiya|chutiyas|godverdomme|feck it|fecking|feckin
  |gros dégueulasses|bande de dégueulasses|péquenots|péquenaud|péquenauds|bande de prétentieux|ces sauvages
  |bande de sauvages|alcoolos|consanguins|niaks|you're just being thick|you're being thick|just being thick
  |pathetic excuse for|you are an absolute nightmare|you're an absolute nightmare|empty little head|pea in your skull
  |filthy hypocrite|taste buds of a goat|and frankly so are you|complete amateurs|bunch of amateurs|bande d amateurs
  |bravo les manches|roulent comme des manches|conduit comme un manche|cons du dimanche|complètement cons|pas une larve
  |une vraie larve|bande de larves|payé au lance pierre|trop dur pour certains|go f yourselves|go f yourself
  |go f urself|allez vous faire voir|va te faire voir|clowns in accounts`);

/** The rules' insults with this round's. */
export function withInsult10(base: CategoryRules): CategoryRules {
  return extendRules(base, { groups: { strong: { fr: exact(STRONG_10) } } });
}
