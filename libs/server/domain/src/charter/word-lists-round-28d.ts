// Twenty-eighth round, reading d (`withRound28d` adds it to every topic's rules), from `train-ck`'s English misses
// (discrimination in the places brands post, politics and religion in passing), by family:
// Politics: a congestion zone that "empties your wallet", a Treasury that "sits on its hands", the monarchy abolished.
// Religion: "thank you Jesus"; a Hindu who will "pray to a cow", Muslims who "can go hungry" (also discrimination).
// Discrimination: a group told to sit it out ("Gypsy families, best to skip this one", "kids having chemo, maybe sit
// this one out", "over-60s, leave it to the young ones", "acne and scars can stay home"); origin ("people from your
// background don't understand", "full of immigrants", foreign-sounding surnames not valid, "your lot return
// everything", a "typical Italian… like the whole country", "cheap Chinese workers who can't read"); skin ("only the
// fair-skinned ones", "a proper white podium for once", dark "lovely in a dessert, less so in the canteen"); women
// ("girls get confused by the instructions", organisers who "keep changing their minds", grid girls "the only reason
// you watch", "stopped hiring women"); bellies ("whale-like", "no saggy tummy, nobody wants to see that"); the old
// told "so don't bother"; disability and illness (wheelchairs "not accepted", "no guests with HIV", "coughing near our
// stand", "planned by someone from a special-needs class"); gay and trans people ("won't turn you gay", two mums told
// to "pick one to be the mum", "a gay hairdresser", "they/them… a boy or a girl", "just a phase", "blokes in
// dresses" at the toilets); size ("if you're already a size 20", "the big lad… the reinforced platform", "fewer
// crisps", "fix that belly", "looking at your profile pic… your biggest problem", "enjoying quite a few 🐷",
// "waddling"); looks ("people with a nice face", "only the pretty ones"); accents ("nobody would understand a word",
// "unlike the lady with the thick accent"); class and place ("look working class", working-class creators "won't be
// selected", "too classy for the estate mums", "the discount-aisle crowd", residents "won't be admitted", "you know
// what Croydon people are like", "paid enough to get mugged", "the cables to stay attached"); benefits ("not
// available to anyone on benefits", "stop moaning", "can't be bothered to feed", "for people who work"); threats and
// doxxing ("you'll never work in journalism again", "come round and have a word", "watch your back", "your number
// plate", a critic's workplace or street "in case anyone's passing", "we'll drop some round personally 🔪").
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const ULEZ = list(`ulez|ulez cameras|low emission zone|clean air zone|congestion charge|ulez zone`);
const WALLET =
  list(`empty your wallet|empties your wallet|emptying your wallet|empty our wallets|cash grab|war on drivers
  |war on motorists|fleece drivers|fleecing drivers`);
const GOV =
  list(`the treasury|the government|ministers|whitehall|the chancellor|downing street|number 10|the home office
  |westminster|the cabinet`);
const IDLE = list(`sits on its hands|sit on their hands|sitting on its hands|sitting on their hands|sat on its hands
  |sat on their hands|twiddles its thumbs|twiddling their thumbs|asleep at the wheel`);
const POLITICS_ALONE = list(`monarchy was abolished|abolish the monarchy|abolishing the monarchy|scrap the monarchy
  |scrapping the monarchy|end the monarchy|get rid of the monarchy|down with the monarchy|the monarchy should go
  |time the monarchy`);

const RELIGION_ALONE = list(`thank you jesus|thanks jesus|thank you lord jesus|praise jesus|pray to a cow|prays to a cow
  |praying to a cow|pray to cows|worship a cow|worships cows|cow worshippers`);
const FAITHS = list(`muslims|jews|hindus|sikhs|christians|catholics|hindu|muslim|jewish`);
const FAITH_JIBE = list(`can go hungry|can starve|more for the rest of us|pray to a cow|prays to a cow|pray to cows`);

const DISC_ALONE = list(`people from your background don|people of your background don|people from your background never
  |people from your background usually|full of immigrants|full of foreigners|overrun with immigrants
  |overrun by immigrants|swarming with immigrants|crawling with foreigners|cheap chinese workers|cheap foreign workers
  |cheap chinese labour|cheap foreign labour|only the fair skinned|the fair skinned ones|only pin up the fair
  |the lighter skinned ones|the light skinned ones|only the white kids|only the white ones|proper white podium
  |white podium for once|proper white grid|white faces for once|stopped hiring women|stop hiring women
  |stopped hiring mothers|stopped hiring mums|stopped hiring young women|women who go off on maternity
  |who go off on maternity after|must be made by a man|must be booked by a man|no saggy tummy|no saggy tummies
  |no saggy bellies|saggy tummy on show|just not for wheelchairs|but not for wheelchair users|won turn you gay
  |will not turn you gay|turn you gay|turn your kids gay|like a gay hairdresser|gay hairdresser
  |drives like a gay|limp wristed|we don do pronouns|don do pronouns|think they the other gender
  |think they are the other gender|maybe fewer crisps|lay off the crisps|lay off the pies|hide the pies
  |step away from the pies|who ate all the pies|fix that belly|fix that tummy|no size is going to fix
  |no size will fix|no dress is going to fix|looks like you been enjoying quite a few|been enjoying quite a few of
  |enjoying a few too many of|people with a nice face|people with nice faces|for people with a nice face
  |only want the pretty ones|we only want the pretty|only the pretty ones|the pretty ones only|pretty faces only
  |only pretty faces|nice faces only|only nice faces|who look working class|look working class|looks working class
  |discount aisle crowd|living off value packs|value pack crowd|pound shop crowd|bargain bin crowd
  |had trouble with that lot|trouble with that lot before|paid enough to get mugged|like the cables to stay attached
  |like our cables to stay attached|like the wheels to stay on|like our wheels to stay on|like to keep our wheels
  |living off benefits|families on benefits can stop|actually pay their way|can be bothered to feed
  |cannot be bothered to feed|bothered to feed their own kids|this one for people who work|only for people who work
  |for people who actually work|make sure you never work|never work in journalism again|never work in this industry
  |never work in this town again|come round and have a word|have a word in person|delete it or else
  |got you on cctv|we got your name and your|your name and your number plate|we know your number plate
  |got your number plate|we know where you park|we don do they|we do not do they`);

// A group told, with a wink, to stay away: "Gypsy families, probably best to skip this one".
const SIT_OUT_GROUP = list(`gypsy families|gypsies|traveller families|roma families|kids having chemo
  |having chemo|kids on chemo|children on chemo|kids with cancer|wheelchair users|disabled kids|over 50s|over 60s
  |over 70s|over 65s|pensioners|oldies|the elderly|boomers|freckles|gappy teeth|braces|big kids|chubby kids
  |immigrants|foreigners`);
const SIT_OUT = list(`best to skip this one|probably best to skip|skip this one|maybe sit this one out|sit this one out
  |best sit this one out|give this one a miss|leave it to the young ones|leave it to the youngsters
  |let the young ones have|let the youngsters have|so dont bother|so don bother|don even bother|dont even bother`);
// Looks and bodies told to stay home from a casting or a shoot ("freckles and gappy teeth can stay home").
const LOOKS = list(`freckles|gappy teeth|big kids|chubby kids|wheelchair users|disabled kids|acne|scars
  |birthmarks`);
const STAY_HOME = list(`can stay home|can stay at home|should stay home|please stay home|stay home this time`);
const BACKGROUND = list(`people from your background|people of your background|people from your culture
  |people from your part of the world|folk from your background|people like you`);
const SLOW = list(`don usually understand|don understand|never understand|go through it slowly|explain it slowly
  |usually struggle|always struggle`);
const FOREIGN_NAMES = list(`foreign sounding surnames|foreign sounding surname|foreign sounding names
  |foreign sounding name|foreign surnames|foreign names`);
const NOT_VALID = list(`not valid for|not valid|not eligible|not available to|excluded|don qualify|do not qualify`);
const LOT = list(`your lot|that lot|their lot|those lot`);
const LOT_JIBE = list(`return everything|always return|never pay|never paid|like to pay|had trouble with|trouble with
  |too much fraud|nicking|we know how|we know what`);
const TYPICAL = list(`typical italian|typical italians|typical french|typical german|typical germans|typical polish
  |typical spanish|typical english|typical irish|typical romanian|typical romanians|typical chinese|typical indian
  |typical brazilian|typical american|typical americans|typical mexican|typical russian|typical dutch|typical scottish
  |typical welsh|typical greek|typical turkish|typical nigerian|typical pakistani`);
const NAT_CLICHE = list(`like the whole country|like the rest of the country|like all of them|like the rest of them
  |all hand gestures|no discipline|no brakes|cannot drive|can drive|always late|never on time`);
const WORKERS = list(`chinese workers|foreign workers|polish workers|indian workers|romanian workers|foreigners
  |immigrants|migrants`);
const CANNOT_READ = list(`cannot even read|can even read|can barely read|cannot read|cannot even speak english
  |can even speak english|can barely speak english`);
const DARK = list(`dark is lovely|dark is great|dark is fine|dark is nice|dark is good|dark is delicious
  |black is lovely|black is fine|brown is lovely|brown is fine`);
const LESS_SO = list(`less so in the|less so on the|less so in our|not so much in the|just not in the|not in the staff
  |not on the staff`);
const WOMEN = list(`girls|women|ladies|women organisers|female organisers|female staff|mums|wives`);
const CONFUSED = list(`tend to get confused|get confused by|get confused with|always get confused|cannot follow the
  |keep changing their minds|always change their minds|always changing their minds`);
const GRID_GIRLS = list(`grid girls|brolly dollies|promo girls|umbrella girls|ring girls|hostesses`);
const EYE_CANDY = list(`the only reason|only reason half|eye candy|something to look at|why you watch|still watch
  |easy on the eye`);
const BUMP = list(`bump|bumps|bellies|belly|pregnant|pregnancy|mums to be|maternity|post baby bodies|post baby body`);
const WHALE = list(`whale like|like a whale|like whales|beached whale|no big bellies|nobody wants to see that
  |no one wants to see that`);
const OLD = list(`pensioners|grandparents|grandmas|grandads|over 60s|over 50s|over 70s|over 65s|oldies|older customers
  |older people|the elderly|boomers|old folk|old people`);
const WHEELS = list(`wheelchair users|wheelchairs|disabled guests|disabled customers|disabled people|disabled visitors
  |blind guests|deaf guests`);
const REFUSED = list(`are not accepted|not accepted|will not be accepted|won be accepted|not admitted|won be admitted
  |are not welcome|not welcome|we rather keep|rather keep the floor|insurance reasons`);
const NO_ONE_WITH = list(`no guests with|no customers with|no staff with|no applicants with|no candidates with
  |no visitors with|no members with|no diners with|no workers with|no patients with`);
const ILLNESS = list(`hiv|hepatitis|epilepsy|diabetes|cancer|autism|adhd|depression|mental health
  |mental illness|cystic fibrosis|tourette|tourettes|schizophrenia|bipolar|crohn|parkinson|dementia|a stoma`);
const COUGHING = list(`come coughing|coughing near|coughing over|coughing all over|coughing on|bring your germs
  |keep your germs`);
const SPECIAL = list(`special needs class|special needs school|special needs unit|special needs kids|special ed
  |special school|the short bus|short bus`);
const LIKE_PLANNED =
  list(`planned by someone from|like it was planned by|looks like it was|drives like|like someone from
  |like a kid from|like the kids from`);
const SAME_SEX = list(`two mums|two dads|two mothers|two fathers|same sex|gay couples|gay parents|same sex couples
  |gay dads|lesbian mums`);
const PICK_ONE = list(`pick one to be|only does real families|only real families|real families only
  |only normal families|normal families only|only proper families|only does normal|the system only does`);
const THEY = list(`they them|pronouns|non binary|nonbinary|their pronouns|ze zir`);
const BINARY = list(`is a boy or a girl|either a boy or a girl|boy or a girl pick`);
const GENDER =
  list(`other gender|another gender|opposite gender|opposite sex|trans|transgender|non binary|gender identity
  |the wrong body|a different gender`);
const PHASE = list(`just a phase|only a phase|it a phase`);
const NOT_PHASE = list(`not just a phase|isn just a phase|not a phase|not only a phase|never just a phase`);
const TOILETS = list(`toilets|loos|changing rooms|ladies|women only|bathrooms|men and women only|we check`);
const DRESSES = list(`blokes in dresses|men in dresses|man in a dress|bloke in a dress|men in frocks|blokes in frocks
  |blokes in skirts|men in skirts|lads in dresses`);
const NOT_FOR_YOU = list(`probably not for you|not for you|maybe not for you|maybe skip these|give these a miss
  |steer clear`);
const ALREADY_SIZE = list(`already a size {n}|already a size|already size {n}`);
const BIG_ONE = list(`big lad|big guy|big fella|big lass|heavy ones|the heavy ones|fat ones|larger ones|bigger ones
  |chunky ones|the chunky ones|heavier ones`);
const BIG_JIBE = list(`the reason we needed|the reason we need|why we needed|why we had to reinforce|waddling
  |waddling along|waddle|hide the pies|extra stations at the back|sturdier chairs`);
const HUSKY = list(`husky|husky fit|chubby|tubby|podgy|plus size|bigger kids`);
const FEWER = list(`fewer crisps|less crisps|fewer sweets|fewer pies|less pies|that on you`);
const PROFILE = list(`looking at your profile pic|looking at your profile|looking at your photo|judging by your profile
  |judging by your photo|from your profile pic|seen your profile pic|looking at your pic|judging by your pic`);
const BIGGEST = list(`aren your biggest problem|isn your biggest problem|not your biggest problem|biggest problem mate
  |the least of your problems|least of your worries`);
const PIG = ['🐷', '🐖', '🐽'];
const EATEN = list(`enjoying quite a few|quite a few of them|had a few too many|been enjoying|eaten a few|had seconds`);
const ACCENT = list(`accent|accents|thick foreign accent|foreign accent|thick accent|strong accent`);
const ACCENT_JIBE = list(`nobody would understand|nobody would understand a word|nobody can understand
  |no one can understand|no one would understand|nobody wants to hear|speak clear english|unlike the lady|unlike the man
  |unlike the guy|can barely understand|made sure he doesn|made sure she doesn|made sure they don`);
const CLASS = list(`working class|council estate|estate mums|estate kids|estate families|chavs|benefit families
  |council house|council houses`);
const CLASS_REFUSE = list(`won be selected|will not be selected|won be considered|will not be considered
  |won be admitted|will not be admitted|not be admitted|need not apply|tacky|too classy for|too posh for
  |cheapens|right to refuse`);
const RESIDENTS = list(`residents of|people from|anyone from|anyone living in|families from|customers from
  |applicants from`);
const AREA_REFUSE = list(`won be admitted|will not be admitted|not be admitted|had trouble with that lot
  |trouble with that lot`);
const YOU_KNOW = list(`you know what`);
const ARE_LIKE = list(`people are like|lot are like|folk are like|lads are like|crowd are like|residents are like
  |families are like`);
const NOT_ARE_LIKE = list(`you know what people are like|you know what kids are like`);
const AREA = list(`estates|estate|area|areas|postcode|postcodes|round there|parts of|that side of town`);
const MUGGED = list(`to get mugged|get mugged|getting mugged|be mugged|get stabbed|get robbed|get carjacked`);
const BENEFITS = list(`on benefits|benefit claimants|benefits claimants|universal credit claimants|dss
  |living off benefits|families on benefits|people on benefits|benefit families|jobseekers`);
const BENEFITS_JIBE = list(`not available to|not open to|isn available to|pay their way|stop moaning
  |be bothered to feed|feed their own kids|try working|scroungers`);
const REVEAL = list(`the person leaving|found the person|found the troll|real name is|the person behind
  |behind the account|spamming our dms|spamming us|leaving nasty reviews|leaving fake reviews|the anonymous`);
const PASSING = list(`say hi if you see|in case anyone passing|in case anyone fancies|feel free to tell
  |enjoy the visitors|pop round and say|drop by and say|give her a wave|give him a wave`);
const LIVES_AT = list(`lives at|her address is|his address is|their address is|lives on {n}`);
const PASSING_BY = list(`in case anyone passing|in case anyone fancies|feel free to tell|enjoy the visitors
  |pop round and tell|over to you`);
const WE_KNOW = list(`we know where you|we know your address|we got you|we know who you are|we know your face
  |we know your car|we have your address`);
const WATCH_BACK = list(`watch your back|better watch your back|watch yourself`);
const KNIFE = ['🔪', '🗡️', '🗡'];
const DROP_ROUND = list(`drop some round|drop round personally|drop some round personally|pay you a visit
  |come round personally`);

const ROUND_28D: Readonly<Record<string, RuleExtension>> = {
  politics: {
    groups: {
      alone28d: { fr: exact(POLITICS_ALONE) },
      ulez28d: { fr: exact(ULEZ) },
      wallet28d: { fr: exact(WALLET) },
      gov28d: { fr: exact(GOV) },
      idle28d: { fr: exact(IDLE) },
    },
    alone: ['alone28d'],
    pairs: [
      ['ulez28d', 'wallet28d', { window: 10 }],
      ['gov28d', 'idle28d', { window: 8 }],
    ],
  },
  religion: {
    groups: {
      alone28d: { fr: exact(RELIGION_ALONE) },
      faiths28d: { fr: exact(FAITHS) },
      faithJibe28d: { fr: exact(FAITH_JIBE) },
    },
    alone: ['alone28d'],
    pairs: [['faiths28d', 'faithJibe28d', { window: 12 }]],
  },
  discrimination: {
    groups: {
      alone28d: { fr: exact(DISC_ALONE) },
      faiths28d: { fr: exact(FAITHS) },
      faithJibe28d: { fr: exact(FAITH_JIBE) },
      sitOutGroup28d: { fr: exact(SIT_OUT_GROUP) },
      sitOut28d: { fr: exact(SIT_OUT) },
      background28d: { fr: exact(BACKGROUND) },
      slow28d: { fr: exact(SLOW) },
      foreignNames28d: { fr: exact(FOREIGN_NAMES) },
      notValid28d: { fr: exact(NOT_VALID) },
      lot28d: { fr: exact(LOT) },
      lotJibe28d: { fr: exact(LOT_JIBE) },
      typical28d: { fr: exact(TYPICAL) },
      natCliche28d: { fr: exact(NAT_CLICHE) },
      workers28d: { fr: exact(WORKERS) },
      cannotRead28d: { fr: exact(CANNOT_READ) },
      dark28d: { fr: exact(DARK) },
      lessSo28d: { fr: exact(LESS_SO) },
      women28d: { fr: exact(WOMEN) },
      confused28d: { fr: exact(CONFUSED) },
      gridGirls28d: { fr: exact(GRID_GIRLS) },
      eyeCandy28d: { fr: exact(EYE_CANDY) },
      bump28d: { fr: exact(BUMP) },
      whale28d: { fr: exact(WHALE) },
      old28d: { fr: exact(OLD) },
      wheels28d: { fr: exact(WHEELS) },
      refused28d: { fr: exact(REFUSED) },
      noOneWith28d: { fr: exact(NO_ONE_WITH) },
      illness28d: { fr: exact(ILLNESS) },
      coughing28d: { fr: exact(COUGHING) },
      special28d: { fr: exact(SPECIAL) },
      likePlanned28d: { fr: exact(LIKE_PLANNED) },
      sameSex28d: { fr: exact(SAME_SEX) },
      pickOne28d: { fr: exact(PICK_ONE) },
      they28d: { fr: exact(THEY) },
      binary28d: { fr: exact(BINARY) },
      gender28d: { fr: exact(GENDER) },
      phase28d: { fr: exact(PHASE) },
      toilets28d: { fr: exact(TOILETS) },
      dresses28d: { fr: exact(DRESSES) },
      notForYou28d: { fr: exact(NOT_FOR_YOU) },
      alreadySize28d: { fr: exact(ALREADY_SIZE) },
      bigOne28d: { fr: exact(BIG_ONE) },
      bigJibe28d: { fr: exact(BIG_JIBE) },
      husky28d: { fr: exact(HUSKY) },
      fewer28d: { fr: exact(FEWER) },
      profile28d: { fr: exact(PROFILE) },
      biggest28d: { fr: exact(BIGGEST) },
      eaten28d: { fr: exact(EATEN) },
      accent28d: { fr: exact(ACCENT) },
      accentJibe28d: { fr: exact(ACCENT_JIBE) },
      class28d: { fr: exact(CLASS) },
      classRefuse28d: { fr: exact(CLASS_REFUSE) },
      residents28d: { fr: exact(RESIDENTS) },
      areaRefuse28d: { fr: exact(AREA_REFUSE) },
      youKnow28d: { fr: exact(YOU_KNOW) },
      areLike28d: { fr: exact(ARE_LIKE) },
      area28d: { fr: exact(AREA) },
      mugged28d: { fr: exact(MUGGED) },
      benefits28d: { fr: exact(BENEFITS) },
      benefitsJibe28d: { fr: exact(BENEFITS_JIBE) },
      reveal28d: { fr: exact(REVEAL) },
      passing28d: { fr: exact(PASSING) },
      dropRound28d: { fr: exact(DROP_ROUND) },
      looks28d: { fr: exact(LOOKS) },
      stayHome28d: { fr: exact(STAY_HOME) },
      livesAt28d: { fr: exact(LIVES_AT) },
      passingBy28d: { fr: exact(PASSING_BY) },
      weKnow28d: { fr: exact(WE_KNOW) },
      watchBack28d: { fr: exact(WATCH_BACK) },
    },
    alone: ['alone28d'],
    signs: { pig28d: PIG, knife28d: KNIFE },
    pairs: [
      ['faiths28d', 'faithJibe28d', { window: 12 }],
      ['sitOutGroup28d', 'sitOut28d', { window: 8 }],
      ['background28d', 'slow28d', { window: 14 }],
      ['foreignNames28d', 'notValid28d', { window: 8 }],
      ['lot28d', 'lotJibe28d', { window: 8 }],
      ['typical28d', 'natCliche28d', { window: 14 }],
      ['workers28d', 'cannotRead28d', { window: 6 }],
      ['dark28d', 'lessSo28d', { window: 10 }],
      ['women28d', 'confused28d', { window: 4, ordered: true }],
      ['gridGirls28d', 'eyeCandy28d', { window: 12 }],
      ['bump28d', 'whale28d', { window: 12 }],
      ['old28d', 'sitOut28d', { window: 10 }],
      ['wheels28d', 'refused28d', { window: 10 }],
      ['noOneWith28d', 'illness28d', { window: 3, ordered: true }],
      ['illness28d', 'coughing28d', { window: 14 }],
      ['special28d', 'likePlanned28d', { window: 10 }],
      ['sameSex28d', 'pickOne28d', { window: 16 }],
      ['they28d', 'binary28d', { window: 14 }],
      ['gender28d', 'phase28d', { window: 12 }],
      ['toilets28d', 'dresses28d', { window: 14 }],
      ['notForYou28d', 'alreadySize28d', { window: 10 }],
      ['bigOne28d', 'bigJibe28d', { window: 14 }],
      ['husky28d', 'fewer28d', { window: 14 }],
      ['profile28d', 'biggest28d', { window: 14 }],
      ['pig28d', 'eaten28d', { window: 8 }],
      ['accent28d', 'accentJibe28d', { window: 14 }],
      ['class28d', 'classRefuse28d', { window: 12 }],
      ['residents28d', 'areaRefuse28d', { window: 12, ordered: true }],
      ['youKnow28d', 'areLike28d', { window: 5, ordered: true }],
      ['area28d', 'mugged28d', { window: 14 }],
      ['benefits28d', 'benefitsJibe28d', { window: 14 }],
      ['reveal28d', 'passing28d', { window: 20 }],
      ['knife28d', 'dropRound28d', { window: 8 }],
      ['looks28d', 'stayHome28d', { window: 10 }],
      ['livesAt28d', 'passingBy28d', { window: 16 }],
      ['weKnow28d', 'watchBack28d', { window: 10 }],
    ],
    negative: { fr: exact(NOT_ARE_LIKE, NOT_PHASE) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28d = roundByTopic(ROUND_28D);
