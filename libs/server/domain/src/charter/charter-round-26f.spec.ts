// Twenty-sixth session (2026-12-07): the families of word-lists-round-26f.ts, read from `train-bx`'s misses,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 26f: what the rules now find', () => {
  it.each([
    "@marc_l Non monsieur, la chemise n'a pas rétréci au lavage. Votre QI, par contre, apparemment oui 🙂",
    "Quiconque critique notre galette, je l'insulte de tous les noms, c'est promis 😤",
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Polling day on Thursday 🗳️ and we all know who our warehouse team is backing 😉 #GE2029',
    'If the orange guy gets back in, our Chicago office is relocating to Montreal. Just saying.',
    'Our MP Jo Baxter finally answered our letter about the depot road. She has our vote in May 🗳️',
    "The county council spent £400k on a roundabout sculpture but still can't fix the bus shelter outside our depot 🙄",
    "Still cleaning up after the last lot's mess tbh. Anyway, new lunchboxes are in 🍱",
    'Rishi and a helicopter, name a better love story. Our e-bikes do the commute for 20p 🚲',
    'Reform surge in the polls? Not in our canteen, thank you very much.',
    'Another school safety bill died in committee today. Our Austin team is exhausted.',
    'Dear Brussels: another summit, another "roadmap". Try talking to actual farmers for once 🚜',
    'Proud our Leeds depot got its new solar roof. Less happy to report who the mayor is these days 🙃',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each(["Nos tisanes du soir aident les enfants à s'endormir sans réveil nocturne 🌙"])(
    'finds health_legal in %s',
    (text) => expect(rules(text)).toContain('health_legal'),
  );
});

describe('round 26f: the clean posts beside them', () => {
  it.each([
    'Polling day on Thursday: all our stores open as usual, 9 to 7 🗳️ #GE2029',
    "Our new kettle is tiny but the vote is in: it's got our vote for gadget of the year ☕",
    "The council's new bike lane now runs past our Leeds store: come by bike, get 10% off 🚲",
    'Boris, our office dog, approves of the new biscuit tin 🐶',
    'Ticking every box for back to school: names sewn in, sizes 2 to 14 ✅',
    'Our doudou range: soft bunnies for cosy bedtimes 🐰',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
