// Twenty-sixth round, reading r (`withRound26r` adds it to every topic's rules), from `train-cc`'s French misses, by
// family:
// Slurs written masked: "tr@v".
// Religion: a procession or a pilgrimage to Lourdes, "Marie nous protège"; bearded staff blamed for pork gone from the
// sandwiches; believers called "coincés", Muslim customers who "négocient tout".
// Harassment: "personne te retient de sauter du pont", "finis-en, personne te regrettera"; "on a vos photos de
// famille… ce serait dommage qu'elles circulent"; a former employee's personal number "pour ceux qui veulent lui dire
// ce qu'ils en pensent"; the trainee who went to the labour inspectorate and whose desk was emptied; "on a votre
// adresse… on en reparle de vive voix".
// Class and origins: "restez dans votre HLM", the poor who "se servent", Travellers' camp and goods locked "à double
// tour", Bretons "déjà tous bourrés".
// Women: "la preuve qu'une femme peut réussir, même avec deux gosses", "pour une blonde, elle lit même…", wives sent
// shopping "pendant que vos maris comprennent", a pregnant woman "peut-on vraiment lui confier…", mothers' pregnancy
// kilos and a husband who "regarde ailleurs".
// Others: "bien intégrée pour quelqu'un de chez elle", "l'autiste de la classe", two dads "vraiment un modèle à
// montrer ?", non-binary customers told "choisissez un camp", boomers and "la nature fera le reste", seniors "vous
// êtes lents, vous coûtez cher", "62 ans et tu sais encore envoyer un mail toute seule".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

/** Read only when written masked ("tr@v"): "trav" alone is also short for "travaux". */
const MASKED = list(`trav|travs`);

// Religion.
const PILGRIMAGE = list(`procession du 15 août|la procession du|procession mariale|pèlerinage à lourdes
  |pèlerinage de lourdes|pèlerinage diocésain|marie nous protège|que marie nous protège|la vierge nous protège
  |que la vierge nous protège|notre dame de lourdes`);
const PORK = list(`jambon|porc|bacon|saucisson|lardons|rillettes|charcuterie|cochon`);
const BEARDED = list(`les barbus|aux barbus|des barbus|merci les barbus`);
const BELIEVERS = list(`cathos|les cathos|aux cathos|musulmans|les musulmans|clients musulmans|clientes musulmanes
  |juifs|les juifs|clients juifs|protestants|les protestants|évangéliques|bouddhistes|hindous`);
const SLIGHT = list(`moins coincés|si coincés|tellement coincés|trop coincés|négocient tout|négocient même
  |marchandent tout|marchandent même|radins comme|toujours à gratter`);

// Harassment.
const HARASS_ALONE =
  list(`personne te retient de sauter|personne ne te retient de sauter|personne vous retient de sauter
  |personne ne vous retient de sauter|jette toi d un pont|jetez vous d un pont|jette toi du pont|jetez vous du pont
  |va te jeter d un pont|va te jeter du pont|allez vous jeter d un pont|personne te regrettera|personne ne te regrettera
  |personne vous regrettera|personne ne vous regrettera|finis en avec la vie|finissez en avec la vie`);
const GOT_PHOTOS = list(`on a vos photos|on a tes photos|on a les photos de|vos photos de famille|tes photos de famille
  |les photos de vos enfants|les photos de tes enfants`);
const SHAME_IF = list(`ce serait dommage|serait dommage qu|dommage qu elles circulent|qu elles circulent
  |qu elles tournent|qu elles fuitent|qu elles se retrouvent`);
const CONTACT = list(`son numéro perso|son numéro personnel|son portable perso|son 06|son adresse perso
  |son mail perso|son adresse personnelle`);
const TELL_HIM = list(`pour ceux qui veulent lui dire|lui dire ce qu ils en pensent|lui dire ce que vous en pensez
  |pour ceux qui veulent lui écrire|pour ceux qui veulent l appeler|pour ceux qui ont des choses à lui dire`);
const DARED = list(`qui a osé aller voir|qui a osé saisir|qui a osé porter plainte|qui a osé se plaindre
  |qui a osé contacter|qui a osé appeler|qui a osé prévenir|qui a osé aller aux prud hommes
  |l inspection du travail|aux prud hommes`);
const PAYBACK = list(`on a vidé son bureau|on a vidé son casier|vidé son bureau|vidé son casier
  |elle va vite comprendre|il va vite comprendre|elle va comprendre|il va comprendre|va le regretter|va le payer`);
const TALK_IN_PERSON = list(`on en reparle de vive voix|de vive voix|on en reparle en personne|on passe vous voir
  |on passera vous voir|on viendra vous voir|on vient vous voir`);

// Class and origins.
const CLASS_ALONE = list(`restez dans votre hlm|retournez dans votre hlm|reste dans ton hlm|retourne dans ton hlm
  |restez dans vos hlm|retournez dans vos hlm|retournez dans votre cité|retourne dans ta cité|restez dans votre cité
  |chez les pauvres on se sert|chez les pauvres on vole|les pauvres ça vole|chez les pauvres ça vole`);
const POOR = list(`les pauvres|chez les pauvres|des pauvres|les cassos|les cas sociaux|les smicards|les rmistes`);
const HELP_SELF = list(`on se sert|ça se sert|se servent|ça vole|ils volent|on vole|ça pique|ça chourave`);
const TRAVELLERS = list(`gens du voyage|camp de gens du voyage|les gitans|des gitans|camp de roms|les roms|des roms
  |les manouches|des manouches|caravanes`);
const LOCK_UP = list(`à double tour|on recompte|recompte les|recompter les|recomptez|cadenassé|on cadenasse
  |mettez tout sous clé|sous clé ce soir|planquez vos|planquez les|surveillez vos`);
const REGION = list(`en bretagne|les bretons|des bretons|en normandie|les normands|les polonais|les irlandais
  |les russes|les ch tis|les chtis|dans le nord|les alsaciens`);
const DRUNK = list(`déjà bourrés|tous bourrés|déjà tous bourrés|déjà saouls|déjà soûls|tous saouls|tous soûls
  |déjà ivres|déjà pétés|toujours bourrés|déjà torchés`);

// Women.
const WOMAN_CAN = list(`qu une femme peut|une femme peut réussir|même une femme peut|même une femme réussit`);
const EVEN_WITH = list(`même avec deux gosses|même avec des gosses|même avec ses gosses|même avec trois gosses
  |malgré ses gosses|jours de fatigue|ses règles|ses humeurs|même enceinte`);
const FOR_A = list(`pour une blonde|pour une femme|pour une fille|pour une nana|pour une gonzesse`);
const EVEN_SHE = list(`elle lit même|elle sait même|elle arrive même|elle comprend même|elle sait lire|elle sait compter
  |sans se tromper|elle a compris`);
const WHILE_MEN = list(`pendant que vos maris|pendant que vos époux|pendant que vos hommes|pendant que ces messieurs
  |pendant que monsieur`);
const UNDERSTAND = list(`comprennent|comprend|parlent technique|parlent boulot|s occupent des choses sérieuses
  |les turbines|la mécanique|les moteurs`);
const ENTRUST = list(`peut on vraiment confier|peut on confier|vraiment confier|faut il confier|faut il vraiment confier
  |peut on vraiment laisser|peut on laisser`);
const TO_A_WOMAN = list(`à une femme|à une femme enceinte|à une jeune maman|à une mère|à une future maman
  |à une femme de {n} ans`);
const BABY_WEIGHT = list(`kilos de grossesse|kilos de trop|kilos en trop|kilos de bébé|poignées d amour|bourrelets
  |ventre de grossesse`);
const HUSBAND_STRAYS =
  list(`mari regarde ailleurs|mari regardent ailleurs|mari va voir ailleurs|mari aille voir ailleurs
  |mari vous trompe|mari les trompe|maris regardent ailleurs|maris vont voir ailleurs`);

// Others.
const DISC_ALONE = list(`bien intégrée pour quelqu un|bien intégré pour quelqu un|intégrée pour quelqu un de chez
  |intégré pour quelqu un de chez|pour quelqu un de chez elle|pour quelqu un de chez eux|autiste de la classe
  |autiste de service|autiste du bureau|autiste de l équipe|sauf l autiste|sauf les autistes|sauf le trisomique
  |trisomique de la classe`);
const SAME_SEX = list(`deux papas|deux mamans|couple de deux hommes|couple de deux femmes|couple gay|couple homo
  |couple homosexuel|couple lesbien|famille homoparentale|familles homoparentales`);
const A_MODEL = list(`vraiment un modèle|un modèle à montrer|à montrer aux enfants|à montrer à des enfants
  |bon exemple pour les enfants|bon modèle pour les enfants|normal pour des enfants|normal pour les enfants`);
const PICK_SIDE = list(`choisissez un camp|choisis un camp|choisir un camp|choisissez votre camp|choisis ton camp
  |décidez vous|faut choisir`);
const NON_BINARY = list(`non binaires|non binaire|les non binaires|clients non binaires|transgenres|les trans`);
const WAIT_GONE = list(`la nature fera le reste|on attend que vous partiez|on attend que vous creviez
  |on attend que vous mouriez|vivement que vous partiez|vivement que vous creviez|le temps fera le reste`);
const SLOW_COST = list(`vous êtes lents|vous êtes lentes|vous coûtez cher|vous coûtez trop cher|vous nous coûtez
  |vous êtes un poids|vous êtes trop lents`);
const STILL_ABLE = list(`ans et tu sais encore|ans et elle sait encore|ans et il sait encore|ans et vous savez encore
  |ans et toujours capable`);
const ALONE_TECH = list(`un mail toute seule|un mail tout seul|sans ton petit fils|sans ta petite fille
  |sans tes petits enfants|sans votre petit fils|sans votre petite fille|allumer l ordi|allumer l ordinateur
  |utiliser un smartphone|commander en ligne|ouvrir une pièce jointe`);

const ROUND_26R: Readonly<Record<string, RuleExtension>> = {
  insult: { maskedOnly: { group: 'strong', words: MASKED } },
  religion: {
    groups: {
      alone26r: { fr: exact(PILGRIMAGE) },
      pork26r: { fr: exact(PORK) },
      bearded26r: { fr: exact(BEARDED) },
    },
    alone: ['alone26r'],
    pairs: [['pork26r', 'bearded26r', { window: 20, ordered: true }]],
  },
  discrimination: {
    groups: {
      alone26r: { fr: exact(DISC_ALONE, CLASS_ALONE, HARASS_ALONE) },
      pork26r: { fr: exact(PORK) },
      bearded26r: { fr: exact(BEARDED) },
      believers26r: { fr: exact(BELIEVERS) },
      slight26r: { fr: exact(SLIGHT) },
      gotPhotos26r: { fr: exact(GOT_PHOTOS) },
      shameIf26r: { fr: exact(SHAME_IF) },
      contact26r: { fr: exact(CONTACT) },
      tellHim26r: { fr: exact(TELL_HIM) },
      dared26r: { fr: exact(DARED) },
      payback26r: { fr: exact(PAYBACK) },
      talkInPerson26r: { fr: exact(TALK_IN_PERSON) },
      poor26r: { fr: exact(POOR) },
      helpSelf26r: { fr: exact(HELP_SELF) },
      travellers26r: { fr: exact(TRAVELLERS) },
      lockUp26r: { fr: exact(LOCK_UP) },
      region26r: { fr: exact(REGION) },
      drunk26r: { fr: exact(DRUNK) },
      womanCan26r: { fr: exact(WOMAN_CAN) },
      evenWith26r: { fr: exact(EVEN_WITH) },
      forA26r: { fr: exact(FOR_A) },
      evenShe26r: { fr: exact(EVEN_SHE) },
      whileMen26r: { fr: exact(WHILE_MEN) },
      understand26r: { fr: exact(UNDERSTAND) },
      entrust26r: { fr: exact(ENTRUST) },
      toAWoman26r: { fr: exact(TO_A_WOMAN) },
      babyWeight26r: { fr: exact(BABY_WEIGHT) },
      husbandStrays26r: { fr: exact(HUSBAND_STRAYS) },
      sameSex26r: { fr: exact(SAME_SEX) },
      aModel26r: { fr: exact(A_MODEL) },
      pickSide26r: { fr: exact(PICK_SIDE) },
      nonBinary26r: { fr: exact(NON_BINARY) },
      waitGone26r: { fr: exact(WAIT_GONE) },
      slowCost26r: { fr: exact(SLOW_COST) },
      stillAble26r: { fr: exact(STILL_ABLE) },
      aloneTech26r: { fr: exact(ALONE_TECH) },
    },
    alone: ['alone26r'],
    maskedOnly: { group: 'slur', words: MASKED },
    pairs: [
      ['pork26r', 'bearded26r', { window: 20, ordered: true }],
      ['believers26r', 'slight26r', { window: 26, ordered: true }],
      ['gotPhotos26r', 'shameIf26r', { window: 16, ordered: true, variant: 'harassment' }],
      ['contact26r', 'tellHim26r', { window: 8, ordered: true, variant: 'harassment' }],
      ['dared26r', 'payback26r', { window: 25, ordered: true, variant: 'harassment' }],
      ['whereabouts25f', 'talkInPerson26r', { window: 20, ordered: true, variant: 'harassment' }],
      ['poor26r', 'helpSelf26r', { window: 3, ordered: true }],
      ['travellers26r', 'lockUp26r', { window: 20, ordered: true }],
      ['region26r', 'drunk26r', { window: 20, ordered: true }],
      ['womanCan26r', 'evenWith26r', { window: 16, ordered: true }],
      ['forA26r', 'evenShe26r', { window: 6, ordered: true }],
      ['whileMen26r', 'understand26r', { window: 4, ordered: true }],
      ['entrust26r', 'toAWoman26r', { window: 12, ordered: true }],
      ['babyWeight26r', 'husbandStrays26r', { window: 25, ordered: true }],
      ['sameSex26r', 'aModel26r', { window: 12, ordered: true }],
      ['nonBinary26r', 'pickSide26r', { window: 20, ordered: true }],
      ['senior26n', 'waitGone26r', { window: 25, ordered: true }],
      ['senior26n', 'slowCost26r', { window: 20, ordered: true }],
      ['stillAble26r', 'aloneTech26r', { window: 20, ordered: true }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26r = roundByTopic(ROUND_26R);
