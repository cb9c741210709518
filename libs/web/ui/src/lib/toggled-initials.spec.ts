import { initials } from './initials';
import { toggled } from './toggled';

describe('toggled', () => {
  it('flips an item, or sets it as told, in a new set', () => {
    const start: ReadonlySet<string> = new Set(['a']);
    expect([...toggled(start, 'b')]).toEqual(['a', 'b']);
    expect([...toggled(start, 'a')]).toEqual([]);
    expect([...toggled(start, 'a', true)]).toEqual(['a']);
    expect([...toggled(start, 'c', false)]).toEqual(['a']);
    expect(toggled(start, 'a', true)).not.toBe(start);
  });
});

describe('initials', () => {
  it('takes the first letters of the first two words', () => {
    expect(initials('Total Careers')).toBe('TC');
    expect(initials('  ada  lovelace byron ')).toBe('AL');
    expect(initials('')).toBe('?');
  });
});
