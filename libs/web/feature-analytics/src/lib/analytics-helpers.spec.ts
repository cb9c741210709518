import type { AnalyticsSummaryItemDto } from '@xp/shared';
import { costMeter, dayText, groupLabel, hourCells, rangeBounds, toCsv, utcMonth } from './analytics-helpers';

// The page loads csv-stringify's browser build (ES modules, with its own Buffer); Jest runs the same library's
// Node build.
jest.mock('csv-stringify/browser/esm/sync', () => jest.requireActual('csv-stringify/sync'));

const item = (key: string, posts: number, impressions: number): AnalyticsSummaryItemDto => ({
  key,
  label: key,
  posts,
  impressions,
  likes: 0,
  reposts: 0,
  replies: 0,
  quotes: 0,
  bookmarks: 0,
  linkClicks: 0,
  engagementRate: 0.05,
});

describe('rangeBounds', () => {
  const now = Date.parse('2026-12-04T15:42:31.500Z');

  it('ends a preset now and starts it 7, 30 or 90 days before', () => {
    expect(rangeBounds('7d', now, { from: '', to: '' })).toEqual({
      from: '2026-11-27T15:42:31.500Z',
      to: '2026-12-04T15:42:31.500Z',
    });
    expect(rangeBounds('90d', now, { from: '', to: '' })?.from).toBe('2026-09-05T15:42:31.500Z');
  });

  it('runs custom dates from the first local midnight to the end of the last day', () => {
    const b = rangeBounds('custom', now, { from: '2026-11-01', to: '2026-11-30' })!;
    expect(new Date(b.from)).toEqual(new Date(2026, 10, 1));
    expect(new Date(b.to)).toEqual(new Date(2026, 11, 1));
    // One day alone is a whole day.
    const one = rangeBounds('custom', now, { from: '2026-11-05', to: '2026-11-05' })!;
    expect(Date.parse(one.to) - Date.parse(one.from)).toBeGreaterThanOrEqual(23 * 3_600_000);
  });

  it('refuses incomplete or reversed custom dates', () => {
    expect(rangeBounds('custom', now, { from: '', to: '2026-11-30' })).toBeNull();
    expect(rangeBounds('custom', now, { from: '2026-12-02', to: '2026-12-01' })).toBeNull();
    expect(rangeBounds('custom', now, { from: 'nonsense', to: '2026-12-01' })).toBeNull();
  });

  it('writes a day as a date field does', () => {
    expect(dayText(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('hourCells', () => {
  it('gives 24 hours, shaded by impressions per post against the best hour', () => {
    const cells = hourCells([item('9', 2, 2000), item('18', 1, 400), item('23', 4, 1000)]);
    expect(cells).toHaveLength(24);
    expect(cells.map((c) => c.hour)).toEqual(Array.from({ length: 24 }, (_, h) => h));
    expect(cells[9]).toMatchObject({ posts: 2, impressions: 2000, reach: 1000, level: 4 });
    expect(cells[18]).toMatchObject({ reach: 400, level: 2 });
    expect(cells[23]).toMatchObject({ reach: 250, level: 1 });
    expect(cells[0]).toMatchObject({ posts: 0, impressions: 0, reach: 0, level: 0 });
  });

  it('shades nothing when nothing was seen', () => {
    expect(hourCells([item('3', 1, 0)]).every((c) => c.level === 0)).toBe(true);
    expect(hourCells([]).every((c) => c.level === 0 && c.posts === 0)).toBe(true);
  });
});

describe('costMeter', () => {
  it('draws the spend and projection as parts of the budget, capped', () => {
    expect(costMeter({ costUsd: 5, budgetUsd: 50, projectedUsd: 20 })).toEqual({
      spent: 0.1,
      projected: 0.4,
      overBudget: false,
    });
    expect(costMeter({ costUsd: 40, budgetUsd: 50, projectedUsd: 80 })).toEqual({
      spent: 0.8,
      projected: 1,
      overBudget: true,
    });
  });

  it('fills the bar when a zero budget has spending', () => {
    expect(costMeter({ costUsd: 0, budgetUsd: 0, projectedUsd: 1 })).toEqual({
      spent: 0,
      projected: 1,
      overBudget: true,
    });
  });

  it('names the UTC month', () => {
    expect(utcMonth(Date.parse('2026-12-31T23:30:00Z'))).toBe('2026-12');
  });
});

describe('toCsv', () => {
  it('quotes what needs it, doubles quotes, ends rows with CRLF, starts with a BOM', async () => {
    const csv = await toCsv(
      ['Compte', 'Impressions'],
      [
        ['Kindy, "officiel"', 1200],
        ['ligne\nsuivante', 0],
        ['simple', 0.0421],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe(
      'Compte,Impressions\r\n"Kindy, ""officiel""",1200\r\n"ligne\nsuivante",0\r\nsimple,0.0421\r\n',
    );
  });

  it('keeps a spreadsheet from running a cell as a formula', async () => {
    expect((await toCsv(['tag'], [['=HYPERLINK("x")'], ['@me'], [null]])).slice(1)).toBe(
      `tag\r\n"'=HYPERLINK(""x"")"\r\n'@me\r\n\r\n`,
    );
  });
});

describe('labels and numbers in the UI language', () => {
  const kind = (k: string) => `kind:${k}`;

  it('writes days, hours and kinds for people, other groups by their label', () => {
    expect(groupLabel('day', { key: '2026-03-05', label: '2026-03-05' }, 'en', kind)).toBe('Mar 5, 2026');
    expect(groupLabel('day', { key: '2026-03-05', label: '2026-03-05' }, 'fr', kind)).toBe('5 mars 2026');
    expect(groupLabel('hour', { key: '14', label: '14' }, 'fr', kind)).toBe('14 h');
    expect(groupLabel('hour', { key: '14', label: '14' }, 'en', kind)).toBe('2 PM');
    expect(groupLabel('kind', { key: 'job_offer', label: 'job_offer' }, 'fr', kind)).toBe('kind:job_offer');
    expect(groupLabel('account', { key: 'id-1', label: 'Kindy' }, 'fr', kind)).toBe('Kindy');
    expect(groupLabel('author', { key: 'id-2', label: '' }, 'fr', kind)).toBe('id-2');
  });

  it('words the approval paths with the given translation, the key without one', () => {
    const path = (p: string) => `path:${p}`;
    const item = { key: 'after_changes', label: 'after_changes' };
    expect(groupLabel('approval', item, 'fr', kind, path)).toBe('path:after_changes');
    expect(groupLabel('approval', item, 'fr', kind)).toBe('after_changes');
  });
});
