import type { Role } from '@xp/shared';
import { can } from '@xp/shared/permissions';

export type ReadOnlyNotice = 'commentAndFeeds' | 'comment' | 'feeds' | 'only';

/**
 * What the read-only banner says to a role that writes no post, from the matrix the API enforces: what it can still
 * do (comment on posts, subscribe to the calendar). Null for a role that writes posts (no banner).
 */
export function readOnlyNotice(role: Role | null | undefined): ReadOnlyNotice | null {
  if (!role || can(role, 'posts.write')) return null;
  const comment = can(role, 'posts.comment');
  const feeds = can(role, 'calendar.subscribe');
  return comment && feeds ? 'commentAndFeeds' : comment ? 'comment' : feeds ? 'feeds' : 'only';
}
