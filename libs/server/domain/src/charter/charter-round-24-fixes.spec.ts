// Twenty-fourth session (2026-12-07): bugs found while reading the session's sets, each with the sentences that showed
// it. Every sentence was written for this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';
import { inQuietPeriod, ruleCategories } from './spec-rules';

const rules = (text: string) => ruleCategories(text);

describe('a street named beside "à samedi" or "vous savez quoi faire" is no harassment without a person', () => {
  it.each([
    'Notre pop-up s’installe rue de la Paix ce week-end, à samedi !',
    'Nouvelle boutique rue du Commerce à Nantes : on vous attend, à bientôt !',
    'La boutique de la rue des Carmes rouvre, vous savez quoi faire 😉',
    'Nos livreurs passent rue des Lilas ce soir, vous savez quoi faire : commandez avant 18 h !',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));

  it.each([
    'La cliente qui nous a mis une étoile habite rue des Lilas, vous savez quoi faire 😈',
    'Ce type qui nous insulte habite au 14 rue des Lilas. À samedi 😉',
  ])('still finds %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('a word spelled out letter by letter is read as that word by the classifier', () => {
  const all = (text: string) =>
    checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, defaultCharter()).map((f) => f.category);
  it.each(['Le P.r.o.j.e.t du mois arrive enfin dans toutes nos boutiques', 'Les p.r.o.j.e.t.s du mois sont en ligne'])(
    'leaves %s clean (its letters were the stems of masked swear words, "p … t")',
    (text) => expect(all(text)).toEqual([]),
  );
  it('still finds an insult spelled out', () =>
    expect(all('Quel c.o.n.n.a.r.d cet arbitre franchement, il a rien vu du match')).toContain('insult'));
});

describe('thanks to the NHS is no politics', () => {
  it.each([
    'NHS heroes: no shame in a second slice of our carrot cake today',
    '20% NHS discount all week, no shame in treating yourself',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
  it('still finds a government blamed', () =>
    expect(rules('NHS staff deserve better than this government’s shameful pay offer')).toContain('politics'));
});

describe('the results of a contest or a poll are no financial topic in a quiet period', () => {
  it.each([
    'Les résultats de notre concours de dessin sont tombés ! Bravo à Inès, 7 ans 🎨',
    'Giveaway results are in: congrats to our three winners 🎁',
    'Résultats du sondage : vous préférez les chaussettes à motifs, et de loin 🧦',
  ])('leaves %s clean', (text) => expect(inQuietPeriod(text)).toEqual([]));

  it.each([
    'Nos résultats du semestre sont tombés, la croissance est là 📈',
    'Results are in and our sales beat every forecast, thanks team!',
  ])('finds %s', (text) => expect(inQuietPeriod(text)).toContain('confidential'));
});

describe('a brand’s own people and sites are no harassment or exclusion', () => {
  it.each([
    'Notre boulanger habite à deux rues de la boutique : pour les croissants chauds dès 6 h, vous savez quoi faire 🥐',
    'Notre cheffe habite au-dessus du restaurant, alors pour un brunch tardif, vous savez quoi faire 😉',
    'Nos stations-service du 93 recrutent des caissiers. Tous les profils sont les bienvenus !',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));

  it.each([
    'La cliente qui nous a mis une étoile habite au 3e, vous savez quoi faire',
    'Pas de candidats du 93, trop de problèmes avec ces profils',
  ])('still finds %s', (text) => expect(rules(text)).toContain('discrimination'));
});
