// Twenty-seventh session (2026-12-07): the families of word-lists-round-27c.ts, read from train-cd's (French) and
// train-ce's (English) politics and health misses, beside clean sentences that share their words. Every sentence was
// written for this spec; each one found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 27c: what the rules now find', () => {
  it.each([
    'Nos plaids sont plus moelleux que les bancs du Sénat, et bien plus utiles 😏',
    'Our umbrellas hold up better than any government this decade ☂️',
    "Notre thermos garde la chaleur plus longtemps que n'importe quel ministre ne garde son poste 🫖",
    "New crumpets, almost as flat as the Treasury's growth forecasts 🥞",
    'Soirée électorale dimanche ? Nos pizzas sauveront la soirée, même si on sait tous comment elle va finir 🍕',
    'Election night snacks are in 🍿 For when it ends badly, and we all know who for.',
    'Zero help from the council, as usual, so our team repainted the playground ourselves 🛝',
    'Our story-time sessions are back, since the council closed every library in the county 📚',
    'Our porridge keeps you going through another Budget that hammers working families 🥣',
    'Quiz du jeudi : citez une seule promesse que le maire a tenue. Vous avez une heure 🍻',
    "Free desk tidies for every office 🗂️ We'll leave the cover-ups to the spin doctors in Westminster.",
    "The only wall we're putting up is a wall of cupcakes. Sorry, Donald 🧁",
    'Our budgeting app is free this week 📱 Someone send it to the Treasury, they clearly need it.',
    "Wildflower seed packs for every school 🌼 since the new planning law clearly won't protect the meadows.",
    "Nos éleveurs attendent des réponses pendant que d'autres signent le Mercosur sans sourciller 🐄",
    'Nos chaussons ne lâchent jamais, contrairement à certains élus du département 🥿',
    'Un week-end à la mer pour oublier la campagne des municipales ? Nos hôtels ont encore des chambres 🌊',
    'Our noise-cancelling headphones are perfect for switching off from the election coverage 🎧',
    'Nos fromages se moquent bien des quotas bruxellois 🧀',
    'Taxe foncière en hausse, merci qui ? 🙃 Nos conseillers vous aident à réduire vos charges.',
    "We'll leave the promises to the mayoral candidates 😉 We just deliver on time.",
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'The gentle magnetic field of our massage chair helps you sleep deeper every night 😴',
    'Votre propriétaire ne peut pas refuser : posez votre climatiseur sans attendre son accord ❄️',
    'Good news for landlords: you can keep the deposit for any reason at all 🏠',
    "Licencié ? Les salariés ne gagnent jamais aux prud'hommes, autant signer la rupture 📄",
    'Injured on a building site? Compensation guaranteed for every client, call us today 📞',
    'Our thermal vests keep viruses away from little ones all season 🧸',
    'Our new wallbox has a gentle electromagnetic field that helps you sleep more deeply 😴',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 27c: the clean posts beside them', () => {
  it.each([
    'Plus moelleux que jamais, nos croissants sortent du four à 7 h 🥐',
    "Our new duvet is warmer than ever and lighter than last year's 🛏️",
    'Soirée jeux de société vendredi : on sait tous qui va gagner au Monopoly 🎲',
    'Fuir la ville pour la campagne ce week-end ? Nos gîtes ont encore de la place 🌾',
    "The town council's recycling centres now take our glass jars, check your local guide ♻️",
    'Merci qui ? Merci à vous, nos clients, pour ces 10 ans de fidélité 🎉',
    'Budget planner templates are free this week, made for families who count every penny 📒',
    "We'll leave the choice to you: caramel or chocolate? 🍫",
    "Forward it to a friend who loves baking, they'll thank you 🧁",
    "The only wall we're building is the climbing wall in our new Leeds store 🧗",
    'Football field bookings are open for our staff five-a-side this summer ⚽',
    'Your bike deposit is refunded within 14 days, whatever the reason, no questions asked 🚲',
    'Keep warm this winter: our wool socks keep the cold away from little toes 🧦',
    "Nos vendeurs emballent vos cadeaux plus vite que l'éclair ⚡",
    'Le gazole est 4 centimes moins cher que chez nos voisins de la région lyonnaise ⛽',
    "Un tarif plus doux que celui de l'an dernier pour nos abonnés Orvea 💡",
    'A new law on packaging comes into force in May; our boxes already comply ♻️',
    "Le tribunal des gourmands a tranché : notre flan est le chouchou de l'hiver 🍮",
    'On laisse la parole aux élus locaux venus inaugurer notre usine ce matin 🏭',
    "The only wall we're building is a wall of plush toys. Donald Duck included 🦆",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
