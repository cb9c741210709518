// Twenty-eighth round, reading k (`withRound28k` adds it to every topic's rules), from `train-co`'s clean posts of
// live events, sport, memes and pop culture flagged (every post is clean), by family, each made clean with narrow
// negative phrases:
// Health and legal: the fluid or sweat a driver or a runner loses in a race ("our drivers lose up to 3kg of fluid in
// this race", "sheds around 3kg in sweat", "lose 2 kg in sweat during the race"), not the body's weight to lose.
// Discrimination: a pig's name for a game, a product or a character ("Piggy in the middle", a piggy bank, Miss Piggy,
// "this little piggy went to market"), not a person called "piggy".
// Religion: "saints and sinners" (or "Saints & Sinners tees", "saint or sinner") as a print, a dessert box, a range.
// Left flagged, out of a round's reach: a classifier's reading of "absolutely" as an insult in a meme ("Nobody:
// Absolutely nobody:") and in "tag someone who would absolutely destroy a whole packet of biscuits".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { combos, exact, list } from './word-lists-discrimination';

// Health: the amount is of fluid or sweat, or lost over a race ("lose 3kg in a week" stays a weight-loss claim).
const FLUID_TAILS = list(`of fluid|of fluids|of body fluid|of body fluids|in fluid|in fluids|of sweat|in sweat
  |through sweat|of water through sweat|during the race|during a race|during the grand prix|over the race
  |over a race|in a single race|in the cockpit`);
const FLUID_UNITS = ['kg', 'kgs', 'kilos', 'lbs', 'lb', 'litres', 'liters'];
const FLUID_AMOUNTS = [
  ...FLUID_UNITS.map((u) => `{n} ${u}`),
  // Glued to the number: "3kg of fluid".
  ...Array.from({ length: 12 }, (_, i) => FLUID_UNITS.map((u) => `${i + 1}${u}`)).flat(),
];
const FLUID_LOST = combos(FLUID_AMOUNTS, FLUID_TAILS);

// Discrimination: the pig of a game, a bank, a nursery rhyme or a puppet.
const PIGGY_NAMES = list(`piggy in the middle|piggy bank|piggy banks|piggy bank socks
  |miss piggy|this little piggy|little piggy went|piggy went to market|piggy went to the market|piggy print
  |piggy prints|piggy pyjamas|piggy socks|piggy slippers|piggy romper`);

// Religion: the pair as a name, or "sinners" naming a product after "&" (which parts phrases): "Saints & Sinners tees".
const SAINTS_AND_SINNERS = list(`saints and sinners|saints or sinners|saint or sinner|saint and sinner
  |sinners and saints|sinners or saints|sinner or saint|saints vs sinners|saints versus sinners|sinners tee|sinners tees
  |sinners t shirt|sinners t shirts|sinners print|sinners prints|sinners collection|sinners range|sinners box
  |sinners dessert box|sinners pyjamas|sinners socks|sinners hoodie|sinners hoodies|sinners mug|sinners sundae`);

const ROUND_28K: Readonly<Record<string, RuleExtension>> = {
  health_legal: { negative: { fr: exact(FLUID_LOST) } },
  discrimination: { negative: { fr: exact(PIGGY_NAMES) } },
  religion: { negative: { fr: exact(SAINTS_AND_SINNERS) } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28k = roundByTopic(ROUND_28K);
