// Twenty-seventh round, reading f (`withRound27f` adds it to every topic's rules), from `holdout-51`'s misses (a
// hold-out measured fresh after round 27a) and the clean posts of `train-cf` and `train-cg` the rules flagged, by
// family:
// Insults: "chill the f out". Politics: a law to "faire abroger"; Christian values put back into a nation's policy.
// Religion: "on croit en la Providence"; Mass for staff, faith as the company's fuel.
// Discrimination: "who pulls the strings of world finance" and "look who fasts at Yom Kippur"; "vous pouvez toujours
// retourner dans votre pays"; women told to have children instead; "even fat people" eating "without shame",
// extended sizes for kids who "can't stop eating"; same-sex families told a shelf or an advert is not for them;
// "British kids first", foreigners left to "fend for themselves"; the over-75s "doddering" at the wheel; never renting
// to a council estate; immigration blamed for bag checks at a store.
// Health and legal: tumours that shrink; a court case "settled in our favour" before the judge speaks; the culprit
// named before the inquiry ends.
// Clean: "Prière de ne pas…" (please), "ne dites rien aux enfants" (a Christmas surprise), a school council vote.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`chill the f out|the f out|shut the f up|what the f|get the f out|calm the f down`);

const POLITICS_ALONE = list(`faites la abroger|faire abroger cette loi|faire abroger la loi|abrogez la|abrogez cette loi
  |repeal this law|repeal this bill|get it repealed|have it repealed|get this law repealed`);
const VALUES = list(`christian values|valeurs chrétiennes|judeo christian values|valeurs judéo chrétiennes
  |forgets god|oublie dieu|a nation that forgets|une nation qui oublie`);
const STATE = list(`parliament|parlement|energy policy|politique énergétique|the government|le gouvernement|the nation
  |la nation|lawmakers|nos élus|the state|l état|public policy|les politiques publiques`);

const RELIGION_ALONE = list(`croit en la providence|croyons en la providence|croient en la providence
  |believe in providence|believe in divine providence|la providence divine|divine providence|faith is the fuel
  |la foi est le carburant|la foi est notre moteur|faith is our engine|mass for staff|messe pour le personnel
  |messe pour les salariés|will host mass|host mass for|accueillera la messe`);

const DISC_ALONE = list(`retourner au bled|rentrer au bled|british kids first|british jobs for british|french kids first
  |les français d abord|nos enfants d abord pas les|foreigners can fend for themselves|les étrangers se débrouilleront
  |les étrangers n ont qu à se débrouiller|préférence nationale|doddering about|doddering around|doddering along
  |still letting over|letting over 70s|letting over 75s|letting over 80s|les vieux au volant|vieux au volant
  |faites plutôt des enfants|have kids instead|have babies instead|stick to having babies|même les gros|even fat people
  |even the fat ones|même les grosses|même les obèses`);
const IF_UNHAPPY = list(`vous pouvez toujours|tu peux toujours|vous n avez qu à|tu n as qu à|pas contents|pas content
  |ne vous plaisent pas|ne vous plaît pas|ne te plaît pas|allez donc|va donc`);
const GO_HOME = list(`retourner dans votre pays|retourner dans ton pays|rentrer dans votre pays|rentrer dans ton pays`);
const STRINGS = list(`tire les ficelles|tirent les ficelles|pulls the strings|pull the strings|control the banks
  |contrôlent les banques|run the banks|run the media|contrôlent les médias`);
const WORLD_FINANCE = list(`finance mondiale|la finance|world finance|global finance|the banks|les banques|hollywood
  |the media|les médias`);
const LOOK_WHO = list(`regardez qui|look who|guess who|devinez qui|see who`);
const JEWISH_PRACTICE = list(`jeûne à yom kippour|yom kippour|yom kippur|shabbat|sabbath|synagogue|kippa|kippah
  |hanoucca|hanukkah|porte la kippa|wears a kippah`);
const EXTENDED = list(`extended sizes|plus sizes|grandes tailles|tailles plus|bigger sizes|larger sizes|tailles xl`);
const CANNOT_STOP = list(`cannot stop eating|just cannot stop eating|n arrêtent pas de manger|ne savent pas s arrêter
  |eat too much|mangent trop|never stop eating`);
const SAME_SEX = list(`familles homoparentales|famille homoparentale|homoparental|homoparentales|same sex couples
  |same sex families|gay couples|couples gays|couples homosexuels|deux papas|deux mamans|two dads|two mums|two moms
  |lesbian couples`);
const NOT_FOR = list(`n est pas fait pour|pas fait pour|not made for|is not for|are not for|not while|pas tant que
  |respecter les valeurs familiales|respect our family values|respect family values|traditional families only
  |familles traditionnelles uniquement`);
const ESTATE = list(`council estate|council estates|the estates|from the projects|des cités|de la cité|hlm|du 93
  |de banlieue`);
const NEVER_RENT = list(`never rent to|never let to|never hire|ne louez jamais|n embauchez jamais|trash the place
  |will trash|vont tout casser|vont tout saccager`);
const IMMIGRATION = list(`immigration|immigration laxiste|migrants|immigrés|migrant families|migratoire`);
const SECURITY = list(`renforcer la sécurité|renforcé la sécurité|laisser vos sacs|laissez vos sacs|fouille des sacs
  |bag checks|more security guards|extra security|leave your bags`);

const HEALTH_ALONE = list(`settled in our favour|settled in our favor|réglé en notre faveur|tranché en notre faveur
  |the judge just hasn|le juge ne l a juste pas|l enquête conclura à notre|the inquiry will conclude
  |the investigation will conclude|notre non responsabilité|our non liability`);
const TUMOURS = list(`shrink tumours|shrink tumors|shrinks tumours|shrinks tumors|shrinking tumours|réduit les tumeurs
  |réduisent les tumeurs|fait fondre les tumeurs|font fondre les tumeurs|dissolves tumours|dissolve tumours`);

const NOT_RELIGION = list(`prière de ne pas|prière de ne|prière de bien|prière de laisser|prière de fermer
  |prière de respecter|prière de vous|prière de nous|prière de sonner|prière de frapper`);
const NOT_CONFIDENTIAL = list(`ne dites rien aux enfants|ne dites rien aux petits|ne le dites pas aux enfants
  |ne dites rien à papa|ne dites rien à maman|ne le dites pas à papa|ne le dites pas à maman`);
const NOT_POLITICS = list(`school council vote|class rep|class representative|student council|délégué de classe
  |délégués de classe|conseil municipal des jeunes|conseil municipal des enfants`);

const ROUND_27F: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { alone27f: { fr: exact(INSULTS) } }, alone: ['alone27f'] },
  politics: {
    groups: {
      alone27f: { fr: exact(POLITICS_ALONE) },
      values27f: { fr: exact(VALUES) },
      state27f: { fr: exact(STATE) },
    },
    alone: ['alone27f'],
    pairs: [['values27f', 'state27f', { window: 14 }]],
    negative: { fr: exact(NOT_POLITICS) },
  },
  religion: {
    groups: { alone27f: { fr: exact(RELIGION_ALONE) } },
    alone: ['alone27f'],
    negative: { fr: exact(NOT_RELIGION) },
  },
  confidential: { negative: { fr: exact(NOT_CONFIDENTIAL) } },
  discrimination: {
    groups: {
      alone27f: { fr: exact(DISC_ALONE) },
      ifUnhappy27f: { fr: exact(IF_UNHAPPY) },
      goHome27f: { fr: exact(GO_HOME) },
      strings27f: { fr: exact(STRINGS) },
      worldFinance27f: { fr: exact(WORLD_FINANCE) },
      lookWho27f: { fr: exact(LOOK_WHO) },
      jewishPractice27f: { fr: exact(JEWISH_PRACTICE) },
      extended27f: { fr: exact(EXTENDED) },
      cannotStop27f: { fr: exact(CANNOT_STOP) },
      sameSex27f: { fr: exact(SAME_SEX) },
      notFor27f: { fr: exact(NOT_FOR) },
      estate27f: { fr: exact(ESTATE) },
      neverRent27f: { fr: exact(NEVER_RENT) },
      immigration27f: { fr: exact(IMMIGRATION) },
      security27f: { fr: exact(SECURITY) },
    },
    alone: ['alone27f'],
    pairs: [
      ['ifUnhappy27f', 'goHome27f', { window: 8, ordered: true }],
      ['strings27f', 'worldFinance27f', { window: 6, ordered: true }],
      ['lookWho27f', 'jewishPractice27f', { window: 6, ordered: true }],
      ['extended27f', 'cannotStop27f', { window: 16 }],
      ['sameSex27f', 'notFor27f', { window: 12 }],
      ['estate27f', 'neverRent27f', { window: 12 }],
      ['immigration27f', 'security27f', { window: 16 }],
    ],
  },
  health_legal: { groups: { alone27f: { fr: exact(HEALTH_ALONE, TUMOURS) } }, alone: ['alone27f'] },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound27f = roundByTopic(ROUND_27F);
