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
  |dyslexic staff|wheelchair users|a white face|white faces|homeless guys|homeless people|mexican|mexicans`);

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
  |not designed for them|isn't for them|aren't for them|doit donner envie|doivent donner envie`);

/** Suspicion right before the group: "keep an eye on the gypsies", "méfiez-vous des Roms". */
const SUSPECT = list(`keep an eye on the|keep an eye on|keep your eye on the|watch out for the|watch the|surveillez les
  |surveiller les|méfiez vous des|méfiez vous de|attention aux|gare aux|fouille systématique des|fouillez les`);

export const DISCRIMINATION_8_GROUPS: CategoryRules['groups'] = {
  people8: { fr: exact(PEOPLE) },
  done8: { fr: exact(DONE) },
  suspect8: { fr: exact(SUSPECT) },
};

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
];

/** Casting descriptions, a cat breed, a strong accent told fondly, inclusive hiring. */
export const DISCRIMINATION_8_NEGATIVE = list(`real customers from|real families from|real people from|maine coon
  |maine coons|à couper au couteau|avec ou sans handicap|with or without a disability|aux femmes comme aux hommes
  |sans limite d âge|out of the way of traffic|out of the way of the rain`).map((t) => `=${t}`);
