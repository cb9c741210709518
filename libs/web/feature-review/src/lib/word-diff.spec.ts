import { segmentDiffs, wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('marks the replaced word, keeping accented words whole', () => {
    expect(
      wordDiff('Les soldes d’été commencent demain chez Kindy', 'Les soldes d’été commencent lundi chez Kindy'),
    ).toEqual([
      { kind: 'same', text: 'Les soldes d’été commencent ' },
      { kind: 'del', text: 'demain' },
      { kind: 'ins', text: 'lundi' },
      { kind: 'same', text: ' chez Kindy' },
    ]);
    expect(wordDiff('une croissance élevée', 'une hausse élevée').filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'del', text: 'croissance' },
      { kind: 'ins', text: 'hausse' },
    ]);
  });

  it('gives the texts back unchanged when they are equal, and joins the parts into each text (up to spacing)', () => {
    expect(wordDiff('Rien ne change.', 'Rien ne change.')).toEqual([{ kind: 'same', text: 'Rien ne change.' }]);
    const parts = wordDiff('Merci à nos équipes 🎉', 'Merci à nos 4 000 collaborateurs 🎉 !');
    const join = (kinds: string[]) =>
      parts
        .filter((p) => kinds.includes(p.kind))
        .map((p) => p.text)
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
    expect(join(['same', 'del'])).toBe('Merci à nos équipes 🎉');
    expect(join(['same', 'ins'])).toBe('Merci à nos 4 000 collaborateurs 🎉 !');
  });
});

describe('segmentDiffs', () => {
  const seg = (text: string, media: { id: string; altText: string | null }[] = []) => ({ text, media, poll: null });

  it('compares the thread position by position', () => {
    const diffs = segmentDiffs(
      [seg('Premier post'), seg('Deuxième post', [{ id: 'm1', altText: 'un sac' }]), seg('Troisième')],
      [seg('Premier post'), seg('Deuxième post', [{ id: 'm1', altText: 'un cartable' }])],
    );
    expect(diffs.map((d) => [d.index, d.state, d.mediaChanged])).toEqual([
      [0, 'same', false],
      [1, 'changed', true],
      [2, 'removed', false],
    ]);
    expect(diffs[2]!.parts).toEqual([{ kind: 'del', text: 'Troisième' }]);
  });

  it('shows a segment added at the end as inserted', () => {
    const diffs = segmentDiffs([seg('Un')], [seg('Un'), seg('Deux')]);
    expect(diffs[1]).toEqual({
      index: 1,
      state: 'added',
      parts: [{ kind: 'ins', text: 'Deux' }],
      mediaChanged: false,
      pollChanged: false,
    });
  });

  it('notices a poll change on the same text', () => {
    const [d] = segmentDiffs(
      [{ text: 'Votre avis ?', poll: { options: ['Oui', 'Non'], durationMinutes: 60 } }],
      [{ text: 'Votre avis ?', poll: { options: ['Oui', 'Non', 'Peut-être'], durationMinutes: 60 } }],
    );
    expect(d).toMatchObject({ state: 'changed', pollChanged: true, mediaChanged: false });
  });
});
