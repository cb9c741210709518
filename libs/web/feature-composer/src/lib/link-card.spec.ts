import { linkCard } from './link-card';

describe('link card of the preview', () => {
  it('shows the last link of the text: its domain (without www) and path', () => {
    expect(linkCard('Lisez https://www.lemonde.fr/economie/article/2026/12/04/x.html?utm=1 !')).toEqual({
      href: 'https://www.lemonde.fr/economie/article/2026/12/04/x.html?utm=1',
      domain: 'lemonde.fr',
      path: '/economie/article/2026/12/04/x.html?utm=1',
    });
    expect(linkCard('a https://a.fr/1 puis https://b.com/2')?.domain).toBe('b.com');
  });
  it('reads a link written without a scheme; a home page has no path', () => {
    expect(linkCard('Rendez-vous sur carrieres.lemonde.fr')).toEqual({
      href: 'https://carrieres.lemonde.fr/',
      domain: 'carrieres.lemonde.fr',
      path: '',
    });
  });
  it('shortens a long path; no link, no card', () => {
    const card = linkCard(`https://exemple.com/${'a'.repeat(100)}`);
    expect(card?.path).toHaveLength(60);
    expect(card?.path.endsWith('…')).toBe(true);
    expect(linkCard('Pas de lien ici. Ni là.')).toBeNull();
  });
});
