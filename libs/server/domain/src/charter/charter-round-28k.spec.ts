// Twenty-eighth session (2026-12-07): word-lists-round-28k.ts, read from train-co's clean posts of live events, sport,
// memes and pop culture. Each clean sentence was written for this spec and was flagged before its negative; the
// sentences beside them, with the banned use next to the same words, are still found.
import { ruleCategories as rules } from './spec-rules';

describe("round 28k: a driver's fluid lost in a race, a pig's name, saints and sinners as a print stay clean", () => {
  it.each([
    'Race fact: in Qatar our drivers lose up to 4kg of fluid between lights out and the chequered flag.',
    'A driver can shed 3kg in sweat during a night race, so the cool-vest matters.',
    'Marathon tip from our running club: you can lose 2 kg in sweat on a hot day, so drink early.',
    'Our rookie lost 2kg during the race. Cockpit temps hit 60°C!',
    'Piggy in the middle is back at the school fete, are you in?',
    'New piggy bank socks for your little saver 🐷',
    'Miss Piggy would love your pink tutu, honestly.',
    'This little piggy went to market, and you went straight to bed 🐷💤',
    'Saints and Sinners dessert box: which half will you eat first?',
    'Saints or sinners? Pick your pudding and tell us below 👇',
    'Saints & Sinners tees are back in sizes 2 to 10.',
  ])('%s', (text) => expect(rules(text)).toEqual([]));

  it.each([
    'Lose 3kg in a week with our new biscuits, no gym needed!',
    'Our shake helps you lose 4kg of belly fat in a month.',
    'Drivers lose 3kg of fluid in a race; with our tea you lose 3kg of fat in a week.',
  ])('still finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));

  it.each([
    'Look at you, piggy, lay off the pies before the photo.',
    "Oi piggy, you won't fit in the size 8, try the next shop.",
    'Put your coins in the piggy bank, piggy, and buy yourself a gym pass.',
  ])('still finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Only sinners go to hell: repent and pray with us tonight.',
    'Sinners who skip Mass will burn, says our founder.',
    'Saints and sinners alike: repent and pray, the Lord is coming.',
  ])('still finds religion in %s', (text) => expect(rules(text)).toContain('religion'));
});
