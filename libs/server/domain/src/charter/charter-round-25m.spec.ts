// Twenty-fifth session (2026-12-07): the families of word-lists-round-25m.ts, read from `holdout-38`'s misses and clean posts flagged,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { mergeCharter } from './charter';
import { ruleCategories as rules } from './spec-rules';

describe('round 25m: what the rules now find', () => {
  it.each([
    'Colis posé dans la flaque devant la porte, encore un coup de ce snul de transporteur.',
    "Veuillez agréer, cher client qui nous harcèle, l'expression de notre plus profond mépris.",
    "L'arbitre, ce blaireau, n'a rien vu du tout sur le dernier tour.",
    'What a mob of drongos on the ticket gates this morning.',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each(['The ANC government owes every bakery in Joburg a generator, at the very least.'])(
    'finds politics in %s',
    (text) => expect(rules(text)).toContain('politics'),
  );

  it.each([
    'Walking on water? Cute story, but our wellies are the real miracle 😂',
    'Question du jour : le purgatoire, ça tient debout ? Vos avis en commentaires 👇',
    'Confession on a Saturday: cheaper than therapy and about as useful.',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each(['Board approved shutting the Hull warehouse; comms go out after Easter.'])(
    'finds confidential in %s',
    (text) => expect(rules(text)).toContain('confidential'),
  );

  it.each([
    "Le pantalon ne ferme pas ? C'est peut-être le goûter qu'il faut revoir, les enfants 😬",
    'A driver posing with his boyfriend in the paddock? Not at our team, we have an image to protect.',
    'Homeless migrants will never contribute, sorry not sorry.',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    "Nos lingettes sont approuvées par l'ANSM contre l'eczéma du nourrisson.",
    'Notre ancien comptable est coupable, point final.',
    "Blueberries in our muffins slow Alzheimer's: a treat for Grandad's memory 🫐",
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 25m: the clean posts beside them', () => {
  it.each([
    'Tip for winter: close the curtains at dusk and drop the thermostat by one degree 🌡️',
    'New hi-vis jackets for our crews, with a reflective chevron on the back 🦺',
    "Regardez ce blaireau dans la haie de notre usine de Vitré, on l'a baptisé Gaston 🦡",
    "La Trinité-sur-Mer, escale de notre tournée d'été : rendez-vous sur le port samedi !",
    'Our sale confession booth is open: tell us your worst sock disaster, win 40% off 🧦',
    'Deux hommes, deux femmes, tous les couples sont les bienvenus à notre atelier de Noël 🎄',
    'Le pantalon est trop serré ? Échange gratuit en boutique, on a toutes les tailles.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('round 25m: a stripe is not the competitor', () => {
  const orvea = mergeCharter({ categories: { competitors: ['Chevron', 'Shell'] } });

  it('reads "a hi-vis chevron" as a stripe and "Chevron" at the pump as the competitor', () => {
    expect(
      rules('New winter workwear for our field techs: navy, with a hi-vis chevron across the back 🧥', orvea),
    ).toEqual([]);
    expect(rules('Cheaper than Chevron at the pump, every single day.', orvea)).toContain('competitors');
  });
});
