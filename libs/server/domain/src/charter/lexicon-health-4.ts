// Seventh round of the health and legal claims rules (lists in word-lists-health-4.ts), laid over
// HEALTH_LEGAL_RULES (lexicon-health.ts): its groups are new, its pairs and compounds also reuse the base groups
// (`claim`, `disease`, `carer`, `correct`, `loss`, `amount`, `win`, `suit`).
import type { Pair } from './lexicon';
import { exact, list } from './word-lists-discrimination';
import { CONDITIONS_EN, CONDITIONS_FR } from './word-lists-health';
import * as H from './word-lists-health-4';

/** Conditions that a verb of `ACT_TIGHT` may act on: no body function that is an ordinary word ("less sleep"). */
/** Body words and states that are ordinary in a product's description ("less sleep", "memory"): not a condition alone. */
export const ORDINARY_WORDS = list(
  `sleep|sommeil|le sommeil|memory|memoire|la memoire|concentration|cerveau|l organisme|votre organisme|leur organisme
  |brain power|brainpower|cognitive|capacites cognitives|bones|ossature|eyesight|fertility|fertilite|libido
  |croissance des enfants|fatigue|burns|brulures|sunburn|coups de soleil|scalds|blisters|sweating|ageing|aging
  |vieillissement|spine|the spine|your spine|colonne vertebrale|ventre plat|flat tummy|flat stomach|flat belly`,
);
/** Diseases named outright: a condition whatever the verb. */
export const NAMED_DISEASES = list(
  `cancer|cancers|diabete|diabetes|covid|grippe|flu|the flu|acne|eczema|psoriasis|arthrose|arthritis|arthrite
  |depression|anxiete|anxiety|insomnie|insomnia|cholesterol|hypertension|alzheimer|parkinson|migraine|migraines
  |maladie|maladies|disease|diseases|illness|infection|infections|asthme|asthma|allergies|rhume|rhumes|colds
  |back pain|mal de dos|joint pain|douleurs articulaires|cystites`,
);
const ORDINARY = new Set(ORDINARY_WORDS);
const TIGHT_CONDITIONS = [...CONDITIONS_FR, ...CONDITIONS_EN, ...H.CONDITIONS_4]
  .filter((c) => !ORDINARY.has(c))
  .concat(NAMED_DISEASES);

export const HEALTH_4_GROUPS = {
  h4strong: { fr: exact(H.BODY_PROMISES_4, H.LEGIT) },
  h4disease: { fr: exact(H.CONDITIONS_4) },
  h4tightDisease: { fr: exact(TIGHT_CONDITIONS) },
  h4act: { fr: exact(H.ACT_4) },
  h4tight: { fr: exact(H.ACT_TIGHT) },
  h4meds: { fr: exact(H.MEDS) },
  h4replace: { fr: exact(H.REPLACE) },
  h4natural: { fr: exact(H.NATURAL) },
  h4natureDrug: { fr: exact(H.NATURE_DRUGS) },
  h4skipCarer: { fr: exact(H.SKIP_CARER) },
  h4carerOut: { fr: exact(H.CARER_OUT) },
  h4safe: { fr: exact(H.SAFE) },
  h4fitFor: { fr: exact(H.FIT_FOR) },
  h4vulnerable: { fr: exact(H.VULNERABLE) },
  h4conditionPeople: { fr: exact(H.CONDITION_PEOPLE) },
  h4help: { fr: exact(H.HELP) },
  h4growth: { fr: exact(H.GROWTH) },
  h4drive: { fr: exact(H.DRIVE) },
  h4alcohol: { fr: exact(H.ALCOHOL) },
  h4conspiracy: { fr: exact(H.CONSPIRACY) },
  h4keep: { fr: exact(H.KEEP) },
  h4kept: { fr: exact(H.KEPT) },
  h4keptFree: { fr: exact(H.KEPT_FREE) },
  h4keptDisease: {},
  h4reacts: { fr: exact(H.BODY_REACTS) },
  h4weight: { fr: exact(H.WEIGHT_4) },
  h4loss: { fr: exact(H.LOSS_4) },
  h4fallOff: { fr: exact(H.FALL_OFF) },
  h4case: { fr: exact(H.CASE) },
  h4doomed: { fr: exact(H.DOOMED) },
  h4nobody: { fr: exact(H.NOBODY) },
  h4authority: { fr: exact(H.AUTHORITY) },
  h4noAuthority: {},
  h4will: { fr: exact(H.WILL) },
  h4authorityNever: { fr: exact(H.AUTHORITY_NEVER) },
  h4never: { fr: exact(H.NEVER) },
  h4ignore: { fr: exact(H.IGNORE) },
  h4legalObject: { fr: exact(H.LEGAL_OBJECT) },
  h4known: { fr: exact(H.KNOWN) },
  h4crime: { fr: exact(H.CRIME) },
  h4heIs: { fr: exact(H.HE_IS) },
  h4criminal: { fr: exact(H.CRIMINAL) },
};

export const HEALTH_4_COMPOUNDS: readonly (readonly [string, string, string, number])[] = [
  ['h4natural', 'h4natureDrug', 'h4strong', 1],
  ['h4natureDrug', 'h4natural', 'h4strong', 1],
  ['h4replace', 'h4meds', 'h4strong', 3],
  ['h4skipCarer', 'carer', 'h4strong', 2],
  ['h4help', 'h4growth', 'h4strong', 4],
  ['h4keep', 'disease', 'h4keptDisease', 3],
  ['h4keep', 'h4disease', 'h4keptDisease', 3],
  ['loss', 'h4weight', 'h4strong', 4],
  ['h4loss', 'h4weight', 'h4strong', 4],
  ['h4loss', 'amount', 'h4strong', 4],
  ['h4weight', 'h4fallOff', 'h4strong', 2],
  ['h4nobody', 'h4authority', 'h4noAuthority', 1],
  ['h4heIs', 'h4criminal', 'h4strong', 1],
];

const tight = { window: 3, ordered: true, clause: true };
export const HEALTH_4_PAIRS: readonly Pair[] = [
  ['claim', 'h4disease'],
  ['h4act', 'disease'],
  ['h4act', 'h4disease'],
  ['correct', 'h4disease', { window: 4 }],
  ['h4tight', 'h4tightDisease', tight],
  ['h4safe', 'h4vulnerable', { window: 10 }],
  ['h4fitFor', 'h4conditionPeople', { window: 3, ordered: true }],
  ['carer', 'h4carerOut', { window: 3, ordered: true }],
  ['h4drive', 'h4alcohol', { window: 14 }],
  ['h4conspiracy', 'h4meds', { window: 8 }],
  ['h4conspiracy', 'disease', { window: 8 }],
  ['h4keptDisease', 'h4kept', { window: 4, ordered: true }],
  ['h4keep', 'h4keptFree', { window: 4, ordered: true }],
  ['h4reacts', 'disease', { window: 3 }],
  ['h4reacts', 'h4disease', { window: 3 }],
  ['h4doomed', 'h4case', { window: 12 }],
  ['h4doomed', 'suit', { window: 12 }],
  ['h4doomed', 'h4legalObject', { window: 12 }],
  ['win', 'h4case', { window: 10 }],
  ['win', 'suit', { window: 10 }],
  ['h4noAuthority', 'h4will', { window: 3, ordered: true }],
  ['h4authorityNever', 'h4never', { window: 3, ordered: true }],
  ['h4ignore', 'h4legalObject', { window: 8 }],
  ['h4known', 'h4crime', { window: 12 }],
];

export const HEALTH_4_NEGATIVE = exact(H.NEGATIVE_4);
