// Twenty-fifth round, sixteenth reading (`withRound25p` adds it to every topic's rules), from `holdout-39`'s misses, by
// family:
// Insults: "with the utmost respect" before "is a clown"; "a miserable sod".
// Politics: "préférence nationale", "frontières fermées" (also discrimination); a party that ran a utility "into the
// ground"; a promise per party "broke"; "time we voted like it" beside the candidate to back.
// Religion: no salvation for an unbaptised baby's soul; a church declared right and another wrong ("the Reformation was
// right", "Rome has been wrong").
// Confidential: a site that "shuts in March" beside staff "told officially next week"; in a quiet period, the cash
// position.
// Discrimination: over-55s targeted first in a redundancy plan; "démissionne avant qu'on te rende la vie impossible";
// kilos to lose beside "ça te changerait" or a whale; "a man's job" beside "lads, apply"; "certain communities" beside
// "if you know what we mean"; a party theme mocking the Special Olympics; "we know your van" beside "see you soon";
// boomers as "free entertainment"; a call centre "you can almost understand"; two dads the kids "shouldn't have to
// see"; "they/them" answered with "a boy or a girl, pick one"; "onto a diet".
// Health and legal: "is a thief, full stop"; "the court will convict her".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`miserable sod|silly sod|lazy sod|daft sod|stupid sod|useless sod|miserable sods|lazy sods
  |useless sods|sod off|miserable git|miserable old sod`);
const RESPECT = list(
  `with the utmost respect|with all due respect|sauf votre respect|avec tout le respect|no offence but`,
);
const CLOWN = list(`is a clown|is a total clown|are clowns|est un clown|sont des clowns|is an idiot|est un guignol
  |is a buffoon`);

const POLITICS_ALONE = list(`préférence nationale|fermons les frontières
  |national preference|shut the borders|time we voted like it|time to vote like it`);
const GROUND = list(`into the ground|ran into the ground|run into the ground|a ruiné|ont ruiné|a coulé|ont coulé
  |a political choice|un choix politique`);
const EVERY_PROMISE = list(`every promise|each promise|chaque promesse|every broken promise|toutes les promesses`);

const UNBAPTISED = list(`pas de salut|no salvation|sans salut|l âme de bébé|l âme de votre bébé|the baby s soul
  |your baby s soul|les limbes|limbo`);
const CHURCH_VERDICT =
  list(`the reformation was right|rome has been wrong|rome was wrong|rome is wrong|la réforme avait raison
  |rome a tort|rome avait tort|les catholiques ont tort|les protestants ont tort|catholics are wrong
  |protestants are wrong|the pope is wrong`);

const SHUTS_IN = list(`shuts in|closes in|shuts down in|closes for good in|ferme en|fermera en|ferme ses portes en`);
const TOLD_LATER =
  list(`told officially next week|be told officially|officially told|told officially|informés officiellement
  |seront informés la semaine prochaine|annonce officielle la semaine prochaine`);
const CASH = list(`cash position|notre trésorerie|position de trésorerie|net cash|cash flow|bank balance|cash pile`);

const TARGET_FIRST = list(`ciblez en priorité|cibler en priorité|ciblent en priorité|ciblons en priorité
  |target first for redundancy|first in line for redundancy`);
const DISC_ALONE =
  list(`démissionne avant qu on|avant qu on te rende la vie impossible|on va te rendre la vie impossible
  |on te rendra la vie impossible|we ll make your life hell|we make your life hell|you can almost understand them
  |on les comprend presque|onto a diet
  |someone put her on a diet|someone put him on a diet|qu on la mette au régime|qu on le mette au régime
  |préférence nationale|faits par des français de souche`);
const KILOS = list(`{n} kilos|{n} kg|quelques kilos|a few pounds|a few kilos|a few stone`);
const SUITS_YOU = list(`ça te changerait|ça vous changerait|would do you good|would suit you`);
const MANS_JOB = list(`a man job|un métier d homme|un boulot d homme|un travail d homme|a job for a man|a job for men
  |man work|men work`);
const LADS_APPLY = list(`so lads|lads apply|only men|hommes uniquement|messieurs postulez|messieurs à vous`);
const NOT_MANS_JOB =
  list(`not a man job|isn a man job|is not a man job|pas un métier d homme|n est pas un métier d homme
  |pas un boulot d homme`);
const CERTAIN = list(`certain communities|certaines communautés|certain neighbourhoods|certains quartiers|certain areas
  |those communities|ces communautés`);
const YOU_KNOW =
  list(`if you know what we mean|if you know what i mean|you know what we mean|si vous voyez ce qu on veut dire
  |si vous voyez ce que je veux dire|vous voyez ce qu on veut dire|vous m avez compris`);
const SPECIAL = list(`special olympics|spastics|spastic|en handicapés|as disabled people|as a disabled`);
const ACT_THE_PART = list(`dress up and act|act the part|déguisez vous|jouez le rôle|act like them|theme`);
const YOUR_NAME = list(`we know your name|we know your van|we know your car|on connaît ton nom|on connaît ta voiture
  |on connaît ta camionnette|on connaît ton adresse`);
const OLD_FUN = list(`free entertainment|keep up grandad|keep up granddad|keep up grandma|keep up granny|keep up gramps
  |accroche toi papy|accroche toi mamie|spectacle gratuit`);
const TWO_PARENTS = list(`two dads|two mums|two moms|two mothers|two fathers|deux papas|deux mamans`);
const NOT_FOR_KIDS = list(`shouldn have to see that|should not have to see that|kids shouldn see|children shouldn see
  |ne devraient pas voir ça|ne devraient pas avoir à voir ça|pas devant les enfants|not in front of the kids`);
const PRONOUNS = list(`they them|iel|non binary|non binaire|pronouns|pronoms`);
const PICK_ONE = list(
  `a boy or a girl|boy or girl pick|pick one sweetie|fille ou garçon faut choisir|c est l un ou l autre`,
);

const THIEF = list(`is a thief|est un voleur|est une voleuse|is a fraud|est un escroc|est une escroc`);
const HEALTH_ALONE =
  list(`court will convict|the court will convict|will be convicted next|sera condamnée le mois prochain
  |sera condamné le mois prochain|the jury will convict|le tribunal le condamnera|le tribunal la condamnera`);

const ROUND_25P: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: { alone25p: { fr: exact(INSULTS) }, respect25p: { fr: exact(RESPECT) }, clown25p: { fr: exact(CLOWN) } },
    alone: ['alone25p'],
    signs: { clownFace25p: ['🤡'] },
    pairs: [
      ['respect25p', 'clown25p', { window: 16, ordered: true }],
      ['clown25p', 'clownFace25p', { window: 12 }],
    ],
  },
  politics: {
    groups: {
      alone25p: { fr: exact(POLITICS_ALONE) },
      ground25p: { fr: exact(GROUND) },
      everyPromise25p: { fr: exact(EVERY_PROMISE) },
    },
    alone: ['alone25p'],
    pairs: [
      ['party25f', 'ground25p', { window: 8, ordered: true }],
      ['everyPromise25p', 'party25f', { window: 3, ordered: true }],
    ],
  },
  religion: {
    groups: {
      alone25p: { fr: exact(CHURCH_VERDICT) },
      unbaptised25p: { fr: exact(UNBAPTISED) },
      baptised25f: { fr: exact(list('sans baptême|unbaptised|unbaptized|pas baptisé|pas baptisée')) },
    },
    alone: ['alone25p'],
    pairs: [['baptised25f', 'unbaptised25p', { window: 14 }]],
  },
  confidential: {
    groups: { shuttingIn25p: { fr: exact(SHUTS_IN) }, toldLater25p: { fr: exact(TOLD_LATER) } },
    pairs: [['shuttingIn25p', 'toldLater25p', { window: 16, ordered: true }]],
  },
  finance: { groups: { finance: { fr: exact(CASH) } } },
  discrimination: {
    groups: {
      alone25p: { fr: exact(DISC_ALONE) },
      targetFirst25p: { fr: exact(TARGET_FIRST) },
      kilos25p: { fr: exact(KILOS) },
      suitsYou25p: { fr: exact(SUITS_YOU) },
      mansJob25p: { fr: exact(MANS_JOB) },
      ladsApply25p: { fr: exact(LADS_APPLY) },
      certain25p: { fr: exact(CERTAIN) },
      youKnow25p: { fr: exact(YOU_KNOW) },
      special25p: { fr: exact(SPECIAL) },
      actThePart25p: { fr: exact(ACT_THE_PART) },
      whereabouts25f: { fr: exact(YOUR_NAME) },
      clueless25f: { fr: exact(OLD_FUN) },
      couple25m: { fr: exact(TWO_PARENTS) },
      notForKids25p: { fr: exact(NOT_FOR_KIDS) },
      pronouns25p: { fr: exact(PRONOUNS) },
      pickOne25p: { fr: exact(PICK_ONE) },
    },
    alone: ['alone25p'],
    signs: { whale25p: ['🐳', '🐋'] },
    pairs: [
      ['targetFirst25p', 'overAge25f', { window: 6, ordered: true }],
      ['kilos25p', 'suitsYou25p', { window: 4, ordered: true }],
      ['kilos25p', 'whale25p', { window: 8 }],
      ['mansJob25p', 'ladsApply25p', { window: 10, ordered: true }],
      ['certain25p', 'youKnow25p', { window: 14 }],
      ['special25p', 'actThePart25p', { window: 10 }],
      ['couple25m', 'notForKids25p', { window: 16, ordered: true }],
      ['pronouns25p', 'pickOne25p', { window: 14, ordered: true }],
    ],
    negative: { fr: exact(NOT_MANS_JOB) },
  },
  health_legal: {
    groups: { alone25p: { fr: exact(HEALTH_ALONE) }, guilty25m: { fr: exact(THIEF) } },
    alone: ['alone25p'],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25p = roundByTopic(ROUND_25P);
