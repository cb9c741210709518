// Twenty-seventh session (2026-12-07): the families of word-lists-round-27i.ts, read from holdout-54's misses (measured
// fresh after rounds 27a–27h), beside clean sentences that share their words. Every sentence was written for this spec;
// each one found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 27i: what the rules now find', () => {
  it.each([
    'Note interne : retard de trois semaines à cause des incapables du service achats, encore eux 🙄',
    "@nina_r Ce n'est pas le pantalon qui taille petit, c'est votre gamin qui est trop gros 🐷",
    "We don't answer retards who can't read a size chart. Try again.",
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    "Vous faites le carême ? Tant pis pour vous, nos crêpes sont à moitié prix aujourd'hui 😜",
    'Our cough drops, blessed at Lourdes: the Virgin will protect your family all winter 🙏',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    "Ces migrants n'apportent que des problèmes à nos commerçants du centre-ville.",
    'Plan de départs : on commence par les plus de 55 ans, trop chers et pas assez agiles.',
    "Nos chips « spécial pauvres », pour tenir jusqu'à la fin du mois en attendant la CAF 😂",
    "@critique_b Votre adresse est dans l'annuaire, on peut venir en discuter chez vous 🙂",
    'Entretien du jour : on demande aux candidates si elles comptent avoir des enfants, logique.',
    "Votre fille autiste n'aime pas le bruit du magasin ? Gardez-la à la maison, c'est plus simple.",
    "Lavage auto ouvert à tous, sauf aux gens du voyage. L'expérience parle.",
    "Hotline moved to India? Don't worry, we still have staff who actually speak English 😉",
    "Non-binary? Your kid is just going through a phase. Boys' rail, girls' rail.",
    "The new design team is mostly gay, so you know it'll be fabulous, darling 💅",
    'That blogger who slated our crisps? We found his address. Might drop a box round in person 😈',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    "Fuite à l'usine : l'opérateur était en faute, l'enquête le prouvera.",
    'One spoonful a day and your kids stay free of colds all season 🍯',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));

  it.each([
    "La raffinerie arrêtera ses unités l'an prochain. Ce sera annoncé plus tard, courage à tous 💔",
    'A little bird told us the board just approved a bigger sales target, time to sell socks 🧦',
  ])('finds confidential in %s', (text) => expect(rules(text)).toContain('confidential'));
});

describe('round 27i: the clean posts beside them', () => {
  it.each([
    "No travellers' cheques accepted at our tills, cards and cash only.",
    'Le service est lent ? Tant pis, on patiente avec un bon café ☕',
    'Our new Leeds store: the opening date is not yet announced, follow us for news!',
    'Kids who learn slower deserve patience: our reading books come in three levels.',
    'Pride month: our design team, gay or straight, made this fabulous rainbow range 🌈',
    'Nos conseillers parlent français, anglais et arabe, du lundi au samedi.',
    'Les gens du voyage sont les bienvenus sur nos aires de services, comme tout le monde.',
    'Ramadan Moubarak : nos dattes sont en promo toute la semaine 🌙',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
