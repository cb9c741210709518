// Vulgar words and slurs from two maintained lists, so that the insult rules know the vocabulary nobody here thought
// of ("grognasse", "whore", "tarlouze"): `naughty-words` (the LDNOOBW lists, CC BY 4.0: English, French, Québec
// French) and `french-badwords-list` (MIT). Their words are read as the insult category's `strong` group (enough
// alone, masked spellings too), except:
// - the words that are innocent, or mean something else, in a brand's posts (`INNOCENT`): a sleeve ("manche"), a
//   water bottle ("gourde"), a sale ("sale"), a pet, a crouton, a raccoon ("raton"), sexy tights, clinical words,
//   porn-site jargon made of ordinary words ("tied up", "taste my"), and words the rules already read in context
//   ("dick" is also Philip K. Dick, "cock" a rooster, "cons" the pros and cons, "con" chili con carne, "gland" an
//   acorn, "bouffon" the king's jester);
// - slurs against a group (`SLURS`): they are the discrimination category's `slur` group instead.
// Spellings with digits or symbols ("@ndouille") are left out: the detector reads masked spellings itself.
import { array as FRENCH_BADWORDS } from 'french-badwords-list';
import NAUGHTY_EN from 'naughty-words/en.json';
import NAUGHTY_FR from 'naughty-words/fr.json';
import NAUGHTY_FR_CA from 'naughty-words/fr-CA-u-sd-caqc.json';
import type { CategoryRules } from './lexicon';
import { extendRules } from './rule-extension';
import { normalizeText } from './text-tokens';
import { exact, list } from './word-lists-discrimination';

/** Case and accents aside, as the detector reads words. */
const plain = (w: string) => normalizeText(w).trim();

const INNOCENT = new Set(
  list(`baiser|bander|bite|bitte|bourre|bourree|caca|chatte|clitoris|cul|deconne|deconner|folle|grande folle|gerbe
  |gueule|jouir|menage a trois|meuf|pedale|peter|pipi|ramoner|suce|tapette|trique|turlute|zizi|calice|andouille
  |bougre|caldoche|chauffard|chleuh|coche|cons|courtaud|cricri|crotte|crouton|emmanche|enflure|epais|fritz
  |fumier|goi|godon|gourde|kikoo|kikou|lavette|magot|manche|minus|miserable|moinaille|monacaille|niac|pd|pet|pouf
  |punaise|putin|raton|ripopee|robespierrot|rosbif|sale|stearique|trainee|vier
  |anal|anus|ass|bareback|barely legal|barenaked|bastinado|big black|blonde action|blonde on blonde action|boob
  |brunette action|butt|chocolate rosebuds|cialis|cock|cocks|coon|coons|creampie|cum|cumming|date rape
  |daterape|deep throat|dendrophilia|dick|dog style|domination|dvda|ejaculation|erotic|erotism|escort|eunuch|fecal
  |fingering|fudge packer|gay sex|genitals|girl on|girl on top|girls gone wild|grope|hard core|hardcore|homoerotic
  |hooker|hot chick|how to kill|how to murder|huge fat|incest|intercourse|jelly donut|kinky|leather restraint
  |leather straight jacket|lemon party|lolita|lovemaking|make me come|masturbation
  |missionary position|mound of venus|nambla|nawashi|neonazi|nimphomania|nipple|nipples|nsfw|nsfw images|nude
  |nudity|nutten|nymphomania|octopussy|orgasm|orgy|paedophile|panties|panty|pedophile|penis|playboy|pleasure chest
  |porn|pornography|prince albert piercing|pussy|rape|raping|rapist|rectum|sadism|santorum|scat|scissoring|semen
  |sex|sexual|sexually|sexuality|sexy|shrimping|skeet|snatch|snowballing|sodomy|spunk|strap on|suck|sucks
  |suicide girls|sultry women|swastika|swinger|tainted love|taste my|threesome|tied up|tight white|tit|tongue in a
  |topless|tribadism|tushy|twinkie|undressing|vagina|venus mound|viagra|vibrator|violet wand|voyeur|vulva
  |wrapping men|xx|xxx|zoophilia|bondage|bbw|spastic|mong
  |con|conne|bouffon|gland|tanche|nique|niquer|batard|beauf|branque|nase|naze|pleutre|couillon`).map(plain),
);

const SLURS = new Set(
  list(`gouine|negre|negro|pede|bicot|bougnoul|bougnoule|bougnoulie|bougnoulisation|bougnouliser|bounioul
  |cafre|chinetoc|chinetoque|chintok|crouillat|crouille|espingoin|fiotte|kraut|lopette|makoume|moricaud
  |niakoue|pakos|schleu|tafiole|tantouserie|tantouze|tarlouze|youd|youpin|youpine
  |youpinisation|youtre|beaner|beaners|bulldyke|carpet muncher|carpetmuncher|darkie|fag|faggot|fudgepacker|honkey
  |jigaboo|jiggaboo|jiggerboo|kike|nigga|nigger|nig nog|paki|pikey|poof|raghead|shemale|slanteye|spic|towelhead
  |tranny|wetback|white power`).map(plain),
);

/** A single word's plural ("merdaillon" → "merdaillons"); the lists mostly give the singular. */
const withPlural = (w: string): string[] => (/^[\p{L}]+$/u.test(w) && !/[sxz]$/.test(w) ? [w, `${w}s`] : [w]);

/** The lists' words and their plurals, once each, without spellings made of digits or symbols. */
function libraryWords(): string[] {
  const all = [...NAUGHTY_EN, ...NAUGHTY_FR, ...NAUGHTY_FR_CA, ...FRENCH_BADWORDS];
  const words = all.map(plain).filter((w) => w.length >= 3 && /^[\p{L}' -]+$/u.test(w));
  return [...new Set(words.filter((w) => !INNOCENT.has(w)).flatMap(withPlural))];
}

const WORDS = libraryWords();
const isSlur = (w: string) => SLURS.has(w) || SLURS.has(w.replace(/s$/, ''));
export const PROFANITY_WORDS = WORDS.filter((w) => !INNOCENT.has(w) && !isSlur(w));
export const PROFANITY_SLURS = WORDS.filter(isSlur);

/** The topic's rules with the lists' words added (insult: vulgar words; discrimination: slurs). */
export function withProfanity(topic: string, rules: CategoryRules): CategoryRules {
  if (topic === 'insult') return extendRules(rules, { groups: { strong: { fr: exact(PROFANITY_WORDS) } } });
  if (topic === 'discrimination') return extendRules(rules, { groups: { slur: { fr: exact(PROFANITY_SLURS) } } });
  return rules;
}
