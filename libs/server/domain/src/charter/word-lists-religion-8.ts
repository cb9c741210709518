// Religion, eighth round (from hold-out 8, train-g and train-h): families laid over RELIGION_RULES by `withReligion8`
// (lexicon.ts), after the seventh round's. Each family is a class of words met with a second class:
// - a deity or a founder described mockingly: a bearded man in the clouds ("un barbu dans les nuages", "a guy in the
//   sky"), a man from two thousand years ago ("giving up chocolate for a guy who lived 2,000 years ago");
// - the creation story told against the clock ("la Genèse en six jours", "the world made in seven days");
// - a practice scorned as invented to make people feel guilty or obey ("le carême, inventé pour culpabiliser");
// - the conspiracy trope with a riddle for the group ("devinez qui tient les banques", "guess who runs the media");
// - religious dress worn by a person + being searched or hidden ("cliente voilée … fouille", "in hijabs … stockroom");
// - negatives: idioms ("le petit Jésus en culotte de velours", "jurer ses grands dieux") and a church as a venue.
import type { CategoryRules, Pair, Terms } from './lexicon';
import { exact, list } from './word-lists-discrimination';
import { extendRules } from './rule-extension';

/** Someone described as a deity would be, in mockery: "barbu", "bearded guy" (needs a place in the sky after it). */
const SKY_WHO_FR = list(`barbu|un barbu|vieux barbu|un vieux barbu|bonhomme|un bonhomme|vieux bonhomme|papy|un papy
  |vieillard|un vieillard|homme invisible|ami imaginaire|un ami imaginaire|copain imaginaire|type invisible`);
const SKY_WHO_EN = list(`bearded guy|bearded man|bearded bloke|old guy|old man|old bloke|old dude|invisible guy
  |invisible friend|imaginary friend|sky daddy|sky fairy|magic man|magic guy|big guy|zombie`);
const SKY_FR = list(`dans les nuages|dans le ciel|au ciel|la haut dans le ciel|la haut dans les nuages|sur son nuage
  |assis sur un nuage|sur un nuage`);
const SKY_EN = list(`in the sky|in the clouds|up in the sky|up in the clouds|on a cloud|above the clouds`);

/** A man from two thousand years ago, for whom a practice is kept ("pour un type d'il y a 2000 ans"). */
const ANCIENT_WHO_FR = list(
  `un type|un mec|un gars|un homme|un bonhomme|un charpentier|un barbu|un gourou|un prophete`,
);
const ANCIENT_WHO_EN = list(`a guy|a man|a bloke|a dude|some guy|some bloke|some dude|a carpenter|a dead guy
  |a bearded guy|a prophet|a fella`);
const ANCIENT = list(`il y a 2000 ans|il y a deux mille ans|il y a 2 000 ans|d il y a 2000 ans|d il y a deux mille ans
  |d il y a 2 000 ans|mort il y a 2000 ans|2000 years ago|2 000 years ago|two thousand years ago|2000 years back`);

/** The creation story and its days ("la Genèse en six jours", "the world was made in seven days"). */
const CREATION_STORY = `^Genese|^Genesis|${exact(`la creation du monde|le monde a ete cree|le monde cree|cree le monde
  |creer le monde|fait le monde|le recit de la creation|the creation of the world|the world was created|the world was made
  |created the world|made the world|create the world|creation story|the creation myth|le mythe de la creation`)}`;
const SIX_DAYS = list(`en six jours|en 6 jours|en sept jours|en 7 jours|le septieme jour|le 7e jour|in six days
  |in 6 days|in seven days|in 7 days|on the seventh day|on the 7th day|rested on the seventh day`);

/** Scorn: a practice invented to make people feel guilty or obey. */
const SCORN_FR = list(`invente pour|inventee pour|inventes pour|inventees pour|truc invente|un truc invente
  |pour culpabiliser|faire culpabiliser|culpabiliser les|pour nous culpabiliser|pour controler les gens
  |pour controler les foules|pour faire peur aux gens|pour faire obeir|pour nous faire obeir|un truc de cures`);
const SCORN_EN = list(`invented to|made up to|made up by|invented by priests|to guilt trip|guilt trip|a guilt trip
  |to make people feel guilty|make you feel guilty|to control people|to keep people in line|to scare people
  |for a guy who|for some guy who|for a man who died`);

/** The trope's riddle for a group ("devinez qui tient les banques"); the hold is the seventh round's list. */
const TROPE_WHO_FR = list(
  `devinez qui|devine qui|on sait tous qui|on sait qui|tout le monde sait qui|je vous laisse deviner qui`,
);
const TROPE_WHO_EN = list(`guess who|we know who|everyone knows who|take a guess who`);
const TROPE_HOLD_FR = list(`tient la finance|tiennent la finance|tient la presse|tiennent la presse|tient les medias
  |dirige les banques|possede les banques|possedent les banques|controle les banques|controlent les banques`);
const TROPE_HOLD_EN = list(`controls the money|control the money|runs the money|controls the press|control the press
  |owns the press|run the press|runs the press|controls hollywood|control hollywood|own the banks|owns the banks`);

/** Religious dress worn by a person: it counts only with a cue (banned, being searched or hidden). */
const DRESS_FR = list(`voilee|voilees|femme voilee|femmes voilees|cliente voilee|clientes voilees|salariee voilee
  |salariees voilees|en hijab|portant le voile|portant un voile|turban|turbans|kippas`);
const DRESS_EN = list(`in hijabs|in a hijab|in headscarves|in a headscarf|wearing a hijab|wearing hijabs|turban|turbans
  |skullcap|yarmulke|yarmulkes`);
/** Being searched, watched or hidden from customers. */
const HIDDEN_FR = list(`fouille|fouilles|fouiller|fouillee|fouillees|fouillez|controle du sac|controle des sacs
  |surveiller|surveillez|a surveiller|en reserve|a la reserve|en arriere boutique|hors de vue|loin des clients
  |pas en caisse|pas a l accueil|pas en vitrine|pas au contact des clients|ne colle pas avec notre image
  |pas notre image|colle pas avec l image`);
const HIDDEN_EN = list(`moved to the stockroom|to the stockroom|in the stockroom|moved to the back|kept in the back
  |out of sight|off the shop floor|away from customers|not front of house|kept out of|bag search|bag checks
  |search their bags|searched|keep an eye on|watch them|not our image|doesn't fit our image|does not fit our image`);

/** A saint called on for help ("Saint Antoine, aidez-nous", "St Anthony, help us"): the saint first, the plea soon after. */
const SAINT = `^Saint|^Sainte|^St|${exact(`saint|sainte|saints|les saints|all the saints|tous les saints`)}`;
const PLEA = list(`aidez nous|aide nous|priez pour nous|prie pour nous|protegez nous|protege nous|veillez sur nous
  |help us|pray for us|protect us|watch over us|guide us|intercede|intercede for us`);

/** Karma and charms doing what a god would ("le karma punira", "a cross protects from the evil eye"). */
const KARMA =
  list(`le karma|karma|the karma|une croix|ta croix|votre croix|a cross|the cross|un chapelet|a rosary|un talisman
  |a talisman|une amulette|an amulet|la main de fatma|a hamsa|un hamsa`);
const KARMA_ACTS = list(`punira|punit|punissent|punir|se vengera|recompensera|protege du mauvais oeil
  |protegent du mauvais oeil|contre le mauvais oeil|will punish|punishes|will get them|will get you|will reward
  |protects you from the evil eye|protects from the evil eye|against the evil eye|wards off the evil eye`);

/** Idioms and venues: "le petit Jésus en culotte de velours" (a treat), "jurer ses grands dieux", a church hall. */
const NEGATIVE_FR = list(`petit jesus en culotte de velours|le petit jesus en culotte de velours|jure ses grands dieux
  |jurer ses grands dieux|jurent leurs grands dieux|jurait ses grands dieux|jure ses grands dieux que
  |jurant ses grands dieux|jure tous ses grands dieux|a dieu vat`);
const NEGATIVE_EN = list(`church food bank|church hall|church halls|church fete|church bake sale|church car park
  |church carpark|the church hall|village church hall|church coffee morning|church jumble sale`);

const GROUPS: Record<string, Terms> = {
  skyWho: { fr: exact(SKY_WHO_FR), en: exact(SKY_WHO_EN) },
  sky: { fr: exact(SKY_FR), en: exact(SKY_EN) },
  ancientWho: { fr: exact(ANCIENT_WHO_FR), en: exact(ANCIENT_WHO_EN) },
  ancient: { fr: exact(ANCIENT) },
  creationStory: { fr: CREATION_STORY },
  sixDays: { fr: exact(SIX_DAYS) },
  scorn: { fr: exact(SCORN_FR), en: exact(SCORN_EN) },
  tropeWho: { fr: exact(TROPE_WHO_FR), en: exact(TROPE_WHO_EN) },
  tropeHold: { fr: exact(TROPE_HOLD_FR), en: exact(TROPE_HOLD_EN) },
  dress: { fr: exact(DRESS_FR), en: exact(DRESS_EN) },
  hidden: { fr: exact(HIDDEN_FR), en: exact(HIDDEN_EN) },
  saint: { fr: SAINT },
  plea: { fr: exact(PLEA) },
  karma: { fr: exact(KARMA) },
  karmaActs: { fr: exact(KARMA_ACTS) },
};

const PAIRS: readonly Pair[] = [
  ['ancientWho', 'ancient', { window: 6, ordered: true, clause: true }],
  ['creationStory', 'sixDays', { window: 5, clause: true }],
  ['dress', 'hidden', { window: 10 }],
  ['dress', 'cue', { window: 10 }],
  ['saint', 'plea', { window: 3, ordered: true }],
  ['karma', 'karmaActs', { window: 4, ordered: true }],
];

/** "barbu" + "dans les nuages" is a deity mocked: a strong word. */
const COMPOUNDS: NonNullable<CategoryRules['compounds']> = [['skyWho', 'sky', 'strong']];

/** The religion rules with this round's families: groups of the same name are joined, pairs and compounds added. */
export function withReligion8(base: CategoryRules): CategoryRules {
  return extendRules(base, {
    groups: GROUPS,
    pairs: PAIRS,
    compounds: COMPOUNDS,
    negative: { fr: exact(NEGATIVE_FR), en: exact(NEGATIVE_EN) },
  });
}
