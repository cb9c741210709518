// Seventh round of discrimination and harassment (lexicon-discrimination.ts spreads it in), compositional:
// - more groups named as people (`people4`): disability by condition ("enfants autistes", "deaf customers",
//   "someone with epilepsy"), origin by place ("jeunes des cités", "off a council estate", "Polish lads"), family
//   and sex roles ("mère de trois enfants", "mums of toddlers", "gay dads"), class ("people on benefits"), body
//   ("cliente ronde", "plus-size mums"), generations ("millennials", "boomers");
// - what is said of them after the group, in the same sentence (`said4`): sending away ("restez chez vous", "stay
//   home", "aren't for you", "laissez la place aux vrais clients"), sarcastic dismissal ("on aura tout vu", "good
//   luck with that", "faut pas exagérer"), essentialism ("crack under pressure", "born for", "isn't real", "c'est un
//   trouble"), suspicion and haggling ("always haggle", "never pay", "trop de vols"), family norms ("isn't a family",
//   "proper dad", "ça reste bizarre");
// - the backhanded compliment: praise + "for a girl" / "pour un Africain" (a gap of a few words);
// - hiring on sex, age or weight ("on préfère un homme", "fresh faces", "born before", "moins de 60 kilos");
// - harassment: an audience the target fears (employer, boss, neighbours, recruiters, school) + their own words or
//   photo ("ton tweet", "your rant"): exposing someone; "c'est bien toi au {n} rue…" + a visit or their tweet.
// Welcoming or neutral uses are negatives ("no upper age limit", "stay home and order online" is not said of people).
import type { CategoryRules } from './lexicon';
import { combos, exact, list } from './word-lists-discrimination';

/** Groups named as people that the other lists lack. */
const PEOPLE = list(`autiste|autistes|enfant autiste|enfants autistes|fils autiste|fille autiste|un autiste|trisomique
  |trisomiques|mannequin trisomique|dyslexique|dyslexiques|les dyslexiques|épileptique|épileptiques|malvoyants|non voyants
  |clients en fauteuil|client en fauteuil|clientes en fauteuil|handicapés en fauteuil|les handicapés|sourds et muets
  |jeunes des cités|jeunes de cité|jeunes de banlieue|gens de banlieue|clients de banlieue|candidats du 93|gens du 93
  |gens de la campagne|les ploucs|gens des quartiers|jeunes des quartiers|mère de trois enfants|mère de deux enfants
  |mères de famille|mère de famille|mamans qui allaitent|jeunes mamans|mamans en entretien|les mamans|une mamie
  |candidate voilée|candidates voilées|femme voilée|femmes voilées|une femme|des femmes|femmes pilotes|une candidate
  |les asiatiques|clients asiatiques|clientes asiatiques|les chinois|clients chinois|les roms|couples gays|femmes trans
  |client trans|cliente trans|un trans|les lesbiennes|cliente ronde|clientes rondes|les rondes|mannequin grande taille
  |une mannequin taille {n}|au rsa|les chômeurs|clients âgés|à votre âge|à ton âge
  |bloke in a wheelchair|guy in a wheelchair|man in a wheelchair|woman in a wheelchair|customers in wheelchairs
  |polish lad|polish lads|polish drivers|polish workers|polish builders|somali kids|somalis|chinese drivers
  |chinese suppliers|chinese customers|chinese tourists|nigerian customers|nigerians|mexicans|scousers|travellers
  |travelers|gypsies|boomers like you|millennials|gen z|zoomers|pensioners|grandad|grandads|deaf customers
  |deaf people|deaf staff|blind customers|autistic kids|autistic people|autistic staff|kids like that
  |people like you|your lot|people round there|people from round there|off a council estate|council estate kids
  |from up north|northerners|people on benefits|people on universal credit|on universal credit|poor families
  |poor people|plus size mums|plus size women|plus size customers|fat people|fat customers|a woman|women in
  |men in nursing|male nurses|gay dads|gay drivers|gay men|two mums|two dads|trans customers|trans women|trans men
  |non binary people|non binary|someone with epilepsy|people with epilepsy|epileptics|people with autism
  |mums of toddlers|mothers of toddlers|working mums|new mums|jewish applicants|jewish customers|muslims
  |muslim customers|over {older}|apprentices over {older}|anyone over {older}|graduates over {older}
  |monsieur en jupe|monsieur en robe|candidat sourd|candidate sourde|un candidat sourd|candidat handicapé
  |candidate handicapée|candidat aveugle|candidat autiste|les renois|les blacks|un client trans|une femme qui|a woman who|women who
  |stagiaire de {older} ans|caissière de {older} ans|caissier de {older} ans|vendeuse de {older} ans
  |vendeur de {older} ans|candidat de {older} ans|candidate de {older} ans|apprenti de {older} ans|a {older} year old intern
  |a {older} year old cashier|a {older} year old apprentice|a {older} year old candidate`);

/** Said of a group (after it, in its sentence): sending away, dismissal, essentialism, suspicion, norms. */
const SAID =
  list(`restez chez vous|restez donc chez vous|reste chez toi|restez à la maison|venez plutôt en semaine|venez en semaine|n ont qu à commander|c est plus pour vous
  |plus pour vous|pas pour vous|pas faits pour vous|pas faites pour vous|pas fait pour vous|laissez la place|libérez la place|place aux jeunes
  |aux vrais clients|vrais clients|retournez à votre tricot|retourne à ton tricot|pas trop notre cible|pas vraiment notre cible|demandez à vos petits enfants|on aura tout vu
  |faut pas exagérer|faudrait pas exagérer|n exagérons rien|on en reparlera|chez nous c est non|on passe|ça ne colle pas avec notre image|colle pas avec notre image
  |pas notre image|ça reste bizarre|reste bizarre|c est bizarre|pauvre gamine|pauvre gamin|pauvres gosses|pauvre enfant
  |quelle surprise|comme par hasard|bon courage les gars|on ne va pas tout refaire|va pas tout refaire|ont déjà assez d aides|assez d aides|commencez par chercher du travail
  |cherchez du travail|toujours à marchander|marchandent|marchander|une bonne excuse pour ne pas payer|ne paient jamais|paient jamais|trop de vols
  |c est un trouble|un trouble mental|un diagnostic|c est un diagnostic|elle a dû coucher|a dû coucher|pas encore trouvé le bon mec|le bon mec
  |sera toujours absente|toujours absente|ils copient|qu elles sauront|quand elles sauront|quand ils sauront|question de bon sens|stay home
  |just stay home|stay at home|keep them home|keep them at home|maybe just don't come in|don't come in|aren't for you|isn't for you
  |not for you|not for people like you|for people like you|leave the real work|the real work to|assimilate or leave|door's that way|the door is that way
  |let working people shop|working people|real customers|proper customers|good luck with that|good luck getting|bold choice|change our mind
  |amirite|funny that|funny how|what a surprise|surprise surprise|just biology|it's biology|crack under pressure
  |cracks under pressure|can't handle pressure|born for|are born to|isn't real|is not real|aren't real|a tiktok trend
  |a trend|are men|are just rude|rude with an excuse|special treatment|always haggle|haggle|haggling
  |hagglers|never pay|always find something to complain|always complain|complain the loudest|learn to budget|latest iphone|too much fraud
  |stock goes missing|goes missing|go missing|nothing but problems|are the worst|is the worst|isn't a family|not a family
  |an experiment|a proper dad|proper dad|who's the dad|who is the dad|a bit weird|kind of weird|is weird
  |are weird|doesn't make you special|just confusing|don't need to see|shouldn't see|shouldn't be asking|not a good look|upset other customers
  |ruin it for everyone|ruins it for everyone|we're not fixing|not fixing it|such a tiny group|tiny group|lock up the|until they move on
  |you know what they're like|know what they're like|you know what they are like|know what they are like|always the same lot|the same lot|pr stunt|a pr stunt
  |never available|are never available|actually understand|someone who can|get someone under|get someone who can|lowball|they crack
  |just can't be trusted|cannot be trusted on|le rythme dans la peau|rythme dans la peau|rhythm in their blood|on comprend mieux|ça explique tout|explains all the
  |that explains it|explains a lot|makes other customers uncomfortable|make other customers uncomfortable|other customers uncomfortable|don't hold hands|raccompagné vers la sortie|raccompagnée vers la sortie
  |escorted out|shown the door|asked to leave|on l a fait sortir|pas le temps pour ça|haven't got time for|quelqu un de normal|someone normal
  |gamins normaux|enfants normaux|normal kids|cas spéciaux|special cases|do that at home|faites ça chez vous|nos vigiles
  |call security|appeler la sécurité|rien qu à eux|bloquent les allées|bloquent le passage|block the aisles|blocking the aisles|clog the aisles
  |pas pendant les soldes|not during the sales|aux français|pour les français|for british people|for the british|lay off the|put down the
  |skip dessert|arrêter les goûters|commencer par un régime|commence par un régime|lose a few stone|too much hassle|pleure au moindre|pleurent au moindre
  |ça pleure|chialent au moindre|cry at the slightest|in their blood|breed like rabbits|rester chez vous|rester chez eux|rester chez elles
  |qu ils restent chez eux|qu elles restent chez elles|rester à la maison|appelle la sécurité|on appelle la sécurité|appeler les vigiles|calling security|inutile d appeler
  |pas la peine d appeler|don't bother calling|no point calling|get someone else to|should get someone|ask someone else to|revenez en semaine|come back on a weekday
  |come on a weekday|come during the week|come back another day|revenez un autre jour|on sait tous ce qu ils|on sait tous ce qu elles|we all know what they|tout le monde sait ce qu ils
  |everyone knows what they|when they learn to|quand elles apprendront|quand ils apprendront|slept her way|slept their way|couché pour|sleep their way
  |toujours à râler|toujours en train de râler|toujours à se plaindre|always moaning|always whining|always complaining
  |rien contre eux|nothing against them|always have an excuse|ont toujours une excuse|toujours une excuse
  |please don't come|don't come during|merci de ne pas venir|ne venez pas pendant|évitez de venir pendant
  |pas pour nous|not for us|the poor kid|poor kid|poor kids|pauvres enfants|pauvre petit|pauvre petite|let the lads
  |leave it to the lads|leave it to the men|leave it to the boys|laissez faire les hommes|laissez ça aux hommes
  |laissez ça aux garçons|laisse ça aux hommes`);

/** Praise that, followed by "for a girl" / "pour un Africain", is a backhanded compliment. */
const PRAISE = list(`plutôt doué|plutôt douée|doué|douée|intelligent|intelligente|parle bien|parle très bien
  |s exprime bien|conduit bien|conduit plutôt bien|good at maths|good at math|articulate|speaks well|speaks good english
  |well spoken|drives well|drives pretty well`);
const FOR_A = list(`pour une fille|pour une femme|pour un africain|pour une africaine|pour un noir|pour une noire
  |pour un arabe|pour un étranger|pour une étrangère|pour un immigré|pour un vieux|pour une vieille|pour un gay
  |pour un homo|pour une blonde|for a girl|for a woman|for a lady|for an african|for a black guy|for a black woman
  |for a foreigner|for an immigrant|for an old|for a blonde|for a gay|for an asian`);

/** Hiring preferences on sex, age and weight (with a hiring word of the older lists within the window). */
const PREFER = list(`on préfère un homme|on préfère une femme|préfère un homme|préférons un homme|plutôt un homme
  |plutôt une femme|peser moins de|pèsent moins de|moins de {n} kilos|moins de {n} kg|max {n} kilos|on préfère éviter les congés
  |congés maternité|congé maternité|combien d enfants|qui les garde|qui garde les enfants|only shortlisted the lads
  |shortlisted the lads|only the lads|lads only|men only|males only|only men|we'd rather a man|rather have a man
  |young attractive|young and attractive|attractive woman|must be young|must be a young|fresh faces|digital native
  |digital natives|born before|years out of uni|nationals only|no foreign names|foreign names|weigh less than
  |under {n} stone|mums of toddlers|mothers of toddlers|maternity leave|de préférence un homme
  |de préférence une femme|preferably male|preferably a man|preferably female|oxbridge only|young vibe|blue eyed|yeux bleus|no glasses
  |sans lunettes|plus le moment de postuler|plus l âge de postuler|too old to apply|native english speaker
  |native french speaker|native speaker|posh accent|a posh accent|neutral accent
  |accent neutre|no regional accents|no regional accent|pas d accent
  |single preferred|pretty and single|young and pretty|jeune et jolie|jolie et célibataire|célibataire de préférence
  |must be single|no kids preferred|sans enfants de préférence|sans enfant de préférence
  |must be under {age}|must be slim|doit être mince|doivent être minces|must be thin|slim and young`);

/** Harassment: people whose sight of someone's words the target fears, and those words. */
const AUDIENCE = list(`ton employeur|votre employeur|l employeur de|son employeur|ton chef|votre chef|à ton chef
  |ton patron|votre patron|tes collègues|vos collègues|tes voisins|vos voisins|tout ton quartier|ton quartier
  |ton école|ta fac|toutes nos boutiques|tout le monde sache|tout le monde saura|qui vous êtes|your employer
  |your boss|your manager|your colleagues|your neighbours|your neighbors|your mum s facebook|your mum's facebook
  |your wife|tag your wife|every recruiter|recruiters in your industry|everyone at your school|your school
  |where you work|you work at|tu bosses au|tu bosses à|tu bosses chez|tu travailles au|tu travailles à
  |you'll never work again|never work again|ne retravailleras jamais|found where you work|workplace|your workplace
  |ton lieu de travail|pop round|drop round|come round|passer te voir|passera te voir|on passera
  |everyone at your office|your office|ton bureau|everyone at your work|your whole office|tout ton bureau`);
const THEIR_WORDS = list(`ton tweet|tes tweets|ses tweets|vos tweets|votre tweet|ton avis|tes avis|vos avis|votre avis
  |ta photo|votre photo|ton message|tes messages|vos messages|tes commentaires|vos commentaires|your tweet
  |your tweets|your posts|your rant|your little rant|your review|your reviews|your complaints|those complaints
  |what you post|what you ordered|what you wrote|your messages|your comments|your photo|your pics|your dms
  |screenshotted|screenshots|captures d écran|ce que tu écris|ce que tu commandes|what you post about us
  |your car reg|what car you drive|you drive|ta voiture|your rants|ton adresse|your home address|car reg|that tweet
  |ce tweet|that review|cet avis
  |these replies|your replies|tes réponses|vos réponses|ces commentaires|these comments|your linkedin|ton linkedin`);

/** "C'est bien toi au 12 rue…", "nice house on Elm Road": someone's home named + a visit, a threat or their words. */
const HOME = list(`c est bien toi au|c est toi au|tu habites au|tu habites à|you live at|nice house on|nice house in
  |jolie maison|belle maison|your house on|your house in|ton adresse à|votre adresse à|your address in
  |shared your home address|shared your address|partagé ton adresse|partagé votre adresse`);
const HOME_THEN = list(`on passera te voir|passera te voir|passer te voir|pop round|drop round|chat about that tweet
  |parler de ton tweet|shame if|dommage si|ce serait dommage|enjoy the visitors|les visiteurs|on la publie
  |on la publiera|on publie|neighbours found out|voisins apprenaient|delete that review|by the way|d ailleurs|fans
  |dans notre fichier|in our database|un avis de plus|one more review`);

/** Places standing for an origin or a class, in hiring or service: "on évite les CV du 93", "not from up north". */
const PLACE = list(`du 93|de seine saint denis|de banlieue|des cités|de cité|des quartiers|from up north|up north
  |council estate|council estates|council estate cvs|off a council estate|from the estates|from the projects
  |from the estate|de la cité`);
const HIRE = list(`role|team leader|poste|job|jobs|graduate scheme|graduate roles|stage|offre de stage|apprentices
  |apprenticeship|internship|hiring|recrute|recrutons|candidats|candidates|applicants|cv|cvs|postuler`);

/** Exclusions enough alone. */
const ALONE =
  list(`real women only|for real women only|réservé aux vraies femmes|pour les vraies femmes|rather have a native
  |prefer a native|préfère un natif|préférons un natif|native speakers only|need a mum and a dad|needs a mum and a dad
  |need a mum and dad|besoin d un père et d une mère|besoin d un papa et d une maman|la france tu l aimes ou tu la quittes
  |love it or leave it|français de souche|française de souche|françaises de souche|français pure souche
  |français pur souche|de souche française|de pure souche`);

/** "Vu votre nom de famille", "with your accent": who someone is, held against them + a consequence. */
const NAME_ACCENT =
  list(`vu votre nom|vu ton nom|vu votre nom de famille|avec votre accent|avec ton accent|vu votre accent
  |given your surname|with your surname|with a name like yours|with your accent|with that accent|given your accent
  |vu ton prénom|vu votre prénom|with a surname like yours|with a name like that|avec un prénom comme ça
  |avec un nom comme ça|avec ton prénom|avec votre prénom
  |can't speak proper english|don't speak proper english|speak proper english|parlez pas bien français
  |parle pas bien français|ne parlez pas bien français|ne parlez pas français`);
const CONSEQUENCE = list(`on préfère|risquent|ne pas vous comprendre|ne vont pas vous comprendre|won't understand
  |payiez|pay upfront|prepaid only|bank transfer only|vous comprendrez|you'll understand|can't hire|won't hire
  |acompte|un acompte|payment upfront|a deposit|paiement d avance|upfront
  |don't bother|inutile|pas la peine`);

/** "your lot", "people like you", "kids like that": a group named by a demonstrative, anywhere in the sentence. */
const LIKE_YOU = list(`your lot|people like you|kids like that|people like that|vous autres|les gens comme vous
  |les gens comme toi|des gens comme vous|gens comme ça|des gens comme ça`);

/** Gender identity denied: an identity word + the binary imposed. */
const GENDER_ID = list(`iel|they them|mx|non binaire|non binary|non binaires|transgenre|pronoms|pronouns|pronom|pronoun
  |trans|client trans|cliente trans|femmes trans|trans women|trans customers`);
const BINARY = list(`monsieur ou madame|mr or mrs|mr or ms|il ou elle|he or she|he and she|what you were born with
  |born a man|born a woman|né homme|née femme|pas un pronom|not a pronoun|not a real pronoun|dans ton slip
  |in your pants|un homme ou une femme|a man or a woman|ce qu il est|ce qu elle est|décider d abord|are men
  |sont des hommes|un trouble mental|a mental disorder|isn't real|is not real|personne n en a rien à faire
  |nobody cares|doesn't make you special|just confusing|like everyone else|comme tout le monde`);

/** Pride and family norms: a pride cue + "kids don't need to see that". */
const PRIDE = list(`pride|pride month|mois des fiertés|fiertés|lgbt|lgbtq|rainbow|arc en ciel|adoption week|gay couples
  |deux papas|deux mamans|two dads|two mums|families of all kinds`);
const NORM =
  list(`don't need to see|shouldn't see|ça reste bizarre|reste bizarre|pas devant les enfants|not in front of the kids
  |a proper dad|a mum and a dad|a mum and dad|kids don't need|les enfants n ont pas besoin de voir|pas une famille
  |isn't a family|not a family|an experiment|propaganda|propagande|woke agenda|most kinds|well most kinds`);

/** Body shaming: a size or body named + a jibe (diet, animals, "look after themselves"). */
const BODY = list(`s arrêtent au {n}|s arrête au {n}|stop at a {n}|stop at size {n}|stops at a {n}|goes up to size {n}
  |go up to size {n}|up to size {n}|au delà|anything bigger|anything above|if it doesn't fit in a {n}|fit in a size {n}|fit in a {n}|grande taille
  |grandes tailles|plus size|xxl|mannequin taille {n}|une mannequin taille {n}|a size {n} model|size {n} model|ce corps|avec ce corps|that body|with that body|kilos en trop
  |pris {n} kilos|tes kilos|ta photo|votre photo|your pics|your gym selfie|ta photo de profil|in our leggings
  |nos leggings|stretch that far|chunky|nos tailles|our sizes|nos jeans|our range
  |obèse|obèses|obese|bodies like yours|body like yours|corps comme le tien|un corps comme le vôtre`);
const JIBE = list(`la salade|salade|goûters|régime|un régime|diet|dessert|skip dessert|biscuits|crisps|pastries
  |baleine|baleines|whale|whales|éléphant|hippopotame|hippo|look after themselves|prennent soin d elles|abonnement à la salle
  |la salle|the gym|lay off|put down the|lose a few|pousser les murs|push the walls|not meant to stretch|tente|tent
  |a tent|une tente|bâche|tarp|parachute|chapiteau|marquee
  |eating less|eat less|manger moins|mangez moins|try eating less`);

/** A coded trope: finance or media + "the same people" pulling strings. */
const POWER = list(`banques|banks|médias|media|hollywood|la finance|finance|the press`);
const CODED = list(`la même communauté|même communauté|tenues par la même|tenus par les mêmes|the same people pulling
  |pulling the strings|pull the strings|tirent les ficelles|run by the same|same people`);

/** "Si la France te plaît pas… des avions": leave the country. */
const DISLIKE_HERE = list(`si la france te plaît pas|si la france ne te plaît pas|si la france vous plaît pas
  |si la france ne vous plaît pas|if you don't like the uk|if you don't like britain|if you don't like it here
  |moan about the uk|hate it here|hate this country`);
const LEAVE = list(`des avions|avion|avions|planes|flights|door's that way|never actually leave|the door|la porte
  |pars|partez|quitte|leave`);

/** Papers checked as a joke on a colleague's origin. */
const PAPERS = list(`a ses papiers|il a ses papiers|elle a ses papiers|has his papers|has her papers|got his papers
  |got her papers|checked his papers|checked her papers|vérifié ses papiers`);
const CHECKED = list(`on a vérifié|we checked|we've checked|vérifié`);

/** A child named + a review: "next time you leave a review, remember your daughter…". */
const CHILD = list(`ta fille|ton fils|tes enfants|tes gosses|your daughter|your son|your kids|your children`);
const REVIEW = list(`un avis|laisses un avis|leave a review|a review|ton avis|your review|ton tweet|your tweet`);

/** Exclusion before a group: "ouvert à tous, sauf aux jeunes des cités". */
const BUT_NOT = list(`sauf aux|sauf les|sauf pour les|except for|except|but not|mais pas aux|mais pas les`);

export const DISCRIMINATION_4_GROUPS: CategoryRules['groups'] = {
  people4: { fr: exact(PEOPLE) },
  said4: { fr: exact(SAID) },
  praise4: { fr: exact(PRAISE) },
  forA4: { fr: exact(FOR_A) },
  prefer4: { fr: exact(PREFER) },
  audience4: { fr: exact(AUDIENCE) },
  theirWords4: { fr: exact(THEIR_WORDS) },
  home4: { fr: exact(HOME) },
  homeThen4: { fr: exact(HOME_THEN) },
  place4: { fr: exact(PLACE) },
  hire4: { fr: exact(HIRE) },
  alone4: { fr: exact(ALONE) },
  nameAccent4: { fr: exact(NAME_ACCENT) },
  consequence4: { fr: exact(CONSEQUENCE) },
  likeYou4: { fr: exact(LIKE_YOU) },
  genderId4: { fr: exact(GENDER_ID) },
  binary4: { fr: exact(BINARY) },
  pride4: { fr: exact(PRIDE) },
  norm4: { fr: exact(NORM) },
  body4: { fr: exact(BODY) },
  jibe4: { fr: exact(JIBE) },
  power4: { fr: exact(POWER) },
  coded4: { fr: exact(CODED) },
  dislikeHere4: { fr: exact(DISLIKE_HERE) },
  leave4: { fr: exact(LEAVE) },
  papers4: { fr: exact(PAPERS) },
  checked4: { fr: exact(CHECKED) },
  child4: { fr: exact(CHILD) },
  review4: { fr: exact(REVIEW) },
  butNot4: { fr: exact(BUT_NOT) },
};

export const DISCRIMINATION_4_COMPOUNDS: NonNullable<CategoryRules['compounds']> = [
  // "Pas mal, pour une fille", "pretty good at maths for a girl": praise + "for a <group>" a few words on.
  ['praise4', 'forA4', 'backhanded4', 4],
];

export const DISCRIMINATION_4_PAIRS: CategoryRules['pairs'] = [
  ['people4', 'said4', { window: 16, ordered: true }],
  ['group', 'said4', { window: 16, ordered: true }],
  ['target', 'said4', { window: 16, ordered: true }],
  ['people4', 'contempt', { window: 12, ordered: true }],
  ['people4', 'away', { window: 16, ordered: true }],
  ['people4', 'laugh', { window: 8, ordered: true }],
  ['hire', 'prefer4', { window: 14, variant: 'hiring' }],
  ['job', 'prefer4', { window: 14, variant: 'hiring' }],
  ['staff', 'prefer4', { window: 8, variant: 'hiring' }],
  ['audience4', 'theirWords4', { window: 14, variant: 'harassment' }],
  ['home4', 'homeThen4', { window: 16, ordered: true, variant: 'harassment' }],
  ['said4', 'people4', { window: 10, ordered: true, clause: true }],
  ['hire4', 'place4', { window: 14, variant: 'hiring' }],
  ['hire', 'place4', { window: 14, variant: 'hiring' }],
  ['hire4', 'prefer4', { window: 14, variant: 'hiring' }],
  ['place4', 'away', { window: 12, ordered: true }],
  ['place4', 'said4', { window: 12, ordered: true }],
  ['place4', 'contempt', { window: 12 }],
  ['nameAccent4', 'consequence4', { window: 12 }],
  ['likeYou4', 'said4', { window: 12 }],
  ['likeYou4', 'contempt', { window: 12 }],
  ['genderId4', 'binary4', { window: 14 }],
  ['pride4', 'norm4', { window: 20, ordered: true }],
  ['body4', 'jibe4', { window: 16 }],
  ['body4', 'pig', { window: 16 }],
  ['power4', 'coded4', { window: 16 }],
  ['dislikeHere4', 'leave4', { window: 14, ordered: true }],
  ['papers4', 'checked4', { window: 8 }],
  ['papers4', 'laugh', { window: 10 }],
  ['child4', 'review4', { window: 14, variant: 'harassment' }],
  ['butNot4', 'people4', { window: 2, ordered: true, clause: true }],
  ['butNot4', 'target', { window: 2, ordered: true, clause: true }],
];

/** Neutral uses: an age limit lifted, staying home by choice, a shop's own words. */
export const DISCRIMINATION_4_NEGATIVE = [
  ...list(`no upper age limit|no age limit|without an age limit|sans limite d âge|pas de limite d âge|aucune limite d âge
    |stay home and order|stay home and shop|not just for|pas seulement pour|pas que pour|not only for|restez chez vous et commandez|shop online or in store|come on in`),
  ...combos(['welcome', 'welcomes', 'bienvenue aux', 'bienvenue à'], ['all', 'tous', 'toutes', 'everyone']),
].map((t) => `=${t}`);
