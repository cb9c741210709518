// Twenty-fifth round, eleventh reading (`withRound25k` adds it to every topic's rules), from `train-br` (French
// discrimination and harassment, the subtle kind), by family, in French and English:
// Disability: wheelchair users or a deaf customer sent away or not worth the time ("on vous conseille plutôt
// l'e-shop", "ce n'est pas un endroit pour vous", "inutile de perdre du temps"); a disorder dismissed ("la dyslexie a
// bon dos", "ceux qui se disent en burn-out", "chez les chochottes"); a disorder played for laughs (an "imitation",
// "l'HP", "camisoles"); "même un trisomique y arriverait"; a sign-language interpreter mocked; children with "dys" or
// ADHD sent to a special school "for everyone's good"; hiring without ADHD or "antécédents psychiatriques".
// Age: a birth year as a hiring cut ("né après 1995 uniquement"); the old who "can't learn" or must be told three
// times; older applicants "surqualifiés d'office".
// Sex: women steered to what is "plus dans vos cordes", women as a distraction, women's sport reduced to broken
// nails, "aussi bien que les hommes… enfin, presque", male nurses redirected ("une vraie infirmière"), mothers
// screened out for "profils vraiment disponibles".
// Gender identity: "on n'a jamais bien compris… on dira ça", "vous autres"; "iel" mocked ("le français normal",
// "années de psy"); a deadname given "pour les intimes".
// Origin and faith: names "difficiles à prononcer", "un Thomas plutôt qu'un Mamadou"; dark food compared to a
// colleague; skin colour joked about ("pas vu dans l'ombre"); "expatriés uniquement", "typés européens", "yeux clairs
// appréciés"; foreign applicants sorted; a Jewish name and money; veiled women watched or told not to apply; "on
// est en France" against a feast.
// Social status: benefit vouchers told "pas votre enseigne"; the cheapest pack "pour ceux qui touchent le chômage".
// Size: fat people shamed or charged double, children or a colleague told to eat less, a BMI required.
// Harassment: a critic's address kept or given with a visit suggested; "on sait quelle voiture tu conduis"; a critic
// pushed to delete an account ("personne ne le regrettera", "RT si", reported "jusqu'à ce qu'il saute"); a former
// employee exposed (photo or emails posted, expense notes); a critic's number given with a call to ring her.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const LAUGH = ['😂', '🤣', '😹'];

// Disability
const WHEELS =
  list(`fauteuils roulants|fauteuil roulant|en fauteuil|chaise roulante|chaises roulantes|personnes handicapées
  |les handicapés|clients handicapés|clientes handicapées|personnes à mobilité réduite|les pmr|la cliente sourde
  |le client sourd|les clients sourds|les sourds|la cliente aveugle|le client aveugle|les aveugles|les malvoyants
  |la cliente malvoyante|le client malvoyant|wheelchair users|wheelchairs|in a wheelchair|disabled customers
  |disabled shoppers|the deaf customer|deaf customers|the blind customer|blind customers`);
const SENT_AWAY = list(`on vous conseille plutôt|conseille plutôt l e shop|plutôt l e shop|pas un endroit pour vous
  |pas un endroit pour eux|pas fait pour vous|pas fait pour eux
  |inutile de perdre du temps|perdre du temps à lui|on passe au client suivant|au client suivant|pas la peine de lui
  |not a place for you|not the place for you|better off online|stick to online|shop online instead
  |don waste time|no need to waste time|move on to the next customer|next customer please`);

const DISORDER = list(`la dyslexie|le burn out|un burn out|en burn out|la dépression|le tdah|l autisme|la phobie
  |l anxiété|la fibromyalgie|dyslexia|burnout|burn out|depression|adhd|anxiety|autism`);
const DISMISS = list(`a bon dos|ont bon dos|un peu de concentration|un peu de volonté|un bon week end et ça repart
  |chez les chochottes|se disent en|se disent dépressifs|se disent dys|se disent autistes|c est dans la tête
  |c est dans ta tête|convenient excuse|all in your head|all in their head|a bit of willpower
  |snap out of it|a good weekend and|people who claim|those who claim`);
const DISMISS_ALONE = list(`la dyslexie a bon dos|le burn out a bon dos|la dépression a bon dos|le tdah a bon dos
  |ceux qui se disent en burn out|celles qui se disent en burn out|on n est pas chez les chochottes
  |pas chez les chochottes`);

const DISORDERED = list(`bipolaire|bipolaires|schizo|schizos|schizophrène|schizophrènes|dépressifs|dépressives
  |dépressif|autiste|autistes|trisomique|trisomiques|psychotique|psychotiques|tdah|bipolar|schizophrenic
  |schizophrenics|depressives|autistic|psychotic`);
const MOCKED = list(`imitation|notre imitation|pète sa coche|pète un câble|pètent un câble|pète les plombs
  |brailler de rire|hurler de rire|mourir de rire|l hp|à l hp|ressemble à l hp|un asile|l asile|camisoles
  |camisole de force|camisoles de force|straitjacket|straitjackets|loony bin|nuthouse|the psych ward
  |impression of|impersonation|our sketch|looks like an asylum`);

const EVEN_A = list(`même un trisomique|même une trisomique|même un autiste|même un handicapé|même un attardé
  |même un mongolien|même un débile|même un dyslexique|même un sourd|même un aveugle|even a blind man
  |even someone with down syndrome|even a retard|even an autistic|even a disabled`);
const COULD = list(`y arriverait|y arrive|arriverait|y parviendrait|pourrait le faire|saurait le faire|comprendrait
  |could do it|could manage|could manage it|could open it|could work it out|would get it`);

const SIGNING = list(`langue des signes|en lsf|interprète lsf|l interprète|sign language|the signer|signing interpreter
  |bsl interpreter|asl interpreter`);
const SIGN_MOCK = list(`gigotait|gigote|gigoter|chassait les mouches|chasser les mouches|chasse les mouches
  |faisait des moulinets|des moulinets|swatting flies|swatting at flies|flailing|waving his arms about
  |waving her arms about|doing the macarena`);

const DYS_KIDS = list(`enfants dys|enfants tdah|enfants autistes|enfants handicapés|élèves dys|élèves handicapés
  |élèves autistes|enfants « dys »|dys|tdah|kids with adhd|children with adhd|autistic kids|autistic children
  |disabled kids|disabled children|dyslexic kids|sen kids`);
const SEGREGATE = list(`la classe avance plus vite|ralentissent la classe|ralentit la classe
  |freinent la classe|freine la classe|ralentissent les autres|école spécialisée c est mieux
  |the class moves faster|hold the class back|holds the class back|slow the class down
  |slows the class down|slow everyone down`);

const SPECIAL_SCHOOL = list(`école spécialisée|une école spécialisée|classe spécialisée|établissement spécialisé
  |special school|a special school|special needs school`);
const BETTER_ALL = list(`c est mieux pour tout le monde|mieux pour tout le monde|c est mieux pour les autres
  |better for everyone|better for the other kids|better for the others`);

const NO_CONDITION = list(`pas de tdah|sans tdah|ni de troubles de l attention|pas de troubles de l attention
  |sans troubles de l attention|sans antécédents psychiatriques|sans antécédent psychiatrique
  |aucun antécédent psychiatrique|pas d antécédents psychiatriques|ni suivi psychologique|sans suivi psychologique
  |aucun suivi psychologique|sans troubles psychiques|sans trouble psychique|no adhd|no history of mental illness
  |no mental health history|no psychiatric history|no history of depression|no history of anxiety`);
const HIRE = list(`recrutement|recrutons|recrute|recherchons|nous recherchons|profil|poste|postes|candidat|candidats
  |candidature|candidatures|postulez|embauche|cdi|cdd|hiring|we are hiring|we hiring|applicants|candidates|role
  |apply|vacancy|job`);

// Age
const YEARS = Array.from({ length: 31 }, (_, i) => String(1975 + i));
const BORN_CUT = YEARS.flatMap((y) =>
  // "né·e" is two words with a break between them: its tail ("e après 1995") is a phrase of its own.
  ['né', 'née', 'nés', 'nées', 'e', 'es'].flatMap((b) => [`${b} après ${y}`, `${b} avant ${y}`]),
).concat(YEARS.flatMap((y) => [`born after ${y}`, `born before ${y}`, `born in ${y} or later`]));
const ONLY = list(`uniquement|seulement|exclusivement|exigé|requis|impératif|maximum|only|required|max`);
const AGE_ALONE = list(`digital natives uniquement|digital native uniquement|digital natives only|gen z only
  |génération z uniquement|ok boomer|ok boomers`);

const OLD = list(`papy et mamie|papi et mamie|papys|papis|mamies|les papys|les mamies|nos seniors|vendeuses seniors
  |vendeurs seniors|salariés seniors|collègues seniors|les seniors|les vieux|les retraités|les boomers|à 70 ans
  |à 75 ans|à 80 ans|à 65 ans|à 60 ans|passé 60 ans|passé 70 ans|après 60 ans|après 70 ans|grandma and grandpa
  |grandpa|grandma|the oldies|older staff|our seniors|senior staff|pensioners|boomers|at 70|at 80|over 70s|over 60s`);
const CANT_LEARN = list(`on n apprend plus|n apprend plus|n apprennent plus|n apprenez plus|réexpliquer trois fois
  |réexpliquer deux fois|réexpliquer {n} fois|leur réexpliquer|expliquer trois fois
  |lâchez le clavier|you cannot learn|cannot learn anything|cannot learn
  |explain it three times|explain everything twice|explain three times
  |cannot teach an old|cannot teach an old`);
const EXCEPT_OLD = list(`sauf papy et mamie|sauf papi et mamie|sauf les papys|sauf les mamies|sauf les seniors
  |sauf les vieux|except grandma|except grandpa|except the oldies|except the over`);

const AGE_CUT = list(`de plus de {n} ans|plus de {n} ans|de + de {n} ans|passé {n} ans|aged over {n}|over the age of {n}
  |older than {n}|over {n}s`);
const REJECT = list(`considérées comme surqualifiées|considérés comme surqualifiés|considéré comme surqualifié
  |considérée comme surqualifiée|surqualifiées d office|surqualifiés d office|surqualifié d office
  |écartées d office|refusées d office|ne seront pas retenues|ne seront pas étudiées|ne seront pas considérées
  |seront refusées|will not be considered|won be considered|automatically rejected|considered overqualified
  |deemed overqualified`);
const NOT_AGE = list(`plus de {n} ans d expérience|plus de {n} ans d ancienneté|plus de {n} ans de métier
  |plus de {n} ans de carrière|over {n} years of experience|over {n} years experience|more than {n} years of`);

// Sex
const WOMEN = list(`mesdames|les femmes|les filles|les nanas|les dames|les candidates|ladies|girls|women|the girls
  |the ladies`);
const STEER =
  list(`plus dans vos cordes|plus dans leurs cordes|plus dans tes cordes|plus à votre portée|plus adapté à vous
  |plus adaptés à vous|plus de votre ressort|more your thing|more up your street|more your speed
  |more your cup of tea|more suited to you`);
const WOMEN_AROUND = list(`mécaniciennes|des mécaniciennes|ingénieures|des femmes|une femme|des filles|des nanas
  |female mechanics|women mechanics|women engineers|female engineers|a woman|women|girls`);
const DISTRACT = list(`du mal à se concentrer|mal à se concentrer|ont du mal à se concentrer|déconcentrent les
  |déconcentrer les gars|déconcentre les gars|distraient les gars|distraire les gars|cannot concentrate
  |cannot concentrate|cannot focus|cannot focus|distract the lads|distracting the lads|distract the guys
  |distracting the guys|distract the men`);

const WOMEN_SPORT = list(`futsal féminin|foot féminin|football féminin|rugby féminin|match féminin|équipe féminine
  |championnat féminin|coupe féminine|les filles|les joueuses|women football|women match|women team
  |the girls|the ladies|the women`);
const TRIVIAL = list(`comptera pas les ongles cassés|compter les ongles cassés|compte les ongles cassés
  |comptera les ongles cassés|crêpage de chignon|crêpages de chignon|se crêper le chignon|count the broken nails
  |counting broken nails|catfight|catfights`);

const AS_MEN = list(`aussi bien que les hommes|aussi bien qu un homme|aussi bien que les gars|autant que les hommes
  |aussi bons que les hommes|aussi bonnes que les hommes|as well as men|as well as the men|as good as men
  |as good as the men|as good as the guys|as well as the guys`);
// "enfin" or "well" right after the comparison is the retraction ("… enfin, presque", "… well, almost").
const ALMOST = list(`enfin presque|ou presque|enfin|well almost|well nearly|or almost|or nearly|well`);

const MALE_CARE = list(`infirmier homme|infirmiers hommes|sage femme homme|sages femmes hommes|homme sage femme
  |puériculteur|candidatures masculines|candidats masculins|candidats hommes|male nurse|male nurses|male midwife
  |male midwives|male applicants|male candidates`);
const REAL_ONE = list(`une vraie infirmière|une vraie sage femme|une vraie puéricultrice|orientées vers|orientés vers
  |réorientées vers|réorientés vers|redirigées vers|redirigés vers|a real nurse|a proper nurse|a real midwife
  |a proper midwife|redirected to|steered towards`);

const MOTHERS =
  list(`maman solo|mamans solos|mère célibataire|mères célibataires|maman de {n} enfants|mère de {n} enfants
  |jeune maman|jeunes mamans|femmes enceintes|enceinte|single mum|single mums|single mother|single mothers
  |mum of {n}|mother of {n}|new mums|pregnant`);
const AVAILABLE = list(`profils vraiment disponibles|profils disponibles|profils plus disponibles|candidats disponibles
  |sans contraintes familiales|sans contrainte familiale|fully available candidates|candidates who are fully available
  |no family commitments|no childcare issues`);

// Gender identity
const CONFUSED = list(`on n a jamais bien compris|on n a jamais compris|on ne sait jamais comment vous appeler
  |on ne sait jamais comment l appeler|on sait jamais comment vous appeler|on sait jamais comment l appeler
  |on ne sait pas comment vous appeler|on sait pas comment l appeler|never know what to call you
  |never know what to call them|never figured out if|never worked out if|never worked out whether`);
const CALLED_IT = list(`on dira ça|alors on dira|on va dire ça|on l appellera ça|vous autres|la chose|we say it
  |we call it|call it it|you people|you lot|the thing`);

const IEL = list(`iel|iels|ellui|pronoms|pronouns|they them|non binaire|non binaires|non binary`);
const IEL_MOCK = list(`français normal|le vrai français|en bon français|en français normal|années de psy
  |quelques années de psy|des années de psy
  |normal english|proper english|real english|years of therapy`);

const OLD_NAME = list(`son vrai prénom|de son vrai nom|son ancien prénom|né sous le nom|avant sa transition
  |before she transitioned|before he transitioned|her real name|his real name|formerly known as`);
const FOR_FRIENDS = list(`pour les intimes|pour les proches|to his friends|to her friends`);
const WINK = list(`hein|nudge nudge|wink wink`);
const WOMAN_INTRO = list(`notre nouvelle barmaid|notre nouvelle serveuse|notre nouvelle vendeuse|notre nouvelle collègue
  |notre nouvelle hôtesse|notre nouvelle recrue|our new barmaid|our new waitress|our new saleswoman
  |our new colleague`);

// Origin and faith
const NAME = list(`prénom d usage|un prénom d usage|prénom plus simple|prénom français|votre prénom|le vôtre
  |leur prénom|son prénom|first name|your name|an english name|a western name`);
const HARD_NAME = list(`difficile à prononcer|difficiles à prononcer|compliqué à prononcer|imprononçable
  |imprononçables|hard to pronounce|difficult to pronounce|unpronounceable|too foreign`);
const PREFER = list(`préfèrent parler à|préfèrent être servis par|préfèrent avoir affaire à|préfèrent un|plutôt un
  |prefer talking to|prefer to talk to|would rather talk to|rather speak to`);
const FOREIGN_NAME = list(`un mamadou|une fatou|un mohamed|un mohammed|un karim|un rachid|un moussa|une aïcha
  |une fatoumata|un abdel|une yasmina|un kevin|a mohammed|a mohamed|a mamadou|a fatou|a rashid|a priya`);

const DARK_AS = list(`aussi foncée que|aussi foncé que|aussi noire que|aussi noir que|plus noire que|plus noir que
  |plus foncé que|plus foncée que|as dark as|darker than|as black as|blacker than`);
const COLLEAGUE = list(`notre stagiaire|notre collègue|notre vendeur|notre vendeuse|notre livreur|notre stagiaire de
  |ton collègue|our intern|our colleague|our driver|our delivery guy`);

const SKIN = list(`sa couleur de peau|couleur de peau|sa peau|his skin colour|her skin colour|his skin color
  |her skin color|skin colour|skin color|his complexion|her complexion`);
const UNSEEN = list(`pas vu dans l ombre|même pas vu|pas vu dans le noir|vu dans l ombre|voit pas dans le noir
  |voit pas dans l ombre|on ne voit que ses dents|on voit que ses dents|couldn see him in the dark
  |cannot see him in the dark|couldn see her in the dark|lost in the shadows|only see his teeth|only see her teeth`);

// Staff or models chosen by origin ("expatriés uniquement", "typés européens"); not "white only" (a colour) nor
// "européens uniquement" (ingredients).
const ORIGIN_ALONE = list(`expatriés uniquement|expatriés seulement|expatriates only|typés européens|typé européen
  |typée européenne|typées européennes|european looking|caucasian only|caucasian looking`);
const LOOKS = list(`yeux clairs|peau claire|teint clair|fair skin|light eyes|blue eyes`);
const WANTED = list(`appréciés|apprécié|appréciée|appréciées|exigés|exigé|exigée|requis|souhaités|souhaité|un plus
  |required|a plus|a must`);

const SORT = list(`faire le tri|faire du tri|trier|écarter|se débarrasser de|filtrer|weed out|filter out|sort out
  |get rid of`);
const FOREIGNERS = list(`candidats étrangers|candidates étrangères|candidatures étrangères|salariés étrangers
  |employés étrangers|travailleurs étrangers|les étrangers|les immigrés|foreign applicants|foreign candidates
  |foreign workers|foreign staff|immigrant workers|the immigrants`);

const JEWISH = list(`lévy|lévi|cohen|goldberg|goldman|rosenberg|rothschild|juif|juive|juifs|un juif|jewish|a jew`);
const MONEY = list(`sait compter|il sait compter|elle sait compter|savent compter|sait gérer l argent|compte ses sous
  |le sens de l argent|l argent dans le sang|radin|radins|good with money|knows how to count|know how to count
  |counts every penny|good with numbers`);

const VEILED = list(`femmes voilées|femme voilée|les voilées|clientes voilées|cliente voilée|portez le voile
  |portes le voile|porte le voile|portent le voile|avec un voile|sous leur voile|veiled women|women in hijabs
  |women in hijab|hijabis|wear a headscarf|wear the hijab|wear a hijab|in a headscarf`);
const SUSPECT = list(`on les surveille|on la surveille|surveillez les|surveiller les|surveille à la caisse
  |ce qu elles cachent|ce qu elle cache|cachent sous|inutile de postuler|pas la peine de postuler
  |ne postulez pas|keep an eye on them|watch them|what they hiding|what they hide|don bother applying
  |no point applying`);

const FEAST = list(`aïd|l aïd|ramadan|hanoucca|hanouka|diwali|halal|kippa|eid|hanukkah`);
const OURS = list(`on est en france|ici c est la france|ici on est en france|nous sommes en france
  |c est noël et c est tout|this is france|this is england|this is britain|a christian country|pays chrétien`);

// Social status
const POOR = list(`bons caf|bon caf|chèques caf|la caf|les allocs|le rsa|au rsa|au chômage|le chômage|les chômeurs
  |food stamps|food vouchers|on benefits|benefits vouchers|the dole|on the dole|universal credit`);
const NOT_YOURS = list(`pas votre enseigne|peut être pas votre enseigne|pas une enseigne pour vous
  |pas dans vos moyens|pas à votre portée|vu le prix de nos|not your kind of shop
  |not the shop for you|out of your league|out of your price range`);
const POOR_WHO = list(`pour ceux qui touchent le chômage|pour ceux qui touchent le rsa|pour ceux qui touchent les allocs
  |pour ceux qui sont au chômage|pour ceux qui sont au rsa|pour les chômeurs|pour les rsa|for those on benefits
  |for people on benefits|for the unemployed|for people on the dole|for those on the dole`);
const CHEAP = list(`premier prix|le paquet premier prix|le moins cher|bas de gamme|les restes|entrée de gamme|cheapest
  |budget range|value range|the leftovers`);

// Size
const FAT = list(`les gros|les grosses|les obèses|des obèses|obèses|en surpoids|les rondes|les ronds|enfant en surpoids
  |enfants en surpoids|fat people|the obese|overweight people|overweight kids|overweight children
  |overweight customers|chubby kids|fat kids`);
const FAT_VERDICT = list(`fini la honte|plus honte|n aura plus honte|n auront plus honte|n aurez plus honte
  |honte à la plage|honte en maillot|honte en eps|paient double|payent double|paient le double|payent le double
  |paient plus cher|tarif double|cassent les machines|cassent les chaises|cassent le matériel|no more shame
  |won be ashamed|no longer ashamed|pay double|pay twice|pay extra|break the machines|break the chairs`);

const EATERS = list(`enfants un peu trop gourmands|enfants trop gourmands|un peu trop gourmands|trop gourmands
  |une collègue|un collègue|notre collègue|ta collègue|ton collègue|a colleague|a coworker|greedy kids
  |kids who eat too much`);
const EAT_LESS = list(`moins de goûters|moins de gâteaux|moins de bonbons|moins de biscuits|moins de chocolat
  |lever le pied sur les biscuits|lever le pied sur les gâteaux|lever le pied sur le chocolat|lever le pied sur le sucre
  |lever le pied sur les bonbons|lever le pied sur les desserts|lever le pied sur la bouffe|fewer snacks|less cake
  |fewer biscuits|lay off the biscuits|lay off the cake|go easy on the biscuits|go easy on the cake`);

const BMI = list(`imc inférieur à {n}|imc de moins de {n}|imc maximum|imc max|imc maximal|imc sous {n}|bmi under {n}
  |bmi below {n}|bmi of less than {n}|maximum bmi|max bmi`);
const REQUIRED = list(`exigé|exigée|requis|requise|obligatoire|impératif|required|mandatory|essential`);

// Harassment
const ADDRESS = list(`on a gardé votre adresse|on a gardé ton adresse
  |on connaît votre adresse|on connaît ton adresse|elle habite rue
  |il habite rue|elle habite au|il habite au|elle vit rue|il vit rue|we kept your address|we know your address
  |we ve got your address|she lives on|he lives on|she lives at|he lives at`);
const VISIT = list(`on passera vous montrer|on passera te montrer|on passera vous voir|on passera te voir
  |on viendra vous voir|on viendra te voir|on viendra vous montrer|vous rendre une petite visite
  |lui rendre une petite visite|lui rendre visite|si vous voulez lui apporter
  |allez lui apporter|si vous voulez lui rendre|si vous passez par là|we drop by|we pop round
  |we pay you a visit|pay her a visit|pay him a visit|if you want to drop by|if you fancy dropping by`);

const WE_KNOW = list(`on sait|nous savons|on connaît|we know`);
const YOUR_LIFE = list(`quelle voiture tu conduis|quelle voiture vous conduisez|dans quel hôtel tu dors
  |dans quel hôtel vous dormez|où tu dors|où vous dormez|où dorment tes enfants|à quelle école vont tes enfants
  |what car you drive|which hotel you in|which hotel you staying|where you sleep
  |where your kids go to school`);

const QUIT = list(`fermer son compte|ferme ton compte|fermez votre compte|supprimez votre compte|supprime ton compte
  |supprimer son compte|quitter twitter|quitter les réseaux|quitte les réseaux|quittez les réseaux
  |qu il arrête de poster|qu elle arrête de poster|arrête de poster|arrêter de poster|signale son compte
  |signalez son compte|jusqu à ce qu il saute|jusqu à ce qu elle saute
  |jusqu à ce que son compte saute|delete your account|close your account|get off twitter|quit twitter|stop posting
  |report her account|report his account|mass report|until it gets banned|until it taken down`);
const PUSH = list(`personne ne le regrettera|personne ne la regrettera|personne ne vous regrettera|laissez les gens
  |laissez nous tranquilles|vous déplaît à ce point|te déplaît à ce point|il ferait mieux de|elle ferait mieux de
  |vous feriez mieux de|tu ferais mieux de|rt si|tout le monde met|nobody will miss
  |nobody miss|you be better off|do us all a favour|rt if|everyone go|if you hate us so much`);

const FORMER = list(`notre ex stagiaire|ex stagiaire|notre ex responsable|ex responsable|notre ex salarié|ex salarié
  |ex salariée|ex collègue|ex collaborateur|ex collaboratrice|ex vendeuse|ex vendeur|parti en claquant la porte
  |partie en claquant la porte|nous a traînés aux prud hommes|aux prud hommes|elle se reconnaîtra|il se reconnaîtra
  |sa démission|ses mails de démission|our former|ex employee|former employee|former intern|who sued us
  |she know who she is|he know who he is`);
const EXPOSE = list(`on a retrouvé ses notes de frais|ses notes de frais|ses mails de démission sont affichés
  |ses mails sont affichés|sont affichés à la cafét|affichés à la cafétéria|ta photo est affichée|ta tête est affichée
  |on n a jamais autant ri|bonne chance pour retrouver du boulot|bonne chance pour retrouver un travail
  |pinned up in the break room|posted in the break room|on the staff noticeboard|his expense claims|her expense claims
  |good luck finding a job|good luck finding work|never laughed so much`);

const CONTACT = list(`son numéro|son numéro de téléphone|son numéro perso|son mail|son adresse mail|son email|son 06
  |her number|his number|her phone number|his phone number|her email|his email`);
const MOB = list(`appelez la tous|appelez le tous|écrivez lui tous|pour lui dire ce que vous en pensez
  |dites lui ce que vous en pensez|allez lui dire ce que|call her all|everyone call her|everyone call him
  |tell her what you think|tell him what you think|let her know what you think|let him know what you think
  |flood her inbox|flood his inbox`);

// Clean look-alikes of train-br flagged by older rules: a label adapted for dyslexic readers, an age range of an
// inclusive team, apprentices from priority neighbourhoods, choux pastry "religieuses".
const NOT_DISC =
  list(`lecteurs dyslexiques|aux lecteurs dyslexiques|adaptée aux dyslexiques|adaptée aux lecteurs dyslexiques
  |l équipe a de {n} à {n} ans|nos équipes ont de {n} à {n} ans|viennent des quartiers prioritaires
  |issus des quartiers prioritaires grâce`);
const NOT_RELIGION = list(`ses religieuses|réussi ses religieuses|réussir ses religieuses|des religieuses au café
  |des religieuses au chocolat|religieuses au chocolat|religieuses au café|religieuse au chocolat|religieuse au café`);

const harassment = 'harassment' as const;

const ROUND_25K: Readonly<Record<string, RuleExtension>> = {
  discrimination: {
    groups: {
      alone25k: { fr: exact(DISMISS_ALONE, AGE_ALONE, EXCEPT_OLD, ORIGIN_ALONE) },
      wheels25k: { fr: exact(WHEELS) },
      sentAway25k: { fr: exact(SENT_AWAY) },
      disorder25k: { fr: exact(DISORDER) },
      dismiss25k: { fr: exact(DISMISS) },
      disordered25k: { fr: exact(DISORDERED) },
      mocked25k: { fr: exact(MOCKED) },
      evenA25k: { fr: exact(EVEN_A) },
      could25k: { fr: exact(COULD) },
      signing25k: { fr: exact(SIGNING) },
      signMock25k: { fr: exact(SIGN_MOCK) },
      dysKids25k: { fr: exact(DYS_KIDS) },
      segregate25k: { fr: exact(SEGREGATE) },
      specialSchool25k: { fr: exact(SPECIAL_SCHOOL) },
      betterAll25k: { fr: exact(BETTER_ALL) },
      noCondition25k: { fr: exact(NO_CONDITION) },
      hire25k: { fr: exact(HIRE) },
      bornCut25k: { fr: exact(BORN_CUT) },
      only25k: { fr: exact(ONLY) },
      old25k: { fr: exact(OLD) },
      cantLearn25k: { fr: exact(CANT_LEARN) },
      ageCut25k: { fr: exact(AGE_CUT) },
      reject25k: { fr: exact(REJECT) },
      women25k: { fr: exact(WOMEN) },
      steer25k: { fr: exact(STEER) },
      womenAround25k: { fr: exact(WOMEN_AROUND) },
      distract25k: { fr: exact(DISTRACT) },
      womenSport25k: { fr: exact(WOMEN_SPORT) },
      trivial25k: { fr: exact(TRIVIAL) },
      asMen25k: { fr: exact(AS_MEN) },
      almost25k: { fr: exact(ALMOST) },
      maleCare25k: { fr: exact(MALE_CARE) },
      realOne25k: { fr: exact(REAL_ONE) },
      mothers25k: { fr: exact(MOTHERS) },
      available25k: { fr: exact(AVAILABLE) },
      confused25k: { fr: exact(CONFUSED) },
      calledIt25k: { fr: exact(CALLED_IT) },
      iel25k: { fr: exact(IEL) },
      ielMock25k: { fr: exact(IEL_MOCK) },
      oldName25k: { fr: exact(OLD_NAME) },
      forFriends25k: { fr: exact(FOR_FRIENDS) },
      wink25k: { fr: exact(WINK) },
      womanIntro25k: { fr: exact(WOMAN_INTRO) },
      name25k: { fr: exact(NAME) },
      hardName25k: { fr: exact(HARD_NAME) },
      prefer25k: { fr: exact(PREFER) },
      foreignName25k: { fr: exact(FOREIGN_NAME) },
      darkAs25k: { fr: exact(DARK_AS) },
      colleague25k: { fr: exact(COLLEAGUE) },
      skin25k: { fr: exact(SKIN) },
      unseen25k: { fr: exact(UNSEEN) },
      looks25k: { fr: exact(LOOKS) },
      wanted25k: { fr: exact(WANTED) },
      sort25k: { fr: exact(SORT) },
      foreigners25k: { fr: exact(FOREIGNERS) },
      jewish25k: { fr: exact(JEWISH) },
      money25k: { fr: exact(MONEY) },
      veiled25k: { fr: exact(VEILED) },
      suspect25k: { fr: exact(SUSPECT) },
      feast25k: { fr: exact(FEAST) },
      ours25k: { fr: exact(OURS) },
      poor25k: { fr: exact(POOR) },
      notYours25k: { fr: exact(NOT_YOURS) },
      poorWho25k: { fr: exact(POOR_WHO) },
      cheap25k: { fr: exact(CHEAP) },
      fat25k: { fr: exact(FAT) },
      fatVerdict25k: { fr: exact(FAT_VERDICT) },
      eaters25k: { fr: exact(EATERS) },
      eatLess25k: { fr: exact(EAT_LESS) },
      bmi25k: { fr: exact(BMI) },
      required25k: { fr: exact(REQUIRED) },
      address25k: { fr: exact(ADDRESS) },
      visit25k: { fr: exact(VISIT) },
      weKnow25k: { fr: exact(WE_KNOW) },
      yourLife25k: { fr: exact(YOUR_LIFE) },
      quit25k: { fr: exact(QUIT) },
      push25k: { fr: exact(PUSH) },
      former25k: { fr: exact(FORMER) },
      expose25k: { fr: exact(EXPOSE) },
      contact25k: { fr: exact(CONTACT) },
      mob25k: { fr: exact(MOB) },
    },
    signs: { laugh25k: LAUGH },
    alone: ['alone25k'],
    pairs: [
      ['wheels25k', 'sentAway25k', { window: 14 }],
      ['disorder25k', 'dismiss25k', { window: 12 }],
      ['disordered25k', 'mocked25k', { window: 12 }],
      ['evenA25k', 'could25k', { window: 3, ordered: true }],
      ['signing25k', 'signMock25k', { window: 14 }],
      ['dysKids25k', 'segregate25k', { window: 16 }],
      ['specialSchool25k', 'betterAll25k', { window: 3, ordered: true }],
      ['noCondition25k', 'hire25k', { window: 20, variant: 'hiring' }],
      ['bornCut25k', 'only25k', { window: 3, variant: 'hiring' }],
      ['old25k', 'cantLearn25k', { window: 14 }],
      ['ageCut25k', 'reject25k', { window: 8, ordered: true, variant: 'hiring' }],
      ['women25k', 'steer25k', { window: 16 }],
      ['womenAround25k', 'distract25k', { window: 14 }],
      ['womenSport25k', 'trivial25k', { window: 10 }],
      ['asMen25k', 'almost25k', { window: 1, ordered: true }],
      ['maleCare25k', 'realOne25k', { window: 16 }],
      ['mothers25k', 'available25k', { window: 20 }],
      ['confused25k', 'calledIt25k', { window: 8 }],
      ['iel25k', 'ielMock25k', { window: 14 }],
      ['womanIntro25k', 'oldName25k', { window: 16, ordered: true }],
      ['forFriends25k', 'wink25k', { window: 1, ordered: true }],
      ['name25k', 'hardName25k', { window: 8 }],
      ['prefer25k', 'foreignName25k', { window: 6, ordered: true }],
      ['darkAs25k', 'colleague25k', { window: 3, ordered: true }],
      ['skin25k', 'unseen25k', { window: 10 }],
      ['looks25k', 'wanted25k', { window: 2, ordered: true }],
      ['sort25k', 'foreigners25k', { window: 6, ordered: true }],
      ['jewish25k', 'money25k', { window: 8 }],
      ['veiled25k', 'suspect25k', { window: 12 }],
      ['feast25k', 'ours25k', { window: 14 }],
      ['poor25k', 'notYours25k', { window: 20 }],
      ['poorWho25k', 'cheap25k', { window: 8 }],
      ['poorWho25k', 'laugh25k', { window: 3 }],
      ['fat25k', 'fatVerdict25k', { window: 14 }],
      ['eaters25k', 'eatLess25k', { window: 12 }],
      ['bmi25k', 'required25k', { window: 3, variant: 'hiring' }],
      ['address25k', 'visit25k', { window: 16, variant: harassment }],
      ['weKnow25k', 'yourLife25k', { window: 2, ordered: true, variant: harassment }],
      ['quit25k', 'push25k', { window: 16, variant: harassment }],
      ['former25k', 'expose25k', { window: 20, variant: harassment }],
      ['contact25k', 'mob25k', { window: 14, variant: harassment }],
    ],
    negative: { fr: exact(NOT_AGE, NOT_DISC) },
  },
  religion: {
    groups: {
      veiled25k: { fr: exact(VEILED) },
      suspect25k: { fr: exact(SUSPECT) },
      feast25k: { fr: exact(FEAST) },
      ours25k: { fr: exact(OURS) },
      jewish25k: { fr: exact(JEWISH) },
      money25k: { fr: exact(MONEY) },
    },
    pairs: [
      ['veiled25k', 'suspect25k', { window: 12 }],
      ['feast25k', 'ours25k', { window: 14 }],
      ['jewish25k', 'money25k', { window: 8 }],
    ],
    negative: { fr: exact(NOT_RELIGION) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25k = roundByTopic(ROUND_25K);
