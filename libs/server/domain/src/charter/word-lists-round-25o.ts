// Twenty-fifth round, fifteenth reading (`withRound25o` adds it to every topic's rules), from `train-bu` (a tester's
// mix said through references, memes, polls and threads), by family:
// Insults: childish names ("neuneus", "nunuches", "dimwits"); an "overpaid"/"useless" adjective before clowns or
// muppets; "you're a bigger drongo", "such a galah"; a woman called a heifer, a whale or a cow (also discrimination).
// Politics: the "great replacement"; leaders' nicknames ("Jupiter" beside the Olympe or a speech, "the guy with the
// orange tan", "Albo" beside what he does); a product made "with more care than" the Sécu's budget or the Treasury.
// Religion: "next it'll be sharia" after halal food (also discrimination); Our Lady or Jesus "herself/himself" wearing
// or approving a product.
// Confidential: in a quiet period (finance), a record or best week, weekend or month of sales or orders, growth "sur un
// an"; restructuring or store closures marked "not for LinkedIn before".
// Discrimination: fasting colleagues taunted ("vous avez pas le droit", "oh wait, you can't"); the fat kid picked
// last; a wheelchair user's struggle watched like Netflix (🍿); "72 genres" beside a non-gendered product; a
// "diversity hire" beside competence; "back to the wall" beside a gay district or 🌈; newcomers given housing "while
// our pensioners freeze", #PutBritsFirst; "tell me you're from a council estate"; the over-70s' memory mocked; hoping
// "the locals can read" English signs; "the right community only" in hiring; "why do they always smell of curry";
// a pregnant applicant told to wait till after the baby.
// Harassment: a person's number plate or shift end beside "go say hi"; a critic's name and photo shared with every
// store; a person told to lay off the biscuits beside a weight gain.
// Health and legal: a product that makes you "forget about malaria" or protects from dengue.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`neuneu|neuneus|neuneue|neuneues|nunuche|nunuches|bande de nunuches|bande de neuneus|dimwits
  |nitwits|halfwits|you dimwit|you nitwit|you halfwit|bigger drongo|such a drongo|you drongo|you re a drongo
  |what a drongo|absolute drongo|bloody drongo|such a galah|you galah|bloody galah|what a galah|clowns surpayés
  |guignols surpayés|bouffons surpayés`);
const BODY_ANIMAL = list(`bit of a heifer|a right heifer|such a heifer|proper heifer|fat heifer|what a heifer
  |bit of a whale|a right whale|bit of a hippo|a right hippo|une vraie baleine|une vraie vache|un vrai cachalot
  |un vrai hippopotame|une grosse vache|une vraie truie`);
const SCORN = list(`overpaid|useless|incompetent|clueless|surpayés|surpayé|inutiles|incompétents|overrated`);
const CLOWNS = list(`clowns|clown|muppets|jokers|guignols|clowns surpayés|bozos`);

const REPLACEMENT = list(
  `grand remplacement|le grand remplacement|great replacement|the great replacement|remigration`,
);
const NICKNAMES = list(`the guy with the orange tan|the man with the orange tan|the bloke with the orange tan
  |the orange man|orange man bad|cheeto in chief|sleepy joe|mango mussolini|le président jupitérien
  |pouvoir jupitérien`);
const JUPITER = list(`jupiter|albo|scomo|bojo`);
const JUPITER_ACTS = list(`redescendu de l olympe|descendu de l olympe|redescend de l olympe|nous parler|nous a parlé
  |a parlé|nous explique|allocution|discours|à l élysée|parle à la nation|actually listened|listened|promised
  |his government|reckon|election|cost of living|pm|prime minister`);
const MORE_CARE = list(`plus de soin que|mieux géré que|mieux gérée que|mieux tenu que|mieux tenue que|plus solide que
  |plus sérieux que|mieux ficelé que|plus d attention que|with more care than|more carefully than|better run than
  |better managed than|better planned than|more sense than`);
const PUBLIC = list(`le budget de la sécu|la sécu|les finances publiques|le budget de l état|la dette publique
  |le gouvernement|the government|the treasury|public finances|the national debt|the nhs budget|the council budget`);

const NEXT = list(`next it ll be|next it will be|next it be|next they ll bring|soon it ll be|soon it will be
  |bientôt ce sera|demain ce sera|et demain|bientôt|prochaine étape|next step|before you know it|next thing`);
const SHARIA = list(`sharia|sharia law|charia|la charia|la loi islamique|islamic law`);
const HOLY_SELF = list(`our lady herself|the virgin mary herself|the blessed virgin herself|jesus himself|god himself
  |the pope himself|saint patrick himself|st patrick himself|la vierge elle même|la sainte vierge elle même
  |jésus lui même|dieu lui même|le pape lui même|marie elle même`);
const ENDORSE = list(`would worn|would have worn|would wear|would approve|would have approved|would choose
  |would have chosen|would buy|would bless|would love|aurait porté|porterait|aurait adoré|approuverait
  |aurait approuvé|aurait choisi|bénirait|aurait béni`);

const RECORD = list(`record week|record weeks|record weekend|record month|record day|best week in our history
  |best weekend in our history|best month in our history|meilleur week end de notre histoire
  |meilleur premier week end de notre histoire|meilleure semaine de notre histoire|meilleur mois de notre histoire
  |semaine record|semaines record|week end record|mois record|journée record`);
const SALES = list(`orders|e shop|e shop orders|online orders|boutique en ligne|online store|webshop|sales|commandes
  |ventes|soldes|de notre histoire|in our history
  |sur un an|year on year|on last year|chiffre d affaires`);
const GROWTH = list(`% sur un an|% year on year|% on last year|% en un an`);
const RESTRUCT = list(`restructuring|restructuration|store closures|shop closures|closures|fermetures de magasins
  |fermetures|plan social|layoffs|licenciements|job cuts|redundancies`);
const NOT_YET = list(`not for linkedin|not for social|not for twitter|not to be posted|not to be shared|do not post
  |don post|not public before|pas sur linkedin|pas pour linkedin|à ne pas publier|à ne pas diffuser
  |pas encore public|pas avant le`);

const FASTING = list(`qui font le ramadan|font le ramadan|qui jeûnent|qui font carême|doing ramadan|observing ramadan
  |who are fasting|fasting colleagues|collègues musulmans|muslim colleagues`);
const TAUNT = list(`vous avez pas le droit|vous n avez pas le droit|ah non pardon|on vous garde les miettes
  |oh wait|oops you cannot|cannot eat|cannot have any|pouvez pas manger|pouvez pas en manger|you re not allowed
  |you not allowed|not allowed to eat|pas le droit de manger
  |we ll save you the crumbs|save you the crumbs|more for us then|plus pour nous alors`);
const FAT_KID = list(`le petit gros|la petite grosse|le gros de la classe|la grosse de la classe|the fat kid
  |the chubby kid|the fat boy|the fat girl|le petit gros de la classe`);
const PICKED_LAST = list(`choisit en dernier|choisi en dernier|choisie en dernier|choisie en dernière|picked last
  |chosen last|last to be picked|on choisit en dernier|qu on choisit en dernier|personne ne veut dans son équipe
  |nobody picks|no one picks`);
const WHEELCHAIR = list(`en fauteuil|en fauteuil roulant|in a wheelchair|wheelchair user|the wheelchair guy|on crutches
  |sur des béquilles|le stagiaire handicapé|the disabled intern|the blind intern|le stagiaire aveugle`);
const SHOW = list(`mieux que netflix|better than netflix|mieux que la télé|better than tv|quel spectacle|what a show
  |spectacle gratuit|free entertainment|free show|pop corn|popcorn`);
const GENDER_COUNT = list(`{n} genres|{n} genders|{n} different genders|{n} sexes`);
const NON_GENDERED = list(`non genré|non genrée|non genrés|non genrées|gender neutral|genderless|unisex|iel|pronoms
  |pronouns|woke|wokes|identify as|s identifie`);
const DIVERSITY_HIRE = list(`recrutement diversité|embauche diversité|recrue diversité|quota diversité|diversity hire
  |diversity hires|dei hire|dei hires|diversity recruit|diversity quota|quota hire`);
const COMPETENT = list(`compétent|compétente|compétents|incompétent|incompétente|incompétents|competent|incompetent
  |qualified|unqualified|merit|le mérite|qualifié|qualifiée|cocher une case|tick a box|box ticking`);
const GAY_PLACE = list(`marais|gay|gays|pride|fierté|gay village|soho|castro|lgbt|queer|le village gay`);
const BACK_WALL = list(`garder le dos au mur|gardez le dos au mur|restez dos au mur|le dos au mur|dos collé au mur
  |keep your back to the wall|keep your backs to the wall|backs against the wall|back against the wall
  |don drop the soap|ne ramassez pas la savonnette|ramasse pas la savonnette`);
const NEWCOMERS = list(`new arrivals|migrants|asylum seekers|illegals|immigrants|foreigners|les migrants|les étrangers
  |les immigrés|les clandestins|nouveaux arrivants|demandeurs d asile|aux migrants|aux étrangers`);
const WHILE_OURS = list(`while our nans|while our pensioners|while our elderly|while our veterans|while our homeless
  |while our own|while our grannies|while our people|whilst our pensioners|whilst our own|pendant que nos retraités
  |pendant que nos anciens|pendant que nos sdf|alors que nos retraités|alors que nos anciens|alors que nos sdf
  |pendant que nos vieux|alors que nos vieux|pendant que les français|alors que les français|while brits`);
const DISC_ALONE = list(`#putbritsfirst|put brits first|putbritsfirst|#lesfrancaisdabord|lesfrancaisdabord
  |tell me you re from a council estate|tell me you from a council estate|simple enough for your memory
  |easy enough for your memory|assez simple pour votre mémoire|assez simple pour ta mémoire
  |of the right community only|from the right community only|de la bonne communauté uniquement
  |right caste only|upper caste only|same caste only|de la bonne caste uniquement|bit of a heifer|a right heifer
  |such a heifer|proper heifer|fat heifer`);
const POOR = list(`from a council estate|a council estate|on benefits|on the dole|trailer park|de cité|des cités
  |de banlieue|du 9 3|au rsa|smicard|smicarde`);
const TELL_ME = list(`tell me you|without telling me|sans me dire|dis moi que tu|dis moi que t|you know you|on reconnaît
  |spot the`);
const HOPE_LOCALS = list(`fingers crossed the locals|hopefully the locals|let s hope the locals|here hoping the locals
  |fingers crossed people round here|on croise les doigts pour que les habitants|espérons que les habitants
  |espérons que les gens du coin|pourvu que les habitants|pourvu que les gens du coin|en espérant que les habitants`);
const READ_LANG = list(`can read them|can read it|can read english|read english|speak english|understand english
  |sachent lire|savent lire|parlent français|sachent parler français|comprennent le français|lisent le français`);
const COMMUNITY = list(`right community|right caste|upper caste|same caste|good families|bonne famille
  |bonnes familles|bonne communauté|bonne caste|caste supérieure`);
const ONLY = list(`only|uniquement|seulement|exclusivement|candidates from|candidats issus`);
const THEY_ALWAYS = list(`why do they always|they always|why do they all|why they always|pourquoi ils sentent toujours
  |ils sentent toujours|ils puent toujours|ils sentent tous|ces gens sentent|those people smell|them lot smell
  |pourquoi elles sentent toujours|pourquoi ils sentent`);
const SMELL_FOOD =
  list(`smell of curry|smell like curry|smell of garlic|smell like garlic|smell of spices|smell of kebab
  |stink of curry|stink of garlic|le curry|l ail|les épices|le couscous|le kebab|la friture`);
const PREGNANT = list(`pregnant|expecting a baby|enceinte|enceintes|future maman|mum to be|mom to be`);
const WAIT_BABY = list(`wait till after the baby|wait until after the baby|wait till the baby|wait until the baby
  |apply after the baby|after the baby yeah|need not apply|no need to apply|postulez après l accouchement
  |attendez d avoir accouché|revenez après le bébé|revenez après l accouchement|repostulez après
  |attendez la fin de votre grossesse|pas la peine de postuler|s abstenir`);
const DOX = list(`sa plaque d immatriculation|son numéro de plaque|son adresse|l heure où elle finit|l heure où il finit
  |ses horaires|où elle habite|où il habite|her number plate|his number plate|her licence plate|his licence plate
  |her license plate|his license plate|her home address|his home address|what time she finishes
  |what time he finishes|when she finishes her shift|when he finishes his shift|her shift ends|his shift ends`);
const INVITE = list(`passez lui faire coucou|allez lui faire coucou|passez le voir|passez la voir|allez la voir
  |allez le voir|faites lui coucou|say hi|pop by|drop by|go say hello|pay her a visit|pay him a visit
  |vous savez quoi faire|you know what to do`);
const SHARED = list(`shared your name|shared your photo|shared your name and photo|partagé ton nom|partagé ta photo
  |envoyé ta photo|sent your photo|ton nom et ta photo|votre nom et votre photo|shared your face`);
const EVERY_STORE = list(`every store manager|every store|all our stores|tous nos magasins|tous les responsables
  |tous nos responsables|good luck getting served|bonne chance pour te faire servir|bonne chance pour être servi
  |blacklisted|on the blacklist|sur liste noire`);
const WEIGHT = list(`t as pris du poids|tu as pris du poids|t as grossi|tu as grossi|you put on weight
  |you have put on weight|you gained weight|you have gained weight|piled on the pounds|getting chunky
  |bit of a heifer|bit chunky|t es un peu ronde|un peu enrobée|bit of a whale|on voit bien que t as pris`);
const EAT_LESS = list(`lever le pied sur|lâche les biscuits|arrête les biscuits|moins de biscuits|lay off|go easy on
  |ease off|cut down on|y aller mollo sur|lâcher les gâteaux|lâcher les biscuits`);

const DISEASE = list(`malaria|dengue|zika|lyme disease|la malaria|le paludisme|paludisme|la dengue
  |la maladie de lyme|chikungunya|le chikungunya`);
const FORGET = list(`forget about|no more|say goodbye to|protects against|protect against|protects from|prevents
  |dites adieu au|dites adieu à la|oubliez le|oubliez la|fini le|finie la|protège du|protège de la
  |protègent du|protègent de la|protège contre|protègent contre|évite le|évite la`);

const ROUND_25O: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: {
      alone25o: { fr: exact(INSULTS, BODY_ANIMAL) },
      scorn25o: { fr: exact(SCORN) },
      clowns25o: { fr: exact(CLOWNS) },
    },
    alone: ['alone25o'],
    pairs: [['scorn25o', 'clowns25o', { window: 1, ordered: true }]],
  },
  politics: {
    groups: {
      alone25o: { fr: exact(REPLACEMENT, NICKNAMES) },
      jupiter25o: { fr: exact(JUPITER) },
      jupiterActs25o: { fr: exact(JUPITER_ACTS) },
      moreCare25o: { fr: exact(MORE_CARE) },
      public25o: { fr: exact(PUBLIC) },
    },
    alone: ['alone25o'],
    pairs: [
      ['jupiter25o', 'jupiterActs25o', { window: 10 }],
      ['moreCare25o', 'public25o', { window: 2, ordered: true }],
    ],
  },
  religion: {
    groups: {
      next25o: { fr: exact(NEXT) },
      sharia25o: { fr: exact(SHARIA) },
      holySelf25o: { fr: exact(HOLY_SELF) },
      endorse25o: { fr: exact(ENDORSE) },
    },
    pairs: [
      ['next25o', 'sharia25o', { window: 4, ordered: true }],
      ['holySelf25o', 'endorse25o', { window: 3, ordered: true }],
    ],
  },
  finance: {
    groups: { alone25o: { fr: exact(GROWTH) }, record25o: { fr: exact(RECORD) }, sales25o: { fr: exact(SALES) } },
    alone: ['alone25o'],
    pairs: [['record25o', 'sales25o', { window: 6 }]],
  },
  confidential: {
    groups: { restruct25o: { fr: exact(RESTRUCT) }, notYet25o: { fr: exact(NOT_YET) } },
    pairs: [['restruct25o', 'notYet25o', { window: 16 }]],
  },
  discrimination: {
    groups: {
      alone25o: { fr: exact(DISC_ALONE) },
      next25o: { fr: exact(NEXT) },
      sharia25o: { fr: exact(SHARIA) },
      fasting25o: { fr: exact(FASTING) },
      taunt25o: { fr: exact(TAUNT) },
      fatKid25o: { fr: exact(FAT_KID) },
      pickedLast25o: { fr: exact(PICKED_LAST) },
      wheelchair25o: { fr: exact(WHEELCHAIR) },
      show25o: { fr: exact(SHOW) },
      genderCount25o: { fr: exact(GENDER_COUNT) },
      nonGendered25o: { fr: exact(NON_GENDERED) },
      diversityHire25o: { fr: exact(DIVERSITY_HIRE) },
      competent25o: { fr: exact(COMPETENT) },
      gayPlace25o: { fr: exact(GAY_PLACE) },
      backWall25o: { fr: exact(BACK_WALL) },
      newcomers25o: { fr: exact(NEWCOMERS) },
      whileOurs25o: { fr: exact(WHILE_OURS) },
      poor25o: { fr: exact(POOR) },
      tellMe25o: { fr: exact(TELL_ME) },
      hopeLocals25o: { fr: exact(HOPE_LOCALS) },
      readLang25o: { fr: exact(READ_LANG) },
      community25o: { fr: exact(COMMUNITY) },
      only25o: { fr: exact(ONLY) },
      theyAlways25o: { fr: exact(THEY_ALWAYS) },
      smellFood25o: { fr: exact(SMELL_FOOD) },
      pregnant25o: { fr: exact(PREGNANT) },
      waitBaby25o: { fr: exact(WAIT_BABY) },
      dox25o: { fr: exact(DOX) },
      invite25o: { fr: exact(INVITE) },
      shared25o: { fr: exact(SHARED) },
      everyStore25o: { fr: exact(EVERY_STORE) },
      weight25o: { fr: exact(WEIGHT) },
      eatLess25o: { fr: exact(EAT_LESS) },
    },
    alone: ['alone25o'],
    signs: { popcorn25o: ['🍿'], rainbow25o: ['🌈'] },
    pairs: [
      ['next25o', 'sharia25o', { window: 4, ordered: true }],
      ['fasting25o', 'taunt25o', { window: 16 }],
      ['fatKid25o', 'pickedLast25o', { window: 6 }],
      ['wheelchair25o', 'show25o', { window: 16 }],
      ['wheelchair25o', 'popcorn25o', { window: 20 }],
      ['genderCount25o', 'nonGendered25o', { window: 14 }],
      ['diversityHire25o', 'competent25o', { window: 12 }],
      ['gayPlace25o', 'backWall25o', { window: 16 }],
      ['rainbow25o', 'backWall25o', { window: 16 }],
      ['newcomers25o', 'whileOurs25o', { window: 12 }],
      ['poor25o', 'tellMe25o', { window: 8 }],
      ['hopeLocals25o', 'readLang25o', { window: 3, ordered: true }],
      ['community25o', 'only25o', { window: 4 }],
      ['theyAlways25o', 'smellFood25o', { window: 3, ordered: true }],
      ['pregnant25o', 'waitBaby25o', { window: 16 }],
      ['dox25o', 'invite25o', { window: 20, variant: 'harassment' }],
      ['shared25o', 'everyStore25o', { window: 14, variant: 'harassment' }],
      ['weight25o', 'eatLess25o', { window: 20, variant: 'harassment' }],
    ],
  },
  health_legal: {
    groups: { disease25o: { fr: exact(DISEASE) }, forget25o: { fr: exact(FORGET) } },
    pairs: [['forget25o', 'disease25o', { window: 4, ordered: true }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25o = roundByTopic(ROUND_25O);
