import { NOTIFICATION_EVENT_VALUES, type NotificationEventValue } from '@xp/shared';

export type NotificationEvent = NotificationEventValue;

/** The events a member or a webhook can follow, in the order the screens list them (the API's own list). */
export const NOTIFICATION_EVENTS: readonly NotificationEvent[] = NOTIFICATION_EVENT_VALUES;

/** The translation key of an event's name (`post.published` → `events.post_published`). */
export function eventKey(event: string): string {
  return `events.${event.replace('.', '_')}`;
}
