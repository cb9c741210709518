// Twenty-fifth round, third reading (`withRound25c` adds it to every topic's rules), from `train-bl` (French
// discrimination and harassment), by family:
// Hiring: a preference for people "born here", "type européen" or "profils métropolitains"; "ne postulez pas si vous
// habitez …"; a job "pas pour une maman comme vous" (young children beside a door closed).
// Sent elsewhere: "pas pensé pour les gens comme vous", "d'autres magasins plus adaptés à votre communauté".
// Mocked for what they are: an accent beside a translator or a joke; "on ne sait plus trop avec vous" after Madame or
// Monsieur; pronouns or non-binary people called "lubies" or "une mode"; "laquelle de vous deux fait le papa";
// boys in dresses sent back in trousers; Pride kept away from children; staff asked to stay "discrètes" on their
// orientation; "on respecte tout le monde, mais …"; boxes kept for "vraies mamans"; a disabled person expected to do
// little or refused an adapted site; the old in a "file lente" or said not to know where they are; "triso"; a body
// told to walk more or "brave" to show.
// Places and peoples: a region said unable to read, drunk, inbred or "on les connaît"; Corsicans and explosives;
// "l'heure créole"; an overseas place beside monkeys; "découvrent enfin la civilisation"; a postcode beside theft;
// an estate beside clichés (chichas, stolen scooters), deliveries refused there, "jamais sortis de leur HLM";
// a tracksuit watched in the shop; travellers beside grabbing ("par caravane") or expelled; a shop "rempli de
// clandestins"; "de souche"; praise "pour un Kosovar" or "pour quelqu'un qui vient du 93"; an ethnic group "loud" or
// top of the class; "sans vouloir être méchant" or "c'est pour rire" beside a group; women sent back to the kitchen.
// Harassment: a person's address or number beside sharing it; a crowd sent to raid someone.
// Clean posts fixed: maternity and paternity leave offered ("congés maternité et paternité complétés"), "heures
// calmes" for autistic customers.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const ALONE = list(`candidats nés ici|candidates nées ici|profils nés ici|nés ici de préférence|born here only
  |locally born only|pour une maman comme vous|pour une mère comme vous|pour une maman comme toi|pour une mère comme toi
  |for a mum like you|for a mother like you|for a mom like you|on ne sait plus trop avec vous
  |on sait plus trop avec vous
  |on ne sait plus avec vous|on sait plus avec vous|on ne sait plus trop avec toi|or whatever you are
  |ou quoi que vous soyez|can never tell with you|hard to tell with you these days|quand t auras un vrai job
  |quand tu auras un vrai job|quand t auras un vrai travail|quand tu auras un vrai travail|when you get a real job
  |when you got a real job|l heure créole|heure créole|heure antillaise|l heure africaine|heure africaine
  |african time|découvrent enfin la civilisation|découvre enfin la civilisation|découvrir enfin la civilisation
  |découvrent la civilisation|finally discovering civilisation|finally discovering civilization
  |finally discover civilisation|finally discover civilization|jamais sortis de leur hlm|jamais sorti de son hlm
  |jamais sortis de leur cité|jamais sorti de sa cité|jamais sortis de leur quartier|never left their estate
  |never left the estate|never left their council estate|français de souche|française de souche
  |françaises de souche|en cuisine qu elle est à sa place|à la cuisine qu elle est à sa place|sa place est à la cuisine
  |sa place est en cuisine|leur place est à la cuisine|leur place est en cuisine|her place is in the kitchen
  |their place is in the kitchen|a woman place is in the kitchen|triso|trisos|trizo|quand on a son corps
  |quand on a un corps pareil|with a body like hers|with a body like that|traducteur chti|un traducteur chti
  |les allocs en poche|allocs en poche`);

const PREFER = list(`privilégie|privilégions|on privilégie|préférence pour|petite préférence|de préférence|on préfère
  |on cherche|on cherche quand même|recherchons|réservé aux|réservés aux|réservée aux|plutôt des|uniquement des
  |prefer|preference for|we prefer|preferably|we looking for|looking for|only hiring`);
const ORIGIN_PROFILE = list(`nés ici|nées ici|né ici|née ici|nés en france|nés au québec|profils métropolitains
  |profil métropolitain|candidats métropolitains|métropolitains|type européen|type européenne|physique européen
  |look européen|type caucasien|peau claire|teint clair|de souche|born here|locally born|european looking
  |european look|caucasian|fair skinned|light skinned`);

const NO_APPLY = list(`ne pas postuler|ne postulez pas|inutile de postuler|évitez de postuler|pas la peine de postuler
  |abstenez vous|don apply|do not apply|no need to apply|please don apply`);
const IF_LIVE = list(`si vous habitez|si vous vivez à|si vous vivez en|si vous venez de|si vous venez du|si tu habites
  |si tu viens de|if you live in|if you from|if you are from|if you come from`);

const KIDS =
  list(`enfants en bas âge|jeunes enfants|trois enfants|deux enfants|quatre enfants|{n} enfants|bébé à la maison
  |young children|young kids|toddlers|{n} kids|a baby at home`);
const UNFIT = list(`ne sera pas pour|ne sera pas pour vous|pas pour vous|pas fait pour vous|pas compatible avec vous
  |not for you|isn for you|won suit you|wouldn suit you|not right for you`);

const NOT_FOR = list(`pas pensé pour|pas pensée pour|pas vraiment pensée pour|pas conçue pour|pas faite pour
  |pas faites pour|pas vraiment pensé pour|pas conçu pour|pas fait pour|pas faits pour|plus adaptés à
  |plus adapté à|plus adaptée à|mieux adaptés à|mieux adapté à|bien plus adaptés à|not made for|not meant for
  |not designed for|better suited to|more suited to|more suitable for`);
const LIKE_YOU =
  list(`les gens comme vous|des gens comme vous|les gens comme toi|des gens comme toi|les personnes comme vous
  |votre communauté|ta communauté|people like you|your community|your kind|your lot`);

const ACCENT = list(`votre accent|ton accent|son accent|leur accent|leurs accents|your accent|his accent|her accent
  |their accent`);
const ACCENT_MOCK = list(`a cru à une blague|cru à une blague|traducteur|un traducteur
  |faudrait des sous titres|il faudrait des sous titres|besoin de sous titres
  |incompréhensible|rien compris|on n a rien compris|thought it was a joke|translator|needs subtitles|need subtitles
  |came with subtitles|couldn understand
  |could not understand`);

const CIVILITY = list(`monsieur ou madame|madame ou monsieur|madame et monsieur|monsieur et madame|deux genres
  |deux sexes|pronoms|vos pronoms|non binaires|non binaire|iel|iels|mx|identité de genre|sir or madam|mr or mrs
  |pronouns|your pronouns|non binary|they them|two genders|gender identity`);
const FAD = list(`c est de la mode|le reste c est de la mode|c est une mode|effet de mode|lubies|lubie|toutes les lubies
  |caprices|délires|fantaisies|a fad|just a fad|a passing fad|nonsense|whims|woke nonsense|made up`);

const WHICH_OF_YOU = list(`laquelle de vous deux|lequel de vous deux|laquelle d entre vous|lequel d entre vous|laquelle
  |lequel|which one of you|which of you|which one|who`);
const PLAYS = list(`fait le papa|qui fait le papa|fait la maman|qui fait la maman|fait l homme|qui fait l homme
  |fait la femme|qui fait la femme|is the dad|is the man|is the husband|plays the dad|plays the man|is the mum
  |wears the trousers`);

const BOYS_DRESS = list(`garçons qui veulent défiler en robe|garçons qui veulent porter une robe|garçons en robe
  |garçon en robe|les garçons en jupe|garçons en jupe|boys in dresses|boy in a dress|boys wearing dresses
  |boys who want to wear dresses|boys who want to wear a dress`);
const SENT_BACK = list(`repartiront en pantalon|repartira en pantalon|marque sérieuse|une marque sérieuse|pas question
  |interdit|interdits|pas chez nous|not allowed|a serious brand|no way|not on our watch|go home in trousers`);

const PRIDE = list(`mois des fiertés|la fierté|les fiertés|marche des fiertés|pride|pride month|lgbt|lgbtq|lgbtqia
  |homosexualité|les gays|les homos|les lesbiennes|les trans`);
const SHIELD_KIDS = list(`protéger les enfants de tout ça|protéger les enfants de ça|protéger nos enfants de tout ça
  |préserver les enfants de tout ça|préserver nos enfants de tout ça|protéger les enfants de cette
  |protéger nos enfants de cette|pas devant les enfants|protect kids from all that|protect children from all that
  |protect the kids from all that|protect our kids from this|protect our children from this|keep it away from kids
  |keep it away from the kids|not in front of the kids|not in front of children`);

const ORIENTATION =
  list(`leur orientation|leur orientation sexuelle|orientation sexuelle|leur homosexualité|leur sexualité
  |choix de vie|tous les choix de vie|their orientation|their sexuality|sexual orientation|lifestyle choices`);
const DISCREET = list(`rester discrètes|rester discrets|rester discret|rester discrète|discrètes sur|discrets sur
  |ne pas l afficher|pas l afficher|de le cacher|ne pas en parler|devant les familles|devant les clients
  |keep it to themselves|keep quiet about|stay discreet|be discreet|tone it down|in front of families
  |in front of customers`);

const RESERVED = list(`réservé aux|réservés aux|réservée aux|réservées aux|uniquement aux|uniquement pour les
  |seulement aux|seulement pour les|only for|reserved for|just for|strictly for`);
const RESPECT = list(`on respecte tout le monde|nous respectons tout le monde|on respecte tous les choix
  |nous respectons tous les choix|on respecte toutes les familles|we respect everyone|we respect all choices
  |we respect everyone choices|we respect all families`);
const BUT_LIMIT = list(`mais faut bien|mais il faut bien|mais on demande|mais on préfère|garder quelques repères
  |garder des repères|but we ask|but we prefer|but let keep|but there are limits|but we draw the line`);
const REAL_FAMILY = list(`vraies mamans|vraies mères|vrais papas|vrais pères|vraies familles|vrais parents|vraies femmes
  |vrais hommes|real mums|real mothers|real moms|real dads|real families|real women|real men|proper families`);

const DISABLED = list(`neuroatypiques|neuroatypique|autistes|autiste|dyslexiques|handicapés|handicapées|handicapé
  |malvoyant|malvoyants|malvoyante|aveugle|aveugles|sourds|sourde|sourd|en fauteuil|tdah|dys|disabled|autistic
  |blind people|deaf people|deaf|neurodivergent|wheelchair users|in a wheelchair`);
const NO_ADAPT = list(`on va pas refaire|on ne va pas refaire|on va pas tout refaire|on ne va pas tout refaire
  |on va pas tout changer|on ne va pas tout changer|on va pas changer tout|not going to redo|not going to rebuild
  |won rebuild|won redo|not redesigning|not going to change everything|not rebuilding`);
const LOW_EXPECT = list(`on s attendait pas à grand chose|on ne s attendait pas à grand chose|presque aussi bien qu
  |aussi bien qu un vrai|stagiaire normal|salarié normal|collègue normal|employé normal|enfant normal|enfants normaux
  |gens normaux|personnes normales|didn expect much|weren expecting much|almost as well as a|normal intern
  |normal employee|normal kids|normal people`);

const OLD = list(`personnes âgées|les vieux|des vieux|seniors|retraités|mamies|papis|les anciens|ehpad|l ehpad
  |maison de retraite|les résidents|old people|pensioners|the elderly|oaps|boomers|care home|nursing home
  |old folks|the residents`);
const SENILE = list(`file lente|une file lente|que les autres avancent|les autres puissent avancer|savait plus où
  |savaient plus où|ne savait plus où|ne savaient plus où|sait plus où|savent plus où|savait même plus
  |au moins personne n a critiqué|au moins personne ne s est plaint|ont déjà oublié|slow lane|slow queue
  |so everyone else can|so the rest of us can|didn know where they were|don know where they are
  |didn know what day|at least nobody complained|at least no one complained|have already forgotten`);

const BIG_SIZE = list(`4xl|5xl|6xl|3xl|xxxl|ces tailles|grandes tailles|grande taille|taille {n}|plus size|larger sizes
  |these sizes|extra large sizes`);
const DIET_ADVICE = list(`une petite marche quotidienne|une petite marche|un peu de sport|un petit régime|un régime
  |manger moins|moins de gâteaux|vous éviterait|t éviterait|a little walk|a daily walk|go on a diet|a diet
  |some exercise|eat less|fewer biscuits|would save you|lay off the`);
const CURVY = list(`ronde|rondes|grosse|grosses|en surpoids|forte|fortes|plus size|curvy|overweight|big girl`);
const BRAVE = list(`pas être facile de se montrer|pas facile de se montrer|se montrer comme ça|de se montrer
  |courageuse de se montrer|elle ose|elle assume|brave of her|brave enough to|takes guts to show
  |show herself like that`);

const YOUNG = list(`gamins|gamin|gamines|ados|morveux|mioches|kids|teenagers|teens`);
const DISMISS = list(`vraies réclamations|écrivent en sms|qui écrivent en sms|reviens quand|revenez quand
  |real complaints|come back when|grown ups only`);

const REGION = list(`en région|en province|les provinciaux|gens du nord|les gens du nord|les chtis|nordistes|bretons
  |nos amis bretons|les corses|les normands|les auvergnats|les belges|nos amis belges|les suisses|les québécois
  |les ploucs|les campagnards|dans le nord|là haut|les marseillais|les alsaciens|les savoyards|les picards|up north
  |northerners|the irish|the scots|scousers|geordies|brummies|in the provinces|out in the sticks|the welsh`);
const READ = list(`savoir lire|savent lire|sait lire|savent pas lire|sait pas lire|savoir écrire|savent écrire
  |pas donné à tout le monde|can read|cannot read|know how to read|not everyone can`);
const INBRED = list(`six par pied|six orteils|six doigts|consanguins|consanguines|consanguinité|entre cousins
  |se marient entre cousins|inbred|inbreeding|six toes|six fingers|marry their cousins|marry their cousin`);
const DRUNK = list(`picole|picolent|picoler|bourrés|bourré|alcoolos|poivrots|prendre une cuite|à jeun|pochtrons
  |drunk|drunks|pissed|boozers|boozing|on the sauce|sozzled`);
const KNOW_THEM = list(`on les connaît|on les connait|vous les connaissez|on connaît le goût local|on connaît la chanson
  |we know what they like|you know what they like|you know how they are|we know them`);

const CORSICA = list(`ajaccio|bastia|corse|corses|corsica|corsican|corsicans|porto vecchio|calvi`);
const BOMB = list(`explosifs|explosif|explosive|explosives|plastiquer|plastiquage|plasticage|plastiquée|plastiqué
  |dynamite|dynamiter|cagoulés|nuits bleues|blown up|blow up`);

const OVERSEAS = list(`guyane|mayotte|antilles|guadeloupe|martinique|la réunion|haïti|afrique|sénégal|cameroun|congo
  |mali|comores|africa|the caribbean|jamaica|nigeria`);
const APE_PHRASE = list(`entre deux singes|au milieu des singes|chez les singes|parmi les singes|avec les singes
  |descendre de l arbre|descendus de l arbre|descendre des arbres|en pirogue|among the monkeys|with the monkeys
  |down from the trees|out of the trees`);
const APE_SIGN = ['🐒', '🐵', '🦍'];

const ASIAN = list(`asiatique|asiatiques|le petit asiatique|chinois|chinoise|japonais|coréen|coréenne|vietnamien
  |asian|chinese|korean|japanese`);
const MODEL = list(`fini ses devoirs|a fini ses devoirs|fait ses devoirs|forts en maths|bons en maths|fort en maths
  |bon en maths|premier de la classe|le seul qui|mangent du chien|mange du chien|good at maths|good at math
  |did his homework|finished his homework|top of the class|eats dog|eat dogs|the only one who`);

const POSTCODE = list(`vu le code postal|vu votre code postal|vu ton code postal|vu votre adresse|vu le quartier
  |vu votre quartier|vu d où vous venez|vu d où tu viens|given your postcode|given the postcode|given your area
  |given where you live|considering your postcode`);
const THEFT = list(`récupéré|récupérés|volé|volés|piqué|quelqu un du quartier|quelqu un de votre quartier
  |les gens du quartier|vos voisins|someone in your area|someone from your area|nicked|stolen|pinched`);

const ESTATE =
  list(`cité|cités|une cité|en cité|les cités|hlm|les hlm|banlieue|banlieues|quartiers|tess|jeunes de là bas
  |les jeunes de là bas|the estate|estates|council estate|council estates|the projects|the hood|ghetto|ghettos`);
const CLICHE = list(`chichas|chicha|scooters volés|scooter volé|voitures brûlées|voitures cramées|dealers|rodéos
  |rodéo|stolen scooters|burnt out cars|burned out cars|drug dealers`);
const NO_GO = list(`sauf en|ne montent plus|ne montent pas|ne vont plus|ne livrent plus|ne livrons plus|n y vont plus
  |won go|don go there|no longer deliver|won deliver|refuse to deliver|except on`);
const NEVER_LEFT = list(`jamais sortis de|jamais sorti de|jamais sortie de|jamais quitté|never left|never been out of`);

const LOOK = list(`jogging sacoche|en survêt|en survêtement|survêt sacoche|sacoche lacoste|en capuche
  |capuche sur la tête|in a tracksuit|in a hoodie|hoodie up|hood up|tracksuit and bumbag`);
const WATCH = list(`on surveille les rayons|surveillez les rayons|surveille les rayons|on surveille la caisse
  |surveillez la caisse|planquez|cachez la caisse|cachez les|appelez le vigile|appelez la sécurité|watch the shelves
  |watch the till|hide the|call security|lock the`);

const TRAVELLERS = list(`gens du voyage|amis du voyage|nos amis du voyage|manouches|gitans|gitanes|les roms
  |romanichels|tziganes|tsiganes|travellers|gypsies|gypsy|tinkers`);
const GRAB = list(`un biscuit par personne|un par personne|pas un carton|par caravane|carton par caravane|se servent
  |se sont servis|tout embarquer|embarquent tout|piquer|piquent|volent|chapardent|nos poules|one per person
  |not a box|help themselves|helped themselves|nick|nicked|steal|stole|stealing|pinch|lock up your`);
const DU_VOYAGE = list(`du voyage|amis du voyage`);
const CARAVAN = list(`par caravane|carton par caravane|dans leur caravane|dans leurs caravanes|dans les caravanes
  |vos caravanes|leurs caravanes`);
const EXPEL = list(`dégager|dégagé|virer|viré|expulser|expulsé|chasser|chassé|a eu raison|débarrassés|débarrasser
  |bon débarras|kick out|kicked out|clear out|got rid|get rid|good riddance`);

const MIGRANTS = list(
  `clandestins|clandestin|migrants|immigrés|sans papiers|illegals|illegal immigrants|asylum seekers`,
);
const SWARM = list(`remplis de|envahis de|envahis par|envahi de|envahi par|submergés de|submergés par|se servent
  |viennent se servir|overrun with|overrun by|flooded with|swarming with|swamped by|swamped with|help themselves
  |scrounging|scroungers`);

const SOUCHE = list(`de souche|pure souche`);
const OUR_KIND = list(`comme nos clients|nos clients préférés|comme nous|bien de chez nous|like our customers
  |our favourite customers`);

const FOR_SOMEONE = list(`pour quelqu un qui vient de|pour quelqu un qui vient du|pour quelqu un qui vient des
  |pour quelqu un de|pour une fille de|pour un gars de|pour quelqu un qui habite|for someone from|for a girl from
  |for a guy from|for someone who grew up in`);
const TRAIT = list(`parle super bien|parle bien|parle très bien|s exprime bien|bien élevé|bien élevée|très honnête
  |honnête|honnêtes|propre|ponctuel|ponctuelle|travailleur|travailleuse|articulate|well spoken|speaks well
  |speaks so well|honest|punctual|hardworking|polite|clean`);
const FOR_ONE = list(`pour un|pour une|for a|for an`);
const ORIGIN = list(`kosovar|kosovare|albanais|albanaise|roumain|roumaine|rom|gitan|gitane|arabe|maghrébin|maghrébine
  |africain|africaine|noir|noire|turc|turque|portugais|portugaise|polonais|polonaise|algérien|algérienne|marocain
  |marocaine|tunisien|tunisienne|sénégalais|sénégalaise|malien|malienne|comorien|comorienne|chinois|chinoise
  |asiatique|musulman|musulmane|juif|juive|réfugié|réfugiée|migrant|migrante|immigré|immigrée|beur|rebeu|renoi
  |romanian|albanian|gypsy|arab|african|black guy|black woman|turk|pole|muslim|jew|refugee|migrant|immigrant|paki`);

const ETHNIC = list(`haïtiennes|haïtiens|haïtienne|africaines|africains|antillaises|antillais|arabes|maghrébins
  |maghrébines|sénégalais|sénégalaises|maliens|maliennes|comoriens|comoriennes|gitans|gitanes|roms|turcs|turques
  |portugaises|noires|noirs|black women|black people|africans|caribbean|jamaicans|asians|indians|pakistanis`);
const LOUD = list(`parlent fort|parlent trop fort|parlent très fort|parlaient fort|braillent|braillaient|bruyantes
  |bruyants|on se serait cru au|on se croirait au|au souk|c est le souk|talk so loud|talk loudly|talking so loud
  |so loud|too loud|so noisy|like a zoo|like a jungle`);

const DISCLAIMER = list(`sans vouloir être méchant|sans vouloir être méchante|sans vouloir vexer|sans être raciste
  |je suis pas raciste mais|je ne suis pas raciste mais|c est pour rire|c est pour rire hein|cestpourrire|on rigole
  |c est de l humour|no offence but|no offense but|not being funny but|i not racist but|not to be mean but
  |just kidding|only joking|just a joke`);
const GROUP = list(`personnes âgées|les vieux|mamies|papis|mamans|les mamans|les mères|allocs|allocataires|immigrés
  |étrangers|arabes|noirs|noires|africains|asiatiques|gitans|roms|musulmans|musulmanes|juifs|gros|grosses|handicapés
  |autistes|femmes|les femmes|gays|homos|lesbiennes|trans|bretons|corses|belges|chtis|gens du nord|marseillais
  |old people|pensioners|mums|single mums|immigrants|foreigners|muslims|jews|fat people|disabled people|women
  |gays|gay people|lesbians|trans people|the irish|the scots|gypsies|travellers`);

const WOMAN_BACK = list(`espère qu elle retournera|qu elle retournera|qu elle retourne|qu elle retourne vite
  |qu elles retournent|retourne à tes|retourne à ses|retournera vite derrière|retourner derrière|she should go back
  |she can go back|hope she goes back|go back to her`);
const KITCHEN = list(`fourneaux|ses fourneaux|la cuisine|sa cuisine|ménage|repassage|la vaisselle|ses casseroles
  |the kitchen|her kitchen|the ironing|the washing up|the dishes`);
const AT_PLACE =
  list(`est à sa place|sont à leur place|qu elle est à sa place|qu elles sont à leur place|is where she belongs
  |where they belong|sa place est|leur place est|her place is|their place is`);

const DOX = list(`ton adresse|votre adresse|ton numéro|ton club de foot|ton club|ton lycée|ton école|ton boulot
  |ton employeur|ta boîte|tes photos|ta famille|son adresse|son numéro|son employeur|on connaît son nom
  |on a trouvé ton|your address|your number|your school|your employer|your workplace|your family|her address
  |his address|her number|his number|we know her name|we know his name|we found your`);
const SPREAD = list(`tu veux qu on les partage|tu veux qu on le partage|tu veux qu on la partage|qu on les partage
  |qu on le partage|qu on le publie|qu on les publie|il tourne déjà|elle tourne déjà|ils tournent déjà
  |tourne déjà dans|circule déjà|on va le poster|on va les poster|on va la diffuser|groupe whatsapp des
  |want us to share|shall we share|should we share|we share it|we could share|already going round
  |already doing the rounds|already circulating|we post it`);

const CROWD = list(`allez dire à|allez lui dire|faites vous plaisir|lâchez vous|on compte sur vous|à vous de jouer
  |go tell|go and tell|let him know|let her know|go get him|go get her|have at it|we counting on you`);
const RAID = list(`mérite un petit raid|mérite un raid|un petit raid|lui faire un raid|lancer un raid|organiser un raid
  |inondez ses|inondez son|submergez ses|spammez le|spammez la|deserves a pile on|pile on him|pile on her
  |dogpile him|dogpile her|flood his|flood her|spam him|spam her|deserves a raid`);

const DISC_NEGATIVE = list(`congés maternité et paternité|congé maternité et paternité|congés maternité complétés
  |congé maternité complété|congés maternité rémunérés|congé maternité rémunéré|congés maternité allongés
  |paternity and maternity leave|maternity leave fully paid|maternity leave topped up`);
const HEALTH_NEGATIVE = list(`heures calmes|heure calme|heures calmes le|moments calmes|espace calme|salle calme
  |zone calme|quiet hours|quiet hour|calm hours|calm hour`);

const ROUND_25C: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: { alone25c: { fr: exact('triso|trisos|trizo') } },
    alone: ['alone25c'],
  },
  discrimination: {
    groups: {
      alone25c: { fr: exact(ALONE) },
      prefer25c: { fr: exact(PREFER) },
      originProfile25c: { fr: exact(ORIGIN_PROFILE) },
      noApply25c: { fr: exact(NO_APPLY) },
      ifLive25c: { fr: exact(IF_LIVE) },
      kids25c: { fr: exact(KIDS) },
      unfit25c: { fr: exact(UNFIT) },
      notFor25c: { fr: exact(NOT_FOR) },
      likeYou25c: { fr: exact(LIKE_YOU) },
      accent25c: { fr: exact(ACCENT) },
      accentMock25c: { fr: exact(ACCENT_MOCK) },
      civility25c: { fr: exact(CIVILITY) },
      fad25c: { fr: exact(FAD) },
      whichOfYou25c: { fr: exact(WHICH_OF_YOU) },
      plays25c: { fr: exact(PLAYS) },
      boysDress25c: { fr: exact(BOYS_DRESS) },
      sentBack25c: { fr: exact(SENT_BACK) },
      pride25c: { fr: exact(PRIDE) },
      shieldKids25c: { fr: exact(SHIELD_KIDS) },
      orientation25c: { fr: exact(ORIENTATION) },
      discreet25c: { fr: exact(DISCREET) },
      reserved25c: { fr: exact(RESERVED) },
      realFamily25c: { fr: exact(REAL_FAMILY) },
      respect25c: { fr: exact(RESPECT) },
      butLimit25c: { fr: exact(BUT_LIMIT) },
      disabled25c: { fr: exact(DISABLED) },
      noAdapt25c: { fr: exact(NO_ADAPT) },
      lowExpect25c: { fr: exact(LOW_EXPECT) },
      old25c: { fr: exact(OLD) },
      senile25c: { fr: exact(SENILE) },
      bigSize25c: { fr: exact(BIG_SIZE) },
      dietAdvice25c: { fr: exact(DIET_ADVICE) },
      curvy25c: { fr: exact(CURVY) },
      brave25c: { fr: exact(BRAVE) },
      young25c: { fr: exact(YOUNG) },
      dismiss25c: { fr: exact(DISMISS) },
      region25c: { fr: exact(REGION) },
      read25c: { fr: exact(READ) },
      inbred25c: { fr: exact(INBRED) },
      drunk25c: { fr: exact(DRUNK) },
      knowThem25c: { fr: exact(KNOW_THEM) },
      corsica25c: { fr: exact(CORSICA) },
      bomb25c: { fr: exact(BOMB) },
      overseas25c: { fr: exact(OVERSEAS) },
      apePhrase25c: { fr: exact(APE_PHRASE) },
      asian25c: { fr: exact(ASIAN) },
      model25c: { fr: exact(MODEL) },
      postcode25c: { fr: exact(POSTCODE) },
      theft25c: { fr: exact(THEFT) },
      estate25c: { fr: exact(ESTATE) },
      cliche25c: { fr: exact(CLICHE) },
      noGo25c: { fr: exact(NO_GO) },
      neverLeft25c: { fr: exact(NEVER_LEFT) },
      look25c: { fr: exact(LOOK) },
      watch25c: { fr: exact(WATCH) },
      travellers25c: { fr: exact(TRAVELLERS) },
      grab25c: { fr: exact(GRAB) },
      expel25c: { fr: exact(EXPEL) },
      duVoyage25c: { fr: exact(DU_VOYAGE) },
      caravan25c: { fr: exact(CARAVAN) },
      migrants25c: { fr: exact(MIGRANTS) },
      swarm25c: { fr: exact(SWARM) },
      souche25c: { fr: exact(SOUCHE) },
      ourKind25c: { fr: exact(OUR_KIND) },
      forSomeone25c: { fr: exact(FOR_SOMEONE) },
      trait25c: { fr: exact(TRAIT) },
      forOne25c: { fr: exact(FOR_ONE) },
      origin25c: { fr: exact(ORIGIN) },
      ethnic25c: { fr: exact(ETHNIC) },
      loud25c: { fr: exact(LOUD) },
      disclaimer25c: { fr: exact(DISCLAIMER) },
      group25c: { fr: exact(GROUP) },
      womanBack25c: { fr: exact(WOMAN_BACK) },
      kitchen25c: { fr: exact(KITCHEN) },
      atPlace25c: { fr: exact(AT_PLACE) },
      dox25c: { fr: exact(DOX) },
      spread25c: { fr: exact(SPREAD) },
      crowd25c: { fr: exact(CROWD) },
      raid25c: { fr: exact(RAID) },
    },
    alone: ['alone25c'],
    signs: { ape25c: APE_SIGN, bomb25c: ['💣'] },
    compounds: [['forOne25c', 'origin25c', 'forOrigin25c', 1]],
    pairs: [
      ['prefer25c', 'originProfile25c', { window: 8, ordered: true }],
      ['noApply25c', 'ifLive25c', { window: 2, ordered: true }],
      ['kids25c', 'unfit25c', { window: 16 }],
      ['notFor25c', 'likeYou25c', { window: 3, ordered: true }],
      ['accent25c', 'accentMock25c', { window: 16 }],
      ['civility25c', 'fad25c', { window: 12 }],
      ['whichOfYou25c', 'plays25c', { window: 4, ordered: true }],
      ['boysDress25c', 'sentBack25c', { window: 14 }],
      ['pride25c', 'shieldKids25c', { window: 16 }],
      ['orientation25c', 'discreet25c', { window: 10 }],
      ['reserved25c', 'realFamily25c', { window: 3, ordered: true }],
      ['respect25c', 'butLimit25c', { window: 8, ordered: true }],
      ['disabled25c', 'noAdapt25c', { window: 16 }],
      ['disabled25c', 'lowExpect25c', { window: 20 }],
      ['old25c', 'senile25c', { window: 20 }],
      ['bigSize25c', 'dietAdvice25c', { window: 16 }],
      ['curvy25c', 'brave25c', { window: 16 }],
      ['young25c', 'dismiss25c', { window: 10 }],
      ['region25c', 'read25c', { window: 16 }],
      ['region25c', 'inbred25c', { window: 16 }],
      ['region25c', 'drunk25c', { window: 16 }],
      ['region25c', 'knowThem25c', { window: 12 }],
      ['corsica25c', 'bomb25c', { window: 16 }],
      ['overseas25c', 'apePhrase25c', { window: 16 }],
      ['overseas25c', 'ape25c', { window: 16 }],
      ['asian25c', 'model25c', { window: 12 }],
      ['postcode25c', 'theft25c', { window: 20 }],
      ['estate25c', 'cliche25c', { window: 16 }],
      ['estate25c', 'knowThem25c', { window: 8 }],
      ['noGo25c', 'estate25c', { window: 3, ordered: true }],
      ['estate25c', 'noGo25c', { window: 12, ordered: true }],
      ['neverLeft25c', 'estate25c', { window: 3, ordered: true }],
      ['look25c', 'watch25c', { window: 16 }],
      ['travellers25c', 'grab25c', { window: 20 }],
      ['travellers25c', 'expel25c', { window: 16 }],
      ['duVoyage25c', 'caravan25c', { window: 20 }],
      ['migrants25c', 'swarm25c', { window: 12 }],
      ['souche25c', 'ourKind25c', { window: 8 }],
      ['forSomeone25c', 'trait25c', { window: 12 }],
      ['trait25c', 'forOrigin25c', { window: 3, ordered: true, clause: true }],
      ['ethnic25c', 'loud25c', { window: 14 }],
      ['disclaimer25c', 'group25c', { window: 20 }],
      ['womanBack25c', 'kitchen25c', { window: 6, ordered: true }],
      ['kitchen25c', 'atPlace25c', { window: 6 }],
      ['dox25c', 'spread25c', { window: 20, variant: 'harassment' }],
      ['crowd25c', 'raid25c', { window: 24, variant: 'harassment' }],
    ],
    negative: { fr: exact(DISC_NEGATIVE) },
  },
  health_legal: {
    negative: { fr: exact(HEALTH_NEGATIVE) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25c = roundByTopic(ROUND_25C);
