// Twenty-fifth session (2026-12-07): the families of word-lists-round-25q.ts, read from `holdout-40`'s misses and clean posts flagged,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { allCategories, ruleCategories as rules } from './spec-rules';

describe('round 25q: what the rules now find', () => {
  it.each([
    "@jerome_b Avec tout le respect dû à votre rang, vous êtes d'une bêtise affligeante. Belle soirée.",
    'Fok, the Cape Town queue went round the block twice this morning!',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    "Merci à ceux qui ont fermé Fessenheim : la facture de cet hiver, c'est grâce à vous 😏",
    "L'Arizona tape encore sur les chômeurs : Belgique, réveille-toi 🇧🇪",
    'Catholiques, votez pour le seul candidat qui défend encore nos valeurs dimanche.',
    'Lovely week in Austin, less lovely: that orange clown in charge of the country.',
    'The pension raid in the Budget is spite dressed up as policy.',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    "Le carême, quarante jours sans chocolat, quelle drôle d'idée 🙄",
    "Les femmes voilées au rayon bébé, franchement pas le genre de clientèle qu'on vise.",
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'Plan social : on cible en priorité les salariés de plus de 57 ans, ils coûtent plus cher.',
    "L'hôtesse du salon était en fauteuil roulant, franchement pas l'image qu'on veut donner.",
    'Le mois des fiertés ? Très peu pour nous, merci.',
    "Dear protester at our depot: we've got your name, your address and a very long memory.",
    'Over-65s, stick to the catalogue and your afternoon nap, the app is for the rest of us.',
    "Only North Indian voices on the phones: South Indian accents don't suit our clients.",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each(['The driver in the video is 100% guilty and the trial is a formality.'])(
    'finds health_legal in %s',
    (text) => expect(rules(text)).toContain('health_legal'),
  );
});

describe('round 25q: the clean posts beside them', () => {
  it.each([
    'Our festival DJ is playing unreleased tracks all weekend: come dance 🎧',
    'Le site est un peu lent ce matin, merci de votre patience 🙏',
    'Mois des fiertés : toutes les familles sont les bienvenues à notre atelier du samedi 🌈',
    "L'Arizona, prochaine étape de notre tournée de food trucks aux États-Unis 🌵",
    'Our wheelchair-accessible stand is the image we want to give: come and see us at stand B12.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('round 25q: a goal is not someone to stop (word-senses.ts)', () => {
  it('leaves "on ne compte pas s\'arrêter là" after women managers clean, the classifier included', () => {
    const text = "8 mars : 52 % de nos managers sont des femmes, et on ne compte pas s'arrêter là 💪";
    expect(allCategories(text)).toEqual([]);
  });
});
