import {
  duplicateId,
  prefixQuery,
  restoreNeedsReopen,
  searchTerms,
  SEARCH_MAX_TERMS,
  shiftedTime,
  undoable,
  undoLimit,
} from './bulk-rules';

describe('searchTerms', () => {
  it('folds case and accents, so "ete" and "Été" are the same word', () => {
    expect(searchTerms('Été')).toEqual(['ete']);
    expect(searchTerms('RENTRÉE Œuvre naïve ça')).toEqual(['rentree', 'œuvre', 'naive', 'ca']);
  });

  it('splits on punctuation and spaces, keeps digits, drops duplicates', () => {
    expect(searchTerms("l'été, #Rentrée2026 — été!")).toEqual(['l', 'ete', 'rentree2026']);
  });

  it('keeps only letters and digits (nothing a tsquery would read as an operator)', () => {
    const terms = searchTerms("a & b | !c :* 'd' (e) <-> f\\g");
    expect(terms).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    for (const t of terms) expect(t).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  it('answers no word for an empty or punctuation-only search, and caps the number of words', () => {
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms('  ,;!? ')).toEqual([]);
    expect(searchTerms('a b c d e f g h i j k')).toHaveLength(SEARCH_MAX_TERMS);
  });
});

describe('prefixQuery', () => {
  it('makes every word a prefix, all required', () => {
    expect(prefixQuery(['ete', 'paris'])).toBe('ete:* & paris:*');
  });
});

describe('shiftedTime', () => {
  it('moves a date by minutes, backwards too, and refuses a post without a date', () => {
    const at = new Date('2026-07-01T08:00:00Z');
    expect(shiftedTime(at, 90)).toEqual(new Date('2026-07-01T09:30:00Z'));
    expect(shiftedTime(at, -1440)).toEqual(new Date('2026-06-30T08:00:00Z'));
    expect(shiftedTime(null, 60)).toBe('undated');
  });
});

describe('undo rules', () => {
  it('reopens only a cancelled post that was not cancelled before', () => {
    expect(restoreNeedsReopen('cancelled', 'scheduled')).toBe(true);
    expect(restoreNeedsReopen('cancelled', 'cancelled')).toBe(false);
    expect(restoreNeedsReopen('scheduled', 'in_review')).toBe(false);
  });

  it('says what an undo cannot put back', () => {
    expect(undoLimit('submit', ['draft'])).toBe('BULK_UNDO_SUBMIT');
    expect(undoLimit('cancel', ['draft', 'draft'])).toBeNull();
    expect(undoLimit('cancel', ['draft', 'scheduled'])).toBe('BULK_UNDO_CANCEL_AS_DRAFT');
    expect(undoLimit('reschedule', ['scheduled'])).toBeNull();
    expect(undoLimit('tag', ['in_review'])).toBeNull();
  });

  it('offers an undo for reschedule, cancel and tag only', () => {
    expect(['reschedule', 'cancel', 'tag', 'submit', 'restore'].filter((a) => undoable(a as never))).toEqual([
      'reschedule',
      'cancel',
      'tag',
    ]);
  });

  it('finds a post selected twice, whatever the case of its id', () => {
    expect(duplicateId(['a', 'b', 'c'])).toBeNull();
    expect(duplicateId(['a', 'b', 'A'])).toBe('A');
  });
});
