// Twenty-eighth round, reading i (`withRound28i` adds it to every topic's rules), from `holdout-59`'s misses and clean
// posts flagged (a marketing intern's first month: memes, quotes and trends, measured fresh with rounds 28a–28f), by
// family:
// Insults: "big dick energy", "kick some serious ass", "tastes like absolute ass". Politics: #ACAB and "all cops are
// bastards", the wealth tax (ISF) in a trend. Discrimination: "too many immigrants", "normal c'est un Arabe", a
// Romanian courier and "hide the parcels", a new hire who "will have quit by Friday" (hazing), "like a Jew", a faith
// or a group in a "be like" meme, an "attack helicopter", "me love you long time", "put the brownie down", "real girls
// don't have…", "sorry broke people", fat people told to skip lunch. Health and legal: weight that "will fall off",
// "doctors hate this", testosterone raised, faith and probiotics that "heal every sickness".
// Clean: socks "on strike" (a joke), a "guilty pleasure" and "not guilty, your honour" about a dessert.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { combos, exact, list } from './word-lists-discrimination';

// "Kick ass!!" alone stays clean (charter-round-25i.spec.ts); "kick some serious ass" is the profanity said.
const INSULTS = list(`big dick energy|small dick energy|kick some serious ass|kick some ass|kick serious ass
  |taste like absolute ass|tastes like absolute ass|taste like ass|tastes like ass|like absolute ass`);

const POLITICS_ALONE = list(`acab|all cops are bastards|fuck the police|nique la police|tout le monde deteste la police
  |suppression de l isf|supprimer l isf|retablir l isf|retablissement de l isf|retour de l isf|rendez nous l isf`);

const DISC_ALONE = list(`trop d immigres|trop d etrangers|trop de migrants|too many immigrants|too many foreigners
  |too many migrants|haggling like a jew|haggle like a jew|like a jew at|comme un juif|radin comme un juif
  |identifies as an attack helicopter|identify as an attack helicopter|identifie comme un helicoptere
  |me love you long time|me so horny|ching chong|put the brownie down|put the cake down|put the biscuit down
  |put the doughnut down|put down the fork|pose la fourchette|lache la fourchette|lache ce gateau
  |camera adds {n} pounds but you|but you added {n}|real girls don have|real women don have|real girls don
  |vraies femmes n ont pas|vraies filles n ont pas|sorry broke people|sorry poor people|not for broke people
  |desole les pauvres|desole les fauches|pas pour les fauches|pas pour les pauvres|shop at the pound shop our`);
// "Normal, c'est un Arabe": a comma may part the two, so the verdict and the origin are a pair, the origin said as
// what someone is (colours left out: "forcément, c'est un noir profond" is a fabric).
const OF_COURSE = list(`normal|forcement|evidemment|of course|typical|what do you expect`);
const ORIGINS = list(`arabe|rom|roumain|roumaine|gitan|gitane|chinois|chinoise|asian|mexican|polish|immigre|immigree
  |etranger|etrangere|africain|africaine|romanian|gypsy|albanais|albanian`);
const ORIGIN = combos(list(`c est un|c est une|he is|she is`), ORIGINS);
const SUSPECTS = list(`roumain|roumains|rom|roms|gitan|gitans|romanian|romanians|gypsy|gypsies|albanais|albanians|arabe
  |arabes`);
const HIDE = list(`cachez les colis|cachez vos sacs|cachez vos portefeuilles|planquez les colis|hide the parcels
  |hide your bags|hide your wallets|lock up the parcels`);
const NEW_HIRE = list(`nouvelle recrue|nouveau collegue|nouvelle collegue|new hire|new starter|new recruit|le stagiaire
  |la stagiaire|the intern|the new guy|the new girl`);
const PUSHED_OUT =
  list(`aura demissionne d ici|auront demissionne d ici|will have quit by|will quit by|won last the week
  |ne tiendra pas la semaine|bizutage en cours|hazing in progress|on va le faire craquer|we ll break him
  |we ll break her`);
const GROUPS = list(`muslims|jews|christians|catholics|hindus|arabs|asians|black people|gays|les musulmans|les juifs
  |les arabes|les noirs|les chinois|les gitans`);
const BE_LIKE = list(`be like`);
const FAT_PEOPLE = list(`fat people|les gros|les grosses|overweight people|les personnes en surpoids|chubby people`);
const SKIP_MEALS = list(`instead of lunch|instead of dinner|au lieu de dejeuner|au lieu du dejeuner|au lieu de diner
  |weight will fall off|mangez moins|eat less|skip lunch|sautez le dejeuner`);

const HEALTH_ALONE = list(`weight will fall off|the weight falls off|les kilos vont fondre|les kilos fondent|kg lost by
  |kilos perdus en|doctors hate this|les medecins detestent|grimper la testosterone|booster la testosterone
  |booste la testosterone|boost your testosterone|boosts testosterone|raise testosterone|augmente la testosterone
  |heal every sickness|heals every sickness|heal every illness|heals every illness|cure every illness
  |cures every illness|guerit toutes les maladies|guerissent toutes les maladies|soigne toutes les maladies`);

const NOT_POLITICS = list(`nos chaussettes sont en greve|les chaussettes sont en greve|nos biscuits sont en greve
  |nos yaourts sont en greve|socks are on strike|our socks are on strike|our biscuits are on strike`);
const NOT_LEGAL = list(`guilty pleasure|guilty pleasures|not guilty your honour|not guilty your honor|plaisir coupable
  |coupable de gourmandise|the court of bonval|the court of kindy|le tribunal de la gourmandise`);

const ROUND_28I: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { alone28i: { fr: exact(INSULTS) } }, alone: ['alone28i'] },
  politics: {
    groups: { alone28i: { fr: exact(POLITICS_ALONE) } },
    alone: ['alone28i'],
    negative: { fr: exact(NOT_POLITICS) },
  },
  discrimination: {
    groups: {
      alone28i: { fr: exact(DISC_ALONE) },
      ofCourse28i: { fr: exact(OF_COURSE) },
      origin28i: { fr: exact(ORIGIN) },
      suspects28i: { fr: exact(SUSPECTS) },
      hide28i: { fr: exact(HIDE) },
      newHire28i: { fr: exact(NEW_HIRE) },
      pushedOut28i: { fr: exact(PUSHED_OUT) },
      groups28i: { fr: exact(GROUPS) },
      beLike28i: { fr: exact(BE_LIKE) },
      fatPeople28i: { fr: exact(FAT_PEOPLE) },
      skipMeals28i: { fr: exact(SKIP_MEALS) },
    },
    alone: ['alone28i'],
    pairs: [
      ['ofCourse28i', 'origin28i', { window: 2, ordered: true }],
      ['suspects28i', 'hide28i', { window: 12 }],
      ['newHire28i', 'pushedOut28i', { window: 12 }],
      ['groups28i', 'beLike28i', { window: 8, ordered: true }],
      ['fatPeople28i', 'skipMeals28i', { window: 16 }],
    ],
  },
  health_legal: {
    groups: { alone28i: { fr: exact(HEALTH_ALONE) } },
    alone: ['alone28i'],
    negative: { fr: exact(NOT_LEGAL) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28i = roundByTopic(ROUND_28I);
