import { csvCell, csvRow } from './csv';

describe('csv', () => {
  it('leaves plain cells alone', () => expect(csvRow(['a', 1, null, undefined])).toBe('a,1,,\r\n'));
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('il a dit "oui"')).toBe('"il a dit ""oui"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
  });
  it('neutralizes spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+33 1 23')).toBe("'+33 1 23");
    expect(csvCell('@mention')).toBe("'@mention");
  });
  it('keeps accents and French punctuation', () => expect(csvCell('« l’entreprise »')).toBe('« l’entreprise »'));
});
