import {
  addDays,
  dateToZonedLocal,
  daysBetween,
  isValidTimeZone,
  localToUtc,
  offsetMs,
  parseLocalDate,
  parseLocalTime,
  utcToLocal,
  weekdayOf,
  zonedDay,
  zonedLocalToDate,
} from './zoned-time';

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

describe('zoned local date-times (the web forms)', () => {
  it('reads a datetime-local value in a zone, seconds optional', () => {
    expect(zonedLocalToDate('2026-01-15T09:00', PARIS)).toEqual(new Date('2026-01-15T08:00:00Z'));
    expect(zonedLocalToDate('2026-07-14T09:00:15', PARIS)).toEqual(new Date('2026-07-14T07:00:15Z'));
    expect(zonedLocalToDate('2026-03-08T02:30', 'America/New_York')).toEqual(new Date('2026-03-08T07:30:00Z'));
  });

  it('follows the same DST rule as localToUtc', () => {
    expect(zonedLocalToDate('2026-03-29T02:30', PARIS)).toEqual(localToUtc('2026-03-29', '02:30', PARIS));
    expect(zonedLocalToDate('2026-10-25T02:30', PARIS)).toEqual(new Date('2026-10-25T00:30:00Z'));
    expect(zonedLocalToDate('2026-11-01T01:30', 'America/New_York')).toEqual(new Date('2026-11-01T05:30:00Z'));
  });

  it('is null for what is not a local date-time', () => {
    expect(zonedLocalToDate('', PARIS)).toBeNull();
    expect(zonedLocalToDate('2026-01-15 09:00', PARIS)).toBeNull();
    expect(zonedLocalToDate('2026-02-30T09:00', PARIS)).toBeNull();
  });

  it('writes an instant as a datetime-local value and a day, and reads it back', () => {
    const at = new Date('2026-03-29T01:30:00Z');
    expect(dateToZonedLocal(at, PARIS)).toBe('2026-03-29T03:30');
    expect(zonedLocalToDate(dateToZonedLocal(at, PARIS), PARIS)).toEqual(at);
    expect(dateToZonedLocal(new Date('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30');
    expect(zonedDay(new Date('2026-01-15T23:30:00Z'), PARIS)).toBe('2026-01-16');
    expect(zonedDay(new Date('2026-01-15T23:30:00Z'), 'America/New_York')).toBe('2026-01-15');
  });
});

describe('civil dates and zones', () => {
  it('adds days across months, years and DST changes, and knows the weekday', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(weekdayOf('2026-03-29')).toBe(7);
    expect(weekdayOf('2026-03-30')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
  });

  it('parses local dates and times strictly', () => {
    expect(parseLocalDate('2028-02-29')).toEqual({ y: 2028, m: 2, d: 29 });
    expect(parseLocalDate('2026-02-29')).toBeNull();
    expect(parseLocalDate('26-02-01')).toBeNull();
    expect(parseLocalTime('23:59')).toEqual({ h: 23, min: 59 });
    expect(parseLocalTime('9:00')).toBeNull();
  });

  it('accepts IANA names only', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('+01:00')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
