// Twenty-eighth session (2026-12-07): word-lists-round-28f.ts. Each clean sentence was flagged before its negative;
// the excluding sentences beside them are still found.
import { ruleCategories as rules } from './spec-rules';

describe('round 28f: guide dogs let in stay clean', () => {
  it.each([
    'Animaux non admis, sauf chiens guides des personnes handicapées.',
    'Pets not allowed, except guide dogs for disabled people.',
  ])('%s', (text) => expect(rules(text)).toEqual([]));

  it.each([
    'Pas de personnes handicapées en boutique après 18 h, merci.',
    'Disabled people not allowed on the shop floor after 6pm.',
  ])('still finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});
