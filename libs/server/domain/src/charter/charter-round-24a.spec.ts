// Twenty-fourth session, first reading (2026-12-07): the families of word-lists-round-24a.ts, read from `train-bf`,
// `train-bc`, `train-az`, `train-ay` and `holdout-32`. Beside each family, clean posts that share its words. Every
// sentence was written for this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const rules = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

describe('harassment: whereabouts with a call to act, a school known, dogpiles, shutting out, outing, bodies', () => {
  it.each([
    'Le livreur qui nous a mal notés vit au 3 allée des Cerisiers, il rentre vers 19 h. Vous savez quoi faire 😉',
    'That reviewer works mornings at the Leeds depot, out at 2pm. Do with that what you will.',
    'Dig up his other accounts and ratio him until he goes quiet for good.',
    "Plan for Tom in accounts: nobody talks to him at lunch, give it a fortnight and he'll quit 😌",
    "La nouvelle caissière, avant c'était un mec, demandez-lui son ancien prénom 😏",
    'Our new colleague was called Kevin until March, be sure to ask her about it 😏',
    'Dommage pour ses dents, la photo de la cliente était jolie 😬',
    'Leggings at her weight? Those jeans have a weight limit, love 😂',
    'Les gros pourront enfin manger un dessert sans culpabiliser 🐷',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Just an observation: the car park on Bridge Street is full every morning, come by bike 🚲',
    'Nobody helps you choose a pram like our Priya does, she is a star ✨',
    'Our colleague was called up for the national team! 🎉',
    'Shame about the weather, but the picnic was lovely 🌧️',
    'This trampoline has a weight limit of 100 kg, check the label.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('discrimination: backhanded praise, competence by sex, dads and boys, age, disability', () => {
  it.each([
    'Jolie coupe, et elle parle bien pour une Sénégalaise 👏',
    'Super bien géré pour une femme, ce chantier 👏',
    'Our new CFO did the spreadsheet all by herself today, so proud of her 😂',
    'Women in the pit lane? Stick to holding the umbrellas, ladies 😂',
    'Papa seul au rayon couches, 20 minutes perdu… Laissez faire les mamans, messieurs 😅',
    'Your son wants the glitter backpack? Buy him the football one, nip it in the bud 😉',
    "À nos papys qui bloquent les caisses à l'ouverture : vous avez tout votre temps, nous pas 👴",
    'Our 62-year-olds at the tablet training: three days to find the tab. Roll on retirement 🙃',
    'Snowflake generation: our intern cried because we asked for a report by Friday ❄️',
    'Family-size tub, so easy even the "special" kid in your class can open it 😂',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Les gros volumes de commandes arrivent, on recrute pour Noël.',
    'Bonne année 2026 à toutes nos clientes et clients !',
    'Our 4-year-old tied her shoes all by herself today, so proud!',
    "Papa, laissez faire les pros : nos coiffeuses s'occupent de la coupe des petits 💇",
    'Pensioners travel free on our shuttle bus all day Tuesday.',
    'Snowflake earrings are back in the winter collection ❄️',
    'Make it a special day for the kid in your class who has a birthday 🎂',
    'Atelier langue des signes pour les enfants sourds et entendants samedi 👐',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('discrimination: names, theft suspicion, regions, the poor, faith at work, hiring', () => {
  it.each([
    "S'il faut trois essais pour prononcer ton nom, ta candidature finit à la poubelle.",
    'Magasin ouvert à Bobigny : antivols sur tous les rayons, vous connaissez la clientèle du coin 😏',
    'Ils sont arrivés en caravane ce matin, on compte les cintres ce soir.',
    'Les Bretons et le boulot, deux mots qui vont pas ensemble 😂',
    "It's in the blood with that lot: not a penny leaves their pocket 💰",
    'Encore un taxi qui ne parle pas un mot de français, retour au pays par le prochain vol ✈️',
    "Only the kids from the Oak estate won't get a goodie bag, we've given enough already.",
    "Merci d'indiquer votre pratique religieuse sur le formulaire de candidature.",
    'No exceptions at lunch for people who fast, apply elsewhere.',
    "Candidates living in Hackney won't be considered, too many late starts.",
    'Des gens qui se disent mormons : aucune personnalité, une vraie secte 🙄',
    "Chignons, locs et tresses devront être défrisés pour l'accueil.",
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Nos antivols de vélo sont en promo cette semaine 🚲',
    "Caravane de la joie : notre tournée d'été passe par Lorient !",
    'Les Bretons adorent nos galettes au beurre salé 🥞',
    'Halal and kosher options are available at every stand.',
    'Please state your size and colour in the order form.',
    'Our team loves braids, locs and afros: book a styling session for your kids.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('second labels', () => {
  it('reads religion beside a trope or a sermon, and an insult in a mocked size', () => {
    expect(rules("It's in the blood with that lot: not a penny leaves their pocket 💰")).toContain('religion');
    expect(rules('Aux mamans voilées du club : ici on fait du sport, pas de prêche 🧕')).toContain('religion');
    expect(rules('Le client en taille XXL qui râle que ça serre : on a tous pleuré de rire')).toContain('insult');
    expect(rules('Our clown of a president has done it again.')).toContain('insult');
    expect(rules('Le dépôt de Saint-Priest recrute des caristes.')).toEqual([]);
  });
});
