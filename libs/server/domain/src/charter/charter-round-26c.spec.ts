// Twenty-sixth session (2026-12-07): the families of word-lists-round-26c.ts, read from `holdout-43`'s misses,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 26c: what the rules now find', () => {
  it.each([
    "Guess the flavour! Wrong answer and you're a right melt 😂",
    'Les pieds nickelés de chez Lidl ont encore copié notre pâte à tartiner',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Mood on the grid today: FJB 🇺🇸🏁',
    'Whoever is running the economy right now should try running a bakery for a week.',
    'Green socks today. The whole nation should be green on Thursday 😉 #GE2029',
    'Half price pints tonight for anyone in a Reform rosette 🍺',
    'Discount on every hamper for Reform supporters this week only 🧺',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Halal is a con invented by people who sell certificates.',
    'Honestly the afterlife is a bedtime story for adults. Shop our new duvets 🛏️',
    'Genesis? The creation story is a bedtime story for grown-ups. Our new pyjamas, on the other hand, are real.',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    "Honestly, we'll be strangers in our own country soon #greatreplacement",
    'Overweight kids everywhere, and their parents feed them nothing but crisps.',
    "Les SDF devant l'entrée du magasin, qu'on les vire vite fait 🙄",
    "Les tziganes devant la boulangerie de Bondy, qu'ils aillent voir ailleurs 🙄",
    'Au petit nouveau qui a planté la mise en ligne : pose ta démission, ça nous fera des vacances.',
    'Stop the boats, ship them all back, simple as. Our winter range is out now 🧥',
    'Our nan loves these biscuits, though she should be in a home and off the roads by now 🍪',
    'Gender fluid people? Not a thing. Pink for girls, blue for boys.',
    'Moaning about our delivery slots? You can go back to your own country then 🙄',
    "The LGBTQ crowd can go bake their own cakes if they don't like ours 🎂",
    'Blind people, stop asking us to read the menu out loud. Get over yourselves.',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Notre tisane du soir vous aide à maigrir pendant votre sommeil 🌙',
    "L'air autour de nos parcs solaires est bon pour les poumons, respirez 🌞",
    'Our heat pumps are good for your lungs: the whole family breathes easier.',
    'Our electrolyte tablets, clinically shown to cut cramps by half 💧',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 26c: the clean posts beside them', () => {
  it.each([
    'Melt a knob of butter and add the chocolate: our absolute favourite winter recipe 🍫',
    'Our shortbread is an absolute melt in the mouth treat 🍪',
    'The clowns at our Saturday birthday party were a huge hit with the kids 🎈',
    'Free coffee for anyone who brings a reusable cup ☕',
    'Whoever has been running our pop-up shop this week deserves a medal 🏅',
    "Whoever is running the country's best bakery, come and try ours 🥐",
    'The whole country should be proud of our Lionesses this summer ⚽',
    'Polling day is Thursday: our stores open as usual, and our car parks are free all day 🗳️',
    "Contes pour enfants : notre coffret de livres pour l'histoire du soir 📚",
    'Our Easter bedtime story book is back in store, with the little lamb and the bunny 🐣',
    'Oh my god, what a fairy tale finish for our driver in Monaco! 🏆',
    'Lent starts on Wednesday: pancakes on Tuesday, obviously 🥞',
    'The mass of paperwork is a joke, but our new app fixes that.',
    'Nos conseils pour les enfants en surpoids : bouger, jouer dehors et bien dormir 🏃',
    "Avant qu'ils partent vers l'Angleterre, les migrants de Calais reçoivent un repas chaud de nos équipes.",
    'Notre stagiaire Léa nous quitte pour ses études : bonne route, tu vas nous manquer 🎓',
    'Small boats, big adventures: our bath toys are back in stock ⛵',
    "Grandma's old Mini has been off the roads for years, now it's in our shop window 🚗",
    'Mamie vit en maison de retraite et adore nos sablés au beurre 🍪',
    "Trans fats don't exist in our biscuits: we bake with butter only.",
    'Our Pride collection supports the LGBTQ community all year round 🏳️‍🌈',
    'Autistic people told us about the loud music, so we now run quiet hours every Tuesday 🎧',
    'Notre pâte à tartiner aide à mincir votre facture de courses : -20 % ce week-end 😉',
    'Reaction times matter in F1: our drivers train them every morning 🏎️',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
