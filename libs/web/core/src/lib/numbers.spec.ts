import { formatCount, formatUsd } from './numbers';

// Intl writes narrow no-break spaces in French: compare with plain spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('numbers in the UI language', () => {
  it('writes dollars as each language does', () => {
    expect(plain(formatUsd('fr', 1234.5))).toBe('1 234,50 $US');
    expect(formatUsd('en', 1234.5)).toBe('$1,234.50');
  });

  it('writes counts with each language’s grouping', () => {
    expect(plain(formatCount('fr', 12345))).toBe('12 345');
    expect(formatCount('en', 12345)).toBe('12,345');
  });
});
