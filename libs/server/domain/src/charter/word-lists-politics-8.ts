// Eighth round of politics families (lexicon.ts wraps POLITICS_RULES with `withPolitics8`), by construction:
// contacting one's representative ("email your congressperson", "écrivez à votre sénateur"); voting for a party
// named by the word "party" ("voting for a party that…"); legalising or banning a social cause ("legalise same-sex
// adoption", "légaliser le cannabis"); policy matters that are weak alone (the housing crisis, school meals,
// refugees, a reform); office holders said to lie or to break promises ("un président qui ment", "les promesses du
// maire"); cues of people who never set foot in the real world ("n'ont jamais mis les pieds dans"), of a crisis
// they made themselves, of cutting services, of billions found for others. Negatives: elections and votes held
// among the brand's products ("l'élection du pyjama de l'hiver"). Matched exactly (normalized).
import type { CategoryRules, Pair, Terms } from './lexicon';
import { exact, list } from './word-lists-discrimination';
import { extendRules } from './rule-extension';

/** Weak: policy matters and actors, ambiguous alone. */
const WEAK_FR = list(`crise du logement|logement social|logements sociaux|mal logement|cantine gratuite
  |cantines gratuites|refugies|les refugies|demandeurs d asile|sans papiers|une opposition|l opposition
  |partis d opposition|un president|debat presidentiel|debat televise|kanak|kanaks|peuple kanak|legaliser
  |legalise|legalisee|legalisation|depenaliser|depenalisation|technocrate|bureaucratie|reforme du|reforme de la
  |cette reforme|la reforme|nouvelle reforme`);
const WEAK_EN = list(`housing crisis|social housing|council housing|free school meals|school meals|child poverty
  |refugees|refugee|asylum seekers|small boats|the opposition|opposition parties|presidential debate
  |televised debate|legalise|legalize|legalised|legalized|legalising|legalizing|legalisation|legalization
  |decriminalise|decriminalize|reforms|the reform|this reform|new reform|lawmaker|congressperson|home state
  |state legislature|bureaucracy`);

/** Cues said of those actors: lies, broken promises, out of touch, a crisis they made, cuts, billions for others. */
const CUES_FR = list(`qui ment|qui mentent|qui nous ment|qui nous mentent|ses promesses|leurs promesses
  |promesses du|promesses de campagne|promesse de campagne|promesses electorales|promesse electorale|qui croit encore
  |on attend toujours|toujours rien|n ont jamais mis les pieds|n a jamais mis les pieds|jamais mis les pieds dans
  |n ont jamais travaille|n a jamais travaille|n ont jamais tenu|n a jamais tenu|n ont jamais gere|lubie|lubies
  |qu il a lui meme cree|qu il a lui meme creee|qu ils ont eux memes cree|qu ils ont eux memes creee
  |qu elle a elle meme creee|qu elle a elle meme cree|respecter le vote|respecte le vote|respectez le vote
  |doit enfin respecter|doivent enfin respecter|des milliards pour|trouve des milliards|trouvent des milliards
  |sabrent|supprime les`);
const CUES_EN = list(`who lies|who lied|lying to us|broken promises|broken promise|campaign promise|campaign promises
  |his promises|her promises|their promises|never set foot|have never set foot|never worked a day|of their own making
  |crisis they created|mess they made|respect the vote|respect the result|finds billions|found billions
  |billions for|is cutting|are cutting|keeps cutting|keep cutting|slashing|slashed|axing|axed`);

/** Contacting one's representative: a verb right before "your MP", "votre député" (`representative`). */
const CONTACT = list(`email|e mail|write to|call|phone|contact|tell|ask|lobby|message|tweet|tag|ecrivez a|ecrivez
  |appelez|interpellez|contactez|demandez a|dites a|ecrire a|appeler|interpeller|contacter`);
const REPRESENTATIVE = list(`your mp|your mps|your congressperson|your congressman|your congresswoman
  |your senator|your senators|your councillor|your councillors
  |your local councillor|your mep|your assemblyman|your assemblywoman|your state rep|votre depute
  |votre deputee|vos deputes|votre senateur|votre senatrice|vos senateurs|vos elus|votre elu|votre elue
  |votre maire|votre conseiller municipal`);

/** Voting for a party named by the word: "voting for a party that", "voter pour un parti qui". */
const VOTE_FOR = list(`voting for|vote for|voted for|votes for|voter pour|votez pour|votent pour|vote pour
  |a vote pour|ont vote pour`);
const A_PARTY = list(`a party|any party|the party that|a party that|parties that|un parti|un parti qui|ce parti
  |des partis|les partis|le parti qui`);

/** Legalising or banning a social cause: "legalise same-sex adoption", "légaliser le cannabis". */
const LEGAL_VERB = list(`legalise|legalize|legalised|legalized|legalising|legalizing|legalisation of
  |legalization of|decriminalise|decriminalize|ban|bans|banned|banning|outlaw|outlawed|outlawing|allow|allows
  |legaliser|legalise|legalisee|legalisation de|legalisation du|depenaliser|depenalisation de|depenalisation du
  |interdire|interdit|interdisent|interdiction de|interdiction du|autoriser|autorise|ouvrir|ouvrent`);
const CAUSE = list(`same sex adoption|same sex marriage|same sex couples|gay marriage|gay adoption|marriage equality
  |surrogacy|cannabis|marijuana|abortion|assisted dying|conversion therapy|le cannabis|la gpa|gpa|la pma
  |pma pour toutes|le mariage pour tous|mariage pour tous|mariage homosexuel|adoption homoparentale
  |l adoption homoparentale|l adoption par les couples homosexuels|l avortement|l euthanasie|le suicide assiste
  |les therapies de conversion`);

/** Cutting a public service ("cutting the bus routes", "ferme la maternité"): politics with an actor nearby. */
const CUT_VERB = list(`cutting|cuts|cut|slashing|slashes|axing|axes|closing|closes|shutting|shuts|scrapping|scraps
  |supprime|supprimer|suppriment|ferme|fermer|ferment|sabrent|reduit|reduire|reduisent|sacrifie`);
const SERVICE = list(`bus routes|bus route|bus lines|bus services|bus service|night buses|libraries|the library
  |youth centres|youth services|hospital beds|school budgets|lignes de bus|ligne de bus|bus de nuit|bibliotheque
  |bibliotheques|mediatheque|piscine municipale|maternite|maternites|lits d hopital|bureau de poste|bureaux de poste
  |ecole du village|centre social|centres sociaux`);

/** Elections and votes held among a brand's products: "l'élection du pyjama de l'hiver" is a contest. */
const CONTESTED = list(`pyjama|pyjamas|motif|motifs|modele|modeles|coloris|couleur|gout|box|biscuit|cookie|cookies
  |sable|gateau|plat|menu|collection|sac|doudou|jouet|jeu|bonnet|sweat|tee shirt|t shirt|mug|bougie|cocktail|burger
  |pizza|glace|sandwich|snack|chocolat|bonbon|vin|fromage|croissant|patisserie|emballage|packaging|pack|calendrier
  |poster|visuel|slogan|theme|playlist|chanson|recette|plat du jour`);
const NEGATIVE = ['election du', 'election de la', 'election des', 'elections du', 'election of the'].flatMap((e) =>
  CONTESTED.map((w) => `${e} ${w}`),
);

const GROUPS: Record<string, Terms> = {
  weak: { fr: exact(WEAK_FR), en: exact(WEAK_EN) },
  cue: { fr: exact(CUES_FR), en: exact(CUES_EN) },
  contact8: { fr: exact(CONTACT) },
  representative8: { fr: exact(REPRESENTATIVE) },
  voteFor8: { fr: exact(VOTE_FOR) },
  aParty8: { fr: exact(A_PARTY) },
  legalVerb8: { fr: exact(LEGAL_VERB) },
  cause8: { fr: exact(CAUSE) },
  // "reform" in lower case (the weak group's "^Reform" is the party): a reform of a weak policy matter.
  cutVerb8: { fr: exact(CUT_VERB) },
  service8: { fr: exact(SERVICE) },
  // filled by the compound below (a cut verb up to 3 words before a public service)
  serviceCut8: {},
  reform8: { en: exact(`reform|reforms|overhaul|shake up`) },
};

const PAIRS: readonly Pair[] = [
  ['contact8', 'representative8', { window: 2, ordered: true, clause: true }],
  ['voteFor8', 'aParty8', { window: 2, ordered: true, clause: true }],
  ['legalVerb8', 'cause8', { window: 3, ordered: true, clause: true }],
  ['weak', 'reform8', { window: 3, clause: true }],
  ['weak', 'serviceCut8', { window: 8 }],
  ['cueOnly', 'serviceCut8', { window: 8 }],
];

/** The politics rules with this round's families: groups of the same name are joined, pairs and negatives added. */
export function withPolitics8(base: CategoryRules): CategoryRules {
  return extendRules(base, {
    groups: GROUPS,
    pairs: PAIRS,
    compounds: [['cutVerb8', 'service8', 'serviceCut8', 3]],
    negative: { fr: exact(NEGATIVE) },
  });
}
