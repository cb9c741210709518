import { figureFormat } from './numbers';

// Intl writes narrow no-break spaces in French: compare with plain spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('numbers in the UI language', () => {
  it('writes dollars as each language does', () => {
    expect(plain(figureFormat('fr').money(1234.5))).toBe('1 234,50 $US');
    expect(figureFormat('en').money(1234.5)).toBe('$1,234.50');
  });

  it('writes counts with each language’s grouping', () => {
    expect(plain(figureFormat('fr').count(12345))).toBe('12 345');
    expect(figureFormat('en').count(12345)).toBe('12,345');
  });

  it('formats counts, rates and money with Intl', () => {
    const fr = figureFormat('fr');
    const en = figureFormat('en');
    expect(plain(fr.count(12345))).toBe('12 345');
    expect(en.count(12345)).toBe('12,345');
    expect(plain(fr.percent(0.0421))).toBe('4,21 %');
    expect(en.percent(0.05)).toBe('5.0%');
    expect(plain(fr.money(1.5))).toBe('1,50 $US');
    expect(en.money(1.5)).toBe('$1.50');
  });
});
