// Eighteenth round (2026-12-06): the word lists of word-lists-round-18.ts. Beside each family, the clean posts that
// share its shape. Every sentence was written for this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const rules = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

describe('followers sent after a person, and pressure through their job', () => {
  it.each([
    '@nina_bakes thinks our scones are dry. Go on, tell her what you think 👇',
    'This is the lad who filmed our till staff. Fill his replies, you know the drill.',
    'Her DMs are open, by the way. Just saying 😇',
    'The reviewer from last night is @tom_eats. Someone should pay him a visit in the comments.',
    'Keep it up and your employer will hear about it, Gary.',
    'Found his LinkedIn. His boss will love this 🙃',
    'Elle trouve nos crêpes trop chères ? Ses DM sont ouverts, à vous de jouer.',
    'Continue comme ça et ton employeur va en entendre parler.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Tell us what you think of the new range in the replies 👇',
    'Our DMs are open all weekend if your order is late.',
    'Come pay us a visit at the Bath store this Saturday!',
    'Your employer offers a cycle-to-work scheme? Our e-bikes qualify.',
    'Dites-nous ce que vous en pensez en commentaire !',
  ])('leaves %s', (text) => expect(rules(text)).not.toContain('discrimination'));
});

describe('looks, skin or an accent required by “only”', () => {
  it.each([
    'Casting for the summer catalogue: white families only, please.',
    'Model call for our swimwear shoot: perfect figures only 👙',
    'Voice-over artists wanted: received pronunciation only.',
    'Casting enfants pour la rentrée : peau claire uniquement.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'White chocolate only this week: the dark one is back on Monday.',
    'Our blonde ale is on tap in Leeds only.',
    'Native plants only in our garden range, good for the bees.',
    'Chocolat blanc uniquement en boutique cette semaine.',
  ])('leaves %s', (text) => expect(rules(text)).toEqual([]));
});

describe('a group of people met with suspicion', () => {
  it.each([
    'Scottish fans in town for the match? Hide the bar stock, lads 🍺',
    'Dutch tourists from the coach tour again. Count the spoons after they leave 🙄',
    'Des supporters anglais ce soir à la boutique ? Planquez la marchandise.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Inventory day: hide the stock photos, we are shooting our own!',
    'Avant les soldes, vérifiez chaque billet de 50 € avec le stylo détecteur, comme d’habitude.',
    'Scottish fans, welcome to Silverstone: the bar is open till late 🍺',
  ])('leaves %s', (text) => expect(rules(text)).not.toContain('discrimination'));
});

describe('phrases that demean whoever they are said of', () => {
  it.each([
    'Saw your gym selfie, Kerry. Maybe put the fork down first 😬',
    'That presenter has a face for radio, honestly.',
    'Love, get back in the kitchen and leave the pit wall to us 🏎️',
    'Ladies, the boiler is tricky: let your husband call us.',
    'Our new rep is clearly off his meds again 🙄',
    'There are only two genders, whatever the new HR poster says.',
    'Franchement, elle porte la culotte à la maison, ça se voit 😂',
    'Retourne à tes fourneaux, la F1 c’est pas pour toi.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Put the kettle on, the new biscuits are here ☕',
    'Our radio ad is live: tune in at 8 to hear the jingle.',
    'Back in the kitchen after the holidays: our bakers are ready!',
    'Ask your partner to call us if the meter reading looks odd.',
    'Deux gammes, deux couleurs : choisissez votre préférée !',
  ])('leaves %s', (text) => expect(rules(text)).toEqual([]));
});

describe('insults by comparison and by idiom', () => {
  it.each([
    'That referee has the eyesight of a mole and the backbone of a wet noodle.',
    'Our courier drives like a headless chicken, every single time.',
    'Whoever wrote this review is a few bricks short of a load.',
    'Le livreur a la délicatesse d’un éléphant, nos cartons en témoignent.',
    'Va te faire cuire un œuf avec tes avis bidons.',
    'Ce consultant, c’est un gland avec une cravate.',
  ])('finds %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Our new plush walrus is the cutest thing in the shop.',
    'We have the speed of a cheetah when it comes to deliveries!',
    'Elle a l’élégance d’une danseuse étoile dans notre robe de soirée.',
    'This croissant looks like a little crab, and we love it.',
  ])('leaves %s', (text) => expect(rules(text)).toEqual([]));
});

describe('political slogans and jabs without a party’s name', () => {
  it.each([
    'America First, and that goes for our energy bills too.',
    'The left wants to tax your Sunday roast. Not on our watch.',
    'Le président des riches n’a rien compris aux fins de mois.',
    'Proportional representation now, before the next election.',
  ])('finds %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Take the left lane for the drive-through.',
    'Our driver took the left kerb at turn 4 beautifully.',
    'Labour Day weekend: 20% off in every store.',
    'Cette robe a été un vrai travail d’orfèvre : 14 heures de couture.',
  ])('leaves %s', (text) => expect(rules(text)).toEqual([]));
});

describe('a practice laughed at, scorned, or a patron saint invoked', () => {
  it.each([
    'Christening season: dunking a baby in cold water while everyone claps 😂',
    'Les processions sous le cagnard derrière une statue 🤭 nous on reste au frais.',
    'Holy water is just tap water with a PR team.',
    'Saint Christopher, patron saint of travellers, watch over our drivers this weekend 🙏',
    'Saint Antoine, patron des objets perdus, on compte sur toi pour nos colis 🙏',
  ])('finds %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'This lad is growing so fast our socks gave up 😂 size up!',
    'Le patron des lieux vous offre le café ce matin 😂',
    'Our christening gowns are back in stock, hand-smocked in ivory cotton.',
    'Holy cow, that overtake at turn 3 😂',
  ])('leaves %s', (text) => expect(rules(text)).toEqual([]));
});

describe('guilt, verdicts and the law asserted; cures in a few words', () => {
  it.each([
    'That rival boss is guilty and everyone knows it, trial or no trial.',
    'The fraud case? We will be cleared, no doubt about it.',
    'Photos from a shop are fine: you can’t be sued for posting them.',
    'Ce jus de grenade combat le cancer, naturellement 🍷',
  ])('finds %s', (text) => expect(rules(text)).toContain('health_legal'));

  it.each([
    'Our new board game: who is guilty? Find out with the whole family 🕵️',
    'Court-side seats for the final: see you at the tennis club!',
  ])('leaves %s', (text) => expect(rules(text)).toEqual([]));
});

describe('what the poster says should not be posted', () => {
  it.each([
    'Not supposed to post this, but the Lyon warehouse moves to nights in March.',
    'Nouvelle grille de primes pour 2027, ne pas transférer.',
    'Store openings in Spain approved this week, press hasn’t got it yet 🤫',
  ])('finds %s', (text) => expect(rules(text)).toContain('confidential'));

  it.each([
    'Please share this with anyone who loves shortbread!',
    'Transférez ce code promo à vos amis : -10 % sur tout le site.',
  ])('leaves %s', (text) => expect(rules(text)).toEqual([]));
});
