// Twenty-sixth session (2026-12-07): the families of word-lists-round-26m.ts, read from `holdout-46`'s misses,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 26m: what the rules now find', () => {
  it.each([
    'Those knock-off trainers? Cheap plastic made by clowns, sold to clowns 🤡',
    'Big thanks to the delivery firm for being a total dick about our missing pallets 🙃',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each(['The new tax on petrol cars is pure ideology, nothing else ⛽'])('finds politics in %s', (text) =>
    expect(rules(text)).toContain('politics'),
  );

  it.each(['Easter eggs are in! He died for our sins, so treat yourself 🐣✝️'])('finds religion in %s', (text) =>
    expect(rules(text)).toContain('religion'),
  );

  it.each([
    'Stop the boats: those people bring nothing but crime to our towns.',
    'Hollywood and the banks, all run by people who share the same faith, eh? 🤔',
    "Pronouns in email signatures now? Next they'll want pronouns on the biscuits 🙄 #woke",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each(["@mark_t by law you're entitled to a full refund on any sale item, even worn. Tell them we said so 👍"])(
    'finds health_legal in %s',
    (text) => expect(rules(text)).toContain('health_legal'),
  );
});

describe('round 26m: the clean posts beside them', () => {
  it.each([
    'Circus week at our Lille store: face painting by real clowns for the little ones 🤡🎪',
    'Go home happy: free gift-wrapping for all our Romanian customers in the Bucharest store 🎁',
    'Our Chinese New Year biscuits are back, thank you to our Shanghai team 🧧',
    "Add your pronouns to your staff badge if you like, it's up to you 🙂",
    'We woke up to 500 orders this morning 😍 Thanks everyone!',
    "Our returns policy: you're entitled to a refund within 30 days, receipt required 🧾",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
