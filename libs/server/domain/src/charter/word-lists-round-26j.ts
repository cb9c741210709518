// Twenty-sixth round, tenth reading (`withRound26j` adds it to every topic's rules), from `holdout-45`'s misses, by
// family:
// Insults: a guard called "ce blaireau"; "who tf touched the front wing".
// Politics: "quand Jupiter descendra de l'Olympe"; a school uniform called "une lubie de droite ringarde"; biscuits
// "like the current government: crumbling"; "don't bother asking for our vote".
// Confidential: "le CA des boutiques a bondi" in a quiet period (CA written in capitals).
// Discrimination: "pas de place pour les fauteuils roulants"; "les grosses qui n'osent plus se regarder dans la glace";
// engineers "venant d'Afrique : merci de ne pas postuler"; "typical Polish contractor, late again".
// Health: a dessert that "aide la digestion et dégonfle le ventre"; exhaust fumes "safe enough to breathe".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const STAFF = list(`vigile|client|cliente|mec|type|arbitre|voisin|livreur|chauffeur|stagiaire|caissier|caissière
  |manager|chef|serveur|contrôleur|agent`);
const BADGER = list(`ce blaireau|quel blaireau|un blaireau|ces blaireaux|ce gros blaireau|bande de blaireaux`);
const INSULTS = list(`who tf|what tf|why tf|where tf|how tf|tf is this|tf was that`);

const POLITICS_ALONE = list(`jupiter descendra|jupiter descend de l olympe|jupiter descendra de l olympe|jupitérien
  |jupitérienne|lubie de droite|lubie de gauche|droite ringarde|gauche ringarde|une idée de droite|une idée de gauche
  |like the current government|like this government|like the government|comme le gouvernement actuel
  |comme ce gouvernement|asking for our vote|ask for our vote|asking for our votes|demander notre vote
  |demander nos voix|réclamer nos voix`);

const FINANCE = `^CA|${exact(list(`ca des boutiques|ca des magasins|notre ca|le ca du mois|ca du semestre`))}`;

const DISC_ALONE = list(`pas de place pour les fauteuils|pas de place pour les handicapés|no room for wheelchairs
  |no space for wheelchairs|no wheelchairs|pas de fauteuils roulants|grosses qui n osent plus|gros qui n osent plus
  |n osent plus se regarder dans la glace|can bear to look in the mirror|too fat to look in the mirror`);
const ORIGIN = list(`d afrique|venant d afrique|d afrique du nord|du maghreb|from africa|from india|from pakistan
  |étrangers|foreigners|d origine étrangère|from abroad|de l étranger|des pays de l est|from eastern europe`);
const DO_NOT_APPLY = list(`merci de ne pas postuler|inutile de postuler|ne postulez pas|please don apply|do not apply
  |don bother applying|need not apply|ne prenez pas la peine de postuler`);
const TYPICAL = list(`typical polish|typical romanian|typical irish|typical scouse|typical geordie|typical french
  |typical italian|typical indian|typical chinese|typical nigerian|typical albanian|typical gypsy|typiquement polonais
  |typiquement roumain|typiquement arabe|typiquement africain|un polonais typique|un roumain typique`);
const FLAW = list(`late again|always late|lazy|drunk|unreliable|on strike again|stealing|en retard|encore en retard
  |feignant|feignants|bourré|pas fiable|toujours en grève|voleur`);

const HEALTH_ALONE = list(`aide la digestion|aide à la digestion|facilite la digestion|améliore la digestion
  |dégonfle le ventre|dégonfler le ventre|ventre plat garanti|aids digestion|helps digestion|improves digestion
  |flattens your tummy|safe enough to breathe|safe to breathe|breathe straight from the|sans danger à respirer
  |respirer directement`);

const ROUND_26J: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: { alone26j: { fr: exact(INSULTS) }, staff26j: { fr: exact(STAFF) }, badger26j: { fr: exact(BADGER) } },
    alone: ['alone26j'],
    pairs: [['staff26j', 'badger26j', { window: 4, ordered: true }]],
  },
  politics: { groups: { alone26j: { fr: exact(POLITICS_ALONE) } }, alone: ['alone26j'] },
  finance: { groups: { finance: { fr: FINANCE } } },
  discrimination: {
    groups: {
      alone26j: { fr: exact(DISC_ALONE) },
      origin26j: { fr: exact(ORIGIN) },
      doNotApply26j: { fr: exact(DO_NOT_APPLY) },
      typical26j: { fr: exact(TYPICAL) },
      flaw26j: { fr: exact(FLAW) },
    },
    alone: ['alone26j'],
    pairs: [
      ['origin26j', 'doNotApply26j', { window: 10 }],
      ['typical26j', 'flaw26j', { window: 10, ordered: true }],
    ],
  },
  health_legal: { groups: { alone26j: { fr: exact(HEALTH_ALONE) } }, alone: ['alone26j'] },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26j = roundByTopic(ROUND_26J);
