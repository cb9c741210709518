// A compositional rule for discrimination (lexicon-discrimination.ts spreads it in): a protected group named as the
// subject or target of the sentence (`target`, and the older `group` list) + a cue of exclusion or contempt that
// needs that group to mean anything, in the same sentence (wider windows than the first rules, ordered where the
// cue refers back: "les mamies au volant, voilà pourquoi le parking est bouché", "wheelchair users should shop
// outside peak hours", "pour le reste, faut pas trop leur en demander"). Cues are classes, not sentences:
// - sending away: a modal ("devraient", "should", "feraient mieux de") + elsewhere ("en dehors", "outside",
//   "ailleurs"), "merci de rester dehors", "stay outside", "pas dans notre pub", "not in our ads";
// - avoiding: "donc on évite", "so we steer clear", "on s'en passe", "we'll pass";
// - incapacity: a failing verb + pace or load ("ne tiennent pas la cadence", "can't keep up with the workload"),
//   "wouldn't even manage", "faut pas trop leur en demander";
// - blaming: "voilà pourquoi" / "the real reason" + a nuisance (bouché, jammed, queues) in one clause;
// - ridicule: "causes perdues", "lost causes", "cas désespéré"; a loaded group ("X au volant", "X drivers") + 😂;
// - harassment: holding someone's address + a visit or an order ("avant qu'on passe te voir", "before we drop
//   by"); "in your size" / "dans ta taille" + a mocking object (duvet cover, housse de couette, bâche, tent).
// Inclusive phrasings are negatives (lexicon-discrimination.ts) and the cues are never welcoming words.
import type { CategoryRules } from './lexicon';
import { combos, exact, list } from './word-lists-discrimination';

/** Groups the first lists lacked, named as people (subject forms), FR and EN. */
export const TARGET = list(`mamies|mamie|papys|papy|mémés|pépés|grands mères|grand mères|vieilles dames|petits vieux
  |retraités|retraitées|seniors|boomers|les plus de {older} ans|plus de {older} ans|femmes au volant|femme au volant
  |mamies au volant|vieux au volant|une femme enceinte|femme enceinte|femmes enceintes|futures mamans|personnes handicapées
  |personne handicapée|personnes en fauteuil|personnes en situation de handicap|handicapés|handicapées|sourds|aveugles
  |autistes|homme en robe|un homme en robe|hommes en robe|mec en robe|mec en jupe|homme en jupe|deux papas|deux mamans
  |deux pères|deux mères|couples homos|couple homo|couples gays|couple gay|lesbiennes|les trans|personnes trans|homos
  |rsastes|rsaste|cassos|chômeurs|chômeuses|sdf|sans abri|sans abris|smicards|assistés|nom bien de chez nous
  |noms bien de chez nous|bien de chez nous|nom à consonance étrangère|noms à consonance étrangère|accent étranger
  |accents étrangers|les gros|les grosses|les obèses|personnes obèses|personnes en surpoids|belges|suisses|québécois
  |grannies|granny|grandmas|old ladies|old dears|pensioners|over {older}|over {older}s|the over {older}s
  |anyone over {older}|women drivers|woman driver|woman drivers|female drivers|old drivers|granny drivers|asian drivers
  |pregnant women|pregnant woman|pregnant hire|pregnant hires|pregnant candidates|pregnant staff|expectant mothers
  |mums to be|moms to be|wheelchair users|people in wheelchairs|disabled people|disabled customers|disabled shoppers
  |autistic people|deaf people|blind people|man in a dress|men in dresses|bloke in a dress|guy in a dress|man in a skirt
  |bloke in a skirt|guy in a skirt|two dads|two mums|two moms|gay couples|gay couple|lesbians|trans people|trans women
  |benefit claimants|people on benefits|the unemployed|homeless people|the homeless|rough sleepers|native speakers
  |native english speakers|native french speakers|foreign sounding names|foreign names|fat people|overweight people
  |plus size people|xxl people|the belgians|belgians|the irish|the scots|the welsh|the french
  |accents du sud|accent du sud|accents régionaux|accent régional|accents des cités|accent des cités|accent de banlieue
  |regional accents|regional accent|foreign accents|foreign accent|strong accents|heavy accents|thick accents
  |cas sociaux|les cas sociaux|scroungers|welfare scroungers|benefit scroungers|chubby kids|fat kids|les enfants gros
  |les gros enfants|enfants en surpoids|overweight kids|en fauteuil|en fauteuil roulant|in a wheelchair
  |planning a pregnancy|planning a baby|planning a family|prévoyez une grossesse
  |projet de grossesse|projet de bébé|people with a stammer|stutterers|bègues|transgenres|transgender people`);

/** Groups already loaded with a stereotype: "X au volant", "X drivers" (a laugh or a blame is enough). */
const LOADED = list(`femmes au volant|femme au volant|mamies au volant|vieux au volant|women drivers|woman driver
  |woman drivers|female drivers|granny drivers|asian drivers|homme en robe|un homme en robe|mec en robe|mec en jupe
  |man in a dress|bloke in a dress|guy in a dress|man in a skirt|bloke in a skirt|guy in a skirt`);

/** Who a hiring or service rule may not select on: "nom bien de chez nous privilégiés", "native speakers only". */
const SELECTED = list(`nom bien de chez nous|noms bien de chez nous|bien de chez nous|nom français|noms français
  |nom à consonance française|profil masculin|profil féminin|profils masculins|profils féminins|sans accent
  |native speakers|native english speakers|native french speakers|native speaker|english sounding names
  |british sounding names|french sounding names|male candidates|female candidates|male applicants|female applicants`);
const RESTRICT = list(`privilégié|privilégiés|privilégiée|privilégiées|exigé|exigée|exigés|exigées|uniquement|seulement
  |exclusivement|de préférence|obligatoire|only|preferred|required|a must|essential|strictly`);

/** "Please don't apply if you're planning a pregnancy": a refusal before the group. */
const APPLY_NOT = list(`don't apply if|do not apply if|please don't apply if|need not apply if|ne postulez pas si
  |inutile de postuler si|pas la peine de postuler si|inutile de candidater si|s abstenir si`);
/** A joke told about a people ("c'est l'histoire d'un Belge…", "how do you know a Polish builder…") + a laugh. */
const JOKE = list(`c est l histoire d un|c est l histoire d une|comment reconnaît on un|comment reconnaît on une
  |comment reconnaît on|how do you know a|how do you know an|how can you tell a|what do you call a
  |what do you call an`);
/** Looks as a hiring criterion: "a 'European look' for our Chelsea store". */
const ORIGIN_LOOK = list(`european look|look européen|type européen|physique européen|caucasian look|look caucasien
  |european looking|caucasian only|white only|blancs uniquement|peau claire exigée|fair skin only`);

/** "papys au volant", "Asian drivers": a group at the wheel is a loaded group (compound). */
const DRIVING = list(`au volant|qui conduisent|drivers|behind the wheel|at the wheel`);
/** The plural forms only ("les mamies au volant" generalises, "Mamie au volant de sa 2CV" is a character). */
const TARGET_PLURAL = TARGET.filter((t) => /[sx]$/.test(t.split(' ')[0]) || /^(women|men|people)\b/.test(t));

const MODAL =
  list(`devraient|devrait|feraient mieux de|ferait mieux de|n ont qu à|should|ought to|had better|would do better to
  |would be better off|could just|can just`);
const ELSEWHERE = list(`en dehors des heures|en dehors des horaires|hors des heures|ailleurs|dehors|à part
  |à un autre moment|à d autres heures|outside peak|outside busy|outside opening|outside of peak|outside peak hours
  |elsewhere|somewhere else|off peak|after hours|before opening|out of sight|at another time|at other times`);

/** Sending away, avoiding, ridicule and incapacity: each refers to a group named in the sentence. */
const AWAY = list(`merci de rester dehors|rester dehors|restez dehors|reste dehors|restent dehors|attendre dehors
  |attendez dehors|pas dans notre pub|pas dans nos pubs|pas dans notre campagne|pas dans notre catalogue
  |pas dans notre vitrine|pas dans notre boutique|pas dans notre magasin|pas dans notre pub merci|pas chez nous
  |pas dans notre spot|pas dans nos spots|pas dans nos catalogues|pas dans notre clip|stay outside|wait outside
  |stay out|not in our ad|not in our ads|not in our advert|not in our adverts|not in our campaign|not in our catalogue
  |not in our window|not in our shop|not in our commercial|not in our store|not in my shop|not in my store
  |donc on évite|alors on évite|du coup on évite|on les évite|on s en passe|on s en passera|on préfère s en passer
  |on passe notre tour|on passe notre chemin|so we steer clear|we steer clear|steer clear|so we avoid|we'll pass
  |we will pass|causes perdues|cause perdue|cas désespérés|cas désespéré|cas perdus|lost causes
  |lost cause|hopeless cases|faut pas trop leur en demander|faut pas leur en demander trop|pas trop leur en demander
  |faut pas trop en demander|ne leur demandez pas trop|don't expect too much|don't ask too much of them
  |can't ask too much of them|wouldn't even manage|won't even manage|couldn't even manage|wouldn't manage
  |wouldn't cope|won't cope|couldn't cope|wouldn't keep up|won't keep up|couldn't keep up|wouldn't last
  |won't last a week|wouldn't last a week|n y arriveraient pas|n y arriveront pas|s en sortiraient pas|ne suivraient pas
  |ne tiendraient pas|tiendraient pas|don't bother applying|do not bother applying|pas la peine de postuler
  |inutile de postuler|pas la peine de venir|don't bother coming|inutile d essayer|s abstenir|need not apply
  |needn't apply|do not apply|don't apply|please don't apply|ne postulez pas|shop elsewhere|shop somewhere else
  |go and shop somewhere else|go shop somewhere else|go elsewhere|allez voir ailleurs|aller voir ailleurs
  |aren't our target|are not our target|isn't our target|not our target|pas notre cible|ne sont pas notre cible
  |ce n est pas un magasin pour vous|pas un magasin pour vous|pas une boutique pour vous|not a shop for you
  |not the shop for you|not a store for you|not the store for you|on ne fait pas crédit|we don't lend|don't bother asking
  |inutile de demander|pas la peine de demander
  |no accents please|pas d accent svp|pas d accent merci|no accents|a year's leave|un an de congé assuré
  |congé assuré|absence assurée`);

/** A failing verb + pace or load: "ne tiennent pas la cadence", "can't keep up with the workload". */
const FAIL = list(`ne tiennent pas|tiennent pas|ne tient pas|ne suivent pas|suivent pas|ne supportent pas|supportent pas
  |n encaissent pas|encaissent pas|ne tiendront pas|can't keep up with|cannot keep up with|couldn't keep up with
  |can't handle|cannot handle|couldn't handle|can't cope with|cannot cope with|can't take|can't stand|can't match`);
const LOAD = list(`la cadence|le rythme|la charge|le coup|la pression|la distance|les horaires|la route|le stress
  |the pace|the workload|the pressure|the rhythm|the speed|the hours|the load|the stress|the shifts`);

/** Blaming: a cue + a nuisance in one clause ("voilà pourquoi le parking est bouché", "the real reason … jammed"). */
const BLAME =
  list(`voilà pourquoi|voila pourquoi|c est pour ça que|c est pour ca que|la vraie raison|la raison pour laquelle
  |c est la faute|c est de leur faute|à cause d eux|à cause d elles|the real reason|that's why|this is why
  |the reason why|the reason|explains why|is why|blame`);
const NUISANCE = list(`bouché|bouchés|bouchée|bloqué|bloqués|bloquée|embouteillé|embouteillage|bouchons|bouchon|saturé
  |toujours la queue|toujours des queues|la queue jusqu|retard|retards|rayé|rayée|rayures|cabossé|cabossée|bazar|chaos|galère|le bordel|lent|lente|lentes
  |lents|jammed|blocked|gridlocked|clogged|always a queue|queues out the door|late|delays|scratched|dented|chaos|a mess|mayhem|slow|chock a block`);

/** Blame or a ban right before a group: "c'est la faute des retraités", "interdit aux RSAstes", "blame the over 60s". */
const BEFORE = list(`c est la faute des|c est la faute aux|la faute aux|à cause des|blame the|blame|it's the fault of
  |because of the|interdit aux|interdits aux|interdite aux|banned for|forbidden to|pas crédit aux|crédit aux
  |don't lend to|do not lend to|don't serve|we don't serve|on ne sert pas les|on ne sert pas aux`);
/** Laughing words at a loaded group ("les femmes au volant mdr"). */
const LAUGH_WORD = list(`lol|mdr|ptdr|lmao|rofl|mort de rire|jpp`);

/** Harassment: holding someone's address + a visit or an order. */
const HAVE_ADDRESS =
  list(`on a ton adresse|on a votre adresse|on connaît ton adresse|on connaît votre adresse|on sait où tu habites
  |nous avons ton adresse|nous avons votre adresse|we've got your address|we have your address|we know your address
  |we got your address|got your address|we know where you live|saw you at|we saw you at|spotted you at|on t a vu à
  |on t a vue à|on t a vu devant|on t a vue devant|on t a croisé|on t a croisée`);
const VISIT =
  list(`avant qu on passe te voir|avant qu on passe vous voir|avant qu on vienne te voir|avant qu on vienne vous voir
  |avant qu on débarque|avant qu on passe chez toi|avant qu on passe chez vous|on passera te voir|on va passer te voir
  |on viendra te voir|on va venir te voir|on va te rendre visite|on viendra te rendre visite|before we drop by
  |before we come round|before we come over|before we pay you a visit|before we visit|before we show up
  |before we stop by|we'll drop by|we'll pay you a visit|we'll be paying you a visit|we'll come round|we'll stop by
  |retirer ton avis|retire ton avis|supprime ton avis|retirez votre avis|supprimez votre avis|take that review down
  |take down that review|take your review down|delete that review|delete your review|remove your review
  |before we see you again|avant qu on te revoie|avant qu on vous revoie|avant la prochaine fois`);

/** Body shaming: "dans ta taille" / "in your size" + a mocking object. */
const YOUR_SIZE = list(`dans ta taille|à ta taille|pour ta taille|en ta taille|dans votre taille|pour votre taille
  |in your size|for your size|at your size|for someone your size|in a size like yours`);
const MOCK_OBJECT =
  list(`housse de couette|housses de couette|housse|housses|bâche|bâches|tente|tentes|chapiteau|parachute
  |parachutes|voile de bateau|nappe|nappes|rideau|rideaux|sac poubelle|sacs poubelle|drap|draps|duvet cover|duvet covers
  |tent|tents|tarp|tarpaulin|marquee|circus tent|parachute|sail|bin bag|bin bags|bedsheet|bedsheets|table cloth
  |tablecloth|curtain|curtains|car cover|awning`);

export const PROTECTED_GROUPS: CategoryRules['groups'] = {
  target: { fr: exact(TARGET) },
  selected: { fr: exact(SELECTED) },
  restrict: { fr: exact(RESTRICT) },
  loaded: { fr: exact(LOADED) },
  driving: { fr: exact(DRIVING) },
  targetPlural: { fr: exact(TARGET_PLURAL) },
  modal: { fr: exact(MODAL) },
  elsewhere: { fr: exact(ELSEWHERE) },
  away: { fr: exact(AWAY) },
  fail: { fr: exact(FAIL) },
  load: { fr: exact(LOAD) },
  blame: { fr: exact(BLAME) },
  nuisance: { fr: exact(NUISANCE) },
  before: { fr: exact(BEFORE) },
  laughWord: { fr: exact(LAUGH_WORD) },
  haveAddress: { fr: exact(HAVE_ADDRESS) },
  visit: { fr: exact(VISIT) },
  yourSize: { fr: exact(YOUR_SIZE) },
  mockObject: { fr: exact(MOCK_OBJECT) },
  applyNot: { fr: exact(APPLY_NOT) },
  joke: { fr: exact(JOKE) },
  originLook: { fr: exact(ORIGIN_LOOK) },
};

/** "devraient … en dehors", "ne tiennent pas … la cadence", "voilà pourquoi … bouché" are cues of their own. */
export const PROTECTED_COMPOUNDS: NonNullable<CategoryRules['compounds']> = [
  ['targetPlural', 'driving', 'loaded'],
  ['group', 'driving', 'loaded'],
  ['modal', 'elsewhere', 'away', 5],
  ['fail', 'load', 'away', 2],
  ['blame', 'nuisance', 'blamed', 8],
  ['joke', 'nation', 'ethnicJoke'],
  ['joke', 'nationAdjFr', 'ethnicJoke'],
  ['joke', 'nationAdjEn', 'ethnicJoke'],
];

export const PROTECTED_PAIRS: CategoryRules['pairs'] = [
  ['selected', 'restrict', { window: 3, ordered: true, variant: 'hiring' }],
  ['target', 'away', { window: 16, ordered: true }],
  ['group', 'away', { window: 16, ordered: true }],
  ['target', 'blamed', { window: 10, ordered: true }],
  ['group', 'blamed', { window: 10, ordered: true }],
  ['before', 'target', { window: 1, ordered: true, clause: true }],
  ['loaded', 'laughWord', { window: 3, ordered: true, clause: true }],
  ['loaded', 'laugh', { window: 4, ordered: true }],
  ['loaded', 'sneer', { window: 4, ordered: true }],
  ['haveAddress', 'visit', { window: 20, ordered: true, variant: 'harassment' }],
  ['yourSize', 'mockObject', { window: 8, ordered: true, clause: true, variant: 'harassment' }],
  ['ethnicJoke', 'laugh', { window: 30, ordered: true }],
  ['applyNot', 'target', { window: 8, ordered: true, clause: true, variant: 'hiring' }],
  ['hire', 'originLook', { window: 12, variant: 'hiring' }],
  ['job', 'originLook', { window: 12, variant: 'hiring' }],
];

/** Welcoming phrasings that name a group without excluding it. */
export const PROTECTED_NEGATIVE = [
  ...combos(['deux papas', 'deux mamans', 'two dads', 'two mums', 'two moms'], ['ou', 'or', 'et', 'and']),
  ...combos(
    list(`bienvenue aux|bienvenus aux|bienvenues aux|ouvert aux|ouverte aux|ouverts aux|accessible aux|pensé pour les
      |welcome to|welcomes|welcoming|open to|accessible to|designed for|made for`),
    TARGET,
  ),
  ...list(`devraient pouvoir|devrait pouvoir|devraient se sentir|devraient avoir|should be able to|should be able
    |ta taille de lit|votre taille de lit|taille de lit|your bed size|your bed|should feel|should have|should get|stay out of the cold|stay out of the rain|stay out of the sun|stay out late
    |stay out all night`),
  ...list(`accent welcome|accents welcome|regional accent welcome|regional accents welcome|all accents welcome
    |accents bienvenus|accent bienvenu|tous les accents sont les bienvenus|tous les accents bienvenus`),
  // "no pensioners left behind", "pas de seniors sans cadeau": nobody is left out.
  ...combos(
    combos(['no', 'pas de', 'pas d', 'aucun', 'aucune'], TARGET),
    list(
      `left behind|left out|forgotten|sans cadeau|sans surprise|sans réduction|oubliés|oubliées|laissés pour compte`,
    ),
  ),
  // "on évite les escaliers": avoiding a thing, not people.
  ...combos(
    ['on évite les', 'nous évitons les', 'on évite', 'we avoid', 'we avoid the'],
    list(`escaliers|marches|bouchons|embouteillages|files d attente|queues|la foule|foule|gaspillage|plastiques
      |emballages|mauvaises surprises|frais|retards|allergènes|additifs|produits chimiques|stairs|crowds|waste
      |plastic|delays|fees|additives|steps`),
  ),
].map((t) => `=${t}`);
