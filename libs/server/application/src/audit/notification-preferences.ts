import { can } from '@xp/server/domain';
import type { Role } from '@xp/shared';
import { NOTIFICATION_EVENTS, type NotificationEvent } from './audit.ports';

export interface NotificationPreference {
  event: NotificationEvent;
  inApp: boolean;
  email: boolean;
}

/**
 * Events worth an email by default: the ones that ask the member to act (changes requested of an author, a mention)
 * or report something gone wrong (a failed or missed post, to its author and approvers; a hold; a listening alert: a
 * storm may be coming).
 */
const EMAIL_BY_DEFAULT: ReadonlySet<NotificationEvent> = new Set<NotificationEvent>([
  'post.changes_requested',
  'post.failed',
  'post.missed',
  'hold.placed',
  'comment.mention',
  'monitor.alert',
]);

/**
 * Each event's default, by the member's role: everything in the app; e-mail for what needs action or went wrong, and
 * "awaiting your approval" by e-mail to the roles that approve (a post waiting for them blocks its publication).
 * Approvals and publications stay in the app only. No role: the defaults of a member who does not approve.
 */
export function defaultPreference(event: NotificationEvent, role?: Role | null): NotificationPreference {
  const email = EMAIL_BY_DEFAULT.has(event) || (event === 'post.submitted' && can(role, 'posts.approve'));
  return { event, inApp: true, email };
}

/** Every event with the member's stored choice, or the default for their role. */
export function effectivePreferences(
  stored: readonly NotificationPreference[],
  role?: Role | null,
): NotificationPreference[] {
  return NOTIFICATION_EVENTS.map((event) => stored.find((p) => p.event === event) ?? defaultPreference(event, role));
}

export function isNotificationEvent(v: string): v is NotificationEvent {
  return (NOTIFICATION_EVENTS as readonly string[]).includes(v);
}
