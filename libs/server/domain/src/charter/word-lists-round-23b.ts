// Twenty-third round, second reading (`withRound23b` adds it to every topic's rules), from `holdout-29` and the two
// sets written to find what word lists miss (`train-az`: discrimination said without the group's usual word;
// `train-ba`: insults in comparisons, regional slang and mock politeness), by family:
// Discrimination and harassment:
// - tropes said of a couple or a person: "c'est laquelle qui fait le papa ?", "girls with stubble", "never had a
//   girlfriend" with 💅 or a pink drink, a father's parental leave called a paid holiday, "dumbed down for the
//   girlfriends", "opens without reading the instructions" for women;
// - a disability, a stammer or dyslexia laughed at (more words for the base rules' `disabled` + 😂), "Rain Man",
//   depression mocked ("I'd love to be depressed on a beach"), wheelchair users sent to "your next life";
// - origin: "fresh off the boat" said of people, "is this still England?", "didn't hear a word of English", "eyes
//   like that" of an Asian driver, "a country where they still ride donkey carts", "l'heure africaine", a banana
//   left "so he feels at home", a new colleague who "smells of curry", "vegetarian families only, no North-East
//   people";
// - class and place: the unemployed and the poor ("welfare crowd", "checked he still knew how an alarm clock
//   works"), areas named with suspicion ("surprisingly clean", "you know who", "you'll understand why", extra
//   security "nothing to do with the locals"), regions as lazy ("le temps qu'il finisse sa sieste") or toothless;
// - hiring: a maximum size ("taille 36 maximum", "size 10 max"), a size told a sport is not for them, the religion
//   asked on a CV, "people who fast, apply elsewhere", "not the right time for you" to the pregnant, and dress codes
//   that send away ("there's the door");
// - body shaming: "avec ton physique t'as rien à faire…", a whale emoji at a customer, "bourrelets dégoûtants";
// - harassment: a person's workplace given to those who "would like a word with" them, a follower base told "you
//   know what to do" at someone who "needs a lesson", "plenty of jobs elsewhere";
// - condescension: "bless their little hearts" said of a group.
// Insults: a faculty measured against a thing ("the spatial awareness of a wheelie bin", "the collective brain cell
// of a soggy digestive", "aussi aimable qu'une porte de prison"), regional words ("bampot", "langer", "doos",
// "nalayak", "hoser", "bièsse", "épais dans'brume"), "💩" said of a person, "half-wits", "dumber than a bag of".
// Politics: voting hinted ("remember who cut … when you're in that booth"), abstention declared ("jvote pas
// dimanche"), election promises mocked, the councillors called clowns, parliaments by their building's name.
// Religion: faith in "Him" professed. Confidential: shops that "might not be around after January", jobs "supprimés",
// a "doc confidentiel". Health: a drink or a supplement for reflexes, vitality or immunity.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { combos, exact, list } from './word-lists-discrimination';

const ALONE = list(`laquelle qui fait le papa|c est laquelle qui fait le papa|laquelle fait le papa|lequel fait la maman
  |lequel qui fait la maman|c est lequel qui fait la maman
  |which one's the dad|which one is the dad|which one's the man|which one is the man|who's the man in the relationship
  |qui fait l homme|qui fait l homme dans le couple|girls with stubble|ladies with stubble|filles qui ont de la barbe
  |dumbed down for the|version simplifiée pour les copines|simplified for the girlfriends|without reading the instructions
  |sans lire le mode d emploi|rain man|version rain man|i'd love to be depressed|love to be depressed too
  |j aimerais bien déprimer|moi aussi j aimerais bien déprimer|is this still england|is this still britain|is this still france|are we still in england
  |est ce encore la france|on est encore en france|sommes nous encore en france|didn't hear a word of english
  |didn't hear one word of english|pas entendu un mot de français|off the banana boat|heure africaine|l heure africaine
  |african time|pour qu il se sente chez lui|vegetarian families only|veg families only
  |no north east people|no northeast people|no north easterners|welfare crowd|the welfare crowd|how an alarm clock works
  |savait encore régler un réveil|crisps before paying the rent|chips avant de payer le loyer|bless their little hearts|bless their hearts
  |bless their butter churning little hearts|nothing to do with the locals|rien à voir avec la clientèle évidemment
  |bourrelets dégoûtants|vos bourrelets dégoûtants|disgusting rolls|un corps qu on ose montrer|state your religion
  |indiquer votre religion|indiquez votre religion|votre religion et votre niveau de pratique|how observant you are
  |kneeling five times a day|se mettre à genoux cinq fois par jour|people who fast please apply elsewhere
  |ceux qui jeûnent postulez ailleurs|plenty of jobs elsewhere|plenty of other jobs out there|il y a plein de postes ailleurs
  |d autres boîtes recrutent`);
/** Said of a group or of what its members wear (the base rules' `group` and `attire` + `contempt`). */
const CONTEMPT = list(`there's the door|la porte est là|c est la porte|the door is that way`);
const NEXT_LIFE = list(`in your next life|maybe in your next life|dans une autre vie|ce sera dans une autre vie`);

const SIZES_FR = Array.from({ length: 9 }, (_, k) => String(32 + 2 * k));
const SIZES_UK = Array.from({ length: 7 }, (_, k) => String(4 + 2 * k));
/** A maximum size, a hiring criterion beside a job (`hire`): "vendeuse recherchée, taille 36 maximum". */
const SIZE_MAX = [
  ...combos(
    SIZES_FR.map((n) => `taille ${n}`),
    ['maximum', 'max', 'maxi', 'grand maximum'],
  ),
  ...combos(
    SIZES_UK.map((n) => `size ${n}`),
    ['maximum', 'max', 'or under', 'or smaller', 'and under'],
  ),
];
const SOUGHT = list(`recherché|recherchée|recherchés|recherchées|on recrute|nous recrutons|recrute|recrutement
  |we're hiring|hiring|wanted|poste|job|role`);
const BIG_SIZE = [
  ...list('44|46|48|50|52|54').map((n) => `si tu fais du ${n}`),
  ...list('18|20|22|24|26').flatMap((n) => [`if you're a size ${n}`, `if you are a size ${n}`]),
];
const NOT_FOR =
  list(`c est pas pour toi|ce n est pas pour toi|n est pas pour toi|pas pour toi|isn't for you|is not for you
  |not for you|libère la piste|leave the bike lane`);

const NO_GIRLFRIEND = list(`never had a girlfriend|never has a girlfriend|jamais de copine|jamais eu de copine
  |n a jamais de copine|n a jamais eu de copine`);
const PINK = list(`pink cocktail|pink drink|cocktail rose|en rose|wears pink|porte du rose`);
const PARENTAL = list(
  `parental leave|shared parental leave|paternity leave|congé parental|congé paternité|papa en congé`,
);
const HOLIDAY = list(`paid holiday|paid holidays|vacances payées|call that a holiday|appelle ça des vacances`);
const DUMBED = list(
  `dumbed down for|simplified for|version simplifiée pour|en version simplifiée pour|expliqué simplement pour`,
);
const WOMEN = list(`girlfriends|the girlfriends|women|ladies|wives|copines|les copines|femmes|épouses|mesdames`);

const FOB = list(`fresh off the boat|just off the boat|straight off the boat|fraîchement débarqués|fraîchement débarqué
  |tout juste débarqués|tout juste débarqué`);
const PEOPLE_HERE = list(`driver|drivers|uber driver|taxi driver|cabbie|cabbies|guy|guys|lot|workers|staff|cashier
  |neighbours|neighbour|family|families|chauffeur|chauffeurs|livreur|livreurs|caissier|caissière|voisins|voisin
  |famille|familles|mec|gars`);
const EYES = list(
  `eyes like that|eyes like those|with those eyes|avec des yeux pareils|avec ces yeux là|avec ces yeux`,
);
const ASIAN = list(`shanghai|beijing|chinese|china|asian|korean|japanese|vietnamese|chinois|chinoise|asiatique|coréen
  |japonais|vietnamien|pékin`);
const BACKWARD_COUNTRY = list(`country where they still|a country where people still|pays où on roule encore
  |pays où ils roulent encore|pays où on|pays où ils`);
const CARTS =
  list(`donkey carts|donkey cart|donkeys|on donkeys|charrette|charrettes|en charrette|dos d âne|camels|chameaux
  |eat with their hands|mangent avec les doigts`);
const NEW_COLLEAGUE =
  list(`le nouveau|la nouvelle|new starter|the new starter|new guy|the new guy|new girl|new colleague
  |nouveau collègue|nouvelle collègue|collègue|colleague|voisin|voisine|neighbour|stagiaire|intern`);
const SMELLS = list(`sent le curry|smells of curry|smell of curry|odeur de curry|sent le kebab|smells of kebab`);
const BANANA = list(`banane|une banane|banana|a banana`);
const AT_HOME = list(`se sente chez lui|se sente chez elle|feel at home|feels at home|comme chez lui|comme chez elle`);

/** Areas spoken of as their residents. */
const AREAS = list(`sarcelles|croydon|tottenham|peckham|saint denis|seine saint denis|la courneuve|bobigny|vénissieux
  |bradford|brixton|grigny|les minguettes|le mirail|clichy sous bois|aulnay|broadwater estate|les quartiers nord
  |quartiers nord|roubaix|le 93|dans le 93|the projects|the hood`);
const AREA_JIBE =
  list(`surprisingly clean|actually really clean|actually clean|didn't expect that|on ne s y attendait pas
  |étonnamment propre|vraiment propre|you know who|vous savez qui|you'll understand why|vous comprendrez pourquoi
  |pas vendus hein disparus|not sold vanished|pay before you pump|payez avant de servir`);
const REGIONS = list(`corse|la corse|en corse|corses|cornwall|cornish|up north|the north|le nord|du nord|nordistes
  |norfolk|the valleys|bretagne|bretons|belges|belgique`);
const LAZY = list(`finisse sa sieste|finit sa sieste|pasties and naps|ne bossent pas|don't work|only work between
  |allergic to work|allergiques au travail|quatre dents|four teeth|three teeth|trois dents|pas tous leurs dents`);
const SECURITY = list(`security|extra security|vigile|vigiles|sécurité|guards|bouncer|videur`);
const LOCALS = list(`nothing to do with the locals|rien à voir avec la clientèle|rien à voir avec les gens du coin
  |rien à voir avec les habitants`);

const POOR = list(`chômage|au chômage|chômeur|chômeurs|chômeuse|on benefits|unemployed|allocataires|rsa|au rsa
  |welfare|on the dole|jobseekers`);
const POOR_SCORN = list(`still knew how an alarm clock|encore régler un réveil|savait encore se lever|lazy|feignants
  |fainéants|crisps before|chips avant|too lazy to work|trop feignants pour bosser`);
const MATERNITY = list(`maternity leave|congé maternité|back from maternity|rentrent de congé maternité`);
const NANNY = list(`whenever the childminder turns up|when the childminder turns up|quand la nounou arrive
  |quand la nounou sera là|whenever the nanny arrives`);
const PREGNANT = list(`enceintes|enceinte|pregnant|projet bébé|planning a baby|baby plans`);
const NOT_NOW = list(`pas le bon moment pour vous|not the right time for you|not the right moment for you
  |wrong time for you`);

const WITH_BODY = list(`avec ton physique|avec ce physique|avec ta silhouette|avec ton poids|avec ton gabarit
  |with your body|with that body|with your weight|with your build|with your figure`);
const NO_PLACE = list(`t as rien à faire|tu n as rien à faire|rien à faire sur|no business|have no business
  |has no business|arrête la course|arrête le sport|tu fais honte|you're an embarrassment|you embarrass`);
const WOMAN_CUSTOMER = list(`contrairement à la dame|unlike the lady|unlike the woman|comme la dame|like the lady
  |contrairement à la cliente|unlike the customer`);

const WANT_A_WORD = list(`would like a word with|like a word with|want a word with|qui veulent dire deux mots à
  |veulent dire deux mots|envie de dire deux mots`);
const WORKS_AT = list(`he works at|she works at|works at the|il bosse à|elle bosse à|il travaille à|elle travaille à`);
const LESSON = list(`needs a lesson|need a lesson|deserves a lesson|mérite qu on lui explique la vie|mérite une leçon
  |needs to be taught`);
const KNOW_WHAT = list(`you know what to do|vous savez quoi faire|vous savez ce qu il vous reste à faire
  |you know what needs doing`);

const DISABLED_MORE = list(`bégaie|bégaye|bégayer|stutters|stammers|dyslexique|dyslexiques|dyslexic|dyslexics
  |deaf gentleman|the deaf gentleman|le monsieur sourd|monsieur sourd`);

const FACULTY = list(`spatial awareness|aesthetic sense|sense of style|collective brain cell|brain cell|racecraft
  |road sense|charisma|people skills|bedside manner|comic timing|sense of direction|fashion sense|musical ear
  |situational awareness|tactical nous|amabilité|sens de l orientation|sens du style|finesse|sens du rythme`);
const OF_A = list(`of a|of an|d un|d une|qu un|qu une`);
const THINGS = list(`wheelie bin|bin bag|soggy digestive|digestive|motorway service station|service station|traffic cone
  |shopping cart|shopping trolley|wonky wheel|bag of hair|bag of rocks|bag of hammers|box of rocks|sack of spanners
  |garden gnome|potato|wet lettuce|plank of wood|lamppost|fridge|toaster|brick|porte de prison|poubelle|pot de yaourt
  |moule à gaufres|parpaing|endive|bulot|huître|tondeuse|frigo|courgette`);
const AS_AS = list(`aussi aimable qu|aussi futé qu|aussi malin qu|aussi vif qu|as sharp as|as bright as|as useful as
  |dumber than|thicker than|dimmer than|plus bête qu`);
/** "Langer" (Cork), but not a French "table à langer" (a changing table); nor "la FFS" (the ski federation), a bastard file (a tool), Dildo (Newfoundland). */
const INSULTS_EN = list(`langer|langers`);
const NOT_INSULTS = list(`à langer|table à langer|tables à langer|sac à langer|sacs à langer|matelas à langer
  |plan à langer|espace à langer|la ffs|de la ffs|à la ffs|fédération française de ski|bastard file|bastard files
  |bastard cut|dildo newfoundland|dildo nl`);
const INSULTS = list(`bampot|bampots|absolute doos|total doos|jou doos|nalayak|certified nalayak|total ullu
  |hoser|hosers|bièsse|épais dans la brume|épais dans brume|épais dans'brume|half wits|half wit|halfwits|halfwit
  |surrounded by half wits|bande d ahuris|une équipe d ahuris|chauffard du dimanche|useless windbag|brainwashed sheep
  |dumbest people on earth|talentless hack|talentless hacks|flamin galah|flaming galah|you're a galah|même ma grand mère code mieux
  |même ma grand mère conduit mieux|même ma grand mère joue mieux|my nan could do better|my gran drives better`);
const POO = ['💩'];
const PERSON = list(`you're a|you are a|t es un|t es une|tu es un|tu es une|en tablier|in an apron`);

const VOTE_HINT =
  list(`remember who cut|remember who voted|remember who raised|don't forget who voted|don't forget who cut
  |souvenez vous de qui|n oubliez pas qui a voté|n oubliez pas qui a supprimé|in the voting booth|in the polling booth
  |dans l isoloir`);
const ABSTAIN = list(`jvote pas|jvote pa|j vote pas|je vote pas dimanche|je ne vote pas dimanche|jvais pas voter
  |je vais pas voter|je n irai pas voter|not voting this time|i won't be voting|won't be voting this|not voting again`);
const PROMISES = list(`another election another|election promises|campaign promises|promesses électorales
  |promesses de campagne|before the next election|avant les prochaines élections|election freebies`);
const CLOWNS = list(`clowns who run|idiots who run|muppets who run|numpties who run|clowns running|idiots running
  |clowns at|guignols de la mairie|guignols qui dirigent|incompétents de la mairie`);
const COUNCIL = list(`the local council|the council|city hall|town hall|la mairie|le conseil municipal|the country
  |le pays`);
/** Parliaments named by their building (institutions: the politics rules' weak mentions). */
const PARLIAMENTS = list(`leinster house|the dáil|the dail|the senedd|lok sabha|rajya sabha`);

const ANOTHER_ELECTION = list(
  `another election|encore une élection|une élection de plus|every election|à chaque élection`,
);
const PROMISE = list(`promise|promises|promesse|promesses|pledge|pledges`);
const DRAFTED =
  list(`whoever drafted|whoever wrote|whoever came up with|celui qui a écrit|ceux qui ont pondu|qui a pondu
  |ceux qui ont écrit`);
const LAW = list(`law|loi|regulation|regulations|réglementation|bill|décret|decree|directive`);

const FAITH_IN = list(`faith in|trust in|foi en|confiance en`);
const HIM = list(`^Him|^Lui|^Jesus|^Jésus|^Lord|^Seigneur`);

const SHOPS = list(`shops|shop|stores|store|magasins|magasin|boutiques|boutique|usine|factory|plant|site|depot|dépôt`);
const GONE_SOON = list(`might not be around after|may not be around after|won't be around after|ne seront plus là après
  |ne sera plus là après|ne sera peut être plus là après|ne seront peut être plus là après`);

const JOBS = list(`postes|emplois|jobs|roles|positions|posts|headcount`);
const CUT =
  list(`supprimés|supprimées|seront supprimés|vont être supprimés|to be cut|will be cut|will be axed|axed|cut by
  |will go|are going|disparaissent|vont disparaître`);
const CONFIDENTIAL_DOCS = list(`doc confidentiel|document confidentiel|docs confidentiels|documents confidentiels
  |note confidentielle|confidential doc|confidential document|confidential deck|confidential memo`);
const EFFECT = list(`réflexes|reflexes|vitalité|vitality|immunité|immunity|défenses immunitaires|immune system`);
const PRODUCT = list(`boisson|drink|energy drink|boisson énergisante|infusion|gélule|gélules|capsule|capsules|supplement
  |complément|complément alimentaire|shot|shots|tisane|smoothie|yaourt|yoghurt`);
const PROPER_FAMILIES = list(`proper families|real families|normal families|vraies familles|familles normales
  |traditional families|familles traditionnelles|vraie famille|proper family`);
const OTHER_KIND = list(`not the other kind|pas l autre genre|pas les autres|not those|mum dad and the kids
  |papa maman et les enfants|not the other sort`);
const OLDER = list(`older customers|dear older|seniors|pensioners|oldies|nos aînés|mamies|papis|boomers|grannies
  |grandads`);
const NAGGING = list(`every five minutes|toutes les cinq minutes|before ringing|avant d appeler|stop ringing
  |arrêtez d appeler|ask the grandkids before|demandez aux petits enfants avant`);
const DRIVES = list(`drives like|drive like|conduit comme|learned on a|learned to drive on a|appris sur un
  |appris à conduire sur|a appris à conduire sur`);
const RIDES = list(`rickshaw|tuk tuk|donkey cart|charrette|chameau|camel|dromadaire|pousse pousse`);

const ROUND_23B: Readonly<Record<string, RuleExtension>> = {
  discrimination: {
    groups: {
      alone23b: { fr: exact(ALONE) },
      sizeMax23b: { fr: exact(SIZE_MAX) },
      sought23b: { fr: exact(SOUGHT) },
      contempt: { fr: exact(CONTEMPT) },
      nextLife23b: { fr: exact(NEXT_LIFE) },
      disabled: { fr: exact(DISABLED_MORE) },
      bigSize23b: { fr: exact(BIG_SIZE) },
      notFor23b: { fr: exact(NOT_FOR) },
      noGirlfriend23b: { fr: exact(NO_GIRLFRIEND) },
      pink23b: { fr: exact(PINK) },
      parental23b: { fr: exact(PARENTAL) },
      holiday23b: { fr: exact(HOLIDAY) },
      dumbed23b: { fr: exact(DUMBED) },
      women23b: { fr: exact(WOMEN) },
      fob23b: { fr: exact(FOB) },
      peopleHere23b: { fr: exact(PEOPLE_HERE) },
      eyes23b: { fr: exact(EYES) },
      asian23b: { fr: exact(ASIAN) },
      backward23b: { fr: exact(BACKWARD_COUNTRY) },
      carts23b: { fr: exact(CARTS) },
      newColleague23b: { fr: exact(NEW_COLLEAGUE) },
      smells23b: { fr: exact(SMELLS) },
      banana23b: { fr: exact(BANANA) },
      atHome23b: { fr: exact(AT_HOME) },
      areas23b: { fr: exact(AREAS) },
      areaJibe23b: { fr: exact(AREA_JIBE) },
      regions23b: { fr: exact(REGIONS) },
      lazy23b: { fr: exact(LAZY) },
      security23b: { fr: exact(SECURITY) },
      locals23b: { fr: exact(LOCALS) },
      poor23b: { fr: exact(POOR) },
      poorScorn23b: { fr: exact(POOR_SCORN) },
      maternity23b: { fr: exact(MATERNITY) },
      nanny23b: { fr: exact(NANNY) },
      pregnant23b: { fr: exact(PREGNANT) },
      notNow23b: { fr: exact(NOT_NOW) },
      withBody23b: { fr: exact(WITH_BODY) },
      noPlace23b: { fr: exact(NO_PLACE) },
      womanCustomer23b: { fr: exact(WOMAN_CUSTOMER) },
      wantAWord23b: { fr: exact(WANT_A_WORD) },
      worksAt23b: { fr: exact(WORKS_AT) },
      lesson23b: { fr: exact(LESSON) },
      knowWhat23b: { fr: exact(KNOW_WHAT) },
      properFamilies23b: { fr: exact(PROPER_FAMILIES) },
      otherKind23b: { fr: exact(OTHER_KIND) },
      older23b: { fr: exact(OLDER) },
      nagging23b: { fr: exact(NAGGING) },
      drives23b: { fr: exact(DRIVES) },
      rides23b: { fr: exact(RIDES) },
    },
    alone: ['alone23b'],
    signs: {
      whale23b: ['🐳', '🐋'],
      ape23b: ['🐒', '🐵', '🦍'],
      nails23b: ['💅'],
      bananaSign23b: ['🍌'],
      granny23b: ['👵', '👴'],
    },
    pairs: [
      ['hire', 'sizeMax23b', { window: 14, variant: 'hiring' }],
      ['sought23b', 'sizeMax23b', { window: 14, variant: 'hiring' }],
      ['bigSize23b', 'notFor23b', { window: 12, ordered: true }],
      ['disabled', 'nextLife23b', { window: 14 }],
      ['noGirlfriend23b', 'pink23b', { window: 16 }],
      ['noGirlfriend23b', 'nails23b', { window: 16 }],
      ['parental23b', 'holiday23b', { window: 14 }],
      ['dumbed23b', 'women23b', { window: 6, ordered: true }],
      ['fob23b', 'peopleHere23b', { window: 8 }],
      ['eyes23b', 'asian23b', { window: 16 }],
      ['backward23b', 'carts23b', { window: 8, ordered: true }],
      ['newColleague23b', 'smells23b', { window: 10 }],
      ['newColleague23b', 'ape23b', { window: 20 }],
      ['banana23b', 'atHome23b', { window: 12 }],
      ['bananaSign23b', 'atHome23b', { window: 12 }],
      ['areas23b', 'areaJibe23b', { window: 16 }],
      ['regions23b', 'lazy23b', { window: 16 }],
      ['security23b', 'locals23b', { window: 16 }],
      ['poor23b', 'poorScorn23b', { window: 16 }],
      ['maternity23b', 'nanny23b', { window: 16 }],
      ['pregnant23b', 'notNow23b', { window: 14, variant: 'hiring' }],
      ['withBody23b', 'noPlace23b', { window: 14, variant: 'harassment' }],
      ['womanCustomer23b', 'whale23b', { window: 20, variant: 'harassment' }],
      ['wantAWord23b', 'worksAt23b', { window: 30, variant: 'harassment' }],
      ['lesson23b', 'knowWhat23b', { window: 20, variant: 'harassment' }],
      ['properFamilies23b', 'otherKind23b', { window: 14 }],
      ['older23b', 'nagging23b', { window: 25 }],
      ['granny23b', 'nagging23b', { window: 25 }],
      ['drives23b', 'rides23b', { window: 8, ordered: true }],
    ],
  },
  insult: {
    groups: {
      strong: { fr: exact(INSULTS, INSULTS_EN) },
      faculty23b: { fr: exact(combos(FACULTY, OF_A)) },
      asAs23b: { fr: exact(AS_AS) },
      things23b: { fr: exact(THINGS) },
      person23b: { fr: exact(PERSON) },
    },
    negative: { fr: exact(NOT_INSULTS) },
    signs: { poo23b: POO },
    pairs: [
      ['faculty23b', 'things23b', { window: 6, ordered: true, clause: true }],
      ['asAs23b', 'things23b', { window: 4, ordered: true, clause: true }],
      ['person23b', 'poo23b', { window: 2 }],
    ],
  },
  politics: {
    groups: {
      strong: { fr: exact(VOTE_HINT, ABSTAIN, PROMISES) },
      weak: { fr: exact(PARLIAMENTS) },
      clowns23b: { fr: exact(CLOWNS) },
      council23b: { fr: exact(COUNCIL) },
      anotherElection23b: { fr: exact(ANOTHER_ELECTION) },
      promise23b: { fr: exact(PROMISE) },
      drafted23b: { fr: exact(DRAFTED) },
      law23b: { fr: exact(LAW) },
    },
    pairs: [
      ['clowns23b', 'council23b', { window: 4, ordered: true }],
      ['anotherElection23b', 'promise23b', { window: 6, ordered: true }],
      ['drafted23b', 'law23b', { window: 8, ordered: true }],
    ],
  },
  religion: {
    groups: { faithIn23b: { fr: exact(FAITH_IN) }, him23b: { fr: HIM.join('|') } },
    pairs: [['faithIn23b', 'him23b', { window: 1, ordered: true, clause: true }]],
    negative: { fr: exact(list('le jeûne intermittent|du jeûne intermittent|un jeûne intermittent')) },
  },
  confidential: {
    groups: {
      alone: { fr: exact(CONFIDENTIAL_DOCS) },
      shops23b: { fr: exact(SHOPS) },
      goneSoon23b: { fr: exact(GONE_SOON) },
      jobs23b: { fr: exact(JOBS) },
      cut23b: { fr: exact(CUT) },
    },
    pairs: [
      ['shops23b', 'goneSoon23b', { window: 12 }],
      ['jobs23b', 'cut23b', { window: 6 }],
    ],
  },
  health_legal: {
    groups: { effect23b: { fr: exact(EFFECT) }, product23b: { fr: exact(PRODUCT) } },
    pairs: [['effect23b', 'product23b', { window: 10 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound23b = roundByTopic(ROUND_23B);
