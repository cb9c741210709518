// Ninth round of the health and legal claims rules (from train-i, train-k, train-l and train-m), by family, laid over
// HEALTH_LEGAL_RULES (lexicon-health.ts) with extendRules: groups of the same name are joined ("strong", "claim",
// "disease", "h8act", "h8condition"), the new families count only as pairs. Every list is matched exactly (normalized).
import type { CategoryRules, Pair } from './lexicon';
import { exact, list } from './word-lists-discrimination';
import { extendRules } from './rule-extension';

// ---- health ---------------------------------------------------------------------------------------------------

/** Enough alone: remission and starving tumours, immunity promised, a specialist's backing. */
const STRONG = list(`sent into remission|sends tumours into remission|sends cancer into remission|into full remission
  |en remission complete|starves tumours|starves tumors|starves cancer|starve cancer|starve tumours|affame les tumeurs
  |affament les tumeurs|affame le cancer|affamer le cancer|makes you immune to|make you immune to|keeps you immune to
  |vous immunise contre|vous immunisent contre|rend immunise contre|rendent immunise contre|recommandee par les pediatres
  |recommande par les pediatres|recommandes par les pediatres|recommandees par les pediatres|recommended by paediatricians
  |recommended by pediatricians|paediatrician recommended|pediatrician recommended|recommended by doctors|recommended by gps
  |you'll never be sued|you will never be sued|never get sued|vous ne serez jamais poursuivi|vous ne serez jamais poursuivis
  |aucun risque de redressement|no risk of an audit|il n y a jamais de controle|there are never any checks|nobody ever checks
  |legally binding in every country|valable dans tous les pays|don't bother declaring|no need to declare them
  |inutile de les declarer|pas besoin de les declarer`);

/** Verbs read right before a condition (with the eighth round's `h8act`): ending, suppressing, resetting, detecting. */
const ACT_9 = list(`fini|finie|finis|finies|fini l|fini la|fini le|fini les|adieu|adieu les|adieu la|bye bye|goodbye to
  |say goodbye to|supprime|suppriment|supprimer|suppress|suppresses|reset|resets|reinitialise|reequilibre|reequilibrent
  |rebalance|rebalances|regule|regulent|regulates|regulate|starve|starves|affame|affament|desensibilise
  |desensibilisent|desensitise|desensitises|desensitize|desensitizes|detects|detecte|detectent|predicts|predit|predisent
  |plus un seul|plus une seule|pas un seul|pas une seule|plus aucun|plus aucune|zero`);
/** Conditions the earlier lists lacked: infants' colic, nausea, chilblains, tumours, hormones, fertility. */
const CONDITIONS_9 =
  list(`coliques|coliques du nourrisson|colic|colics|infant colic|nausees|nausee|nausea|morning sickness
  |nausees matinales|chilblains|engelures|tumours|tumour|tumeurs|tumeur|oestrogen|estrogen|your oestrogen|your estrogen
  |oestrogenes|vos hormones|your hormones|testosterone|fertility|fertilite|insomnie|l insomnie|insomnia|infarctus
  |un infarctus|a heart attack|allergie au pollen|pollen allergy|hay fever symptoms|le cancer|cancer`);
/** Claim verbs joined to the base `claim` (near a `disease`). */
const CLAIM_9 =
  list(`make you immune|makes you immune|immunise|immunisent|vous immunise|double your chances|doubles your chances
  |double vos chances|doublent vos chances|into remission|en remission|suppriment|supprime|desensibilise`);
const DISEASE_9 = list(`fertility|fertilite|tumours|tumour|colic|coliques|nausees|nausea|chilblains|engelures|conceiving
  |tomber enceinte|oestrogen|estrogen|hormones`);

/** Putting a medicine aside ("jetez vos antihistaminiques", "no need for the flu jab"), before `MEDS_9`. */
const SKIP_MED =
  list(`pas besoin du|pas besoin de|plus besoin du|plus besoin de|plus besoin des|pas besoin des|no need for
  |no more need for|skip|skip the|skip your|jetez|jetez vos|throw away|throw away your|throw out your|ditch|ditch the
  |ditch your|bin your|au lieu du|au lieu des|instead of|instead of the|instead of your|plutot que|plutot que le
  |a la place du|a la place des|rather than`);
const MEDS_9 =
  list(`vaccin|vaccins|le vaccin|vaccin contre la grippe|vaccine|vaccines|the vaccine|flu jab|flu jabs|flu shot
  |jab|antihistaminiques|vos antihistaminiques|antihistamines|your antihistamines|inhaler|your inhaler|inhalateur
  |ventoline|insuline|insulin|chimio|la chimio|chemo|chimiotherapie|chemotherapy|antidepresseurs|antidepressants
  |antibiotiques|antibiotics|statines|statins|your meds|vos medicaments|votre traitement|your medication|ritalin|ritaline`);
/** A medicine belittled right after it ("chemo is a scam", "la chimio ne sert à rien"). */
const USELESS = list(`is a scam|are a scam|est une arnaque|sont une arnaque|ne sert a rien|ne servent a rien|are useless
  |is useless|is poison|are poison|sont du poison|est du poison|c est du poison|is a lie|don't work|doesn't work
  |ne marche pas|ne marchent pas|does more harm than good|fait plus de mal que de bien`);
/** Safe at any dose: a remedy promised harmless whatever the amount. */
const SAFE = list(`sans aucun danger|sans danger|aucun danger|totally safe|completely safe|perfectly safe|100 safe
  |entirely safe|absolutely safe|harmless|totally harmless|inoffensif|inoffensive|no risk at all`);
const DOSE = list(`forte dose|fortes doses|a forte dose|meme a forte dose|any dose|at any dose|high doses|high dose
  |even at high doses|quelle que soit la dose|as much as you like|as much as you want|melatonine|melatonin`);

// ---- legal ----------------------------------------------------------------------------------------------------

/** Someone's guilt or innocence asserted, or the accused named (before or after `OUTCOME`). */
const GUILT = list(`est coupable|sont coupables|est evidemment coupable|is guilty|are guilty|obviously guilty
  |clearly guilty|est innocent|est innocente|sont innocents|is innocent|are innocent|est un assassin|is a murderer
  |is a killer|est un meurtrier|l accuse|the accused|the defendant|le prevenu|la prevenue`);
/** What a court will do, said in advance. */
const OUTCOME = list(`prendra perpetuite|prendra|ecopera|ecoperont|perpetuite|will get life|he'll get|she'll get
  |they'll get|ten years|dix ans|life sentence|sortira libre|sortiront libres|will walk free|walk free|sera acquitte
  |sera acquittee|will be acquitted|sera classee|sera classe|classee sans suite|will be dropped|le jury|the jury will
  |the jury|l audience|the hearing will|the trial will|le proces le|l enquete le prouvera|le prouvera|will prove it
  |ne fera que le confirmer|will only confirm|have nothing on him|have nothing on her|n ont rien contre lui
  |n ont rien contre elle|la plainte sera`);
/** A case said to come to nothing, in words only a case uses (paired with a certainty: `KNOWN`). */
const DROPPED =
  list(`classee sans suite|classees sans suite|classe sans suite|classes sans suite|se terminera par un non lieu
  |aboutira a un non lieu|charges will be dropped|inquiry will be dropped|investigation will be dropped
  |complaint will be dropped|lawsuit will be dropped|will be thrown out of court`);

/** Legal advice stated as fact (taxes, copyright, leases, sick notes, wills, divorce). */
const LAW_CLAIM = list(`isn't a crime|is not a crime|isn't illegal|is not illegal|n est pas un crime|n est pas un delit
  |n est pas illegal|pas illegal|isn't taxable|is not taxable|aren't taxable|not taxable|tax free|non imposable
  |non imposables|pas imposable|pas imposables|exonere d impot|exoneres d impot|can't be copyrighted|cannot be copyrighted
  |can't be patented|ne peuvent pas etre protegees|ne sont pas protegeables|legally binding|juridiquement valable
  |juridiquement valide|legally can't|legally cannot|can't legally|cannot legally|ne peut pas legalement
  |ne peuvent pas legalement|without paying a penny|sans payer un centime|sans rien payer|sans payer un sou
  |pas besoin d avocat|no solicitor needed|no lawyer needed|no need for a lawyer|no need for a solicitor|sans avocat
  |pas besoin de notaire|no notary needed|don't bother declaring|no need to declare|pas besoin de declarer
  |inutile de declarer|inutile de conserver|pas besoin de garder les factures|jamais de controle|never audited
  |nobody checks|personne ne controle|personne ne verifie|never be sued|jamais poursuivi|aucun risque de redressement`);
/** … and vouched for. */
const ASSURE = list(`that's the law|c est la loi|look it up|trust us|trust me|i promise|je vous le promets|croyez moi
  |faites nous confiance|you're safe|vous etes tranquille|vous ne risquez rien|tu ne risques rien|aucun risque|no risk
  |don't bother|every country|tous les pays|our legal team says|notre service juridique|nos juristes
  |the law's on your side|the law is on your side|la loi est de votre cote|c est regle|et c est regle|guaranteed
  |so you'll never|relax|detendez vous|point final|full stop`);

const NEGATIVE =
  list(`guilty pleasure|guilty pleasures|plaisir coupable|plaisirs coupables|innocent smoothie|innocent drinks
  |tax free shopping|detaxe|a vole la vedette|ont vole la vedette|vole la vedette|a vole le show|stole the show
  |steals the show|stole the spotlight|stole our hearts|stole your heart|a vole nos coeurs|ont vole nos coeurs
  |a vole mon coeur|a vole ton coeur`);

const GROUPS = {
  strong: { fr: exact(STRONG) },
  claim: { fr: exact(CLAIM_9) },
  disease: { fr: exact(DISEASE_9) },
  h8act: { fr: exact(ACT_9) },
  h8condition: { fr: exact(CONDITIONS_9) },
  h9skipMed: { fr: exact(SKIP_MED) },
  h9meds: { fr: exact(MEDS_9) },
  h9useless: { fr: exact(USELESS) },
  h9safe: { fr: exact(SAFE) },
  h9dose: { fr: exact(DOSE) },
  h9guilt: { fr: exact(GUILT) },
  h9outcome: { fr: exact(OUTCOME) },
  h9lawClaim: { fr: exact(LAW_CLAIM) },
  h9assure: { fr: exact(ASSURE) },
  h9dropped: { fr: exact(DROPPED) },
};

const PAIRS: readonly Pair[] = [
  // "jetez vos antihistaminiques", "skip the flu jab"; "chemo is a scam".
  ['h9skipMed', 'h9meds', { window: 3, ordered: true, clause: true }],
  ['h9meds', 'h9useless', { window: 3, ordered: true, clause: true }],
  // "100 % naturel donc sans aucun danger, même à forte dose".
  ['h9safe', 'h9dose', { window: 10 }],
  // "X is guilty … he'll get ten years", "il est innocent, la plainte sera classée".
  ['h9guilt', 'h9outcome', { window: 14 }],
  // "paid in cash isn't taxable, that's the law", "no solicitor needed … in every country".
  ['h9lawClaim', 'h9assure', { window: 14 }],
  // "l'enquête sera classée sans suite, nous en sommes certains" (h4known: lexicon-health-4.ts).
  ['h9dropped', 'h4known', { window: 12 }],
];

/** The health and legal rules with this round's families. */
export function withHealth9(base: CategoryRules): CategoryRules {
  return extendRules(base, { groups: GROUPS, pairs: PAIRS, negative: { fr: exact(NEGATIVE) } });
}
