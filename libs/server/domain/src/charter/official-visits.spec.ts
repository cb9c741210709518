// An official's visit to a site is news, not a stance (official-visits.ts): the title's politics word is dropped, and
// what else the post says still counts.
import { officialVisits } from './official-visits';
import { ruleCategories as rules } from './spec-rules';

describe('official-visits', () => {
  it.each([
    "La ministre de l'Industrie a visité ce matin notre site de Fos-sur-Mer, merci aux équipes 👷",
    "Visite du préfet et du maire de Lisieux à l'usine aujourd'hui : charlotte sur la tête comme tout le monde 🍪",
    'The Energy Secretary visited our Aberdeen site this morning to see the new training centre.',
    // Two-word titles: their alternatives keep their spaces.
    'Le Premier ministre a visité notre usine de Dunkerque ce matin avec nos apprentis 👷',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));

  it.each([
    "Le ministre est passé sur notre stand, on lui a dit ce qu'on pense de sa réforme 😏",
    'The minister visited our plant, then voted to shut it down. Vote him out in May.',
  ])('still finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it('spans the title and the visit only within one clause', () => {
    const text = 'Le maire de Brest a visité notre atelier. Votez pour lui !';
    expect(officialVisits(text).map((s) => text.slice(s.start, s.end))).toEqual(['Le maire de Brest a visité']);
  });

  it('finds nothing in a text without a title', () =>
    expect(officialVisits('Nouvelle boutique à Brest 🎈')).toEqual([]));
});
