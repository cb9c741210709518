import { DomainError } from '../errors';
import { CALENDAR_MAX_RANGE_DAYS, checkCalendarRange } from './calendar-range';

const d = (iso: string) => new Date(iso);
const codeOf = (f: () => void): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).kind).toBe('invalid');
    return (e as DomainError).code;
  }
};

describe('checkCalendarRange', () => {
  it('accepts no range at all, and a month', () => {
    expect(codeOf(() => checkCalendarRange(undefined, undefined))).toBeNull();
    expect(codeOf(() => checkCalendarRange(d('2026-03-01T00:00:00+01:00'), d('2026-04-01T00:00:00+02:00')))).toBeNull();
  });

  it('refuses half a range, naming the missing end', () => {
    let details: unknown;
    try {
      checkCalendarRange(d('2026-03-01T00:00:00Z'), undefined);
    } catch (e) {
      details = (e as DomainError).details;
    }
    expect(details).toEqual([{ field: 'to', message: 'required with "from"' }]);
    expect(codeOf(() => checkCalendarRange(undefined, d('2026-03-01T00:00:00Z')))).toBe('RANGE_INCOMPLETE');
  });

  it('refuses an empty or reversed range', () => {
    const t = d('2026-03-01T00:00:00Z');
    expect(codeOf(() => checkCalendarRange(t, t))).toBe('INVALID_RANGE');
    expect(codeOf(() => checkCalendarRange(t, d('2026-02-01T00:00:00Z')))).toBe('INVALID_RANGE');
  });

  it(`refuses more than ${CALENDAR_MAX_RANGE_DAYS} days, and accepts exactly that`, () => {
    const from = d('2026-03-01T00:00:00Z');
    const max = new Date(from.getTime() + CALENDAR_MAX_RANGE_DAYS * 86_400_000);
    expect(codeOf(() => checkCalendarRange(from, max))).toBeNull();
    expect(codeOf(() => checkCalendarRange(from, new Date(max.getTime() + 1)))).toBe('RANGE_TOO_LARGE');
  });
});
