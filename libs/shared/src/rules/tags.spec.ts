import { normalizeTags } from './tags';

describe('normalizeTags', () => {
  it('trims, drops the leading #, lower-cases, drops empty ones and keeps each once in first order', () => {
    expect(normalizeTags([' #Recrutement ', 'F1', '#f1', '', '  ', 'recrutement', '##x'])).toEqual([
      'recrutement',
      'f1',
      '#x',
    ]);
  });

  it('no tags is an empty list', () => {
    expect(normalizeTags(undefined)).toEqual([]);
    expect(normalizeTags([])).toEqual([]);
  });
});
