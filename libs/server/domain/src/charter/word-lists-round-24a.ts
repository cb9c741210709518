// Twenty-fourth round, first reading (`withRound24a` adds it to every topic's rules), from `train-bf`, `train-bc`,
// `train-az`, `train-ay` and `holdout-32` (discrimination and harassment), by family:
// Harassment: a person's address, workplace, car or hours given with a call to act ("do with that what you will",
// "allez lui faire un petit coucou", "spread it"); a child's school known; dogpiles ("ratio her", "dig up her
// accounts"); a colleague shut out until she quits ("nobody talks to…", "plus personne lui adresse la parole");
// outing a trans person ("son ancien prénom", "was called Thomas last year"); a person's body mocked ("shame about
// the mum's teeth", "à ta taille… pas très responsable", "leggings have a weight limit", kilos + 🐷🐘).
// Discrimination: backhanded praise ("parle bien français pour quelqu'un de là-bas", "so articulate… you'd never
// guess"); women's competence mocked ("all by herself", "stick to cabin crew", "avec les parapluies"); dads and boys
// in their lane ("leave it to the professionals, lads", "football… girls get tutus"); age ("vous avez toute la
// journée" to pensioners, a staff age + "roll on retirement", "snowflake generation" + tears, born after a year in a
// job ad); deafness, wheelchairs, dyslexia and "the 'special' kid in your class" mocked; origin told by names ("more
// consonants than vowels"), theft suspicion with a knowing cue ("vous connaissez la clientèle", "clutching their
// bags", "fell off a lorry"), regions' traits ("les Corses et le travail", "unlike Scousers"), "those people" + the
// street you won't recognise; the poor ("pas les bons alimentaires", "except the ones from the estate"); faith at work
// (headwear + "there's the door", religion asked on a CV, people who fast sent elsewhere, halal + security); hiring on
// address, children, pregnancy.
// Second labels: religion for a faith trope ("c'est dans le sang" + money) and headwear + "not preaching"; insult for
// "clown of a Prime Minister", "ya dropkick", "la chaise a survécu", an XXL size + "on a tous pleuré de rire".
// Clean: "Saint-Priest" (a town, not a priest), "was called up", "football is 'for boys'" quoted to be refuted.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { combos, exact, list } from './word-lists-discrimination';

// ---- Harassment.
/** A call to act on a person whose whereabouts were just given. */
const INCITE = list(`do with that what you will|do with that what you want|do what you will with that
  |faites en ce que vous voulez|faites en bon usage|allez lui faire un petit coucou|allez lui faire coucou
  |lui faire un petit coucou|someone should be there to say hi|someone should say hi|go say hi|go and say hi
  |after a few visitors|a few visitors|je dis pas qu il faut y aller|je ne dis pas qu il faut y aller
  |je dis juste que c est là|go let her know|go let him know|allez lui dire
  |vous savez où le trouver|vous savez où la trouver|you know where to find him|you know where to find her`);
/** Weaker calls ("vous savez quoi faire", "spread it"): only beside where a person lives, works or drives. */
const INCITE_WEAK = list(`vous savez quoi faire|you know what to do|spread it|spread the word|share it around
  |just an observation|simple observation|simple constat
  |faites tourner|pass it on|partagez un max`);
const WHEREABOUTS = list(`rue|impasse|avenue|allée|rd|road|st|street|lane|flat|flat b|étage|parking|car park|depot
  |dépôt|entrepôt|lives above|lives at|lives on|habite|works nights|bosse de nuit|il sort à|elle sort à|shift ends
  |out at|primary|école|school|gym|outside the|devant le|her insta|his insta|son insta|adresse|address
  |profile photo|every store manager|sa clio|his car|her car|red polo|tous les matins|most mornings|every morning`);
const PERSONAL =
  list(`lives above|lives at|lives on|vit au|vit à|il rentre vers|elle rentre vers|gets home at|gets home around
  |habite rue|works nights|bosse de nuit|il sort à
  |elle sort à|shift ends|her kid's at|his kid's at|your wife's|ta femme|sa femme|his wife's|sa voiture|ta voiture
  |your car|her car|his car|son adresse|ton adresse|her address|his address|your address`);
const SCHOOL_KNOWN = list(`on sait dans quelle école|on sait quelle école|we know which school|we know what school
  |on connaît son école|on connaît l école de|we know where your kids go|we know where your son goes
  |we know where your daughter goes`);
const DOGPILE = list(`ratio her|ratio him|dig up her other accounts|dig up his other accounts|dig up her|dig up his
  |in her mentions until|in his mentions until|flood her mentions|flood his mentions|inondez ses mentions
  |déterrez ses anciens|until she goes quiet for good|until he goes quiet for good|jusqu à ce qu elle se taise
  |good luck showing your face|bon courage pour remontrer ta tête|have gone round every store manager
  |mass report her|mass report him|signalez son compte en masse|allez tous sur son compte|everyone go to her profile
  |everyone go to his profile|pile on her|pile on him`);
const SHUT_OUT =
  list(`nobody talks to|nobody helps|nobody covers for|no one talks to|no one helps|plus personne lui adresse
  |plus personne ne lui adresse|personne ne lui parle|personne lui parle|on lui refile les pires|on ne l aide plus
  |give her the worst shifts|give him the worst shifts
  |freeze her out|freeze him out|on la met au placard|on le met au placard|ignorez la|ignorez le`);
const QUITS = list(`hand her notice in|hand his notice in|hands her notice in|she'll quit|he'll quit|elle craque
  |elle va craquer|il va craquer|dans un mois elle craque|démissionner|veut pas démissionner|les paris sont ouverts
  |give it a fortnight|give it a week|place your bets`);
const OUTING = list(`son ancien prénom|her old name|his old name|her deadname|his deadname|her dead name
  |avant c était un mec|avant c était une fille|used to be a bloke|used to be a man|used to be a guy|was a bloke before
  |her birth name
  |was born a man|was born a boy|est né homme|née garçon|demandez lui son vrai prénom|ask her her real name`);
const COLLEAGUE = list(`nouvelle collègue|nouveau collègue|new colleague|notre collègue|our colleague|la nouvelle
  |the new girl|the new guy`);
const WAS_CALLED = list(`s appelait|was called|was named|used to be called`);

// ---- Bodies.
const SHAME_ABOUT = list(`shame about the|shame about her|shame about his|dommage pour les|dommage pour ses
  |dommage pour sa|dommage pour son`);
const BODY = list(`teeth|dents|nose|nez|face|tête|thighs|cuisses|belly|ventre|arms|bras|skin|peau|mum's teeth
  |mom's teeth|hair|cheveux`);
const AT_SIZE = list(`à ta taille|at your size|at her size|à sa taille|à ton poids|at your weight|with your weight
  |vu ta taille|vu ton poids`);
const SIZE_ADVICE = list(`pas très responsable|n est pas très responsable|isn't very responsible|not very responsible
  |recettes de gâteaux|cake recipes|lay off the|arrête les|régime|diet|un peu de sport|some exercise`);
const CLOTHES = list(`leggings|legging|jeans|crop top|crop tops|mini jupe|short|shorts|bikini|maillot`);
const WEIGHT_LIMIT = list(`have a weight limit|has a weight limit|ont une limite de poids|a une limite de poids`);
const KILOS = list(`pris quelques kilos|a pris quelques kilos|pris du poids|put on a few pounds|put on a few kilos
  |put on weight|gardé dix kilos|kept ten kilos|kept 10 kilos|gardé 10 kilos|kilos en trop|gardé quelques kilos
  |dix kilos après bébé|kilos après bébé|ten kilos after the baby|kilos after the baby`);
const NOSE = list(`ce nez|son nez|ton nez|that nose|his nose|her nose|ce pif|that conk`);
const BEAKS = list(`toucan|bec|beak|gueule de raie|une gueule|concorde`);
const SIZE_NOT = list(`isn't a size|is not a size|not a size|ne fait pas du 36|ne fait pas du 38|pas du 36|pas du 38`);
const NO_RESHARE = list(`don't reshare|don't repost|don't share|ne repartagez pas|on ne repartage pas|muffin tops
  |muffin top|bourrelets`);
const BIG_SIZE = list(`taille xxl|size xxl|en xxl|in xxl|xxxl|taille 54|size 22|size 24`);
const ROFL = list(`pleuré de rire|on a tous pleuré de rire|cried laughing|we all cried laughing|mort de rire
  |morts de rire|in stitches|we were in stitches|on a tous ri`);
const FAT_PEOPLE = list(`les gros|les grosses|pour les grosses|pour les gros|que les gros|the fat ones|fatties
  |fat people|fat customers`);
const EATING = list(`pourront manger|pourront enfin manger|mangent comme un oiseau|comme un oiseau|like a bird
  |sans culpabiliser|without feeling guilty|can finally eat`);
const OVERWEIGHT =
  list(`enfants en surpoids|personnes en surpoids|clients en surpoids|overweight kids|overweight children
  |overweight people|overweight staff|obèses|obese kids`);
const WONT_DRESS = list(`on ne les habille pas|on ne les habille plus|we don't dress them|we don't make clothes for them
  |ralentit la cadence|ralentissent la cadence|slows the line|slow the line down|silhouettes sportives`);
const CHUBBY = list(`a bit chubby|bit chubby|chubby|un peu ronde|rondouillarde|grassouillette|un peu enrobée`);
const PRETTY_FACE = list(
  `pretty face|joli visage|si joli visage|jolie frimousse|anything's possible|tout est possible`,
);

// ---- Backhanded praise, competence by sex.
const PRAISED = list(`bien|pas mal|super bien|très bien|vraiment bien|mignonne|jolie|good|well|really good
  |really well|so well|articulate|so articulate|confident speaker|speaks really good|speaks good`);
const FOR_ONE = [
  ...list(`pour un handicapé|pour une handicapée|pour une femme|pour quelqu un de là bas|pour quelqu un de chez eux
  |pour une petite des quartiers|pour un petit des quartiers|pour une fille de cité|pour un gars de cité
  |for a disabled guy|for a woman|for a girl from the estate|for someone from there|for someone from over there`),
  ...combos(
    list('for a|for an|pour un|pour une'),
    list(`nigerian|nigériane|nigérian|ghanaian|somali|pakistani|indian|chinese|arab|arabe|african|africaine|africain
    |black guy|black girl|muslim|musulman|musulmane|roumain|roumaine|romanian|polish|polonais|polonaise|gypsy|gitan
    |gitane|sénégalais|sénégalaise|malien|malienne|marocain|marocaine|algérien|algérienne|turc|turque|asian
    |asiatique`),
  ),
];
const NEVER_GUESS = list(`you'd never guess|you would never guess|on ne devinerait jamais|on devinerait jamais
  |on dirait pas qu|you wouldn't know`);
const GREW_UP = list(`grew up in|was raised in|a grandi à|a grandi en|a grandi au|came from|vient de`);
const BOTH = list(`comme quoi on peut avoir les deux|on peut avoir les deux|goes to show you can have both
  |you can have both|beauty and brains|belle et intelligente`);
const PRETTY = list(`jolie|belle|mignonne|pretty|cute|gorgeous|hot`);
const WOMAN_ROLE = list(`directrice|nouvelle directrice|ingénieure|notre ingénieure|cheffe|manager|head of marketing
  |head of|our new head|cfo|ceo|pilote|présidente`);
const BY_HERSELF = list(`toute seule|all by herself|by herself|on her own|sans aide`);
const PROUD = list(`tellement fiers d elle|si fiers d elle|so proud of you girl|so proud of her|so proud of you
  |tellement fiers|bravo ma grande|good girl`);
const LADIES = list(`ladies|mesdames|les filles|girls|women|femmes|f3mmes|female pilot|female pilots|femmes pilotes
  |a woman|une femme`);
const STICK_TO = list(`stick to cabin crew|stick to the cabin|stick to being|restez hôtesses|restez à l accueil
  |qu elles restent sur la grille|restent sur la grille|avec les parapluies|holding the umbrellas|hold the umbrellas
  |stick to the umbrellas|stick to the grid|stick to the kitchen`);
const AT_THE_WHEEL = list(`woman behind the wheel|a woman behind the wheel|une femme au volant|femme au volant
  |woman driving|a girl behind the wheel|une fille au volant`);
const LET_HER = list(`on avait laissé notre ingénieure|on a laissé notre ingénieure|laissé notre ingénieure
  |laissé une femme|we let our female engineer|we let a woman|we left it to our female engineer|we let the girl`);
const OBVIOUSLY = list(`évidemment|of course|obviously|forcément|no wonder|pas étonnant`);
const BRACE = list(`warned the marshals|doubled the tyre walls|doublé les pneus|prévenu les commissaires|run for cover
  |aux abris|pray for the|priez pour`);
const REAL_WORK = list(`les vrais calculs|the real maths|the real calculations|le vrai travail|the real work
  |the real engineering|pour la photo|for the photo`);
const GUYS = list(`les gars|the guys|the lads|the men|les hommes|les mecs|the blokes`);
const NOTES = list(`quelqu un pour prendre les notes|quelqu un pour prendre des notes|someone to take the notes
  |someone to take notes|someone has to take the notes|qui prendra les notes|who'll take the minutes
  |someone to take the minutes`);
const DINNER = list(`pour préparer le dîner|préparer le dîner|to make dinner|to cook dinner|get the dinner on
  |faire le ménage|do the housework|heads are half at home|la tête à la maison|not on the promotion list
  |pas sur la liste des promotions|pas dans la liste des promotions`);
const WOMEN_DAY = list(`droits des femmes|women's day|journée de la femme|journée des femmes|mother's day
  |fête des mères|working mums|mamans qui travaillent|collaboratrices|nos collaboratrices`);

// ---- Dads, boys, gay and trans people.
const DADS = list(`papa|papas|dad|dads|messieurs|lads|fathers|pères|un papa seul|dad alone`);
const LEAVE_MUMS = list(`laissez faire les mamans|leave it to mum|leave it to the mums|leave it to the ladies
  |laissez faire les femmes|leave it to the women|papas perdus|papasperdus|helpless dads|helplessdads`);
const MEN_ADDRESS = list(`messieurs|lads|les gars|gentlemen|les hommes|fellas`);
const LEAVE_PROS = list(`laissez faire les pros|laissez faire les professionnels|leave it to the professionals
  |leave it to the pros`);
const PINK = list(`pink|rose|licorne|unicorn|robe|dress|poupée|doll|paillettes|glitter`);
const NIP = list(`nip it in the bud|nip that in the bud|tuer dans l oeuf|étouffer dans l oeuf|tuez ça dans l oeuf
  |avant que ça lui prenne|before it sticks|buy him the dinosaur|achetez lui le dinosaure`);
const SPORT = list(`foot|le foot|football|rugby|crampons|football boots|les maths|maths|la mécanique|engineering`);
const FOR_BOYS = list(`les filles ont les tutus|girls get tutus|girls get dolls|les filles ont les poupées
  |les filles au tutu|girls stick to tutus`);
const CAME_OUT = list(`coming out|came out|come out|fait son coming out|est gay|is gay|est homo`);
const GIRLS_AISLE = list(`rayon filles|au rayon filles|girls' section|girls section|girls' aisle|plus à l aise
  |more at home there|more comfortable there`);
const TRANS_NEIGHBOUR = list(`est trans|is trans|are trans|sont trans|trans woman|femme trans|homme trans|trans man
  |est gay|is gay|sont gays|couple gay|gay couple|couple de lesbiennes|lesbian couple`);
const WATCH_KIDS = list(`surveiller les enfants|surveillez les enfants|surveillez vos enfants|watch the kids
  |watch your kids|keep an eye on the kids|keep an eye on your kids|protect the kids|protégez vos enfants
  |prévenu tout l immeuble|warned the whole building|warned the whole street|on ne sait jamais|you never know`);
const BEARD = list(`qui ont de la barbe|qui ont une barbe|with beards|with a beard|femmes à barbe|bearded girls
  |bearded women`);
const CUBICLES = list(`cabines|cabine|changing rooms|changing room|toilettes|toilets|vestiaires|sécurité|safety`);

// ---- Age.
const OLD = list(`retraités|nos retraités|aux retraités|pensioners|retirees|seniors|papys|mamies|oaps|boomers
  |the over 70s|old dears`);
const ALL_DAY = list(`vous avez toute la journée|vous avez tout votre temps|you've got all day|you have all day
  |you've got all the time in the world|laissez passer ceux qui bossent|let the people who work|ceux qui travaillent
  |some of us work|certains travaillent|vous n avez que ça à faire|nothing better to do`);
const STAFF_AGES = Array.from({ length: 26 }, (_, k) => String(k + 50)).flatMap((n) => [
  `de ${n} ans`,
  `${n} year olds`,
  `${n} year old`,
  `our ${n} year olds`,
  `over ${n}`,
  `de plus de ${n} ans`,
  `over ${n}s`,
  `the over ${n}s`,
  `plus de ${n} ans`,
]);
const AGE_SCORN = list(`vivement la retraite|roll on retirement|bring on retirement|c est où le bouton
  |where's the send button|size 40 font|en taille 40|police taille 40|trouver l onglet|find the tab|moins adaptables
  |less adaptable|jugés moins adaptables|fewer shifts|moins d heures|cerveaux au ralenti|brains in slow motion
  |no teeth and no memory|explain the wifi twice|explain the wi fi twice|trois jours à trouver|three days to find
  |mais elle fait d excellents gâteaux|but she makes great cakes|bless him`);
const CARE_HOME = list(`qu on lui trouve une place en ehpad|trouvez lui une place en ehpad|une place en ehpad plutôt
  |find him a care home|find him a place in a care home|a care home place instead|book him a care home`);
const SNOWFLAKE =
  list(`génération flocon|generation flocon|snowflake generation|génération snowflake|generation snowflake
  |génération fragile`);
const YOUNG = list(`under 30|under 25|moins de 30 ans|moins de 25 ans|gen z|génération z|zoomers|22 ans|21 ans
  |22 year old|21 year old`);
const FRAGILE = list(
  `mental health break|wellness day|pause santé mentale|journée bien être|a pleuré|cried|snowflakes`,
);
const BORN_AFTER = Array.from({ length: 26 }, (_, k) => String(k + 1980)).flatMap((y) => [
  `né après ${y}`,
  `née après ${y}`,
  `nés après ${y}`,
  `né e après ${y}`,
  `born after ${y}`,
]);
const JOB_AD = list(`stage|stagiaire|recrute|recrutons|profil|candidat|candidats|poste|cdi|cdd|hiring|internship
  |role|apply|postulez|job`);
const GRAN = list(`mamie|papy|grand mère|grand père|nan|nana|grandad|grandma|granny|grandpa|gran`);
const USELESS = list(`qui ne sert plus à grand chose|qui ne sert plus à rien|ne sert plus à rien|part of the sofa
  |basically part of the sofa|partie du canapé|décorer le canapé|à part décorer|part of the furniture`);

// ---- Disability.
const DISABLED = list(`sourd|sourde|sourds|monsieur sourd|deaf|deaf gentleman|deaf lady|fauteuils roulants
  |fauteuil roulant|wheelchairs|wheelchair|dyslexiques|dyslexics|dyslexic|handicapé|handicapés|handicapée|special kid
  |special needs|autiste|autistic`);
const DISABILITY_SCORN =
  list(`parlera très fort|on parlera fort|we'll shout|shout for|dans une autre vie|in another life
  |patience|be patient|écrivent comme ils parlent|write like they talk|pas mal pour|could find it|pourrait le trouver
  |même le|even the`);

/** "the 'special' kid in your class": the quotes split the phrase. */
const SPECIAL = list(`special|spécial`);
const KID_IN_CLASS = list(`kid in your class|kid in the class|kids in your class|kid in class|gamin de ta classe
  |gamin de la classe|élève de ta classe`);

// ---- Origin, names, places.
const NAMES = list(`nom de famille|noms de famille|noms sur les boîtes aux lettres|noms sur les boites aux lettres
  |name|names|surname|surnames|ton nom|your name|son nom|prénom|nom`);
const NAME_SCORN = list(`plus longs que la rue|longer than the street|more consonants than vowels|plus de consonnes que
  |trois essais pour le prononcer|trois essais pour prononcer|three tries to say|three attempts to pronounce
  |three goes to pronounce|three tries to pronounce|can't pronounce it|va faire peur
  |will scare|traditional english surnames|traditional english names|noms bien français|un deuxième prénom plus
  |prénom plus de chez nous|plus de chez nous|more english sounding|it's just gone`);
const NAME_FIRST = list(`je regarde d abord le nom|je regarde d abord le nom de famille|i look at the surname first
  |i check the surname first|prioritising bookings with traditional|on priorise les noms`);
const THEFT = list(`antivols|antivol|security tags|check the prams|vérifiez les poussettes|fouillez les poussettes
  |clutching their bags|clutching her bag|clutching my bag|serré mon sac|held on to my bag|held onto my bag
  |j ai serré mon sac|on compte les cintres|count the hangers|counting the hangers|walk as far|marcher aussi loin
  |pas vendus hein|not sold mind|déjà revendu|already for sale down the market|for sale down the market
  |revendu au marché|tombe des camions|tombé du camion|fell off a lorry|fell off the back of a lorry
  |nick your wallet|piquer votre portefeuille|piquer ton portefeuille|surveillez vos sacs|watch your bags
  |fouillez les sacs|check their bags|search their bags|cachez vos portefeuilles
  |hide your purses|count the till twice`);
const KNOWING =
  list(`vous connaissez la clientèle|la clientèle du coin|the locals will understand|for reasons the locals
  |we all know how that goes|on connaît la chanson|vous savez qui|you know who|on sait qui|we know who
  |suivez mon regard|for reasons|pour des raisons|bon courage aux vigiles|good luck to security|turned up|débarqué
  |se gare devant|the croydon lot|la moitié de|disparus|vanished`);
const SOLD_OR_GONE = list(`pas vendus|disparus|disparu|vanished|gone missing|not sold|ont disparu`);
const TRAVELLERS = list(`caravane|caravanes|gens du voyage|travellers|gypsies|gitans|roms|caravan|caravans`);
const PASSPORT = list(`felt like i needed a passport|feel like you need a passport|besoin d un passeport
  |on se croirait à l étranger|felt like another country|felt like abroad`);
const THOSE = list(`ces gens là|ces gens la|those people|these people|that lot|ce genre de personnes`);
const UNRECOGNISABLE = list(`on reconnaîtra plus|on ne reconnaîtra plus|on reconnaitra plus|won't recognise
  |will not recognise|won't recognize|you won't recognise the place|reconnaîtra plus la rue`);
const INVADE = list(`qui envahissent nos|envahissent nos|invading our|taking over our|qui envahissent|envahissent`);
const EXOTIC = list(`exotiques|exotique|exotic|foreign|étrangères|étrangers|vibrant`);
const ORIGIN_ALONE = list(`actually from here|who are actually from here|qui sont vraiment d ici|vraiment de chez nous
  |none of the vibrant lot|the vibrant lot|stuck to driving camels|stick to driving camels|stick to camels
  |retourne conduire des chameaux|roule encore en charrette|roulent encore en charrette|still ride carts
  |bruit du fouet|crack of a whip|crack of the whip|comprennent le fouet|understand the whip|tea towel off your head
  |tea towel on his head|torchon sur la tête|torchon de la tête|tenir les murs du hall|tenir les murs de la cité
  |outside the chicken shop|round outside the chicken shop|de culture européenne|of european background
  |d origine européenne|no tradies|pas les bons alimentaires|not food parcels|pas les colis alimentaires
  |not food stamps|ne sont pas remboursées par la caf|not covered by the dole|essayez les restos du cœur
  |essayez les restos du coeur|try the food bank|clients de banlieue qui|customers from the estates who
  |tout juste sorti de son hlm|fresh off the council estate|fresh out of the estate|sorti de sa cité
  |filtrera à la porte|turning away groups of|pas de jeunes de cité|no estate kids|femme au volant mort au tournant
  |candidatures féminines s abstenir|female applicants need not apply|n est pas un endroit pour elles
  |no place for women|sans enfants de préférence|ideally no kids|preferably no kids|no kids preferred
  |de préférence sans enfants|sans enfant de préférence|trailer trash|la main d oeuvre locale|with the local workforce
  |with local labour|draining this country|draining the country|saignent le pays|pompent le pays
  |the first asian hire|who's actually a confident|qui parle vraiment bien|almost employable|presque employables
  |get past the accent|passé l accent|panne de micro|les clients réclament des sous titres
  |customers ask for subtitles|le reste reste un mystère|the rest is a mystery|no teeth and no memory
  |won't remember eating the whole|ne se souviendront pas d avoir`);
/** Region and nation traits said through a pair of words ("les Corses et le travail"). */
const REGIONS = list(`marseillais|corses|corse|bretons|breton|alsaciens|scousers|scouser|scots|scot|cornish|tasmanians
  |tasmanian|poms|pom|roumains|romanians|belges|belge|ch tis|chtis|du 13|from marseille|teesside|geordies
  |irlandais|irish|ecossais|écossais|auvergnats|normands
  |savoyards|basques|gallois|welsh|liverpudlians|northerners|yanks|kiwis|aussies|québécois|portugais|italiens
  |espagnols|grecs|greeks|parisiens|bordelais|lyonnais|nordistes`);
const REGION_TRAIT = list(`et le travail|et le boulot|deux mots qui vont pas ensemble|deux mots qui ne vont pas ensemble
  |qui bossent|comme les licornes|like unicorns|and ambition|have never met|never met|inbred|consanguins|family tree
  |straight line|whinging|mentent|ne mentent pas|menteurs|liars|won't nick|lie about|sans un coup de cidre
  |so small|radins|stingy|tightfisted|la sieste|siesta|ne jamais croire|never trust|never believe
  |fainéants|feignants|always late|toujours en retard|bourrés|alcoolos|pickpockets|voleurs|thieves`);
const IN_BLOOD = list(
  `c est dans le sang|it's in the blood|in their blood|dans leur sang|c est génétique|it's genetic`,
);
const MONEY = list(`centime|centimes|penny|pennies|argent|money|négocier|renégocier|renegotiate|negotiate`);
const SPEAK_NONE = list(`ne parle pas un mot de français|parle pas un mot de français|doesn't speak a word of english
  |can't speak a word of english|speaks no english|ne parle pas français`);
const SEND_HOME = list(`retour au pays|par le prochain vol|prochain vol|next flight home|on the next flight|go home
  |send them back|renvoyez le|sent le curry|smells of curry`);
const EASTERN = list(`eastern europe|eastern european|europe de l est|pays de l est|same village`);
const SMELL = list(`cabbage smell|smell|odeur|sentir le chou|sent le chou|whiff`);
const CALL_CENTRE = list(`call centre in india|call center in india|centre d appel en inde|centre d appels en inde
  |plateforme au maroc|call centre in manila`);
const TANK_YOU = list(`tank you|took twenty minutes|twenty minutes to work out|understand a word|comprendre un mot`);
const ACCENT = list(`accent|l accent|the accent|cet accent|son accent|his accent|her accent|accent espagnol`);
const ACCENT_MOCK = list(`panne de micro|mic failure|almost employable|get past the
  |le reste reste un mystère|the rest is a mystery|on a compris|we understood|we caught`);
const NOT_THE_SORT = list(`pas celles qui|pas ceux qui|not the sort of|not the kind of|not the ones you see
  |not the ones you|pas celle qu|pas ceux qu`);
const ESTATES =
  list(`tours|des tours|council flat|council flats|council estate|hlm|cité|cités|estate|estates|market queue
  |six grandkids|quatre pères|four different`);
const EXCEPT = list(`sauf à ceux de|sauf ceux de|except the ones from|except those from|sauf aux enfants de
  |except kids from|sauf les enfants de`);
const GIVEN_ENOUGH = list(`on a déjà assez donné|déjà assez donné|we've given enough|given enough already`);
const SOCIAL_CASE = list(`cas social|cas sociaux|on benefits|on the dole|au rsa|clients au rsa|on centrelink`);
const KEEP_THEM = list(`gardez les pour vous|keep them for yourself|keep them to yourself|keep them for yourselves`);
const SERIOUS = list(`mal à les prendre au sérieux|du mal à les prendre au sérieux|hard to take seriously
  |can't take them seriously`);
const ESTATE_PEOPLE = list(`de banlieue|from the estates|clients de banlieue|the estates|des cités|from the projects
  |en langage sms|in text speak`);
const RATHER_NOT = list(`we'd rather not have|rather not have|on préfère éviter|on préfère ne pas avoir|merci d éviter
  |we'd prefer not to have`);
const WELFARE = list(`anyone on the disability pension|disability pension|on benefits|allocataires|au rsa|on the dole
  |pension d invalidité`);

// ---- Faith at work.
const HEADWEAR = list(`voilées|voilée|voile|en hijab|in hijabs|hijabs|hijab|headscarves|headscarf|foulard|foulards
  |kippa|kippas|turban|turbans|skullcaps|calotte|petite calotte|rien sur la tête|nothing on the head`);
const THE_DOOR = list(`la porte est là|there's the door|the door is there|pas du prêche|not preaching|no preaching
  |pas de prêche|sermons`);
const STATE = list(`indiquer votre|state your|précisez votre|mention your|merci d indiquer votre|please state your`);
const FAITH = list(`religion|religious|confession|niveau de pratique|how observant|pratique religieuse`);
const FASTING = list(`qui jeûnent|who fast|people who fast|ceux qui jeûnent|certains mois|that month|ramadan`);
const ELSEWHERE = list(`apply elsewhere|postulez ailleurs|pas d exception|no exceptions|allez voir ailleurs`);
const KEEP_OWN = list(`qu ils les gardent pour eux|qu ils gardent ça pour eux|keep it to themselves
  |keep them to themselves|à la noix`);
const NONE_OF = list(`none of the|aucun des|pas de ces|no`);
const VIBRANT = list(`vibrant|vibrants`);
const FACE_SEEN = list(`vu la tête|vu ta tête|vu sa tête|judging by her face|judging by his face|judging by the face`);
const WORST = list(`le plus raté|la plus ratée|the worst|plus raté|the biggest disaster|the ugliest`);
const LOOKS = list(`european features|european looks|traits européens|straight hair|cheveux lisses|slim build
  |fair skin|peau claire|silhouette fine`);
const PREFERRED = list(`preferred|only|de préférence|uniquement|exigé|exigés|exigée|required|obligatoire`);
const HAIR = list(`locs|braids|afros|afro|dreadlocks|tresses|nattes|cheveux crépus|afro hair`);
const STRAIGHTENED = list(`straightened|défrisés|must be tied back|not professional|pas professionnel
  |keep it professional|restons professionnels`);
const JOKE = list(`comment on reconnaît un|comment on reconnaît une|comment reconnaître un|how do you spot a
  |how do you recognise a|how do you recognize a|how do you know if a`);
const HALAL = list(`halal|casher|kosher|rayon halal|halal section`);
const GUARDS = list(`security|sécurité|vigiles|vigile|surveillance|walk as far`);
const PORK = list(`porc|pork|du porc|pork in`);
const JUST_FOR_YOU = list(
  `rien que pour vous|just for you lot|for you lot|pour vous autres|a whole aisle just for you`,
);
const COVERING = list(`couvrants|couvrant|full cover|full coverage|burkini|burkinis|modest`);
const BACK_HOME = list(`au bled|back home|chez eux|là bas|over there`);
const BELIEVERS = list(`mormon|mormons|cathos|catholiques|catholics|muslims|musulmans|juifs|jews|évangéliques
  |evangelicals|témoins de jéhovah|jehovah's witnesses|sikhs|sikh|hindus|hindous`);
const BELIEVER_SCORN = list(`no personality|cult behaviour|cult behavior|bande de coincés|coincés|ils te jugent
  |te jugent|they judge you|brainwashed|lavage de cerveau|une secte|a cult|aucune personnalité|vraie secte|secte`);

// ---- Hiring and staff.
const LIVING_IN = list(`domiciliés en|domiciliés à|domicilés dans|living in|résidant à|résidant en|résidant dans
  |based in`);
const NOT_RETAINED = list(`ne seront pas retenus|ne seront pas retenues|won't be considered|will not be considered
  |pas retenus`);
const RULE_OUT = list(`on écarte les|we rule out|we screen out|on élimine les|on écarte`);
const ADDRESSES = list(`adresses|addresses|postcodes|codes postaux|candidatures de|adresses en`);
const PREGNANT = list(`femmes enceintes|pregnant women|pregnant staff|enceintes|mums to be|futures mamans`);
const DISRUPT = list(`désorganisent|disrupt|disorganise|on évitera|we'll avoid|on évitera d en recruter
  |we'll avoid hiring`);
const TRIBUTE_WINK = ['😉', '😏', '😂', '🙃', '😬'];

const SLURS = list(`minger|mingers|proper minger|dole bludging|dole bludger|dole bludgers|bludger|bludgers
  |pasty munchers|inbred pasty munchers`);

const ROUND_24A: Readonly<Record<string, RuleExtension>> = {
  discrimination: {
    groups: {
      slur: { fr: exact(SLURS) },
      alone24a: { fr: exact(ORIGIN_ALONE, SCHOOL_KNOWN, DOGPILE, OUTING, CARE_HOME, NAME_FIRST, BOTH) },
      incite24a: { fr: exact(INCITE) },
      inciteWeak24a: { fr: exact(INCITE_WEAK) },
      personal24a: { fr: exact(PERSONAL) },
      whereabouts24a: { fr: exact(WHEREABOUTS) },
      shutOut24a: { fr: exact(SHUT_OUT) },
      quits24a: { fr: exact(QUITS) },
      colleague24a: { fr: exact(COLLEAGUE) },
      wasCalled24a: { fr: exact(WAS_CALLED) },
      shameAbout24a: { fr: exact(SHAME_ABOUT) },
      body24a: { fr: exact(BODY) },
      atSize24a: { fr: exact(AT_SIZE) },
      sizeAdvice24a: { fr: exact(SIZE_ADVICE) },
      clothes24a: { fr: exact(CLOTHES) },
      weightLimit24a: { fr: exact(WEIGHT_LIMIT) },
      kilos24a: { fr: exact(KILOS) },
      nose24a: { fr: exact(NOSE) },
      beaks24a: { fr: exact(BEAKS) },
      sizeNot24a: { fr: exact(SIZE_NOT) },
      noReshare24a: { fr: exact(NO_RESHARE) },
      bigSize24a: { fr: exact(BIG_SIZE) },
      rofl24a: { fr: exact(ROFL) },
      fatPeople24a: { fr: exact(FAT_PEOPLE) },
      eating24a: { fr: exact(EATING) },
      overweight24a: { fr: exact(OVERWEIGHT) },
      wontDress24a: { fr: exact(WONT_DRESS) },
      chubby24a: { fr: exact(CHUBBY) },
      prettyFace24a: { fr: exact(PRETTY_FACE) },
      praised24a: { fr: exact(PRAISED) },
      forOne24a: { fr: exact(FOR_ONE) },
      neverGuess24a: { fr: exact(NEVER_GUESS) },
      grewUp24a: { fr: exact(GREW_UP) },
      pretty24a: { fr: exact(PRETTY) },
      womanRole24a: { fr: exact(WOMAN_ROLE) },
      byHerself24a: { fr: exact(BY_HERSELF) },
      proud24a: { fr: exact(PROUD) },
      ladies24a: { fr: exact(LADIES) },
      stickTo24a: { fr: exact(STICK_TO) },
      atTheWheel24a: { fr: exact(AT_THE_WHEEL) },
      letHer24a: { fr: exact(LET_HER) },
      obviously24a: { fr: exact(OBVIOUSLY) },
      snowflake24a: { fr: exact(SNOWFLAKE) },
      brace24a: { fr: exact(BRACE) },
      realWork24a: { fr: exact(REAL_WORK) },
      guys24a: { fr: exact(GUYS) },
      notes24a: { fr: exact(NOTES) },
      dinner24a: { fr: exact(DINNER) },
      womenDay24a: { fr: exact(WOMEN_DAY) },
      dads24a: { fr: exact(DADS) },
      leavePros24a: { fr: exact(LEAVE_PROS) },
      leaveMums24a: { fr: exact(LEAVE_MUMS) },
      menAddress24a: { fr: exact(MEN_ADDRESS) },
      pink24a: { fr: exact(PINK) },
      nip24a: { fr: exact(NIP) },
      sport24a: { fr: exact(SPORT) },
      forBoys24a: { fr: exact(FOR_BOYS) },
      cameOut24a: { fr: exact(CAME_OUT) },
      girlsAisle24a: { fr: exact(GIRLS_AISLE) },
      transNeighbour24a: { fr: exact(TRANS_NEIGHBOUR) },
      watchKids24a: { fr: exact(WATCH_KIDS) },
      beard24a: { fr: exact(BEARD) },
      cubicles24a: { fr: exact(CUBICLES) },
      old24a: { fr: exact(OLD) },
      allDay24a: { fr: exact(ALL_DAY) },
      staffAges24a: { fr: exact(STAFF_AGES) },
      ageScorn24a: { fr: exact(AGE_SCORN) },
      young24a: { fr: exact(YOUNG) },
      fragile24a: { fr: exact(FRAGILE) },
      bornAfter24a: { fr: exact(BORN_AFTER) },
      jobAd24a: { fr: exact(JOB_AD) },
      gran24a: { fr: exact(GRAN) },
      useless24a: { fr: exact(USELESS) },
      disabled24a: { fr: exact(DISABLED) },
      disabilityScorn24a: { fr: exact(DISABILITY_SCORN) },
      special24a: { fr: exact(SPECIAL) },
      kidInClass24a: { fr: exact(KID_IN_CLASS) },
      names24a: { fr: exact(NAMES) },
      nameScorn24a: { fr: exact(NAME_SCORN) },
      theft24a: { fr: exact(THEFT) },
      knowing24a: { fr: exact(KNOWING) },
      soldOrGone24a: { fr: exact(SOLD_OR_GONE) },
      travellers24a: { fr: exact(TRAVELLERS) },
      passport24a: { fr: exact(PASSPORT) },
      those24a: { fr: exact(THOSE) },
      unrecognisable24a: { fr: exact(UNRECOGNISABLE) },
      invade24a: { fr: exact(INVADE) },
      exotic24a: { fr: exact(EXOTIC) },
      regions24a: { fr: exact(REGIONS) },
      regionTrait24a: { fr: exact(REGION_TRAIT) },
      inBlood24a: { fr: exact(IN_BLOOD) },
      money24a: { fr: exact(MONEY) },
      speakNone24a: { fr: exact(SPEAK_NONE) },
      sendHome24a: { fr: exact(SEND_HOME) },
      eastern24a: { fr: exact(EASTERN) },
      smell24a: { fr: exact(SMELL) },
      callCentre24a: { fr: exact(CALL_CENTRE) },
      tankYou24a: { fr: exact(TANK_YOU) },
      accent24a: { fr: exact(ACCENT) },
      accentMock24a: { fr: exact(ACCENT_MOCK) },
      notTheSort24a: { fr: exact(NOT_THE_SORT) },
      estates24a: { fr: exact(ESTATES) },
      except24a: { fr: exact(EXCEPT) },
      givenEnough24a: { fr: exact(GIVEN_ENOUGH) },
      socialCase24a: { fr: exact(SOCIAL_CASE) },
      keepThem24a: { fr: exact(KEEP_THEM) },
      serious24a: { fr: exact(SERIOUS) },
      estatePeople24a: { fr: exact(ESTATE_PEOPLE) },
      ratherNot24a: { fr: exact(RATHER_NOT) },
      welfare24a: { fr: exact(WELFARE) },
      headwear24a: { fr: exact(HEADWEAR) },
      theDoor24a: { fr: exact(THE_DOOR) },
      state24a: { fr: exact(STATE) },
      faith24a: { fr: exact(FAITH) },
      fasting24a: { fr: exact(FASTING) },
      elsewhere24a: { fr: exact(ELSEWHERE) },
      halal24a: { fr: exact(HALAL) },
      keepOwn24a: { fr: exact(KEEP_OWN) },
      noneOf24a: { fr: exact(NONE_OF) },
      vibrant24a: { fr: exact(VIBRANT) },
      faceSeen24a: { fr: exact(FACE_SEEN) },
      worst24a: { fr: exact(WORST) },
      looks24a: { fr: exact(LOOKS) },
      preferred24a: { fr: exact(PREFERRED) },
      hair24a: { fr: exact(HAIR) },
      straightened24a: { fr: exact(STRAIGHTENED) },
      joke24a: { fr: exact(JOKE) },
      guards24a: { fr: exact(GUARDS) },
      pork24a: { fr: exact(PORK) },
      justForYou24a: { fr: exact(JUST_FOR_YOU) },
      covering24a: { fr: exact(COVERING) },
      backHome24a: { fr: exact(BACK_HOME) },
      believers24a: { fr: exact(BELIEVERS) },
      believerScorn24a: { fr: exact(BELIEVER_SCORN) },
      livingIn24a: { fr: exact(LIVING_IN) },
      notRetained24a: { fr: exact(NOT_RETAINED) },
      ruleOut24a: { fr: exact(RULE_OUT) },
      addresses24a: { fr: exact(ADDRESSES) },
      pregnant24a: { fr: exact(PREGNANT) },
      disrupt24a: { fr: exact(DISRUPT) },
    },
    alone: ['alone24a'],
    // Called up to a team, called in to a meeting: not a former name.
    negative: {
      fr: exact(list('was called up|was called in|was called on|was called out|was called to|was called back')),
    },
    signs: {
      wink24a: TRIBUTE_WINK,
      fatSign24a: ['🐷', '🐘', '🐖'],
      lipstick24a: ['💄'],
      oldSign24a: ['👴', '👵', '👴🏻', '👵🏻'],
      disabledNo24a: ['♿'],
      laugh24a: ['😂', '🤣'],
      clown24a: ['🤡'],
    },
    pairs: [
      ['incite24a', 'whereabouts24a', { window: 40, variant: 'harassment' }],
      ['inciteWeak24a', 'personal24a', { window: 40, variant: 'harassment' }],
      ['shutOut24a', 'quits24a', { window: 30, variant: 'harassment' }],
      ['colleague24a', 'wasCalled24a', { window: 3, ordered: true }],
      ['shameAbout24a', 'body24a', { window: 3, ordered: true, variant: 'harassment' }],
      ['atSize24a', 'sizeAdvice24a', { window: 14, variant: 'harassment' }],
      ['clothes24a', 'weightLimit24a', { window: 3, ordered: true, variant: 'harassment' }],
      ['kilos24a', 'fatSign24a', { window: 14 }],
      ['nose24a', 'beaks24a', { window: 8, variant: 'harassment' }],
      ['sizeNot24a', 'noReshare24a', { window: 14 }],
      ['bigSize24a', 'rofl24a', { window: 24, variant: 'harassment' }],
      ['fatPeople24a', 'eating24a', { window: 8, ordered: true }],
      ['fatPeople24a', 'fatSign24a', { window: 16 }],
      ['overweight24a', 'wontDress24a', { window: 12 }],
      ['chubby24a', 'prettyFace24a', { window: 10 }],
      ['praised24a', 'forOne24a', { window: 6, ordered: true }],
      ['neverGuess24a', 'grewUp24a', { window: 3, ordered: true }],
      ['womanRole24a', 'byHerself24a', { window: 12 }],
      ['ladies24a', 'stickTo24a', { window: 14 }],
      ['atTheWheel24a', 'brace24a', { window: 14 }],
      ['realWork24a', 'guys24a', { window: 8, ordered: true }],
      ['ladies24a', 'notes24a', { window: 16 }],
      ['womenDay24a', 'dinner24a', { window: 24 }],
      ['dads24a', 'leaveMums24a', { window: 24 }],
      ['menAddress24a', 'leavePros24a', { window: 2 }],
      ['pink24a', 'nip24a', { window: 16 }],
      ['sport24a', 'forBoys24a', { window: 8 }],
      ['cameOut24a', 'girlsAisle24a', { window: 14 }],
      ['transNeighbour24a', 'watchKids24a', { window: 16 }],
      ['beard24a', 'cubicles24a', { window: 12 }],
      ['old24a', 'allDay24a', { window: 24 }],
      ['oldSign24a', 'allDay24a', { window: 24 }],
      ['staffAges24a', 'ageScorn24a', { window: 24 }],
      ['snowflake24a', 'fragile24a', { window: 20 }],
      ['letHer24a', 'obviously24a', { window: 10 }],
      ['letHer24a', 'lipstick24a', { window: 10 }],
      ['young24a', 'fragile24a', { window: 16 }],
      ['bornAfter24a', 'jobAd24a', { window: 16, variant: 'hiring' }],
      ['gran24a', 'useless24a', { window: 6 }],
      ['disabled24a', 'disabilityScorn24a', { window: 14 }],
      ['disabledNo24a', 'disabilityScorn24a', { window: 6 }],
      ['special24a', 'kidInClass24a', { window: 1, ordered: true }],
      ['names24a', 'nameScorn24a', { window: 10 }],
      ['theft24a', 'knowing24a', { window: 24 }],
      ['theft24a', 'wink24a', { window: 24 }],
      ['soldOrGone24a', 'knowing24a', { window: 8 }],
      ['travellers24a', 'theft24a', { window: 16 }],
      ['passport24a', 'laugh24a', { window: 10 }],
      ['passport24a', 'clown24a', { window: 10 }],
      ['those24a', 'unrecognisable24a', { window: 24, ordered: true }],
      ['invade24a', 'exotic24a', { window: 5 }],
      ['regions24a', 'regionTrait24a', { window: 10 }],
      ['inBlood24a', 'money24a', { window: 16 }],
      ['speakNone24a', 'sendHome24a', { window: 20 }],
      ['eastern24a', 'smell24a', { window: 20 }],
      ['callCentre24a', 'tankYou24a', { window: 20 }],
      ['accent24a', 'accentMock24a', { window: 12 }],
      ['notTheSort24a', 'estates24a', { window: 14, ordered: true }],
      ['except24a', 'estates24a', { window: 5, ordered: true }],
      ['except24a', 'givenEnough24a', { window: 14, ordered: true }],
      ['estates24a', 'givenEnough24a', { window: 16 }],
      ['socialCase24a', 'keepThem24a', { window: 10 }],
      ['estatePeople24a', 'serious24a', { window: 20 }],
      ['ratherNot24a', 'welfare24a', { window: 6, ordered: true }],
      ['headwear24a', 'theDoor24a', { window: 20 }],
      ['state24a', 'faith24a', { window: 3, ordered: true, variant: 'hiring' }],
      ['fasting24a', 'elsewhere24a', { window: 14, variant: 'hiring' }],
      ['halal24a', 'guards24a', { window: 14 }],
      ['halal24a', 'keepOwn24a', { window: 20 }],
      ['noneOf24a', 'vibrant24a', { window: 3, ordered: true }],
      ['faceSeen24a', 'worst24a', { window: 16, variant: 'harassment' }],
      ['looks24a', 'preferred24a', { window: 3, ordered: true, variant: 'hiring' }],
      ['hair24a', 'straightened24a', { window: 12, ordered: true }],
      ['joke24a', 'regions24a', { window: 2, ordered: true }],
      ['pork24a', 'justForYou24a', { window: 24 }],
      ['covering24a', 'backHome24a', { window: 14 }],
      ['believers24a', 'believerScorn24a', { window: 14 }],
      ['livingIn24a', 'notRetained24a', { window: 10, ordered: true, variant: 'hiring' }],
      ['ruleOut24a', 'addresses24a', { window: 4, ordered: true, variant: 'hiring' }],
      ['pregnant24a', 'disrupt24a', { window: 20 }],
    ],
  },
  religion: {
    groups: {
      headwear24a: { fr: exact(HEADWEAR) },
      preach24a: { fr: exact(list('pas du prêche|not preaching|no preaching|pas de prêche')) },
      inBlood24a: { fr: exact(IN_BLOOD) },
      money24a: { fr: exact(MONEY) },
    },
    // Saint-Priest (Rhône) is a town.
    negative: { fr: exact(list('saint priest|st priest')) },
    pairs: [
      ['headwear24a', 'preach24a', { window: 20 }],
      ['inBlood24a', 'money24a', { window: 16 }],
    ],
  },
  insult: {
    groups: {
      bigSize24a: { fr: exact(BIG_SIZE) },
      rofl24a: { fr: exact(ROFL) },
      strong: {
        fr: exact(
          list(`clown of a prime minister|clown of a president|clown of a minister|ce clown de président
          |ce clown de ministre|ya dropkick|you dropkick|bloody dropkick|gueule de raie|un vrai toucan
          |proper minger|la chaise a survécu|did the chair survive|the chair survived`),
        ),
      },
    },
    pairs: [['bigSize24a', 'rofl24a', { window: 24 }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound24a = roundByTopic(ROUND_24A);
