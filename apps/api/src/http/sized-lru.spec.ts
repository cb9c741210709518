import { SizedLru } from './sized-lru';

describe('SizedLru', () => {
  const lru = () => new SizedLru<string, string>(10, (v) => v.length);

  it('drops the least recently used values once over its budget, never the one just added', () => {
    const c = lru();
    c.set('a', 'aaaa');
    c.set('b', 'bbbb');
    c.get('a'); // a is now the most recent
    c.set('c', 'cccc');
    expect([c.peek('a'), c.peek('b'), c.peek('c')]).toEqual(['aaaa', undefined, 'cccc']);
    expect(c.bytes).toBe(8);
  });

  it('keeps nothing larger than the whole budget, and counts a replaced value once', () => {
    const c = lru();
    c.set('big', 'x'.repeat(11));
    expect(c.peek('big')).toBeUndefined();
    c.set('a', 'aa');
    c.set('a', 'aaa');
    expect(c.bytes).toBe(3);
  });

  it('counts a value that grew, and makes room for it', () => {
    const sized = new SizedLru<string, { s: string }>(10, (v) => v.s.length);
    const grown = { s: 'aaaa' };
    sized.set('old', { s: 'oooo' });
    sized.set('grown', grown);
    grown.s = 'aaaaaaaa';
    sized.resized('grown');
    expect(sized.peek('old')).toBeUndefined();
    expect(sized.bytes).toBe(8);
  });
});
