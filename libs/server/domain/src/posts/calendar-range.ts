import { DomainError } from '../errors';

/** The widest calendar range one request may ask for (a month view with its overflow weeks fits easily). */
export const CALENDAR_MAX_RANGE_DAYS = 62;
/** Beyond this many posts in one range the answer is refused rather than silently cut: narrow the range or filter. */
export const CALENDAR_MAX_POSTS = 100_000;

/**
 * Checks a calendar range: both ends or neither (without a range the query lists every post matching the other
 * filters, up to its limit), `to` after `from`, at most {@link CALENDAR_MAX_RANGE_DAYS} days. Throws a 400-kind
 * DomainError naming the field otherwise.
 */
export function checkCalendarRange(from: Date | undefined, to: Date | undefined): void {
  if (!from !== !to) {
    const missing = from ? 'to' : 'from';
    throw new DomainError('invalid', 'RANGE_INCOMPLETE', `A calendar range needs both "from" and "to"`, [
      { field: missing, message: `required with "${missing === 'to' ? 'from' : 'to'}"` },
    ]);
  }
  if (!from || !to) return;
  if (to.getTime() <= from.getTime()) {
    throw new DomainError('invalid', 'INVALID_RANGE', '"to" must be after "from"', [
      { field: 'to', message: 'must be after from' },
    ]);
  }
  if (to.getTime() - from.getTime() > CALENDAR_MAX_RANGE_DAYS * 86_400_000) {
    throw new DomainError(
      'invalid',
      'RANGE_TOO_LARGE',
      `The calendar range may span at most ${CALENDAR_MAX_RANGE_DAYS} days`,
      [{ field: 'to', message: `at most ${CALENDAR_MAX_RANGE_DAYS} days after from` }],
    );
  }
}
