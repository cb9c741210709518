// Twenty-sixth session (2026-12-07): the negative phrases of word-lists-round-26i.ts, read from `train-bz`'s clean
// posts flagged. Every clean sentence was written for this spec and was flagged before its phrase; the posts found
// beside them keep their category.
import { ruleCategories as rules } from './spec-rules';

describe('round 26i: what was announced, places and games left clean', () => {
  it.each([
    "Le rachat de Brioval, annoncé en mars, est finalisé : bienvenue aux 120 collègues de l'usine d'Angers 🍪",
    'As announced in September, the acquisition of NordWind is now complete. Welcome aboard! 🌬️',
    'Notre nouvelle boutique de Sainte-Mère-Église ouvre samedi 🎈',
    'Puzzle of the week ♟️ the bishop on the long diagonal wins in three moves.',
    'Nos 12 vendeuses de Lyon ont entre 19 et 63 ans, et on recrute encore : postes ouverts sur kindy.fr/jobs 👏',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('round 26i: the posts beside them keep their category', () => {
  it.each([
    ['confidential', "Confidentiel : le rachat de Brioval sera annoncé lundi, n'en parlez à personne."],
    ['religion', 'Notre évêque nous rappelle que Dieu seul sauve 🙏'],
    ['discrimination', 'Vendeuses recherchées, entre 18 et 25 ans uniquement, jolies de préférence.'],
  ])('finds %s in %s', (category, text) => expect(rules(text)).toContain(category));
});
