// Twenty-fifth round, seventeenth reading (`withRound25q` adds it to every topic's rules), from `holdout-40`'s misses,
// by family:
// Insults: "vous êtes d'une bêtise assez remarquable"; "fok" as an exclamation.
// Politics: those who closed Fessenheim; Belgium's "Arizona" coalition hitting families; "votez pour le seul candidat
// qui…"; "your orange clown of a president"; a "VAT raid".
// Religion: a fast called "quelle drôle d'idée"; veiled mothers "pas le genre de clientèle qu'on vise".
// Discrimination: older staff targeted first because "ils coûtent plus cher"; a wheelchair user "pas l'image qu'on veut
// donner"; Pride month "très peu pour nous" or against "familles normales"; "we've got your name, your address, and a
// very long memory"; over-60s sent to "your afternoon nap"; accents that "don't suit our clients".
// Health and legal: "100% guilty", a trial "a formality". Confidential, clean: a DJ's "unreleased tracks".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`êtes d une bêtise|es d une bêtise|d une bêtise remarquable|d une bêtise assez remarquable
  |d une bêtise affligeante|d une bêtise rare|d une bêtise crasse|d une stupidité rare|fok`);

const POLITICS_ALONE = list(`fermé fessenheim|fermer fessenheim|fermeture de fessenheim|closed fessenheim
  |votez pour le seul candidat|le seul candidat qui défend|vote for the only candidate|the only candidate who defends
  |clown of a president|joke of a president|clown of a prime minister|orange clown|clown de président
  |guignol de président|clown de premier ministre|vat raid|tax raid|pension raid|raid on pensions
  |raid on private schools|spite dressed up as policy`);
const ARIZONA = list(`l arizona|la coalition arizona|le gouvernement arizona|la vivaldi|de wever`);
const HITS = list(`tape sur|s attaque aux|s en prend aux|réveille toi|tapent sur|hits families|goes after`);

const FAST = list(`ramadan|le ramadan|le carême|lent|yom kippour|yom kippur|le jeûne|jeûner`);
const ODD_IDEA = list(`quelle drôle d idée|drôle d idée|what a weird idea|what a strange idea|quelle idée bizarre
  |such a weird idea|quelle idée saugrenue`);
const VEILED = list(`voilées|voilée|femmes voilées|mamans voilées|veiled|in headscarves|en hijab|portant le voile`);
const NOT_OUR_KIND =
  list(`pas le genre de clientèle|not the kind of customer|not our kind of customer|pas notre clientèle
  |pas notre cible|not our target|pas le public qu on vise`);

const TARGET_FIRST = list(`on cible en priorité|cible en priorité|ciblera en priorité|on vise en priorité`);
const OVER_AGE = list(`salariés de plus de {n} ans|les salariés de plus de {n} ans|employees over {n}|staff over {n}
`);
const COST = list(`ils coûtent plus cher|they cost more|coûtent plus cher`);
const DISABLED =
  list(`en fauteuil roulant|en fauteuil|in a wheelchair|wheelchair user|handicapé|handicapée|aveugle|sourd
  |sourde|blind|deaf`);
const IMAGE = list(`pas l image qu on veut donner|pas l image qu on veut|not the image we want|not the look we want
  |not a good look for`);
const PRIDE = list(`mois des fiertés|pride month|la pride|marche des fiertés|gay pride`);
const NOT_FOR_US = list(`très peu pour nous|pour les familles normales|for normal families only|only for normal families
  |familles traditionnelles uniquement|traditional families only`);
const GOT_YOUR = list(`we got your name|we got your address|we have your name|we have your address|on a ton nom
  |on a ton adresse|on a votre adresse|on a votre nom`);
const LONG_MEMORY = list(`a very long memory|a long memory|on a la mémoire longue|we never forget|on n oublie rien
  |on n oublie jamais`);
const NAP = list(
  `your afternoon nap|stick to the catalogue|working brains|retournez à votre sieste|votre petite sieste`,
);
const DISC_ALONE = list(`accents don suit|accent doesn suit|accents do not suit|accent ne convient pas
  |accents ne conviennent pas|only north indian|only south indian`);

const HEALTH_ALONE = list(`100 guilty|coupable à 100|trial is a formality|procès est une formalité
  |le procès n est qu une formalité|the trial is just a formality`);
const NOT_CONFIDENTIAL = list(`unreleased tracks|unreleased music|unreleased songs|unreleased remix|unreleased mixes
  |titres inédits|morceaux inédits`);

const ROUND_25Q: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: { alone25q: { fr: exact(INSULTS) } },
    alone: ['alone25q'],
    negative: { fr: exact(list('fok style|fok dumplings')) },
  },
  politics: {
    groups: {
      alone25q: { fr: exact(POLITICS_ALONE) },
      arizona25q: { fr: exact(ARIZONA) },
      hits25q: { fr: exact(HITS) },
    },
    alone: ['alone25q'],
    pairs: [['arizona25q', 'hits25q', { window: 10 }]],
  },
  religion: {
    groups: {
      fast25q: { fr: exact(FAST) },
      oddIdea25q: { fr: exact(ODD_IDEA) },
      veiled25q: { fr: exact(VEILED) },
      notOurKind25q: { fr: exact(NOT_OUR_KIND) },
    },
    pairs: [
      ['fast25q', 'oddIdea25q', { window: 14 }],
      ['veiled25q', 'notOurKind25q', { window: 12 }],
    ],
  },
  confidential: { negative: { fr: exact(NOT_CONFIDENTIAL) } },
  discrimination: {
    groups: {
      alone25q: { fr: exact(DISC_ALONE) },
      targetFirst25p: { fr: exact(TARGET_FIRST) },
      overAge25f: { fr: exact(OVER_AGE) },
      cost25f: { fr: exact(COST) },
      disabled25q: { fr: exact(DISABLED) },
      image25q: { fr: exact(IMAGE) },
      pride25q: { fr: exact(PRIDE) },
      notForUs25q: { fr: exact(NOT_FOR_US) },
      whereabouts25f: { fr: exact(GOT_YOUR) },
      seeYou25f: { fr: exact(LONG_MEMORY) },
      oldies25f: { fr: exact(list('over 50s|over 55s|over 60s|over 65s|over 70s|over 80s')) },
      clueless25f: { fr: exact(NAP) },
    },
    alone: ['alone25q'],
    pairs: [
      ['disabled25q', 'image25q', { window: 14, ordered: true }],
      ['pride25q', 'notForUs25q', { window: 16, ordered: true }],
    ],
  },
  health_legal: { groups: { alone25q: { fr: exact(HEALTH_ALONE) } }, alone: ['alone25q'] },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25q = roundByTopic(ROUND_25Q);
