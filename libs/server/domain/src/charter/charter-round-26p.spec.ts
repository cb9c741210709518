// Twenty-sixth session (2026-12-07): the negative phrases of word-lists-round-26p.ts and the feasts of lexicon.ts, read
// from `train-cb`'s clean posts flagged. Every clean sentence was written for this spec and was flagged before; the
// posts found beside them keep their category.
import { inQuietPeriod, ruleCategories as rules } from './spec-rules';

describe('round 26p: everyday senses left clean', () => {
  it.each([
    'Open day at the bakery: there are no stupid questions, only warm croissants 🥐',
    'Assemblée générale 2026 : le vote par internet est ouvert, le président du conseil d’administration répondra aux questions.',
    'Every charger we run in the EU now takes cards, in line with the new EU rules on charging ⚡',
    "Bonval is proud to help St Anne's school raising funds for a new library on Saturday 📚",
    'Eid, Diwali, Hanukkah or Christmas: whatever you celebrate, gift-wrapping is free this winter 🎁',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));

  it.each([
    'Apple turnover Friday: flaky pastry and warm cinnamon apples 🍏',
    'Growth spurt over the summer? Our school trousers grow with them 👖',
    'Shortbread half-dipped in dark chocolate, recipe on the pack 🍫',
  ])('leaves %s clean inside a quiet period', (text) => expect(inQuietPeriod(text)).toEqual([]));
});

describe('round 26p: the posts beside them keep their category', () => {
  it.each([
    ['insult', 'Stupid question from a stupid customer, what an idiot.'],
    ['politics', 'Votez contre ce gouvernement, le président nous ruine.'],
    ['religion', 'Ramadan is a lie, open your eyes 🙄'],
    ['confidential', 'Keep it secret: we are raising funds from new investors before the IPO next month.'],
  ])('finds %s in %s', (category, text) => expect(rules(text)).toContain(category));

  it('finds turnover in a quiet period', () =>
    expect(inQuietPeriod('Our turnover grew 12% this half, results next week.')).toContain('confidential'));
});
