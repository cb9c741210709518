// Twenty-sixth round, first reading (`withRound26a` adds it to every topic's rules), from `holdout-41`'s misses, by
// family:
// Insults: "quel merdier"; wishing someone "un cerveau en état de marche".
// Politics: "biscuits taste better under a Green government"; "get this President out of the White House".
// Religion: "Ganpati Bappa Morya"; "isn't baptised yet, what are you even waiting for?".
// Confidential: a draft annual report "before it goes public".
// Discrimination: "les filles, c'est fait pour être jolies et se taire"; a casting of "enfants blancs aux yeux clairs
// uniquement"; "on a retrouvé votre adresse perso… on passera vous expliquer"; migrants that "bring nothing but
// crime"; blind customers welcome "if they can find the button"; "no hijabs or turbans on site".
// Health and legal: wet socks that "font tomber la température"; a spread that "aide à lutter contre le cancer du
// côlon".
// Clean: a shop closed for a water leak ("fuite d'eau"); Bishop Auckland and other towns named after bishops.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`quel merdier|quel bordel de merde|c est le merdier|what a shitshow|un cerveau en état de marche
  |un cerveau en état de m|trouver un cerveau|trouver un jour un cerveau|find a working brain|find yourself a brain
  |get yourself a brain|buy yourself a brain|achetez vous un cerveau|achète toi un cerveau`);

const POLITICS_ALONE = list(`under a green government|under a labour government|under a tory government
  |under a conservative government|under a reform government|under a lib dem government|under a socialist government
  |under a republican administration|under a democrat administration|sous un gouvernement de gauche
  |sous un gouvernement de droite|sous un gouvernement écolo|sous un gouvernement socialiste|avec un gouvernement écolo
  |out of the white house|out of downing street|out of number 10|out of the elysée|hors de l élysée`);

const RELIGION_ALONE = list(`ganpati bappa morya|ganpati bappa|bappa morya|jai shri ram|jai shree ram|har har mahadev
  |hare krishna hare rama|om namah shivaya`);
const WAITING =
  list(`what are you even waiting for|what are you waiting for|qu attendez vous|qu est ce que vous attendez
  |qu est ce que tu attends|mais qu attendez vous|why wait`);
const NOT_YET_BAPTISED = list(`isn baptised yet|isn baptized yet|not baptised yet|not baptized yet|not yet baptised
  |not christened yet|pas encore baptisé|pas encore baptisée|toujours pas baptisé|toujours pas baptisée`);

const DRAFT_REPORT = list(`draft annual report|draft results|draft accounts|draft half year report|draft earnings
  |brouillon du rapport annuel|projet de rapport annuel|brouillon des comptes|brouillon des résultats`);
const GOES_PUBLIC = list(`before it goes public|before it goes out|before it s public|avant qu il soit public
  |avant qu il sorte|avant sa sortie officielle|before it is published|avant sa publication`);

const DISC_ALONE = list(`jolies et se taire|jolie et se taire|sois belle et tais toi|soyez belles et taisez vous
  |be pretty and stay quiet|be pretty and shut up|pretty and keep quiet|enfants blancs uniquement
  |enfants blancs aux yeux clairs|blancs aux yeux clairs|blonds aux yeux bleus uniquement|white kids only
  |white children only|caucasian children only|caucasian only|caucasian models only|type européen uniquement
  |type européen exigé|peau claire uniquement|fair skinned only|light skinned only|light skin only|no hijabs|no hijab
  |no turbans|no turban|no headscarves|pas de hijab|pas de voile|pas de turban|sans voile ni turban`);
const ADDRESS_FOUND = list(`retrouvé votre adresse|retrouvé ton adresse|votre adresse perso|ton adresse perso
  |your home address|found your address|found where you live|trouvé où tu habites|trouvé où vous habitez`);
const COME_EXPLAIN =
  list(`on passera vous expliquer|on passera t expliquer|on passera vous voir|we ll drop by|we will drop by
  |we ll pay you a visit|we ll come and explain|on viendra vous expliquer|on viendra t expliquer`);
const MIGRANTS = list(`migrants|immigrants|immigrés|étrangers|réfugiés|refugees|asylum seekers|demandeurs d asile`);
const ONLY_CRIME =
  list(`nothing but crime|only crime|bring crime|bringing crime|que la délinquance|que de la délinquance
  |que le crime|apportent la délinquance|apportent le crime|nothing but trouble`);
const IF_THEY_CAN = list(`if they can find|if they can hear|if they can read|s ils trouvent
  |s ils arrivent à trouver|s ils arrivent à voir|s ils entendent|if they manage to find`);
const CUSTOMERS_DISABLED = list(`blind customers|deaf customers|clients aveugles|clients sourds|clients malvoyants
  |visually impaired customers|wheelchair users|les aveugles|les sourds|blind people|deaf people|les malvoyants`);

const HEALTH_ALONE = list(`fait baisser la fièvre|font baisser la fièvre|fait tomber la fièvre|font tomber la fièvre
  |fait tomber la température|font tomber la température|brings the fever down|bring the fever down|bring a fever down
  |lowers a fever|lower a fever|breaks a fever|aide à lutter contre le cancer du|aident à lutter contre le cancer du
  |aide à prévenir le cancer du|aident à prévenir le cancer du|helps fight colon cancer|helps prevent colon cancer
  |help prevent colon cancer
  |help fight colon cancer|aide à lutter contre le cancer colorectal`);

const ROUND_26A: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { alone26a: { fr: exact(INSULTS) } }, alone: ['alone26a'] },
  politics: {
    groups: { alone26a: { fr: exact(POLITICS_ALONE) } },
    alone: ['alone26a'],
  },
  religion: {
    groups: {
      alone26a: { fr: exact(RELIGION_ALONE) },
      notYet26a: { fr: exact(NOT_YET_BAPTISED) },
      waiting26a: { fr: exact(WAITING) },
    },
    alone: ['alone26a'],
    pairs: [['notYet26a', 'waiting26a', { window: 10 }]],
    negative: {
      fr: exact(
        list(`bishop auckland|bishop stortford|bishops stortford|bishop castle|bishopsgate|bishop waltham
        |bishopbriggs|bishop lydeard|bishop rock`),
      ),
    },
  },
  confidential: {
    groups: { draft26a: { fr: exact(DRAFT_REPORT) }, goesPublic26a: { fr: exact(GOES_PUBLIC) } },
    alone: ['draft26a'],
    negative: { fr: exact(list(`fuite d eau|fuites d eau|fuite de gaz|water leak|gas leak|burst pipe`)) },
  },
  discrimination: {
    groups: {
      alone26a: { fr: exact(DISC_ALONE) },
      whereabouts25f: { fr: exact(ADDRESS_FOUND) },
      seeYou25f: { fr: exact(COME_EXPLAIN) },
      migrants26a: { fr: exact(MIGRANTS) },
      onlyCrime26a: { fr: exact(ONLY_CRIME) },
      disabledCustomers26a: { fr: exact(CUSTOMERS_DISABLED) },
      ifTheyCan26a: { fr: exact(IF_THEY_CAN) },
    },
    alone: ['alone26a'],
    pairs: [
      ['migrants26a', 'onlyCrime26a', { window: 6, ordered: true }],
      ['disabledCustomers26a', 'ifTheyCan26a', { window: 12, ordered: true }],
    ],
  },
  health_legal: { groups: { alone26a: { fr: exact(HEALTH_ALONE) } }, alone: ['alone26a'] },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26a = roundByTopic(ROUND_26A);
