import { dayBound } from './audit-filter';
import { draftErrors, fieldOfDetail, fromDraft, toDraft } from './charter-form';

const charter = {
  bannedTerms: {
    lists: [
      { category: 'insult', severity: 'block', terms: ['idiot'] },
      { category: 'custom', severity: 'warn', terms: ['concurrent'] },
    ],
    allowedPhrases: ['Église Saint-Eustache'],
  },
  confidential: { terms: ['Licorne'], severity: 'block' },
  requiredElements: {
    standard: { elements: [], severity: 'warn' },
    job_offer: { elements: ['link', 'hashtag'], severity: 'block' },
    live: { elements: ['nonsense'], severity: 'warn' },
  },
  limits: { maxHashtagsPerSegment: 3, maxMentionsPerSegment: null, severity: 'warn' },
  nearDuplicate: { enabled: true },
  selfPromotion: { enabled: true, tags: ['autopromo'], maxPerWindow: 2, windowSize: 10, severity: 'warn' },
};

describe('the charter form', () => {
  it('reads the charter into texts and choices, and writes back the sections it edits unchanged', () => {
    const draft = toDraft(charter);
    expect(draft).toMatchObject({
      customTerms: 'concurrent',
      customSeverity: 'warn',
      allowedPhrases: 'Église Saint-Eustache',
      confidentialTerms: 'Licorne',
      maxHashtags: '3',
      maxMentions: '',
      maxPerWindow: '2',
      windowSize: '10',
    });
    // Unknown required elements are dropped; the starter lists keep their terms.
    expect(draft.required.live.elements).toEqual([]);
    expect(draft.lists).toEqual([{ category: 'insult', severity: 'block', terms: ['idiot'] }]);
    const back = fromDraft(draft);
    expect(back['bannedTerms']).toEqual(charter.bannedTerms);
    expect(back['limits']).toEqual(charter.limits);
    expect(back['selfPromotion']).toEqual(charter.selfPromotion);
    expect(back).not.toHaveProperty('nearDuplicate');
  });

  it('one term per line, trimmed and deduplicated; no custom list when it is empty', () => {
    const draft = { ...toDraft(charter), customTerms: '', confidentialTerms: ' A \n\nB\nA ' };
    const back = fromDraft(draft) as {
      bannedTerms: { lists: { category: string }[] };
      confidential: { terms: string[] };
    };
    expect(back.bannedTerms.lists.map((l) => l.category)).toEqual(['insult']);
    expect(back.confidential.terms).toEqual(['A', 'B']);
  });

  it('finds wrong numbers before sending, field by field', () => {
    const ok = toDraft(charter);
    expect(draftErrors(ok)).toEqual({});
    expect(draftErrors({ ...ok, maxHashtags: 'many', maxMentions: '-1' })).toEqual({
      maxHashtags: 'charter.errors.wholeOrEmpty',
      maxMentions: 'charter.errors.wholeOrEmpty',
    });
    expect(draftErrors({ ...ok, windowSize: '0' })).toEqual({ windowSize: 'charter.errors.positive' });
    expect(draftErrors({ ...ok, maxPerWindow: '11' })).toEqual({ maxPerWindow: 'charter.errors.windowTooSmall' });
    expect(draftErrors({ ...ok, maxPerWindow: '' })).toEqual({ maxPerWindow: 'charter.errors.whole' });
  });

  it('points an API detail at the field of its section', () => {
    expect(fieldOfDetail('charter.limits')).toBe('maxHashtags');
    expect(fieldOfDetail('charter.selfPromotion.windowSize')).toBe('maxPerWindow');
    expect(fieldOfDetail('charter.nope')).toBeNull();
    expect(fieldOfDetail(undefined)).toBeNull();
  });
});

describe('the charter form: categories', () => {
  it('shows the default levels when the charter has no categories section, and writes the section back', () => {
    const draft = toDraft(charter);
    expect(draft.levels).toMatchObject({
      politics: 'block',
      religion: 'block',
      competitors: 'warn',
      health_legal: 'warn',
    });
    expect(draft.greetings).toBe('allow');
    const back = fromDraft({
      ...draft,
      levels: { ...draft.levels, politics: 'off' },
      competitors: 'Go Sport\n\nMode&Co ',
      greetings: 'block',
      quietPeriods: [{ start: '2026-10-01', end: '2026-10-28', label: ' Résultats T3 ' }],
    });
    expect(back['categories']).toEqual({
      levels: { ...draft.levels, politics: 'off' },
      competitors: ['Go Sport', 'Mode&Co'],
      greetings: 'block',
      quietPeriods: [{ start: '2026-10-01', end: '2026-10-28', label: 'Résultats T3' }],
      timeZone: 'Europe/Paris',
    });
    // Read back as the API returns it.
    const again = toDraft({ ...charter, categories: back['categories'] });
    expect(again.levels.politics).toBe('off');
    expect(again.quietPeriods).toEqual([{ start: '2026-10-01', end: '2026-10-28', label: 'Résultats T3' }]);
  });

  it('a quiet period needs both days, in order; API details about it point at it', () => {
    const ok = toDraft(charter);
    expect(draftErrors({ ...ok, quietPeriods: [{ start: '2026-10-01', end: '', label: '' }] })).toEqual({
      quietPeriods: 'charter.errors.periodDays',
    });
    expect(draftErrors({ ...ok, quietPeriods: [{ start: '2026-10-28', end: '2026-10-01', label: '' }] })).toEqual({
      quietPeriods: 'charter.errors.periodOrder',
    });
    expect(fieldOfDetail('charter.categories.quietPeriods.0')).toBe('quietPeriods');
    expect(fieldOfDetail('charter.categories.competitors')).toBe('competitors');
  });
});

describe('audit day filters', () => {
  it('a day is its local start or end as an instant with Z; anything else is no filter', () => {
    const start = new Date(dayBound('2026-03-02', false)!);
    const end = new Date(dayBound('2026-03-02', true)!);
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([2026, 2, 2, 0]);
    expect(end.getTime() - start.getTime()).toBe(86_400_000 - 1);
    expect(dayBound('2026-03-02', false)).toMatch(/Z$/);
    expect(dayBound('', false)).toBeUndefined();
    expect(dayBound('02/03/2026', true)).toBeUndefined();
  });
});
