// Tenth round of religion (`withReligion10`, laid over RELIGION_RULES with extendRules): scripture quoted as a
// saying ("as Proverbs says", "heureux les doux", "tout est possible à celui qui croit"), prayers parodied ("donne-nous
// aujourd'hui notre goûter quotidien"), a deity asked to watch over the brand ("Our Lady watches over every
// kitchen"), belief mocked ("qui croit encore à ces histoires", "because a book told you to"), Halloween called
// satanic, conversion and spiritual teaching urged ("a good reason to convert", "trust the divine plan").
import type { CategoryRules } from './lexicon';
import { exact, list } from './word-lists-discrimination';
import { extendRules } from './rule-extension';

/** Enough alone. */
const STRONG_10 =
  list(`as proverbs says|as the proverbs say|comme dit l ecclésiaste|comme le dit l ecclésiaste|comme dit l évangile
  |comme le dit l évangile|comme dit la bible|comme le dit la bible|as the bible says|as scripture says
  |as the good book says|comme disent les écritures|heureux les doux|heureux les pauvres de cœur|blessed are the meek
  |blessed are the poor in spirit|tout est possible à celui qui croit|all things are possible to him that believeth
  |everything is possible for one who believes|donne nous aujourdhui notre|give us this day our|notre père qui êtes
  |our father who art|say a hail mary|dites un je vous salue|thou shalt|tu ne convoiteras|qui croit encore à ces histoires
  |who still believes in these stories|because a book told you|parce qu un livre vous l a dit|good reason to convert
  |reason to convert|raison de se convertir|de quoi se convertir|the divine plan|le plan divin|trust the divine
  |your soul chose|votre âme a choisi|ton âme a choisi|honour the goddess|honor the goddess|bow before the
  |prosternez vous devant|papisme|papistes|papists|popery|le très haut|the most high`);

/** A deity, a saint or a guide … */
const DEITY = list(`our lady|la vierge|the virgin|serigne touba|allah|dieu|god|jésus|jesus|the lord|le seigneur
  |the guru|le gourou|saint antoine|saint anthony|les saints|the saints|the almighty|le tout puissant`);
/** … asked to watch over. */
const WATCH = list(`veille sur|veillent sur|veillera sur|watches over|watch over|will watch over|protège nos|protect our
  |guide nos|guide our|keep our|garde nos`);

/** Halloween … */
const HALLOWEEN = list(`halloween`);
/** … called the devil's. */
const DEVIL = list(`devil's holiday|du diable|satanique|satanic|démoniaque|demonic|occulte|occult`);

/** Belief mocked after a rite ("la résurrection, qui y croit encore ?", "relics … made up"). */
const MOCK = list(`qui croit encore|qui y croit encore|who still believes|who still believe|still believe in
  |made up|made it all up|inventé de toutes pièces|medieval marketing|marketing médiéval|qui invente des règles
  |couldn't be us|c est d un ridicule`);
const RITE = list(`résurrection|resurrection|reliques|relics|processions|procession|miracles de lourdes|lourdes
  |carême|lent|jeûner|fasting|fast for|ramadan|rosaire|rosary|chapelet|pèlerinage|pilgrimage`);

/** The religion rules with this round's families. */
export function withReligion10(base: CategoryRules): CategoryRules {
  return extendRules(base, {
    groups: {
      strong: { fr: exact(STRONG_10) },
      deity10: { fr: exact(DEITY) },
      watch10: { fr: exact(WATCH) },
      halloween10: { fr: exact(HALLOWEEN) },
      devil10: { fr: exact(DEVIL) },
      mock10: { fr: exact(MOCK) },
      rite10: { fr: exact(RITE) },
    },
    pairs: [
      ['deity10', 'watch10', { window: 3, ordered: true }],
      ['halloween10', 'devil10', { window: 8 }],
      ['rite10', 'mock10', { window: 12 }],
    ],
  });
}
