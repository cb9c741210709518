// Twenty-eighth session, reading m (2026-12-07): the families of word-lists-round-28m.ts, read from train-cq's misses
// (discrimination as it slips out of a brand account: memes, live-tweets, replies to trolls, team posts and job ads),
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 28m: what the rules now find', () => {
  it.each([
    'Refund sent, @dan_g. Counting every penny as usual, typical of your lot 🙄',
    'Of course he asked for the 5p back, your people are always counting every penny 😬',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'Refund sent, @dan_g. Counting every penny as usual, typical of your lot 🙄',
    "Migrants be like: 'any free stuff in the goodie bag?' 🙃 anyway the sale starts Monday",
    "Brown people be like 'not spicy enough' about our ginger biscuits lol",
    "Gay couples be like 'is the ad inclusive enough' mate it's a yoghurt",
    'Our new packer is from Bulgaria, and now the stapler has gone missing, coincidence? 🤔',
    "Welcome to the new lad, from somewhere in Africa, so we've got to explain what a dishwasher is 😅",
    "Lovely reviews from the Paris shop, we'd reply faster if you people ever washed 😷",
    "Hired a new buyer and two months in she's pregnant. Never again, honestly.",
    "Managers, remember to ask about family plans in the interview, we can't afford more leave.",
    "Over 50s on the night shift just slow everything down, it's not personal #justsaying",
    'Our accountant has cancer and wants yet another day off, we get it, we really do 🙄',
    'Bipolar Dave in sales is at it again, hide the good biscuits 🙃',
    "New hire told us he's bi on day one, pick a side, Josh 😂",
    "HR wants us to say 'they' for Sam, mate it's one person, not a group 🙄",
    'POV: the fat bloke at the stand comes back for seconds 🐷',
    'Live: that fan is so big he blocks the whole of the pit straight, someone call a crane 😂',
    'Thanks for the selfie, Kim! With a face like that you should wear a paper bag, not our beanie',
    'Meet Lauren, our new cashier 🎉 not the prettiest in the office, but at least she can count',
    'POV: the new rep opens his mouth on the sales call and the client needs subtitles 🙄',
    '@gemma_x our desserts are not for your type, try the pound shop instead',
    'POV: a lad in a trackie walks in and you guard the tills 😬',
    "Stopping deliveries to BD3, everyone round there's a thief anyway",
    "@liam_r of course you're from Hull, explains the spelling 😂",
    'Girls from Luton be like: fake nails, fake lashes, fake refund claims',
    'Someone on benefits moaning about a £2 tub? go ask the jobcentre for a refund 😂',
    "@gav_1 one more review like that and we know lads who'd happily break your legs",
    "You'll regret that review, @tina_b. Watch your back 👀",
    'Found the troll from last night: works at the garden centre on Mill Lane, say hi 👋',
    "POV: we tracked down the troll and posted his kid's school, enjoy 😈",
    'We all ignore Kayleigh at lunch until she hands in her notice, works every time 😇',
    "Make his life hell until he resigns, that's the management style here #jk",
    'Shout-out to Fergus on the helpline, half his calls need subtitles but we love him 😂',
    "@kezza_b close the account then, nobody will notice you've gone 👋",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('round 28m: the clean posts beside them', () => {
  it.each([
    'Counting every penny this month? Our basics range starts at 99p 🧦',
    'Women in engineering be like: designed the wing, fixed the telemetry, still made the 9am 💪',
    'People from Essex be like: first to spot our new flavour on the shelf 🙌',
    'Expecting? Congrats! 26 weeks of parental leave at full pay, your job is waiting 🍼',
    'Our over 50s running club meets every Sunday at the Leeds store, all paces welcome 🏃',
    'Proud to sponsor the cancer charity fun run, our team took the day off to walk it 💚',
    'Our intern is bi and just launched our LGBTQ+ staff network 🏳️‍🌈',
    'You can now choose they/them pronouns in your account settings 🙌',
    'Live: big fat gap to P2 and growing 🐘',
    'That scarf suits you perfectly, thanks for the lovely review 😍',
    'Interview with our mechanic from Glasgow, subtitles in the thread 👇',
    'Our tracksuits are back in stock, hoodies too 🧥',
    'Now delivering to every postcode in the UK, islands included 🚚',
    "Applicants on Universal Credit welcome, we'll help with the paperwork for starting work.",
    "Watch your back tyres, they're going off fast in this heat 🏎️",
    "Found the perfect gift for your kid's school teacher 🎁",
    'Tom is leaving after 12 years, thank you for everything 😢',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
