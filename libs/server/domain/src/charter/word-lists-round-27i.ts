// Twenty-seventh round, reading i (`withRound27i` adds it to every topic's rules), from `holdout-54`'s misses (a
// hold-out measured fresh after rounds 27a–27h: a fortnight of a tired social-media manager), by family:
// Insults: "les incapables du contrôle de gestion"; a child "trop grosse" (also a body jibe); "retards who…" (also a
// slur).
// Religion: fasting mocked ("Vous faites le ramadan ? Dommage pour vous"); a spread "blessed at Lourdes" and the Virgin
// keeping colds away (also a health claim).
// Confidential: a closure "annoncé plus tard" or "not public till June"; "a little bird told us" the board's target.
// Discrimination: "ces clandestins n'apportent que des problèmes"; the over-55s "trop chers et pas assez agiles";
// a biscuit "spécial pauvres… en attendant la CAF"; a critic's address and a visit "chez vous"; candidates asked about
// children; an autistic boy to "keep at home"; "sauf aux gens du voyage"; advisers who "parlent vraiment français";
// a non-binary child called "confused"; a team "mostly gay guys, so you know… fabulous".
// Clean: travellers' cheques; an opening date "not yet announced".
// Health and legal: "l'enquête le confirmera"; an operator "en faute".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

/** An ableist slur: an insult and discrimination. */
const RETARDS = list(`serve retards|retards who|those retards|bunch of retards|you retard|what a retard`);
const INSULTS = list(`les incapables du|les incapables de la|les incapables des|des incapables du|des incapables de la
  |the incompetents in|the idiots in|such a retard`);
const YOUR_KID = list(`ta gamine|ton gamin|ta fille|ton fils|votre fille|votre fils|votre gamine|votre gamin|your kid
  |your daughter|your son`);
const TOO_FAT = list(`trop grosse|trop gros|too fat|way too fat|moins de goûters|fewer snacks|less snacks`);

const FASTING = list(`ramadan|le ramadan|jeûne|carême|fasting`);
const TOO_BAD = list(`dommage pour vous|tant pis pour vous|too bad for you|pity for you|shame for you`);
const RELIGION_ALONE = list(`blessed at lourdes|béni à lourdes|bénie à lourdes|bénis à lourdes|the virgin will keep
  |the virgin will protect|la vierge protégera|la vierge gardera|la vierge préservera`);

const CLOSURE = list(`arrêtera|fermera|fermeture|plant closure|site closure|plan de départs|job cuts|layoffs
  |suppressions de postes|restructuring|arrêtera ses unités`);
const NOT_YET = list(`ce sera annoncé plus tard|sera annoncé plus tard|pas encore annoncé|pas encore annoncée
  |not yet announced|not announced yet|will be announced later|not public till|not public until|pas encore public
  |pas encore officiel`);
const LITTLE_BIRD = list(`a little bird told us|a little bird told me|un petit oiseau nous a dit|mon petit doigt m a dit
  |notre petit doigt nous a dit`);
const BOARD = list(`the board|le conseil|target|objectif|sales|ventes|budget|guidance|margin|marge`);

const DISC_ALONE = list(`n apportent que des problèmes|bring nothing but trouble|bring nothing but problems
  |spécial pauvres|special poor|en attendant la caf|en attendant les allocs|until benefits day|waiting for the giro
  |votre adresse est dans l annuaire|ton adresse est dans l annuaire|venir en discuter chez vous|we found her address
  |we found his address|on a trouvé son adresse|on a retrouvé son adresse|drop a pair round in person
  |drop round in person|si elles comptent avoir des enfants|si elle compte avoir des enfants
  |if they plan to have children|if she plans to have kids|if she plans to have children|sauf aux gens du voyage
  |sauf les gens du voyage|sauf pour les gens du voyage|except travellers|except for travellers
  |interdit aux gens du voyage|trop chers et pas assez agiles|cost more and learn slower`);
const MIGRANTS = list(`clandestins|migrants|immigrés|illegals|immigrants|réfugiés|refugees|sans papiers`);
const TROUBLE = list(`que des problèmes|nothing but trouble|nothing but problems|apportent la délinquance|bring crime`);
const SENIORS = list(
  `plus de {n} ans|les plus de {n} ans|over 55s|over 50s|over 60s|the over 55s|the over 50s|seniors`,
);
const COSTLY = list(`trop chers|too expensive|cost more|coûtent plus|pas assez agiles|learn slower
  |apprennent moins vite|less agile|moins agiles`);
const DISABLED = list(`autiste|autistic|handicapé|handicapée|disabled|trisomique|down syndrome|tdah|adhd|en fauteuil`);
const KEEP_HOME = list(`gardez le à la maison|gardez la à la maison|keep him at home|keep her at home
  |laissez le à la maison|laissez la à la maison|leave him at home|leave her at home`);
const OFFSHORE = list(`maroc|au maroc|inde|india|philippines|offshore|délocalisé|tunisie|sénégal|pakistan`);
const REALLY_SPEAK =
  list(`parlent vraiment français|parlent un vrai français|actually speak english|really speak english
  |speak proper english|speak real english`);
const NON_BINARY = list(`non binary|non binaire|nonbinary|transgenre|transgender|they them`);
const CONFUSED =
  list(`is confused|est confus|est perdu|est juste perdu|end of story|point final|point barre|just a phase
  |une phase|going through a phase|passing phase|une crise passagère`);
const MOSTLY_GAY = list(`mostly gay|all gay|only gay|que des gays|que des homos|majoritairement gay`);
const CAMP = list(`so you know|fabulous|darling|donc vous savez|fabuleux|chéri`);

const NOT_DISCRIMINATION = list(`travellers cheques|traveller cheques|travellers checks|travelers checks`);
const NOT_CONFIDENTIAL = list(`date is not yet announced|date not yet announced|date pas encore annoncée
  |date n est pas encore annoncée|line up is not yet announced|programme pas encore annoncé`);

const HEALTH_ALONE = list(`l enquête le confirmera|l enquête confirmera|the investigation will confirm
  |the inquiry will confirm|the investigation will prove|l enquête le prouvera`);
const AT_FAULT = list(`était en faute|est en faute|was at fault|is at fault|n avait pas respecté les consignes
  |had ignored the rules`);
const INCIDENT = list(`incident|accident|enquête|investigation|inquiry|site|opérateur|operator`);
const NO_COLDS = list(`free of colds|free from colds|keep colds away|sans rhume|pas un rhume|aucun rhume`);
const DAILY = list(`a day|par jour|spoonful|une cuillère|tous les jours|every day`);

const ROUND_27I: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: {
      alone27i: { fr: exact(INSULTS, RETARDS) },
      yourKid27i: { fr: exact(YOUR_KID) },
      tooFat27i: { fr: exact(TOO_FAT) },
    },
    alone: ['alone27i'],
    pairs: [['yourKid27i', 'tooFat27i', { window: 6, ordered: true }]],
  },
  religion: {
    groups: {
      alone27i: { fr: exact(RELIGION_ALONE) },
      fasting27i: { fr: exact(FASTING) },
      tooBad27i: { fr: exact(TOO_BAD) },
    },
    alone: ['alone27i'],
    pairs: [['fasting27i', 'tooBad27i', { window: 6, ordered: true }]],
  },
  confidential: {
    negative: { fr: exact(NOT_CONFIDENTIAL) },
    groups: {
      closure27i: { fr: exact(CLOSURE) },
      notYet27i: { fr: exact(NOT_YET) },
      littleBird27i: { fr: exact(LITTLE_BIRD) },
      board27i: { fr: exact(BOARD) },
    },
    pairs: [
      ['closure27i', 'notYet27i', { window: 16 }],
      ['littleBird27i', 'board27i', { window: 16, ordered: true }],
    ],
  },
  discrimination: {
    groups: {
      alone27i: { fr: exact(DISC_ALONE, RETARDS) },
      migrants27i: { fr: exact(MIGRANTS) },
      trouble27i: { fr: exact(TROUBLE) },
      seniors27i: { fr: exact(SENIORS) },
      costly27i: { fr: exact(COSTLY) },
      disabled27i: { fr: exact(DISABLED) },
      keepHome27i: { fr: exact(KEEP_HOME) },
      offshore27i: { fr: exact(OFFSHORE) },
      reallySpeak27i: { fr: exact(REALLY_SPEAK) },
      nonBinary27i: { fr: exact(NON_BINARY) },
      confused27i: { fr: exact(CONFUSED) },
      mostlyGay27i: { fr: exact(MOSTLY_GAY) },
      camp27i: { fr: exact(CAMP) },
      yourKid27i: { fr: exact(YOUR_KID) },
      tooFat27i: { fr: exact(TOO_FAT) },
    },
    alone: ['alone27i'],
    negative: { fr: exact(NOT_DISCRIMINATION) },
    pairs: [
      ['migrants27i', 'trouble27i', { window: 8, ordered: true }],
      ['seniors27i', 'costly27i', { window: 10 }],
      ['disabled27i', 'keepHome27i', { window: 16, ordered: true }],
      ['offshore27i', 'reallySpeak27i', { window: 16, ordered: true }],
      ['nonBinary27i', 'confused27i', { window: 14 }],
      ['mostlyGay27i', 'camp27i', { window: 10, ordered: true }],
      ['yourKid27i', 'tooFat27i', { window: 6, ordered: true }],
    ],
  },
  health_legal: {
    groups: {
      alone27i: { fr: exact(HEALTH_ALONE) },
      atFault27i: { fr: exact(AT_FAULT) },
      incident27i: { fr: exact(INCIDENT) },
      noColds27i: { fr: exact(NO_COLDS) },
      daily27i: { fr: exact(DAILY) },
    },
    alone: ['alone27i'],
    pairs: [
      ['incident27i', 'atFault27i', { window: 12, ordered: true }],
      ['daily27i', 'noColds27i', { window: 12 }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound27i = roundByTopic(ROUND_27I);
