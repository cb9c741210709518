// Figurative titles (figurative-titles.ts): a minister of something no government has a portfolio for is a joke the
// classifier does not read; a real portfolio is read as before. Every sentence was written for this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';
import { figurativeTitles } from './figurative-titles';

const spans = (text: string) => figurativeTitles(text).map((s) => text.slice(s.start, s.end));
const categories = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, defaultCharter()).map((f) => f.category);

describe('figurative titles', () => {
  it.each([
    ['Notre ministre des crêpes a encore frappé : rendez-vous au stand 🥞', 'ministre des crêpes'],
    ['Meet our Minister of Biscuits, in charge of the tasting panel this week', 'Minister of Biscuits'],
    ['Le Ministère du Pull Moche ouvre ses portes samedi', 'Ministère du Pull'],
    ['Bienvenue à la nouvelle secrétaire d’État aux chaussettes dépareillées', 'secrétaire d’État aux chaussettes'],
  ])('are found: %s', (text, title) => {
    expect(spans(text)).toEqual([title]);
  });

  it.each([
    'Le ministre de l’Intérieur a encore menti, il doit démissionner.',
    'The Minister for Health should resign after this scandal.',
    'La ministre déléguée aux Sports visite notre usine de Roubaix.',
    'The Secretary of State for Education cut the school budget again.',
  ])('leave a real portfolio alone: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('keep a joke title clean, while a minister of a real portfolio attacked is still politics', () => {
    // Read as politics at 0.92 with the title; clean without it.
    expect(categories('Le ministre des chaussettes a parlé, c’est notre nouveau rayon.')).toEqual([]);
    expect(categories('Le ministre de l’Intérieur a encore menti, il doit démissionner.')).toContain('politics');
  });
});
