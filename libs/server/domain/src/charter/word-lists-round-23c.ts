// Twenty-third round, third reading (`withRound23c` adds it to every topic's rules), from `holdout-30` and `train-bb`
// (politics said indirectly) and `train-bc` (discrimination and its look-alikes), by family:
// Politics: a government named by its seat ("Canberra", "Ottawa", "Whitehall", "Matignon") beside what governments do
// (a policy, a subsidy, a tax, a promise, talks, a reshuffle); the government compared ("more decisive than the
// Cabinet", "plus vite que l'État ne recrute"), said to be absent ("541 jours sans gouvernement", "le ministère du
// Logement, il existe encore ?", "qui dirige le pays cette semaine ?"), paid by the taxpayer, promised at every
// election; voting hinted ("when you tick the ballot on Thursday", "au second tour, c'est qui ? 🗳️", "whoever wins on
// Thursday"), abstention praised ("le premier parti de France, c'est l'abstention"), "certain governments we won't
// name", slogans ("#BloquonsTout", "#NotOurPresident"), "democracy at its finest"; a sports club's president, the
// Ottawa Senators, a flavour voted "by a landslide" and a car's front-left wing stay clean.
// Discrimination: "not bad for a girl", "go back to your care home", "après 70 ans le cerveau passe en mode veille",
// "plus personne ne parle français", "you know how they are with hygiene", "stereotypes exist for a reason", "because
// it was free" said of a nation, "poverty is a look", a faith's practice blamed for productivity.
// Insults: "le seul truc qui rétrécit ici, c'est ton cerveau", "branquignols", "degenerates", "old bag", "useless lot".
// Then from `holdout-31`'s misses: abrogation called for, "unlike certain presidents", a minister's policy backed,
// "close the borders"; "keep those people out", "une lubie à soigner" said of non-binary children, hiring by shared
// Christian values; record sales and cash generation as financial topics; a site "fini d'ici 2027", news "not
// announced yet", a team principal who handed in his notice; "le rhume passera son chemin".
// Religion: "go to Mass", "the Our Father" said before a race. Confidential: results published tomorrow with a
// "spoiler", a deal heard "in the corridor". Health and legal: "zéro carie", morning sickness, "you're 100% covered,
// ask us not a lawyer", "legally owed".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const SEATS =
  list(`canberra|delhi|new delhi|ottawa|washington|whitehall|westminster|matignon|bercy|l élysée|downing street
  |brussels|bruxelles|holyrood|the beltway|le kremlin|the kremlin|leinster house`);
const GOVERNING =
  list(`policy|policies|subsidy|subsidies|permits|permit|tax|taxes|rate|rates|promise|promises|talks|négos
  |négociations|negotiations|decided|protect|doit protéger|should protect|had better|took|long enough|cut the|has cut
  |a coupé|budget|reform|réforme|regulation|regulations|ban|sanctions|tariffs|dissout|locataire|change de locataire
  |remaniement|reshuffle|u turn|classic|équipe qui tient|cherche toujours|has done|a fait|fuel payment|winter fuel`);

const POLITICS_STRONG = list(`than the cabinet|than the government|than parliament|than westminster|que le gouvernement
  |que matignon|que l assemblée|que l état ne|plus vite que l état|than the government does|than the state does
  |jours sans gouvernement|days without a government|qui dirige le pays|who's running the country|who runs the country
  |questions au gouvernement|séance de questions au gouvernement|pmqs|prime minister's questions|promis à chaque élection
  |promised every election|promised at every election|ce n est pas le gouvernement qui|it's not the government that
  |aux frais du contribuable|at the taxpayer's expense|on the taxpayer's dime|la france dissout|dissout l assemblée
  |dissolution de l assemblée|local democracy at its finest
  |campaign promise|promesse de campagne|promesse électorale|bloquons tout|bloquonstout|not our president
  |not my president|notmypresident|notourpresident|what's your government's excuse|government's excuse
  |certain governments|certains gouvernements|certain governments we won't name|comme certains ministres
  |like certain ministers|whoever wins on thursday|whoever wins on sunday|whoever wins the election
  |quel que soit le vainqueur dimanche|your predecessors sat on|when you tick the ballot|tick the ballot|mark your ballot
  |quand vous voterez|au moment de voter|premier parti de france|le vrai premier parti de france|dimanche je ne vote pas
  |je ne vote pas|je vote pas|abrogation|abrogez|abrogeons|repeal the law|scrap the law|pondue par des technocrates
  |unlike certain presidents|contrairement à certains présidents|close the borders|fermons les frontières
  |fermer les frontières|sendthemback`);
const MINISTER = list(`minister|ministre|la ministre|le ministre|secretary of state|secrétaire d état`);
const BACKING = list(`has our full backing|our full backing|has our full support|has our support|we fully support
  |a tout notre soutien|nous soutenons pleinement|on soutient à fond`);
const MINISTRY = list(
  `le ministère|ministère du|ministère de|the ministry|the department for|le ministre|the minister`,
);
const STILL_THERE = list(`il existe encore|ça existe encore|still exist|still exists|is anyone there|y a quelqu un`);
const ROUND_TWO = list(`second tour|premier tour|au second tour|au premier tour|runoff|the runoff`);
const VOTERS = list(`c est qui|vous votez|vote|votez|voter|électeurs|candidats`);
const YOU_KNOW_WHO = list(`vous savez qui|vous savez qui refait|you know who|tu sais qui`);
const ADDRESS = list(`allocution|address to the nation|discours|speech|interview télévisée`);
/** A club's president, a sports team, a vote for a flavour: no politics. */
const POLITICS_NEGATIVE =
  list(`president of the club|president of our|club president|président du club|présidente du club
  |président de l association|présidente de l association|president of the orvea|the senators won|the senators lost
  |ottawa senators|senators fans|by a landslide with|wins by a landslide|front left wing|front right wing|rear left wing
  |rear right wing|left front wing|right front wing|left wing damage|right wing damage|left wing endplate
  |right wing endplate|aile avant gauche|aile avant droite`);

const DISCRIMINATION = list(`not bad for a girl|pas mal pour une fille|pas mal pour une femme|not bad for a woman
  |good for a girl|pretty good for a girl|go back to your care home|back to your care home|retourne à ton ehpad
  |retournez à votre ehpad|retourne dans ton ehpad|le cerveau passe en mode veille|cerveau en mode veille
  |brain goes into sleep mode|plus personne ne parle français|presque plus personne ne parle français
  |nobody speaks english anymore|no one speaks english anymore|hardly anyone speaks english|stereotypes exist for a reason
  |stereotypesexistforareason|les clichés ont la vie dure|poverty really is a look|poverty is a look
  |la pauvreté c est un style|back where they came from|sent back where they came from|renvoyer chez eux
  |les renvoyer chez eux|renvoyons les chez eux|keep those people out|keep them out of our|sendthemback
  |réservé aux clients des beaux quartiers|réservé aux beaux quartiers|only for the nice postcodes
  |n arriveront pas à la copier|won't be able to copy it|fat lazy slob|lazy lardies|lardies`);
const NON_BINARY = list(`non binaires|non binaire|enfants non binaires|les enfants trans|enfants trans|non binary kids
  |trans kids`);
const WHIM = list(`une lubie|lubie de parents|à soigner|à soigner chez le psy|just a phase|une phase|a mental illness
  |une maladie mentale|a fad|une mode`);
const LOOKING_FOR = list(`looking for|on cherche|nous cherchons|recherchons|hiring|we're hiring|recrute|recrutons`);
const FAITH_VALUES = list(`christian values|valeurs chrétiennes|share our faith|partagent notre foi|practising christian
  |catholique pratiquant|catholiques pratiquants|muslim values|valeurs musulmanes|jewish values`);
const AGE_BRAIN = Array.from({ length: 11 }, (_, k) => String(40 + 5 * k)).flatMap((n) => [
  `après ${n} ans le cerveau`,
  `after ${n} your brain`,
  `after ${n} the brain`,
  `past ${n} your brain`,
]);
const HOW_THEY_ARE = list(`you know how they are|vous savez comment ils sont|on sait comment ils sont
  |tu sais comment ils sont|we all know how they are|on connaît leur`);
const HYGIENE = list(`hygiene|hygiène|propreté|cleanliness|smell|odeur|with money|avec l argent|avec le fric`);
const FREE = list(
  `because it was free|mostly because it was free|parce que c était gratuit|surtout parce que c était gratuit`,
);
const PRACTICE = list(`ramadan|carême|prière|prayer|prayers|fasting|le jeûne|shabbat`);
const OUTPUT = list(`productivité|productivity|divisée par deux|halved|on ne dira pas lesquels|we won't say who`);

const INSULTS = list(`branquignols|branquignol|une armée de branquignols|old bag|the old bag|vieille peau|vieille bique
  |old hag|absolute degenerates|total degenerates|bande de dégénérés|the a hole|you're the a hole|ur the a hole
  |you're an a hole|useless lot|fat lazy slob|lazy lardies`);
const ONLY_THING = list(`le seul truc qui|la seule chose qui|the only thing that|the only thing`);
const IS_YOU = list(`c est ton cerveau|c est toi|is your brain|is you|is your iq|c est ton qi`);

const GO_TO = list(`go to|attend|aller à la|allez à la|venez à la`);
const MASS = list(`^Mass|^Messe|=messe`);
const RELIGION = list(`the our father|says the our father|say the our father|le notre père|un notre père|faith first
  |la foi d abord|faith moves mountains|la foi déplace les montagnes|la foi soulève les montagnes`);

const PUBLISH = list(`we publish our|on publie nos|publication de nos|publish our results|publish our numbers
  |we release our|we report our`);
const SPOILER = list(`spoiler|petit spoiler|sneak peek|en avant première|teaser`);
const CORRIDOR = list(`word in the corridor|word in the corridors|bruit de couloir|bruits de couloir|rumour has it
  |la rumeur dit|word around the office`);
const DEAL = list(`picking up|buying|buy|acquire|acquiring|rachète|racheter|rachat|takeover|merger|fusion|on reprend`);

const HEALTH = list(`zéro carie|zero cavities|no more cavities|plus de caries|plus jamais de caries|morning sickness
  |nausées matinales|nausées de grossesse|you're 100% covered|vous êtes couverts à 100|ask us not a lawyer
  |pas besoin d avocat|no need for a lawyer|you never need planning permission|legally owed|are legally owed
  |vous êtes légalement en droit|now science does too|la science le confirme|le rhume passera son chemin
  |passera son chemin cet hiver|no more colds|fini les rhumes|adieu les rhumes|colds won't stand a chance`);

const FINANCE =
  list(`jamais nous n avions vendu autant|jamais vendu autant|never sold so many|record sales|ventes record
  |best month in our history|meilleur mois de notre histoire|best quarter ever|meilleur trimestre|cash generation
  |génération de trésorerie`);
const SITES = list(`raffinerie|refinery|usine|factory|plant|site|dépôt|depot|entrepôt|warehouse`);
const ENDS_BY = list(`c est fini d ici|fini d ici|will be gone by|closes by|fermée d ici|fermera d ici|will close by
  |closing by|shut by`);
const NOT_ANNOUNCED = list(`not announced yet|not yet announced|pas encore annoncé|pas encore annoncée|not official yet
  |pas encore officiel|l annoncera quand`);
const NEWS = list(`notice|démission|departure|départ|quits|leaving|quitte|closing|fermeture|layoffs|licenciements
  |acquisition|rachat|results|résultats|handed in|steps down|stepping down|fini`);
const PRINCIPALS = list(`team principal|directeur sportif|directrice sportive|head of|chairman|chairwoman`);
const LEAVES = list(`handed in his notice|handed in her notice|a donné sa démission|is leaving|quitte ses fonctions
  |steps down|stepping down|has resigned|a démissionné`);

const ROUND_23C: Readonly<Record<string, RuleExtension>> = {
  politics: {
    groups: {
      strong: { fr: exact(POLITICS_STRONG) },
      seats23c: { fr: exact(SEATS) },
      governing23c: { fr: exact(GOVERNING) },
      ministry23c: { fr: exact(MINISTRY) },
      stillThere23c: { fr: exact(STILL_THERE) },
      roundTwo23c: { fr: exact(ROUND_TWO) },
      voters23c: { fr: exact(VOTERS) },
      youKnowWho23c: { fr: exact(YOU_KNOW_WHO) },
      address23c: { fr: exact(ADDRESS) },
      minister23c: { fr: exact(MINISTER) },
      backing23c: { fr: exact(BACKING) },
    },
    signs: { ballot23c: ['🗳️', '🗳'] },
    pairs: [
      ['roundTwo23c', 'ballot23c', { window: 12 }],
      ['seats23c', 'governing23c', { window: 8 }],
      ['ministry23c', 'stillThere23c', { window: 8, ordered: true }],
      ['roundTwo23c', 'voters23c', { window: 8 }],
      ['youKnowWho23c', 'address23c', { window: 6, ordered: true }],
      ['minister23c', 'backing23c', { window: 12 }],
    ],
    negative: { fr: exact(POLITICS_NEGATIVE) },
  },
  discrimination: {
    groups: {
      alone23c: { fr: exact(DISCRIMINATION, AGE_BRAIN) },
      howTheyAre23c: { fr: exact(HOW_THEY_ARE) },
      hygiene23c: { fr: exact(HYGIENE) },
      stereo: { fr: exact(FREE) },
      practice23c: { fr: exact(PRACTICE) },
      output23c: { fr: exact(OUTPUT) },
      nonBinary23c: { fr: exact(NON_BINARY) },
      whim23c: { fr: exact(WHIM) },
      lookingFor23c: { fr: exact(LOOKING_FOR) },
      faithValues23c: { fr: exact(FAITH_VALUES) },
    },
    alone: ['alone23c'],
    signs: { disgust23c: ['🤢', '🤮'] },
    pairs: [
      ['howTheyAre23c', 'disgust23c', { window: 10 }],
      ['howTheyAre23c', 'hygiene23c', { window: 10 }],
      ['practice23c', 'output23c', { window: 12 }],
      ['nonBinary23c', 'whim23c', { window: 12 }],
      ['lookingFor23c', 'faithValues23c', { window: 14, variant: 'hiring' }],
    ],
  },
  insult: {
    groups: {
      strong: { fr: exact(INSULTS) },
      onlyThing23c: { fr: exact(ONLY_THING) },
      isYou23c: { fr: exact(IS_YOU) },
    },
    pairs: [['onlyThing23c', 'isYou23c', { window: 10, ordered: true }]],
  },
  religion: {
    groups: { goTo23c: { fr: exact(GO_TO) }, mass23c: { fr: MASS.join('|') }, strong: { fr: exact(RELIGION) } },
    pairs: [['goTo23c', 'mass23c', { window: 1, ordered: true, clause: true }]],
  },
  confidential: {
    groups: {
      publish23c: { fr: exact(PUBLISH) },
      spoiler23c: { fr: exact(SPOILER) },
      corridor23c: { fr: exact(CORRIDOR) },
      deal23c: { fr: exact(DEAL) },
      sites23c: { fr: exact(SITES) },
      endsBy23c: { fr: exact(ENDS_BY) },
      notAnnounced23c: { fr: exact(NOT_ANNOUNCED) },
      news23c: { fr: exact(NEWS) },
      principals23c: { fr: exact(PRINCIPALS) },
      leaves23c: { fr: exact(LEAVES) },
    },
    pairs: [
      ['publish23c', 'spoiler23c', { window: 12 }],
      ['corridor23c', 'deal23c', { window: 14 }],
      ['sites23c', 'endsBy23c', { window: 10 }],
      ['notAnnounced23c', 'news23c', { window: 14 }],
      ['principals23c', 'leaves23c', { window: 8 }],
    ],
  },
  health_legal: { groups: { strong: { fr: exact(HEALTH) } } },
  finance: { groups: { finance: { fr: exact(FINANCE) } } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound23c = roundByTopic(ROUND_23C);
