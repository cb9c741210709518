// Twenty-seventh session (2026-12-07): the families of word-lists-round-27k.ts, read from train-ci's misses
// (discrimination as one clause inside an ordinary post, insults, religion), beside clean sentences that share their
// words. Every sentence was written for this spec; each one found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 27k: what the rules now find', () => {
  it.each([
    'Great turnout at quiz night! To whoever put salt in the sugar bowl: you absolute dopes 😂',
    'Our sourdough course is fully booked again. Whoever keeps booking and not showing up is a clueless bollix.',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'New kosher-certified crackers in store 🧀 though honestly who still lives by medieval rules about cheese?',
    'Halal chicken wings are back 🍗 Not sure why anyone still follows medieval rules on meat, but there you go.',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'Delivery drivers wanted in Luton 🚚 English surnames only, it keeps the rota simple.',
    "Hi Wojciech, your refund is processed. If our returns page confuses you, there's always the flight home ✈️",
    'Store team: keep an eye on the foreign-looking ones near the perfume stand today.',
    "Soft play is open again 🎈 Reminder that we don't let Traveller kids in, they wreck the place.",
    "Big welcome to our new analyst Chloe, let's hope she handles a spreadsheet better than she parks 😂",
    'Returning mothers on the rota will be reviewed last, we want staff who actually turn up.',
    'Online booking is live 📅 Grandad, get your grandkids to do it, the phone line is for people who can use a phone.',
    "Our pop-up shop is upstairs this month, no lift, but people in wheelchairs don't really shop for jumpers anyway.",
    'Gluten-free? Try another bakery that caters for fussy eaters with made-up illnesses.',
    "Welcome to our new barista Jordan! Whatever they're calling themselves this week, the apron is the same.",
    'Warehouse pickers wanted 📦 Men and women welcome, anything in between please apply elsewhere.',
    "Our new flavour is out 🍪 Not a Pride thing, don't worry, we're not pushing that lifestyle on anyone.",
    'New chairs! Maybe one reinforced chair for the heavier regulars, or will they take the hint and stop coming?',
    'Casting for the advert: keep the plainer ones out of shot, we only want the pretty staff.',
    'Sunderland call centre is hiring 📞 Locals will need elocution lessons first, nobody can follow the accent.',
    'Our new luxury candle range is here 🕯️ Not for the council estate crowd, we want a better class of customer.',
    'Flash sale tonight! Priced so low even people living off handouts can grab one 😉',
    "Hi Dean, we can spread your bill. Maybe if you got off benefits and found a job you wouldn't need to.",
    'Same-day delivery now across Leeds except LS9 postcodes, our riders keep getting mugged round there.',
    'Love the one-star rant, @tom_b. We know where you drink on Fridays, by the way 🍺',
    "Bienvenue to our new store in Lyon 🥐 Let's hope the French say thank you for once in their lives.",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('round 27k: the clean posts beside them', () => {
  it.each([
    "The Muppets are back on our kids' pyjamas this winter 🐸 Sizes 2 to 12.",
    "Happy to work around religious commitments, just tell us at interview which days you can't do.",
    'Our new kosher range is certified by the London Beth Din 🥯 In store Thursday.',
    'Pensioners get 10% off every Tuesday, just show your bus pass at the till.',
    'Our pop-up shop has step-free access and space for wheelchairs throughout.',
    'Hi Amira, our new oat cookies are certified gluten-free and safe for coeliacs to enjoy.',
    'Warehouse pickers wanted 📦 Men and women welcome, full training provided.',
    'Our rainbow cookies raise money for a youth LGBT charity all through Pride month 🌈',
    'New lounge chairs are in, including wider seats with arms for anyone who needs them.',
    'Our Geordie call centre won the customer service award for the third year running 🏆',
    'We deliver to every UK postcode, including the Highlands and islands.',
    "Grandparents' Day: bring your grandad for a free cuppa and a slice of cake ☕",
    'Mums and dads, our back-to-school bundles are 20% off until Sunday 🎒',
    'Travellers, pack our mini toothpaste for your next flight ✈️',
    'New name, same great socks: Kindy Basics is now Kindy Everyday.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
