import { catalogueError } from '@xp/server/domain';
import { ANALYTICS_RANGE_MAX_DAYS } from '@xp/shared';

const DAY_MS = 86_400_000;

export const invalidQuery = (field: string, message: string) =>
  catalogueError('invalid', 'VALIDATION_FAILED', {}, [{ field, message }]);

/**
 * A report's range of publication: [from, to), `to` by default now and `from` by default `defaultDays` before `to`;
 * refused (400) when reversed or longer than ANALYTICS_RANGE_MAX_DAYS.
 */
export function reportRange(
  q: { from?: string; to?: string },
  now: Date,
  defaultDays: number,
): { from: Date; to: Date } {
  const to = q.to ? new Date(q.to) : now;
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - defaultDays * DAY_MS);
  if (to.getTime() <= from.getTime()) throw invalidQuery('to', 'to must be after from');
  if (to.getTime() - from.getTime() > ANALYTICS_RANGE_MAX_DAYS * DAY_MS)
    throw invalidQuery('to', `at most ${ANALYTICS_RANGE_MAX_DAYS} days`);
  return { from, to };
}
