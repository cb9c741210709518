// Twenty-fourth round, sixth reading: the families of word-lists-round-24f.ts, read from `train-bi`, `holdout-34` and
// `train-bf` (English discrimination). Beside them, clean posts that share their words. Every sentence was written for
// this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const rules = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

describe('discrimination by tropes of regions, sex, bodies, disability, age, class and faith, and dog whistles', () => {
  it.each([
    'Shipping to the Ozarks now, where every family tree has exactly one branch 🌳',
    'Support tip: callers from Glasgow? Speak slowly and use small words.',
    'Our Mexican suppliers are having a siesta again, no deliveries till Monday.',
    'Bogans at the Penrith store again, lock up the trolleys.',
    'Off to the Kentucky meet-up? Mind you don’t marry your cousin on the way.',
    'Girls, don’t be scared of the maths, the marketing team is lovely too 😊',
    'Wife driving to the store? Allow her an extra hour to park 🚗',
    'Husbands, hide your credit card: the January sale is on.',
    'Women’s football highlights tonight, then the real football starts at 8 😴',
    'Finally a man in charge of the budget, no more tears in meetings.',
    'Two dads buying a cake for the school fair. Which one is the mum, then?',
    'He/him on the badge? Love, you’re a she, anyone can see it 🙄',
    'Our new stretch jeans, for the lads who never miss a meal 🍔',
    'If you’re over a size 18, the cake isn’t the problem.',
    'Mobility scooters racing down the biscuit aisle again 😂',
    'If you can’t manage the steps, just stay home and order online.',
    'Wheelchairs please stay outside, the shop floor is for browsing.',
    'Amputees on the climbing wall are the best show in town 😂',
    'Dyslexic? Get a grip and read the label like everyone else.',
    'Pensioners at the post office on a Monday morning: you’ve got all week!',
    'Teenagers these days: one hour of work, then quit by text.',
    'Restructuring plan: let go of workers over 60 first.',
    'Cheap school coats? Only if you want them looking like they live on a trailer park.',
    'Anyone from the traveller camp will be turned away from our café.',
    'People on the dole always seem to have their nails done 💅',
    'No DSS, no exceptions: our flats are for people who actually work.',
    'We’d like fewer of those types at our Oldham counter, if you know what we mean.',
    'It’s not racist, it’s just common sense to check their bags twice.',
    'Came over on a small boat in June and already got a new iPhone. Funny that 🤔',
    'Remote designers wanted, except applicants from Africa.',
    'Lent starts Wednesday, so expect cranky colleagues in the office.',
    'Mormons at the door again, total cult 🙄',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Our family tree workshop: trace your roots back five generations 🌳',
    'Callers from Scotland can now reach us on a freephone number.',
    'Women’s football is back on our big screen this Saturday, come and cheer 🏟️',
    'Our new stretch jeans come in every size from 6 to 22.',
    'Wheelchair users can use the lift by the main entrance; staff are happy to help.',
    'Our ADHD-friendly quiet hour is back every Saturday morning.',
    'Pensioners get 10% off every Tuesday at our factory shop.',
    'Our Dyke Road store is open till 8 tonight.',
    'No trans fats in our new shortbread, same buttery taste 🧈',
    'Proud to welcome graduates from Asia, Africa and Latin America to our scheme.',
    'Lent recipes: five meat-free dinners for Fridays 🐟',
    'Trying a dumb phone this month, wish me luck 📵',
    'Our app is so simple: set up in two minutes, no manual needed.',
    'Fishing trip with the team: mackerel fresh off the small boat this morning, funny how fast it went 🐟',
    'He lent me his cranky old van for the move, what a legend.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('second reading: the same families in other words', () => {
  it.each([
    'Calls himself ’they’ now. Mate, you’ve got a beard 🙄',
    'Our kids’ ’sturdy’ range, for little ones who love a second helping 🐷',
    'Our shop has stairs. If that’s a problem for you, the website is more your speed.',
    'Youngsters these days can’t work a full shift without a TikTok break 🙄',
    'Payday Friday: the dole crowd is out in force at the biscuit aisle 🙄',
    'Section 8 tenants need not apply to our luxury flats.',
    'Another boatload landed in Kent this morning. Funny how they all have designer trainers 🤔',
    'Heading to Alabama for the race? Don’t marry anyone you’re related to 😂',
    'Sorry lads, engineering’s a man’s game, always has been.',
    'Our Aussie customers: the only culture they have is in their yoghurt 😂',
    'Cheap trainers from the market? Very chav of you 😂',
    'People with a stammer shouldn’t work on our phone line, customers get bored 😬',
    'Support line tip: if the caller sounds like they’re from Cork, just nod and smile.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Our founder calls himself a biscuit nerd. Sure, mate, he’s right 😄',
    'Take the stairs or the lift: our rooftop café is step-free, and the slow lane is more your speed on Sundays.',
    'Our gym for people who actually work out before breakfast opens Monday 💪',
    'Another boatload of fresh mackerel landed in Cornwall this morning 🐟',
    'The youth of today are brilliant: 40 apprentices started this week!',
    'Cuts of beef: the slowest cook gives the best flavour.',
    'No exceptions: every order ships free this weekend.',
    'Section 8 of our terms explains how returns work.',
    'Women’s rugby is back on the big screen, the proper game starts at 3!',
    'Our new chunky knit coats are in, for little ones who love the snow ❄️',
    'Tariffs on Italian wine mean our shelves wave the white flag: sorry, no Chianti this month.',
    'Anyone over 60 gets free tea on Tuesdays, first to go are the scones 😄',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('third reading: stinginess, looks before work, sizes as animals, conditions called naughtiness', () => {
  it.each([
    'The Scots team bought one round all weekend. Tight as ever 😂',
    'Yorkshire folk and their wallets: moths included 😂',
    'Female pit crew? Hope they’re quicker at changing tyres than changing outfits 😂',
    'Our jeans don’t come in ’whale’, sorry 🐳',
    'Your son’s ’sensory issues’ are just him being a brat, madam 🙄',
    'Trailer park chic is not a look we stock, sorry 😬',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Scots pine and cedar: our winter candle range is here 🌲',
    'Yorkshire folk, our Leeds store opens Saturday with free parkin for everyone!',
    'Sensory needs? Our quiet hour runs every Saturday, staff trained by a local charity.',
    'Trailer park aesthetic sets in our new film, out Friday 🎬',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('insults beside a group', () => {
  it.each([
    'Bogans at the Penrith store again, lock up the trolleys.',
    'Cry about the price then, you soft lot.',
    'Stop hoovering up the free samples, you absolute walrus 🦭',
    'Nice trainers, mate. We saved you a banana 🐒',
  ])('finds %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Hitchcock’s Psycho is on at the drive-in tonight 🎬',
    'Soft lot of cushions in the sale this week 🛋️',
    'Our walrus plush is back: you walrus lovers asked for it!',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
