// Twenty-sixth session (2026-12-07): the negative phrases of word-lists-round-26g.ts, read from `train-bw`'s clean
// posts flagged. Every clean sentence was written for this spec and was flagged before its phrase; the posts found
// beside them keep their category.
import { inQuietPeriod, ruleCategories as rules } from './spec-rules';

describe('round 26g: everyday senses left clean', () => {
  it.each([
    'Stupid prices all weekend: wellies from €9, raincoats from €14 ☔',
    'These prices are frankly stupid: rain boots from €9 this weekend ☔',
    'Rentrée à vélo : le gilet jaune réfléchissant taille enfant est à 6,90 € en magasin 🚲',
    "Plateau de l'hiver : Pont-l'Évêque, comté 18 mois et un morceau de brie 🧀",
    'Turn left past the old church and our new depot is on your right 🚚',
    "Replay : notre directeur financier commente les résultats du S1 publiés jeudi, dont l'acompte sur dividende.",
    'Instagram takeover on Friday: our apprentices run the feed for a day 👷',
    'Comment guérir du trac avant un entretien ? Nos recruteurs vous répondent jeudi 🎤',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));

  it.each([
    'Reading every night pays dividends, and so do our new pyjamas 📚',
    'Winning margin at Suzuka: 1.2 seconds 🏁',
  ])('leaves %s clean inside a quiet period', (text) => expect(inQuietPeriod(text)).toEqual([]));
});

describe('round 26g: the posts beside them keep their category', () => {
  it.each([
    ['insult', 'You are a stupid cow and so are your prices.'],
    ['politics', 'Soutien total aux gilets jaunes contre ce gouvernement 💛'],
    ['religion', 'Come pray with us at the old church: only Christ saves.'],
    ['confidential', "Confidentiel : le T3 sera publié jeudi, il est en baisse de 12 %. N'en parlez pas."],
    ['health_legal', 'Notre tisane guérit le cancer, cliniquement prouvé.'],
  ])('finds %s in %s', (category, text) => expect(rules(text)).toContain(category));

  it('finds a dividend in a quiet period', () =>
    expect(inQuietPeriod('Our dividend will rise 8% this year, results next week.')).toContain('confidential'));
});
