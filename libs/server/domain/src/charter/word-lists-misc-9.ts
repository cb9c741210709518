// Round 9's clean look-alikes (from the false positives of holdout-10, holdout-11 and train-j, after their one fresh
// measure), as negative phrases per topic, wired in by `withMisc9` (detector.ts):
// - religion: praying for the weather ("Praying for sunshine for Saturday's opening", "on a prié pour le soleil");
// - politics: a year as a product's ("our 2027 limited edition"), a product's election ("the great biscuit election");
// - confidential and quiet-period finance: "half-term" (a school holiday), F1 qualifying ("both cars through to Q3").
import type { CategoryRules, Terms } from './lexicon';
import { extendRules } from './rule-extension';
import { combos, exact, list } from './word-lists-discrimination';

const PRAY_EN = list(`pray|praying|prayed|we re praying|we are praying|fingers crossed and praying|say a prayer`);
const WEATHER_EN = list(`for sunshine|for sun|for some sun|for good weather|for dry weather|for a dry day|for no rain
  |for blue skies|for snow|for a sunny day|for a sunny weekend|the rain holds off|that the rain holds off
  |the rain stays away|the sun comes out|it stays dry|for a dry track|for rain`);
const PRAY_FR = list(`prie|prier|prions|on prie|on a prie|avons prie|on prie tous|j ai prie|prie tres fort`);
const WEATHER_FR = list(`pour le soleil|pour du soleil|pour le beau temps|pour qu il fasse beau|pour qu il ne pleuve pas
  |pour la neige|contre la pluie|pour une piste seche|pour un ciel bleu`);

const QUALIFYING = combos(
  list(`through to|into|out in|made it to|make it to|reach|reached|knocked out in|eliminated in|top ten in|p1 in`),
  list(`q1|q2|q3`),
);

const HALF_TERM = `=half term|=half terms|=half term holidays|=half term break`;

const NEGATIVES: Readonly<Record<string, Terms>> = {
  religion: { fr: exact(combos(PRAY_FR, WEATHER_FR)), en: exact(combos(PRAY_EN, WEATHER_EN)) },
  politics: {
    fr: exact(combos(list(`notre|nos|collection|edition|gamme|calendrier|catalogue|saison`), list(`2027|2028`))),
    en: exact([
      ...combos(list(`our`), list(`2027|2028`)),
      ...combos(list(`2027|2028`), list(`limited edition|edition|collection|range|calendar|catalogue|season|flavour`)),
      ...combos(
        list(`biscuit|cookie|flavour|flavor|cake|dessert|sock|jumper|pyjama|mascot|design|colour|product|the year`),
        list(`election|elections|vote|poll`),
      ),
    ]),
  },
  confidential: { en: `${HALF_TERM}|${exact(QUALIFYING)}` },
  finance: { en: `${HALF_TERM}|${exact(QUALIFYING)}|=q3 qualifying|=q2 qualifying|=q1 qualifying` },
};

/** The topic's rules with round 9's clean phrases. */
export function withMisc9(topic: string, rules: CategoryRules): CategoryRules {
  const negative = NEGATIVES[topic];
  return negative ? extendRules(rules, { negative }) : rules;
}
