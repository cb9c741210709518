// Twenty-fifth session (2026-12-07): the families of word-lists-round-25f.ts, read from `holdout-36`'s misses and clean posts flagged,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { raceDirections } from './race-directions';
import { allCategories as categories, ruleCategories as rules } from './spec-rules';

describe('round 25f: what the rules now find', () => {
  it.each([
    'Bhai, your review makes zero sense, total bewakoof move 🙄',
    'Arre kamina, return the jacket properly next time.',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'The ANC has had 30 years to fix the power cuts, and here we are with candles again.',
    'Fun fact: the so-called Minister for Energy Security has never paid an energy bill in his life.',
    "Remember the price of your weekly shop come polling day. Don't be fooled twice 🛒",
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Le paradis ? Une invention des curés pour faire tenir les gens tranquilles.',
    'Sainte Marie, protège nos chauffeurs cet hiver sur les routes du Jura 🙏',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    "Our CFO has accepted a new role elsewhere; the board hasn't told the market yet.",
    'Nos prévisions pour 2027, présentées en février, seront bien en dessous du consensus.',
  ])('finds confidential in %s', (text) => expect(rules(text)).toContain('confidential'));

  it.each([
    'Loved your thread, @tastytim. We know which café you grab your flat white from 😉 See you soon.',
    'Small boats, every week, and the migrants take our jobs while the rest of us wait.',
    "Les boomers pas fichus d'utiliser une appli sans appeler leurs petits-enfants 🙄",
    "We won't deliver to that estate: the people there just steal anyway.",
    'Plan social : on commencera par les plus de 58 ans, ils coûtent trop cher.',
    "Chef d'équipe logistique : candidatures masculines privilégiées, le travail est physique.",
    'Nouveau collègue roumain au dépôt, on a planqué les outils 😂',
    "Women and engines… we'll let you choose the colour of the seat covers, ladies 😉",
    "Nos maillots taille 50, parce que personne n'a envie de voir des grosses en bikini trop petit 👙",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Caught by a speed camera? Tell them the sign was hidden, works every time.',
    "That delivery driver in the papers is clearly guilty, don't let anyone tell you otherwise.",
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 25f: the clean posts beside them', () => {
  it.each([
    "Fdp offerts dès 39 € sur toute la collection d'hiver 📦",
    'Praise be, the advent calendars are back in stock 🙌',
    "Le messie des pit-stops s'appelle Karim : 1,9 s, record de l'équipe 🙌",
    'Our new flavour won by a landslide in the team vote: toffee apple it is 🍎',
    'Notre directeur financier présentera les résultats publiés ce matin à 10 h.',
    'Our Sunday market stall: fairy cakes, scones and tea from 10am ☕',
    'Seniors, nos lunettes de lecture coûtent moins cher le mardi.',
    'La Sainte-Marie, fête du village : stand Bonval sur la place 🍪',
    'Grand Prix recap: he passes on the left into turn 4, then closes the door. Superb.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('a race commentary: the sides of the track are not politics (race-directions.ts)', () => {
  it('leaves an overtake "par la droite" and a door closed "à gauche" to the track', () => {
    expect(
      categories("Dépassement par la droite dans l'épingle, puis il ferme la porte à gauche. Du grand art 👌"),
    ).toEqual([]);
  });

  it('still reads the right and the left of politics outside a race', () => {
    expect(categories('La droite ferme la porte aux familles : dimanche, votez à gauche.')).toContain('politics');
    expect(raceDirections('Votez à gauche dimanche')).toEqual([]);
  });

  it('finds the sides only in a text about a race', () => {
    expect(raceDirections('Grand Prix: he goes on the left into turn 4')).toEqual([{ start: 20, end: 31 }]);
  });
});
