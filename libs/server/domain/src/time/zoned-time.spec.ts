import { localToUtc, offsetMs, utcToLocal } from './zoned-time';

const PARIS = 'Europe/Paris';

describe('localToUtc (Europe/Paris)', () => {
  it('an ordinary winter and summer time', () => {
    expect(localToUtc('2026-01-15', '09:00', PARIS)).toEqual(new Date('2026-01-15T08:00:00Z'));
    expect(localToUtc('2026-07-14', '09:00', PARIS)).toEqual(new Date('2026-07-14T07:00:00Z'));
  });

  it('spring forward (2026-03-29): 02:30 does not exist and moves forward by the gap, to 03:30 CEST', () => {
    const r = localToUtc('2026-03-29', '02:30', PARIS);
    expect(r).toEqual(new Date('2026-03-29T01:30:00Z'));
    expect(utcToLocal(r, PARIS)).toMatchObject({ date: '2026-03-29', time: '03:30' });
    // Just around the gap.
    expect(localToUtc('2026-03-29', '01:59', PARIS)).toEqual(new Date('2026-03-29T00:59:00Z'));
    expect(localToUtc('2026-03-29', '02:00', PARIS)).toEqual(new Date('2026-03-29T01:00:00Z'));
    expect(localToUtc('2026-03-29', '03:00', PARIS)).toEqual(new Date('2026-03-29T01:00:00Z'));
  });

  it('fall back (2026-10-25): 02:30 happens twice and takes the first occurrence, 02:30 CEST', () => {
    const r = localToUtc('2026-10-25', '02:30', PARIS);
    expect(r).toEqual(new Date('2026-10-25T00:30:00Z'));
    expect(utcToLocal(r, PARIS)).toMatchObject({ time: '02:30' });
    // The second 02:30 (CET) is one hour later and shows the same wall clock.
    expect(utcToLocal(new Date('2026-10-25T01:30:00Z'), PARIS)).toMatchObject({ time: '02:30' });
    expect(localToUtc('2026-10-25', '03:00', PARIS)).toEqual(new Date('2026-10-25T02:00:00Z'));
    expect(localToUtc('2026-10-25', '01:59', PARIS)).toEqual(new Date('2026-10-24T23:59:00Z'));
  });

  it('offsets around the changes, and zones without DST', () => {
    expect(offsetMs(Date.parse('2026-03-29T00:59:59Z'), PARIS)).toBe(3_600_000);
    expect(offsetMs(Date.parse('2026-03-29T01:00:00Z'), PARIS)).toBe(7_200_000);
    expect(offsetMs(Date.parse('2026-10-25T00:59:59Z'), PARIS)).toBe(7_200_000);
    expect(offsetMs(Date.parse('2026-10-25T01:00:00Z'), PARIS)).toBe(3_600_000);
    expect(localToUtc('2026-03-29', '02:30', 'UTC')).toEqual(new Date('2026-03-29T02:30:00Z'));
    expect(localToUtc('2026-03-08', '02:30', 'America/New_York')).toEqual(new Date('2026-03-08T07:30:00Z'));
  });

  it('refuses malformed dates and times', () => {
    expect(() => localToUtc('2026-02-30', '09:00', PARIS)).toThrow(RangeError);
    expect(() => localToUtc('2026-03-29', '24:00', PARIS)).toThrow(RangeError);
  });
});
