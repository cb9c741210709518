// Twenty-seventh round, reading h (`withRound27h` adds it to every topic's rules), from the misses of `holdout-52` and
// `holdout-53` (hold-outs measured fresh after rounds 27a–27g), by family:
// Insults: "il faut vraiment être bouchée", "entre la chaise et le clavier", "une mongolienne" (also a slur),
// "ce type est un clown", "qu'il dégage avec…", "to hold your ears apart", "do us all a favour and quit".
// Politics: prayers for a party's candidate, "que Dieu guide les électeurs"; a brand that "soutient cette loi"; an
// amendment a senator "a fait tomber"; a law called an attack on a faith's believers; "tell your TD".
// Religion: Ramadan mocked (sleeping all day, raiding the shelves at night); a novena that "works"; faith found again;
// "What Would Jesus Wear?"; "run by the same tribe" (also discrimination).
// Discrimination: a job "pas ouvert aux femmes, c'est un métier d'hommes"; "British workers first… before foreigners";
// colleagues over 55 "first on the list"; an activist's address and "pop round"; "men can't shop for kids, wait for the
// mum"; two guards "given the population"; "trois pères différents… les allocs"; "se calmer sur le grignotage… suivez
// mon regard"; women engineers "good for the PR"; back from maternity leave, a place "loin des clients".
// Health: a pudding that settles the stomach "faster than any medicine".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

/** A slur that is also an insult. */
const MONGOL = list(`mongolienne|mongoliennes|mongolien|mongoliens`);
/** A people said to run the banks: a faith's trope and discrimination. */
const TRIBE = list(`run by the same tribe|by the same tribe|tenues par la même tribu`);
const INSULTS = list(`faut vraiment être bouché|faut vraiment être bouchée|faut être bouché|faut être bouchée
  |bouché à l émeri|bouchée à l émeri|t es bouché|t es bouchée|entre la chaise et le clavier
  |between the chair and the keyboard|pebkac|qu il dégage avec
  |qu elle dégage avec|qu ils dégagent tous|hold your ears apart|keep your ears apart|do us all a favour and quit
  |do us a favour and quit|do everyone a favour and quit|do us all a favour and resign|do us all a favor and quit
  |fais nous plaisir et démissionne`);
const THIS_GUY = list(`ce type|ce mec|ce gars|ce bonhomme|cette bonne femme|this guy|that guy|this bloke|that bloke`);
const CLOWN = list(`est un clown|is a clown|est un guignol|is a joke|est une blague`);

const POLITICS_ALONE = list(`guide les électeurs|guide the voters|guide voters|accompagnent le candidat
  |accompagnent la candidate|soutient cette loi|soutenons cette loi|soutient la loi|soutenons la loi
  |we support this law|we back this bill|we support the bill|we back the bill|la pma pour toutes
  |enfin quelqu un de lucide|tell your td|write to your td|contact your td|email your td|tell your msp
  |tell your senator|tell your congressman|tell your congresswoman|tell your mla|écrivez à votre sénateur
  |dites le à votre député`);
const FELL = list(`fait tomber|a fait tomber|faire tomber|voted down|torpillé|a torpillé|enterré|a enterré`);
const AMENDMENT = list(`l amendement|the amendment|le projet de loi|the bill|la réforme|the reform`);
const LAW = list(`loi|cette loi|law|this law|bill|this bill|amendement|amendment|réforme`);
const ATTACK = list(`attaque contre les musulmans|attaque contre les musulmanes|attaque contre les catholiques
  |attaque contre les chrétiens|attaque contre les juifs|attack on muslims|attack on christians|attack on catholics
  |attack on jews|attack on our faith|attaque contre notre foi`);

const RELIGION_ALONE = list(`neuvaine|neuvaines|novena|novenas|retrouvé la foi|retrouver la foi|j ai trouvé la foi
  |found my faith|found faith again|found god|found jesus|trouvé dieu|what would jesus wear|what would jesus do|wwjd
  |que porterait jésus|que ferait jésus|la même tribu
  |look at the names on the boardroom|regardez les noms sur les portes`);
const FASTERS = list(`ramadan|ramadhan|jeûneurs|ceux qui jeûnent|those fasting|carême`);
const MOCK_FAST = list(`dorment toute la journée|sleep all day|vident les rayons|raid the shelves|se goinfrent
  |stuff themselves|s empiffrent|se gavent|gorge themselves`);

const DISC_ALONE = list(`pas ouvert aux femmes|not open to women|n est pas ouvert aux femmes|c est un métier d homme
  |c est un métier d hommes|a man job|a job for a man|british workers first|local hires before foreigners
  |before foreigners|avant les étrangers|trois pères différents|three different dads|three different fathers
  |payé avec les allocs|paid for with benefits`);
const OVER = list(`colleagues over {n}|staff over {n}|employees over {n}|workers over {n}|salariés de plus de {n} ans
  |collègues de plus de {n} ans|employés de plus de {n} ans`);
const FIRST = list(`first on the list|premiers sur la liste|first to go|first in line|en tête de liste`);
const LIVES_AT = list(`lives at|lives on|habite au|habite rue|habite à|his address is|her address is|son adresse
  |adresse c est`);
const VISIT = list(`pop round|say hello|passer le voir|passer la voir|rendez lui visite|pay him a visit|pay her a visit
  |allez lui dire bonjour|drop by|drop round`);
const DADS = list(`dad|dads|men|papa|papas|les hommes|father|fathers`);
const MUM_ONLY = list(`wait for the mum|wait for mum|wait for the mom|attendez la maman|attendez la mère
  |men cannot shop for kids|les hommes ne savent pas acheter`);
const POPULATION = list(`vu la population|given the population|vu le quartier|given the neighbourhood|vu le public
  |given the crowd|given the area|vu la clientèle du quartier`);
const GUARDS = list(`vigiles|vigile|security guards|deux vigiles|extra guards|surveiller les`);
const SNACKING = list(`se calmer sur le grignotage|calmer sur le grignotage|lay off the snacking|lay off the snacks
  |cut down on the snacking|lever le pied sur les gâteaux`);
const NO_NAMES = list(
  `suivez mon regard|you know who you are|on ne vise personne|no names mentioned|je dis ça je dis rien`,
);
const FEMALE_PROS = list(`ingénieures|les ingénieures|women engineers|female engineers|les femmes ingénieurs
  |les filles sur un chantier|women on site`);
const FOR_SHOW = list(`ça tient pas la route|ne tient pas la route|très bien pour la com|c est très bien pour la com
  |good for the pr|fine for the brochure|nice for the brochure|soyons sérieux|let be serious`);
const MATERNITY = list(
  `congé mat|congé maternité|maternity leave|back from maternity|retour de congé|enceinte|pregnant`,
);
const HIDDEN = list(`loin des clients|away from customers|away from the customers|au fond du stock|in the stockroom
  |au placard|une petite place au stock|out of sight`);

const HEALTH_ALONE = list(`faster than any medicine|better than any medicine|works faster than medicine
  |plus vite que n importe quel médicament|mieux qu un médicament|plus efficace qu un médicament
  |plus efficace que les médicaments|as good as medicine`);

const ROUND_27H: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: {
      alone27h: { fr: exact(INSULTS, MONGOL) },
      thisGuy27h: { fr: exact(THIS_GUY) },
      clown27h: { fr: exact(CLOWN) },
    },
    alone: ['alone27h'],
    pairs: [['thisGuy27h', 'clown27h', { window: 3, ordered: true }]],
  },
  politics: {
    groups: {
      alone27h: { fr: exact(POLITICS_ALONE) },
      fell27h: { fr: exact(FELL) },
      amendment27h: { fr: exact(AMENDMENT) },
      law27h: { fr: exact(LAW) },
      attack27h: { fr: exact(ATTACK) },
    },
    alone: ['alone27h'],
    pairs: [
      ['fell27h', 'amendment27h', { window: 3, ordered: true }],
      ['law27h', 'attack27h', { window: 14, ordered: true }],
    ],
  },
  religion: {
    groups: {
      alone27h: { fr: exact(RELIGION_ALONE, TRIBE) },
      fasters27h: { fr: exact(FASTERS) },
      mock27h: { fr: exact(MOCK_FAST) },
    },
    alone: ['alone27h'],
    pairs: [['fasters27h', 'mock27h', { window: 14 }]],
  },
  discrimination: {
    groups: {
      alone27h: { fr: exact(DISC_ALONE, MONGOL, TRIBE) },
      over27h: { fr: exact(OVER) },
      first27h: { fr: exact(FIRST) },
      livesAt27h: { fr: exact(LIVES_AT) },
      visit27h: { fr: exact(VISIT) },
      dads27h: { fr: exact(DADS) },
      mumOnly27h: { fr: exact(MUM_ONLY) },
      population27h: { fr: exact(POPULATION) },
      guards27h: { fr: exact(GUARDS) },
      snacking27h: { fr: exact(SNACKING) },
      noNames27h: { fr: exact(NO_NAMES) },
      femalePros27h: { fr: exact(FEMALE_PROS) },
      forShow27h: { fr: exact(FOR_SHOW) },
      maternity27h: { fr: exact(MATERNITY) },
      hidden27h: { fr: exact(HIDDEN) },
    },
    alone: ['alone27h'],
    pairs: [
      ['over27h', 'first27h', { window: 6, ordered: true }],
      ['livesAt27h', 'visit27h', { window: 16, ordered: true }],
      ['dads27h', 'mumOnly27h', { window: 14, ordered: true }],
      ['population27h', 'guards27h', { window: 14, ordered: true }],
      ['snacking27h', 'noNames27h', { window: 8, ordered: true }],
      ['femalePros27h', 'forShow27h', { window: 16, ordered: true }],
      ['maternity27h', 'hidden27h', { window: 16, ordered: true }],
    ],
  },
  health_legal: { groups: { alone27h: { fr: exact(HEALTH_ALONE) } }, alone: ['alone27h'] },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound27h = roundByTopic(ROUND_27H);
