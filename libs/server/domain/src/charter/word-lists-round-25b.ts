// Twenty-fifth round, second reading (`withRound25b` adds it to every topic's rules), from `train-bk` (English
// discrimination and harassment), by family:
// Hiring: applicants from a halting site or an estate turned away; "really after blokes" for a role; "all lads in
// their twenties … you wouldn't fit in culturally"; "fair complexion preferred"; the cover letter asked whether you
// plan to start a family; "not someone counting down to their pension"; "Christian applicants preferred"; no
// apprentices with dreadlocks ("a professional image").
// Customer replies: a name asked "in normal letters" ("foreign ones"); a child's size that "runs in the family"; an
// accent called impossible; the shopping left "to the missus, it's what she's there for"; "if your husband calls us";
// an autistic son sent online "for everyone, other families included"; drivers not keen on "those areas"; "an age
// thing"; the "ethnic" corner beside "the normal stuff"; "lay off the chips … dad bod"; "someone with that figure".
// Harassment of a named person: a critic who "lives two streets from our store"; "step away from the keyboard for
// good"; "RT if you think X should delete his account"; "your kids go to …, would be a shame if"; "your manager is in
// our network … update that CV"; someone who "has eaten every pudding" beside 🐷 (insult too).
// Banter and dog whistles: "nobody from Bihar near the budget"; a people who need things explained "to them twice";
// Asian parents and "future doctor size"; "incredibly articulate" said of a Black manager; plus-size mums "brave for
// wearing stripes"; "life's too short to skip bacon because of a book"; "pretty for a dark girl"; girls holding their
// own "even with the maths"; "good for their age… well, most of them"; Pride beside 🤢 or "corporate made us"; "every
// real family: a mum, a dad"; a neighbourhood with "more curry than maple syrup"; "new arrivals" or "new neighbours"
// beside a boat or "had enough"; "zero tracksuit-and-Burberry-cap types"; "no child is born in the wrong body";
// "traditional couples only"; same-sex couples asked to "keep affection to a minimum"; a town mocked as poor ("5p
// coins … times must be tough in Burnley", "can't afford the real thing… half of Hull"); deportations welcomed,
// "fewer foreigners", "real Canadians" hired again (politics too where a government or a law is praised).
// (The banter lists are in word-lists-round-25b-b.ts.) Clean: a "flat white" is a coffee, not a group of people.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';
import {
  NOBODY_FROM,
  NEAR_MONEY,
  EXPLAIN_TWICE,
  DEMONYM,
  ASIAN_PARENTS,
  ACHIEVER,
  RACE_PERSON,
  SURPRISE,
  PLUS_SIZE,
  BRAVE,
  FAITH_FOLK,
  BOOK_SCORN,
  PRETTY,
  FOR_DARK,
  GIRLS,
  EVEN_MATHS,
  FOR_AGE,
  MOST_OF_THEM,
  PRIDE,
  MADE_US,
  REAL_FAMILY,
  MUM_DAD,
  CHANGED,
  FOREIGN_AIR,
  NEWCOMERS,
  NEWCOMER_SCORN,
  NO_ZERO,
  CHAV,
  BOYS_ARE,
  GIRLS_ARE,
  SAME_SEX,
  DISCREET,
  COINS,
  TOUGH_IN,
  CANT_AFFORD,
  HALF_OF,
  REAL_NATIONALS,
  HIRE_AGAIN,
} from './word-lists-round-25b-b';

const ALONE =
  list(`fair complexion preferred|fair skin preferred|light skin preferred|fair skinned applicants|wheatish complexion
  |peau claire exigée|teint clair exigé|teint clair de préférence|peau claire de préférence
  |no child is born in the wrong body|no one is born in the wrong body|nobody is born in the wrong body
  |no kid is born in the wrong body|nobody born in the wrong body|no such thing as being born in the wrong body
  |personne ne naît dans le mauvais corps|aucun enfant ne naît dans le mauvais corps
  |on ne naît pas dans le mauvais corps|traditional couples only|straight couples only|heterosexual couples only
  |traditional families only|couples traditionnels uniquement|couples hétéros uniquement
  |couples hétérosexuels uniquement
  |finally deporting these people|deporting these people|deport them all|deport the lot of them|fewer foreigners
  |less foreigners|fewer immigrants|fewer migrants|moins d étrangers|moins d immigrés|expulser tous ces gens
  |tracksuit and burberry cap types|burberry cap types|tracksuit and burberry types|shell suit types
  |nobody would miss the threads|nobody would miss your threads|nobody would miss you|no one would miss you
  |personne ne te regretterait|personne ne vous regretterait|would be a shame if the other parents
  |would be a shame if your boss|would be a shame if your employer|would be a shame if your manager
  |would be a shame if your wife|would be a shame if your husband|ce serait dommage que tes voisins
  |ce serait dommage que ton patron|ce serait dommage que ton employeur|ce serait dommage que les autres parents`);

// Hiring.
const TURNED_AWAY = list(`cannot consider applicants|cannot consider candidates|cannot consider anyone
  |won consider applicants|won consider anyone|don consider applicants|do not consider applicants
  |not consider applicants
  |unable to consider applicants|cannot accept applicants|cannot accept applications|no applicants from
  |no applications from|won hire anyone|don hire anyone|do not hire anyone|ne pouvons pas retenir les candidats
  |ne retenons pas les candidatures|pas de candidats|pas de candidatures`);
const OUTCAST_PLACE = list(`halting site|halting sites|traveller site|travellers site|travellers|traveller families
  |caravan site|council estate|council estates|the estate|the estates|the projects|township|townships|aire d accueil
  |gens du voyage|la cité|les cités|quartiers nord|quartier sensible`);

const HIRE = list(`recruiting|hiring|we re hiring|we hiring|job alert|vacancy|vacancies|role|position|apply|applicants
  |candidates|for this one|this job|recrute|recrutons|poste|candidats|candidature|offre d emploi`);
const SEX_WANTED = list(`after blokes|really after blokes|looking for blokes|want blokes|blokes only|after a bloke
  |looking for a bloke|after lads|looking for lads|lads only|men only|male applicants only|male candidates only
  |male applicants preferred|male candidates preferred|prefer male|prefer a male|prefer men|prefer a man|prefer blokes
  |women need not apply|ladies need not apply|no women|no girls|female applicants only|female candidates only
  |prefer female|prefer a woman|plutôt des hommes|plutôt un homme|hommes uniquement|profil masculin
  |candidats masculins|pas de femmes|femmes s abstenir|hommes de préférence|femme de préférence|plutôt une femme`);

const TEAM_MAKEUP = list(`all lads|all blokes|all men|all guys|all young|in their twenties|in their 20s
  |under thirty|under 30|all under|only lads|que des mecs|que des hommes|que des jeunes|la vingtaine`);
const FIT_IN = list(`fit in culturally|wouldn fit in|would not fit in|won fit in|will not fit in|might not fit in
  |may not fit in|not fit in|not a cultural fit|not a culture fit|wrong cultural fit|pas à ta place|pas ta place
  |pas dans la culture|ne t intégrerais pas|ne vous intégreriez pas|pas le bon profil culturel`);

const FAMILY_PLAN = list(`planning to start a family|plan to start a family|plans to start a family|planning a family
  |planning on having kids|planning on having children|plan to have children|plan to have kids|planning to have kids
  |planning to have children|intend to have children|intending to have children|thinking of having children
  |thinking of having kids|planning a baby|planning to get pregnant|plan to get pregnant|planning any pregnancies
  |projet de grossesse|projet d enfant|projet de bébé|envisagez d avoir des enfants|comptez avoir des enfants
  |prévoyez d avoir des enfants|envisagez une grossesse|prévoyez une grossesse`);
const APPLY = list(`cover letter|your cv|cv|application|applicants|candidates|interview|please mention|please tell us
  |please state|please indicate|let us know|lettre de motivation|candidature|entretien|précisez|indiquez|merci de`);

const NOT_SOMEONE = list(`not someone|nobody|no one|rather than someone|instead of someone|not somebody
  |pas quelqu un|plutôt que quelqu un|personne`);
const NEAR_PENSION = list(`counting down to their pension|counting down to his pension|counting down to her pension
  |counting down to retirement|counting down to their retirement|counting the days to retirement|close to retirement
  |near retirement|nearing retirement|eyeing retirement|eyeing up retirement|one foot in retirement
  |with one foot out the door|qui compte les jours avant la retraite|proche de la retraite|en fin de carrière
  |qui pense à sa retraite|qui attend la retraite`);

const FAITH_ADJ = list(`christian|christians|muslim|muslims|hindu|hindus|jewish|catholic|catholics|sikh|sikhs|buddhist
  |protestant|protestants|evangelical|chrétiens|chrétien|chrétiennes|musulmans|musulmanes|catholiques|juifs|juives
  |protestants|évangéliques`);
const PREFERRED = list(`applicants preferred|candidates preferred|applicants only|candidates only|staff only
  |applicants welcome only|only please|candidats de préférence|candidats uniquement|de préférence|uniquement
  |seulement`);

const HAIR = list(`dreadlocks|dreads|locs|afros|an afro|afro hair|braids|cornrows|box braids|natural hair|headscarves
  |headscarf|hijabs|turbans|dreadlocks|tresses|nattes africaines|cheveux afro|coupe afro|foulards|voiles`);
const NO_TAKE = list(`don take|do not take|won take|will not take|don hire|do not hire|won hire|no apprentices with
  |no staff with|not accept|don accept|cannot have|not allowed|not permitted|n acceptons pas|n embauchons pas
  |ne prenons pas|pas d apprentis avec|pas de personnel avec|interdits|interdites|pas autorisés|pas autorisées`);
const PRO_IMAGE = list(`professional image|unprofessional|not professional|not very professional|look professional
  |image professionnelle|pas professionnel|pas professionnelle|pas très pro|image de marque soignée`);

// Customer replies.
const NAME = list(`your name|name|names|ton nom|votre nom|ton prénom|votre prénom|prénom|prénoms`);
const FOREIGN_NAME = list(`normal letters|normal characters|a normal name|a proper name|normal name|proper letters
  |foreign ones|foreign names|struggles with foreign|english letters|english name|an english name|lettres normales
  |caractères normaux|prénom normal|nom normal|vrai prénom|prénom français|noms étrangers|prénoms étrangers`);

const RUNS_IN_FAMILY = list(`runs in the family|runs in your family|run in the family|it genetic|c est de famille
  |ça court dans la famille|c est génétique|de famille visiblement`);
const SIZE = list(`xl|xxl|xxxl|might not fit|may not fit|won fit|will not fit|wouldn fit|would not fit|doesn fit
  |not fit your|bigger size|adult size|plus size|grande taille|taille adulte|ne rentrera pas|risque de ne pas rentrer`);

const ACCENT = list(`your accent|ton accent|votre accent|that accent|his accent|her accent|heavy accent|thick accent
  |strong accent|cet accent|son accent`);
const UNINTELLIGIBLE = list(`impossible|unintelligible|couldn understand|could not understand|cannot understand
  |can not understand|incomprehensible|nobody understands|nobody could understand|no one could understand
  |no one understands|type it out|couldn make out
  |incompréhensible|on ne comprend rien|on a rien compris|personne ne comprend|écrivez plutôt|écris plutôt`);

const WIFE = list(`the missus|your missus|the wife|your wife|the little woman|the women|the ladies|the girlfriend
  |your girlfriend|the mrs|ta femme|ta meuf|madame|ta copine|bobonne|les femmes`);
const WIFE_ROLE = list(`what she there for|what she is there for|what they there for|what they are there for
  |what women are for|what wives are for|her job innit|leave the shopping to|leave the cooking to|leave the cleaning to
  |leave the ironing to|leave the laundry to|c est son rôle|elle est là pour ça|c est fait pour ça
  |laisse les courses à|laissez les courses à|laisse la cuisine à|laisse le ménage à`);

const HUSBAND = list(`your husband calls|your husband call|your husband rings|ask your husband|get your husband
  |have your husband|your hubby calls|ask your hubby|get your hubby|a man in the house|your son calls|ask your son
  |que votre mari appelle|que ton mari appelle|demandez à votre mari|demande à ton mari|passez nous votre mari
  |passe nous ton mari`);
const TECHNICAL = list(`technical bits better|technical side better|technical stuff better|technical side quicker
  |technical bits quicker|technical stuff quicker|follow it better|understand it better|get it quicker|better than you
  |quicker than you|comprendra mieux|comprendra plus vite|mieux que vous|mieux que toi|plus vite que vous`);

const CHILD_CANT_COPE =
  list(`your son cannot cope|your son can not cope|your child cannot cope|your daughter cannot cope
  |your kid cannot cope|your son struggles|your child struggles|if he cannot cope|if she cannot cope
  |your son gets overwhelmed|your child gets overwhelmed|ton fils ne supporte pas|votre fils ne supporte pas
  |votre enfant ne supporte pas|ton enfant ne supporte pas|si votre fils ne supporte pas
  |si votre enfant ne supporte pas`);
const OTHERS = list(`other families included|other customers included|better for everyone|for everyone else
  |nicer for the other customers|nicer for other customers|better for the other customers|better for other customers
  |better for other families|better for the other families|fairer on other|mieux pour tout le monde
  |pour le confort des autres|les autres familles aussi|plus agréable pour les autres clients`);

const AVOID = list(`aren keen on going into|are not keen on going into|not keen on going into|aren keen on going to
  |not keen on going to|won go into|will not go into|refuse to go into|don like going into|do not like going into
  |don go into|do not go into|scared to go into|afraid to go into|won deliver to|will not deliver to
  |don deliver to|n aiment pas aller dans|refusent d aller dans|ne vont pas dans|ont peur d aller dans
  |ne livrent pas dans|ne livrons pas dans`);
const THOSE_AREAS = list(`those areas|these areas|that area|areas like that|areas like yours|those parts
  |that part of town|those neighbourhoods|those neighborhoods|those estates|those townships|your area|ces quartiers
  |ce quartier|ces cités|ce genre de quartier|votre quartier|ton quartier`);
const YOU_KNOW =
  list(`you know how it is|you know what it like|you know what it is like|you know why|tu sais ce que c est
  |vous savez ce que c est|vous savez comment c est|tu sais comment c est`);

const AGE_THING = list(`an age thing|age thing|a generation thing|a generational thing|your age|at your age
  |c est l âge|question d âge|une question d âge|un truc de génération|à votre âge|à ton âge`);
const TECH_STUCK = list(`still stuck|stuck|really is simple|is simple|so simple|the app|our app|technology|tech
  |online|website|password|l appli|l application|le site|bloquée|bloqué|pourtant simple|si simple`);

const ETHNIC = list(`ethnic|exotic|ethnique|ethniques|exotique|exotiques`);
const NORMAL_STUFF = list(`the normal stuff|normal stuff|the normal ones|normal ones|the normal range|normal range
  |normal clothes|the normal section|normal prints|normal food|the regular stuff|les trucs normaux|les produits normaux
  |le rayon normal|les vêtements normaux|les normaux`);

const LAY_OFF = list(`lay off the chips|lay off the pies|lay off the cake|lay off the cakes|lay off the biscuits
  |lay off the snacks|lay off the burgers|lay off the doughnuts|lay off the donuts|lay off the takeaways
  |go easy on the chips|go easy on the pies|ease off the pies|ease off the chips|skip the chips|put down the fork
  |step away from the fridge|arrête les frites|lâche les frites|pose la fourchette|lâche le frigo|arrête les gâteaux`);
const BODY =
  list(`dad bod|dad body|belly|gut|beer belly|tummy|getting real|next fitting|the fitting|waistline|love handles
  |muffin top|ventre|bide|bedaine|bourrelets|poignées d amour|essayage`);

const WITH_FIGURE = list(`someone with that figure|someone with her figure|someone with his figure|with that figure
  |with a figure like that|with a figure like hers|with a figure like his|with that waistline|with that body
  |someone that size|someone her size|someone his size|avec cette silhouette|avec ce tour de taille|avec ce physique
  |avec sa silhouette|avec son tour de taille`);
const NO_JUDGE = list(`best judge|isn the best judge|not the best judge|no judge of|shouldn be judging|should not judge
  |knows a lot about|knows plenty about|expert on desserts|expert in cake|mal placé|mal placée|pas la mieux placée
  |pas le mieux placé|s y connaît en gâteaux|connaît bien les desserts`);

// Harassment of a named person.
const LIVES_NEAR =
  list(`lives two streets from|lives {n} streets from|lives a few streets from|lives round the corner from
  |lives around the corner from|lives down the road from|lives just down the road|lives near our|lives next to our
  |lives right by our|lives opposite our|habite à deux rues|habite à {n} rues|habite juste à côté de notre
  |habite près de notre|habite en face de notre|habite à côté de notre`);
const CRITIC = list(`who trashed|who slammed|who moaned|who complained|who dissed|who rubbished|who criticised
  |who criticized|who slated|bad review|one star review|small world|qui a descendu|qui a critiqué|qui a démoli
  |qui a cassé|mauvais avis|le monde est petit`);

const LOG_OFF = list(`step away from the keyboard|log off|leave twitter|leave the internet|leave social media
  |quit social media|delete your account|disappear from the internet|quitte les réseaux|disparais des réseaux
  |supprime ton compte|lâche ton clavier|éteins ton ordi`);
const FOR_GOOD = list(`for good|forever|permanently|nobody would miss|no one would miss|pour de bon|pour toujours
  |personne ne`);

const DELETE_ACCOUNT = list(`should delete his account|should delete her account|should delete their account
  |should delete his page|should delete her page|should quit twitter|should log off for good|should get off twitter
  |should be banned|should get fired|should be fired|should lose his job|should lose her job|doit supprimer son compte
  |devrait supprimer son compte|devrait se faire virer|doit se faire virer|devrait quitter les réseaux`);
const RT_CALL = list(`rt if|retweet if|like if|share if|let get this to|get this to {n}k|get this trending|rt si
  |partagez si|likez si|faites tourner|on vise les|objectif {n}k`);

const KIDS_SCHOOL = list(`your kids go to|your children go to|your son goes to|your daughter goes to|your kid goes to
  |your kids are at|your children are at|we know where your kids|we know your kids school|tes enfants vont à
  |vos enfants vont à|ton fils va à|ta fille va à|vos enfants sont à|on sait où vont tes enfants`);
const SHAME_IF = list(`would be a shame if|be a shame if|would be a pity if|shame if the other|ce serait dommage que
  |ce serait dommage si|dommage si|ce serait bête que`);

const KNOW_BOSS = list(`your manager is in our network|your boss is in our network|your employer is in our network
  |we know your boss|we know your manager|we know your employer|your boss is a friend|your manager is a friend
  |your employer is a client|your boss follows us|your manager follows us|ton patron est dans notre réseau
  |on connaît ton patron|on connaît ton employeur|on connaît votre employeur|ton manager est dans notre réseau`);
const JOB_THREAT = list(`update that cv|update your cv|time to update|polish your cv|update that resume
  |update your resume|job hunting|new job|before monday|mettre à jour ton cv|mets à jour ton cv|refaire ton cv
  |chercher un nouveau boulot|avant lundi`);

const ATE_EVERY = list(`has eaten every|eaten every|ate every|eats every|has eaten all the|ate all the|a mangé tous les
  |a mangé toutes les|a englouti tous les|a englouti toutes les`);

const GOVERNMENT = list(`government|the government|the home office|ministers|gouvernement|le gouvernement|l état`);
const DEPORTING = list(`deporting these people|deporting them|finally deporting|deport them|deportations|deporting
  |sending them back|expulse enfin|expulser ces gens|renvoie enfin|les expulser`);
const IMMIGRATION_LAW = list(`new immigration law|immigration law|immigration bill|immigration policy|immigration rules
  |loi immigration|loi sur l immigration|nouvelle loi immigration`);
const PRAISE_LAW = list(`proud of|glad|finally|at last|about time|we are|fiers de|fier de|enfin|bravo|content de`);

const FLAT_WHITE = list(`flat white|flat whites|a flat white|good flat white`);

const ROUND_25B: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: { ateEvery25b: { fr: exact(ATE_EVERY) } },
    signs: { pig25b: ['🐷', '🐖', '🐽'] },
    pairs: [['ateEvery25b', 'pig25b', { window: 12 }]],
  },
  politics: {
    groups: {
      government25b: { fr: exact(GOVERNMENT) },
      deporting25b: { fr: exact(DEPORTING) },
      immigrationLaw25b: { fr: exact(IMMIGRATION_LAW) },
      praiseLaw25b: { fr: exact(PRAISE_LAW) },
    },
    pairs: [
      ['government25b', 'deporting25b', { window: 8, ordered: true }],
      ['praiseLaw25b', 'immigrationLaw25b', { window: 4, ordered: true }],
    ],
  },
  discrimination: {
    groups: {
      alone25b: { fr: exact(ALONE) },
      turnedAway25b: { fr: exact(TURNED_AWAY) },
      outcastPlace25b: { fr: exact(OUTCAST_PLACE) },
      hire25b: { fr: exact(HIRE) },
      sexWanted25b: { fr: exact(SEX_WANTED) },
      teamMakeup25b: { fr: exact(TEAM_MAKEUP) },
      fitIn25b: { fr: exact(FIT_IN) },
      familyPlan25b: { fr: exact(FAMILY_PLAN) },
      apply25b: { fr: exact(APPLY) },
      notSomeone25b: { fr: exact(NOT_SOMEONE) },
      nearPension25b: { fr: exact(NEAR_PENSION) },
      faithAdj25b: { fr: exact(FAITH_ADJ) },
      preferred25b: { fr: exact(PREFERRED) },
      hair25b: { fr: exact(HAIR) },
      noTake25b: { fr: exact(NO_TAKE) },
      proImage25b: { fr: exact(PRO_IMAGE) },
      name25b: { fr: exact(NAME) },
      foreignName25b: { fr: exact(FOREIGN_NAME) },
      runsInFamily25b: { fr: exact(RUNS_IN_FAMILY) },
      size25b: { fr: exact(SIZE) },
      accent25b: { fr: exact(ACCENT) },
      unintelligible25b: { fr: exact(UNINTELLIGIBLE) },
      wife25b: { fr: exact(WIFE) },
      wifeRole25b: { fr: exact(WIFE_ROLE) },
      husband25b: { fr: exact(HUSBAND) },
      technical25b: { fr: exact(TECHNICAL) },
      childCantCope25b: { fr: exact(CHILD_CANT_COPE) },
      others25b: { fr: exact(OTHERS) },
      avoid25b: { fr: exact(AVOID) },
      thoseAreas25b: { fr: exact(THOSE_AREAS) },
      youKnow25b: { fr: exact(YOU_KNOW) },
      ageThing25b: { fr: exact(AGE_THING) },
      techStuck25b: { fr: exact(TECH_STUCK) },
      ethnic25b: { fr: exact(ETHNIC) },
      normalStuff25b: { fr: exact(NORMAL_STUFF) },
      layOff25b: { fr: exact(LAY_OFF) },
      body25b: { fr: exact(BODY) },
      withFigure25b: { fr: exact(WITH_FIGURE) },
      noJudge25b: { fr: exact(NO_JUDGE) },
      livesNear25b: { fr: exact(LIVES_NEAR) },
      critic25b: { fr: exact(CRITIC) },
      logOff25b: { fr: exact(LOG_OFF) },
      forGood25b: { fr: exact(FOR_GOOD) },
      deleteAccount25b: { fr: exact(DELETE_ACCOUNT) },
      rtCall25b: { fr: exact(RT_CALL) },
      kidsSchool25b: { fr: exact(KIDS_SCHOOL) },
      shameIf25b: { fr: exact(SHAME_IF) },
      knowBoss25b: { fr: exact(KNOW_BOSS) },
      jobThreat25b: { fr: exact(JOB_THREAT) },
      ateEvery25b: { fr: exact(ATE_EVERY) },
      nobodyFrom25b: { fr: exact(NOBODY_FROM) },
      nearMoney25b: { fr: exact(NEAR_MONEY) },
      explainTwice25b: { fr: exact(EXPLAIN_TWICE) },
      demonym25b: { fr: exact(DEMONYM) },
      asianParents25b: { fr: exact(ASIAN_PARENTS) },
      achiever25b: { fr: exact(ACHIEVER) },
      racePerson25b: { fr: exact(RACE_PERSON) },
      surprise25b: { fr: exact(SURPRISE) },
      plusSize25b: { fr: exact(PLUS_SIZE) },
      brave25b: { fr: exact(BRAVE) },
      faithFolk25b: { fr: exact(FAITH_FOLK) },
      bookScorn25b: { fr: exact(BOOK_SCORN) },
      pretty25b: { fr: exact(PRETTY) },
      forDark25b: { fr: exact(FOR_DARK) },
      girls25b: { fr: exact(GIRLS) },
      evenMaths25b: { fr: exact(EVEN_MATHS) },
      forAge25b: { fr: exact(FOR_AGE) },
      mostOfThem25b: { fr: exact(MOST_OF_THEM) },
      pride25b: { fr: exact(PRIDE) },
      madeUs25b: { fr: exact(MADE_US) },
      realFamily25b: { fr: exact(REAL_FAMILY) },
      mumDad25b: { fr: exact(MUM_DAD) },
      changed25b: { fr: exact(CHANGED) },
      foreignAir25b: { fr: exact(FOREIGN_AIR) },
      newcomers25b: { fr: exact(NEWCOMERS) },
      newcomerScorn25b: { fr: exact(NEWCOMER_SCORN) },
      noZero25b: { fr: exact(NO_ZERO) },
      chav25b: { fr: exact(CHAV) },
      boysAre25b: { fr: exact(BOYS_ARE) },
      girlsAre25b: { fr: exact(GIRLS_ARE) },
      sameSex25b: { fr: exact(SAME_SEX) },
      discreet25b: { fr: exact(DISCREET) },
      coins25b: { fr: exact(COINS) },
      toughIn25b: { fr: exact(TOUGH_IN) },
      cantAfford25b: { fr: exact(CANT_AFFORD) },
      halfOf25b: { fr: exact(HALF_OF) },
      realNationals25b: { fr: exact(REAL_NATIONALS) },
      hireAgain25b: { fr: exact(HIRE_AGAIN) },
    },
    signs: { pig25b: ['🐷', '🐖', '🐽'], sick25b: ['🤢', '🤮'], boat25b: ['🚤', '⛵', '🛥'], laugh25b: ['😂', '🤣'] },
    alone: ['alone25b'],
    pairs: [
      ['turnedAway25b', 'outcastPlace25b', { window: 8, ordered: true }],
      ['sexWanted25b', 'hire25b', { window: 20 }],
      ['teamMakeup25b', 'fitIn25b', { window: 15 }],
      ['familyPlan25b', 'apply25b', { window: 15 }],
      ['notSomeone25b', 'nearPension25b', { window: 3, ordered: true }],
      ['faithAdj25b', 'preferred25b', { window: 1, ordered: true }],
      ['noTake25b', 'hair25b', { window: 4, ordered: true }],
      ['hair25b', 'proImage25b', { window: 12 }],
      ['name25b', 'foreignName25b', { window: 12 }],
      ['runsInFamily25b', 'size25b', { window: 20 }],
      ['accent25b', 'unintelligible25b', { window: 8 }],
      ['wife25b', 'wifeRole25b', { window: 10 }],
      ['husband25b', 'technical25b', { window: 15 }],
      ['childCantCope25b', 'others25b', { window: 20, ordered: true }],
      ['avoid25b', 'thoseAreas25b', { window: 4, ordered: true }],
      ['thoseAreas25b', 'youKnow25b', { window: 6, ordered: true }],
      ['ageThing25b', 'techStuck25b', { window: 15 }],
      ['ethnic25b', 'normalStuff25b', { window: 15 }],
      ['layOff25b', 'body25b', { window: 12 }],
      ['withFigure25b', 'noJudge25b', { window: 10, ordered: true }],
      ['livesNear25b', 'critic25b', { window: 15 }],
      ['logOff25b', 'forGood25b', { window: 12, ordered: true }],
      ['deleteAccount25b', 'rtCall25b', { window: 20 }],
      ['kidsSchool25b', 'shameIf25b', { window: 20, ordered: true }],
      ['knowBoss25b', 'jobThreat25b', { window: 20, ordered: true }],
      ['ateEvery25b', 'pig25b', { window: 12 }],
      ['nobodyFrom25b', 'nearMoney25b', { window: 6, ordered: true }],
      ['explainTwice25b', 'demonym25b', { window: 20 }],
      ['asianParents25b', 'achiever25b', { window: 20 }],
      ['racePerson25b', 'surprise25b', { window: 15, ordered: true }],
      ['plusSize25b', 'brave25b', { window: 12, ordered: true }],
      ['faithFolk25b', 'bookScorn25b', { window: 20 }],
      ['pretty25b', 'forDark25b', { window: 3, ordered: true }],
      ['girls25b', 'evenMaths25b', { window: 12, ordered: true }],
      ['forAge25b', 'mostOfThem25b', { window: 6, ordered: true }],
      ['pride25b', 'sick25b', { window: 6 }],
      ['pride25b', 'madeUs25b', { window: 15 }],
      ['realFamily25b', 'mumDad25b', { window: 10, ordered: true }],
      ['changed25b', 'foreignAir25b', { window: 15, ordered: true }],
      ['newcomers25b', 'newcomerScorn25b', { window: 6 }],
      ['newcomers25b', 'boat25b', { window: 10 }],
      ['noZero25b', 'chav25b', { window: 2, ordered: true }],
      ['boysAre25b', 'girlsAre25b', { window: 3, ordered: true }],
      ['sameSex25b', 'discreet25b', { window: 15, ordered: true }],
      ['coins25b', 'toughIn25b', { window: 15, ordered: true }],
      ['toughIn25b', 'laugh25b', { window: 12 }],
      ['cantAfford25b', 'halfOf25b', { window: 10, ordered: true }],
      ['realNationals25b', 'hireAgain25b', { window: 6 }],
    ],
    negative: { fr: exact(FLAT_WHITE) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25b = roundByTopic(ROUND_25B);
