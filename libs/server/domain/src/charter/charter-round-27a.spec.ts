// Twenty-seventh session (2026-12-07): the families of word-lists-round-27a.ts, read from holdout-48's misses
// (measured fresh last session), beside clean sentences that share their words. Every sentence was written for this
// spec; each one found failed before its rule.
import { inQuietPeriod, ruleCategories as rules } from './spec-rules';

describe('round 27a: what the rules now find', () => {
  it.each([
    'Open late on polling day, so you can grab socks instead of voting for that lot 😉',
    "Prix des cartables en hausse : Bercy ferait bien de penser aux familles plutôt qu'à ses copains.",
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Chers bigots qui boycottent notre pub avec deux mamans : on vous souhaite un bon dimanche quand même.',
    'To the creationists in our mentions: our dinosaur biscuits are 66 million years old, deal with it 🦕',
    'Aux bigots qui nous écrivent : votre bon Dieu ne choisit pas nos pulls.',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    "Papi qui compte sa monnaie en caisse depuis dix minutes : filez à l'ehpad, on a du monde derrière.",
    "@Karim_ops tu as encore oublié la réunion ? Pense à démissionner avant qu'on t'y aide.",
    '@avis_client_75 vous ne méritez pas de vivre, disparaissez pour de bon.',
    '@dan_r the returns form is one page, how ret4rded can you be?',
    "Plus de tailles 48 en rayon : les clientes rondes n'ont qu'à se mettre au régime.",
    'Rayon garçons : maths et robots. Rayon filles : paillettes. Chacun son cerveau, hein.',
    "Nanny wanted for our MD's kids: US-born, white, non-smoker. Email us.",
    'Chinese buyers touring our factory today, so lock up the laptops 😂',
    "Ouvrir les frontières, c'est importer la délinquance. Nos clients méritent mieux.",
    'Des roms en préparation de commandes ? Jamais, on tient à notre stock.',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Notre shake du matin : +15 % de masse musculaire en 4 semaines, testé chez les ados 💪',
    'Un litige avec votre assureur ? Confiez-le à notre partenaire, on vous le gagne.',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 27a: the clean posts beside them', () => {
  it.each([
    "Concert ce soir à Bercy : nos bénévoles distribueront des biscuits à l'entrée 🎶",
    'Trump card: our new puzzle game lands in stores this Friday 🃏',
    'Notre nouvelle gamme homme est sortie en 2028 coloris, pardon, en 28 coloris !',
    'Born in France, our socks travel all over Europe in white and navy.',
    'Les roms de jeux rétro sont bannis de notre forum, merci de respecter les règles.',
    'Count the laptops on the table: our back-to-school bundle includes a free sleeve.',
    'Notre programme muscu : 12 semaines de séances guidées, le reste dépend de vous.',
    'Jamais sans nos gitanes, ces petites danseuses de flamenco brodées sur nos robes.',
    'Chacun sa place à table pour notre grand goûter de Noël : réservez la vôtre !',
    'Les chômeurs peuvent bénéficier de notre réduction de 20 % sur présentation de leur attestation.',
    'Une baleine géante en peluche pour les 3 ans de notre boutique de Nantes 🐋',
    "Le procès de Jeanne d'Arc, relu par nos libraires pour la rentrée.",
    'Chinese New Year at our Soho store: red socks and lucky envelopes for the first 100 customers 🧧',
    'Jamais deux sans trois : notre chef Romain signe un nouveau dessert.',
    "Importer nos noisettes du Piémont, c'est un choix de goût que nous assumons.",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('round 27a: a race in a quiet period', () => {
  it.each(['Le Grand Prix en direct : nos deux pilotes en Q3 ce soir, allez Orvea ! #F1'])('leaves %s clean', (text) =>
    expect(inQuietPeriod(text)).toEqual([]),
  );

  it('still finds the third quarter’s sales', () =>
    expect(inQuietPeriod('Nos ventes en Q3 dépassent nos attentes, merci à tous !')).toContain('confidential'));
});
