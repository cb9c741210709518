// A first name that is also a faith's word, written as someone's, is not the faith (person-names.ts). Every clean
// sentence here was flagged as religion before.
import { personNames } from './person-names';
import { ruleCategories as rules } from './spec-rules';

describe('person-names: first names read as people', () => {
  it.each([
    "Bravo à Christian, notre chef d'équipe, pour ses 20 ans chez nous 🎂",
    'Welcome Jesús Ortega, our new mechanic 🔧',
    'Christian, our head baker, has been up since 4am 🥐',
    'Our custard tart, made the way Jesus (our head pâtissier, from Seville) learned it 🥧',
    'Happy birthday Krishna! 20 years on the rigs 🎂',
    'Say hi to Shiva at the Leeds counter 👋',
    'Bienvenue à Christian Martin, notre nouveau directeur 👋',
    'Le tiramisu de notre chef Christian est de retour en rayon 🍰',
    "Félicitations à Inès, Christian et Marie-Noëlle, lauréats du prix de l'innovation 🏆",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));

  it.each([
    'Jesus saves, and so should you: 20% off 🙏',
    'Christian values are at the heart of our family business ✝️',
    'Only Jesus Christ can save this country.',
    'Praise Krishna for this harvest 🙏',
    'Thank you Jesus for this win 🙏',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it('gives the span of the name only', () => {
    const text = 'Welcome Jesús Ortega!';
    expect(personNames(text).map((s) => text.slice(s.start, s.end))).toEqual(['Jesús']);
  });

  it('finds nothing in a text without those names', () => expect(personNames('Christmas sale: -20 %')).toEqual([]));
});
