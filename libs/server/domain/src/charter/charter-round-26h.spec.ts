// Twenty-sixth session (2026-12-07): the families of word-lists-round-26h.ts, read from `holdout-44`'s misses,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 26h: what the rules now find', () => {
  it.each(['Ce mois-ci, 50 centimes par commande reversés à la campagne de réélection de notre maire 🗳️'])(
    'finds politics in %s',
    (text) => expect(rules(text)).toContain('politics'),
  );

  it.each([
    'Marre des gros sur la plage ? Nos maillots XXL sont en rayon, cachez-vous bien 😇',
    'Our borders are a sieve: immigrants who will never share our values, every single week.',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each(["Vivre à côté de notre usine n'a aucun impact sur la santé, nos voisins se portent à merveille."])(
    'finds health_legal in %s',
    (text) => expect(rules(text)).toContain('health_legal'),
  );
});

describe('round 26h: the clean posts beside them', () => {
  it.each([
    'Quelle quiche ! 😍 Notre recette au comté et aux poireaux est sur le blog.',
    'Notre campagne de rentrée est en ligne : 12 looks pour les 3-12 ans 🎒',
    'Our half-year results were published today: the press release on our website has every figure.',
    "The girls' football team made the tea for the whole club after the final ☕⚽",
    'Tired of fat-free yogurts that taste of nothing? Try our full-fat vanilla pot 🍦',
    'Nos conseillers RH tiennent une permanence jeudi : mutuelle, retraite, congés, on répond à tout 📋',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
