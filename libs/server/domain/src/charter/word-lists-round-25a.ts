// Twenty-fifth round, first reading (`withRound25a` adds it to every topic's rules), from `holdout-35`'s misses, by
// family:
// Insults: the old called names ("old bats", "vieux débris"), "this BS" (bullshit shortened), a people called a "lardy
// lot".
// Politics: a government that "couldn't run a bath"; the opposition's plan put first; an
// election that could "go the wrong way".
// Religion: believing "still" in heaven or God mocked; the veil put to a debate ("liberté ou soumission").
// Discrimination: "qu'il rentre chez lui" beside someone's French; "RSAste"; a brand promising a critic to make him
// stop; overweight mothers sold a "cache-misère"; grid girls ranked above women engineers; trans women barred from
// changing rooms.
// Health and legal: "detox your body"; a person's guilt asserted before the trial ("let's be honest, he did it").
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS =
  list(`old biddies|old biddy|old coots|old coot|old codgers|old codger|old farts|old fart|old hags|old hag
  |old crones|old crone|vieux débris|vieille débris|vieux croulants|vieilles carnes|vieille carne|vieux schnocks
  |vieux schnock|vieux cons|vieilles peaux|vieille peau|this bs|that bs|such bs|total bs|utter bs|complete bs
  |absolute bs|more bs|same old bs|the usual bs|your bs|lardy lot|you lardy|lardy arse|lardy bum`);
const SCORN = list(`useless|silly|daft|stupid|mad|batty|miserable|grumpy|nosy|dotty|clueless|doddering`);
const OLD_ANIMAL = list(`old bat|old bats|old bag|old bags|old trout|old trouts`);

const CANT_RUN = list(`couldn run a bath|could not run a bath|couldn run a piss up|couldn organise a piss up
  |couldn organize a piss up|couldn run a whelk stall|couldn run a corner shop|couldn run a lemonade stand
  |couldn run a tap|couldn run a bus|pas foutus de gérer une|incapables de gérer une boulangerie
  |pas capables de gérer une boulangerie|ne sauraient pas gérer une`);
const STATE = list(`country|the country|a country|government|the nation|westminster|parliament|the pm|ministers
  |cabinet|whitehall|le pays|un pays|la france|un ministère|l état|le gouvernement`);

const OPPOSITION = list(`the opposition s|opposition s|the opposition|l opposition|de l opposition`);
const PLAN = list(`childcare plan|tax plan|housing plan|health plan|budget|manifesto|pledge|pledges|policy|policies
  |plan for|programme|program|projet de loi|contre budget|contre projet|programme économique|plan logement`);

const ELECTION_WRONG =
  list(`election goes the wrong way|vote goes the wrong way|election goes wrong|result goes the wrong way
  |polls go the wrong way|l élection tourne mal|le vote tourne mal|l élection tourne du mauvais côté
  |le scrutin tourne mal|dimanche tourne mal`);

const STILL_BELIEVE =
  list(`croire encore au paradis|croire encore en dieu|croire encore à l enfer|croire encore aux anges
  |encore croire au paradis|encore croire en dieu|encore croire à l enfer
  |croient encore au paradis|croient encore en dieu|croit encore au paradis|croit encore en dieu
  |still believe in heaven|still believing in heaven|still believe in god in|still believing in god
  |still believe in hell
  |still believe in sky|still believing in sky|still believing in hell`);

const VEIL = list(
  `le voile|le hijab|le voile islamique|la burqa|le burkini|le niqab|the hijab|the veil|the burqa|the burkini`,
);
const DEBATE =
  list(`liberté ou soumission|soumission ou liberté|oppression ou liberté|pour ou contre|freedom or submission
  |oppression or choice|freedom or oppression|for or against|débat du jour|debate of the day|donnez votre avis
  |votre avis en commentaire|have your say`);

const GO_HOME =
  list(`qu il rentre chez lui|qu elle rentre chez elle|qu ils rentrent chez eux|qu elles rentrent chez elles
  |qu il retourne chez lui|qu elle retourne chez elle|qu il retourne dans son pays|qu elle retourne dans son pays
  |qu ils retournent dans leur pays|qu il reparte chez lui|qu il rentre au bled|qu elle rentre au bled`);
const NO_FRENCH =
  list(`parle même pas français|parle pas français|parle même pas le français|parle pas un mot de français
  |parle même pas un mot de français|sait même pas parler français|sait pas parler français|parle mal français
  |parle même pas bien français|parle pas correctement`);
const DISC_ALONE = list(`rsaste|rsastes|on va tout faire pour que tu disparaisses|ferme ton blog|ferme ta chaîne
  |personne ne veut lire un type comme toi|un type comme toi n a rien à faire
  |delete your blog|shut your blog down|nobody wants to read someone like you|collection cache misère
  |gamme cache misère`);

const OVERWEIGHT = list(`en surpoids|rondes|grosses|obèses|enrobées|qui ont pris du poids|plus size mums|overweight
  |fat mums|chubby mums`);
const HIDE = list(`cache misère|cache misères|cache bourrelets|camoufler tout ça|hide the damage
  |cover up the damage`);

const GRID = list(`grid girls|grid girl|brolly dollies|brolly dolly|umbrella girls|podium girls|hôtesses de grille`);
const WOMEN_PROS = list(`female engineers|women engineers|female mechanics|women mechanics|female drivers|women drivers
  |ingénieures|femmes ingénieurs|mécaniciennes|pilotes femmes|femmes pilotes`);

const TRANS = list(`trans women|trans woman|trans men|trans people|transgender women|femmes trans|personnes trans
  |hommes trans`);
const BARRED = list(`not at our stores|not in our stores|not in our changing rooms|not in our shop|not on our watch
  |not welcome here|keep out|stay out|not allowed in|pas dans nos magasins|pas dans nos cabines|pas chez nous
  |pas les bienvenues|interdites de cabine|hors de nos cabines`);

const DETOX = list(`detox your body|detoxes your body|detoxify your body|detox your system|cleanse your body
  |cleanses your body|purify your body|purifies your body|flush out toxins|flushes out toxins|détoxifie ton corps
  |détoxifiez votre corps|détox ton corps|détoxe ton corps|purifie ton corps|purifiez votre corps
  |nettoie ton organisme|nettoyez votre organisme|drainer les toxines|élimine les toxines|éliminer les toxines`);

const TRIAL = list(`the trial|trial starts|trial begins|trial opens|his trial|her trial|their trial|court case|procès
  |au tribunal`);
const NOT_TRIAL = list(`the trial run|the trial runs|the trial period|the trial version|the trial pack|the trial size
  |the trial offer|the trial session|the trial class|his trial run|her trial run|their trial run|his trial shift
  |her trial shift|his trial day|her trial day`);
const GUILT = list(`he did it|she did it|they did it|he is guilty|she is guilty|he guilty|she guilty|guilty as sin
  |we all know he did
  |we all know she did|c est lui qui l a fait|c est elle qui l a fait|il est coupable|elle est coupable
  |on sait tous qu il est coupable|on sait tous qu elle est coupable`);

const ROUND_25A: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: {
      alone25a: { fr: exact(INSULTS) },
      scorn25a: { fr: exact(SCORN) },
      oldAnimal25a: { fr: exact(OLD_ANIMAL) },
    },
    alone: ['alone25a'],
    pairs: [['scorn25a', 'oldAnimal25a', { window: 1, ordered: true }]],
  },
  politics: {
    groups: {
      cantRun25a: { fr: exact(CANT_RUN) },
      state25a: { fr: exact(STATE) },
      opposition25a: { fr: exact(OPPOSITION) },
      plan25a: { fr: exact(PLAN) },
      alone25a: { fr: exact(ELECTION_WRONG) },
    },
    alone: ['alone25a'],
    pairs: [
      ['cantRun25a', 'state25a', { window: 12 }],
      ['opposition25a', 'plan25a', { window: 2, ordered: true }],
    ],
  },
  religion: {
    groups: {
      alone25a: { fr: exact(STILL_BELIEVE) },
      veil25a: { fr: exact(VEIL) },
      debate25a: { fr: exact(DEBATE) },
    },
    alone: ['alone25a'],
    pairs: [['veil25a', 'debate25a', { window: 8 }]],
  },
  discrimination: {
    groups: {
      alone25a: { fr: exact(DISC_ALONE) },
      goHome25a: { fr: exact(GO_HOME) },
      noFrench25a: { fr: exact(NO_FRENCH) },
      overweight25a: { fr: exact(OVERWEIGHT) },
      hide25a: { fr: exact(HIDE) },
      grid25a: { fr: exact(GRID) },
      womenPros25a: { fr: exact(WOMEN_PROS) },
      trans25a: { fr: exact(TRANS) },
      barred25a: { fr: exact(BARRED) },
    },
    alone: ['alone25a'],
    pairs: [
      ['noFrench25a', 'goHome25a', { window: 14 }],
      ['overweight25a', 'hide25a', { window: 12 }],
      ['grid25a', 'womenPros25a', { window: 2, ordered: true }],
      ['trans25a', 'barred25a', { window: 10 }],
    ],
  },
  health_legal: {
    groups: { alone25a: { fr: exact(DETOX) }, trial25a: { fr: exact(TRIAL) }, guilt25a: { fr: exact(GUILT) } },
    alone: ['alone25a'],
    pairs: [['trial25a', 'guilt25a', { window: 10, ordered: true }]],
    negative: { fr: exact(NOT_TRIAL) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25a = roundByTopic(ROUND_25A);
