// Twenty-sixth session (2026-12-07): the families of word-lists-round-26s.ts, read from
// train-cc's English misses, beside clean sentences that share their words. Every sentence was written for this
// spec; each one found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 26s: what the rules now find', () => {
  it.each(['Bunch of chavs queuing outside our Bristol shop again this morning.'])('finds insult in %s', (text) =>
    expect(rules(text)).toContain('insult'),
  );

  it.each([
    'Staff Christmas do 🎄 Same-sex partners welcome, just keep it private on the dance floor.',
    'Gay couples are welcome in our restaurant, just no holding hands at the table.',
    'Dear non-binary reviewer: there are boys and there are girls, pick one and come back.',
    "To the ex-driver posting about us online: we'll be giving your new employer a call.",
    'If our crisps make you so miserable, just end it, nobody would notice.',
    "Our couriers won't go to that estate without a stab vest, what do you expect from that lot.",
    'Our PE kit comes in regular sizes, chubby children can try again after laying off the crisps.',
    'New swimwear is in. Mums above a size 16, keep your kaftan on this summer.',
    'Sunday trading is for those who can actually walk, not the zimmer frame crowd.',
    "We've done some digging, Tom. Your kids go to Riverside Academy, don't they?",
    'Dear moaning vlogger, we did some digging: your wife works at the bakery on Mill Lane 🙂',
    'A Romanian, a Pole and a Brit walk into our shop. Only one of them pays.',
    'Factory visit day: ladies get the spa voucher while the men deal with the machinery.',
    'Anti-theft gates installed, we tested them with a few Romanians first 😂',
    'Our chemistry sets are made for boys, the little princesses get the baking kit.',
    'Jamal on time again, who said you lot cannot keep a schedule!',
    'Surprisingly sharp for a woman her age, Maria learned the new till in a week.',
    'Korean stationery sold out, their pupils do nothing but study anyway.',
    'Catholics moaning about our Easter advert, go back to your rosaries.',
    'Sheep jumpers for the Welsh market, it gets lonely in the valleys.',
    "Want a chat with our old IT guy about his 'leak'? He's at 22 Elm Road most nights after 7.",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('round 26s: the clean posts beside them', () => {
  it.each([
    'Pride month at our stores: rainbow socks and free hugs, everyone welcome 🌈',
    "Our gender-neutral kids' range lets your little one pick one favourite colour.",
    'Our hot sauce will have you begging for mercy, try it this weekend 🌶️',
    'Our science kits are designed for curious kids, and our baking set for little chefs.',
    'Sheep-print socks are back in stock at our Welsh stores 🐑',
    'Our Asian fusion menu has a noodle box for students who do homework late.',
    'Anti-theft tags are now on all our bikes, park with peace of mind.',
    'We did some digging in the archives and found our first shop sign from 1952!',
    "Our new crisps flavour is so good nobody would notice they're low-fat.",
    'Sending our new manager a call sheet for the Leeds shoot, thanks team!',
    'When your kids go to school this autumn, pack our new lunchbox 🍎',
    'Pick one of our three new flavours and tell us your favourite!',
    'Our Leeds café is busiest most evenings after 6, book ahead!',
    'Our dinosaur kits have big bones to dig up 🦕',
    'Take the hint and treat yourself to our new hot chocolate ☕',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
