// Round 24a's word lists for harassment and for the traits people are mocked for (bodies, sex, age, disability):
// `word-lists-round-24a.ts` pairs them into families.
import { combos, list } from './word-lists-discrimination';

// ---- Harassment.
/** A call to act on a person whose whereabouts were just given. */
export const INCITE = list(`do with that what you will|do with that what you want|do what you will with that
  |faites en ce que vous voulez|faites en bon usage|allez lui faire un petit coucou|allez lui faire coucou
  |lui faire un petit coucou|someone should be there to say hi|someone should say hi|go say hi|go and say hi
  |after a few visitors|a few visitors|je dis pas qu il faut y aller|je ne dis pas qu il faut y aller
  |je dis juste que c est là|go let her know|go let him know|allez lui dire
  |vous savez où le trouver|vous savez où la trouver|you know where to find him|you know where to find her`);
/** Weaker calls ("vous savez quoi faire", "spread it"): only beside where a person lives, works or drives. */
export const INCITE_WEAK = list(`vous savez quoi faire|you know what to do|spread it|spread the word|share it around
  |just an observation|simple observation|simple constat
  |faites tourner|pass it on|partagez un max`);
export const WHEREABOUTS =
  list(`rue|impasse|avenue|allée|rd|road|st|street|lane|flat|flat b|étage|parking|car park|depot
  |dépôt|entrepôt|lives above|lives at|lives on|habite|works nights|bosse de nuit|il sort à|elle sort à|shift ends
  |out at|primary|école|school|gym|outside the|devant le|her insta|his insta|son insta|adresse|address
  |profile photo|every store manager|sa clio|his car|her car|red polo|tous les matins|most mornings|every morning`);
export const PERSONAL =
  list(`lives above|lives at|lives on|vit au|vit à|il rentre vers|elle rentre vers|gets home at|gets home around
  |habite rue|works nights|bosse de nuit|il sort à
  |elle sort à|shift ends|her kid's at|his kid's at|your wife's|ta femme|sa femme|his wife's|sa voiture|ta voiture
  |your car|her car|his car|son adresse|ton adresse|her address|his address|your address`);
export const SCHOOL_KNOWN =
  list(`on sait dans quelle école|on sait quelle école|we know which school|we know what school
  |on connaît son école|on connaît l école de|we know where your kids go|we know where your son goes
  |we know where your daughter goes`);
export const DOGPILE =
  list(`ratio her|ratio him|dig up her other accounts|dig up his other accounts|dig up her|dig up his
  |in her mentions until|in his mentions until|flood her mentions|flood his mentions|inondez ses mentions
  |déterrez ses anciens|until she goes quiet for good|until he goes quiet for good|jusqu à ce qu elle se taise
  |good luck showing your face|bon courage pour remontrer ta tête|have gone round every store manager
  |mass report her|mass report him|signalez son compte en masse|allez tous sur son compte|everyone go to her profile
  |everyone go to his profile|pile on her|pile on him`);
export const SHUT_OUT =
  list(`nobody talks to|nobody helps|nobody covers for|no one talks to|no one helps|plus personne lui adresse
  |plus personne ne lui adresse|personne ne lui parle|personne lui parle|on lui refile les pires|on ne l aide plus
  |give her the worst shifts|give him the worst shifts
  |freeze her out|freeze him out|on la met au placard|on le met au placard|ignorez la|ignorez le`);
export const QUITS = list(`hand her notice in|hand his notice in|hands her notice in|she'll quit|he'll quit|elle craque
  |elle va craquer|il va craquer|dans un mois elle craque|démissionner|veut pas démissionner|les paris sont ouverts
  |give it a fortnight|give it a week|place your bets`);
export const OUTING = list(`son ancien prénom|her old name|his old name|her deadname|his deadname|her dead name
  |avant c était un mec|avant c était une fille|used to be a bloke|used to be a man|used to be a guy|was a bloke before
  |her birth name
  |was born a man|was born a boy|est né homme|née garçon|demandez lui son vrai prénom|ask her her real name`);
export const COLLEAGUE = list(`nouvelle collègue|nouveau collègue|new colleague|notre collègue|our colleague|la nouvelle
  |the new girl|the new guy`);
export const WAS_CALLED = list(`s appelait|was called|was named|used to be called`);

// ---- Bodies.
export const SHAME_ABOUT = list(`shame about the|shame about her|shame about his|dommage pour les|dommage pour ses
  |dommage pour sa|dommage pour son`);
export const BODY = list(`teeth|dents|nose|nez|face|tête|thighs|cuisses|belly|ventre|arms|bras|skin|peau|mum's teeth
  |mom's teeth|hair|cheveux`);
export const AT_SIZE =
  list(`à ta taille|at your size|at her size|à sa taille|à ton poids|at your weight|with your weight
  |vu ta taille|vu ton poids`);
export const SIZE_ADVICE =
  list(`pas très responsable|n est pas très responsable|isn't very responsible|not very responsible
  |recettes de gâteaux|cake recipes|lay off the|arrête les|régime|diet|un peu de sport|some exercise`);
export const CLOTHES = list(`leggings|legging|jeans|crop top|crop tops|mini jupe|short|shorts|bikini|maillot`);
export const WEIGHT_LIMIT = list(
  `have a weight limit|has a weight limit|ont une limite de poids|a une limite de poids`,
);
export const KILOS =
  list(`pris quelques kilos|a pris quelques kilos|pris du poids|put on a few pounds|put on a few kilos
  |put on weight|gardé dix kilos|kept ten kilos|kept 10 kilos|gardé 10 kilos|kilos en trop|gardé quelques kilos
  |dix kilos après bébé|kilos après bébé|ten kilos after the baby|kilos after the baby`);
export const NOSE = list(`ce nez|son nez|ton nez|that nose|his nose|her nose|ce pif|that conk`);
export const BEAKS = list(`toucan|bec|beak|gueule de raie|une gueule|concorde`);
export const SIZE_NOT = list(
  `isn't a size|is not a size|not a size|ne fait pas du 36|ne fait pas du 38|pas du 36|pas du 38`,
);
export const NO_RESHARE = list(`don't reshare|don't repost|don't share|ne repartagez pas|on ne repartage pas|muffin tops
  |muffin top|bourrelets`);
export const BIG_SIZE = list(`taille xxl|size xxl|en xxl|in xxl|xxxl|taille 54|size 22|size 24`);
export const ROFL = list(`pleuré de rire|on a tous pleuré de rire|cried laughing|we all cried laughing|mort de rire
  |morts de rire|in stitches|we were in stitches|on a tous ri`);
export const FAT_PEOPLE = list(`les gros|les grosses|pour les grosses|pour les gros|que les gros|the fat ones|fatties
  |fat people|fat customers`);
export const EATING = list(`pourront manger|pourront enfin manger|mangent comme un oiseau|comme un oiseau|like a bird
  |sans culpabiliser|without feeling guilty|can finally eat`);
export const OVERWEIGHT =
  list(`enfants en surpoids|personnes en surpoids|clients en surpoids|overweight kids|overweight children
  |overweight people|overweight staff|obèses|obese kids`);
export const WONT_DRESS =
  list(`on ne les habille pas|on ne les habille plus|we don't dress them|we don't make clothes for them
  |ralentit la cadence|ralentissent la cadence|slows the line|slow the line down|silhouettes sportives`);
export const CHUBBY = list(`a bit chubby|bit chubby|chubby|un peu ronde|rondouillarde|grassouillette|un peu enrobée`);
export const PRETTY_FACE = list(
  `pretty face|joli visage|si joli visage|jolie frimousse|anything's possible|tout est possible`,
);

// ---- Backhanded praise, competence by sex.
export const PRAISED = list(`bien|pas mal|super bien|très bien|vraiment bien|mignonne|jolie|good|well|really good
  |really well|so well|articulate|so articulate|confident speaker|speaks really good|speaks good`);
export const FOR_ONE = [
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
export const NEVER_GUESS = list(`you'd never guess|you would never guess|on ne devinerait jamais|on devinerait jamais
  |on dirait pas qu|you wouldn't know`);
export const GREW_UP = list(`grew up in|was raised in|a grandi à|a grandi en|a grandi au|came from|vient de`);
export const BOTH = list(`comme quoi on peut avoir les deux|on peut avoir les deux|goes to show you can have both
  |you can have both|beauty and brains|belle et intelligente`);
export const PRETTY = list(`jolie|belle|mignonne|pretty|cute|gorgeous|hot`);
export const WOMAN_ROLE =
  list(`directrice|nouvelle directrice|ingénieure|notre ingénieure|cheffe|manager|head of marketing
  |head of|our new head|cfo|ceo|pilote|présidente`);
export const BY_HERSELF = list(`toute seule|all by herself|by herself|on her own|sans aide`);
export const PROUD = list(`tellement fiers d elle|si fiers d elle|so proud of you girl|so proud of her|so proud of you
  |tellement fiers|bravo ma grande|good girl`);
export const LADIES =
  list(`ladies|mesdames|les filles|girls|women|femmes|f3mmes|female pilot|female pilots|femmes pilotes
  |a woman|une femme`);
export const STICK_TO = list(`stick to cabin crew|stick to the cabin|stick to being|restez hôtesses|restez à l accueil
  |qu elles restent sur la grille|restent sur la grille|avec les parapluies|holding the umbrellas|hold the umbrellas
  |stick to the umbrellas|stick to the grid|stick to the kitchen`);
export const AT_THE_WHEEL = list(`woman behind the wheel|a woman behind the wheel|une femme au volant|femme au volant
  |woman driving|a girl behind the wheel|une fille au volant`);
export const LET_HER = list(`on avait laissé notre ingénieure|on a laissé notre ingénieure|laissé notre ingénieure
  |laissé une femme|we let our female engineer|we let a woman|we left it to our female engineer|we let the girl`);
export const OBVIOUSLY = list(`évidemment|of course|obviously|forcément|no wonder|pas étonnant`);
export const BRACE =
  list(`warned the marshals|doubled the tyre walls|doublé les pneus|prévenu les commissaires|run for cover
  |aux abris|pray for the|priez pour`);
export const REAL_WORK = list(`les vrais calculs|the real maths|the real calculations|le vrai travail|the real work
  |the real engineering|pour la photo|for the photo`);
export const GUYS = list(`les gars|the guys|the lads|the men|les hommes|les mecs|the blokes`);
export const NOTES = list(`quelqu un pour prendre les notes|quelqu un pour prendre des notes|someone to take the notes
  |someone to take notes|someone has to take the notes|qui prendra les notes|who'll take the minutes
  |someone to take the minutes`);
export const DINNER = list(`pour préparer le dîner|préparer le dîner|to make dinner|to cook dinner|get the dinner on
  |faire le ménage|do the housework|heads are half at home|la tête à la maison|not on the promotion list
  |pas sur la liste des promotions|pas dans la liste des promotions`);
export const WOMEN_DAY = list(`droits des femmes|women's day|journée de la femme|journée des femmes|mother's day
  |fête des mères|working mums|mamans qui travaillent|collaboratrices|nos collaboratrices`);

// ---- Dads, boys, gay and trans people.
export const DADS = list(`papa|papas|dad|dads|messieurs|lads|fathers|pères|un papa seul|dad alone`);
export const LEAVE_MUMS = list(`laissez faire les mamans|leave it to mum|leave it to the mums|leave it to the ladies
  |laissez faire les femmes|leave it to the women|papas perdus|papasperdus|helpless dads|helplessdads`);
export const MEN_ADDRESS = list(`messieurs|lads|les gars|gentlemen|les hommes|fellas`);
export const LEAVE_PROS = list(`laissez faire les pros|laissez faire les professionnels|leave it to the professionals
  |leave it to the pros`);
export const PINK = list(`pink|rose|licorne|unicorn|robe|dress|poupée|doll|paillettes|glitter`);
export const NIP = list(`nip it in the bud|nip that in the bud|tuer dans l oeuf|étouffer dans l oeuf|tuez ça dans l oeuf
  |avant que ça lui prenne|before it sticks|buy him the dinosaur|achetez lui le dinosaure`);
export const SPORT = list(
  `foot|le foot|football|rugby|crampons|football boots|les maths|maths|la mécanique|engineering`,
);
export const FOR_BOYS = list(`les filles ont les tutus|girls get tutus|girls get dolls|les filles ont les poupées
  |les filles au tutu|girls stick to tutus`);
export const CAME_OUT = list(`coming out|came out|come out|fait son coming out|est gay|is gay|est homo`);
export const GIRLS_AISLE = list(`rayon filles|au rayon filles|girls' section|girls section|girls' aisle|plus à l aise
  |more at home there|more comfortable there`);
export const TRANS_NEIGHBOUR =
  list(`est trans|is trans|are trans|sont trans|trans woman|femme trans|homme trans|trans man
  |est gay|is gay|sont gays|couple gay|gay couple|couple de lesbiennes|lesbian couple`);
export const WATCH_KIDS = list(`surveiller les enfants|surveillez les enfants|surveillez vos enfants|watch the kids
  |watch your kids|keep an eye on the kids|keep an eye on your kids|protect the kids|protégez vos enfants
  |prévenu tout l immeuble|warned the whole building|warned the whole street|on ne sait jamais|you never know`);
export const BEARD = list(`qui ont de la barbe|qui ont une barbe|with beards|with a beard|femmes à barbe|bearded girls
  |bearded women`);
export const CUBICLES = list(
  `cabines|cabine|changing rooms|changing room|toilettes|toilets|vestiaires|sécurité|safety`,
);

// ---- Age.
export const OLD = list(`retraités|nos retraités|aux retraités|pensioners|retirees|seniors|papys|mamies|oaps|boomers
  |the over 70s|old dears`);
export const ALL_DAY = list(`vous avez toute la journée|vous avez tout votre temps|you've got all day|you have all day
  |you've got all the time in the world|laissez passer ceux qui bossent|let the people who work|ceux qui travaillent
  |some of us work|certains travaillent|vous n avez que ça à faire|nothing better to do`);
export const STAFF_AGES = Array.from({ length: 26 }, (_, k) => String(k + 50)).flatMap((n) => [
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
export const AGE_SCORN = list(`vivement la retraite|roll on retirement|bring on retirement|c est où le bouton
  |where's the send button|size 40 font|en taille 40|police taille 40|trouver l onglet|find the tab|moins adaptables
  |less adaptable|jugés moins adaptables|fewer shifts|moins d heures|cerveaux au ralenti|brains in slow motion
  |no teeth and no memory|explain the wifi twice|explain the wi fi twice|trois jours à trouver|three days to find
  |mais elle fait d excellents gâteaux|but she makes great cakes|bless him`);
export const CARE_HOME =
  list(`qu on lui trouve une place en ehpad|trouvez lui une place en ehpad|une place en ehpad plutôt
  |find him a care home|find him a place in a care home|a care home place instead|book him a care home`);
export const SNOWFLAKE =
  list(`génération flocon|generation flocon|snowflake generation|génération snowflake|generation snowflake
  |génération fragile`);
export const YOUNG = list(`under 30|under 25|moins de 30 ans|moins de 25 ans|gen z|génération z|zoomers|22 ans|21 ans
  |22 year old|21 year old`);
export const FRAGILE = list(
  `mental health break|wellness day|pause santé mentale|journée bien être|a pleuré|cried|snowflakes`,
);
export const BORN_AFTER = Array.from({ length: 26 }, (_, k) => String(k + 1980)).flatMap((y) => [
  `né après ${y}`,
  `née après ${y}`,
  `nés après ${y}`,
  `né e après ${y}`,
  `born after ${y}`,
]);
export const JOB_AD = list(`stage|stagiaire|recrute|recrutons|profil|candidat|candidats|poste|cdi|cdd|hiring|internship
  |role|apply|postulez|job`);
export const GRAN = list(`mamie|papy|grand mère|grand père|nan|nana|grandad|grandma|granny|grandpa|gran`);
export const USELESS = list(`qui ne sert plus à grand chose|qui ne sert plus à rien|ne sert plus à rien|part of the sofa
  |basically part of the sofa|partie du canapé|décorer le canapé|à part décorer|part of the furniture`);

// ---- Disability.
export const DISABLED = list(`sourd|sourde|sourds|monsieur sourd|deaf|deaf gentleman|deaf lady|fauteuils roulants
  |fauteuil roulant|wheelchairs|wheelchair|dyslexiques|dyslexics|dyslexic|handicapé|handicapés|handicapée|special kid
  |special needs|autiste|autistic`);
export const DISABILITY_SCORN =
  list(`parlera très fort|on parlera fort|we'll shout|shout for|dans une autre vie|in another life
  |patience|be patient|écrivent comme ils parlent|write like they talk|pas mal pour|could find it|pourrait le trouver
  |même le|even the`);

/** "the 'special' kid in your class": the quotes split the phrase. */
export const SPECIAL = list(`special|spécial`);
export const KID_IN_CLASS = list(`kid in your class|kid in the class|kids in your class|kid in class|gamin de ta classe
  |gamin de la classe|élève de ta classe`);
