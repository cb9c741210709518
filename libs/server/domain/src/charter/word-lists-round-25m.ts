// Twenty-fifth round, thirteenth reading (`withRound25m` adds it to every topic's rules), from `holdout-38`'s misses
// and clean posts flagged, by family:
// Insults: Belgian ones ("quel snul"); contempt in a letter's closing formula ("l'expression de notre plus profond
// mépris"), "pauvre lourdaud"; a person then "ce blaireau"; "a pack of drongos".
// Politics: a party's government that "owes" an apology; a leader's nickname beside a plan that will "cost families a
// fortune".
// Religion: a miracle of the Gospels mocked ("multiplier les pains, c'est mignon… miracle bidon"); a doctrine put to a
// debate ("la Trinité, ça tient debout ?"); confession "cheaper than therapy".
// Confidential: a closure the board approved, or whose comms "go out after the 15th". Clean: "close the curtains".
// Discrimination: a child who doesn't fit the sizes and "le goûter qu'il faut revoir"; a same-sex couple against "une
// image à tenir"; migrants who "will never contribute a penny".
// Health and legal: nappies "approuvées par l'ANSM" against a rash; guilt asserted "point final"; omega-3 that slows
// Alzheimer's.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`snul|snuls|quel snul|espèce de snul|zievereer|klootzak|plus profond mépris|notre profond mépris
  |mon profond mépris|notre plus profond mépris|our deepest contempt|utmost contempt|lourdaud|lourdauds|pauvre lourdaud
  |pack of drongos|bunch of drongos|mob of drongos|pack of galahs|bunch of galahs|pack of muppets|bunch of muppets
  |pack of clowns|pack of idiots|pack of morons|pack of bogans`);
const PERSON = list(`ministre|le ministre|président|député|maire|livreur|client|cliente|arbitre|patron|pilote|ce type
  |ce mec|le directeur|le préfet`);
const BADGER = list(`ce blaireau|quel blaireau|ce gros blaireau|espèce de blaireau|ce pauvre blaireau`);

const GOVERNMENT = list(`the anc government|the tory government|the labour government|the conservative government
  |the liberal government|the bjp government|the snp government|the coalition government|the albanese government
  |le gouvernement macron|le gouvernement bayrou|ce gouvernement`);
const OWES = list(`owes every|owes us|owe us|owes an apology|an apology|should apologise|should apologize|a failed
  |nous doit|doit des excuses|nous doit des excuses`);
const LEADER = list(`albo|albo s|scomo|bojo|sunak|starmer|trudeau|poilievre|modi|ramaphosa|biden|trump|meloni|macron
  |bayrou|le pen|mélenchon|bardella`);
const FORTUNE =
  list(`cost families a fortune|cost aussie families|cost us a fortune|cost a fortune|going to cost|just saying
  |va coûter une fortune|va nous coûter|vont nous coûter|va coûter cher aux familles|hit families|hammer families`);

const GOSPEL = list(`multiplier les pains|multiplication des pains|marcher sur l eau|walking on water|walk on water
  |changer l eau en vin|water into wine|loaves and fishes|la résurrection|the resurrection|the virgin birth`);
const SCOFF = list(`c est mignon|bidon|miracle bidon|yeah right|mouais|ben voyons|fairy tale|conte de fées|lol|sure jan
  |cute story|jolie histoire`);
const DOCTRINE = list(`la trinité|the trinity|l immaculée conception|the immaculate conception|le purgatoire|purgatory
  |la transsubstantiation|la résurrection|the resurrection|le péché originel|original sin`);
const DEBATE = list(`ça tient debout|ça tient la route|does it hold up|does it make sense|y croyez vous|vous y croyez
  |do you believe it|débat du jour|debate of the day|réponses en commentaires|answers in the comments|vrai ou faux`);
const CONFESSION = list(`confession|confessions|la confesse|se confesser|the confessional|le confessionnal`);
const PLACEBO =
  list(`cheaper than therapy|about as effective|as effective as|moins cher qu un psy|moins cher qu une thérapie
  |placebo|waste of time|perte de temps`);

const BOARD = list(`board just approved|board approved|board has approved|the board signed off|le conseil a validé
  |le board a validé|comms go out after|comms go out|comms out after|staff told after|annonce aux équipes après`);
const CLOSING = list(`closing the|closure of the|to close the|shut the|shutting the|fermer l usine|fermeture de l usine
  |fermeture du site|fermer le site|fermer l entrepôt`);
const NOT_CONFIDENTIAL = list(`close the curtains|close the blinds|close the windows|close the door|close the lid
  |closing the curtains|closing the blinds|fermez les volets|fermer les volets|fermer les rideaux|fermez les rideaux`);

const DOESNT_FIT = list(`ne rentre pas dedans|ne rentre pas dans|doesn fit|does not fit|don fit|do not fit|trop serré
  |too tight|ne ferme pas`);
const SNACKS =
  list(`le goûter qu il faut revoir|goûter qu il faut revoir|revoir le goûter|moins de goûters|moins de goûter
  |lay off the snacks|fewer snacks|cut down on snacks|cut down on the biscuits|skip dessert|moins de desserts
  |moins de gâteaux`);
const COUPLE =
  list(`avec son copain|avec son mec|avec son compagnon|with his boyfriend|with his husband|with her girlfriend
  |with her wife|deux hommes|deux femmes|two men|two women|same sex couple|couple gay|couple lesbien|gay couple
  |lesbian couple`);
const IMAGE =
  list(`une image à tenir|image à préserver|image to protect|image to keep|image to maintain|pas de ça chez nous
  |not that sort of thing here|pas chez orvea|pas chez nous`);
const CONTRIBUTE = list(`never contribute|will never contribute|never contribute a penny|ne contribueront jamais
  |ne rapportent rien|pay nothing in|never paid a penny`);

const HEALTH_ALONE = list(`approuvées par l ansm|approuvés par l ansm|approuvée par l ansm|validées par l ansm
  |validés par l ansm|slow alzheimer|slows alzheimer|slow down alzheimer|slow dementia|slows dementia
  |ralentit alzheimer|ralentir alzheimer|ralentit la maladie d alzheimer|freine alzheimer|freiner alzheimer`);
const GUILTY = list(`est coupable|is guilty|sont coupables|are guilty|est responsable de la mort`);
const FINAL = list(`point final|full stop|no question|end of story|sans discussion|period|c est tout`);

const ROUND_25M: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: { alone25m: { fr: exact(INSULTS) }, person25m: { fr: exact(PERSON) }, badger25m: { fr: exact(BADGER) } },
    alone: ['alone25m'],
    pairs: [['person25m', 'badger25m', { window: 4, ordered: true }]],
  },
  politics: {
    groups: {
      government25m: { fr: exact(GOVERNMENT) },
      owes25m: { fr: exact(OWES) },
      leader25m: { fr: exact(LEADER) },
      fortune25m: { fr: exact(FORTUNE) },
    },
    pairs: [
      ['government25m', 'owes25m', { window: 8, ordered: true }],
      ['leader25m', 'fortune25m', { window: 14 }],
    ],
  },
  religion: {
    groups: {
      gospel25m: { fr: exact(GOSPEL) },
      scoff25m: { fr: exact(SCOFF) },
      doctrine25m: { fr: exact(DOCTRINE) },
      debate25m: { fr: exact(DEBATE) },
      confession25m: { fr: exact(CONFESSION) },
      placebo25m: { fr: exact(PLACEBO) },
    },
    signs: { scoff25m: ['😂', '🤡', '🙄'] },
    pairs: [
      ['gospel25m', 'scoff25m', { window: 14 }],
      ['doctrine25m', 'debate25m', { window: 12 }],
      ['confession25m', 'placebo25m', { window: 10, ordered: true }],
    ],
  },
  confidential: {
    groups: { board25m: { fr: exact(BOARD) }, closing25m: { fr: exact(CLOSING) } },
    pairs: [['board25m', 'closing25m', { window: 8 }]],
    negative: { fr: exact(NOT_CONFIDENTIAL) },
  },
  discrimination: {
    groups: {
      doesntFit25m: { fr: exact(DOESNT_FIT) },
      snacks25m: { fr: exact(SNACKS) },
      couple25m: { fr: exact(COUPLE) },
      image25m: { fr: exact(IMAGE) },
      neverWork25i: { fr: exact(CONTRIBUTE) },
    },
    pairs: [
      ['doesntFit25m', 'snacks25m', { window: 16, ordered: true }],
      ['couple25m', 'image25m', { window: 14, ordered: true }],
    ],
  },
  health_legal: {
    groups: { alone25m: { fr: exact(HEALTH_ALONE) }, guilty25m: { fr: exact(GUILTY) }, final25m: { fr: exact(FINAL) } },
    alone: ['alone25m'],
    pairs: [['guilty25m', 'final25m', { window: 8, ordered: true }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25m = roundByTopic(ROUND_25M);
