// Notifications (in-app, preferences) and outgoing webhooks: contracts of the public REST API.
import * as z from 'zod';
import { component, isoDateTime, pageOf, PageQuerySchema, queryFlag } from './common';
import { eventSubject } from './fields';
import { LOCALES } from './identity';

export const NOTIFICATION_EVENT_VALUES = [
  'post.submitted',
  'post.approved',
  'post.changes_requested',
  'post.published',
  'post.failed',
  'post.missed',
  'hold.placed',
  'hold.released',
  'comment.mention',
  'conversation.assigned',
  'conversation.breached',
  'monitor.alert',
] as const;
export type NotificationEventValue = (typeof NOTIFICATION_EVENT_VALUES)[number];

/** The language of notification titles: the screen's (default: the member's own language). */
const localeQuery = z.enum(LOCALES).optional();

export const NotificationListQuerySchema = PageQuerySchema.extend({
  /** Only unread notifications. */
  unread: queryFlag().optional(),
  locale: localeQuery,
}).strict();

export const LiveEventsQuerySchema = z.object({ locale: localeQuery }).strict();
export type LiveEventsQuery = z.infer<typeof LiveEventsQuerySchema>;

export const NotificationSchema = component('Notification', {
  id: z.string(),
  event: z.string(),
  ...eventSubject,
  /** In the member's language. */
  title: z.string(),
  body: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  read: z.boolean(),
  readAt: isoDateTime().nullable(),
  createdAt: isoDateTime(),
});
export type NotificationDto = z.infer<typeof NotificationSchema>;

export const NotificationPageSchema = pageOf(NotificationSchema)
  .extend({ unreadCount: z.number().int() })
  .meta({ id: 'NotificationPage' });
export type NotificationPageDto = z.infer<typeof NotificationPageSchema>;

export const MarkedCountSchema = component('MarkedCount', { marked: z.number().int() });
export type MarkedCountDto = z.infer<typeof MarkedCountSchema>;

export const NotificationPreferenceSchema = z
  .object({ event: z.enum(NOTIFICATION_EVENT_VALUES), inApp: z.boolean(), email: z.boolean() })
  .strict()
  .meta({ id: 'NotificationPreference' });
export type NotificationPreferenceDto = z.infer<typeof NotificationPreferenceSchema>;

export const UpdateNotificationPreferencesRequestSchema = z
  .object({ preferences: z.array(NotificationPreferenceSchema).max(NOTIFICATION_EVENT_VALUES.length) })
  .strict();
export type UpdateNotificationPreferencesRequest = z.infer<typeof UpdateNotificationPreferencesRequestSchema>;

export const NotificationPreferencesSchema = component('NotificationPreferences', {
  preferences: z.array(NotificationPreferenceSchema),
});
export type NotificationPreferencesDto = z.infer<typeof NotificationPreferencesSchema>;

export const CreateWebhookRequestSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000),
    events: z.array(z.enum(NOTIFICATION_EVENT_VALUES)).min(1).max(NOTIFICATION_EVENT_VALUES.length),
  })
  .strict();
export type CreateWebhookRequest = z.infer<typeof CreateWebhookRequestSchema>;

export const WebhookSchema = component('Webhook', {
  id: z.string(),
  url: z.string(),
  events: z.array(z.enum(NOTIFICATION_EVENT_VALUES)),
  createdBy: z.string().nullable(),
  createdAt: isoDateTime(),
  /** Only in the answer to its creation: sign-verification secret, shown once. */
  secret: z.string().optional(),
});
export type WebhookDto = z.infer<typeof WebhookSchema>;
export const WebhookPageSchema = pageOf(WebhookSchema, 'WebhookPage');

export const WebhookDeliverySchema = component('WebhookDelivery', {
  id: z.string(),
  event: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  nextAttemptAt: isoDateTime().nullable(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: isoDateTime(),
  finishedAt: isoDateTime().nullable(),
});
export type WebhookDeliveryDto = z.infer<typeof WebhookDeliverySchema>;
export const WebhookDeliveryPageSchema = pageOf(WebhookDeliverySchema, 'WebhookDeliveryPage');

/*
 * Live updates: `GET /api/workspaces/{ws}/events` is a server-sent event stream (text/event-stream) for the signed-in
 * member. Each message has an `event` name and a JSON `data` field, one of the shapes below.
 */

/** `event: notification`: a new in-app notification for this member, and their unread count after it. */
export const LiveNotificationEventSchema = component('LiveNotificationEvent', {
  notification: NotificationSchema,
  unreadCount: z.number().int(),
});
export type LiveNotificationEventDto = z.infer<typeof LiveNotificationEventSchema>;

/** `event: unread`: the member's unread count changed (notifications marked read, e.g. in another tab). */
export const LiveUnreadEventSchema = component('LiveUnreadEvent', { unreadCount: z.number().int() });
export type LiveUnreadEventDto = z.infer<typeof LiveUnreadEventSchema>;

/** The row a `post` or `conversation` event is about: its id, its account and its status now. */
const changedRow = { id: z.string(), accountId: z.string(), status: z.string() };

/**
 * `event: post`: a post of an account the member's scope covers was created, or its status, time or version changed
 * (by a person or by the scheduler). Fetch the post for the rest.
 */
export const LivePostEventSchema = component('LivePostEvent', {
  ...changedRow,
  version: z.number().int(),
  scheduledAt: isoDateTime().nullable(),
});
export type LivePostEventDto = z.infer<typeof LivePostEventSchema>;

/**
 * `event: conversation`: a conversation of the inbox on an account the member's scope covers changed (a customer
 * wrote, a reply went out, its status or assignee changed). Fetch the conversation for the rest.
 */
export const LiveConversationEventSchema = component('LiveConversationEvent', {
  ...changedRow,
  assigneeId: z.string().nullable(),
  lastInboundAt: isoDateTime().nullable(),
  version: z.number().int(),
});
export type LiveConversationEventDto = z.infer<typeof LiveConversationEventSchema>;

/** `event: heartbeat`, every 25 s: keeps proxies from closing an idle stream. */
export const LiveHeartbeatEventSchema = component('LiveHeartbeatEvent', { at: isoDateTime() });
export type LiveHeartbeatEventDto = z.infer<typeof LiveHeartbeatEventSchema>;

export const LIVE_EVENT_NAMES = ['notification', 'unread', 'post', 'conversation', 'heartbeat'] as const;
export type LiveEventName = (typeof LIVE_EVENT_NAMES)[number];

/** One message of the stream (the OpenAPI description of `text/event-stream`). */
export const LiveEventSchema = z
  .discriminatedUnion('event', [
    z.object({ event: z.literal('notification'), data: LiveNotificationEventSchema }),
    z.object({ event: z.literal('unread'), data: LiveUnreadEventSchema }),
    z.object({ event: z.literal('post'), data: LivePostEventSchema }),
    z.object({ event: z.literal('conversation'), data: LiveConversationEventSchema }),
    z.object({ event: z.literal('heartbeat'), data: LiveHeartbeatEventSchema }),
  ])
  .meta({ id: 'LiveEvent' });
export type LiveEventDto = z.infer<typeof LiveEventSchema>;
