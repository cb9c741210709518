// Twenty-third round (`withRound23` adds it to every topic's rules), by family:
// Discrimination and harassment:
// - age groups by any age ("over-35s", "the under-25s", "women over 45"), with the contempt predicates of every
//   group, and hiring by age said with "only" ("hires over-40s only");
// - a body mocked in a person ("la chaise a survécu ?", "the tent section for you", "vu ta silhouette 😂"),
//   fat people named with an animal ("fat pigs", "fat slobs");
// - women sent back to the coffee ("il fallait bien quelqu'un pour servir le café", "who's going to make the coffee"),
//   "even a blonde can", women and parking, girls and boys each "in their place", "real men don't … girls";
// - gay and trans people: "bring home a boyfriend instead of a girlfriend", "qui se dit femme", pronouns mocked, two
//   dads "missing someone", "men in dresses … what could possibly go wrong 🤡";
// - skin: "one shade: the normal one", "plus claire que les nouveaux voisins";
// - origin: punctuality and smells as traits of a people ("la notion d'heure fixe", "cabbage smell"), neighbours met
//   with suspicion, "where's he from again? … une petite idée 🌍", "réservé aux vrais Français", a tenant "called
//   Mamadou, check twice", an accent to check receipts for, "drives like he's still on a camel", cities that will
//   "look like Bamako", "not racist, just…", "those people move in … the whole area has changed";
// - towns, regions and estates: subtitles for their accent, hubcaps and wallets to hide, applications from them
//   avoided;
// - disability: wheelchair users sent to the e-shop, "ont tout leur temps", a deaf engineer sent alarms "by carrier
//   pigeon";
// - class and age slurs that insult a group more than a person ("ok boomer", "cassos", "benefit scroungers", "diversity
//   hire");
// - harassment: "here's your address for everyone", "resign before we publish the list".
// Insults: plural and regional forms ("des trous du cul", "tronche de cake", "ya drongo", "some galah": the birds stay
// clean), "the only joke here is you".
// Politics: a president named by his colour ("a certain orange gentleman's tariffs").
// Religion: a pilgrimage or a miracle of a shrine promoted (Lourdes, Fatima). Greetings: "Diwali greetings".
// Confidential: a company that "could soon join the family" (an acquisition not announced).
// Every list is matched exactly (normalized).
import { type RuleExtension, roundByTopic } from './rule-extension';
import { combos, exact, list } from './word-lists-discrimination';

const AGES = Array.from({ length: 56 }, (_, k) => String(k + 18));
/** "over-35s", "the under 25s", "women over 45", "femmes de plus de 45 ans". */
const AGE_GROUPS = [
  ...AGES.flatMap((n) => [`over ${n}s`, `under ${n}s`, `the over ${n}s`, `the under ${n}s`]),
  ...combos(
    list('women|woman|men|man|anyone|people|staff|workers|mums|dads'),
    AGES.map((n) => `over ${n}`),
  ),
  ...combos(
    list('femmes|femme|hommes|homme|personnes|salariés|mamans'),
    AGES.map((n) => `de plus de ${n} ans`),
  ),
];
const AGE_ONLY = AGES.flatMap((n) => [`over ${n}s only`, `hires over ${n}s only`, `hires under ${n}s only`]);

/** Slurs: they insult too (the detector reports them as insults as well). */
const SLURS = list(`fat pigs|fat slobs|fat slob|fat cows|lardass|lard arse|lardarses|camel jockey|camel jockeys
  |welfare queens|council estate scum|estate scum`);
/** Phrases that demean a group, enough alone, but no insult's words. */
const DEMEANING = list(`mutton dressed as lamb|wrinklies|the wrinklies|toothless grandad|toothless grandpa
  |toothless granny|toothless nan|grand père édenté|papy édenté|mamie édentée|diversity hire|diversity hires
  |diversity hire alert|dei hire|dei hires|quota hire|token hire|benefit scroungers|benefit scrounger|dole scroungers
  |ok boomer|okay boomer|cassos|cas soc|cas socs|cas soss|les assistés|assistés sociaux|vivent des allocs
  |qui vivent des allocs|religion of peace|the religion of peace|not racist just|not being racist but
  |not to be racist but|i'm not racist but|im not racist but|je suis pas raciste mais|je ne suis pas raciste mais
  |c est pas raciste mais|pas raciste mais|pas raciste juste|sans être raciste|sans vouloir être raciste
  |still on a camel|like he's on a camel|like she's on a camel|like they're on a camel|like he's still on a camel
  |comme sur un chameau|comme à dos de chameau|sur son chameau|sound like a foreign market|sounds like a foreign market
  |look like a foreign country|looks like a foreign country|feels like a foreign country|étrangers dans notre propre pays
  |pays où on mange avec les doigts|pays où ils mangent avec les doigts|where they eat with their hands
  |eat with their hands|mangent avec les doigts|au lieu d une copine|au lieu d une petite copine|instead of a girlfriend
  |end up gay|turn out gay|turn him gay|turn them gay|turns boys gay|devenir gay|devenir homo|finir gay|finir homo
  |le rendre gay|les rendre gay|qui se dit femme|qui se dit homme|qui se prétend femme|qui se prend pour une femme
  |who says he's a woman|who claims to be a woman|who thinks he's a woman|men pretending to be women
  |couleur de peau normale|normal skin colour|normal skin color|la chaise a survécu|la chaise a tenu|did the chair survive
  |the chair survived|directement la toile de tente|ou la toile de tente|the tent section for you|tent section for you
  |in a tent size
  |seul équipement à sa taille|seul équipement à ta taille|only thing in her size|only thing in his size
  |only thing in your size|même une blonde peut|même une blonde pourrait|même une blonde y arrive|même une blonde comprend
  |même les blondes y arrivent|even a blonde can|even a blonde could|so easy even a blonde|so easy a blonde|even a woman can
  |even a woman could|even a girl can|even a girl could|même une femme peut|même une femme pourrait|même une femme y arrive
  |even my wife can|even my wife could|even the wife can|even the missus can|retournez à la machine à café
  |retourne à la machine à café|retournent à la machine à café|retourner à la machine à café|back to the coffee machine
  |back to making the coffee`);

const THREATS = list(`here's your address for everyone|your address for everyone|her address for everyone
  |his address for everyone|enjoy the visitors|enjoy your visitors|expect some visitors|voici ton adresse pour tout le monde
  |ton adresse pour tout le monde|son adresse pour tout le monde|profite bien des visites|attends toi à de la visite
  |attendez vous à de la visite|avant qu on publie la liste|before we publish the list|before we post the list`);

/** Said of any group named near it (the base rules' `group` + `contempt` pair), or of a nation (`nation` + `stereo`). */
const CONTEMPT =
  list(`notion d heure|notion de l heure|la notion d heure fixe|notion d heure fixe|notion of time|concept of time
  |african time|heure africaine|two hours' margin|deux heures de marge|too thick to|too dumb to|too stupid to
  |trop bêtes pour|trop cons pour|should be fined|should be fined on the spot|devraient être verbalisées
  |devrait être verbalisée|whole area has changed|the area has changed|area has gone downhill|le quartier a changé
  |le quartier a bien changé|le quartier n est plus le même|me met pas en confiance|ne me met pas en confiance|doesn't fill me with confidence
  |chacun sa religion mais chez soi|qu ils les gardent pour eux|qu ils gardent ça pour eux|keep it to themselves
  |keep their religion to themselves|smells of curry|smell of curry|sent le curry|odeur de curry|cabbage smell
  |smell of cabbage|sent le chou|odeur de chou|ont tout leur temps eux`);

/** The coffee as a woman's job, said as a question or a "somebody had to". */
const COFFEE =
  list(`quelqu un pour servir le café|quelqu un pour faire le café|qui va servir le café|qui va faire le café
  |qui fera le café|qui fait le café maintenant|who's going to make the coffee|who is going to make the coffee
  |who will make the coffee|who'll make the coffee|who makes the coffee now|then who makes the coffee
  |coffee and photocopies|café et photocopies`);
const WOMEN = list(`femme|femmes|une femme|mesdames|nana|nanas|gonzesse|gonzesses|women|woman|a woman|ladies|girls
  |girl|female|females|gal|gals|secrétaire`);
const PARKING =
  list(`faire un créneau|fait un créneau|fait le créneau|faire le créneau|faire son créneau|fait son créneau
  |rate son créneau|rater son créneau|se garer|garer la voiture|parallel park|parallel parking|reverse park
  |reverse parking|park the car|parking the car|parks the car`);
const DRIVERS =
  list(`maman|maman essaie|ta mère|sa femme|madame|mesdames|femme|femmes|women|woman|wife|the missus|mum|mom
  |his missus|women drivers|sa copine|his girlfriend`);
const PLACE = list(`know their place|knows her place|know your place|connaître sa place|connaît sa place
  |restent à leur place|reste à sa place`);
const ROLES = list(`les filles jouent à la poupée|filles jouent à la poupée|les garçons feront des études
  |girls play with dolls and boys|girls stick to dolls|boys will be engineers and girls|les filles au ménage
  |girls do the cleaning`);
const GENDERED = list(`filles|les filles|garçons|les garçons|girls|boys|the girls|the boys|femmes|hommes|women|men`);
const REAL_MEN =
  list(`real men don't|real men do not|real men never|a real man doesn't|les vrais hommes ne|un vrai homme ne
  |les vrais mecs ne|un vrai mec ne`);
const SOFTIES =
  list(`gays|the gays|gonzesses|femmelettes|tapettes|pédés|for girls|for the girls|to the girls|pour les filles
  |aux filles|aux gonzesses`);

const PRONOUNS = list(`pronouns|my pronouns|pronoms|mes pronoms`);
const PRONOUN_SCORN = list(`majesty|your majesty|your majesty|attack helicopter|hélicoptère de combat|majesté|sa majesté
  |real jobs|real job|vrais métiers|vrai métier|nonsense|n importe quoi|délire woke|wokistes|snowflakes|snowflake`);
const TWO_PARENTS = list(`deux papas|deux mamans|deux pères|deux mères|two dads|two mums|two moms|same sex parents
  |parents homos|two fathers|two mothers`);
const MISSING = list(`il manque clairement|il manque quelqu un|manque quelqu un|manque clairement quelqu un
  |missing someone|someone's missing|something's missing|missing a mum|missing a dad|missing a mother|missing a father
  |manque une maman|manque un papa|pas normal|pas normale|not normal|unnatural|contre nature|pas naturel|poor kids
  |pauvres gosses|pauvres enfants|pauvre gosse|pauvre enfant`);

const SKIN_WORDS =
  list(`nude|couleur chair|skin tone|skin tones|skin colour|skin color|shade|one shade|teinte|une teinte
  |une seule teinte|carnation`);
const NORMAL_ONE = list(`the normal one|normal one|la normale|la teinte normale|la couleur normale|the normal colour
  |the normal color|la couleur normale`);
const LIGHTER = list(`plus clair que|plus claire que|plus blanc que|plus blanche que|plus foncé que|plus foncée que
  |plus noir que|plus noire que|whiter than|lighter than|darker than|paler than|blacker than`);
const PEOPLE_COMPARED = list(`voisins|voisin|voisine|voisines|nouveaux voisins|nouveau voisin|neighbours|neighbour
  |neighbors|neighbor|new neighbours|collègue|collègues|colleague|colleagues|immigrés|immigrants|le nouveau|la nouvelle
  |the new guy|the new girl|stagiaire|intern|ce mec|that guy`);

const NEIGHBOURS = list(`nouveau voisin|nouveaux voisins|nouvelle voisine|nouvelles voisines|new neighbour
  |new neighbours|new neighbor|new neighbors|moved in next door|who moved in next door|guess who moved in
  |a emménagé à côté|ont emménagé à côté|qui a emménagé|famille du 3e|famille du 2e|famille du 4e|famille du dessus`);
const SUSPECT = list(`je rentre mon vélo|rentre mon vélo|rentrer mon vélo|lock my bike|lock up my bike|lock the car
  |lock your car|lock up your|smells of curry|smell of curry|sent le curry|odeur de curry|sent les épices|odeur d épices
  |cabbage smell|smell of cabbage|mange avec les doigts|mangent avec les doigts|eat with their hands
  |eat with their fingers|plus claire que|plus blanc que|whiter than|cachez vos|hide your|watch your wallets
  |whole street smells|toute la rue sent|tout l immeuble sent|the whole building smells`);

const WHERE_FROM = list(`vient d où déjà|vient d où au fait|il vient d où|elle vient d où|ils viennent d où
  |where's he from again|where is he from again|where's she from again|where is she from again
  |where are they from again|guess where he's from|guess where she's from|devinez d où il vient
  |devinez d où elle vient`);
const GUESS = list(`petite idée|une petite idée|on a une idée|on a notre idée|we have an idea|we've got an idea
  |you can guess|vous devinez|on devine|we can guess`);

const REAL_ONLY = list(`réservé aux vrais|réservée aux vrais|réservés aux vrais|réservées aux vrais|only for real
  |only for true|reserved for real`);
const NATIVES = list(`français|françaises|francais|brits|british|english|anglais|bretons|européens|europeans|white
  |blancs|gaulois|patriotes`);
const NAMED = list(`locataire qui s appelle|candidat qui s appelle|candidate qui s appelle|client qui s appelle
  |tenant called|tenant named|applicant called|applicant named|candidate called|candidate named`);
const CHECK_TWICE = list(`vérifiez trois fois|vérifiez deux fois|vérifiez bien|méfiez vous|check twice|check three times
  |check everything twice|watch out|be careful|check that receipt twice|check the receipt twice`);
const ACCENT = list(`heavy accent|strong accent|thick accent|fort accent|gros accent|accent à couper au couteau`);
const RECEIPT = list(`check that receipt|check the receipt|check their receipt|check that receipt twice
  |vérifiez le ticket|vérifiez leur ticket|vérifiez le ticket deux fois|surveillez les|keep an eye on them`);
const LOOK_LIKE = list(`ressembleront bientôt à|ressembleront à|ressemblera bientôt à|ressemblera à|ressemble à
  |will soon look like|will look like|looks like|look like`);
const FAR_CITIES =
  list(`bamako|kaboul|kabul|mogadishu|mogadiscio|lagos|alger|tombouctou|karachi|calcutta|bombay|kinshasa
  |dakar|tunis|casablanca|le bled|un pays du tiers monde|the third world|a third world country|islamabad|marrakech`);

/** Towns, regions and estates spoken of as a people. */
const PLACES = list(`banlieue|la banlieue|les banlieues|de banlieue|cité|la cité|les cités|ces cités|ces quartiers
  |ces quartiers là|quartiers sensibles|le 93|du 93|seine saint denis|roubaix|lens|marseille|le nord|ch ti|ch tis|chti|chtis
  |là haut|liverpool|scousers|scouse|glasgow|glaswegians|newcastle|geordies|geordie|brummies|brummie|birmingham
  |essex girls`);
/** Where the poor live, spoken of as a people. */
const ESTATES = list(
  `council estate|council estates|the estates|estate kids|trailer park|hlm|de hlm|banlieue|les cités`,
);
const SUBTITLES =
  list(`adding subtitles|add subtitles|need subtitles|with subtitles|subtitles included|subtitles on request
  |sous titres sur demande|sous titres
  |sous titrer|sous titré|sous titrés`);
const UNDERSTAND = list(`understand the person on the phone|understand a word|understand what they're saying
  |comprendre un mot|comprendre ce qu ils disent|comprend rien à ce qu ils disent|understand them|understand the accent
  |comprendre l accent`);
const THEFT = list(`hubcaps|your own hubcaps|keep an eye on your wallet|keep an eye on your bag|keep an eye on your car
  |cachez votre portefeuille|cachez vos portefeuilles
  |surveillez votre portefeuille|surveillez vos portefeuilles|planquez vos|essayer de les voler|de les voler
  |pas la peine d essayer de les voler|voler cette fois|lock your car|pas tous leurs dents|n ont pas tous leurs dents
  |n ont pas toutes leurs dents|all their teeth|ont plus de dents`);
const SURVIVE = list(`survive anything|survivent à tout|survive even|survivent même|survives even|survit même`);
const AVOID = list(`merci d éviter les candidatures de|évitez les candidatures de|éviter les candidatures de
  |please avoid applicants from|avoid applicants from|avoid candidates from|no candidates from|no applicants from`);
const INNIT = list(`sentences with innit|say innit|says innit|saying innit|dites innit|disent innit`);
const NOT_FOR_YOU = list(`it's not for you|isn't for you|not for you|pas pour vous|pas pour toi|c est pas pour toi`);

const DISABLED = list(`handicapés|les handicapés|disabled|the disabled|fauteuil roulant|fauteuils roulants|en fauteuil
  |wheelchair|wheelchairs|wheelchair users|sourd|sourde|sourds|deaf|aveugle|aveugles|blind|sign language interpreter
  |interprète en langue des signes|autiste|autistes`);
const SENT_AWAY = list(`tout leur temps|meilleures places|best spots|best parking|the best parking|bloquez les allées
  |bloquent les allées|block the aisles|blocking the aisles|clog the aisles|merci de passer par l e shop
  |passez par l e shop|shop online instead|restez chez vous|pigeon voyageur|carrier pigeon|by carrier pigeon|flapping
  |flapping about|like a seal|comme un phoque`);
const OLD_GROUP = list(`dinosaurs in the comments|the dinosaurs who|dinosaurs who still|les dinosaures qui|old dinosaurs
  |vieux dinosaures|fossils|fossiles|old farts|vieux croûtons|croulants|retirement home crowd|the care home crowd
  |the boomers|boomers`);
const OLD_SCORN = list(`can't download|still can't|stop moaning|never understand|you'll never understand
  |n y comprennent rien|comprennent rien|arrêtez de râler|stay off|restez chez vous`);
const PREGNANT = list(`pregnant and applying|enceinte et vous postulez|enceinte et candidate|planning to start a family
  |planning a family|start a family in the next|fonder une famille dans les|projet bébé|planning a baby
  |thinking of having kids|envie de bébé`);
const BAD_IDEA =
  list(`bold move|brave move|good luck with that|audacieux|culotté|gonflé|isn't for you|probably isn't for you
  |not for you|pas pour vous|pas fait pour vous|won't suit you|ne vous conviendra pas`);
const RESIGN = list(`tu devrais démissionner|pose ta démission|you should resign|hand in your notice`);
const OR_ELSE =
  list(`avant qu on publie la|avant qu on publie les|before we publish the|before we post the|avant qu on balance
  |before we leak|sinon on publie|or we publish the|or we post the`);
const BODY_OF = list(`vu ta silhouette|vu sa silhouette|vu ton gabarit|vu son gabarit|vu ton tour de taille
  |vu son tour de taille|vu tes cuisses|vu ses cuisses|vu ton ventre|vu son ventre|judging by her photo
  |judging by his photo|judging by your photo|with her figure|with your figure|with that belly`);
const OVEREAT_SIZE = list(`xl|xxl|plus size|grandes tailles|grande taille|tailles trop petites|taille au dessus
  |bigger sizes|larger sizes|nos tailles|our sizes|kids range`);
const OVEREAT =
  list(`too many of mum's|a few too many of|too many chips|too many pies|too many doughnuts|too many donuts
  |too many burgers|too many cakes|le goûter de vos enfants|les goûters de vos enfants|trop de goûters|trop de frites
  |un goûter de trop|quelques goûters de trop`);

const THOSE_PEOPLE = list(`those people|these people|ces gens là|ces gens la|ce genre de personnes|that lot|ces gens`);
const AREA_CHANGED =
  list(`whole area has changed|the area has changed|area has gone downhill|the whole street has changed
  |le quartier a changé|le quartier a bien changé|le quartier n est plus le même|tout le quartier a changé`);
const MEN_IN_DRESSES =
  list(`men in dresses|man in a dress|blokes in dresses|bloke in a dress|hommes en robe|mecs en robe
  |mec en robe|homme en robe|drag queens|drag queen`);
const WHAT_COULD = list(`what could possibly go wrong|what could go wrong|qu est ce qui pourrait mal tourner
  |qu est ce qui pourrait mal se passer|que pourrait il arriver`);

/** "Not racist, but…", "pas raciste, juste…": the disclaimer before what it disclaims (a comma ends a phrase). */
const NOT_RACIST = list(`not racist|not being racist|not to be racist|pas raciste|pas être raciste|sans être raciste`);
const BUT = list(`but|just|mais|juste`);

const INSULTS =
  list(`trous du cul|des trous du cul|bande de trous du cul|trous de balle|tronche de cake|tronches de cake
  |tête de cake|biggest drongo|bloody drongo|ya drongo|you drongo|this drongo|that drongo|pack of galahs|some galah
  |mob of galahs|you galah|ya galah|bloody galah|the only joke here is you|only joke here is you|c est toi la blague
  |la seule blague ici c est toi|fat pigs|fat slobs|fat slob`);
const ORANGE = list(`orange gentleman|orange gentleman's|orange man|orange man's|the orange one|cheeto in chief
  |tangerine tyrant|monsieur orange|le président orange|l agent orange`);
const TARIFFS = list(`tariffs|tariff|tarifs douaniers|droits de douane|white house|maison blanche|trade war
  |guerre commerciale|potus`);
const SHRINE = list(`lourdes|fatima|medjugorje|lisieux|la mecque|mecca`);
const PILGRIM = list(`pèlerinage|pèlerinages|pilgrimage|pilgrimages|pèlerins|pilgrims|miracle|miracles`);
const BIG_NAME = list(`un grand nom|a big name|a household name|a major player|une grande marque|a big brand
  |une marque bien connue|a well known brand|a famous brand|un acteur majeur|un concurrent|a competitor|a rival
  |un rival`);
const MAY_JOIN =
  list(`pourrait bientôt rejoindre la famille|pourrait rejoindre la famille|pourraient rejoindre la famille
  |pourrait bientôt rejoindre le groupe|pourrait rejoindre le groupe|could soon join the family|could soon join the group
  |might soon join the family|may soon join the family|could be joining the family|might be joining the family
  |soon be part of the family`);

const LAUGH = ['😂', '🤣', '😏', '🙃', '😉', '🐘', '🐷', '🐳', '🐄', '🏕️', '🏕'];

const ROUND_23: Readonly<Record<string, RuleExtension>> = {
  discrimination: {
    groups: {
      group: { fr: exact(AGE_GROUPS, ['those people', 'retirement home crowd']) },
      slur: { fr: exact(SLURS) },
      alone23: { fr: exact(DEMEANING, AGE_ONLY, ROLES) },
      threat: { fr: exact(THREATS) },
      contempt: { fr: exact(CONTEMPT) },
      stereo: { fr: exact(CONTEMPT) },
      coffee23: { fr: exact(COFFEE) },
      women23: { fr: exact(WOMEN) },
      parking23: { fr: exact(PARKING) },
      drivers23: { fr: exact(DRIVERS) },
      place23: { fr: exact(PLACE) },
      estates23: { fr: exact(ESTATES) },
      survive23: { fr: exact(SURVIVE) },
      gendered23: { fr: exact(GENDERED) },
      realMen23: { fr: exact(REAL_MEN) },
      softies23: { fr: exact(SOFTIES) },
      pronouns23: { fr: exact(PRONOUNS) },
      pronounScorn23: { fr: exact(PRONOUN_SCORN) },
      twoParents23: { fr: exact(TWO_PARENTS) },
      missing23: { fr: exact(MISSING) },
      skin23: { fr: exact(SKIN_WORDS) },
      normalOne23: { fr: exact(NORMAL_ONE) },
      lighter23: { fr: exact(LIGHTER) },
      compared23: { fr: exact(PEOPLE_COMPARED) },
      neighbours23: { fr: exact(NEIGHBOURS) },
      suspect23: { fr: exact(SUSPECT) },
      whereFrom23: { fr: exact(WHERE_FROM) },
      guess23: { fr: exact(GUESS) },
      realOnly23: { fr: exact(REAL_ONLY) },
      natives23: { fr: exact(NATIVES) },
      named23: { fr: exact(NAMED) },
      checkTwice23: { fr: exact(CHECK_TWICE) },
      accent23: { fr: exact(ACCENT) },
      receipt23: { fr: exact(RECEIPT) },
      lookLike23: { fr: exact(LOOK_LIKE) },
      farCities23: { fr: exact(FAR_CITIES) },
      places23: { fr: exact(PLACES) },
      subtitles23: { fr: exact(SUBTITLES) },
      understand23: { fr: exact(UNDERSTAND) },
      theft23: { fr: exact(THEFT) },
      avoid23: { fr: exact(AVOID) },
      innit23: { fr: exact(INNIT) },
      notForYou23: { fr: exact(NOT_FOR_YOU) },
      disabled23: { fr: exact(DISABLED) },
      sentAway23: { fr: exact(SENT_AWAY) },
      oldGroup23: { fr: exact(OLD_GROUP) },
      oldScorn23: { fr: exact(OLD_SCORN) },
      pregnant23: { fr: exact(PREGNANT) },
      badIdea23: { fr: exact(BAD_IDEA) },
      resign23: { fr: exact(RESIGN) },
      orElse23: { fr: exact(OR_ELSE) },
      bodyOf23: { fr: exact(BODY_OF) },
      overeatSize23: { fr: exact(OVEREAT_SIZE) },
      overeat23: { fr: exact(OVEREAT) },
      thosePeople23: { fr: exact(THOSE_PEOPLE) },
      notRacist23: { fr: exact(NOT_RACIST) },
      but23: { fr: exact(BUT) },
      areaChanged23: { fr: exact(AREA_CHANGED) },
      menInDresses23: { fr: exact(MEN_IN_DRESSES) },
      whatCould23: { fr: exact(WHAT_COULD) },
    },
    alone: ['alone23'],
    // Said of a thing ("notre affiche n'est pas raciste, mais…"): no disclaimer.
    negative: {
      fr: exact(
        list(`n est pas raciste|n était pas raciste|ne sont pas racistes|isn't racist|is not racist
      |wasn't racist|was not racist|aren't racist|are not racist`),
      ),
    },
    signs: { laugh23: LAUGH, clown23: ['🤡'], guess23: ['🌍'] },
    pairs: [
      ['women23', 'coffee23', { window: 20 }],
      ['drivers23', 'parking23', { window: 10 }],
      ['gendered23', 'place23', { window: 20 }],
      ['realMen23', 'softies23', { window: 20, ordered: true }],
      ['pronouns23', 'pronounScorn23', { window: 12 }],
      ['pronouns23', 'clown23', { window: 12 }],
      ['twoParents23', 'missing23', { window: 14 }],
      ['skin23', 'normalOne23', { window: 8 }],
      ['lighter23', 'compared23', { window: 4, ordered: true }],
      ['neighbours23', 'suspect23', { window: 20 }],
      ['whereFrom23', 'guess23', { window: 20 }],
      ['realOnly23', 'natives23', { window: 2, ordered: true, clause: true }],
      ['named23', 'checkTwice23', { window: 14, ordered: true }],
      ['accent23', 'receipt23', { window: 10 }],
      ['lookLike23', 'farCities23', { window: 3, ordered: true }],
      ['places23', 'subtitles23', { window: 14 }],
      ['places23', 'understand23', { window: 14 }],
      ['places23', 'theft23', { window: 16 }],
      ['estates23', 'theft23', { window: 16 }],
      ['estates23', 'survive23', { window: 12 }],
      ['avoid23', 'places23', { window: 3, ordered: true }],
      ['avoid23', 'estates23', { window: 3, ordered: true }],
      ['innit23', 'notForYou23', { window: 8 }],
      ['disabled23', 'sentAway23', { window: 20 }],
      ['oldGroup23', 'oldScorn23', { window: 14 }],
      ['pregnant23', 'badIdea23', { window: 14, variant: 'hiring' }],
      ['resign23', 'orElse23', { window: 12, variant: 'harassment' }],
      ['bodyOf23', 'laugh23', { window: 20, variant: 'harassment' }],
      ['overeatSize23', 'overeat23', { window: 20 }],
      ['thosePeople23', 'areaChanged23', { window: 20, ordered: true }],
      ['notRacist23', 'but23', { window: 1, ordered: true }],
      ['menInDresses23', 'whatCould23', { window: 20 }],
      ['menInDresses23', 'clown23', { window: 20 }],
    ],
  },
  insult: { groups: { strong: { fr: exact(INSULTS) } } },
  politics: {
    groups: {
      strong: { fr: exact(list('a certain orange gentleman|certain orange gentleman|cheeto in chief')) },
      orange23: { fr: exact(ORANGE) },
      tariffs23: { fr: exact(TARIFFS) },
    },
    pairs: [['orange23', 'tariffs23', { window: 6 }]],
  },
  religion: {
    groups: { shrine23: { fr: exact(SHRINE) }, pilgrim23: { fr: exact(PILGRIM) } },
    pairs: [['pilgrim23', 'shrine23', { window: 8 }]],
  },
  greeting: { groups: { greetAfter: { en: exact(list('greetings|wishes|blessings')) } } },
  confidential: {
    groups: { bigName23: { fr: exact(BIG_NAME) }, mayJoin23: { fr: exact(MAY_JOIN) } },
    pairs: [['bigName23', 'mayJoin23', { window: 12 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound23 = roundByTopic(ROUND_23);
