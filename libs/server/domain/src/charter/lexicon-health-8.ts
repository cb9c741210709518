// Eighth round of the health and legal claims rules (lists in word-lists-health-8.ts), laid over HEALTH_LEGAL_RULES
// (lexicon-health.ts): its groups are new; its pairs also reuse the base groups (`claim`, `disease`, `certain`).
import type { Pair } from './lexicon';
import { exact, list } from './word-lists-discrimination';
import { CONDITIONS_EN, CONDITIONS_FR } from './word-lists-health';
import { NAMED_DISEASES, ORDINARY_WORDS } from './lexicon-health-4';
import * as H from './word-lists-health-8';

/** Conditions a tight verb or a "gone" may read: none that is an ordinary word ("less sleep", "memory is gone"). */
const ORDINARY = new Set([
  ...ORDINARY_WORDS,
  ...list(`kidney|kidneys|rein|reins|lungs|poumons|arteres|arteries|prostate|thyroid|thyroide|bacteria|bacteries|microbes
  |germs|germes|toxins|toxines|cramps|crampes|sii|tsa|asd|jet lag|decalage horaire|vertiges|allergie|allergy|sirop
  |blood sugar|glycemie|taux de sucre|overweight|surpoids`),
]);
const CONDITIONS = [...CONDITIONS_FR, ...CONDITIONS_EN, ...H.CONDITIONS_8]
  .filter((c) => !ORDINARY.has(c))
  .concat(
    NAMED_DISEASES,
    list(`my arthritis|mon eczema|my eczema|my acne|mon acne|my migraines|mes migraines|my back pain|my asthma|mon asthme
    |your anxiety|votre anxiete`),
  );

export const HEALTH_8_GROUPS = {
  h8condition: { fr: exact(CONDITIONS) },
  h8newCondition: { fr: exact(H.CONDITIONS_8.filter((c) => !ORDINARY.has(c))) },
  h8act: { fr: exact(H.ACT_8) },
  h8gone: { fr: exact(H.GONE) },
  h8immune: { fr: exact(H.IMMUNE) },
  h8powered: { fr: exact(H.POWERED) },
  h8circVerb: { fr: exact(H.CIRCULATION_VERB) },
  h8circ: { fr: exact(H.CIRCULATION) },
  h8meds: { fr: exact(H.MEDS_8) },
  h8replace: { fr: exact(H.REPLACE_8) },
  h8noRx: { fr: exact(H.NO_PRESCRIPTION) },
  h8verdict: { fr: exact(H.VERDICT) },
  h8soon: { fr: exact(H.SOON) },
  h8noLaw: { fr: exact(H.NO_LAW) },
  h8compel: { fr: exact(H.COMPEL) },
  h8party: { fr: exact(H.PARTY) },
  h8powerless: { fr: exact(H.POWERLESS) },
};

const tight = { window: 3, ordered: true, clause: true };
export const HEALTH_8_PAIRS: readonly Pair[] = [
  // "calme la toux", "reverse coeliac damage", "sort your anxiety out", "half as many colds", "stop night terrors".
  ['claim', 'h8newCondition'],
  ['h8act', 'h8condition', tight],
  // "my arthritis is gone", "mon eczéma a disparu".
  ['h8condition', 'h8gone', tight],
  // "your immune system will be firing on all cylinders", "défenses immunitaires … boostées".
  ['h8immune', 'h8powered', { window: 6, clause: true }],
  ['h8powered', 'h8immune', { window: 3, ordered: true, clause: true }],
  // "boosts circulation".
  ['h8circVerb', 'h8circ', { window: 2, ordered: true, clause: true }],
  // "better than any lozenge", "mieux qu'un sirop de pharmacie".
  ['h4replace', 'h8meds', { window: 4, ordered: true }],
  ['h8replace', 'h8meds', { window: 3, ordered: true }],
  ['h8replace', 'h4meds', { window: 3, ordered: true }],
  // "… anxiety, no prescription needed".
  ['h8noRx', 'h8condition', { window: 10 }],
  // "sa condamnation n'est qu'une question de semaines".
  ['h8verdict', 'h8soon', { window: 4, ordered: true }],
  // "aucune loi ne peut vous obliger à …", "no law says you have to …".
  ['h8noLaw', 'h8compel', { window: 4, ordered: true, clause: true }],
  // "the promoter can't do a thing about it", "le proprio ne peut rien contre vous".
  ['h8party', 'h8powerless', { window: 3, ordered: true, clause: true }],
];
