import type { NotificationEventValue } from '@xp/shared';

export type NotificationEvent = NotificationEventValue;

/** The events a member or a webhook can follow, in the order the screens list them (the API's own list). */
export const NOTIFICATION_EVENTS: readonly NotificationEvent[] = [
  'post.submitted',
  'post.approved',
  'post.changes_requested',
  'post.published',
  'post.failed',
  'post.missed',
  'hold.placed',
  'hold.released',
  'comment.mention',
] satisfies readonly NotificationEvent[];

/** The translation key of an event's name (`post.published` → `events.post_published`). */
export function eventKey(event: string): string {
  return `events.${event.replace('.', '_')}`;
}
