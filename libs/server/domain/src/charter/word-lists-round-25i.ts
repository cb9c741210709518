// Twenty-fifth round, ninth reading (`withRound25i` adds it to every topic's rules), from `holdout-37`'s misses and
// clean posts flagged, by family:
// Insults: "faire ta chieuse"; a customer told reading "must be very hard for you", or to "ask a grown-up" beside a
// Karen.
// Politics: a party's or a tax's measure called "daylight robbery"; "fight the Florida law"; the people running
// Westminster who can't count; a faith that "must guide the vote" beside the candidate to choose.
// Finance (in a quiet period): record orders, the order book.
// Discrimination: quotas "pour limiter les Africains"; the old sent to their grandchildren; a trans intern's name put
// to a team vote; a colleague whose resignation "the whole shop is waiting for"; applicants over 50 turned down for
// "new energy"; "we know who you are" to the person who left a review; "illegals" who "will never work a day"; a job
// that "can't take anyone with a disability".
// Health and legal: "tombent moins malades" thanks to a product; "the real thief … we can prove it"; "proven in
// clinical trials", autistic meltdowns cut.
// Confidential: a public holiday's closures ("Lundi de Pentecôte : agences fermées") are no closure plan.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`faire ta chieuse|faire ton chieur|fais pas ta chieuse|fais pas ton chieur|espèce de chieuse
  |espèce de chieur|quelle chieuse|quel chieur|vieille chieuse`);
const READING = list(`reading a|reading the|to read a|read a|lire un|lire une|lire le|lire la`);
const HARD_FOR_YOU = list(`must be very hard for you|must be so hard for you|must be hard for you|must be tough for you
  |doit être bien difficile pour vous|doit être très dur pour toi|doit être dur pour toi
  |doit être compliqué pour vous`);
const KAREN = list(`karen|karens|kevin`);
const GROWN_UP = list(`ask a grown up|get a grown up|maybe ask a grown up|ask an adult to help|demande à un adulte
  |demandez à un adulte|demande à tes parents`);

const MEASURE = list(`gst|vat|tva|tax hike|tax rise|new tax|fuel duty|la taxe|la hausse de la tva|hausse des impôts
  |gst slab|the budget|le budget|la réforme`);
const ROBBERY =
  list(`daylight robbery|highway robbery|legalised theft|legalized theft|racket fiscal|du racket|vol organisé
  |vol en bande organisée|un hold up`);
const FIGHT = list(`fight the|to fight the|combattre la|lutter contre la|abroger la`);
const STATE_LAW = list(`florida law|texas law|state law|new law|nouvelle loi|loi immigration|loi retraites`);
const RUNNING = list(`the people running westminster|those running westminster|the people running the country
  |those running the country|the people running this country|ceux qui dirigent le pays|ceux qui gouvernent
  |ceux qui nous gouvernent|the people in charge at westminster`);
const CANT_COUNT = list(`could count|can count|cannot count|learn to count|savaient compter|sait pas compter
  |apprendre à compter|savent pas compter|if only`);
const THE_VOTE = list(`the vote|your vote|vote next|votre vote|le vote|au scrutin|the election|l élection`);
const CANDIDATE = list(`choose the candidate|the candidate who defends|vote for the candidate|choisissez le candidat
  |le candidat qui défend|votez pour le candidat|must guide the vote|doit guider le vote|doivent guider le vote`);

const FINANCE = list(`record de commandes|commandes record|record orders|record order intake|record order book
  |carnet de commandes|order book|prises de commandes|prise de commandes record`);

const LIMIT = list(`quotas pour limiter les|limiter les|limiter le nombre d|limit the number of|cap the number of
  |quotas on|moins d|fewer`);
const ORIGIN = list(`africains|arabes|maghrébins|noirs|asiatiques|roms|musulmans|juifs|étrangers|immigrés|africans|arabs
  |muslims|blacks|asians|foreigners|immigrants|jews`);
const GRANDKIDS = list(`envoyez plutôt vos petits enfants|envoyez vos petits enfants|send your grandkids instead
  |send your grandkids|demandez à vos petits enfants|ask your grandkids|ask your grandchildren`);
const TRANS = list(`trans|transgenre|transgender|non binaire|non binary`);
const VOTED = list(`on a voté en équipe|we voted as a team|voted on her name|voted on his name|voté sur son prénom
  |le vote a tranché|the team voted`);
const DISC_ALONE = list(`attend ta démission|attendons ta démission|on attend ta démission|attend votre démission
  |waiting for your resignation|waits for your resignation|do us a favour and quit|do us all a favour and quit
  |do us a favour and resign|do us all a favour and resign|rends nous service et démissionne|on sait où vous garez
  |on sait où tu gares|we know where you park|cannot take anyone with a disability|can not take anyone with a disability
  |don take anyone with a disability|don hire anyone with a disability|cannot hire anyone with a disability
  |cannot take anyone with a mental|won take anyone with a disability|pas de personnes en situation de handicap`);
const OLD_APPLICANTS = list(`candidats de plus de {n} ans|candidates de plus de {n} ans|profils de plus de {n} ans
  |applicants over {n}|candidates over {n}|seniors candidats|candidats seniors`);
const NEW_ENERGY = list(`énergie neuve|sang neuf|du sang frais|fresh blood|young blood|new energy|fresh energy
  |merci mais|thanks but`);
const TO_THE_ONE = list(`à la personne qui|au client qui|à la cliente qui|à celui qui|à celle qui|to the person who
  |to the customer who|to whoever`);
const KNOW_YOU = list(`on sait qui vous êtes|on sait qui tu es|we know who you are|on sait où vous|we know where you`);
const ILLEGALS = list(`illegals|illegal immigrants|les clandestins|des clandestins|migrants|immigrants`);
const NEVER_WORK = list(`never work a day|will never work|won work|ne travailleront jamais|n ont jamais travaillé
  |vivre des aides|vivent des aides|live off benefits|living off benefits|scroungers`);

const HEALTH_ALONE = list(`tombent moins malades|tomber moins malade|tombe moins malade|moins souvent malades
  |fall ill less|get sick less|get ill less|proven in clinical trials|proved in clinical trials
  |proven by clinical trials|prouvé par des essais cliniques|prouvé en essais cliniques|cliniquement démontré
  |cut autistic meltdowns|cuts autistic meltdowns|fewer autistic meltdowns|réduit les crises autistiques`);
const THIEF = list(`is the real thief|the real thief|le vrai voleur|la vraie voleuse|stole our pattern|stole our design
  |stole our recipe|stole our idea|a volé notre motif|a volé notre recette|a volé notre idée|a volé notre design`);
const PROOF = list(`we can prove it|we can prove|on peut le prouver|preuves à l appui|we have proof|on a les preuves`);

const HOLIDAYS =
  list(`lundi de pentecôte|lundi de pâques|jour férié|jours fériés|jeudi de l ascension|pont de l ascension
  |bank holiday|easter monday|whit monday|boxing day|christmas day|new year s day|new year day`);

const ROUND_25I: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: {
      alone25i: { fr: exact(INSULTS) },
      reading25i: { fr: exact(READING) },
      hardForYou25i: { fr: exact(HARD_FOR_YOU) },
      karen25i: { fr: exact(KAREN) },
      grownUp25i: { fr: exact(GROWN_UP) },
    },
    alone: ['alone25i'],
    pairs: [
      ['reading25i', 'hardForYou25i', { window: 8, ordered: true }],
      ['karen25i', 'grownUp25i', { window: 24 }],
    ],
  },
  politics: {
    groups: {
      measure25i: { fr: exact(MEASURE) },
      robbery25i: { fr: exact(ROBBERY) },
      fight25i: { fr: exact(FIGHT) },
      stateLaw25i: { fr: exact(STATE_LAW) },
      running25i: { fr: exact(RUNNING) },
      cantCount25i: { fr: exact(CANT_COUNT) },
      theVote25i: { fr: exact(THE_VOTE) },
      candidate25i: { fr: exact(CANDIDATE) },
    },
    pairs: [
      ['measure25i', 'robbery25i', { window: 10 }],
      ['party25f', 'robbery25i', { window: 14 }],
      ['fight25i', 'stateLaw25i', { window: 1, ordered: true }],
      ['running25i', 'cantCount25i', { window: 12 }],
      ['theVote25i', 'candidate25i', { window: 14 }],
    ],
  },
  finance: { groups: { finance: { fr: exact(FINANCE) } } },
  confidential: { negative: { fr: exact(HOLIDAYS) } },
  discrimination: {
    groups: {
      alone25i: { fr: exact(DISC_ALONE) },
      limit25i: { fr: exact(LIMIT) },
      origin25i: { fr: exact(ORIGIN) },
      clueless25f: { fr: exact(GRANDKIDS) },
      trans25i: { fr: exact(TRANS) },
      voted25i: { fr: exact(VOTED) },
      oldApplicants25i: { fr: exact(OLD_APPLICANTS) },
      newEnergy25i: { fr: exact(NEW_ENERGY) },
      toTheOne25i: { fr: exact(TO_THE_ONE) },
      knowYou25i: { fr: exact(KNOW_YOU) },
      illegals25i: { fr: exact(ILLEGALS) },
      neverWork25i: { fr: exact(NEVER_WORK) },
    },
    alone: ['alone25i'],
    pairs: [
      ['limit25i', 'origin25i', { window: 1, ordered: true }],
      ['trans25i', 'voted25i', { window: 16, ordered: true }],
      ['oldApplicants25i', 'newEnergy25i', { window: 12, ordered: true }],
      ['toTheOne25i', 'knowYou25i', { window: 24, ordered: true, variant: 'harassment' }],
      ['illegals25i', 'neverWork25i', { window: 10, ordered: true }],
    ],
  },
  health_legal: {
    groups: { alone25i: { fr: exact(HEALTH_ALONE) }, thief25i: { fr: exact(THIEF) }, proof25i: { fr: exact(PROOF) } },
    alone: ['alone25i'],
    pairs: [['thief25i', 'proof25i', { window: 16 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25i = roundByTopic(ROUND_25I);
