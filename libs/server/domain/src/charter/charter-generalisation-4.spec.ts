// Generalisation, fourth round (2026-12-05, from hold-out 7's misses): job ads that turn away an accent, a body, a
// wheelchair or a pregnancy plan; refusing credit to "cas sociaux"; a sighting + a demand; a joke told about a
// people; looks as a hiring criterion; scripture cited by an unambiguous book; names of God and giving thanks; and
// on the clean side, a closure on a given day, "prêcher pour sa paroisse", a brand name followed by "next week".
// Every sentence was written for this spec (none is taken from a corpus, probe or hold-out file).
import { defaultCharter, mergeCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const withCodeName = mergeCharter({ confidential: { terms: ['Orsay Next'] } });
const categories = (text: string, charter = base) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, charter).map((f) => f.category);
const has = (text: string, category: string, charter = base) => categories(text, charter).some((c) => c === category);

describe('charter generalisation 4: families found', () => {
  it.each([
    ['discrimination', 'Standardistes H/F : forts accents régionaux s’abstenir.'],
    ['discrimination', 'Front desk staff wanted, heavy accents need not apply.'],
    ['discrimination', 'Vous êtes en fauteuil roulant ? Allez voir ailleurs, nos rayons sont trop serrés.'],
    ['discrimination', 'Overweight kids are not our target, we design for athletes.'],
    ['discrimination', 'Do not apply if you are planning a baby in the next two years.'],
    ['discrimination', 'Paiement en trois fois ? Pas crédit aux cas sociaux, désolé.'],
    ['discrimination', 'We spotted you at the gym on Tuesday. Delete your review before we see you again.'],
    ['discrimination', 'What do you call a Welsh plumber with a van? A thief 🤣'],
    ['discrimination', 'C’est l’histoire d’un Belge qui cherche la sortie du magasin… 😂'],
    ['discrimination', 'Hiring sales assistants for Knightsbridge: European look preferred.'],
    ['religion', 'Comme le dit Ecclésiaste 3, il y a un temps pour tout : un temps pour les soldes !'],
    ['religion', 'Love is patient, love is kind (Corinthians 13). So is our customer service.'],
    ['religion', 'Chaque vendredi, toute l’équipe rend grâce à l’Éternel.'],
    ['religion', 'Our founder gives thanks to Hashem for every new store.'],
  ])('%s: %s', (category, text) => {
    expect(categories(text)).toContain(category);
  });
});

describe('charter generalisation 4: look-alikes stay clean', () => {
  it.each([
    'Conseillers H/F : tous les accents sont les bienvenus, nos clients aussi en ont un.',
    'Call centre roles: regional accents welcome, we sound like our customers.',
    'Test de grossesse ? Inutile de demander en caisse, il est au rayon parapharmacie.',
    'Shop elsewhere? No need: our prices beat everyone in town.',
    'Entrée de plain-pied pour les clients en fauteuil roulant, notre équipe vous aide volontiers.',
    'Pourquoi les Belges adorent nos frites ? Parce qu’elles sont cuites deux fois !',
    'Nos boutiques seront fermées le lundi de Pâques, rendez-vous mardi.',
    'Our stores will be closed on Boxing Day, see you on the 27th.',
    'On prêche pour notre paroisse, mais ce cake au citron est vraiment une merveille.',
    'L’éternel débat : pain au chocolat ou chocolatine ?',
    'Jean 25 ans, vendeur chez nous depuis 3 ans, vous attend en boutique.',
  ])('%s', (text) => {
    expect(categories(text).filter(Boolean)).toEqual([]);
  });

  it('a code name written as a date is not the code name; the code name itself still is', () => {
    expect(has('Coming to Orsay next week: the winter collection.', 'confidential', withCodeName)).toBe(false);
    expect(has('Orsay Next launches in May, keep it to yourselves.', 'confidential', withCodeName)).toBe(true);
  });
});
