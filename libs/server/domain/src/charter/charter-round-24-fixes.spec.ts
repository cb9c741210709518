// Twenty-fourth session (2026-12-07): bugs found while reading the session's sets, each with the sentences that showed
// it. Every sentence was written for this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const rules = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

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
