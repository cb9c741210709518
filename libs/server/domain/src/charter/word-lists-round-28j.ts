// Twenty-eighth round, reading j (`withRound28j` adds it to every topic's rules), from `train-cn`'s clean posts of
// live events, sport, memes and pop culture flagged, and clean posts of the same families flagged elsewhere, by
// family, each made clean with narrow negative phrases:
// Health and legal: a race, a match or a save called miraculous ("dernier tour miraculeux", "arrêt miraculeux de
// notre gardien", "remontée miraculeuse de P19 à P4", "a miraculous last lap").
// Religion: films and songs whose titles name a faith's words, with their author or as the whole phrase ("Le Prophète
// d'Audiard", "Amen de Costa-Gavras", "Des hommes et des dieux", "Hallelujah de Leonard Cohen", "Like a Prayer");
// "hallelujah" cheering a product that is back ("hallelujah the salted caramel tart is BACK"); a day or an evening
// "béni des dieux"; a race route that turns at the church ("right turn at the church, left at the pub").
// Insults: a sport's "bloody nose" or "bloody knees"; a novelty "chocolate teapot" sold as one (not "as useless as a
// chocolate teapot").
// Left flagged, out of a round's reach: the classifier's reading of "une boucherie de plaquages, quelle intensité !"
// (a rugby match), and titles alone between quotation marks (« Le Prophète », « Amen »), which a phrase cannot tell
// from the faith's words.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

// Health and legal.
const RACE_MIRACLE = list(`dernier tour miraculeux|tour miraculeux|arret miraculeux|parade miraculeuse
  |remontee miraculeuse|depassement miraculeux|victoire miraculeuse|but miraculeux|egalisation miraculeuse
  |qualification miraculeuse|podium miraculeux|arret au stand miraculeux|undercut miraculeux|sauvetage miraculeux
  |miraculous last lap|miraculous lap|miraculous save|miraculous overtake|miraculous comeback win`);

// Religion.
const TITLES = list(`le prophete d audiard|le prophete de jacques audiard|le prophete de audiard
  |amen de costa gavras|des hommes et des dieux|hallelujah de leonard cohen|hallelujah by leonard cohen
  |hallelujah de jeff buckley|hallelujah by jeff buckley|leonard cohen s hallelujah|like a prayer
  |like a prayer de madonna|like a prayer by madonna`);
const CHEER =
  list(`hallelujah the|hallelujah it s back|hallelujah it is back|hallelujah they re back|hallelujah c est le retour
  |hallelujah le retour|beni des dieux|benie des dieux|benis des dieux|benies des dieux`);
const ROUTE = list(`left at the church|right at the church|turn at the church|straight on at the church
  |right turn at the church|left turn at the church|past the church and|tourner a droite a l eglise
  |tourner a gauche a l eglise|a gauche a l eglise|a droite a l eglise`);

// Insults.
const SPORT_BLOOD = list(`bloody nose|bloody noses|bloody knee|bloody knees|bloody lip|bloody lips|bloody elbow
  |bloody elbows`);
const TEAPOT = list(`an actual chocolate teapot|our chocolate teapot|actual chocolate teapot|chocolate teapot filled
  |chocolate teapot mould|chocolate teapots filled`);

const ROUND_28J: Readonly<Record<string, RuleExtension>> = {
  health_legal: { negative: { fr: exact(RACE_MIRACLE) } },
  religion: { negative: { fr: exact(TITLES, CHEER, ROUTE) } },
  insult: { negative: { fr: exact(SPORT_BLOOD, TEAPOT) } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28j = roundByTopic(ROUND_28J);
