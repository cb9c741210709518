// Eighth round of discrimination and harassment (lexicon-discrimination.ts spreads it in), compositional:
// - more groups named as people (`people8`): disability by a person ("un sourd", "deaf candidate", "autistic
//   intern"), travellers and Roma, gender and sexuality by a person ("homme trans", "trans kids", "non-binary
//   barista", "bisexual"), faith worn ("staff in hijabs", "cliente voilée"), pregnancy, age ("old-timers",
//   "over-60s"), body ("curvy customer", "mannequin grande taille"), origin ("accent africain", "Polish lads");
// - what is done to them after the group, in the same sentence (`done8`): hiding them from customers ("loin des
//   clients", "moved to the stockroom", "at the back where it belongs", "out of the way"), customers' distaste
//   ("n'ont pas envie de voir", "don't want to watch"), dismissal ("faut pas pousser", "pas crédible", "bless him,
//   but no", "dossier suivant", "not the best time to apply"), denial ("don't exist", "pick a lane", "biology
//   called"), getting rid of them ("les dégager", "problem solved");
// - suspicion before the group ("keep an eye on the", "méfiez-vous des", "fouille … systématique").
// Negatives: casting descriptions ("real customers from"), "Maine Coon", "à couper au couteau", "avec ou sans
// handicap".
import type { CategoryRules } from './lexicon';
import { exact, list } from './word-lists-discrimination';

/** Groups named as people (a person or a plural), FR and EN. */
const PEOPLE = list(`un sourd|une sourde|client sourd|cliente sourde|candidat sourd|candidate sourde|les sourds
  |stagiaire autiste|un autiste|une autiste|candidats handicapés|candidat handicapé|candidate handicapée
  |candidates handicapées|les aveugles|un aveugle|une aveugle|roms|les roms|gitans|les gitans|manouches|gens du voyage
  |homme trans|femme trans|un trans|une trans|conseillère trans|conseiller trans|garçons efféminés|garçon efféminé
  |mannequin grande taille|mannequins grande taille|mannequin ronde|mannequins ronds|cliente voilée|clientes voilées
  |vendeuse voilée|femmes voilées|candidate enceinte|vendeuses enceintes|vendeuse enceinte|salariée enceinte
  |salariées enceintes|les africains|des africains|accent africain|accent maghrébin|accent asiatique|les asiatiques
  |touristes chinois|client roumain|clients roumains|les filles de l équipe|non binaire|non binaires|bisexuel|bisexuelle
  |deaf candidate|deaf applicant|deaf guy|deaf man|deaf woman|deaf customer|deaf lady|blind lady|blind man|blind guy
  |blind customer|autistic intern|autistic staff|autistic applicant|gypsies|gypsy|the travellers|traveller families
  |traveller family|travelers|polish lads|polish workers|over 60s|over 70s|over 80s|the over 60s|the over 70s
  |old timers|trans kids|trans staff|trans man|trans woman|trans customer|non binary|bisexual|bisexuals|curvy customer
  |curvy customers|curvy women|fat kids|staff in hijabs|women in hijabs|girls in hijabs|staff in headscarves
  |pregnant staff|pregnant hires|pregnant applicants|muslim staff|jewish suppliers|jewish landlords|dyslexic applicants
  |dyslexic staff|wheelchair users|a white face|white faces|homeless guys|homeless people|mexican|mexicans
  |that accent|cet accent|son accent|with that accent|avec son accent|avec leur accent|their accents
  |ce genre de population|ce type de population|ces populations|ce genre de clientèle|ce genre de gens
  |ce genre de personnes|this kind of people|these kind of people|that sort of people|those sort of people`);

/** What is done to them or said of them after the group, in the same sentence. */
const DONE =
  list(`loin des clients|loin de la clientèle|au fond de l entrepôt|au fond du magasin|dans l arrière boutique
  |passent en réserve|en réserve|à la réserve|dans la réserve|hors de vue|à l abri des regards|pas en vitrine
  |at the back where|where it belongs|where they belong|out of the way|out of sight|tucked away|moved to the stockroom
  |in the stockroom|to the stockroom|in the back office|to the back office|off the tills|off the shop floor
  |off the floor|by the toilets|near the toilets|près des toilettes|moved to part time|passés à temps partiel
  |n ont pas envie de voir|personne n a envie de voir|pas envie de voir|ne veulent pas voir|don't want to see
  |don't want to watch|don't want to look at|nobody wants to see|no one wants to see|nobody wants to look at
  |faut pas pousser|faut pas pousser non plus|faut quand même pas pousser|pas crédible|pas crédibles|pas adaptés
  |pas adaptées|pas adapté|pas adaptée|ne sont pas adaptés|dossier suivant|candidature suivante|au suivant
  |on évitera de les|évitera de les mettre|les dégager|les virer|de les dégager|not the best time to apply
  |bless him but no|bless her but no|thanks but no|next please|don't exist|doesn't exist|do not exist|n existent pas
  |pick a lane|biology called|toughen up|pick a gender|get rid of them|problem solved|problème réglé|problème résolu
  |c est mieux pour l image|mieux pour l image|better for the image|for the brand image|lock the fitting rooms
  |lock the changing rooms|fermez les cabines|fouille du sac|fouille des sacs|we'll be keeping an eye|card upfront
  |cash upfront|paiement d avance|payment upfront|need someone who'll actually be around|qu ils apprennent à parler
  |learn proper english|apprennent le français|pas pensée pour eux|pas pensé pour eux|not made for them
  |not designed for them|isn't for them|aren't for them|doit donner envie|doivent donner envie
  |pas un chenil|pas un zoo|pas un cirque|pas une mosquée|pas une église|pas une synagogue|pas un hospice
  |pas une garderie|not a mosque|not a church|not a synagogue|not a zoo|not a circus|not a kennel|not a care home
  |not a creche|not a nursery|longest breaks|longest smoke breaks|plus longues pauses|pauses clope
  |sticking with male|stick with male|stick to male|sticking to male|on reste sur des hommes|on garde les hommes
  |c est la sortie|la sortie c est par là|the exit is that way|the retirement party is that way
  |la retraite c est par là`);

/** "Pregnant? … not the best time to apply": pregnancy or a baby plan + a refusal to hire. */
const PREGNANCY = list(`pregnant|enceinte|enceintes|grossesse|faire un bébé|avoir un bébé|family plans|baby plans
  |planning a baby|projet bébé|congé maternité|maternity leave|maternity cover`);
const REFUSE_HIRE = list(`not the best time to apply|postule même pas|postulez même pas|pas la peine de postuler
  |don't bother applying|dossier suivant|candidature suivante|someone who'll actually be around|saves a fortune
  |save a fortune|économise|on passe au suivant|next candidate|thanks but we need|thanks but no`);
/** Ageism: an age + pushing out ("58 ans … faut savoir raccrocher", "61 … the retirement party is that way"). */
const AGE = list(`{older} ans|{older} and still|aged {older}|at {older}|à {older} ans`);
const RETIRE = list(`faut savoir raccrocher|savoir raccrocher|faut savoir s arrêter|retirement party is that way
  |retirement home is that way|maison de retraite c est par là|la retraite c est par là|time to retire|time to hang up
  |hang up your boots|raccrocher les gants|should retire|devrait prendre sa retraite`);
/** Body shaming: a size + giving up food ("du 48 ? Commencez par lâcher les biscuits", "XL … lay off the pies"). */
const SIZE = list(`xl|xxl|xxxl|du {n}|size {n}|taille {n}|squeeze into|rentrer dans|bigger size|plus grande taille
  |plus size|grande taille`);
const LAY_OFF = list(`moins de gâteaux|moins de sucreries|try a salad|essayez une salade|mange une salade`);
const LAY_VERB = list(`lay off the|lâcher les|lâchez les|lâche les|put down the|go easy on the|arrêter les|arrête les
  |arrêtez les|skip the|cut out the`);
const FOOD = list(`biscuits|gâteaux|cakes|pies|burgers|frites|chips|doughnuts|donuts|pizzas|chocolats|sucreries|bonbons
  |sweets|crisps|croissants|viennoiseries|desserts|pâtisseries|snacks|takeaways`);
/** "Les aveugles n'ont qu'à se faire livrer", "can just shop online": left to fend for themselves. */
const ONLY_HAVE = list(`n ont qu à|n a qu à|ont qu à|can just|should just|can always`);
const FEND = list(`se faire livrer|commander en ligne|se débrouiller|s adapter|faire avec|rester chez eux
  |rester chez elles|aller ailleurs|shop online|order online|stay home|stay at home|go elsewhere|deal with it|cope
  |get over it|adapt`);
/** Role-casting: women addressed + "to the boys" ("Ladies, leave the engine talk to the boys"). */
const WOMEN = list(`ladies|girls|women|mesdames|les filles|mesdemoiselles|les femmes`);
const TO_MEN = list(`to the boys|to the men|to the lads|to the guys|aux hommes|aux garçons|aux mecs|aux messieurs`);
/** Preferring to know where people come from, and trusting a colour: "on préfère savoir d'où viennent les gens". */
const RATHER_KNOW = list(`on préfère savoir|on aime savoir|nous préférons savoir|we'd rather know|we prefer to know
  |we like to know|we need to know`);
const WHERE_FROM = list(`d où viennent|d où vient|d où ils viennent|d où elles viennent|where they come from
  |where they're from|where people come from|where you come from|where you're from`);
const TRUST = list(`trust|trusts|font confiance à|fait confiance à|préfèrent|prefer|feel safer with`);
const COLOUR_FACE = list(`a white face|white faces|white face|un visage blanc|une tête de français|des visages blancs
  |a white man|a white guy|un blanc|a british face|a local face`);
/** A group whose word does not count: "we don't care what the blind lady says". */
const DONT_CARE = list(`don't care what|do not care what|couldn't care less what|on se fiche de ce que|on s en fiche
  |on s en moque|peu importe ce que`);
/** An exclusion before accents: "no strong Scouse or Brummie accents". */
const NO_WORD = list(`no|pas d|aucun`);
const ACCENTS = list(`accents`);
/** "aren't for people on benefits", "pas pour les garçons efféminés": a refusal before the group. */
const NOT_FOR = list(`aren't for|isn't for|are not for|is not for|not for|ne sont pas pour|n est pas pour|pas pour les
  |pas pour`);

/** Weariness right before the group: "trop de soucis avec ce genre de population", "fed up with gypsies". */
const FED_UP = list(`trop de soucis avec|trop de problèmes avec|trop d histoires avec|marre de|marre des|ras le bol des
  |fed up with|sick of|sick of the|tired of the|too much trouble with|too many problems with|nothing but trouble with`);

/** Suspicion right before the group: "keep an eye on the gypsies", "méfiez-vous des Roms". */
const SUSPECT = list(`keep an eye on the|keep an eye on|keep your eye on the|watch out for the|watch the|surveillez les
  |surveiller les|méfiez vous des|méfiez vous de|attention aux|gare aux|fouille systématique des|fouillez les`);

export const DISCRIMINATION_8_GROUPS: CategoryRules['groups'] = {
  people8: { fr: exact(PEOPLE) },
  done8: { fr: exact(DONE) },
  suspect8: { fr: exact(SUSPECT) },
  fedUp8: { fr: exact(FED_UP) },
  pregnancy8: { fr: exact(PREGNANCY) },
  refuseHire8: { fr: exact(REFUSE_HIRE) },
  age8: { fr: exact(AGE) },
  retire8: { fr: exact(RETIRE) },
  size8: { fr: exact(SIZE) },
  layOff8: { fr: exact(LAY_OFF) },
  layVerb8: { fr: exact(LAY_VERB) },
  food8: { fr: exact(FOOD) },
  onlyHave8: { fr: exact(ONLY_HAVE) },
  fend8: { fr: exact(FEND) },
  women8: { fr: exact(WOMEN) },
  toMen8: { fr: exact(TO_MEN) },
  ratherKnow8: { fr: exact(RATHER_KNOW) },
  whereFrom8: { fr: exact(WHERE_FROM) },
  trust8: { fr: exact(TRUST) },
  colourFace8: { fr: exact(COLOUR_FACE) },
  dontCare8: { fr: exact(DONT_CARE) },
  noWord8: { fr: exact(NO_WORD) },
  accents8: { fr: exact(ACCENTS) },
  notFor8: { fr: exact(NOT_FOR) },
};

export const DISCRIMINATION_8_COMPOUNDS: NonNullable<CategoryRules['compounds']> = [
  ['layVerb8', 'food8', 'layOff8'],
  ['onlyHave8', 'fend8', 'done8', 2],
];

export const DISCRIMINATION_8_PAIRS: CategoryRules['pairs'] = [
  ['people8', 'done8', { window: 16, ordered: true }],
  ['people4', 'done8', { window: 16, ordered: true }],
  ['target', 'done8', { window: 16, ordered: true }],
  ['group', 'done8', { window: 16, ordered: true }],
  ['people8', 'said4', { window: 16, ordered: true }],
  ['people8', 'away', { window: 16, ordered: true }],
  ['people8', 'contempt', { window: 12, ordered: true }],
  ['people8', 'laugh', { window: 10, ordered: true }],
  ['people8', 'sneer', { window: 10, ordered: true }],
  ['suspect8', 'people8', { window: 2, ordered: true, clause: true }],
  ['suspect8', 'people4', { window: 2, ordered: true, clause: true }],
  ['suspect8', 'target', { window: 2, ordered: true, clause: true }],
  ['fedUp8', 'people8', { window: 2, ordered: true, clause: true }],
  ['fedUp8', 'people4', { window: 2, ordered: true, clause: true }],
  ['fedUp8', 'target', { window: 2, ordered: true, clause: true }],
  ['pregnancy8', 'refuseHire8', { window: 20, ordered: true, variant: 'hiring' }],
  ['age8', 'retire8', { window: 16, ordered: true }],
  ['size8', 'layOff8', { window: 16, variant: 'harassment' }],
  ['women8', 'toMen8', { window: 8, ordered: true }],
  ['ratherKnow8', 'whereFrom8', { window: 2, ordered: true, clause: true, variant: 'hiring' }],
  ['hire', 'whereFrom8', { window: 10, variant: 'hiring' }],
  ['trust8', 'colourFace8', { window: 3, ordered: true, clause: true }],
  ['dontCare8', 'people8', { window: 3, ordered: true, clause: true }],
  ['noWord8', 'accents8', { window: 5, ordered: true, clause: true }],
  ['notFor8', 'people8', { window: 2, ordered: true, clause: true }],
  ['notFor8', 'people4', { window: 2, ordered: true, clause: true }],
  ['notFor8', 'target', { window: 2, ordered: true, clause: true }],
];

/** Casting descriptions, a cat breed, a strong accent told fondly, inclusive hiring. */
export const DISCRIMINATION_8_NEGATIVE = list(`real customers from|real families from|real people from|maine coon
  |maine coons|à couper au couteau|avec ou sans handicap|with or without a disability|aux femmes comme aux hommes
  |sans limite d âge|accent or no accent|not just for|are not just for|is not just for|are not only for|is not only for|isn't just for|aren't just for|not only for|pas que pour|pas seulement pour|pas uniquement pour|accents or no accents|avec ou sans accent|out of the way of traffic|out of the way of the rain`).map(
  (t) => `=${t}`,
);
