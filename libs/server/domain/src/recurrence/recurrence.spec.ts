import { localToUtc, utcToLocal } from '@xp/shared';
import { nextOccurrences, nextVariant, occurrenceAt, validateRecurrence, type RecurrenceRule } from './recurrence';

const iso = (d: Date) => d.toISOString();

describe('local time → UTC (Intl, DST-correct)', () => {
  it.each([
    // Europe/Paris: CET (+1) → CEST (+2) on 2026-03-29 at 02:00; back on 2026-10-25 at 03:00
    ['2026-03-28', '09:30', 'Europe/Paris', '2026-03-28T08:30:00.000Z'],
    ['2026-03-29', '09:30', 'Europe/Paris', '2026-03-29T07:30:00.000Z'],
    ['2026-03-29', '02:30', 'Europe/Paris', '2026-03-29T01:30:00.000Z'], // does not exist → 03:30 CEST
    ['2026-10-25', '02:30', 'Europe/Paris', '2026-10-25T00:30:00.000Z'], // twice → first (CEST)
    ['2026-10-25', '09:30', 'Europe/Paris', '2026-10-25T08:30:00.000Z'],
    // America/New_York: EST → EDT on 2026-03-08, back on 2026-11-01
    ['2026-03-07', '09:30', 'America/New_York', '2026-03-07T14:30:00.000Z'],
    ['2026-03-08', '09:30', 'America/New_York', '2026-03-08T13:30:00.000Z'],
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'], // → 03:30 EDT
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'], // first 01:30 (EDT)
    ['2026-11-01', '09:30', 'America/New_York', '2026-11-01T14:30:00.000Z'],
  ])('%s %s in %s is %s', (date, time, tz, expected) => {
    expect(iso(localToUtc(date, time, tz))).toBe(expected);
  });

  it('round-trips, and reports the spring-forward gap as the shifted wall clock', () => {
    expect(utcToLocal(new Date('2026-03-29T07:30:00Z'), 'Europe/Paris')).toEqual({
      date: '2026-03-29',
      time: '09:30',
      weekday: 7,
    });
    expect(utcToLocal(localToUtc('2026-03-29', '02:30', 'Europe/Paris'), 'Europe/Paris').time).toBe('03:30');
  });
});

describe('evergreen recurrence', () => {
  const weekly: RecurrenceRule = {
    startDate: '2026-03-16',
    time: '09:30',
    every: 1,
    unit: 'week',
    timeZone: 'Europe/Paris',
  };

  it('keeps 09:30 Paris time across the spring change (UTC moves from 08:30 to 07:30)', () => {
    const occ = nextOccurrences(weekly, new Date('2026-03-16T00:00:00Z'), 3);
    expect(occ.map((o) => iso(o.at))).toEqual([
      '2026-03-16T08:30:00.000Z',
      '2026-03-23T08:30:00.000Z',
      '2026-03-30T07:30:00.000Z',
    ]);
    expect(occ.map((o) => o.index)).toEqual([0, 1, 2]);
  });

  it('keeps 09:30 Paris time across the autumn change, every 3 days', () => {
    const rule: RecurrenceRule = {
      startDate: '2026-10-22',
      time: '09:30',
      every: 3,
      unit: 'day',
      timeZone: 'Europe/Paris',
    };
    expect(nextOccurrences(rule, new Date('2026-10-20T00:00:00Z'), 3).map((o) => iso(o.at))).toEqual([
      '2026-10-22T07:30:00.000Z',
      '2026-10-25T08:30:00.000Z',
      '2026-10-28T08:30:00.000Z',
    ]);
  });

  it('an occurrence on the night of a change follows the documented rule (gap → later, overlap → first)', () => {
    const daily: RecurrenceRule = {
      startDate: '2026-03-28',
      time: '02:30',
      every: 1,
      unit: 'day',
      timeZone: 'Europe/Paris',
    };
    expect(iso(occurrenceAt(daily, 1))).toBe('2026-03-29T01:30:00.000Z');
    const autumn: RecurrenceRule = { ...daily, startDate: '2026-10-24' };
    expect(iso(occurrenceAt(autumn, 1))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(occurrenceAt(autumn, 2))).toBe('2026-10-26T01:30:00.000Z');
  });

  it('in America/New_York every 2 weeks across both changes', () => {
    const ny: RecurrenceRule = {
      startDate: '2026-02-23',
      time: '08:00',
      every: 2,
      unit: 'week',
      timeZone: 'America/New_York',
    };
    expect(nextOccurrences(ny, new Date('2026-02-01T00:00:00Z'), 2).map((o) => iso(o.at))).toEqual([
      '2026-02-23T13:00:00.000Z',
      '2026-03-09T12:00:00.000Z',
    ]);
    const fall: RecurrenceRule = { ...ny, startDate: '2026-10-26' };
    expect(nextOccurrences(fall, new Date('2026-10-01T00:00:00Z'), 2).map((o) => iso(o.at))).toEqual([
      '2026-10-26T12:00:00.000Z',
      '2026-11-09T13:00:00.000Z',
    ]);
  });

  it('starts after the given instant and stops at the end date', () => {
    const rule: RecurrenceRule = { ...weekly, endDate: '2026-04-06' };
    expect(nextOccurrences(rule, new Date('2026-03-23T08:30:00Z'), 10).map((o) => o.index)).toEqual([2, 3]);
  });

  it('rotates variants and never reuses a text the account posted recently', () => {
    const v = ['Rejoignez-nous !', 'Nous recrutons', 'Venez travailler avec nous'];
    expect(nextVariant(v, null, [])).toBe(0);
    expect(nextVariant(v, 0, [])).toBe(1);
    expect(nextVariant(v, 2, [])).toBe(0);
    expect(nextVariant(v, 0, ['nous  RECRUTONS'])).toBe(2);
    expect(nextVariant(v, 0, v)).toBeNull();
  });

  it('validates: two distinct variants at least, a real timezone, a positive interval', () => {
    expect(validateRecurrence(weekly, ['a', 'b'])).toEqual([]);
    expect(validateRecurrence(weekly, ['Même texte', 'même  texte']).map((e) => e.field)).toContain('variants');
    expect(
      validateRecurrence({ ...weekly, timeZone: 'Europe/Lutece', every: 0 }, ['a', 'b']).map((e) => e.field),
    ).toEqual(['every', 'timeZone']);
  });
});
