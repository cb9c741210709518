// Tenth round of the market-sensitive families (`withConfidential10`, laid over CONFIDENTIAL_RULES with extendRules):
// what a product costs the brand to make ("vendues 7,90 € et nous coûtent 1,10 € à produire"), a margin with its
// figure or its cheer ("marge brute de 62 %", "gotta love that margin"), the cash said at a record ("la tréso n'a
// jamais été aussi solide"), and a company about to join the group on a signing date ("rejoint bientôt la famille
// Bonval, signature prévue le 12").
import type { CategoryRules } from './lexicon';
import { exact, list } from './word-lists-discrimination';
import { extendRules } from './rule-extension';

/** Enough alone: a margin's figure or cheer, a cost price. */
const ALONE_10 =
  list(`marge de {n}|marge brute de {n}|marge nette de {n}|marge est de {n}|marge atteint {n}|{n} de marge
  |margin of {n}|gross margin of {n}|net margin of {n}|margin is {n}|margin hit {n}|margins hit {n}|{n} margin on
  |vive la marge|jolie marge|belle marge|sacrée marge|love that margin|gotta love that margin|nice margin|fat margin
  |healthy margin on|prix de revient de|coût de revient de|cost price of|unit cost of|production cost of`);

/** What it costs the brand … */
const COSTS_US = list(`nous coûte {n}|nous coûtent {n}|nous revient à {n}|nous reviennent à {n}|cost us {n}|costs us {n}
  |costing us {n}|cost us just {n}|costs us just {n}|nous coûtent seulement {n}|nous coûte seulement {n}`);
/** … to make. */
const TO_MAKE = list(`à produire|à fabriquer|à l usine|de fabrication|to make|to produce|to manufacture|at the factory
  |à la production|in production`);

/** The cash … */
const CASH =
  list(`la tréso|notre tréso|la trésorerie|notre trésorerie|le cash|notre cash|cash position|our cash|cash pile
  |war chest|bank balance|compte en banque|free cash flow|cash flow`);
/** … at a record. */
const RECORD =
  list(`jamais été aussi solide|jamais été aussi bonne|jamais été aussi haut|jamais été aussi élevée|au plus haut
  |never looked healthier|never been healthier|never been stronger|never been higher|at a record|record high
  |healthier than ever|stronger than ever`);

/** Our margin … with its figure ("notre marge sur les biscuits est de 62 %"). */
const MARGIN =
  list(`notre marge|notre marge brute|notre marge nette|our margin|our gross margin|our net margin|la marge brute
  |the gross margin`);
const FIGURE = list(
  `est de {n}|is {n}|atteint {n}|a atteint {n}|hits {n}|hit {n}|reached {n}|grimpe à {n}|climbed to {n}`,
);

/** A company joining the group … */
const JOINS = list(`rejoint la famille|rejoint bientôt la famille|va rejoindre la famille|rejoindra la famille
  |bientôt dans la famille|arrive dans la famille|about to join the|joins the family|join the family|will join the family
  |joining the family|is joining the group|rejoint le groupe|va rejoindre le groupe|nouvelle marque dans la famille`);
/** … on a signing date. */
const SIGNING =
  list(`signature prévue|la signature|signature le|signing's on|signing is on|signing on|signature est prévue
  |closing prévu|closing on|deal closes|deal signed|contrat signé|officialisation`);

/** The market-sensitive rules with this round's families. */
export function withConfidential10(base: CategoryRules): CategoryRules {
  return extendRules(base, {
    groups: {
      alone10: { fr: exact(ALONE_10) },
      costsUs10: { fr: exact(COSTS_US) },
      toMake10: { fr: exact(TO_MAKE) },
      cash10: { fr: exact(CASH) },
      record10: { fr: exact(RECORD) },
      joins10: { fr: exact(JOINS) },
      signing10: { fr: exact(SIGNING) },
      margin10: { fr: exact(MARGIN) },
      figure10: { fr: exact(FIGURE) },
    },
    alone: ['alone10'],
    pairs: [
      ['costsUs10', 'toMake10', { window: 6 }],
      ['cash10', 'record10', { window: 8 }],
      ['joins10', 'signing10', { window: 14 }],
      ['margin10', 'figure10', { window: 6, ordered: true }],
    ],
  });
}
