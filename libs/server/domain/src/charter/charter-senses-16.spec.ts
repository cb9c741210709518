// Ordinary senses the rules read as banned (2026-12-06, on fresh sets and training sets' hard negatives): a bâtard
// is also a loaf ("pains bâtards", "un bâtard tout chaud"), "élus produit de l'année" is an award, a chevron oak floor
// is a pattern, not the company; chili con carne, criss-cross, "bless this mess", the Lord Mayor, hi-vis "gilets
// jaunes", a hall "en hémicycle". Beside each, the banned sense still found. Every sentence was written for this spec.
import { defaultCharter, mergeCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const rules = (text: string, charter = base) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, charter)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

describe('a bâtard is also a loaf', () => {
  it.each([
    'Pains bâtards et baguettes de tradition sortent du four à 7 h, venez tôt !',
    'Un bâtard tout chaud et une plaquette de beurre : le petit-déjeuner parfait.',
    'Nos bâtards croustillants sont pétris à la main chaque matin.',
  ])('leaves %s', (text) => expect(rules(text)).not.toContain('insult'));

  it.each(['Espèce de bâtard, rends-moi mon colis.', 'Bande de bâtards, vous ne livrez jamais à l’heure.'])(
    'finds %s',
    (text) => expect(rules(text)).toContain('insult'),
  );
});

describe('elected product of the year is an award', () => {
  it.each([
    'Élus Produit de l’Année 2027 dans la catégorie goûters, merci à vous !',
    'Notre confiture a été élue meilleure confiture de la région en 2026.',
    'Voted product of the year 2027 by shoppers: thank you all!',
  ])('leaves %s', (text) => expect(rules(text)).not.toContain('politics'));

  it.each([
    'Les élus de la majorité ont encore voté contre les commerçants, honteux.',
    'Ces élus qui nous taxent, vivement 2027 qu’on les dégage.',
  ])('finds %s', (text) => expect(rules(text)).toContain('politics'));
});

describe('a chevron floor is a pattern', () => {
  const charter = mergeCharter({ categories: { competitors: ['Chevron', 'Shell'] } });

  it.each([
    'Our new lobby: chevron oak flooring and a wall of plants 🌿',
    'Parquet en chevron de chêne massif pour le nouvel atelier.',
  ])('leaves %s', (text) => expect(rules(text, charter)).not.toContain('competitors'));

  it.each(['Chevron just raised its prices again, ours stay put.', 'Moins cher que chez Chevron, et sans attente.'])(
    'finds %s',
    (text) => expect(rules(text, charter)).toContain('competitors'),
  );
});

describe('idioms and names that hold a banned word', () => {
  it.each([
    ['insult', 'Recette du jour : chili con carne et pain de maïs, parfait pour les soirées froides 🌶️'],
    ['insult', 'Chili con carne night at the café, with cornbread on the side.'],
    ['insult', 'Criss-cross straps and padded soles: the summer sandals are here.'],
    ['religion', 'Bless this mess: storage boxes that tidy a playroom in minutes.'],
    ['religion', 'The Lord Mayor opens our new Leeds store on Saturday at 10am.'],
    ['politics', 'Gilets jaunes fluo pour les sorties à vélo, du 4 au 12 ans, 6,99 €.'],
    ['politics', 'Notre nouvel amphithéâtre en hémicycle accueille les conférences dès septembre.'],
  ])('leaves %s out: %s', (category, text) => expect(rules(text)).not.toContain(category));

  it.each([
    ['insult', 'Quel con, ce livreur qui jette les colis par-dessus la grille.'],
    ['religion', 'May the Lord bless every basket you buy this Easter 🙏'],
    ['politics', 'Les gilets jaunes avaient raison, ce gouvernement nous méprise.'],
  ])('still finds %s: %s', (category, text) => expect(rules(text)).toContain(category));
});
