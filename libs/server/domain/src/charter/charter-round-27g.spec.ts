// Twenty-seventh session (2026-12-07): the families of word-lists-round-27g.ts, read from holdout-50's misses (measured
// fresh after round 27a), beside clean sentences that share their words. Every sentence was written for this spec; each
// one found failed before its rule.
import { inQuietPeriod, ruleCategories as rules } from './spec-rules';

describe('round 27g: what the rules now find', () => {
  it.each([
    '@karine_b Si le pantalon 12 ans ne ferme plus, faudrait peut-être le mettre au régime, la grosse 🐷',
    'The minister who signed off the new fuel levy is a spineless coward, and everyone knows it.',
    'Pay freeze again this year. The useless suits upstairs clearly never shop here.',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each(["Brussels' new labelling rule is dumber than our old logo, and that's saying something 😂"])(
    'finds politics in %s',
    (text) => expect(rules(text)).toContain('politics'),
  );

  it.each([
    'Lecture de la Genèse au déjeuner chaque lundi : chapitre 2 de la Genèse cette semaine, qui vient ? ✝️',
    'Team lunch went great. Next goal: convert the office, one colleague at a time ✝️😇',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'Our helpline: 80% of calls are boomers asking where the internet is. Daily dose of fossils 🦖',
    'Wheelchairs are no longer welcome on our terrace, they take up too much space.',
    "Une femme au volant sur le parking de l'usine ? Prévoyez de quoi repeindre les poteaux 😂",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Notre tisane a aidé des milliers de patients à faire reculer leur cancer 🌿',
    'The ex-employee who leaked our recipe will soon be charged, trust us on that.',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 27g: the clean posts beside them', () => {
  it.each([
    "Don't let the rain ruin the vibe: our umbrellas are 30 % off this weekend ☔",
    "Nos femmes au volant du rallye des Gazelles ont franchi la ligne d'arrivée : bravo à elles ! 🏁",
    'Fossiles, dinosaures et volcans : notre nouvelle collection de pyjamas pour les petits explorateurs 🦕',
    'Our café now has step-free access and space for wheelchairs and mobility scooters at every table.',
    'La genèse de notre marque : une petite biscuiterie bretonne en 1952.',
    "Our new pasta range is on the EU's organic list, a first for our Leeds factory.",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('round 27g: revenue in a quiet period', () => {
  it('finds the year\'s "revenus"', () =>
    expect(inQuietPeriod("Bravo à l'équipe : +12 % de revenus sur l'année, on continue !")).toContain('confidential'));

  it('leaves the same words out of the window', () =>
    expect(rules("Bravo à l'équipe : +12 % de revenus sur l'année, on continue !")).toEqual([]));
});
