import type { NotificationDto } from '@xp/shared';

/** How many recent notifications the bell lists. */
export const BELL_PAGE = 30;

/**
 * The bell's list after a live notification: the newest first, each notification once (a live one may also be in a
 * page read at the same moment, then it takes the live one's place), at most BELL_PAGE.
 */
export function mergeNotifications(list: readonly NotificationDto[], added: NotificationDto): NotificationDto[] {
  return [added, ...list.filter((n) => n.id !== added.id)].slice(0, BELL_PAGE);
}

/** Unread "awaiting your approval" notifications among those listed (the Validations count). */
export function awaitingApproval(list: readonly NotificationDto[]): number {
  return list.filter((n) => !n.read && n.event === 'post.submitted').length;
}
