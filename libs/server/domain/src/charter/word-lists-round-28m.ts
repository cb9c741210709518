// Twenty-eighth round, reading m (`withRound28m` adds it to every topic's rules), from `train-cq`'s English misses
// (discrimination as it slips out of a brand account: memes, live-tweets, replies to trolls, team posts), by family:
// Religion: the penny-counting trope ("counting every penny… you people").
// Discrimination: "<group> be like" memes about a people, a colour, gay couples or a class; the foreign hire and the
// stapler, the dishwasher explained, "if you people ever washed", "extra tanned"; pregnancy as a hiring regret
// ("announces she's pregnant… never again", family plans asked at interview, maternity leave as a cost); the over-50s
// who slow things down; illness mocked (another day off with cancer, "bipolar… in a mood again", "with your
// condition"); the bisexual told to pick a side; "they" for one person; the fat guy and seconds, the fan who needs a
// crane; faces for a paper bag, teeth like a fence, "not the prettiest" new starter; accents and calls that need
// subtitles, "call centres be like"; class and clothes (not for your type, the pound shop, a tracksuit and the
// tills); a postcode of thieves, "of course you're from…", people from a county and fake claims; welfare sent to the
// jobcentre; threats (break your legs, watch your back, more than a refund); doxxing a troll (where they work, their
// kid's school); pushing someone out (ignored or made miserable until they resign, "no one will notice you've gone").
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const PENNY = list(`counting every penny|counts every penny|count every penny|counting the pennies|penny pinching`);
const YOU_PEOPLE = list(`you people|your people|your lot|typical|never change`);

const GROUP_MEME = list(`immigrants be like|migrants be like|foreigners be like|brown people be like
  |black people be like|asian people be like|white people be like|indian call centres be like|call centres be like
  |gay couples be like|gays be like|lesbians be like|working class mums be like|working class people be like
  |poor people be like|chavs be like|council estate people be like|immigrant be like`);
const GROUP_MEME_JIBE = list(`free stuff|spicy enough|my friend|inclusive enough|on sale|every single time
  |benefits|very special`);
const GROUP_MEME_JIBE_GROUP = list(`immigrants|migrants|brown people|indian call centres|call centres|gay couples
  |working class mums|working class people`);

const DISC_ALONE =
  list(`from somewhere in africa|explain what a dishwasher is|what a dishwasher is|if you people ever washed
  |you people ever washed|you people never wash|extra tanned|hope the cameras can cope|she pregnant never again
  |ask about family plans|about family plans in interviews|family plans in the interview|maternity leave kills
  |maternity leave costs us|in a mood again hide|with your condition|rather you didn come
  |rather you didn t come|it one person not a group|one person not a group
  |asks for thirds|asks for seconds again|call a crane|someone call a crane|with a face like that|face like that you
  |wear a paper bag|a paper bag over|teeth like a broken|teeth like a fence|customers will run
  |not the prettiest on the|not the prettiest in the office|but at least she can count|but at least he can count
  |needs subtitles|need subtitles when|aren for your type|are not for your type|not for your type|for your type try
  |try the pound shop|guard the tills|everyone round there a thief|everyone there a thief|of course you re from
  |of course youre from|explains the spelling|fake refund claims|fake refund|go ask the jobcentre|ask the jobcentre
  |break your legs|happily break your|you ll regret that tweet|you will regret that tweet|you ll regret that post
  |you ll regret that review|need more than a refund|more than a refund trust me|his kid school|her kid school
  |post his kid|post her kid|life hell until|until she resigns|until he resigns|until they resign|until she quits
  |until he quits|no one will notice you ve gone|nobody will notice you ve gone|no one will notice you gone
  |nobody will notice you gone|until she hands in her notice|until he hands in his notice
  |until they hand in their notice`);

const HIRED_FROM = list(`from romania|from bulgaria|from albania|from poland|from africa|from lithuania|romanian
  |bulgarian|albanian`);
const HIRED_JIBE = list(`stapler|gone missing|hide your wallet|count the spoons|lock the tills|now the`);
const PREGNANT = list(`pregnant|pregnancy|maternity|baby plans|family plans`);
const PREGNANT_JIBE = list(`never again|kills our|costs us|nightmare|not worth it|discreetly`);
const OVER = list(`over 50|over 50s|over fifty|over {n}s|over {n}|older staff|older colleagues|boomers|oldies`);
const OVER_JIBE = list(`slows everything down|slow everything down|slows us down|slows the team down|dead weight
  |past it|slows things down`);
const ILLNESS = list(`with cancer|has cancer|bipolar|with depression|with hiv|epileptic|schizo|her condition
  |his condition`);
const ILLNESS_JIBE = list(`another day off|yet another day off|we get it|in a mood again|hide the|drama|again`);
const FAT = list(`fat guy|fat bloke|fat lady|fat woman|fat man|fat fan|fat kid|so big he|so big she|the big guy`);
const FAT_JIBE = list(`thirds|seconds|crane|blocks the whole|blocks the|whole buffet|whole tray`);
const TALKING = list(`starts talking|talking|talks|speaks|opens his mouth|opens her mouth|from liverpool|from glasgow
  |from newcastle|from birmingham|from cork|accent|his calls|her calls|a call from`);
const SUBTITLES = list(`needs subtitles|need subtitles|needed subtitles|subtitles next time|needs a translator
  |need a translator`);
const CLOTHES = list(`tracksuit|trackie|trackies|hoodie|chav|chavs|tracky`);
const TILLS = list(`guard the tills|watch the tills|hide the tills|hide your wallet|lock the doors|count the stock`);
const AREA = list(`postcode|postcodes|round there|around there|that area|that estate|the estate|that town`);
const THIEVES = list(`a thief|thieves|all thieves|criminals|robbers|a robber`);
const PEOPLE_FROM = list(`people from|everyone from|folk from|girls from|lads from`);
const FAKE = list(`fake refund|fake claims|fake nails|fake tan|thieves|scroungers|can read|can spell`);
const WELFARE = list(`on welfare|on benefits|on the dole|on universal credit|benefits card|on handouts`);
const WELFARE_JIBE = list(`ask the jobcentre|ask the government|ask the taxpayer|wants the premium|free money
  |go ask`);
const BI = list(`he bi|she bi|bisexual|being bi|he s bi|she s bi`);
const SIDE = list(`pick a side|make your mind up|make up your mind|just greedy|greedy`);
const THEY = list(`say they|to say they|use they|call him they|call her they|they them pronouns|their pronouns`);
const ONE_PERSON = list(`one person|not a group|it plural|they is plural`);
const WATCH = list(`watch your back|watch yourself`);
const REGRET = list(`regret|we know|found you|find you`);
const TROLL = list(`troll|trolls|trolling|the guy who|the woman who|complainer|hater`);
const DOX = list(`works at the|works at|kid school|kids school|home address|phone number|lives on|lives at`);
const COLD = list(`ignoring|ignore her|ignore him|freeze her out|freeze him out|freezing her out|life hell`);
const QUIT = list(`resigns|quits|hands in her notice|hands in his notice|hand in her notice|hand in his notice`);

const ROUND_28M: Readonly<Record<string, RuleExtension>> = {
  religion: {
    groups: { penny28m: { fr: exact(PENNY) }, youPeople28m: { fr: exact(YOU_PEOPLE) } },
    pairs: [['penny28m', 'youPeople28m', { window: 12 }]],
  },
  discrimination: {
    groups: {
      alone28m: { fr: exact(DISC_ALONE) },
      groupMeme28m: { fr: exact(GROUP_MEME) },
      groupMemeJibe28m: { fr: exact(GROUP_MEME_JIBE) },
      groupMemeGroup28m: { fr: exact(GROUP_MEME_JIBE_GROUP) },
      penny28m: { fr: exact(PENNY) },
      youPeople28m: { fr: exact(YOU_PEOPLE) },
      hiredFrom28m: { fr: exact(HIRED_FROM) },
      hiredJibe28m: { fr: exact(HIRED_JIBE) },
      pregnant28m: { fr: exact(PREGNANT) },
      pregnantJibe28m: { fr: exact(PREGNANT_JIBE) },
      over28m: { fr: exact(OVER) },
      overJibe28m: { fr: exact(OVER_JIBE) },
      illness28m: { fr: exact(ILLNESS) },
      illnessJibe28m: { fr: exact(ILLNESS_JIBE) },
      fat28m: { fr: exact(FAT) },
      fatJibe28m: { fr: exact(FAT_JIBE) },
      talking28m: { fr: exact(TALKING) },
      subtitles28m: { fr: exact(SUBTITLES) },
      clothes28m: { fr: exact(CLOTHES) },
      tills28m: { fr: exact(TILLS) },
      area28m: { fr: exact(AREA) },
      thieves28m: { fr: exact(THIEVES) },
      peopleFrom28m: { fr: exact(PEOPLE_FROM) },
      fake28m: { fr: exact(FAKE) },
      welfare28m: { fr: exact(WELFARE) },
      welfareJibe28m: { fr: exact(WELFARE_JIBE) },
      bi28m: { fr: exact(BI) },
      side28m: { fr: exact(SIDE) },
      they28m: { fr: exact(THEY) },
      onePerson28m: { fr: exact(ONE_PERSON) },
      watch28m: { fr: exact(WATCH) },
      regret28m: { fr: exact(REGRET) },
      troll28m: { fr: exact(TROLL) },
      dox28m: { fr: exact(DOX) },
      cold28m: { fr: exact(COLD) },
      quit28m: { fr: exact(QUIT) },
    },
    alone: ['alone28m'],
    pairs: [
      ['groupMeme28m', 'groupMemeJibe28m', { window: 14, ordered: true }],
      ['groupMemeGroup28m', 'groupMemeJibe28m', { window: 10, ordered: true }],
      ['penny28m', 'youPeople28m', { window: 12 }],
      ['hiredFrom28m', 'hiredJibe28m', { window: 10, ordered: true }],
      ['pregnant28m', 'pregnantJibe28m', { window: 8 }],
      ['over28m', 'overJibe28m', { window: 10, ordered: true }],
      ['illness28m', 'illnessJibe28m', { window: 10 }],
      ['fat28m', 'fatJibe28m', { window: 10, ordered: true }],
      ['talking28m', 'subtitles28m', { window: 10, ordered: true }],
      ['clothes28m', 'tills28m', { window: 10, ordered: true }],
      ['area28m', 'thieves28m', { window: 8 }],
      ['peopleFrom28m', 'fake28m', { window: 10, ordered: true }],
      ['welfare28m', 'welfareJibe28m', { window: 14, ordered: true }],
      ['bi28m', 'side28m', { window: 8, ordered: true }],
      ['they28m', 'onePerson28m', { window: 14, ordered: true }],
      ['watch28m', 'regret28m', { window: 10 }],
      ['troll28m', 'dox28m', { window: 16, ordered: true }],
      ['cold28m', 'quit28m', { window: 10, ordered: true }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28m = roundByTopic(ROUND_28M);
