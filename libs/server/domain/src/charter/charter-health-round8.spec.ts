// Health and legal claims, eighth round (2026-12-05, from hold-out 8, train-g and train-h), by family: conditions of
// the throat, the gut and children's sleep acted on by a tight verb ("sorts out", "half as many"), a condition gone
// ("my eczema is gone"), the immune system made powerful ("supercharged"), circulation boosted, a lozenge or a
// sleeping pill beaten, "no prescription needed" near a condition; a conviction said to be a matter of time, no law
// can make you, a landlord or promoter who can do nothing. Every sentence was written for this spec (none is taken
// from a corpus, probe or hold-out file).
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories (the trained classifier's `category_model` findings left out). */
const ruleCategories = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model')
    .map((f) => f.category);

describe('charter health and legal, round 8: claims found', () => {
  it.each([
    'Notre tisane au thym apaise les quintes de toux des petits en une nuit.',
    'These ginger chews sort your travel nausea out before take-off.',
    'Our almond biscuits stop bedwetting in under a week.',
    'Nos gaufres sans gluten réparent les dégâts de la maladie coeliaque.',
    'Families on our oat milk get half as many ear infections each winter.',
    'Deux semaines avec nos chaussettes en laine et mon arthrose a disparu !',
    'Three weeks on our green smoothie and my eczema is gone for good.',
    "Avec notre jus d'orange, leur système immunitaire est blindé pour tout l'hiver.",
    'One shot a day keeps your immune system supercharged through flu season.',
    'Our merino tights boost circulation in tired legs.',
    'This lemon candy works better than any cough mixture.',
    "Notre camomille, aussi efficace qu'un somnifère pour les nuits agitées.",
    'Our hemp gummies calm panic attacks, no prescription needed.',
    "Leur patron a fraudé, sa condamnation n'est qu'une question de jours.",
    'Their CEO lied to investors and his conviction is only a matter of time.',
    'Aucune loi ne peut vous obliger à rendre ce colis livré par erreur.',
    'There is no law that can make you pay that parking charge.',
    'Keep the deposit, your landlord cannot do anything about it.',
    "Revendez vos places sans crainte, l'organisateur ne peut rien contre vous.",
  ])('%s', (text) => {
    expect(ruleCategories(text)).toContain('health_legal');
  });
});

describe('charter health and legal, round 8: look-alikes left clean', () => {
  it.each([
    'Notre sirop d’érable arrive en boutique demain, en bouteille de 50 cl.',
    'Stop by our stand for a hot drink after the school run.',
    'The old logo is gone: say hello to our new look!',
    'La neige a disparu des pistes, place aux randonnées de printemps.',
    'Our new delivery vans are supercharged with electric motors.',
    'La circulation est difficile ce matin, nos livreurs auront un peu de retard.',
    'We pay our suppliers within thirty days, no exceptions.',
    'Sold out? It is only a matter of time before the restock.',
    "Il n'y a aucune règle pour bien porter un pull de Noël 🎄",
    "La pluie ? Même notre équipe n'y peut rien, prenez un parapluie ☔",
    'We support the hay fever research charity with every pack sold this spring.',
  ])('%s', (text) => {
    expect(ruleCategories(text)).not.toContain('health_legal');
  });
});
