// Tenth round of discrimination and harassment (`withDiscrimination10` adds it to the rules), by family:
// - hiring by age said as a rejection ("candidatures de plus de 50 ans non étudiées", "applicants over 45 won't be
//   reviewed"), by sex ("we prefer male candidates") and by family status ("idéalement célibataire et sans enfants");
// - a pile-on: a call to write to a person until they give up ("allez lui dire … jusqu'à ce qu'elle supprime son
//   compte", "go tell @x what you think until she deletes her account");
// - a complaining customer's photo passed round ("la photo de la cliente qui a osé se plaindre … faites tourner");
// - a person's body pointed at with a fat or disgust emoji ("look at the size of that guy 🐋");
// - more of what is said of a group (`said9`): "ne méritent rien", "a tragedy";
// - old tropes (money beside a Jewish boss, a feast as an excuse, marriage said to be only a man and a woman), women
//   drivers, casting by colour, fat jokes and names, and more pushing out, veiled visits, theft suspicion and weight
//   remarks joined to the ninth round's lists.
import { extendRules } from './rule-extension';
import type { CategoryRules } from './lexicon';
import { exact, list } from './word-lists-discrimination';

/** Who applies: the people a job ad turns away. */
const APPLICANT = list(`candidatures|candidature|candidats|candidat|candidates|candidate|profils|profil|cv|applicants
  |applicant|applications|application|postulants|postulantes|personnes`);
/** An age limit after them: "de plus de 50 ans", "over 45", "aged 50 and over". */
const AGE_OVER = list(`de plus de {n} ans|des plus de {n} ans|plus de {n} ans|au delà de {n} ans|âgés de plus de {n} ans
  |âgées de plus de {n} ans|de {n} ans et plus|de {n} ans ou plus|over {n}|over {n}s|aged over {n}|aged {n} and over
  |aged {n} or over|above {n}|older than {n}|past {n}|{n} and over|{n} or older|{n} plus`);
/** Not an age: "applications over 2 pages". */
const NOT_AGE =
  list(`over {n} pages|over {n} page|over {n} words|over {n} lines|over {n} mb|over {n} minutes|over {n} days
  |over {n} weeks|over {n} hours|over {n} characters|over {n} files|plus de {n} pages|plus de {n} mots`);
/** Turned away unread. */
const REJECT = list(`non étudiées|non étudiés|non étudiée|non étudié|ne seront pas étudiées|ne seront pas étudiés
  |ne seront pas lues|ne seront pas lus|non retenues|non retenus|ne seront pas retenues|ne seront pas retenus
  |ne seront pas prises en compte|ne seront pas pris en compte|non prises en compte|non considérées|non considérés
  |ne seront pas considérées|refusées d office|refusés d office|écartées d office|écartés d office|s abstenir
  |merci de s abstenir|inutile de postuler|ne pas postuler|won't be considered|will not be considered|not be considered
  |won't be reviewed|will not be reviewed|not be reviewed|won't be read|will not be read|automatically rejected
  |rejected automatically|go straight in the bin|straight to the bin|need not apply|needn't apply|please don't apply
  |won't be shortlisted|will not be shortlisted|not accepted|ne sont pas acceptées|ne sont pas acceptés`);

/** A preference stated in a job ad. */
const PREFER = list(`we prefer|we'd prefer|we would prefer|preferably|ideally|on préfère|nous préférons|de préférence
  |idéalement|only|uniquement|exclusivement|seulement`);
/** … for a sex or a family status. */
const SEX_OR_FAMILY = list(`male candidates|male applicants|a male|men only|female candidates|female applicants
  |candidats masculins|candidates féminines|un homme|une femme|des hommes|des jeunes femmes|a man|a young woman
  |young women|young men|célibataire|célibataires|célibataire sans enfants|sans enfants|pas d enfants|single
  |single with no kids|no kids|no children|without children|childless|sans enfant à charge|without kids
  |not planning a family|sans projet de grossesse|pas de projet bébé`);
/** A job ad around it. */
const JOB = list(`poste|stage|stagiaire|alternance|apprentissage|apprentis|apprentice|apprentices|apprenticeship
  |apprenticeships|internship|intern|interns|cdi|cdd|recrute|recrutons|recrutement|on recrute|hiring|we're hiring
  |job|role|vacancy|position|postulez|apply|apply now|candidats|candidates|applicants|offre d emploi|job offer`);

/** A call to write to a person, with the brand's followers. */
const PILE_ON =
  list(`allez lui dire|allez tous lui dire|allez leur dire|dites lui|dites le lui|écrivez lui|écrivez lui tous
  |spammez|spammez le|spammez la|bombardez|bombardez le|bombardez la|le bombarder|la bombarder|inondez|inondez le
  |inondez la|harcelez|harcelez le|harcelez la|on compte sur vous pour|go tell|go tell him|go tell her|everybody tell
  |everyone tell|tell her|tell him|spam her|spam him|spam his|spam their|flood her|flood his|flood their|bombard
  |bombard her|bombard him|go after her|go after him|let her have it|let him have it|pile on|pile onto|dm her|dm him`);
/** … until they give up. */
const UNTIL_GONE = list(`jusqu à ce qu il supprime|jusqu à ce qu elle supprime|jusqu à ce qu ils suppriment
  |jusqu à ce qu il ferme|jusqu à ce qu elle ferme|jusqu à ce qu il retire|jusqu à ce qu elle retire
  |jusqu à ce qu il quitte|jusqu à ce qu elle quitte|jusqu à ce qu il craque|jusqu à ce qu elle craque
  |jusqu à ce qu il s excuse|jusqu à ce qu elle s excuse|jusqu à ce qu il parte|jusqu à ce qu elle parte
  |until she deletes|until he deletes|until they delete|until she takes|until he takes|until they take
  |until she closes|until he closes|until she quits|until he quits|until she cries|until he cries|until she leaves
  |until he leaves|until they leave|until she apologises|until he apologises|until she apologizes
  |until he apologizes|until she gives up|until he gives up|until she logs off|until he logs off`);

/** A customer's (or a person's) picture … */
const PHOTO =
  list(`la photo de la cliente|la photo du client|photo de la cliente|photo du client|la photo de cette cliente
  |la photo de ce client|sa photo|sa tête|sa tronche|voici la tête|voilà la tête|photo of the customer
  |photo of that customer|pic of the customer|picture of the customer|her photo|his photo|her picture|his picture
  |her face|his face|here's her|here's his|screenshot of her|screenshot of his`);
/** … passed round to mock them. */
const PASS_ROUND = list(`faites tourner|faites la tourner|faites le tourner|qu on rigole|qu on rigole un peu
  |regardez moi cette|regardez moi ça|cette dégaine|quelle dégaine|make her famous|make him famous|let's make her
  |let's make him|have a laugh at|what a state|the state of her|the state of him`);
/** … of someone who complained. */
const COMPLAINED = list(`qui s est plaint|qui s est plainte|qui a osé|qui a râlé|qui râle|qui nous a mis 1 étoile
  |qui nous a mis une étoile|who complained|who moaned|who dared|who left us 1 star|who left us one star|who gave us 1 star
  |who gave us one star|1 star review|one star review|1 étoile|une étoile`);

/** Pointing at a person's body … */
const LOOK_AT = list(`regardez la tête de|regardez la taille de|regardez moi ce|regardez moi cette|regardez ce
  |regardez cette|vise la|visez la|t as vu la|vous avez vu la|look at the size of|look at that|check out the size of
  |check out that|get a load of|look at this|look at her|look at him`);
/** … a person's. */
const PERSON = list(`guy|man|woman|lady|girl|bloke|dude|client|cliente|customer|mec|type|nana|meuf|fille|gars|monsieur
  |madame|dame|her|him|influenceuse|influenceur|influencer|candidate|candidat|stagiaire|intern|collègue|colleague`);

/** More of what is said of a group (joined to `said9`, after the group). */
const SAID_10 = list(`ne méritent rien|deserve nothing|don't deserve nice|don't deserve good|ne méritent pas de beaux
  |ne méritent pas de belles|une tragédie|a tragedy|tragédie en trois actes|tragedy in three acts
  |ne savent pas s habiller|can't dress|cannot dress|ne savent rien faire|can't do anything right|sont irrécupérables
  |are hopeless|c est sans espoir|is hopeless|are a lost cause|un cas désespéré`);

/** Enough alone: same-sex marriage denied, a person called senile, fat people called by a slur. */
const ALONE_10 = list(`le mariage c est un homme et une femme|le mariage c est entre un homme et une femme
  |marriage is between a man and a woman|marriage is one man and one woman|un homme et une femme point final
  |vieux sénile|vieille sénile|un sénile|les séniles|senile grandpa|senile granny|senile old|a senile|old codgers
  |old biddies|vieux croulants|les croulants|fatties|fatsos|fatso|lardass|lard arse|gros lards|gros lard
  |grosses vaches|grosse vache|big fatties`);

/** Marriage said to be only a man and a woman ("le mariage, c'est entre un homme et une femme"). */
const MARRIAGE = list(`mariage|le mariage|marriage|a marriage`);
const MAN_AND_WOMAN = list(`entre un homme et une femme|un homme et une femme|between a man and a woman
  |one man and one woman|a man and a woman`);
const ONLY_IS =
  list(`c est|est|sera toujours|doit être|doit rester|is|is only|should be|must be|must stay|only|seulement
  |uniquement|toujours|always`);

/** More of the money trope, joined to `jewTrope` (read beside `jews`): "si le patron était juif … radin". */
const MONEY_TROPE = list(`radin|radine|pingre|pingres|avare|avares|stingy|tight fisted|tightfisted|penny pinching
  |money grabbing|cheapskate|cheapskates|rapace`);
/** A feast as an excuse not to work. */
const EXCUSE = list(`une excuse pour|un prétexte pour|an excuse to|an excuse for|a pretext to|pour moins bosser
  |pour moins travailler|to work less|to skive|to slack off|pour ne rien faire|to do nothing`);
const PRACTICE = list(`ramadan|le ramadan|carême|le carême|shabbat|le shabbat|the sabbath|lent|la prière|prayer times
  |prayer breaks|les prières|l aïd|eid|diwali|les fêtes juives|jewish holidays|muslim holidays`);

/** Women drivers, the old joke. */
const WOMAN_DRIVER =
  list(`femme au volant|femmes au volant|une femme au volant|woman driver|women drivers|a woman driving
  |woman driving|women driving|lady driver|lady drivers|mamies au volant|grannies driving|female driver|female drivers`);
const DANGER = list(`🧯|🚑|extincteurs|extincteur|extinguishers|extinguisher|prévenu les|warned the|watch out|danger
  |pray for|priez pour|crash|rétro arraché|planquez vous|hide your|gare à vous|mort au tournant|insurance premiums`);

/** Casting by colour: "pas d'enfants noirs", "a typical British family". */
const EXCLUDE = list(`pas de|pas d|no|sans|only|uniquement|que des|seulement des|so|all|just`);
const COLOUR = list(`enfants noirs|enfants blancs|enfants asiatiques|enfants arabes|enfants typés|familles noires
  |famille noire|mannequins noirs|mannequins noires|modèles noirs|modèles noires|noirs ou asiatiques|noirs ni asiatiques
  |black people|black kids|black children|black models|white people|white kids|white children|white models
  |asian kids|asian children|asian models|brown kids|typés|typées|typical british family|famille bien française
  |famille typiquement française|white family|white families`);
const CASTING = list(`casting|castings|modèles|mannequins|figurants|extras|models|model|catalogue|catalog|pub|ad|advert
  |campaign|campagne|shoot|photo|photos|tv ad|family|famille|look|image`);

/** A fat joke: a tent, a parachute, a tarpaulin for a group's size. */
const TENT = list(`tente|tentes|a tent|need a tent|sell tents|parachute|parachutes|bâche|bâches|tarpaulin|chapiteau`);

const PUSH_10 = list(`ferme ton compte|fermez votre compte|close your account|disparais|disparaissez|disappear|vanish
  |get lost|arrête ta chaîne|arrête ta chaine|stop your channel|quit your channel|personne ne lit|nobody reads`);
const ACT_10 = list(`popping round|pop round|drop round|come round|swing by|passer chez toi|passer chez vous
  |te rendre visite|vous rendre visite|une petite visite|a little visit|à vous de jouer|over to you|you know the drill
  |remplissez lui|fill her inbox|fill his inbox|dors bien|sleep well|pense à ta carrière|think of your career`);
const THEFT_10 =
  list(`qui le piquent|qui la piquent|qui les piquent|qui les volent|qui piquent|qui volent|qui le volent|qui la volent|qui chapardent
  |who nick|who steal|who pinch|nick it|pinch it|steal it|recompte les cintres|count the hangers|recompter les cintres`);
const BODY_10 = list(`pris trop de poids|lâche les desserts|lâcher les desserts|lay off the desserts|lay off the cake
  |piled on the pounds|get him a salad|get her a salad|offrez lui une salade`);
const PEOPLE_10 = list(`fat customers|fat shoppers|fat kids|fat women|fat men|fat ladies|fat girls|fat blokes
  |enfants enrobés|les enrobés|les enrobées|chubby customers`);

const GROUPS: CategoryRules['groups'] = {
  applicant10: { fr: exact(APPLICANT) },
  ageOver10: { fr: exact(AGE_OVER) },
  applicantAge10: {},
  reject10: { fr: exact(REJECT) },
  prefer10: { fr: exact(PREFER) },
  sexOrFamily10: { fr: exact(SEX_OR_FAMILY) },
  preference10: {},
  job10: { fr: exact(JOB) },
  pileOn10: { fr: exact(PILE_ON) },
  untilGone10: { fr: exact(UNTIL_GONE) },
  photo10: { fr: exact(PHOTO) },
  passRound10: { fr: exact(PASS_ROUND) },
  lookAt10: { fr: exact(LOOK_AT) },
  person10: { fr: exact(PERSON) },
  pointed10: {},
  complained10: { fr: exact(COMPLAINED) },
  said9: { fr: exact(SAID_10) },
  alone10: { fr: exact(ALONE_10) },
  jewTrope: { fr: exact(MONEY_TROPE) },
  marriage10: { fr: exact(MARRIAGE) },
  manAndWoman10: { fr: exact(MAN_AND_WOMAN) },
  onlyIs10: { fr: exact(ONLY_IS) },
  onlyManAndWoman10: {},
  excuse10: { fr: exact(EXCUSE) },
  practice10: { fr: exact(PRACTICE) },
  womanDriver10: { fr: exact(WOMAN_DRIVER) },
  danger10: { fr: exact(DANGER) },
  exclude10: { fr: exact(EXCLUDE) },
  colour10: { fr: exact(COLOUR) },
  excludedColour10: {},
  casting10: { fr: exact(CASTING) },
  tent10: { fr: exact(TENT) },
  // More pushing out, veiled visits, theft suspicion and weight remarks, joined to the ninth round's lists.
  push9: { fr: exact(PUSH_10) },
  act9: { fr: exact(ACT_10) },
  theft9: { fr: exact(THEFT_10) },
  body9: { fr: exact(BODY_10) },
  people9: { fr: exact(PEOPLE_10) },
};

/** `base` with the tenth round's groups, compounds and pairs. */
export function withDiscrimination10(base: CategoryRules): CategoryRules {
  return extendRules(base, {
    groups: GROUPS,
    compounds: [
      ['applicant10', 'ageOver10', 'applicantAge10', 3],
      ['exclude10', 'colour10', 'excludedColour10', 3],
      ['onlyIs10', 'manAndWoman10', 'onlyManAndWoman10', 2],
      ['lookAt10', 'person10', 'pointed10', 3],
      ['prefer10', 'sexOrFamily10', 'preference10', 3],
    ],
    pairs: [
      ['applicantAge10', 'reject10', { window: 10, variant: 'hiring' }],
      ['preference10', 'job10', { window: 16, variant: 'hiring' }],
      ['pileOn10', 'untilGone10', { window: 20, ordered: true, variant: 'harassment' }],
      ['photo10', 'passRound10', { window: 20, variant: 'harassment' }],
      ['photo10', 'complained10', { window: 12, variant: 'harassment' }],
      ['pointed10', 'pig', { window: 16, variant: 'harassment' }],
      ['pointed10', 'sneer', { window: 16, variant: 'harassment' }],
      ['pointed10', 'whale10', { window: 16, variant: 'harassment' }],
      ['marriage10', 'onlyManAndWoman10', { window: 5, ordered: true }],
      ['practice10', 'excuse10', { window: 6, ordered: true }],
      ['womanDriver10', 'danger10', { window: 16 }],
      ['excludedColour10', 'casting10', { window: 14, variant: 'hiring' }],
      ['people9', 'tent10', { window: 12 }],
      ['people8', 'tent10', { window: 12 }],
      ['group', 'tent10', { window: 12 }],
    ],
    alone: ['alone10'],
    signs: { whale10: ['🐋', '🐳', '🦛'] },
    negative: { fr: exact(NOT_AGE) },
  });
}
