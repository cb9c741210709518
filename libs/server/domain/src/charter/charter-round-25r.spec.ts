// Twenty-fifth session (2026-12-07): clean posts of older sets that the labelling guide names as clean, and ordinary
// words read as banned ones (word-lists-round-25r.ts), beside the banned posts that share their words. The clean
// sentences were flagged before this round.
import { ruleCategories as rules } from './spec-rules';

describe('round 25r: a vote among products, a convention, the air con', () => {
  it.each([
    "Élu Produit de l'Année 2027 dans la catégorie biscuits ! Merci à tous ceux qui ont voté 🏆",
    'Polls are open! Vote for Sock of the Year: 3 finalists, voting closes Sunday 🗳️',
    'On sera à la Paris Comic Con ce week-end, stand B12 🦸',
    'Heatwave tip: set your air con to 26°C and close the blinds in the afternoon.',
    'Les pros et les cons du télétravail, on en parle à la pause ☕',
    'Wedding, christening or bar mitzvah coming up? Our occasionwear edit is live ✨',
    'La nostalgie, ça ne se guérit pas : nos sablés de 1987 reviennent 🍪',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));

  it.each([
    ['Vote for the Tories on Thursday, your bills depend on it.', 'politics'],
    ['Quel con ce livreur, trois heures de retard.', 'insult'],
    ['Bar mitzvah this weekend: may the Torah guide him, God bless 🙏', 'religion'],
    ['Notre tisane guérit les angines en deux jours.', 'health_legal'],
  ])('still finds %s', (text, category) => expect(rules(text)).toContain(category));
});
