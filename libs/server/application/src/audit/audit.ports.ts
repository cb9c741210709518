import { NOTIFICATION_EVENT_VALUES } from '@xp/shared';
import type { BilingualText, MessageRef } from '@xp/shared';

/** Ports of the audit trail and of notifications (implemented in data-access). */

export interface AuditEventInput {
  workspaceId: string;
  /** null: the system (scheduler, reconciliation). */
  actorId: string | null;
  /** e.g. post.created, post.submitted, post.approved, post.charter_overridden, post.published, hold.placed, member.role_changed */
  action: string;
  subjectType:
    | 'post'
    | 'account'
    | 'hold'
    | 'conversation'
    | 'member'
    | 'invitation'
    | 'brand'
    | 'charter'
    | 'workspace'
    | 'media';
  subjectId: string;
  data?: Record<string, unknown>;
}

/** Append-only, hash-chained audit trail. `record` joins the caller's transaction. */
export abstract class AuditLog {
  abstract record(event: AuditEventInput): Promise<void>;
}

/** The events a member can be told about: the wire contract's list (one list for API, web and server). */
export const NOTIFICATION_EVENTS = NOTIFICATION_EVENT_VALUES;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export interface NotificationInput {
  workspaceId: string;
  event: NotificationEvent;
  /** Who should hear about it (members); the notifier applies each member's preferences. */
  recipientIds: string[];
  subjectType: 'post' | 'hold' | 'conversation' | 'monitor';
  subjectId: string;
  /**
   * The title, a message of the catalogue (`@xp/shared`) rendered in each member's language. Texts written in both
   * languages are still accepted from callers not yet converted to codes.
   */
  title: MessageRef | BilingualText;
  /** Text shown as written, in every language (a post excerpt, a comment). */
  body?: string;
  data?: Record<string, unknown>;
}

/** Notifications of one event about one subject (e.g. "awaiting your approval" for a post). */
export interface NotificationSubject {
  workspaceId: string;
  event: NotificationEvent;
  subjectType: 'post' | 'hold' | 'conversation' | 'monitor';
  subjectId: string;
}

/** In-app notifications, email (outbox or SMTP) and signed, retried outgoing webhooks. */
export abstract class Notifier {
  abstract notify(n: NotificationInput): Promise<void>;
  /** Several notifications, in as few round trips as the implementation can (here: one after the other). */
  async notifyMany(ns: NotificationInput[]): Promise<void> {
    for (const n of ns) await this.notify(n);
  }
  /**
   * What the notifications asked for is done (the post left review): they are marked read for every member, in the
   * caller's transaction, so counts of things waiting drop for everyone.
   */
  abstract resolve(s: NotificationSubject): Promise<void>;
}
