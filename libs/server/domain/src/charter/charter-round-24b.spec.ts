// Twenty-fourth session, second reading (2026-12-07): the insult families of word-lists-round-24b.ts, read from
// `train-bd`, `train-bh`, `train-ba` and `holdout-32`. Beside each family, the clean posts that share its words. Every
// sentence was written for this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const rules = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

describe('regional slang, masked and spelled-out swearing', () => {
  it.each([
    'The jagoff in the white van took two parking bays again.',
    'Our new supplier is a total cockwomble, honestly.',
    'Some dingus left the freezer door open all night.',
    'Who signed off this rota? Proper merchant banker, that one.',
    'Get off the phone at the checkout, ya dropkick.',
    'Whoever parked across the loading bay: you absolute plum.',
    'wtaf is this delivery schedule',
    'Ce match était put1 de long.',
    'Le service de livraison est dogshit cette semaine.',
    'Holy 💩, did you see that overtake?',
    'That was a s h i t t y call from the ref.',
    'Encore une p u t a i n de panne ce matin.',
    'Tarba de voisin, il a encore garé sa voiture devant chez nous.',
    'Quel golmon, ce livreur.',
    'Sale enflure de proprio.',
    'Hostie que c’est bon, ce nouveau goût !',
    'You’re a pos and everyone knows it.',
    'Some scrote keyed the delivery van in the car park.',
    'Quelle gourde, ce livreur.',
    'Une passoire, ce gardien.',
    'Ces clampins du SAV ne répondent jamais.',
    'Go and boil your head.',
  ])('finds %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Our plum crumble is back for autumn, made with Victoria plums.',
    'Meet our coffee roaster in Lyon, a total perfectionist.',
    'Our dill pickles are crunchier than ever.',
    'Our new plum jam, you are a fan already!',
    'Our Hampton Court store opens on Saturday.',
    'Our POS customer display now shows the loyalty points.',
    'Holy Week opening hours: the shop is open as usual.',
    'Our ecologists spotted a spangled drongo near the solar panels 🐦',
    'Meet Bella: spaniel bitch, two years old, looking for a home with a garden.',
    'Quelle gourde choisir pour la rentrée ? Notre sélection inox.',
    'Thank you git users for the feedback on our app.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));

  it('reads the host at Mass as no swear word', () => {
    expect(rules('L’hostie que le prêtre a bénie ce matin, pour la première communion.')).not.toContain('insult');
  });
});

describe('mock politeness, sarcastic praise and stupidity idioms', () => {
  it.each([
    'Bless your heart, honey. Maths clearly isn’t your strong suit.',
    'Oh sweetie, must be exhausting being that confidently wrong about our recipe.',
    'With all due respect, and there’s not much, your review makes no sense.',
    'He couldn’t find his own car park with a map.',
    'Great work, Sherlock, you found the price tag.',
    'Thanks for nothing, mate.',
    'Un aigle, ce stagiaire.',
    'Bravo, génie, tu as encore cassé l’imprimante.',
    'Lights on, no one home: our new courier in one sentence.',
    'Il n’a pas inventé la poudre, notre livreur.',
    'Two fries short of a Happy Meal, that referee.',
    'Il a une araignée au plafond, notre fournisseur.',
    'Reading is hard, isn’t it?',
    'Mush for brains, the lot of them at the depot.',
    'Tu sers à rien, franchement.',
    'Nobody asked, Karen.',
    'Thanks for your input, Captain Obvious.',
    'I’d explain it to you, but I’m out of crayons.',
  ])('finds %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Bless your heart, sweetie, thank you for the lovely card!',
    'With all due respect to the classics, our new caramel tart is the best dessert on the menu.',
    'Nice try! The answer to yesterday’s riddle was the lemon biscuit.',
    'Thanks for the tip, mate, we’ll pass it on to the bakery.',
    'Bravo champion, ton dessin a gagné le concours !',
    'The lights are on in the new warehouse, and the team is home by six.',
    'Une lumière douce pour la chambre de bébé, ce garçon va adorer sa veilleuse.',
    'Reading is hard at first: these picture books make it fun.',
    'Ce pilote prend son pied sur ce circuit !',
    'Nobody asked, mate, but here’s our new flavour anyway 😄',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('groups called incompetent, people as animals, an insult before a role, road users', () => {
  it.each([
    'Une direction composée de charlots.',
    'Un service client composé de nullos.',
    'Toutes des dindes, ces influenceuses.',
    'You filthy animals, clean up the break room.',
    'That joke of a referee ruined the match.',
    'This disgrace of a landlord kept our deposit.',
    'Cette andouille de livreur a encore sonné chez le voisin.',
    'Regarde ce blaireau en scooter sur la piste cyclable.',
    'Ce gros blaireau m’a coupé la route 🤬',
  ])('finds %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Une équipe de passionnés, composée de pâtissiers et de chocolatiers.',
    'Quelle dinde choisir pour Noël ? Notre guide des volailles fermières.',
    'Les blaireaux de la forêt de Brocéliande ont inspiré notre nouveau pyjama.',
    'The clown of a birthday party? We hired two, and the kids loved them.',
    'Who raised you to love baking? Tell us about your grandma.',
    'Our mechanics are absolute animals on track: two seconds flat for four tyres 💪',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
