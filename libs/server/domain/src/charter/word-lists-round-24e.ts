// Twenty-fourth round, fifth reading (`withRound24e` adds it to every topic's rules), from `holdout-33`'s misses, by
// family:
// Insults: a critique sent "où je pense" ("tu peux te la carrer où je pense", "stick it where the sun don't shine");
// profanity shortened after an adjective ("cute af", "tired af"; not Air France); a body called an animal ("ton gabarit
// de baleine").
// Politics: the 1905 law to rewrite, a law to change or scrap; a leader by name or nickname beside "time for a change";
// a seat of government asked for parental leave. Legal: a cheat asserted beside the sanction to come.
// Religion: doctrines named to be mocked ("transubstantiation"); scripture mocked by its age ("a 2,000-year-old
// book to tell you how to live"), "sky daddy", "un ami imaginaire dans le ciel".
// Confidential: shops that will not reopen beside staff not told yet ("les équipes seront prévenues la semaine
// prochaine").
// Discrimination: "mongol" and "gogol" as slurs; a person's waistline beside a diet; people who "should not be allowed
// near leggings"; wheelchair users told a shop "isn't set up for you"; fat people beside disgust or "not the vibe";
// "the right look" beside young, fit or born somewhere; names that "sound foreign" beside fitting in; "OK boomer";
// hiring "only" those who share a faith's values.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`te la carrer|te le carrer|te les carrer|vous la carrer|vous le carrer|vous les carrer
  |te la mettre où je pense|te le mettre où je pense|vous la mettre où je pense|vous le mettre où je pense
  |te la foutre où je pense|te le foutre où je pense|mets toi la où je pense|mettez vous la où je pense
  |where the sun don't shine|where the sun doesn't shine|where the sun does not shine|shove it up your|stick it up your
  |cute af|good af|tired af|hot af|comfy af|cozy af|cosy af|soft af|fast af|funny af|fire af|lit af|wild af|done af
  |bored af|hungry af|busy af|fresh af|smooth af|chill af|savage af|based af|sick af|real af|cold af|happy af
  |proud af|extra af|gabarit de baleine|gabarit d hippopotame|gabarit de cachalot|beached whale|baleine échouée`);

const POLITICS = list(`loi de 1905|réécrire la loi de|abroger la loi de|réécrire la loi|il faut changer la loi
  |changeons la loi|rewrite the law|scrap the law|the law must change|la loi doit changer`);

const CHANGE = list(`time for a change|time for change|worse off than ever|had two terms|two terms to fix
  |il est temps que ça change|deux mandats pour|pire que jamais`);
const POLICY_ASKS = list(`paid parental leave|parental leave|congé parental|congé paternité|congé maternité
  |minimum wage|child benefit|pension age|âge de départ à la retraite`);

const RELIGION = list(`transubstantiation|transsubstantiation|immaculate conception|immaculée conception|virgin birth
  |naissance virginale|papal infallibility|infaillibilité pontificale|{n} year old book|2000 year old book
  |2 000 year old book|two thousand year old book|livre vieux de 2000 ans
  |livre de 2000 ans|sky daddy|sky fairy|imaginary friend in the sky|invisible man in the sky
  |ami imaginaire dans le ciel
  |copain imaginaire dans le ciel|bearded man in the sky|barbu dans le ciel`);

/** A sporting or legal guilt asserted beside its outcome ("a clairement triché… la FIA va le disqualifier"). */
const CHEATED = list(`a triché|a clairement triché|ont triché|ont clairement triché|cheated|has cheated|clearly cheated
  |have cheated`);
const PUNISHED = list(`va le disqualifier|va les disqualifier|va la disqualifier|sera disqualifié|seront disqualifiés
  |sera disqualifiée|will be disqualified|will get disqualified|will disqualify him|will disqualify them
  |sera suspendu|will be stripped|va être sanctionné`);

const WONT_REOPEN = list(`ne rouvriront pas|ne rouvrira pas|ne rouvriront plus|won't reopen|will not reopen
  |won't be reopening|will not be reopening|ferment définitivement|ferme définitivement|closing for good|close for good
  |baisseront le rideau|will shut for good`);
const NOT_TOLD = list(`seront prévenues|seront prévenus|seront informées|seront informés|ne sont pas encore au courant
  |ne le savent pas encore|pas encore prévenu|pas encore prévenues|will be told|will be informed|haven't been told
  |have not been told|don't know yet|doesn't know yet|aren't aware yet`);

const SLURS = list(`un mongol|quel mongol|quelle mongole|ce mongol|cette mongole|une mongole|des mongols
  |sûrement un mongol|espèce de mongol|t es mongol|t es un mongol
  |c est un mongol|mongolito|un gogol|une gogol|des gogols|espèce de gogol|t es gogol|t es un gogol`);
const DISCRIMINATION = list(`ok boomer|okay boomer|ok boomers|ok le boomer`);
const WAISTLINE = list(`tour de taille|son tour de taille|her waistline|his waistline|her waist|son poids|her weight
  |his weight|ses kilos|ses bourrelets|her muffin top|his beer belly|sa bedaine|son bide`);
const DIET = list(`un petit régime|un régime|au régime|petit régime|a diet|on a diet|go on a diet|lay off the pies
  |moins de pâtisseries|fewer pies|a salad or two|une salade ou deux`);
const NOT_ALLOWED = list(`should not be allowed|shouldn't be allowed|should be banned from|should never be allowed
  |ne devraient pas avoir le droit|ne devrait pas avoir le droit|devraient être interdits de
  |devrait être interdite de`);
const CLOTHES =
  list(`leggings|legging|lycra|spandex|crop top|crop tops|bikini|bikinis|mini jupe|mini jupes|short moulant
  |skinny jeans|swimsuit|maillot de bain|brassière`);
const WHEELCHAIR = list(`wheelchair users|people in wheelchairs|customers in wheelchairs|disabled customers
  |personnes en fauteuil|clients en fauteuil|personnes handicapées|clients handicapés|pmr`);
const NOT_FOR_YOU = list(`isn't set up for you|is not set up for you|not set up for you|isn't for you|is not for you
  |try the website instead|try our website instead|n est pas faite pour vous|n est pas fait pour vous
  |essayez plutôt le site|passez plutôt par le site`);
const FAT_PEOPLE = list(`fat ppl|fat people|fat folks|fatties|les gros|les grosses|les obèses|obese people`);
const NOT_THE_VIBE = list(`not the vibe|not our vibe|not the look we're going for|not the image we want
  |pas l image qu on veut|pas le style de la marque|pas notre style`);
const RIGHT_LOOK = list(`the right look|le bon look|le bon profil physique|right kind of look`);
const LOOK_TRAITS = list(`young|jeune|jeunes|fit|slim|mince|aussie born|australian born|british born|born and bred
  |né en france|née en france|nés en france|de souche|white|blanc|blanche`);
const FOREIGN_NAMES =
  list(`foreign sounding names|foreign sounding name|names that sound foreign|noms à consonance étrangère
  |nom à consonance étrangère|noms qui sonnent étrangers|noms étrangers`);
const FIT_IN = list(`fit our culture|fit in|don't fit|don't tend to fit|won't fit|not a good fit|culture fit
  |s intègrent mal|ne collent pas|pas adaptés à notre culture|ne correspondent pas à notre culture`);
/** A brand's own sites in a département ("nos stations-service du 93 recrutent") and "all profiles welcome". */
const OWN_SITES = list(`stations service du 93|magasins du 93|boutiques du 93|agences du 93|sites du 93|usines du 93
  |entrepôts du 93|restaurants du 93|tous les profils|tous profils|all profiles|all backgrounds welcome`);
const ONLY_TAKE = list(`only take on|we only take on|only hire|we only hire|only recruit|n embauchons que
  |ne recrutons que|ne recrute que|on ne prend que`);

const ROUND_24E: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { strong: { fr: exact(INSULTS) } } },
  politics: {
    groups: {
      strong: { fr: exact(POLITICS) },
      change24e: { fr: exact(CHANGE) },
      governing23c: { fr: exact(POLICY_ASKS) },
    },
    pairs: [['actors24c', 'change24e', { window: 14 }]],
  },
  health_legal: {
    groups: { cheated24e: { fr: exact(CHEATED) }, punished24e: { fr: exact(PUNISHED) } },
    pairs: [['cheated24e', 'punished24e', { window: 16 }]],
  },
  religion: { groups: { strong: { fr: exact(RELIGION) } } },
  confidential: {
    groups: { wontReopen24e: { fr: exact(WONT_REOPEN) }, notTold24e: { fr: exact(NOT_TOLD) } },
    pairs: [['wontReopen24e', 'notTold24e', { window: 20 }]],
  },
  discrimination: {
    groups: {
      slur: { fr: exact(SLURS) },
      alone24e: { fr: exact(DISCRIMINATION) },
      waistline24e: { fr: exact(WAISTLINE) },
      diet24e: { fr: exact(DIET) },
      notAllowed24e: { fr: exact(NOT_ALLOWED) },
      clothes24e: { fr: exact(CLOTHES) },
      wheelchair24e: { fr: exact(WHEELCHAIR) },
      notForYou24e: { fr: exact(NOT_FOR_YOU) },
      fatPeople24e: { fr: exact(FAT_PEOPLE) },
      notTheVibe24e: { fr: exact(NOT_THE_VIBE) },
      rightLook24e: { fr: exact(RIGHT_LOOK) },
      lookTraits24e: { fr: exact(LOOK_TRAITS) },
      foreignNames24e: { fr: exact(FOREIGN_NAMES) },
      fitIn24e: { fr: exact(FIT_IN) },
      lookingFor23c: { fr: exact(ONLY_TAKE) },
    },
    alone: ['alone24e'],
    negative: { fr: exact(OWN_SITES) },
    signs: { disgust24e: ['🤢', '🤮'] },
    pairs: [
      ['waistline24e', 'diet24e', { window: 14 }],
      ['notAllowed24e', 'clothes24e', { window: 6, ordered: true }],
      ['wheelchair24e', 'notForYou24e', { window: 14 }],
      ['fatPeople24e', 'disgust24e', { window: 8 }],
      ['fatPeople24e', 'notTheVibe24e', { window: 12 }],
      ['rightLook24e', 'lookTraits24e', { window: 6, ordered: true, variant: 'hiring' }],
      ['foreignNames24e', 'fitIn24e', { window: 12, variant: 'hiring' }],
    ],
  },
};

export const withRound24e = roundByTopic(ROUND_24E);
