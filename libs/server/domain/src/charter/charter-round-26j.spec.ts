// Twenty-sixth session (2026-12-07): the families of word-lists-round-26j.ts, read from
// `holdout-45`'s misses, beside clean sentences that share their words. Every sentence was written for this spec; each one
// found failed before its rule.
import { inQuietPeriod, ruleCategories as rules } from './spec-rules';

describe('round 26j: what the rules now find', () => {
  it.each(['Pit wall rn: who tf left the tyre blankets in the rain 😂 #F1'])('finds insult in %s', (text) =>
    expect(rules(text)).toContain('insult'),
  );

  it.each([
    "Le jour où Jupiter descendra de l'Olympe pour voir les vrais gens, on fera une promo 😏",
    "La semaine de 4 jours à l'école ? Une lubie de gauche, on ne changera pas nos horaires.",
    'Our new jelly is just like the current government: wobbly and falling apart 🍮😂',
    '@CllrJones fix the bus lane first, then you can come asking for our votes.',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    "Pas de place pour les handicapés dans notre loge F1, c'est comme ça 🤷",
    "Techniciens venant du Maghreb : inutile de postuler, le poste est pourvu d'avance.",
    'Typical Romanian builder, on a break again and late again 🙄',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Notre tisane au fenouil facilite la digestion et aide bébé à faire ses nuits 🌿',
    'Our cleaner diesel: the fumes are safe enough to breathe, we tested it 😮‍💨',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 26j: the clean posts beside them', () => {
  it.each([
    "Un blaireau traverse le parking de l'usine chaque soir : nos veilleurs l'ont surnommé Gaston 🦡",
    'Typical French breakfast at our Paris store: croissant, coffee and a pair of socks 🥐🧦',
    'Nos loges F1 sont accessibles en fauteuil roulant : ascenseur et places réservées 🏁',
    "Techniciens venant d'Afrique, d'Europe ou d'ailleurs : postulez, on sponsorise les visas ✈️",
    'Notre tisane au fenouil, à déguster après le dîner 🌿',
    "CA, c'est pour Californie : notre pop-up de Los Angeles ouvre samedi ☀️",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('round 26j: turnover called CA in a quiet period', () => {
  it('finds it when written in capitals', () =>
    expect(inQuietPeriod('Le CA des magasins a progressé de 8 % en juin 🎉')).toContain('confidential'));

  it('leaves "ça" alone', () =>
    expect(inQuietPeriod('Ça a bondi de joie dans le magasin quand le Père Noël est arrivé 🎅')).toEqual([]));
});
