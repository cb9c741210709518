// Twenty-sixth session (2026-12-07): the families of word-lists-round-26a.ts, read from `holdout-41`'s misses and
// clean posts flagged, beside clean sentences that share their words. Every sentence was written for this spec; each
// one found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 26a: what the rules now find', () => {
  it.each([
    "Quel merdier, ce week-end de soldes : le site a planté trois fois. On s'excuse !",
    '@client_furax Nous vous souhaitons de trouver un jour un cerveau en état de marche. Cordialement.',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    "Ganpati Bappa Morya! 🌺 Our Pune team's modak tasting is on Friday.",
    "Votre bébé n'est toujours pas baptisé ? Mais qu'attendez-vous ? Gamme baptême en boutique.",
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each(["@finance_team here is the draft annual report, don't share it before it goes public 🙏"])(
    'finds confidential in %s',
    (text) => expect(rules(text)).toContain('confidential'),
  );

  it.each([
    'Nouvelle gamme « Mini Miss » : les filles, soyez belles et taisez-vous 💕',
    "Ces migrants n'apportent que de la délinquance, fermez les frontières.",
    'Deaf customers can call our hotline… if they can hear the ringtone lol',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each(['Un bouillon chaud fait tomber la fièvre de vos enfants en une nuit, testé par nos mamans.'])(
    'finds health_legal in %s',
    (text) => expect(rules(text)).toContain('health_legal'),
  );
});

describe('round 26a: the clean posts beside them', () => {
  it.each([
    "La boutique de Lille est fermée aujourd'hui suite à une fuite d'eau, réouverture demain 💧",
    "New store opening in Bishop's Stortford this Saturday 🎈",
    'Notre gamme baptême est en boutique : robes, barboteuses et bodies brodés 🤍',
    'Blind customers: our app now reads every page aloud, so you can find the button by voice.',
    'Draft picks for the office five-a-side are in ⚽ Good luck everyone.',
    "Nos crackers au seigle, parfaits avec un bouillon chaud les soirs d'hiver 🌾",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
