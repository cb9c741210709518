import { LONG_POST_MAX_WEIGHTED_LENGTH, parseTweetText, splitIntoThread, weightedLength } from './tweet-text';

describe('tweet-text (twitter-text v3 weighting, figures of X-API.md §5)', () => {
  it.each([
    ['a'.repeat(280), 280, true],
    ['a'.repeat(281), 281, false],
    ['漢'.repeat(140), 280, true],
    ['漢'.repeat(141), 282, false],
  ])('counts %#', (text, length, valid) => {
    const parsed = parseTweetText(text);
    expect(parsed.weightedLength).toBe(length);
    expect(parsed.valid).toBe(valid);
    expect(parsed.remaining).toBe(280 - length);
    expect(parsed.maxWeightedLength).toBe(280);
  });

  it.each([
    ['👨‍👩‍👧‍👦', 2],
    ['🙋🏽', 2],
    ['cafe\u0301', 4],
    ['Hello, world! 👋', 16],
    ['🫱🏻‍🫲🏿', 9],
    ['see https://example.com/a/very/long/path/that/is/longer/than/twenty-three', 27],
    ['example.com', 23],
    ['É à ç', 5],
  ])('weighs %s as %d', (text, expected) => {
    expect(weightedLength(text)).toBe(expected);
  });

  it('accepts long posts with a larger limit', () => {
    const text = 'a'.repeat(1000);
    expect(parseTweetText(text).valid).toBe(false);
    const long = parseTweetText(text, { maxWeightedLength: LONG_POST_MAX_WEIGHTED_LENGTH });
    expect(long.valid).toBe(true);
    expect(long.remaining).toBe(LONG_POST_MAX_WEIGHTED_LENGTH - 1000);
  });

  it('treats empty text as invalid', () => {
    expect(parseTweetText('').valid).toBe(false);
  });

  it('tells where the part past the limit begins (UTF-16 index; URLs and emoji weighted)', () => {
    expect(parseTweetText('a'.repeat(300)).validEnd).toBe(280);
    expect(parseTweetText('court').validEnd).toBe(5);
    expect(parseTweetText(`😀${'a'.repeat(279)}`).validEnd).toBe(280); // 2 + 278 = 280 weighted, 280 code units
    const withUrl = `https://example.com/${'x'.repeat(100)} ${'b'.repeat(260)}`;
    const parsed = parseTweetText(withUrl);
    expect(withUrl.slice(0, parsed.validEnd)).toBe(`https://example.com/${'x'.repeat(100)} ${'b'.repeat(256)}`);
  });

  describe('splitIntoThread', () => {
    it('keeps a short text whole', () => {
      expect(splitIntoThread('Bonjour à tous')).toEqual(['Bonjour à tous']);
      expect(splitIntoThread('   ')).toEqual([]);
    });

    it('splits between words, each segment within the limit, nothing lost', () => {
      const words = Array.from({ length: 200 }, (_, i) => `mot${i}`);
      const segments = splitIntoThread(words.join(' '), 50);
      expect(segments.length).toBeGreaterThan(1);
      for (const s of segments) expect(weightedLength(s)).toBeLessThanOrEqual(50);
      expect(segments.join(' ').split(' ')).toEqual(words);
    });

    it('cuts between sentences before cutting a sentence, each segment within the limit', () => {
      const sentences = [
        `Première phrase ${'longue '.repeat(20).trim()}.`,
        `Deuxième phrase ${'encore '.repeat(10).trim()} !`,
        `Troisième ${'mot '.repeat(20).trim()} ?`,
      ];
      const segments = splitIntoThread(sentences.join(' '), 280);
      expect(segments).toEqual([`${sentences[0]} ${sentences[1]}`, sentences[2]]);
      for (const s of segments) expect(weightedLength(s)).toBeLessThanOrEqual(280);
    });

    it('a sentence too long on its own is cut between words, the next sentence fills the rest', () => {
      const long = `${'a'.repeat(9)} `.repeat(40).trim() + '.';
      const segments = splitIntoThread(`${long} Fin.`, 280);
      expect(segments.length).toBe(2);
      for (const s of segments) expect(weightedLength(s)).toBeLessThanOrEqual(280);
      expect(segments.join(' ')).toBe(`${long} Fin.`);
      expect(segments[1]).toMatch(/ Fin\.$/);
    });

    it('prefers paragraph breaks', () => {
      const a = 'x'.repeat(200);
      const b = 'y'.repeat(200);
      expect(splitIntoThread(`${a}\n\n${b}`)).toEqual([a, b]);
    });

    it('hard-splits an over-long word and respects CJK weights', () => {
      const segments = splitIntoThread('漢'.repeat(300), 280);
      expect(segments).toEqual(['漢'.repeat(140), '漢'.repeat(140), '漢'.repeat(20)]);
    });

    it('adds counters that fit within the limit', () => {
      const text = Array.from({ length: 120 }, () => 'lorem').join(' ');
      const segments = splitIntoThread(text, 100, { numbering: true });
      expect(segments.length).toBeGreaterThan(1);
      segments.forEach((s, i) => {
        expect(s.endsWith(` ${i + 1}/${segments.length}`)).toBe(true);
        expect(weightedLength(s)).toBeLessThanOrEqual(100);
      });
    });
  });
});
