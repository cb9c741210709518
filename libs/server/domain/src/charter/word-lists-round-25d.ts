// Twenty-fifth round, fourth reading (`withRound25d` adds it to every topic's rules), from `train-bm` (English insults
// and religion), by family:
// Insults: profanity shortened after an adjective ("cheeky af", "tired asf") or in a few more letters ("fml",
// "lmfao"); masked rude words that the masks did not read yet ("a$$", "p*ss off", "c*l"); the world's English slang
// for a fool ("moegoe", "mampara", "bewakoof", "ullu ka pattha", "the bogan who…") and its dismissals ("can rack
// off", "va te faire cuire un œuf"); contempt said politely ("the most tedious customer we've had the pleasure of
// ignoring", "avec tout le respect que je ne vous dois pas", "try opening your eyes next time, sweetie"); an emoji
// as the verdict on someone's call or product ("your strategy call: 🤡", "💩/10"); a liar called names ("lying
// muppet") or someone who "couldn't read a meter if you paid him"; a body called a "fat lump" (also
// discrimination).
// Religion: Hindu, Jain and Sikh devotion beyond the feasts ("Jai Shri Ram", "May Lord Rama bless", "Jai Mata Di",
// "Har Har Mahadev"); the Latter-day Saints' words ("the restored gospel"); a patron saint asked to protect ("St
// Christopher, protector of travellers, keep our boys safe", "saint Christophe, protège nos pilotes").
// Clean: a Buddha bowl, Amen Corner at Augusta, the Bogan River, "AF" flights, a roof rack taken off.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`fml|lmfao|lmfaoo|lmfaooo|pmsl|moegoe|moegoes|mampara|mamparas|poephol|poephols|domkop|domkops
  |bewakoof|bewakoofs|bevakoof|ullu ka pattha|ullu ke patthe|ullu ka patha|ullu ke pathe|ullu ki patthi|haramkhor
  |rack off|rack orf
  |can nick off|can do one|can sling their hook|can sling his hook|can sling yer hook|can go jump in a lake
  |can go whistle|can shove off|can bog off
  |peut aller se faire cuire un oeuf|peuvent aller se faire cuire un oeuf|va te faire cuire un oeuf
  |allez vous faire cuire un oeuf|the pleasure of ignoring|le plaisir d ignorer|le déplaisir de servir
  |with all the respect i don owe you|with all due disrespect|avec tout le respect que je ne vous dois pas
  |avec tout le respect que je ne te dois pas|sauf votre respect bande de|lying muppet|lying muppets|lying toad
  |lying toads|lying rat|lying rats|lying weasel|lying weasels|lying snake|lying scumbag|lying scumbags|lying git
  |lying gits|lying sod|lying sods|lying toerag|lying clown|lying clowns|lying plonker|lying numpty|lying pillock
  |lying so and so|gros menteur|sale menteuse|grosse menteuse|bande de menteurs|menteur professionnel`);

/** Profanity shortened after an adjective: "cheeky af", "tired asf". */
const ADJ = list(`cheeky|good|tired|cute|hot|cold|funny|lit|sick|broke|bored|hungry|busy|extra|savage|fresh|tasty
  |delicious|crispy|soft|comfy|cozy|cosy|dope|fast|slow|hard|real|legit|annoying|boring|expensive|cheap|ugly|weird
  |sus|dead|salty|sweet|spicy|gorgeous|beautiful|smooth|happy|sad|proud|excited|late|wet|loud|clean|crisp|buttery
  |gooey|creamy|rich|warm|chill|fire|done|stressed|nervous|grumpy|pissed|mad|angry|lazy|stupid|dumb|rude|shady|fake
  |sketchy|messy|petty|thirsty|sleepy|hyped|pumped|fancy|fit|sexy|slick|clutch|iconic|wild|crazy|chaotic|cursed
  |bad|wrong|tight|quick|strong|heavy|loaded|fierce|rough|tough|brutal|mint|peng|banging|class|smug|sassy`);
const AF = list(`af|asf|a f|as f`);

/** Masked words: the body's rude words ("a$$", "p*ss", "c*l"), beside misc-8's (rounds' masked words are joined). */
const MASKED_ONLY = ['ass', 'arse', 'piss', 'pissed', 'cul'];

/** A fool in slang that is also a name or a place ("the bogan who…", "that kamina"). */
const SLANG = list(
  `bogan|bogans|drongo|drongos|galah|galahs|kamina|kamine|kameena|kaminey|gadha|gadhe|harami|haramis|nong|nongs|mompie`,
);
const BEFORE_SLANG = list(`the|that|this|some|these|those|a|an|you|ya|bloody|proper|total|absolute|typical|such a
  |what a|you re a|you are a|ye|yer|ur|flaming|flamin|effing|utter`);

/** Contempt said politely: a superlative of boredom or nuisance, before whom it is said of. */
const WORST = list(`most tedious|most annoying|most exhausting|most insufferable|most irritating|most clueless
  |most entitled|most obnoxious|most unbearable|most tiresome|most pathetic|most brainless|most gormless|dimmest
  |thickest|dullest|rudest|le plus pénible|la plus pénible|le plus insupportable|la plus insupportable
  |le plus casse pieds|la plus casse pieds|le plus lourd|la plus lourde|le plus bête|la plus bête`);
const WHO = list(`customer|customers|client|clients|cliente|clientes|human|humans|person|people|reviewer|reviewers
  |commenter|commenters|follower|followers|individual|individuals|human being|human beings|troll`);
const YOU_ARE_THE = list(`you are the|you re the|you are quite the|you re quite the|you are by far the
  |you re by far the|vous êtes le|vous êtes la|tu es le|tu es la|t es le|t es la`);
/** Sarcastic advice, before a condescending endearment: "try opening your eyes next time, sweetie". */
const ADVICE = list(`try opening your eyes|maybe try opening|open your eyes next time|try using your eyes
  |get your eyes tested|get your eyes checked|maybe learn to read|learn to read|try reading|maybe try reading
  |try reading the|read it next time|use your brain|try using your brain|try thinking|ouvre les yeux
  |ouvrez les yeux|apprends à lire|apprenez à lire|essaie de lire|essayez de lire|achète des lunettes
  |achetez des lunettes|réfléchis un peu|réfléchissez un peu`);
const ENDEARMENT = list(`sweetie|sweetheart|sweetie pie|hun|hon|honey|darling|princess|champ|sunshine|petal
  |ma chérie|mon chéri|mon chou|ma belle|mon grand|ma grande|mon petit|ma petite|mon coco|ma cocotte|mon lapin`);

/** The call or the work judged by a clown: "your strategy call today: 🤡". */
const YOUR_CALL = list(`your strategy|your call|your decision|your take|your opinion|your tactics|your driving
  |your defending|your refereeing|your review|your argument|your logic|your effort|your pit stop|your pit wall
  |your team|your plan|your idea|votre stratégie|ta stratégie|ton avis|votre avis|ta décision|votre décision
  |ton analyse|ta logique|votre arbitrage|ton pilotage|votre pilotage|ton idée|votre idée`);
const CLOWN = ['🤡'];
const POO = ['💩'];
/** A rating out of ten ("💩/10", "🤡 out of 10"). */
const OUT_OF = list(`{n}|out of {n}|sur {n}`);
/** A verdict given as an emoji: "rate their cookie: 💩", "notre avis : 💩". */
const VERDICT = list(`rate|rating|verdict|our verdict|review|our review|score|note|notre note|notre avis|mon avis
  |notre verdict|mon verdict`);

/** Someone who couldn't do the simplest thing even if paid: "couldn't read a meter if you paid him". */
const COULDNT = list(`couldn|could not|cannot|can t|wouldn know how to|ne saurait pas|ne sauraient pas|incapable de
  |incapables de|pas foutu de|pas foutue de|pas foutus de`);
const IF_PAID = list(`if you paid him|if you paid her|if you paid them|if his life depended on it
  |if her life depended on it|if their lives depended on it|if their life depended on it|même si on le payait
  |même si on la payait|même si on les payait|même payé|même payée|même payés`);

/** Body insults: also an insult (a slur counts as one). */
const BODY = list(`fat lump|fat lumps|big fat lump|tub of lard|tubs of lard|fat slug|fat slugs|fat oaf|fat git|fat gits
  |lard bucket|lard butt|fatass|fat ass|fat arse|gros tas de graisse|tas de graisse|gros plein de soupe
  |grosse dondon|gros boudin|grosse patate`);

const NOT_INSULTS = list(`bogan river|the bogan river|bogan shire|bogan gate|the bogan shire|roof rack off
  |bike rack off|the rack off|a rack off|rack off the|rack off of|rack off your|rack off its|rack off it`);

/** Devotion beyond the feasts' greetings: Hindu, Jain and Sikh chants and gods named as lords. */
const DEVOTION = list(`jai shri ram|jai shree ram|jai sri ram|jai siya ram|siya ram|jai shri krishna
  |jai shree krishna|jai sri krishna|radhe radhe|radhe krishna|jai hanuman|jai bajrang bali|bajrang bali
  |har har mahadev|jai bhole|bam bam bhole|jai mata di|jai maa|mata rani|om sai ram|sai baba|jai jinendra|jai mahavir
  |waheguru|wahe guru|lord rama|lord ram|shri ram|shree ram|sri rama|prabhu ram|lord hanuman|lord shiva
  |lord vishnu|lord ganesha|lord ganesh|lord murugan|lord ayyappa|lord jagannath|goddess lakshmi|maa lakshmi
  |goddess durga|maa durga|goddess kali|maa kali|le seigneur rama|le dieu rama|la déesse lakshmi|la déesse durga
  |le dieu hanuman|latter day saints|latter day saint|the lds church|lds church|restored gospel|the restored church
  |prophet joseph smith|saints des derniers jours|évangile rétabli|l évangile rétabli`);

/** A patron saint asked to protect: "St Christopher, protector of travellers, keep our boys safe". */
const SAINT = list(`st christopher|saint christopher|st anthony|saint anthony|st jude|saint jude|st michael
  |saint michael|st francis|saint francis|st joseph|saint joseph|st benedict|saint benedict|st rita|saint rita
  |st expedite|saint expedite|st nicholas|saint nicholas|st george|saint george|st patrick|saint patrick|st brigid
  |saint brigid|st therese|saint therese|st cecilia|saint cecilia|st florian|saint florian|st barbara|saint barbara
  |saint christophe|saint antoine|saint michel|saint expédit|sainte rita|saint benoît|saint nicolas|sainte barbe
  |sainte thérèse|saint florian|sainte cécile|saint georges`);
const PROTECT = list(`protector of|protectress of|patron of|patron saint of|keep us safe|keep our|keep them safe
  |keep him safe|keep her safe|keep them|watch over|protect our|protect us|protect them|protect him|protect her
  |guide our|guide us|pray for us|pray for our|pray for them|intercede|protège nos|protégez nos|veille sur
  |veillez sur|priez pour nous|priez pour eux|patron des|patronne des|protecteur des|protectrice des|garde nos`);
const NOT_RELIGION = list(`buddha bowl|buddha bowls|amen corner|l amen corner|the amen corner`);

const ROUND_25D: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: {
      strong: { fr: exact(INSULTS) },
      adj25d: { fr: exact(ADJ) },
      af25d: { fr: exact(AF) },
      slang25d: { fr: exact(SLANG) },
      beforeSlang25d: { fr: exact(BEFORE_SLANG) },
      worst25d: { fr: exact(WORST) },
      who25d: { fr: exact(WHO) },
      youAreThe25d: { fr: exact(YOU_ARE_THE) },
      advice25d: { fr: exact(ADVICE) },
      endearment25d: { fr: exact(ENDEARMENT) },
      yourCall25d: { fr: exact(YOUR_CALL) },
      outOf25d: { fr: exact(OUT_OF) },
      verdict25d: { fr: exact(VERDICT) },
      couldnt25d: { fr: exact(COULDNT) },
      ifPaid25d: { fr: exact(IF_PAID) },
    },
    maskedOnly: { group: 'strong', words: MASKED_ONLY },
    signs: { clown25d: CLOWN, poo25d: POO },
    negative: { fr: exact(NOT_INSULTS) },
    pairs: [
      ['adj25d', 'af25d', { window: 1, ordered: true, clause: true }],
      ['beforeSlang25d', 'slang25d', { window: 1, ordered: true, clause: true }],
      ['worst25d', 'who25d', { window: 2, ordered: true, clause: true }],
      ['youAreThe25d', 'worst25d', { window: 2, ordered: true, clause: true }],
      ['advice25d', 'endearment25d', { window: 8 }],
      ['bless24b', 'advice25d', { window: 20, ordered: true }],
      ['yourCall25d', 'clown25d', { window: 4, ordered: true }],
      ['clown25d', 'outOf25d', { window: 1, ordered: true }],
      ['poo25d', 'outOf25d', { window: 1, ordered: true }],
      ['verdict25d', 'poo25d', { window: 6, ordered: true }],
      ['couldnt25d', 'ifPaid25d', { window: 8, ordered: true, clause: true }],
    ],
  },
  discrimination: {
    groups: { slur: { fr: exact(BODY) } },
  },
  religion: {
    groups: {
      alone25d: { fr: exact(DEVOTION) },
      saint25d: { fr: exact(SAINT) },
      protect25d: { fr: exact(PROTECT) },
    },
    alone: ['alone25d'],
    pairs: [['saint25d', 'protect25d', { window: 8, ordered: true }]],
    negative: { fr: exact(NOT_RELIGION) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25d = roundByTopic(ROUND_25D);
