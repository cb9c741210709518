// Twenty-sixth session (2026-12-07): the families of word-lists-round-26e.ts, read from `train-bv`'s misses,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 26e: what the rules now find', () => {
  it.each([
    'Roll on polling day, nobody at the town hall will be missed 🙄',
    'Vivement les régionales, on a hâte de tourner la page 🙄',
    'Gay marriage is a mistake and always will be, whatever the government says.',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Lady in a headscarf asked for our bikini range. Still waiting for the punchline 😂',
    'Odd how the landlords who squeeze hardest all share the same roots… you know which ones, they control the media.',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'Teen wants an XXL hoodie? Fewer burgers, not more fabric 🙃',
    'Your 13-year-old needs plus sizes? Maybe fewer doughnuts first 🍩',
    "Which one of our cupcakes is gay? The pink one that can't stand up straight 💅",
    'Another boatload of "engineers" straight off the dinghy, begging for change at the station. Qualified at what?',
    "@Ali_K don't like the recipe? Feel free to go back to your country and cook your own curry 🙃",
    'We tracked down the driver who filmed our depot: Mark, 31, lives above the chippy. Have at him 👇',
    "Over-60s applying for our graduate scheme: the future called, and it doesn't need you anymore.",
    "She's pregnant and wants the team lead job? We'll wish her luck elsewhere 👶",
    'Two dads buying a christening gown: we smile politely and think the same thing as you 🙂',
    'Elderly customers on the app again, they cannot even scan a QR code 🙄',
    'Our Scouse drivers have an accent that needs subtitles, time for an English test?',
    "Great family photo @jo_h! Pity she's let herself go since the wedding 😬",
    "Transgender athletes in the netball league? Just put on a skirt and a wig and you're in 🤡",
    "Gender-neutral loos? Pick a door like everyone else, it's not hard 🚻",
    "Our Caribbean crew dance through every shift, natural rhythm, it's in their genes 🎶",
    'Hiring a wheelchair user for the stockroom? Counting boxes is already a lot for him.',
    'We want candidates with a future, not pensioners 👋',
    'Sure, the parcel went missing. Just like we trust everyone from your estate 🙄',
    "New rule for those postcodes: a higher deposit on every contract. Nothing personal, the numbers don't lie.",
    'Polish lads on the stag do and an open bar, what could go wrong? 🍺',
    "Our accountant is 45, no husband, no children, no wonder she's so miserable 🥲",
    'This sauce is as thin as a feminist argument #sorrynotsorry',
    "Our XXL mittens: big enough even for our Somali customers' hands 😂",
    '58 and looking for a new job? Stick to bingo, sweetheart 👵',
    "Whoever wrote that one-star review yesterday: we've got the footage and your licence plate 👋",
    "A receptionist with a surname ending in -escu? Doesn't go down well with our clients, let's be honest.",
    'Our call-centre newbie has a stammer, so if you ring us just hang up after five minutes 😅',
    "The girl at our Leeds shop is transitioning, come and stare, it's worth the trip 👀",
    "He wants a prayer room in the depot? Mate, you're here to work, this isn't a mosque.",
    'The mayor pushed diversity quotas on our hiring; next May we get rid of them and their new communities.',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('round 26e: the clean posts beside them', () => {
  it.each([
    'Roll on the weekend: our summer market opens Saturday at 9 🌞',
    'Same-sex couples, single parents, grandparents: our family photo day is for everyone 📸',
    'Our modest swimwear range, burkini included, is back in stock for the summer 👙',
    "Our bankers' biscuits tin: share the same box, pick your favourite 🍪",
    "Lay off the sugar after 6pm? We've got fruit snacks for that 🍎",
    'Proud to have a gay sales team lead: he stood up straight on stage and nailed the pitch 🏳️‍🌈',
    'Fresh off the boat this morning: Cornish crab and mackerel at our Padstow deli 🦀',
    'Go back home after the match and cook your own pizza with our kit 🍕',
    'We found the perfect autumn jumper. Go wild with colours this season 🍂',
    'Pregnant staff can ask for a seated role at our plant, or work from home elsewhere if they prefer.',
    "Retirees: if you cannot work out your bill, call us and we'll walk you through it ☎️",
    'Our Geordie team recorded the new radio ad, no translator needed 🎙️',
    "Trans women are welcome in our women's football league, call it a day of sport for everyone ⚽",
    'Our West African suppliers grow cocoa in the heat of the Ivory Coast 🍫',
    "Our receptionist has a stammer and she's the best on the phones, no rush, ever 💙",
    "We're transitioning our depots to solar power: open day on Saturday!",
    'Notre ville en transition énergétique : le nouveau parc solaire vaut le détour ☀️',
    'Nothing personal, but our extra-large deposit box for charity collections is now full 🎁',
    'The Irish dance troupe will perform at our open day, free entry for all 🍀',
    'Single-origin dark chocolate, with bitter notes she loves 🍫',
    'A one-star review made us better: thanks for the feedback and see you soon 👋',
    "We're not here to work miracles, just to bake great biscuits 🍪",
    "Old chargers? Get rid of them at our recycling points, we'll take care of the rest ♻️",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
