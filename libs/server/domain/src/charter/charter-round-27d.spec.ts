// Twenty-seventh session (2026-12-07): the families of word-lists-round-27d.ts, read from train-ce's English misses
// for discrimination, beside clean sentences that share their words. Every sentence was written for this spec; each
// one found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 27d: what the rules now find', () => {
  it.each([
    "Warehouse team hiring in Hull! We favour applicants from the posher postcodes, they're more reliable 😉",
    'Catalogue shoot next week: more posh kids and fewer estate kids in the front row please.',
    'Our big-screen bundle is here, perfect for the lot on the dole who somehow afford a giant telly anyway.',
    'Trainee roles go to Russell Group grads. Everyone else can try a call centre 😉',
    "Husband on uniform duty this term? Bless him, blokes can't match clothes anyway 😂",
    'Our new whisk: stir like a chef, or stir like a girl and get batter all over the kitchen 😂',
    "Honest note on our welding course: women tend to quit, so we've only 3 places for them.",
    'Promotions at Orvea go on merit, which is why senior management is still all male. Long may it last.',
    "Happy Women's Day, wives! 20% off bakeware, since the kitchen is still your place 😉",
    "New tee range for tots: 'Boys Code, Girls Shop'. Some traditions are worth keeping 😉",
    'Project managers wanted: we need finishers, not working mums who disappear at half four.',
    "Welcome back from sick leave, Dan! Don't bother coming back on Monday, we've hired your replacement 🙂",
    "Receptionist position, Leeds office: must not be pregnant, we can't afford the cover.",
    "Christmas party for everyone, even Alex, who still hasn't made up his mind if he's a he or a she 😂",
    'Note for trans colleagues: changing rooms go by biological sex. The door you came in is still open.',
    'The lesbian couple in our Christmas ad upset viewers, so we pulled the ad. Proper families next year.',
    'Match day at our stand: please leave your rainbow flags in the car, ta.',
    "Casting for our new campaign: if you remember dial-up, you wouldn't fit in 😅",
    'Brand ambassador wanted for our protein bars: flawless skin and model looks, no exceptions.',
    'Bev in finance is 64 and still refuses to retire 🙄 Some of us want that promotion!',
    'The old dears at our Bath café held up the queue for ages again, growing old too 😂',
    "Our new kids' tablet is easy enough for the technologically hopeless grandparents too 👴😂",
    'Gym mirrors replaced because fat people put off the paying members, sorry not sorry 💪',
    'Hiring for our city café: no applicants above a size 14, the aisles are narrow 😬',
    "Love the new staff photo, but we'll airbrush him slimmer before it goes on LinkedIn 😅",
    'Mental health days? Those are for snowflakes. Real crews work through it 💪',
    'Busy day at the Aberdeen stall! Even the Aberdonians opened their wallets this time 😂',
    'Our new night crew are Albanians, so no wallets lying around the canteen please 👀',
    'Our MC did his famous Indian shopkeeper accent at the staff party, what a laugh 😂',
    "@sam_reviews we've forwarded your complaint to your employer, since you post during work hours 😉",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('round 27d: the clean posts beside them', () => {
  it.each([
    'Applicants from every postcode in Hull are welcome at our warehouse open day.',
    'Kids from the estate and their families are welcome at our free summer workshop.',
    'Families on benefits can claim 20% off our value range with a Kindy card.',
    'Our trainee roles are open to graduates from any university, and to school leavers.',
    "Dads can't resist our new barbecue sauce, bless them 🍖",
    "Run like a girl, win like a pro 💪 Proud sponsor of the Leeds girls' league.",
    'Girls tend to drop out of engineering at 16, so our bursary pays for their whole course.',
    'We hire on merit and welcome all men and women who love engineering.',
    'Ladies, if the kitchen is your happy place, our new stand mixer is on offer this week.',
    'Our two-dads advert got complaints, and we are not taking it down ❤️',
    'Pride weekend at the track: rainbow flags and family-friendly fun for everyone 🌈',
    "If you remember the 90s, you'll love our retro socks range.",
    'Congratulations Claire on starting maternity leave! No permanent replacement: your desk is waiting for you 👶',
    'Counting down to retirement after 40 years, Jan! Our dinosaur exhibit team will miss you 🦖',
    "Our elderly customers asked for more seats by the tills, so we've added them.",
    "Mental health days are not for the weak, they're for everyone. Take yours.",
    'Even the Scots paid tribute to our new shortbread at the Glasgow show.',
    'Our new colleagues from Romania have joined the Leeds depot, welcome to the team!',
    'Chinese New Year at our Soho store: free dumplings for the first 50 customers 🥟',
    "We've forwarded your complaint to our store manager, she'll call you back today.",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
