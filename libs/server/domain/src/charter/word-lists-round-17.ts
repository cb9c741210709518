// Seventeenth round (`withRound17` adds it to every topic's rules), by family:
// - insult: an intensifier before or after a noun that insults only as a judgement and is not food ("total plank",
//   "an absolute muppet", "une larve absolue"), and a few common words ("a-hole", "gobshite", "batshit");
// - religion: a fast or a feast judged pointless or absurd ("le ramadan … pour rien, quelle absurdité", "Lent is
//   overrated", "a diet with extra steps"); dieting fasts are not religion ("intermittent fasting"), nor first names
//   and idioms (Christian Dior, Christian Horner, "Dieu sait qu'on en a raté", "bless our store teams");
// - greetings: the Sabbath's and Yom Kippur's ("Chabbat shalom", "Gmar hatima tova");
// - discrimination: slurs that are also ordinary words, counted only when written masked ("r*tard", "m*ngols";
//   plain "retard" is a delay in French, a Mongol a horseman) or in a form no ordinary word takes ("even a retard
//   could", "it's so gay"); more ways of pushing a person out, said to them ("tout le bureau attend ta démission",
//   "nobody wants you on this team, quit already"); regret as a sales pitch is no threat ("tu vas le regretter si tu
//   rates les soldes");
// - quiet periods: a contest's results are no financial topic ("résultats du jeu-concours");
// - politics: "gvt", the government in SMS spelling ("ce gvt c nul"); slogans and assemblies ("drill baby drill",
//   "écologie punitive", Stormont);
// - health and legal: health promised as a result ("fait reculer les crises d'asthme", "sail through flu season"),
//   legal certainty ("tribunals always side with the employee").
import { type RuleExtension, roundByTopic } from './rule-extension';
import { normalizeText } from './text-tokens';
import { exact, list } from './word-lists-discrimination';

const INTENSIFIER = list(`total|totale|absolute|complete|utter|proper|right|a right|absolu|absolue|vrai|vraie|une vraie
  |un vrai|sacré|sacrée|une sacrée|un sacré|espèce de|bande de|gros|grosse|pauvre`);
/** Nouns that insult only as a judgement, and that are not food (a food brand's "quiche absolue" is a recipe). */
const SOFT =
  list(`cruche|cruches|larve|larves|limace|limaces|mollusque|mollusques|fayot|fayots|bourrique|demeuré|demeurée
  |serpillère|serpillière|baltringue|plank|planks|spanner|spanners|wet wipe|wet lettuce|snowflake|snowflakes|muppet
  |muppets|knob|knobs|clown|clowns|numpty|plonker|wally|bellend`);
const AFTER_NOUN = list(`absolu|absolue|absolus|absolues|de compétition|de compet|fini|finie|intégral|intégrale`);
const STRONG =
  list(`an a hole|total a hole|absolute a hole|complete a hole|ahole|aholes|gobshite|gobshites|batshit|bat shit|shut the f up|lazy sods
  |lazy sod|sod off`);

const PRACTICE_FR = list(`jeûne|le jeûne|un mois de jeûne|jeûner un mois|le mois sacré`);
const PRACTICE_EN = list(`fast|the fast|fasting for a month|fasting for a whole month|a month of fasting`);
const SCORN_FR = list(`pour rien|ne sert à rien|sert à rien|servent à rien|absurdité|absurde|absurdes|ridicule|ridicules
  |aberrant|aberrante|à crever de faim|se priver pour rien|privations|une torture|d un autre siècle|faut arrêter`);
const SCORN_EN = list(`overrated|pointless|absurd|ridiculous|a diet with extra steps|need a rethink|needs a rethink
  |makes no sense|make it make sense|waste of time|a waste of|torture|starving yourself|starve yourself`);
const NOT_RELIGIOUS_FAST = list(`jeûne intermittent|intermittent fasting|fasted cardio|fasting window|fasting app
  |fast food|fast fashion|fast delivery|fast charging|fast track|fast lane|fast forward|fast break`);

/** First names and idioms that hold a word of faith: Christian Dior, Christian Horner, "Dieu sait que", "bless our teams". */
const NOT_RELIGION = list(`christian dior|christian louboutin|christian lacroix|christian bale|christian horner
  |christian eriksen|christian karembeu|christian clavier|christian audigier|christian and faith|dieu sait que|dieu sait qu
  |dieu sait combien|dieu seul sait|god knows|god only knows|lord knows|heaven knows|bless our|bless them|bless em
  |bless him|bless her|bless the team|bless our team`);

const GREETINGS = list(`chabbat shalom|shabbat shalom|chabbat chalom|shabbat chalom|gmar hatima tova|gmar hatima tova
  |gmar chatima tova|yom tov|hag kasher vesameah|shabbat shalom à tous|shabbat shalom everyone`);

const MASKED_SLURS = list(`retard|retards|retarded|mongol|mongols|mongolien|mongoliens|mongolienne|mongoliennes|gogol
  |gogols|triso|trisos|trisomique|trisomiques|spastic|spastics|spaz|spazz|cripple|cripples|nègre|nègres|negro|negroes
  |paki|pakis|tapette|tapettes|gouine|gouines|dyke|dykes|tranny|trannies|faggot|faggots|fag|fags|pédale|pédales`);

/** Regret as a sales pitch, not a threat: "tu vas le regretter si tu rates les soldes", "you'll regret missing it". */
const NOT_A_THREAT = list(`tu vas le regretter si tu rates|tu vas le regretter si tu loupes|tu vas regretter de ne pas
  |tu vas regretter de pas|vous allez le regretter si vous ratez|vous allez le regretter si vous loupez
  |vous allez regretter de ne pas|you'll regret missing|you will regret missing|you'll regret not|you will regret not
  |you'll regret it if you miss|you will regret it if you miss`);

/** Pushing a person out, said to them (joins the ninth round's `push9`, met with `hostile9`). */
const PUSH = list(`ta démission|attend ta démission|attendent ta démission|rends service à tout le monde et pars|pars
  |quitte twitter|quitte les réseaux|quitte l équipe|supprimer ton compte|quit already|just quit|resign already
  |you should resign|should just resign|should just quit|quit the next job|leave the internet|leave twitter|leave the team
  |happier somewhere else|plus heureux ailleurs|plus heureuse ailleurs`);
const HOSTILE =
  list(`tout le bureau|tout le service|toute l équipe|tout le monde attend|nobody wants you|personne ne veut de toi
  |spare us|sick of you|marre de toi|en a marre de toi|rends service|do the world a favour|do us all a favour
  |the whole office|the whole team|mieux pour tout le monde|better for everyone`);

/** Political slogans and bodies a word list of parties misses ("drill baby drill", "écologie punitive", Stormont). */
const POLITICS_STRONG = list(`drill baby drill|écologie punitive|ecologiepunitive|frontières grandes ouvertes
  |frontières ouvertes|open borders|stormont|the dáil|the dail|holyrood|the senedd|bulletin pour la liste|liste écolo
  |les écolos au pouvoir|voté par la majorité|voulues par la majorité|voulue par la majorité|voulu par la majorité`);

/** Health promised as a result ("fait reculer les crises d'asthme", "sail through flu season"), legal certainty. */
const HEALTH_CLAIM =
  list(`fait reculer|font reculer|fera reculer|sail through|without a single sniffle|sans un seul rhume
  |never catch|ne plus jamais attraper`);
const LEGAL_CERTAIN = list(`l annule à 100|annule à 100|always side with|toujours du côté du|toujours du côté de l
  |side with the employee|donnent toujours raison`);

/** A contest's results are no financial topic, even in a quiet period ("résultats du jeu-concours"). */
const CONTEST_RESULTS = list(`résultats du jeu concours|résultats du concours|résultats du jeu|résultats du tirage
  |résultats du tirage au sort|résultats du quiz|résultats du vote|résultats du défi|contest results|competition results
  |giveaway results|quiz results|poll results|flip off results|bake off results|results of our contest
  |results of the contest|results of our giveaway|results of the giveaway|results of our competition`);

/** Slurs in a form no ordinary word takes: "a retard" (French "un retard" is a delay), "it's so gay". */
const SLURS = list(`a retard|even a retard|such a retard|like a retard|you retard|total retard|it's so gay|that's so gay
  |so gay lol|c est trop gay|c est tellement gay`);

const ROUND_17: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: {
      strong: { fr: exact(STRONG) },
      intensifier17: { fr: exact(INTENSIFIER) },
      afterNoun17: { fr: exact(AFTER_NOUN) },
      soft17: { fr: exact(SOFT) },
      judged17: {},
    },
    compounds: [
      ['intensifier17', 'soft17', 'judged17'],
      ['soft17', 'afterNoun17', 'judged17'],
    ],
    alone: ['judged17'],
  },
  religion: {
    groups: {
      practice: { fr: exact(PRACTICE_FR), en: exact(PRACTICE_EN) },
      scorn: { fr: exact(SCORN_FR), en: exact(SCORN_EN) },
    },
    negative: { fr: exact(NOT_RELIGIOUS_FAST, NOT_RELIGION) },
  },
  greeting: { groups: { greeting: { fr: exact(GREETINGS) } } },
  discrimination: {
    groups: { push9: { fr: exact(PUSH) }, hostile9: { fr: exact(HOSTILE) }, slur: { fr: exact(SLURS) } },
    negative: { fr: exact(NOT_A_THREAT) },
    maskedOnly: { group: 'slur', words: MASKED_SLURS.map(normalizeText) },
  },
  politics: { groups: { weak: { fr: exact('gvt|le gvt|ce gvt|du gvt') }, strong: { fr: exact(POLITICS_STRONG) } } },
  finance: { negative: { fr: exact(CONTEST_RESULTS) } },
  health_legal: { groups: { claim: { fr: exact(HEALTH_CLAIM) }, certain: { fr: exact(LEGAL_CERTAIN) } } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound17 = roundByTopic(ROUND_17);
