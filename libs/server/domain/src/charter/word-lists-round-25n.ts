// Twenty-fifth round, reading of `train-bt` (`withRound25n` adds it to every topic's rules), by family:
// Insults: regional and francophone slang nouns (Nord "bédoule", Réunion "kaniar", Antilles "ababa", Côte d'Ivoire
// "gaou", Sénégal "doff", Cameroun "mbout", Suisse "taborniau"…) after a word that aims them ("t'es un", "un vrai",
// "pour des"); an ordinary noun made an insult by an intensifier ("une buse intégrale", "un poivrot fini", "une
// truffe de compétition"); contempt in a formal letter ("dont la sottise n'a d'égale que", "l'expression de notre
// parfaite indifférence", "rarement un incapable", "whose stupidity is matched only by"). Negative: the Enfoirés
// (the Restos du Cœur show) are not an insult.
// Religion: a rite pressed on parents for their children's salvation ("faites baptiser vos enfants… pour leur
// salut"); a rite mocked as "ce truc où" or its priest as "un monsieur en robe" beside sins and confession; relics
// belittled as bones in a shrine ("contempler des ossements dans une châsse", "old bones in a reliquary").
// Health and legal: dodging a speeding fine by naming someone else (a cousin abroad) as the driver, or "the fine will
// never reach you"; wiring without an electrician said to be legal, or the insurer said to have to pay whatever
// happens; food that "won't make you fat" ("zéro prise de poids", proven by a clinical study).
import { type RuleExtension, roundByTopic } from './rule-extension';
import { combos, exact, list } from './word-lists-discrimination';

// ---- Insults

/** Words that aim a noun at someone ("t'es un", "un vrai", "pour des", Réunion "in vré"). */
const AIM = list(`t es un|t es une|tu es un|tu es une|t es qu un|c est un|c est une|c est qu un|est un|est une
  |sont des|sont tous des|vous êtes des|vous êtes un|vous êtes une|ce sont des|un vrai|une vraie|de vrais|de vraies
  |quel|quelle|quels|quelles|espèce de|espèce d|bande de|bande d|pour des|pour un|pour une|un gros|une grosse
  |des gros|un sacré|une sacrée|in vré|in vrai|you are a|you absolute|you utter
  |a total|an absolute|an utter|a complete|a right|a proper|a real|what a|what an|such a|is a|is an|bunch of`);
/** Regional and francophone slang for a fool or a good-for-nothing, verlan and drunkards. */
const SLANG = list(`bédoule|bédoules|babache|babaches|kaniar|kaniars|kanyar|kanyars|kouyon|kouyons|ababa|ababas
  |tèbè|tèbès|gaou|gaous|gnata|gnatas|doff|doffs|mbout|mbouts|saï saï|sai sai|taborniau|taborniaux|tabornio
  |bedoume|bedoumes|snul|snuls|tarla|tarlas|estrasse|estrasses|cacou|cacous|hmar|hmara|narvalo|narvalos
  |poivrot|poivrots|poivrote|pochtron|pochtrons|pochetron|pochetrons|soûlard|soûlards|soûlarde|sac à vinasse
  |âne bâté|ânes bâtés|bourrique|bourriques|gombeen|galoot|galoots`);
/** Ordinary nouns (birds, fish, drunkards) that insult with an intensifier after them. */
const PLAIN_NOUN = list(`buse|buses|truffe|truffes|cruche|cruches|huître|huîtres|andouille|andouilles|tanche|tanches
  |pintade|pintades|dinde|dindes|bourrique|bourriques|poivrot|poivrots|pochtron|pochtrons|soûlard|soûlards|ivrogne
  |ivrognes|crétin|crétine|crétins|abruti|abrutie|abrutis|imbécile|imbéciles|bouffon|bouffons|baltringue
  |baltringues|tocard|tocarde|tocards|branque|branques|guignol|guignols|incapable|incapables|gland|glands`);
const INTENSIFIER = list(`intégral|intégrale|intégraux|intégrales|fini|finie|finis|finies|de compétition|patenté
  |patentée|patentés|patentées|en chef|sur pattes|absolu|absolue|du siècle|de service
  |notoire|notoires`);

/** "dont la sottise n'a d'égale que": whose stupidity, matched only by. */
const STUPIDITY = combos(
  list(`votre|vos|ta|ton|sa|son|leur|dont la|dont l|dont le|your|whose|his|her|their`),
  list(`sottise|bêtise|stupidité|ineptie|inanité|incompétence|médiocrité|ignorance|niaiserie|balourdise|idiotie
  |stupidity|idiocy|incompetence|ignorance|ineptitude|mediocrity|foolishness`),
);
const MATCHED_ONLY = list(`n a d égale que|n a d égal que|n ont d égale que|n ont d égal que|n a d égales que
  |n a d équivalent que|is matched only by|is equalled only by|is equaled only by|is rivalled only by
  |is rivaled only by|is surpassed only by|is exceeded only by`);
/** A letter closed on contempt, or an incompetent praised with irony. */
const CONTEMPT_ALONE = [
  ...combos(
    list(`l expression de|l assurance de|recevez|agréez`),
    list(`notre parfaite indifférence|ma parfaite indifférence|notre plus parfaite indifférence
  |ma plus parfaite indifférence|notre totale indifférence|ma totale indifférence|notre profond mépris
  |mon profond mépris|notre plus profond mépris|mon plus profond mépris|notre mépris le plus sincère
  |mon mépris le plus sincère`),
  ),
  ...list(`mes salutations méprisantes|nos salutations méprisantes|salutations dédaigneuses|salutations condescendantes
  |the expression of our complete indifference|the expression of our utter contempt|our complete indifference
  |our utmost contempt|our utter contempt|yours in complete indifference|yours with utter contempt
  |rarement un incapable|jamais un incapable|un parfait incapable|une parfaite incapable|de parfaits incapables
  |un incapable notoire|un tel incapable|cet incapable|cette incapable|ces incapables
  |rarely has an incompetent|never has an incompetent|you incompetent lot|you incompetent fool`),
];
/** The Enfoirés, the Restos du Cœur's charity show. */
const ENFOIRES_SHOW = list(`les enfoirés en famille|concert des enfoirés|concerts des enfoirés|spectacle des enfoirés
  |tournée des enfoirés|soirée des enfoirés|album des enfoirés|chanson des enfoirés|troupe des enfoirés
  |show des enfoirés|émission des enfoirés|les enfoirés sur tf1|les enfoirés 20{n}`);

// ---- Religion

const RITE = list(`faites baptiser|faire baptiser|baptisez|baptiser vos|baptiser votre|baptême|baptêmes|baptisés
  |baptisé|sacrement|sacrements|première communion|communion solennelle|confirmation|se confesser|confessez vous
  |allez à la messe|aller à la messe|catéchisme|baptism|baptised|baptized|christening|christened|first communion
  |sacrament|sacraments|go to mass|go to confession|sunday school`);
const SALVATION = list(`leur salut|son salut|votre salut|ton salut|notre salut|salut de leur âme|salut de son âme
  |salut de votre âme|salut éternel|vie éternelle|sauver leur âme|sauver son âme|sauver votre âme|leur place au paradis
  |their salvation|his salvation|her salvation|your salvation|eternal life|save their souls|save their soul
  |save your soul|their place in heaven`);

const RITE_NOUN = list(`la confession|la messe|le carême|le ramadan|la prière|le baptême|la communion|le catéchisme
  |le caté|le shabbat|le sabbat|l eucharistie|les vêpres|le chapelet|l extrême onction|la procession|la circoncision
  |going to confession|mass|the lenten fast|ramadan|prayer|baptism|communion|sunday school|the rosary|church`);
const DISMISS = list(`ce truc où|ce truc qui|ce truc de|ce machin où|ce machin qui|ce délire où|ce délire de
  |cette mascarade|cette comédie|ce cirque|ce rituel bizarre|ce vieux rituel|cette superstition
  |cette vieille superstition|that thing where|this thing where|that weird thing|this weird ritual|that weird ritual
  |this circus|that circus|that charade|this charade|that nonsense where`);
const ALONE_RELIGION = list(`tes péchés à un|ses péchés à un|vos péchés à un|leurs péchés à un|your sins to a
  |your sins to some|his sins to a|their sins to a`);
const MAN_IN_DRESS = list(`un monsieur en robe|un mec en robe|un type en robe|un homme en robe|des hommes en robe
  |des messieurs en robe|des mecs en robe|des types en robe|un vieux en robe|des vieux en robe|a man in a dress
  |a bloke in a dress|a guy in a dress|men in dresses|blokes in dresses|old men in dresses|guys in dresses`);
const CHURCH = list(`péchés|péché|confession|confesser|confessionnal|curé|curés|prêtre|prêtres|messe|église|pape
  |évêque|évêques|sins|sin|priest|priests|church|mass|pope|bishop|bishops|confessional|vatican`);

const BONES = list(`ossements|des os|de vieux os|vieux os|bouts d os|morceaux d os|un squelette|des squelettes
  |des crânes|un crâne|des tibias|un doigt momifié|old bones|dead bones|bits of bone|pieces of bone|a skeleton
  |some bones|a few bones|bones of`);
const RELIC = list(`châsse|châsses|reliquaire|reliquaires|relique|reliques|compostelle|lourdes|lisieux|pèlerinage
  |pèlerinages|pèlerins|sanctuaire|d un saint|du saint|de la sainte|d une sainte|shrine|shrines|reliquary
  |reliquaries|relic|relics|pilgrimage|pilgrims|santiago|of a saint|of the saint`);

// ---- Health and legal

const DESIGNATE_OTHER = [
  ...combos(
    list(`désignez|désigner|désigne|déclarez|déclarer|indiquez|indiquer|dénoncez|dénoncer|donnez le nom d`),
    list(`un cousin|une cousine|un ami|une amie|un pote|un proche|un parent|un copain|une copine|quelqu un
  |un oncle|une tante|votre cousin|votre cousine|votre oncle|un frère|votre frère|un collègue|votre grand mère`),
  ),
  ...combos(
    list(`name|nominate|put down|declare`),
    list(`a cousin|a friend|a mate|a relative|someone else|your cousin|an uncle|your uncle|your gran`),
  ),
];
const FINE = list(`flashé|flashée|flashés|radar|l amende|amende|amendes|pv|contravention|retrait de points
  |points de permis|excès de vitesse|speeding|speed camera|the fine|speeding fine|speeding ticket|penalty points
  |points on your licence|points on your license`);
const FINE_DODGE = list(`l amende ne vous arrivera jamais|l amende ne t arrivera jamais|l amende n arrivera jamais
  |vous ne recevrez jamais l amende|tu ne recevras jamais l amende|vous ne paierez jamais l amende
  |tu ne paieras jamais l amende|ne payez jamais vos amendes|acheter des points de permis|achetez des points de permis
  |vendre ses points de permis|vendez vos points de permis|refilez vos points|refiler ses points
  |faites porter les points
  |the fine will never reach you|the fine will never arrive|you never get the fine|you never pay the fine
  |you will never pay the fine|never pay a speeding fine|buy penalty points|sell your penalty points`);

const NO_PRO = list(`sans électricien|sans installateur|sans professionnel|sans artisan|sans passer par un électricien
  |sans passer par un professionnel|sans passer par un pro|pas besoin d électricien|pas besoin d un électricien
  |pas besoin d installateur|sans consuel|without an electrician|no electrician needed|no need for an electrician
  |without a qualified electrician|without a certified electrician|without a professional`);
const LEGAL_OK = list(`c est autorisé|c est légal|c est tout à fait légal|c est parfaitement légal|c est permis
  |en toute légalité|parfaitement légal|tout à fait légal|totalement légal|it legal|it is legal|perfectly legal
  |fully legal|it allowed|it is allowed|completely legal|totally legal`);
const INSURER_MUST = list(`l assurance est obligée de|l assurance est obligée|l assureur est obligé de
  |l assureur est obligé|votre assurance est obligée|votre assureur est obligé|l assurance doit obligatoirement
  |l assurance paiera forcément|l assurance paie forcément|l assurance rembourse forcément|l assurance paie tout
  |l assurance paiera tout|your insurance has to pay|your insurer has to pay|the insurance has to pay
  |insurance must pay|the insurer must pay|insurer is obliged to|insurance is obliged to|insurance is required to pay`);
const ANYWAY = list(`en cas de pépin|quoi qu il arrive|dans tous les cas|de toute façon|en toutes circonstances
  |même sans|même en cas de faute|même en tort|même si vous êtes en tort|sans électricien|whatever happens
  |no matter what|in any case|either way|in every case|even without|even if you at fault`);

const NO_FAT = list(`ne font pas grossir|ne fait pas grossir|ne fera pas grossir|ne feront pas grossir
  |ne fait jamais grossir|ne font jamais grossir|sans prise de poids|aucune prise de poids|pas de prise de poids
  |sans grossir|won make you fat|will not make you fat|don make you fat|do not make you fat|doesn make you fat
  |does not make you fat|won make you put on weight|no weight gain|without gaining weight|without putting on weight`);
const NO_FAT_ALONE = list(`zéro prise de poids|0 prise de poids|zero weight gain`);
const PROVEN = list(`étude clinique|études cliniques|cliniquement prouvé|cliniquement démontré|cliniquement testé
  |prouvé scientifiquement|scientifiquement prouvé|démontré par une étude|prouvé par une étude|démontré scientifiquement
  |selon une étude|une étude le prouve|clinical study|clinical trial|clinically proven|scientifically proven
  |proven by a study|a study proves|studies show|study shows`);
const TREATS = list(`gaufres|gaufre|biscuits|biscuit|gâteaux|gâteau|cookies|sablés|chocolat|chocolats|crêpes|bonbons
  |goûters|snacks|desserts|dessert|chips|glaces|glace|viennoiseries|croissants|pâte à tartiner|fourrées|fourrés
  |waffles|cakes|cake|chocolate|crisps|sweets|pastries|treats|doughnuts|donuts`);

const ROUND_25N: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: {
      aim25n: { fr: exact(AIM) },
      slang25n: { fr: exact(SLANG) },
      plainNoun25n: { fr: exact(PLAIN_NOUN) },
      intensifier25n: { fr: exact(INTENSIFIER) },
      stupidity25n: { fr: exact(STUPIDITY) },
      matchedOnly25n: { fr: exact(MATCHED_ONLY) },
      alone25n: { fr: exact(CONTEMPT_ALONE) },
    },
    alone: ['alone25n'],
    pairs: [
      ['aim25n', 'slang25n', { window: 2, ordered: true }],
      ['plainNoun25n', 'intensifier25n', { window: 1, ordered: true }],
      ['stupidity25n', 'matchedOnly25n', { window: 2, ordered: true }],
    ],
    negative: { fr: exact(ENFOIRES_SHOW) },
  },
  religion: {
    groups: {
      rite25n: { fr: exact(RITE) },
      salvation25n: { fr: exact(SALVATION) },
      riteNoun25n: { fr: exact(RITE_NOUN) },
      dismiss25n: { fr: exact(DISMISS) },
      alone25n: { fr: exact(ALONE_RELIGION) },
      manInDress25n: { fr: exact(MAN_IN_DRESS) },
      church25n: { fr: exact(CHURCH) },
      bones25n: { fr: exact(BONES) },
      relic25n: { fr: exact(RELIC) },
    },
    alone: ['alone25n'],
    pairs: [
      ['rite25n', 'salvation25n', { window: 15 }],
      ['riteNoun25n', 'dismiss25n', { window: 3, ordered: true }],
      ['manInDress25n', 'church25n', { window: 12 }],
      ['bones25n', 'relic25n', { window: 8 }],
    ],
  },
  health_legal: {
    groups: {
      designateOther25n: { fr: exact(DESIGNATE_OTHER) },
      fine25n: { fr: exact(FINE) },
      alone25n: { fr: exact(FINE_DODGE, NO_FAT_ALONE) },
      noPro25n: { fr: exact(NO_PRO) },
      legalOk25n: { fr: exact(LEGAL_OK) },
      insurerMust25n: { fr: exact(INSURER_MUST) },
      anyway25n: { fr: exact(ANYWAY) },
      noFat25n: { fr: exact(NO_FAT) },
      proven25n: { fr: exact(PROVEN) },
      treats25n: { fr: exact(TREATS) },
    },
    alone: ['alone25n'],
    pairs: [
      ['designateOther25n', 'fine25n', { window: 15 }],
      ['noPro25n', 'legalOk25n', { window: 10 }],
      ['insurerMust25n', 'anyway25n', { window: 12 }],
      ['insurerMust25n', 'noPro25n', { window: 15 }],
      ['noFat25n', 'proven25n', { window: 15 }],
      ['treats25n', 'noFat25n', { window: 4, ordered: true }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25n = roundByTopic(ROUND_25N);
