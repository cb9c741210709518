// Twenty-seventh round, reading k (`withRound27k` adds it to every topic's rules), from `train-ci`'s English misses
// (discrimination as one clause inside an ordinary post, insults) and its clean posts flagged, by family:
// Insults: "the muppet who…", "absolute dopes", "a clueless bollix", "the ugly mug behind it".
// Religion: halal or kosher rules called medieval; a faith told its saints are made up, its members mocked for free
// food or money, a cow statue "will have to do"; a hiring filter on prayer ("do you pray?").
// Discrimination: surnames or accents as a hiring filter ("English surnames only", "elocution lessons", "too Black
// Country"); "the flight home", "whose country doesn't even have…"; the foreign-looking, Traveller kids, darker skin
// and Black streets watched or avoided; nationals mocked (the French and "thank you", Americans who shoot, German
// efficiency); women and "time of the month", "than she parks"; pregnancy and mothers (milking it, the bump, reviewed
// last, single mums and free tickets); the old (grandad and the phone, pensioners in the queue, "at your age");
// illness and disability (wheelchairs, HIV, cancer, antidepressants, diabetics, "made-up illnesses"); gay and trans
// staff ("that lifestyle", "your sort", "keep it to himself", "whatever they're calling themselves", "anything in
// between"); bodies and faces (chubby ones, the buffet, a gym membership, the plain ones, a nose that size, scars);
// class and postcodes (council estate, the right schools, "your level", rough estates, "the kind of people who live
// there", benefits and handouts); critics threatened ("we have your address", "we know where you drink").
// Clean: "religious commitments" in a hiring post.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const INSULTS = list(`to the muppet|the muppet who|the muppet in|you muppet|what a muppet|absolute dopes|absolute dope
  |like absolute dopes|bunch of dopes|clueless bollix|a bollix|you bollix|clueless eejit|eejits|shame about the ugly mug
  |your ugly mug|pauvre abruti|bande d abrutis`);

const FAITH = list(`halal|kosher|muslims|muslim|catholics|catholic|jews|jewish|rabbi|imam|hindu|hindus|sikhs|sikh
  |their church|musulmans|catholiques|juifs|hindous`);
const FAITH_JIBE =
  list(`medieval rules|medieval|all agree on is free food|agree on is free food|has made up|have made up
  |made up saints|good with money|you people are good|cow statue|will have to do|can read the label|moyenâgeux
  |doués avec l argent`);
const PRAY = list(`do you pray|do you go to church|are you religious|devout one|devout ones|tu pries|vous priez`);
const NEVER_AGAIN = list(`never again|more time quoting scripture|quoting scripture|jamais plus|plus jamais`);
const NOT_RELIGION = list(`work around religious commitments|around your religious commitments
  |around religious commitments|around religious holidays|around religious festivals`);

const DISC_ALONE = list(`english surnames only|english names only|british surnames only|british names only
  |english sounding names only|surnames only please|there always the flight home|always the flight home
  |always a flight home|the foreign looking ones|foreign looking ones|foreign looking customers|foreign looking people
  |watch the foreign looking|whose country doesn even have|your country doesn even have|their country doesn even have
  |even need to speak english|speaking english optional|is english optional|english is optional
  |your nation famous|nation famous efficiency|try not to shoot anyone|for once in their lives
  |darker than the new lad|darker than the new guy|darker than our new|follow anyone with darker|anyone with darker skin
  |the darker customers|from the darker|better than she parks|better than she drives
  |somebody having a time of the month|someone having a time of the month|must be her time of the month
  |milking the pregnancy|milking her pregnancy|milking the maternity|the bump doesn get you out
  |bump does not get you out
  |hire a pregnant woman|hiring a pregnant woman|hire pregnant women|requests from returning mothers
  |less time on here and more time with your kids|got the free tickets bless|gave up on cooking for their kids
  |explaining a phone to you|explain a phone to you|back in the queue six times|talk slowly and loudly
  |the oldies won understand|oldies won understand|at your age it might be easier|ask a carer to open it
  |don really shop for fashion|rather not get applications from anyone with|bend over backwards for wheelchair
  |made up illnesses|made up illness|made up allergies|fussy eaters with made up|don apply if you had cancer
  |don apply if you ve had cancer|if you on antidepressants|if you re on antidepressants|keel over on live
  |brought it on themselves|people will think you gay|people will think you re gay|pushing that lifestyle
  |push that lifestyle|that lifestyle on kids|not a pride thing|brand for your sort|for your sort then
  |keep it to himself|keep it to herself|whatever they calling themselves|whatever they re calling themselves
  |calling themselves this week|whatever that means she|trans nonsense|pander to the trans|the trans agenda
  |anything in between please apply elsewhere|anything in between apply elsewhere|woke up a different gender
  |woke up as a different gender|clearly been at the buffet|been at the buffet all|the chubby ones
  |enough biscuits for one lifetime|should be buying a gym membership|anyone bigger should
  |parents let them eat whatever|carrying a few extra stone|not fat ones|bigger people eating|just looks greedy
  |reinforced chair for the|take the hint and stop coming|larger regulars|leave the plain ones|the plainer ones
  |move the plainer|with a nose that size|nose that size he|ones with facial scars|people with facial scars
  |shame about the ugly mug|mouthful of gravel|need elocution lessons|elocution lessons first|sounded too black country
  |talks like that|understand a word they say|council estate crowd|better class of customer|from the right schools
  |polish rough edges|more your level|trackie and trainers lot|trackie and trainers crowd|so working class families can
  |dumbed the presentation down|the common lot|rough end of town|kind of people who live there
  |kind of people who live round there|those households won pay|anyone with a moss side address
  |one of the rough estates|from the rough estates|keep getting mugged round there|getting mugged round there
  |decent folk in the|that the crowd who|got off benefits and found a job|get off benefits and find a job
  |living off handouts|rest of your benefits on|on benefits for three generations|on benefits for generations
  |we have your account and your address|keep posting like that and|how long your supply stays on
  |we know where you drink|we know your face and`);
const TRAVELLER = list(`traveller kids|traveller children|traveller families|travellers kids|travellers|gypsy kids
  |gens du voyage`);
const KEEP_OUT = list(`don let|do not let|won let|not allowed|wreck the place|keep out|keep them out|on ne laisse pas`);
const BLACK = list(`black families|black customers|black people|black lads|asian families|so many black`);
const NERVOUS = list(`nervous|uneasy|feel unsafe|scared|you understand`);
const NATIONALS = list(`the french|americans|the germans|german customer|the irish|the scots|the poles|the italians`);
const CLICHE = list(`say thank you for once|shoot anyone|famous efficiency|nobody asked for your nation`);
const MUMS = list(`the mums|mums|mothers|single mums|pregnant|pregnancy|expecting|the bump`);
const MUMS_JIBE = list(`call in sick every time|only call in sick|reviewed last|suck it up|got the free tickets
  |right before 9 months off|9 months off|knowingly hire`);
const OLD = list(`grandad|grandads|grandma|pensioners|oldies|the oldies|old folk|old dears|at your age`);
const OLD_JIBE = list(`get your grandkids to|spend all day explaining|one each please|slowly and loudly
  |won understand|ask a carer`);
const ILL = list(`wheelchairs|wheelchair users|a disability|disabled|hiv|coeliacs|cancer|antidepressants|diabetic
  |diabetics|autistic`);
const ILL_JIBE = list(`don really shop|rather not|bend over backwards|taking up half|makes the crew uncomfortable
  |rota of his own|rota of her own|made up|count on long term|stay home on launch|keel over|hide the biscuits
  |brought it on themselves|isn worth it`);
const TRANS = list(`non binary|nonbinary|transitioning|trans|they them|new name you asked for|the new name`);
const TRANS_JIBE = list(`whatever that means|nonsense|keep her off|keep him off|that voice|always be samuel
  |you ll always be|you will always be|still wears`);
const GENDERS = list(`men and women welcome|men and women`);
const BETWEEN = list(`anything in between|anyone in between|whatever is in between`);
const PRIDE = list(`rainbow flag|pride flag|rainbow lanyard|pride thing`);
const KEEP_IT = list(`keep it to himself|keep it to herself|keep it to themselves|how long before`);
const WIVES = list(`wives at the|wives|husbands`);
const NOT_PARTNERS = list(`not boyfriends|not girlfriends|if you know what we mean`);
const POSTCODES = list(`postcodes|postcode|households|address`);
const AREA_JIBE = list(`getting mugged|won pay|argue with the engineer|ask for id|don feel safe|rough estates`);
const ACCENTS = list(`geordie|scouse|brummie|black country|glaswegian|accent|accents`);
const ACCENT_JIBE = list(`elocution|nobody buys|talks like that|nobody down south understands|subtitles please`);

const ROUND_27K: Readonly<Record<string, RuleExtension>> = {
  insult: { groups: { alone27k: { fr: exact(INSULTS) } }, alone: ['alone27k'] },
  religion: {
    groups: {
      faith27k: { fr: exact(FAITH) },
      faithJibe27k: { fr: exact(FAITH_JIBE) },
      pray27k: { fr: exact(PRAY) },
      neverAgain27k: { fr: exact(NEVER_AGAIN) },
    },
    pairs: [
      ['faith27k', 'faithJibe27k', { window: 16 }],
      ['pray27k', 'neverAgain27k', { window: 24, ordered: true }],
    ],
    negative: { fr: exact(NOT_RELIGION) },
  },
  discrimination: {
    groups: {
      alone27k: { fr: exact(DISC_ALONE) },
      faith27k: { fr: exact(FAITH) },
      faithJibe27k: { fr: exact(FAITH_JIBE) },
      pray27k: { fr: exact(PRAY) },
      neverAgain27k: { fr: exact(NEVER_AGAIN) },
      traveller27k: { fr: exact(TRAVELLER) },
      keepOut27k: { fr: exact(KEEP_OUT) },
      black27k: { fr: exact(BLACK) },
      nervous27k: { fr: exact(NERVOUS) },
      nationals27k: { fr: exact(NATIONALS) },
      cliche27k: { fr: exact(CLICHE) },
      mums27k: { fr: exact(MUMS) },
      mumsJibe27k: { fr: exact(MUMS_JIBE) },
      old27k: { fr: exact(OLD) },
      oldJibe27k: { fr: exact(OLD_JIBE) },
      ill27k: { fr: exact(ILL) },
      illJibe27k: { fr: exact(ILL_JIBE) },
      trans27k: { fr: exact(TRANS) },
      transJibe27k: { fr: exact(TRANS_JIBE) },
      genders27k: { fr: exact(GENDERS) },
      between27k: { fr: exact(BETWEEN) },
      pride27k: { fr: exact(PRIDE) },
      keepIt27k: { fr: exact(KEEP_IT) },
      wives27k: { fr: exact(WIVES) },
      notPartners27k: { fr: exact(NOT_PARTNERS) },
      postcodes27k: { fr: exact(POSTCODES) },
      areaJibe27k: { fr: exact(AREA_JIBE) },
      accents27k: { fr: exact(ACCENTS) },
      accentJibe27k: { fr: exact(ACCENT_JIBE) },
    },
    alone: ['alone27k'],
    pairs: [
      ['faith27k', 'faithJibe27k', { window: 16 }],
      ['pray27k', 'neverAgain27k', { window: 24, ordered: true }],
      ['traveller27k', 'keepOut27k', { window: 8 }],
      ['black27k', 'nervous27k', { window: 14 }],
      ['nationals27k', 'cliche27k', { window: 14 }],
      ['mums27k', 'mumsJibe27k', { window: 14 }],
      ['old27k', 'oldJibe27k', { window: 14 }],
      ['ill27k', 'illJibe27k', { window: 12 }],
      ['trans27k', 'transJibe27k', { window: 16 }],
      ['genders27k', 'between27k', { window: 8, ordered: true }],
      ['pride27k', 'keepIt27k', { window: 14 }],
      ['wives27k', 'notPartners27k', { window: 8, ordered: true }],
      ['postcodes27k', 'areaJibe27k', { window: 16 }],
      ['accents27k', 'accentJibe27k', { window: 16 }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound27k = roundByTopic(ROUND_27K);
