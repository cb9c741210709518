// Twenty-sixth round, twelfth reading (`withRound26l` adds it to every topic's rules), from `train-by`'s English
// discrimination said in a brand's voice, by family:
// Sexism: "why did the woman…" jokes whose punchline is the tea, a shoe sale or the kitchen; the "token woman" taking
// the minutes; "women in tech? we tried one once"; a pay rise answered with "a mirror and a smile"; a board "100% men,
// smoother without the drama"; "zero periods, sorry ladies"; "is he on his period?".
// Class, region, origin: Scousers, Romanians, state-school interns, the Welsh met with bolted tins, parcels counted
// twice, "don't nick the laptops", "lock up your purses"; "council estate luxury", "cheap … for cheap people";
// Universal Credit "still found £12 for a pint"; Northerners told to "sound it out"; a "clean accent" and an "accent
// test"; "no Weegies please"; a degree "from a country we can't pronounce"; the Scotsman "tight"; the Japanese rookie
// "late for a group photo with his coach tour"; a Mexican pit crew's siesta; the Essex girl or the blonde "brains not
// included".
// Age: grandad "won't remember he's had three"; oldies "no teeth required"; "slower than" the old boy; anyone
// older "set in their ways". Disability and weight: wheelchair users "great cardio for the rest of us"; plus-size
// models "like their willpower"; "what her chair's been through"; "enough pies for one lifetime"; overweight
// applicants told to "keep your CV to yourself"; kids who "should be small", blame "the chippy".
// Sexuality and gender: "so camp they'll come out before you do"; "the gay intern… as expected"; a boy in a dress and a
// "confused" section; trans kids told to "pick one, like nature did"; Pride "far too young for that sort of thing".
// Reprisals against a critic: the reviewer's "blue door", "your mum's address", "we've seen your holiday photos", the
// protester's "face and uni", "we've got yours too" after an address shared.
// Clean: "we know where you live because you gave us your postcode", said in one clause (a negative phrase cannot
// reach across the "…" of "We know where you live… because", so that post stays flagged).
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const DISC_ALONE = list(`token woman|token women|token female|token girl|the token woman|token black guy
  |token ethnic minority|token minority|token gay|is he on his period|on his period|are you on your period mate
  |must be her time of the month|she must be on her period|he must be on his period
  |come out before you do|come out before you ever do|come out of the closet before you
  |a country we cannot pronounce|countries we cannot pronounce|a country we cannot spell|countries we cannot spell
  |from a country nobody can pronounce|tree instead of three|we call you back never|call you back never
  |clean accent required|a clean accent required|and a clean accent|accent test for|an accent test|our accent test
  |neutral accent required|posh accent required|proper accent required|no regional accents|no strong accents
  |no weegies|no scousers|no geordies|no brummies|no northerners|no cockneys|no jocks|no taffs|no paddies
  |no foreigners please|no romanians|no eastern europeans|council estate luxury|council estate chic
  |council estate glamour|council estate couture|pound shop is a day out|poundland is a day out
  |trip to the pound shop is a day out|for cheap people|cheap biscuits for cheap people|like their willpower
  |like her willpower|like his willpower|what her chair been through|what his chair been through
  |what her chair has been through|what his chair has been through|what her chair went through
  |what his chair went through|enough pies for one lifetime|enough pies for a lifetime|enough pies for one life
  |retirement cannot come soon enough for|kids should be small|children should be small|kids are supposed to be small`);

// Sexism: a joke about a woman and its punchline; a pay rise; a board of men; periods.
const WOMAN_JOKE = list(`why did the woman|why did the female|why did the lady|why did the girl|why did the blonde
  |why do women|why can women|why don women|how many women does it take|women in tech|women in it
  |women in engineering|women in f1|female engineer|female engineers|female mechanic|woman engineer
  |a woman in the pit|female intern`);
const WOMAN_PUNCHLINE = list(`had to make the tea|to make the tea|make the tea|to make the coffee|make the sandwiches
  |shoe sale|handbag sale|back to the kitchen|belongs in the kitchen|belong in the kitchen|the ironing
  |the washing up|tried one once|hired one once|had one once|kept redecorating|redecorating the|scatter cushions`);
const PAY_ASK = list(`asked for a pay rise|asks for a pay rise|asked for a raise|asks for a raise|asked for a payrise
  |asked for a promotion|asks for a promotion|asked for equal pay|asks for equal pay|asked about the pay gap
  |wants a pay rise|wanted a pay rise`);
const PAY_ANSWER = list(`a mirror and a smile|offered her a mirror|gave her a mirror|a mirror|pat on the head
  |told her to smile|a smile instead|flowers instead|a bunch of flowers|box of chocolates|worked last time`);
const MEN_ONLY = list(`board is 100|team is 100|crew is 100|staff is 100|all male|all men|men only|male only
  |no women|zero women|without women|boys club`);
const NO_DRAMA = list(`without the drama|smoother without|less drama|less emotional|no hormones|no periods
  |zero periods|no crying|no tears|no mood swings`);
const PERIODS = list(`zero periods|no periods|without periods|no period pains`);
const SORRY_LADIES = list(`sorry ladies|sorry girls|sorry love|ladies need not apply|women need not apply
  |girls need not apply`);

// Class, region and origin: a group, then a hint that they steal, can't read or are tight.
const SUSPECTS = list(`scousers|scouser|liverpudlians|romanians|romanian|romania|albanians|albanian|gypsies|gypsy
  |the welsh|state schools|state school|comprehensive school|council estate|council estates|from the estate
  |from the same village|eastern europeans|eastern european|foreigners|immigrants|migrants|asylum seekers`);
const THEFT = list(`bolted the|bolted down|bolted to|nailed down|screwed down|chained to the|lock up your|lock up the
  |locked up the|hide your|count the parcels|count the stock|count the spoons|count the laptops|count them twice
  |count twice|counted twice|don nick|do not nick|nick the|nick anything|nick our|nicking|catch our drift
  |catch my drift|watch your wallets|watch your purses|check your pockets|hubcaps`);
const REGIONALS = list(`northern customers|northerners|northern folk|scousers|geordies|brummies|weegies|glaswegians
  |welsh customers|scottish customers|the irish|irish customers|foreign customers|foreigners|immigrants`);
const SLOW_READERS = list(`sound it out|sound them out|sound out the|big buttons and small words|small words only
  |in small words|with small words|use small words|read it slowly|big words|with pictures for`);
const BENEFITS = list(`universal credit|on benefits|on the dole|benefit claimants|benefits claimants|on the social
  |on jobseekers|scroungers|living off benefits`);
const SPENDS = list(`still found|still managed to find|still managed to buy|for a pint|on fags|on scratchcards|on lager
  |on booze|flat screen|sky tv|fag money`);
const LIKE_A_SCOT = list(`like a scotsman|like a scot|like the scots|like scotsmen|like a yorkshireman
  |like an aberdonian|as a scotsman|scotsman wallet`);
const TIGHT = list(`tight|tight fisted|tightfisted|stingy|mean|impossible to get open|never opens|hard to open
  |careful with money`);
const ASIANS = list(`japanese|chinese|korean|asian|asians`);
const TOURISTS = list(`late for a group photo|late for the group photo|late for his coach|late for the coach
  |with his coach tour|with their coach tour|with his tour group|selfie stick`);
const MEXICANS = list(`in mexico|mexican|mexicans|sombrero|sombreros`);
const SIESTA = list(`taking a siesta|take a siesta|siesta between|siestas between|having a siesta|have a siesta
  |siesta after every|manana`);
const DIM = list(`essex girl|essex girls|essex lot|the essex lot|essex boys|essex crowd|towie|essex|blondes|blonde
  |a blonde|the blonde`);
const NO_BRAINS = list(`brains not included|brain not included|brains sold separately|brain sold separately|no brains
  |brain cell|brain cells|thought gluten was|half of them thought|same difficulty|not the sharpest
  |fake tan sold separately`);

// Age.
const OLD_FOLK = list(`grandad|grandpa|granny|grandma|nan|nana`);
const OLD_PEOPLE = list(`pensioners|oldies|old folks|old boy|old girl|old man|old timer|the elderly|oap|oaps
  |boomers|boomer|anyone older|anyone over {n}|older applicants|older staff|older workers|over 50s|over 55s|over 60s`);
const FORGETFUL = list(`won remember he had|won remember she had|won remember they had|won even remember
  |will not remember he had|senile|doddery|gone senile`);
const OLD_JOKE = [
  ...FORGETFUL,
  ...list(`no teeth required|no teeth needed|without teeth|set in their ways|slow to learn|slow learners
  |past their sell by|past his sell by|past her sell by|put out to pasture`),
];
const SLOWER = list(`slower than|slower at|as slow as`);

// Disability, weight, health.
const WHEELCHAIR = list(`wheelchair users|wheelchair user|in a wheelchair|in wheelchairs|disabled customers
  |disabled people|disabled shoppers|the disabled|blind customers|deaf customers`);
const TOUGH_LUCK = list(`great cardio|good cardio|cardio for|free cardio|a workout for the rest|tough luck|hard luck
  |bad luck|not our problem|same difficulty|and blondes`);
const HEAVY = list(`plus size|plus sized|overweight|obese|fatties|larger ladies|bigger ladies|bigger customers
  |curvy|asthmatic|diabetic|epileptic|dyslexic`);
const UNWELCOME = list(`too big for the front cover|keep your cv to yourself|keep your cv|spare us your cv
  |save us your cv|need not apply|don bother applying|do not bother applying|don even apply|stay onshore`);
const TAKEAWAY = list(`blame the chippy|blame the takeaway|blame the kebab shop|blame greggs|blame mcdonalds`);
const PARENTS = list(`the parents who|parents who live|who live in it|who live there`);

// Sexuality and gender.
const CAMP = list(`so camp|camp as|as camp as|camper than`);
const INNUENDO = list(`special friend|light in the loafers|limp wristed|out of the closet|the closet before`);
const GAY_PERSON = list(`the gay intern|the gay one|the gay colleague|the gay guy|the gay lad|the gay bloke
  |the gay employee|the gay waiter|the gay apprentice|gay intern|gay colleague|gay apprentice|our gay intern`);
const AS_EXPECTED = list(`as expected|as you expect|as you would expect|useless on|useless at|rubbish at
  |brilliant at choosing|good at choosing|great at choosing|typical`);
const TRANS_KIDS = list(`trans kids|trans children|transgender kids|transgender children|trans teens|trans youth
  |non binary kids|nonbinary kids|girl wants to be a boy|boy wants to be a girl`);
const PICK_ONE = list(`are confused|are just confused|pick one|like nature|nature did|nature intended
  |only do boys and girls|only boys and girls|just a phase|grow out of it|two genders|normal clothes`);
const BOY_IN_DRESS = list(`boy wants to wear a dress|boy in a dress|boys in dresses|son wants to wear a dress
  |son in a dress|lad wants to wear a dress|boy wants to wear a skirt|son wants to wear a skirt`);
const CONFUSED = list(`confused section|confused aisle|confused rail|confused range|he confused|he is confused
  |just confused|a bit confused|just a phase|grow out of it|normal clothes|proper clothes|man up|toughen him up`);
const PRIDE_RANGE = list(`pride collection|pride range|pride line|pride tees|pride month|a pride|rainbow collection
  |lgbt|lgbtq`);
const TOO_YOUNG = list(`too young for that sort|too young for that|that sort of thing|far too young|hangers straight
  |keep it straight|keep things straight`);

// Reprisals against a critic: who they are, then where they live or what we have on them.
const CRITIC = list(`one star review|left that review|left us a review|bad review|negative review|the reviewer
  |the critic|critic who|the protester|protester who|you called our|who called our|slammed our|complained about
  |the troll who|trolled us`);
const WE_FOUND_YOU = list(`blue door|red door|green door|black door|white door|yellow door|your mum address
  |your mother address|your mum house|shall we post her|post her a pair|we seen your holiday photos
  |seen your holiday photos|shared your face|your face and your uni|shared your address|your uni with everyone
  |with everyone who listen|your workplace with everyone`);
const ADDRESS = list(`address|addresses|postcode|home address`);
const GOT_YOURS = list(`we got yours too|we have yours too|got yours too|have yours too`);

const NOT_DISCRIMINATION = list(`where you live because you gave us|where you live because you told us
  |where you live because you entered|where you live because you ordered`);

const ROUND_26L: Readonly<Record<string, RuleExtension>> = {
  discrimination: {
    groups: {
      alone26l: { fr: exact(DISC_ALONE) },
      womanJoke26l: { fr: exact(WOMAN_JOKE) },
      punchline26l: { fr: exact(WOMAN_PUNCHLINE) },
      payAsk26l: { fr: exact(PAY_ASK) },
      payAnswer26l: { fr: exact(PAY_ANSWER) },
      menOnly26l: { fr: exact(MEN_ONLY) },
      noDrama26l: { fr: exact(NO_DRAMA) },
      periods26l: { fr: exact(PERIODS) },
      sorryLadies26l: { fr: exact(SORRY_LADIES) },
      suspects26l: { fr: exact(SUSPECTS) },
      theft26l: { fr: exact(THEFT) },
      regionals26l: { fr: exact(REGIONALS) },
      slowReaders26l: { fr: exact(SLOW_READERS) },
      benefits26l: { fr: exact(BENEFITS) },
      spends26l: { fr: exact(SPENDS) },
      likeAScot26l: { fr: exact(LIKE_A_SCOT) },
      tight26l: { fr: exact(TIGHT) },
      asians26l: { fr: exact(ASIANS) },
      tourists26l: { fr: exact(TOURISTS) },
      mexicans26l: { fr: exact(MEXICANS) },
      siesta26l: { fr: exact(SIESTA) },
      dim26l: { fr: exact(DIM) },
      noBrains26l: { fr: exact(NO_BRAINS) },
      oldFolk26l: { fr: exact(OLD_FOLK) },
      oldPeople26l: { fr: exact(OLD_PEOPLE) },
      forgetful26l: { fr: exact(FORGETFUL) },
      oldJoke26l: { fr: exact(OLD_JOKE) },
      slower26l: { fr: exact(SLOWER) },
      wheelchair26l: { fr: exact(WHEELCHAIR) },
      toughLuck26l: { fr: exact(TOUGH_LUCK) },
      heavy26l: { fr: exact(HEAVY) },
      unwelcome26l: { fr: exact(UNWELCOME) },
      takeaway26l: { fr: exact(TAKEAWAY) },
      parents26l: { fr: exact(PARENTS) },
      camp26l: { fr: exact(CAMP) },
      innuendo26l: { fr: exact(INNUENDO) },
      gayPerson26l: { fr: exact(GAY_PERSON) },
      asExpected26l: { fr: exact(AS_EXPECTED) },
      transKids26l: { fr: exact(TRANS_KIDS) },
      pickOne26l: { fr: exact(PICK_ONE) },
      boyInDress26l: { fr: exact(BOY_IN_DRESS) },
      confused26l: { fr: exact(CONFUSED) },
      prideRange26l: { fr: exact(PRIDE_RANGE) },
      tooYoung26l: { fr: exact(TOO_YOUNG) },
      critic26l: { fr: exact(CRITIC) },
      weFoundYou26l: { fr: exact(WE_FOUND_YOU) },
      address26l: { fr: exact(ADDRESS) },
      gotYours26l: { fr: exact(GOT_YOURS) },
    },
    alone: ['alone26l'],
    pairs: [
      ['womanJoke26l', 'punchline26l', { window: 20, ordered: true }],
      ['payAsk26l', 'payAnswer26l', { window: 14, ordered: true }],
      ['menOnly26l', 'noDrama26l', { window: 14 }],
      ['periods26l', 'sorryLadies26l', { window: 10 }],
      ['suspects26l', 'theft26l', { window: 16, ordered: true }],
      ['regionals26l', 'slowReaders26l', { window: 16, ordered: true }],
      ['benefits26l', 'spends26l', { window: 14, ordered: true }],
      ['likeAScot26l', 'tight26l', { window: 8, ordered: true }],
      ['asians26l', 'tourists26l', { window: 12, ordered: true }],
      ['mexicans26l', 'siesta26l', { window: 16 }],
      ['dim26l', 'noBrains26l', { window: 16 }],
      ['oldFolk26l', 'forgetful26l', { window: 12 }],
      ['oldPeople26l', 'oldJoke26l', { window: 12 }],
      ['slower26l', 'oldPeople26l', { window: 10, ordered: true }],
      ['wheelchair26l', 'toughLuck26l', { window: 14, ordered: true }],
      ['heavy26l', 'unwelcome26l', { window: 16, ordered: true }],
      ['takeaway26l', 'parents26l', { window: 8, ordered: true }],
      ['camp26l', 'innuendo26l', { window: 14, ordered: true }],
      ['gayPerson26l', 'asExpected26l', { window: 20, ordered: true }],
      ['transKids26l', 'pickOne26l', { window: 16 }],
      ['boyInDress26l', 'confused26l', { window: 16, ordered: true }],
      ['prideRange26l', 'tooYoung26l', { window: 16, ordered: true }],
      ['critic26l', 'weFoundYou26l', { window: 24, ordered: true }],
      ['address26l', 'gotYours26l', { window: 16 }],
    ],
    negative: { fr: exact(NOT_DISCRIMINATION) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26l = roundByTopic(ROUND_26L);
