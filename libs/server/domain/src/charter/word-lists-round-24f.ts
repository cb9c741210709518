// Twenty-fourth round, sixth reading (`withRound24f` adds it to every topic's rules), from `train-bi`, `holdout-34` and
// `train-bf` (English discrimination), by family:
// - regions and peoples told by a trope: inbreeding ("marry your cousin", the family tree with one branch), "evolution
//   skipped", a caller from a region to talk slower to, a nation and the white flag or a siesta, a cousin "who can get
//   you a deal", a people "gone walkabout", stinginess ("tight as ever", moths in wallets), "the only culture they
//   have", regional and class slurs ("bogans", "Poms", "pikeys" insult too; "chav");
// - women steered or mocked: away from the maths, given a head start to park, the credit card hidden from wives,
//   "hormonal" meetings, women's sport before "the real racing", "that's where they'll end up", "a man's game, always
//   has been", quicker at tyres "than changing outfits"; men as clueless dads ("just send Mum"); a man called too
//   camp for the brand;
// - two dads asked "which one's the mum", pronouns answered with "you're a he" or "you've got a beard";
// - bodies: overeating beside a fit or a pig ("never say no to seconds"), "over a size 16 … the problem", mobility
//   scooters laughed at, "you absolute heifer", jeans that "don't come in whale";
// - disability and conditions: steps "you can't manage", wheelchairs sent outside, blind people laughed at, a
//   condition dismissed ("get a grip", "that's bad parenting", "just a brat"), a stammer kept off the phones;
// - age: old people "you've got all week", "even a pensioner could", teens on TikTok, staff over 55 let go first;
// - class: the benefits brigade, no housing vouchers, "people who actually work", a council-estate look, state-school
//   kids who "might find it a bit much", the traveller site refused entry, single mums on benefits at the nail bar,
//   "Section 8 need not apply", the dole crowd, "trailer park chic";
// - dog whistles: "you know who we mean" / "if you catch our drift" beside faces or thugs, a "vibrant crowd" with 🍉,
//   a banana with a monkey, "not racist, it's culture fit", a dinghy and "funny how", "they bring crime";
// - hiring or roles: "except candidates based in Asia", "a man's job";
// - faith: a fasting colleague "hangry", a faith called a cult.
// Clean: Dyke Road and Offa's Dyke, Hitchcock's Psycho, trans fats, a dumb phone.
// Insult: "you soft lot", a banana beside a monkey. Every list is matched exactly (normalized), but "^Lent".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const AGES = Array.from({ length: 56 }, (_, k) => String(k + 18));

/** Slurs: they insult too. */
const SLURS = list(`you absolute walrus|you fat walrus|you absolute whale|you fat whale|you beached whale
  |you absolute hippo|you fat hippo
  |bogans|bogan starter pack|the bogans|feral bogans|pikeys|pikey|whingeing poms|whinging poms
  |whingeing pom|whinging pom|pommy bastards|you absolute heifer|you fat heifer|fat heifer|you heifer|fat heifers`);

/** Demeaning a group, enough alone. */
const ALONE = list(`don't come in whale|doesn't come in whale|don't do whale|don't come in hippo|don't come in elephant
  |marry anyone you're related to|marry someone you're related to|your wife is your cousin|married to his sister
  |married to their sister|dole crowd|the dole crowd|benefits crowd|the benefits crowd|dole scum
  |only people who actually work
  |marry your cousin|marry their cousin|marries his cousin|married their cousin|marrying their cousin
  |the only culture they have|only culture they've got|more culture in a yoghurt|more culture in yoghurt
  |more culture in a pot of yoghurt|chavs|chavvy|very chav|so chav|bit chav|chav of you|proper chav
  |who's the dad then|who's the mum then|who's the mom then|so who's the dad|which one's the man|which one is the man
  |who's the man in the relationship|still a man's game|still a man's job
  |marry his cousin|marry her cousin|épouser sa cousine|épousent leur cousine|evolution skipped
  |evolution clearly skipped
  |evolution forgot|evolution passed them by|l évolution les a oubliés|no poms|no poms thanks|no lebs|no bogans
  |benefits brigade|the benefits brigade|dole brigade|no housing vouchers|no section 8|no dss|no housing benefit
  |no universal credit|no benefit claimants|no benefits claimants|for people who actually work
  |people who actually work for a living|even a pensioner could|even a pensioner can|so simple even a pensioner
  |so easy even a pensioner|even your nan could|even your gran could|even grandma could|even granny could
  |même mamie pourrait|même ta grand mère pourrait|finally a man in the job|finally a man in charge|no more hormonal
  |too hormonal to|hormonal women|hormonal females|hormonal budget meetings|which one's the mum|which one is the mum
  |which one's the mom|which one is the mom|which one's the dad|which one is the dad|so who's the mum|so who's the mom
  |you're a he|you're a she|you are a he|you are a she|online shopping is more your speed
  |shopping online is more your speed
  |that's not a diagnosis|that's bad parenting|that's just bad parenting|it's just bad parenting|is a man's job
  |is a man's game|are a man's job|that's where they'll end up|that's where they belong|where they'll end up anyway
  |can't have the brand looking that camp|looking that camp|too camp for|a bit too camp|limp wristed|limp wrist
  |send back the ones already here|the ones already here|they bring crime|bring crime not skills|they bring crime not
  |like watching a dog do algebra|like a dog doing algebra`);

const HIRING_ALONE = AGES.flatMap((n) => [`hiring ${n} only`, `hiring ${n} plus only`, `hiring over ${n} only`]);

/** A trope told of a people (the base rules' `nation` + `stereo` pair). */
const STEREO = list(`tight as ever|tight fisted|tightwads|moths in their wallets|moths in their wallet|moths included
  |never buy a round|never buys a round|one round all weekend
  |reaching for the white flag|white flag again|white flag as usual|surrender monkeys
  |mañana|hide the beer|hide the booze|hide the whiskey|hide the drink
  |lock up the booze|lock up the bar
  |having a siesta|were having a siesta|taking a siesta|on siesta again|a cousin who can get you a deal
  |have a cousin who|has a cousin who|can get you a deal|fell off the back of a lorry|gone walkabout
  |gone walkabout again
  |went walkabout`);
const NATION = list(`yorkshire folk|yorkshiremen|scots|scotsmen|the scots
  |lebs|lebos|poms|pommies|aboriginal|aborigines|aboriginals|arnhem land|indigenous|italian|italians
  |mexican|mexicans`);

const FAMILY_TREE = list(`family tree|the family tree|whole family tree|arbre généalogique`);
const ONE_BRANCH = list(`one branch|the one branch|a single branch|no branches|a straight line|une seule branche
  |a circle|a wreath|doesn't fork|doesn't branch|three people on it|all cousins|tous cousins`);
const REGION_CALLER =
  list(`sounds like they're from|sound like they're from|sounds like he's from|sounds like she's from
  |if they're from|if the caller is from|callers from|customers from`);
const SLOWER = list(`talk slower|talk slowly|speak slower|speak slowly|much slower|use small words|use little words
  |nod and smile|just nod and smile|nobody understands a word|can't understand a word|need subtitles|need a translator
  |parlez lentement|parlez plus lentement`);
const SOUTH = list(`down south|from the south|the deep south|alabama|arkansas|mississippi|kentucky|west virginia
  |tasmania|tassie|the toon|geordies|rednecks|hillbillies`);
const BANJOS = list(
  `banjos|banjo|the sound of banjos|duelling banjos|dueling banjos|inbred|inbreds|one tooth|no teeth`,
);

const TOWN_GIRLS = list(`essex girls|essex girl|scouse girls|geordie girls|chav girls`);
const EASY = list(`easy|easily|spread very easily|spread easily|open their legs|cheap|a cheap date`);
const MANS_JOB = list(`a man's game|a man's job|a job for men|a job for a man|men's work|a job for the lads`);
const ALWAYS_WAS = list(`always has been|always will be|always was|sorry ladies|sorry girls|hiring accordingly|no girls
  |no women|no place for women|no place for girls`);
const OUTFITS = list(`than changing outfits|than doing their makeup|than doing their hair|than doing their nails
  |than fixing their makeup`);
const LADIES = list(`ladies|girls|women|gals|mesdames|les filles`);
const MATHS = list(`put off by all the maths|put off by the maths|put off by all the math|put off by the math
  |scared of the maths|scared of the math|afraid of the maths|worry about the maths|don't worry your pretty
  |peur des maths|leave the maths to|hr team you can join instead`);
const WOMEN_DRIVING = list(`mum|mum's|mom|mom's|her|wife|wives|the missus|girlfriend|mother|nan|women|woman`);
const PARKING = list(`head start for the parking|head start to park|extra time to park|extra time for the parking
  |minutes for the parking|minutes to park|an hour for the parking|extra minutes to park
  |an hour to park|a week to park|20 minute head start|twenty minute head start|extra hour to park`);
const HUSBANDS = list(`husbands|dear husbands|husband|hubby|hubbies|boyfriends|blokes|men`);
const HIDE_CARD = list(`hide the credit card|hide your credit card|hide the card|hide her card|hide the bank card
  |cachez la carte bleue|cachez la carte bancaire|zero self control|no self control`);
const WOMEN_SPORT = list(`all female|all women|women's|womens|female|ladies|girls|women's football|f1 academy`);
const REAL_SPORT = list(`when the proper game|when the proper racing|the men's game|proper sport|a proper sport
  |actual sport|not a real sport
  |isn't a real sport
  |real racing starts|the real racing|wake me up when the real|real football starts|the real football
  |the real game|real sport|when the men|proper racing starts|when the real`);
const DADS = list(`dads|a man|men|husbands|fathers|blokes`);
const SEND_MUM = list(`just send mum|just send mom|send mum instead|send mom instead|leave it to mum|leave it to mom
  |like watching a dog|dog do algebra|dog doing algebra`);

const PRONOUNS = list(`calls himself|calls herself|identifies as
  |they them|they/them|he him|she her|pronouns|their pronouns|non binary`);
const MISGENDER = list(`you've got a beard|you've still got a beard|got a beard|still a lad|sure mate|sure love
  |you're a he|you're a she|you're a man|you're a woman|you're a bloke|i could tell|still a man
  |still a woman|still a bloke`);

const FIT = list(`sturdy|chunky|big boned|coats
  |fit|fits|size|sizes|trousers|jeans|range|husky|husky fit|xl|xxl|plus size|stretch|elastic|waistband`);
const OVEREAT =
  list(`who love a second helping|who loves a second helping|who never skip a snack|who never skips a snack
  |who never miss a snack|who love their food a bit too much
  |never say no to seconds|never says no to seconds|never said no to seconds|never missed a meal
  |never said no to a pie|never says no to a pie|never say no to a pie|never met a pie
  |who ate all the pies|ate all the pies
  |never miss a meal|never skip dessert|never skips dessert|always go back for seconds|third helpings`);
const OVER_SIZE = list(`over a size|above a size|bigger than a size|if you're a size|if you're over a size`);
const SIZE_BLAME = list(`problem|the problem|symptom|the symptom|blame|lay off|cut back|skip the biscuits
  |aren't the problem|isn't the problem`);
const SCOOTERS = list(`mobility scooters|mobility scooter|elastic waistbands|elastic waistband`);

const STEPS = list(`can't manage two little steps|can't manage two steps|can't manage a few steps|can't manage the steps
  |can't manage two|can't manage stairs|can't manage the stairs|can't do two steps|can't climb two steps`);
const ONLINE = list(`more your speed|shop online|online shopping|stay home|stay at home|order online`);
const WHEELS = list(`wheelchairs|wheelchair|wheelchair users|mobility scooters|guide dogs|people in wheelchairs`);
const OUTSIDE = list(`wait outside|please wait outside|stay outside|leave them outside|not allowed in|can't come in
  |cannot come in|park outside`);
const BLIND = list(
  `blind people|deaf people|disabled people|the blind|the deaf|wheelchair users|amputees|the disabled`,
);
const CONDITION = list(`sensory issues|sensory needs
  |ocd|adhd|autism|autistic|dyslexia|dyslexic|anxiety|depression|asperger's|aspergers|tourette's
  |a stammer|a stutter|stammer|stutter|a lisp|speech impediment`);
const DISMISS = list(`being a brat|just a brat|just spoilt|just spoiled|just naughty|needs discipline
  |snap out of it|just cheer up|all in your head|it's all in your head
  |get a grip|love they're|that's not a diagnosis|bad parenting|doesn't mean you get to
  |shouldn't work|shouldn't be working|customers get bored|need not apply
  |skip the line|everyone's special|everyone's 'special'|snowflake|attention seeking|made up|just an excuse|man up`);

const OLD = list(`old people|pensioners|oaps|the elderly|old folks|old dears|grannies|grandads|boomers|old biddies`);
const OLD_SCORN = list(`you've got all week|got all week|all week why now|why now|holding up the queue|hold up the queue
  |ring the helpline|the on button|where the on button|get out of the way|in the way`);
const TEENS = list(`youngsters|youth of today
  |teen employees|teenagers|teens|gen z|young people|kids these days|millennials|school leavers`);
const TEEN_SCORN = list(`tiktok break|without a tiktok|can't work a full shift|glued to their phones
  |three hours of tiktok|hours of tiktok|quit by text|quit over text|can't work|won't work
  |lazy|entitled|snowflakes|one hour of work`);
const LET_GO = list(`letting go of|let go of|lay off|laying off|make redundant|get rid of|first to go|cut first
  |prioritise letting go|prioritize letting go`);
const OLD_STAFF = [
  ...AGES.flatMap((n) => [`staff over ${n}`, `employees over ${n}`, `workers over ${n}`, `over ${n}s`]),
  ...list(`older staff|older workers|older employees|the oldies`),
];

const GO_FIRST = list(`slowest|they're slowest|they're slower|are slower|slower anyway|too slow`);
const ESTATE = list(`council estate|a council estate|estate kids|trailer park|a trailer park|the projects|a caravan park
  |les cités|une cité`);
const LOOK_LIKE = list(`looking like|look like|looks like|dressed like|look as if|looking as if`);
const CHIC = list(`chic|not a look|a look we`);
const STATE_SCHOOL = list(`state school kids|state-school kids|comprehensive kids|non traditional backgrounds
  |non-traditional backgrounds|council estate kids|kids from the estates`);
const A_BIT_MUCH = list(`a bit much|might find|struggle|not for you|basically|out of their depth`);
const TRAVELLERS = list(`traveller site|traveller sites|travellers site|travellers' site|traveller camp|gypsy camp
  |gypsies|gipsies|travelling community|irish travellers|the travellers|gens du voyage`);
const REFUSE =
  list(`refuse entry|refused entry|not welcome|no entry|banned|won't serve|will not serve|turn away|turned away
  |sorry not sorry`);
const BENEFITS =
  list(`on benefits|on the dole|on welfare|housing vouchers|food stamps|ebt cards|ebt card|benefit claimants
  |single mums on benefits|benefits`);
const CLAIMANTS = list(`section 8|dss|housing benefit|universal credit|benefit claimants|housing vouchers|on benefits
  |on welfare`);
const NOT_APPLY = list(`need not apply|not accepted|don't apply|do not apply|not welcome|no exceptions`);
const STAIRS = list(`stairs|steps|step free|wheelchair|wheelchairs|mobility`);
const YOUR_SPEED = list(`online is more your speed|the website is more your speed|our website is more your speed
  |the app is more your speed|online shopping is more your speed|home delivery is more your speed
  |the e shop is more your speed`);
const NAILS = list(`nail bar|nails done|booked in at the nail|new iphone|designer bags|must be nice|plasma tv`);

const DRIFT = list(`catch our drift|catch my drift|you know who we mean|you know who i mean|know what we mean
  |if you know what we mean|nudge nudge|wink wink`);
const FACES = list(`faces|local faces|types|thug|thugs|sort|kind of people|vibrant|urban|those people|certain people
  |certain customers|hoodies|sagging pants`);
const VIBRANT = list(
  `vibrant crowd|vibrant clientele|vibrant types|vibrant locals|urban jungle|the vibrant|erm vibrant`,
);
const BANANA = list(`saved you a banana|a banana for you|here's your banana|throw him a banana|throw her a banana
  |have a banana|banana little guy`);
const NOT_RACIST = list(`not racist|it's not racist|its not racist|not being racist`);
const EXCUSE = list(`culture fit|common sense|just facts|just statistics|just business|just preference|just honest
  |just the truth`);
const DINGHY = list(`another boatload|boatload|landed in kent|landed in dover
  |dinghy|a dinghy|on a dinghy|came over on a small boat|arrived on a small boat|came on a small boat
  |arrived by boat|came by boat|stop the boats`);
const FUNNY_HOW = list(`funny how they all|designer trainers|designer gear|latest iphone
  |funny how that works|already wearing|already got|better trainers|new iphone|free hotel|handouts
  |free phones|funny that`);

const EXCEPT = list(`except candidates|except applicants|excluding candidates|except anyone|except people|except those
  |apart from candidates|except candidates based in|except applicants based in|except candidates from`);
const REGIONS =
  list(`asia|africa|india|pakistan|nigeria|china|eastern europe|the middle east|latin america|south america
  |bangladesh|the philippines|romania|poland|mexico|africans|asians|indians`);

const FASTING = `${exact(list(`ramadan|fasting|fasting muslim|fasting muslims|fasting colleagues|muslims`))}|^Lent`;
const HANGRY = list(`hangry|hangry colleagues|grumpy|cranky|never get between|moody colleagues`);
const FAITHS = list(`jehovah's witnesses|jehovah's witness|jehovahs witnesses|mormons|scientologists|the witnesses
  |moonies|hare krishnas`);
const CULT = list(`cult|cult vibes|a cult|brainwashed|watch them panic`);

const INSULTS = list(`you soft lot|ya soft lot|you soft bunch|you bunch of snowflakes`);
const NEGATIVE =
  list(`for people who actually work out|people who actually work out|who actually work out|actually work out
  |dyke road|offa's dyke|offas dyke|trans fats|trans fat|no trans fats`);
const INSULT_NEGATIVE = list(`dyke road|offa's dyke|offas dyke|hitchcock's psycho|dumb phone|dumbphone|dumb phones`);

const LAUGH = ['😂', '🤣'];

const ROUND_24F: Readonly<Record<string, RuleExtension>> = {
  discrimination: {
    groups: {
      slur: { fr: exact(SLURS) },
      alone24f: { fr: exact(ALONE) },
      hiringAlone24f: { fr: exact(HIRING_ALONE) },
      stereo: { fr: exact(STEREO) },
      nation: { fr: exact(NATION) },
      familyTree24f: { fr: exact(FAMILY_TREE) },
      oneBranch24f: { fr: exact(ONE_BRANCH) },
      regionCaller24f: { fr: exact(REGION_CALLER) },
      slower24f: { fr: exact(SLOWER) },
      south24f: { fr: exact(SOUTH) },
      banjos24f: { fr: exact(BANJOS) },
      townGirls24f: { fr: exact(TOWN_GIRLS) },
      easy24f: { fr: exact(EASY) },
      mansJob24f: { fr: exact(MANS_JOB) },
      alwaysWas24f: { fr: exact(ALWAYS_WAS) },
      outfits24f: { fr: exact(OUTFITS) },
      ladies24f: { fr: exact(LADIES) },
      maths24f: { fr: exact(MATHS) },
      womenDriving24f: { fr: exact(WOMEN_DRIVING) },
      parking24f: { fr: exact(PARKING) },
      husbands24f: { fr: exact(HUSBANDS) },
      hideCard24f: { fr: exact(HIDE_CARD) },
      womenSport24f: { fr: exact(WOMEN_SPORT) },
      realSport24f: { fr: exact(REAL_SPORT) },
      dads24f: { fr: exact(DADS) },
      sendMum24f: { fr: exact(SEND_MUM) },
      pronouns24f: { fr: exact(PRONOUNS) },
      misgender24f: { fr: exact(MISGENDER) },
      fit24f: { fr: exact(FIT) },
      overeat24f: { fr: exact(OVEREAT) },
      overSize24f: { fr: exact(OVER_SIZE) },
      sizeBlame24f: { fr: exact(SIZE_BLAME) },
      scooters24f: { fr: exact(SCOOTERS) },
      steps24f: { fr: exact(STEPS) },
      online24f: { fr: exact(ONLINE) },
      wheels24f: { fr: exact(WHEELS) },
      outside24f: { fr: exact(OUTSIDE) },
      blind24f: { fr: exact(BLIND) },
      condition24f: { fr: exact(CONDITION) },
      dismiss24f: { fr: exact(DISMISS) },
      old24f: { fr: exact(OLD) },
      oldScorn24f: { fr: exact(OLD_SCORN) },
      teens24f: { fr: exact(TEENS) },
      teenScorn24f: { fr: exact(TEEN_SCORN) },
      letGo24f: { fr: exact(LET_GO) },
      oldStaff24f: { fr: exact(OLD_STAFF) },
      goFirst24f: { fr: exact(GO_FIRST) },
      estate24f: { fr: exact(ESTATE) },
      lookLike24f: { fr: exact(LOOK_LIKE) },
      chic24f: { fr: exact(CHIC) },
      stateSchool24f: { fr: exact(STATE_SCHOOL) },
      aBitMuch24f: { fr: exact(A_BIT_MUCH) },
      travellers24f: { fr: exact(TRAVELLERS) },
      refuse24f: { fr: exact(REFUSE) },
      benefits24f: { fr: exact(BENEFITS) },
      claimants24f: { fr: exact(CLAIMANTS) },
      notApply24f: { fr: exact(NOT_APPLY) },
      stairs24f: { fr: exact(STAIRS) },
      yourSpeed24f: { fr: exact(YOUR_SPEED) },
      nails24f: { fr: exact(NAILS) },
      drift24f: { fr: exact(DRIFT) },
      faces24f: { fr: exact(FACES) },
      vibrant24f: { fr: exact(VIBRANT) },
      banana24f: { fr: exact(BANANA) },
      notRacist24f: { fr: exact(NOT_RACIST) },
      excuse24f: { fr: exact(EXCUSE) },
      dinghy24f: { fr: exact(DINGHY) },
      funnyHow24f: { fr: exact(FUNNY_HOW) },
      except24f: { fr: exact(EXCEPT) },
      regions24f: { fr: exact(REGIONS) },
      fasting24f: { fr: FASTING },
      hangry24f: { fr: exact(HANGRY) },
      faiths24f: { fr: exact(FAITHS) },
      cult24f: { fr: exact(CULT) },
    },
    alone: ['alone24f', 'hiringAlone24f'],
    negative: { fr: exact(NEGATIVE) },
    signs: {
      laugh24f: LAUGH,
      pig24f: ['🐷', '🐖', '🐽'],
      monkey24f: ['🐒', '🐵', '🦍'],
      wink24f: ['😉', '🍉'],
    },
    pairs: [
      ['familyTree24f', 'oneBranch24f', { window: 10 }],
      ['regionCaller24f', 'slower24f', { window: 12 }],
      ['south24f', 'banjos24f', { window: 14 }],
      ['townGirls24f', 'easy24f', { window: 20 }],
      ['mansJob24f', 'alwaysWas24f', { window: 8 }],
      ['womenSport24f', 'outfits24f', { window: 12 }],
      ['ladies24f', 'maths24f', { window: 14 }],
      ['womenDriving24f', 'parking24f', { window: 14 }],
      ['husbands24f', 'hideCard24f', { window: 14 }],
      ['womenSport24f', 'realSport24f', { window: 14 }],
      ['dads24f', 'sendMum24f', { window: 20 }],
      ['pronouns24f', 'misgender24f', { window: 16 }],
      ['fit24f', 'overeat24f', { window: 14 }],
      ['overeat24f', 'pig24f', { window: 14 }],
      ['overSize24f', 'sizeBlame24f', { window: 16, ordered: true }],
      ['scooters24f', 'laugh24f', { window: 20 }],
      ['steps24f', 'online24f', { window: 10, ordered: true }],
      ['wheels24f', 'outside24f', { window: 6, ordered: true }],
      ['blind24f', 'laugh24f', { window: 10 }],
      ['condition24f', 'dismiss24f', { window: 16 }],
      ['old24f', 'oldScorn24f', { window: 16 }],
      ['teens24f', 'teenScorn24f', { window: 12 }],
      ['letGo24f', 'oldStaff24f', { window: 6, ordered: true }],
      ['oldStaff24f', 'goFirst24f', { window: 10, ordered: true }],
      ['lookLike24f', 'estate24f', { window: 8, ordered: true }],
      ['estate24f', 'chic24f', { window: 6 }],
      ['stateSchool24f', 'aBitMuch24f', { window: 14 }],
      ['travellers24f', 'refuse24f', { window: 14 }],
      ['refuse24f', 'travellers24f', { window: 14 }],
      ['claimants24f', 'notApply24f', { window: 8 }],
      ['stairs24f', 'yourSpeed24f', { window: 16 }],
      ['benefits24f', 'nails24f', { window: 12 }],
      ['drift24f', 'faces24f', { window: 16 }],
      ['vibrant24f', 'wink24f', { window: 10 }],
      ['banana24f', 'monkey24f', { window: 10 }],
      ['notRacist24f', 'excuse24f', { window: 6, ordered: true }],
      ['dinghy24f', 'funnyHow24f', { window: 14 }],
      ['except24f', 'regions24f', { window: 4, ordered: true, variant: 'hiring' }],
      ['fasting24f', 'hangry24f', { window: 16 }],
      ['faiths24f', 'cult24f', { window: 16 }],
    ],
  },
  insult: {
    groups: {
      strong: { fr: exact(INSULTS) },
      bananaInsult24f: { fr: exact(BANANA) },
    },
    signs: { monkeyInsult24f: ['🐒', '🐵', '🦍'] },
    pairs: [['bananaInsult24f', 'monkeyInsult24f', { window: 10 }]],
    negative: { fr: exact(INSULT_NEGATIVE) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound24f = roundByTopic(ROUND_24F);
