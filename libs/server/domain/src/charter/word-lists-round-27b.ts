// Twenty-seventh round, reading b (`withRound27b` adds it to every topic's rules), from `train-cd`'s French
// discrimination misses, by family (entries in French and English):
// Hiring: applicants from a suburb, "la province" or a shelter turned away ("s'abstenir", "moins prioritaires",
// "n'acceptons plus"); a postcode, "les 93 et 95… trop loin"; an accent "des quartiers nord"; looks ("physique
// irréprochable", "pas de surpoids", "embonpoint"); the religion asked on a CV; "pas de quadra ni de quinqua".
// Neighbourhoods: "les jeunes du quartier", "de la cité" or "du foyer" told to leave their bags or blamed for thefts;
// "avec cette population-là, il fallait s'y attendre". The poor: "les boursiers, ce ne sera pas pour cette fois", a
// payment plan asked for ("c'est peut-être pas pour tout le monde"), the cheap range "pas d'argent mais…", "vu le
// niveau de vie là-haut". Age: "pas de vieux qui…", "même papi peut y arriver", "une chose qui s'appelle la
// retraite". Bodies: "penser au maillot" after another pastry, the big sizes "à côté des réserves", a dress that "cache
// tout" for round girls, "ceux qui dépassent 100 kg" sent to the light range, "pas maquillée, c'était effrayant".
// Sex and gender: girls and boys "c'est la nature qui veut ça", the sons take over and the daughters stay home, women
// "moins douées pour la mécanique", men who "ne sauraient pas quoi faire d'un fouet", back from parental leave to a
// desk "au sous-sol", a salesman "sensible, vous voyez de quoi on parle", trans customers sent by their birth sex.
// Origin: a people and the bill ("pingres"), "parle enfin français correctement", a nationality "dociles" or who "se
// plaignent moins", "celui qui sent la morue", a Chinese intern "on vous laisse imaginer le spectacle", colleagues of
// African origin told "ce n'est pas le village", a colleague's kippa mocked, a veiled customer checked for what she
// hides. Disability: "pas une œuvre de charité", a stammer ("on imagine mal ses conseils"), a manager "qu'on allait
// garder à vie", a dyslexic salesman told "pars de toi-même". Harassment: "on sait où tu vas chercher tes enfants", an
// address posted ("faire le malin… 14 impasse…", "les gens sauront qui tu es", "la cliente mécontente… 27 rue…"),
// "tout le monde sauf Karim… une reconversion", the new one who "ne va pas faire long feu" given how she dresses;
// lactose-free desserts "pour les chochottes".
// Clean (negatives): "peau sensible", "sensible aux…", "palets bretons", "pas trop loin", "any accent", "quel que
// soit leur sexe".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const DISC_ALONE = list(`les gens sauront qui tu es|tout le monde saura qui tu es|everyone will know who you are
  |people will know who you are|pas une oeuvre de charité|pas une oeuvre de charite|not a charity here
  |pas de quadra ni de quinqua|pas de quadras|pas de quinquas|pas de vieux qui|pas de vieilles qui
  |avec cette population là|ce genre de population`);

// Who is turned away in a job ad: applicants, then where they live (compound), then the refusal.
const APPLICANTS = list(`candidats|candidates|candidat|candidate|postulants|profils|cv|applicants|applicant`);
const PLACES = list(`seine saint denis|val d oise|banlieue|banlieues|province|quartiers nord|quartiers sud|quartiers
  |quartiers populaires|cités|cité|foyers|foyer|hébergés chez des amis|hébergés chez un tiers|sans domicile fixe
  |council estates|council estate|the estates|the provinces|shelters|hostels|sofa surfing|inner city`);
const REFUSED = list(`s abstenir|moins prioritaires|pas prioritaires|ne sont pas prioritaires|ne seront pas retenus
  |n acceptons plus|n acceptons pas|inutile de postuler|pas la peine de postuler|need not apply|won be considered
  |will not be considered|no longer accept|do not accept|don accept|not a priority|lower priority
  |ne sont pas les bienvenus|pas les bienvenus|not welcome|aren welcome`);
const POSTCODE = list(`code postal|votre code postal|postcode|your postcode|zip code`);
const DEPARTEMENTS = list(`les 93|le 93|du 93|les 93 et 95|le 95|du 95|le 94|seine saint denis|val d oise`);
const TOO_FAR = list(`trop loin|trop compliqué|too far|inutile de postuler|inutile de candidater
  |pas la peine de postuler|don bother applying`);
const ACCENT = list(`l accent des quartiers|l accent de banlieue|l accent des cités|l accent du bled|pas l accent
  |pas d accent|sans accent|accent à couper au couteau|no accent|no accents|without an accent|no regional accent
  |no regional accents|no strong accent|no foreign accent|neutral accent`);
const HIRING = list(`recrute|recrutons|recrutement|on recrute|job étudiant|offre d emploi|poste|candidat|candidate
  |candidature|cv|exigé|exigée|exigés|requis|requise|élocution|bonne présentation|vous ne correspondez pas
  |hiring|we hiring|vacancy|role|applicants|required|must have|job`);
const LOOKS = list(`physique irréprochable|physique sans reproche|physique impeccable|physique parfait|pas de surpoids
  |sans surpoids|embonpoint|flawless looks|flawless figure|no overweight|not overweight`);
const CV_ASK = list(`indiquer sur votre cv|merci d indiquer|merci de préciser|précisez|indiquez|sur votre cv
  |please state|please include|on your cv|state on your application`);
const PRIVATE = list(`votre religion|si vous pratiquez|votre confession|votre origine|votre situation familiale
  |si vous êtes enceinte|your religion|whether you practise|whether you practice|your faith|your ethnicity
  |whether you pregnant`);

// Neighbourhoods, estates and shelters: their young people singled out or blamed for thefts.
const YOUTHS = list(`jeunes du quartier|jeunes des quartiers|jeunes de la cité|jeunes des cités|gamins du foyer
  |gamins de la cité|gamins du quartier|enfants du foyer|jeunes du foyer|vous venez de la cité|de la cité d à côté
  |kids from the estate|kids from the care home|lads from the estate|youths from the estate|teens from the estate
  |you from the estate|from the estate next door|jeunes de banlieue|ados du quartier|ados de la cité
  |kids from the estates|kids from the flats|lads from the flats`);
const SUSPECT = list(`laisser leur sac|laisser leurs sacs|leur sac à l entrée|assez de vols|il manquait|il manque
  |on a dû appeler la sécurité|appeler la sécurité|surveillés|leave their bags|bags at the door|enough thefts
  |went missing|call security|shoplifting|fouiller leurs sacs|check their bags|search their bags`);
const EXPECTED = list(`il fallait s y attendre|fallait s y attendre|on pouvait s y attendre|what did you expect
  |no surprise there|appeler la sécurité|appelé la sécurité|called security`);
const THAT_LOT = list(`cette population là|cette population|ce genre de population|that kind of crowd|that crowd`);

// The poor and scholarship students.
const POOR = list(`boursiers|boursières|boursier|boursière|scholarship students|facilités de paiement
  |payer en plusieurs fois|fauchés|cassos|au rsa|payment plan|skint|on benefits`);
const NOT_FOR = list(`ce ne sera pas pour cette fois|c est peut être pas pour tout le monde|pas pour tout le monde ici
  |ce n est peut être pas pour tout le monde|pas pour vous|not for everyone|not for you|not for the likes of you`);
const CHEAP = list(`premier prix|premiers prix|petits prix|the cheapest|the value range|the budget range|own brand`);
const BROKE = list(`pas d argent mais|jamais d argent mais|no money but|never any money but`);
const LIVING = list(`vu le niveau de vie|vu leur niveau de vie|given the standard of living|given their living standards
  |given how poor they are`);
const UP_THERE = list(`là haut|chez eux|up there|up north|logique`);

// Age.
const GRANDPA = list(`même papi|même mamie|même papy|même grand mère|même grand père|même ta grand mère
  |même votre grand mère|even grandpa|even grandma|even granny|even your nan|even your gran|even your grandma`);
const MANAGE = list(`puisse y arriver|peut y arriver|pourra y arriver|sans appeler|sans l aide|can manage
  |could manage|without calling|without help`);
const RETIRE_JIBE = list(`il existe une chose qui s appelle|une chose qui s appelle|un truc qui s appelle
  |there a thing called|there is a thing called|there something called`);
const RETIREMENT = list(`la retraite|retraite anticipée|la retraite anticipée|retirement|early retirement`);

// Bodies.
const EATING = list(`encore pris|a encore pris|encore repris|se resservir|trois viennoiseries|deux viennoiseries
  |troisième croissant|encore une part|deuxième part|another slice|second helping|second slice|third croissant
  |another pastry|another doughnut`);
const BEACH = list(`penser au maillot|pense au maillot|penser à ton maillot|pense à ton maillot|penser au bikini
  |penser à la plage|bikini body|beach body|summer body|think about your swimsuit`);
const BIG = list(`tailles xxl|taille xxl|grandes tailles|xxl|xxxl|clientes plus généreuses|clientes généreuses
  |clientes rondes|filles rondes|petites filles rondes|enfants ronds|rondeurs|plus size|curvy|curvier
  |bigger customers|larger customers|bigger girls|chubby`);
const HIDDEN = list(`ça cache tout|cache tout|à côté des réserves|à l abri des regards|loin des regards
  |faire leurs achats tranquilles|achats tranquilles|hides everything|hides it all|out of sight|next to the stockroom
  |shop in peace|away from the other customers`);
const HEAVY = list(`dépassent 100 kg|dépassent les 100 kg|dépassent les 100 kilos|dépasse les 100 kilos|dépassent 90 kg
  |dépassent 120 kg|pèsent plus de 100|pèse plus de 100|jour de pesée|anyone over 100 kg|those over 100 kg
  |anyone weighing over|anyone who weighs over|weigh in day`);
const DIET = list(`allégés|allégé|la chaîne des allégés|régime|ça vous fera réfléchir|light range|diet|salad bar
  |make you think`);
const NO_MAKEUP = list(`pas maquillée|pas maquillé|s était pas maquillée|démaquillée|sans son maquillage
  |without her makeup|without makeup on|took her makeup off|no makeup on`);
const SCARY = list(`effrayant|effrayante|fait peur|terrifiant|terrifiante|cauchemar|scary|terrifying|frightening
  |nightmare`);

// Sex and gender roles.
const SEXES = list(`les filles|les garçons|pour les filles|pour les garçons|girls|boys|for girls|for boys`);
const NATURE = list(`c est la nature qui veut ça|c est la nature qui veut ca|la nature qui veut ça|la nature l a voulu
  |c est dans leur nature|as nature intended|that just nature|it just nature|nature made them that way`);
const MEN = list(`les fils|les garçons|les hommes|the sons|the boys|the men`);
const LEAD = list(`reprennent|reprendront|dirigent|héritent|prennent la relève|take over|run the|inherit`);
const WOMEN = list(`les filles|les femmes|les épouses|the girls|the daughters|the women|the wives|ouvrières|elles`);
const HOME = list(`s occupent des recettes à la maison|s occupent de la maison|restent à la maison|à la maison
  |à la cuisine|aux fourneaux|font le ménage|stay home|stay at home|do the cooking|do the cleaning|in the kitchen`);
const LESS_GIFTED = list(`moins douées|pas douées|nulles|pas faites|moins faites|less gifted|not cut out|hopeless`);
const TECH = list(`pour la mécanique|en mécanique|pour la technique|en technique|pour les maths|en maths
  |pour le bricolage|for mechanics|at mechanics|for engineering|at engineering|with machines|with tools|at maths`);
const GENTS = list(`les messieurs|les hommes|the gentlemen|the men|les maris|husbands`);
const CANNOT = list(`ne sauraient pas quoi faire d un|ne sauraient pas quoi faire d une|ne sauraient pas se servir
  |wouldn know what to do with a|wouldn know how to hold`);
const LEAVE = list(`congé parental|congé maternité|congé mat|maternity leave|parental leave`);
const SIDELINED = list(`au sous sol|au placard|placardisée|placardisé|plus sa place|plus vraiment sa place
  |pas sa place|in the basement|in a cupboard|not her place|sidelined`);
const HE_SENSITIVE = list(`sensible|délicat|maniéré|efféminé|de l autre bord|sensitive|delicate|flamboyant
  |light on his feet`);
const INNUENDO = list(`vous voyez de quoi on parle|vous voyez ce qu on veut dire|vous voyez ce que je veux dire
  |suivez mon regard|if you know what i mean|you know what we mean|if you catch my drift|wink wink|nudge nudge`);
const TRANS = list(`trans|transgenres|transgenre|clientes trans|clients trans|trans women|trans men|transgender`);
const BIRTH_SEX = list(`sexe indiqué sur|sexe de naissance|sexe biologique|vrai sexe|correspondant au sexe
  |selon leur sexe|biological sex|birth sex|real sex|sex on their id|matching their sex`);

// Origin.
const PEOPLES = list(`bretons|bretonnes|auvergnats|écossais|normands|alsaciens|corses|belges|the scots
  |aberdonians|yorkshiremen|the dutch`);
const STINGY = list(`pingres|pingre|rapiats|radins|il n y a plus personne|plus personne pour payer
  |personne pour payer|quand il faut payer|when the bill comes|when it time to pay|tight fisted|stingy`);
const FINALLY = list(`enfin appris à parler|parle enfin|enfin parler|finally learned to speak|finally learnt to speak
  |finally speaks`);
const PROPERLY = list(`correctement|comme tout le monde|sans accent|properly|proper english|like the rest of us`);
const NATIONS = list(`polonais|polonaises|roumains|roumaines|philippines|philippins|portugais|portugaises
  |marocains|maliens|ukrainiens|bulgares|asiatiques|africains|étrangers|poles|romanians|filipinas|filipinos
  |eastern europeans|foreigners`);
const DOCILE = list(`dociles|se plaignent moins|se plaignent jamais|ne se plaignent jamais|bossent mieux
  |plus dociles|moins exigeants|docile|complain less|never complain|more docile|work harder than the locals`);
const SMELLER = list(`celui qui sent|celle qui sent|ceux qui sentent|celles qui sentent|the one who smells
  |the guy who smells|the one that smells`);
const SMELL = list(`la morue|le curry|l ail|le poisson|le kebab|le couscous|le mouton|of curry|of garlic|of fish
  |like curry|like fish|like garlic`);
const STAFF = list(`stagiaire|collègue|ingénieur|vendeur|vendeuse|livreur|caissière|caissier`);
const ORIGIN_ADJ = list(`chinois|chinoise|asiatique|africain|africaine|arabe|indien|indienne|japonais|japonaise`);
const ORIGIN_EN = list(`chinese|asian|african|arab|indian|japanese`);
const STAFF_EN = list(`intern|colleague|engineer|driver|cashier|trainee`);
const SHOW = list(`on vous laisse imaginer le spectacle|vous imaginez le spectacle|you can imagine the scene`);
const ORIGIN = list(`d origine africaine|d origine maghrébine|d origine arabe|d origine étrangère|d origine asiatique
  |d origine turque|of african origin|of african descent|african colleagues|african staff`);
const VILLAGE = list(`ce n est pas le village|c est pas le village|pas au village|ce n est pas le bled|pas au bled
  |ici on respecte les horaires|ici on est à l heure|this isn the village|this isn the jungle|here we on time`);
const GARB = list(`kippa|kippas|kippah|yarmulke|sa kippa|son turban|son hijab|son voile|sa burqa|his kippah
  |his turban|her hijab|her headscarf|her veil`);
const TEASE = list(`pas des calottes|on vend des bonnets|torchon|torchons|serpillière|tea towel|tea towels|lampshade
  |tablecloth|abat jour`);
const VEILED = list(`voilée|voilées|cliente voilée|femme voilée|en hijab|en burqa|en niqab|veiled|in a hijab
  |in a burqa|in a niqab|in a headscarf`);
const HIDING = list(`ne cachait rien|cachait rien|ne cache rien|rien dessous|bien vérifié|explosif|explosifs
  |hiding anything|hiding something|nothing under|checked her|explosives`);

// Disability.
const DISABILITY = list(`surdité|sourde|sourd|handicap|handicapée|handicapé|bégaiement|bègue|dyslexique|dyslexie
  |autiste|malentendante|malentendant|aménageable|deaf|deafness|disability|disabled|stutter|stammer|dyslexic
  |autistic`);
const SHOWN_OUT = list(`on imagine mal ses|on imagine mal sa|on imagine mal son|on l imagine mal|la garder à vie
  |le garder à vie|garder à vie|pars de toi même|partez de vous même|cannot picture him|cannot picture her
  |keep her forever|keep him forever|do the right thing and leave|leave of your own accord`);

// Harassment.
const WE_KNOW = list(`on sait où tu|on sait quand tu|on sait à quelle heure tu|we know where you pick|we know when you
  |we know what time you`);
const ROUTINE = list(`chercher tes enfants|récupérer tes enfants|déposes tes enfants|déposer tes enfants|tes gosses
  |chercher ta fille|chercher ton fils|pick up your kids|drop off your kids|your kids up|your kids off`);
const STREET = list(`{n} rue|{n} impasse|{n} avenue|{n} boulevard|{n} allée|{n} chemin|{n} road|{n} street|{n} lane
  |{n} close|{n} drive`);
const TARGET = list(`cliente mécontente|client mécontent|faire le malin|unhappy customer|angry customer`);
const EXCEPT = list(`tout le monde sauf|toute l équipe sauf|bravo à tous sauf|merci à tous sauf|everyone except
  |everyone but|everybody except|the whole team except`);
const NEW_CAREER = list(`reconversion|se reconvertir|te reconvertir|changer de métier|career change|new career
  |change careers|another line of work`);
const DRESSES = list(`vu comment elle s habille|vu comment il s habille|vu sa tenue|vu sa dégaine
  |the way she dresses|the way he dresses`);
const NOT_LAST = list(`pas faire long feu|ne fera pas long feu|won last long|won last|won be here long`);
const WIMPS = list(`chochottes|chochotte|mauviettes|petites natures|wimps`);
const INTOLERANT = list(`sans lactose|sans gluten|intolérants|mal au ventre|lactose free|gluten free|dairy free`);

const NOT_DISC = list(`met pas l accent|mettons pas l accent|mettre l accent|quel que soit leur sexe
  |regardless of their biological sex|regardless of birth sex|whatever their birth sex|pas trop loin|pas si loin
  |not too far|peau sensible|peaux sensibles|sensitive skin|dents sensibles|sensitive teeth|sensible au bruit
  |sensibles au bruit|sensitive to noise|palets bretons|palet breton|sablés bretons|gâteau breton|accent ou pas
  |avec ou sans accent|accent or no accent|with or without an accent|any accent|sensible aux|sensible au
  |sensible à|sensitive to`);

const ROUND_27B: Readonly<Record<string, RuleExtension>> = {
  discrimination: {
    groups: {
      alone27b: { fr: exact(DISC_ALONE) },
      applicants27b: { fr: exact(APPLICANTS) },
      places27b: { fr: exact(PLACES) },
      refused27b: { fr: exact(REFUSED) },
      postcode27b: { fr: exact(POSTCODE) },
      departements27b: { fr: exact(DEPARTEMENTS) },
      tooFar27b: { fr: exact(TOO_FAR) },
      accent27b: { fr: exact(ACCENT) },
      hiring27b: { fr: exact(HIRING) },
      looks27b: { fr: exact(LOOKS) },
      cvAsk27b: { fr: exact(CV_ASK) },
      private27b: { fr: exact(PRIVATE) },
      youths27b: { fr: exact(YOUTHS) },
      suspect27b: { fr: exact(SUSPECT) },
      expected27b: { fr: exact(EXPECTED) },
      thatLot27b: { fr: exact(THAT_LOT) },
      poor27b: { fr: exact(POOR) },
      notFor27b: { fr: exact(NOT_FOR) },
      cheap27b: { fr: exact(CHEAP) },
      broke27b: { fr: exact(BROKE) },
      living27b: { fr: exact(LIVING) },
      upThere27b: { fr: exact(UP_THERE) },
      grandpa27b: { fr: exact(GRANDPA) },
      manage27b: { fr: exact(MANAGE) },
      retireJibe27b: { fr: exact(RETIRE_JIBE) },
      retirement27b: { fr: exact(RETIREMENT) },
      eating27b: { fr: exact(EATING) },
      beach27b: { fr: exact(BEACH) },
      big27b: { fr: exact(BIG) },
      hidden27b: { fr: exact(HIDDEN) },
      heavy27b: { fr: exact(HEAVY) },
      diet27b: { fr: exact(DIET) },
      noMakeup27b: { fr: exact(NO_MAKEUP) },
      scary27b: { fr: exact(SCARY) },
      sexes27b: { fr: exact(SEXES) },
      nature27b: { fr: exact(NATURE) },
      men27b: { fr: exact(MEN) },
      lead27b: { fr: exact(LEAD) },
      women27b: { fr: exact(WOMEN) },
      home27b: { fr: exact(HOME) },
      lessGifted27b: { fr: exact(LESS_GIFTED) },
      tech27b: { fr: exact(TECH) },
      gents27b: { fr: exact(GENTS) },
      cannot27b: { fr: exact(CANNOT) },
      leave27b: { fr: exact(LEAVE) },
      sidelined27b: { fr: exact(SIDELINED) },
      heSensitive27b: { fr: exact(HE_SENSITIVE) },
      innuendo27b: { fr: exact(INNUENDO) },
      trans27b: { fr: exact(TRANS) },
      birthSex27b: { fr: exact(BIRTH_SEX) },
      peoples27b: { fr: exact(PEOPLES) },
      stingy27b: { fr: exact(STINGY) },
      finally27b: { fr: exact(FINALLY) },
      properly27b: { fr: exact(PROPERLY) },
      nations27b: { fr: exact(NATIONS) },
      docile27b: { fr: exact(DOCILE) },
      smeller27b: { fr: exact(SMELLER) },
      smell27b: { fr: exact(SMELL) },
      staff27b: { fr: exact(STAFF) },
      originAdj27b: { fr: exact(ORIGIN_ADJ) },
      originEn27b: { fr: exact(ORIGIN_EN) },
      staffEn27b: { fr: exact(STAFF_EN) },
      show27b: { fr: exact(SHOW) },
      origin27b: { fr: exact(ORIGIN) },
      village27b: { fr: exact(VILLAGE) },
      garb27b: { fr: exact(GARB) },
      tease27b: { fr: exact(TEASE) },
      veiled27b: { fr: exact(VEILED) },
      hiding27b: { fr: exact(HIDING) },
      disability27b: { fr: exact(DISABILITY) },
      shownOut27b: { fr: exact(SHOWN_OUT) },
      weKnow27b: { fr: exact(WE_KNOW) },
      routine27b: { fr: exact(ROUTINE) },
      street27b: { fr: exact(STREET) },
      target27b: { fr: exact(TARGET) },
      except27b: { fr: exact(EXCEPT) },
      newCareer27b: { fr: exact(NEW_CAREER) },
      dresses27b: { fr: exact(DRESSES) },
      notLast27b: { fr: exact(NOT_LAST) },
      wimps27b: { fr: exact(WIMPS) },
      intolerant27b: { fr: exact(INTOLERANT) },
    },
    compounds: [
      ['applicants27b', 'places27b', 'applicantsFrom27b', 4],
      ['men27b', 'lead27b', 'menLead27b', 4],
      ['women27b', 'home27b', 'womenHome27b', 4],
      ['lessGifted27b', 'tech27b', 'lessGiftedTech27b', 3],
      ['smeller27b', 'smell27b', 'smellerOf27b', 1],
      ['staff27b', 'originAdj27b', 'originStaff27b', 1],
      ['originEn27b', 'staffEn27b', 'originStaff27b', 1],
    ],
    alone: ['alone27b', 'smellerOf27b'],
    pairs: [
      ['applicantsFrom27b', 'refused27b', { window: 10 }],
      ['postcode27b', 'departements27b', { window: 6, ordered: true }],
      ['departements27b', 'tooFar27b', { window: 4, ordered: true }],
      ['accent27b', 'hiring27b', { window: 12 }],
      ['looks27b', 'hiring27b', { window: 10 }],
      ['cvAsk27b', 'private27b', { window: 6, ordered: true }],
      ['youths27b', 'suspect27b', { window: 14 }],
      ['thatLot27b', 'expected27b', { window: 10 }],
      ['poor27b', 'notFor27b', { window: 14, ordered: true }],
      ['cheap27b', 'broke27b', { window: 14, ordered: true }],
      ['living27b', 'upThere27b', { window: 4 }],
      ['grandpa27b', 'manage27b', { window: 6, ordered: true }],
      ['retireJibe27b', 'retirement27b', { window: 2, ordered: true }],
      ['eating27b', 'beach27b', { window: 14, ordered: true }],
      ['big27b', 'hidden27b', { window: 12 }],
      ['heavy27b', 'diet27b', { window: 14 }],
      ['noMakeup27b', 'scary27b', { window: 8, ordered: true }],
      ['sexes27b', 'nature27b', { window: 16, ordered: true }],
      ['menLead27b', 'womenHome27b', { window: 10, ordered: true }],
      ['women27b', 'lessGiftedTech27b', { window: 8, ordered: true }],
      ['gents27b', 'cannot27b', { window: 12, ordered: true }],
      ['leave27b', 'sidelined27b', { window: 20, ordered: true }],
      ['heSensitive27b', 'innuendo27b', { window: 10, ordered: true }],
      ['trans27b', 'birthSex27b', { window: 12, ordered: true }],
      ['peoples27b', 'stingy27b', { window: 20, ordered: true }],
      ['finally27b', 'properly27b', { window: 4, ordered: true }],
      ['nations27b', 'docile27b', { window: 10, ordered: true }],
      ['originStaff27b', 'show27b', { window: 16, ordered: true }],
      ['origin27b', 'village27b', { window: 12, ordered: true }],
      ['garb27b', 'tease27b', { window: 14, ordered: true }],
      ['veiled27b', 'hiding27b', { window: 16, ordered: true }],
      ['disability27b', 'shownOut27b', { window: 16, ordered: true }],
      ['weKnow27b', 'routine27b', { window: 5, ordered: true }],
      ['target27b', 'street27b', { window: 10, ordered: true }],
      ['except27b', 'newCareer27b', { window: 14, ordered: true }],
      ['dresses27b', 'notLast27b', { window: 10 }],
      ['wimps27b', 'intolerant27b', { window: 12 }],
    ],
    negative: { fr: exact(NOT_DISC) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound27b = roundByTopic(ROUND_27B);
