// The vocabulary of the npm profanity lists (profanity.ts): their vulgar words are insults, their slurs are
// discrimination, and the words they share with ordinary French or English posts stay clean. Every sentence was
// written for this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';
import { PROFANITY_SLURS, PROFANITY_WORDS } from './profanity';

const categories = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, defaultCharter())
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

describe('charter: the npm profanity lists', () => {
  it('reads both packages, without digit-and-symbol spellings, and keeps slurs apart from vulgar words', () => {
    expect(PROFANITY_WORDS.length).toBeGreaterThan(400);
    expect(PROFANITY_SLURS.length).toBeGreaterThan(40);
    expect([...PROFANITY_WORDS, ...PROFANITY_SLURS].filter((w) => /[\d@!$]/.test(w))).toEqual([]);
    expect(PROFANITY_WORDS.filter((w) => PROFANITY_SLURS.includes(w))).toEqual([]);
  });

  it.each([
    "@lea_b t'es qu'une grognasse, relis ta commande.",
    'Quelle bande de merdaillons au service livraison.',
    'Cette raclure de poufiasse nous a laissé un avis bidon.',
    'Tabarnak, criss que la course est belle !',
    '@mike_t honestly you are a whore, stop tagging us.',
    'What a slut, posting that under our ad.',
    'Our rival is run by a bunch of wankers and fucktards.',
  ])('finds an insult: %s', (text) => expect(categories(text)).toContain('insult'));

  it.each([
    'Dégage, sale tarlouze, on ne veut pas de toi ici.',
    'Encore un youpin qui veut négocier le prix ?',
    'No towelheads in our shop, thanks.',
    'Get out of here, you wetback.',
  ])('finds discrimination in a slur: %s', (text) => expect(categories(text)).toContain('discrimination'));

  it.each([
    'Nouveau : le pull à manches longues, en soldes dès lundi.',
    'La gourde isotherme Kindy garde l’eau fraîche toute la journée.',
    'Grande vente de printemps : tout le rayon bébé à -30 %.',
    'Notre soupe à l’oignon et ses croûtons dorés.',
    'Un raton laveur brodé sur le pyjama, les enfants adorent.',
    'Pouf en velours pour la chambre des petits.',
    'Faites une pause : une punaise, une carte et on épingle nos souvenirs.',
    'Our summer sale starts Monday: 30 % off everything.',
    'Nude tights and sexy sequins for the party season.',
    'A classic cream pie recipe for Sunday lunch.',
    'Every pet deserves a cosy bed: our new range is here.',
    'Moby Dick and Twinkie the hamster are our mascots this year.',
    'Hardcore fans queued all night for the launch.',
    'Panties and vests for kids, in organic cotton.',
  ])('stays clean: %s', (text) => expect(categories(text)).toEqual([]));
});
