import type { HoldCoverage } from '@xp/shared';
import { CALENDAR_MAX_POSTS, catalogueError, checkCalendarRange, coversAccount } from '@xp/server/domain';
import type { AccountRecord, AccountRepository } from '../accounts/account.ports';
import type { CalendarQuery } from './post-content';
import type { PostQuery, PostRepository } from './post.ports';

/** Bump when the calendar answer's content changes for the same data (it is part of its validator). */
export const CALENDAR_ANSWER_FORMAT = 1;

/** The accounts a calendar query covers: the member's scope, narrowed by `accountId`; 'none' when outside it. */
export function calendarScope(scope: string[] | null, accountId: string | undefined): string[] | null | 'none' {
  if (!accountId) return scope;
  return coversAccount(scope, accountId) ? [accountId] : 'none';
}

export interface CalendarRange<T> {
  rows: T[];
  accounts: Map<string, AccountRecord>;
  holds: HoldCoverage[];
}

/**
 * The rows of a calendar query for a member with this account scope (`load` reads them: full posts or calendar
 * items), with the workspace's accounts and active holds: three queries whatever the number of posts. A range
 * denser than CALENDAR_MAX_POSTS is refused rather than cut silently.
 */
export async function loadCalendarRange<T>(
  posts: PostRepository,
  accountsRepo: AccountRepository,
  workspaceId: string,
  scope: string[] | null,
  q: CalendarQuery,
  load: (q: PostQuery) => Promise<T[]>,
): Promise<CalendarRange<T>> {
  checkCalendarRange(q.from, q.to);
  const accountIds = calendarScope(scope, q.accountId);
  if (accountIds === 'none') return { rows: [], accounts: new Map<string, AccountRecord>(), holds: [] };
  const ranged = !!(q.from && q.to);
  const limit = q.limit ?? (ranged ? CALENDAR_MAX_POSTS + 1 : 5000);
  const rows = await load({
    from: q.from,
    to: q.to,
    accountIds,
    brandId: q.brandId,
    statuses: q.status,
    tag: q.tag,
    limit,
  });
  if (q.limit === undefined && ranged && rows.length > CALENDAR_MAX_POSTS) {
    throw catalogueError('invalid', 'RANGE_TOO_DENSE', { max: CALENDAR_MAX_POSTS }, [
      { field: 'to', message: 'narrow the range' },
    ]);
  }
  const holds = await posts.activeHolds(workspaceId);
  const accounts = new Map((await accountsRepo.list(workspaceId, null)).map((a) => [a.id, a]));
  return { rows, accounts, holds };
}
