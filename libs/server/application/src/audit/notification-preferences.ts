import { NOTIFICATION_EVENTS, type NotificationEvent } from './audit.ports';

export interface NotificationPreference {
  event: NotificationEvent;
  inApp: boolean;
  email: boolean;
}

/** Events worth an email by default: the ones that ask the member to act or report something gone wrong. */
const EMAIL_BY_DEFAULT: ReadonlySet<NotificationEvent> = new Set<NotificationEvent>([
  'post.changes_requested',
  'post.failed',
  'post.missed',
  'hold.placed',
  'comment.mention',
]);

export function defaultPreference(event: NotificationEvent): NotificationPreference {
  return { event, inApp: true, email: EMAIL_BY_DEFAULT.has(event) };
}

/** Every event with the member's stored choice, or the default. */
export function effectivePreferences(stored: readonly NotificationPreference[]): NotificationPreference[] {
  return NOTIFICATION_EVENTS.map((event) => stored.find((p) => p.event === event) ?? defaultPreference(event));
}

export function isNotificationEvent(v: string): v is NotificationEvent {
  return (NOTIFICATION_EVENTS as readonly string[]).includes(v);
}
