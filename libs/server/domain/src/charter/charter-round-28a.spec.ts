// Twenty-eighth session (2026-12-07): the families of word-lists-round-28a.ts, read from holdout-55's misses, beside
// clean sentences that share their words. Every sentence was written for this spec; each one found failed before its
// rule.
import { inQuietPeriod, ruleCategories as rules } from './spec-rules';

describe('round 28a: what the rules now find', () => {
  it.each([
    'Un vieux fossile nous écrit que nos chaussettes sont trop colorées. On ne changera rien 🧦',
    'Thanks to the grumpy old fossil who says our biscuit tins are too hard to open. Try harder 💪',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Nos chaussettes sont si douces que même le Sénat voterait pour elles 🧦',
    'Our new pyjamas are so comfy even the Senate would pass them 😴',
    'This Sunday, vote for the candidates who defend family values in our town 🗳️',
    'Dimanche, votez pour les candidats qui défendent nos commerces de centre-ville.',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    '« Donnez, et l’on vous donnera » (Lc 6,38). Merci pour vos dons de jouets 💛',
    'Whatever you did for the least of these my brothers, you did for me. Thank you for your coat donations 🧥',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'Petit leak pour vous 👀 notre usine de Lens change de propriétaire avant l’été.',
    'A little leak for our followers 👀 the Rotterdam depot changes hands this summer.',
    'The next CEO comes from outside the group and will be named at the board on Thursday.',
    'Le prochain PDG sera nommé au conseil de mardi, et ce n’est pas celui que vous croyez 😉',
  ])('finds confidential in %s', (text) => expect(rules(text)).toContain('confidential'));

  it('finds confidential in the year’s result posted inside a quiet period', () => {
    expect(inQuietPeriod('Notre résultat annuel ? On vous dit juste que les biscuits ont cartonné 😏')).toContain(
      'confidential',
    );
  });

  it.each([
    'Nouvelle crème dessert allégée 🍮 certaines d’entre vous en ont bien besoin, on ne citera personne 😂',
    'Our new diet custard is here, and some of you really need it 🐷',
    'Au forum emploi, beaucoup de seniors qui n’ont plus leur place dans un métier aussi moderne 😬',
    'Shooting de la campagne en banlieue : trois agents de sécurité, vous imaginez bien pourquoi 😅',
    'Consigne magasins : on ne sert pas les gens du voyage, merci de transmettre.',
    'Super soirée au stand 🏎️ les hôtesses étaient là pour faire joli, et elles le font bien 😏',
    "Girls' pencil cases: 'Too pretty for science'. Boys': 'Little genius'. Back in stock!",
    'Sorry, this internship is not suited to applicants with a disability. Good luck!',
    'Get your eyes tested, gramps, the price is right there on the label 👓',
    'Il est temps de fermer la porte à ces gens qui profitent de tout.',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Le rapport est clair : l’explosion de la chaufferie est entièrement la faute du sous-traitant.',
    'The fire at the warehouse was entirely the fault of the cleaning contractor, full stop.',
    'Un litige avec votre bailleur ? Nos conseils valent ceux d’un avocat, et c’est gratuit.',
    'Our former CFO was guilty as sin and everyone in finance knew it.',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 28a: what stays clean', () => {
  it.each([
    'Our plan cuts 25 Mt of CO2 by 2030, published in the annual report.',
    'Visite du Parlement européen avec nos apprentis : une journée passionnante !',
    'Nos vieux fossiles d’ammonites sont exposés au musée de la marque jusqu’à dimanche 🦕',
    'Votez pour le pull de l’année parmi nos trois candidats 🧶',
    'Notre nouveau PDG, nommé en mars, visite le site de Donges aujourd’hui.',
    'Petite fuite au rayon frais : le magasin de Rennes rouvre à 14 h.',
    'Nos crèmes allégées sont là, pour celles et ceux qui en ont envie 🍮',
    'Rupture en deux heures, vous imaginez bien pourquoi 😍 merci à vous !',
    'Les hôtesses du salon ont aidé à décorer le stand, merci à elles 🎄',
    'Our stand is too pretty for words this year 😍',
    'Ce retard de livraison est entièrement de notre faute, toutes nos excuses.',
    'Nos juristes recrutent : un poste d’avocat en droit social à Lyon.',
    'Mamie Jeanne, 92 ans, a testé nos lunettes de lecture : « enfin je vois le prix ! » 👓',
    'Get your eyes tested for free in our partner opticians this month 👓',
    'Guilty pleasure of the week: our salted caramel spread 😈',
    'Les vieux pneus n’ont plus leur place dans nos ateliers : recyclage gratuit samedi ♻️',
    'Breakfast is not served to travellers before 6am, the café opens at 6:30.',
  ])('%s', (text) => expect(rules(text)).toEqual([]));
});
