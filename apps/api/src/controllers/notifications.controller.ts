import { Body, Delete, Param, Post, Query } from '@nestjs/common';
import {
  NotificationService,
  WebhookService,
  type NotificationPreference,
  type NotificationRecord,
  type WebhookDeliveryRecord,
  type WebhookRecord,
} from '@xp/server/application';
import {
  MarkedCountSchema,
  NotificationPageSchema,
  NotificationPreferencesSchema,
  WebhookDeliveryPageSchema,
  WebhookDeliverySchema,
  WebhookPageSchema,
  WebhookSchema,
  type Locale,
  type MarkedCountDto,
  type NotificationDto,
  type NotificationPageDto,
  type NotificationPreferencesDto,
  type Page,
  type WebhookDeliveryDto,
  type WebhookDto,
} from '@xp/shared';
import { Caller, WorkspaceController } from '../auth/auth.decorators';
import { CreateWebhookDto, NotificationListQueryDto, UpdateNotificationPreferencesDto } from '../dto/audit.dto';
import { PageQueryDto } from '../dto/identity.dto';
import { ApiNoContent, GetResult, PostResult, PutResult } from '../http/api-response';
import { iso, isoOrNull, page, pageRequest } from './mappers';

export const toNotification = (n: NotificationRecord, locale: Locale): NotificationDto => ({
  id: n.id,
  event: n.event,
  subjectType: n.subjectType,
  subjectId: n.subjectId,
  title: n.title[locale],
  body: n.body ? n.body[locale] : null,
  data: n.data,
  read: n.readAt !== null,
  readAt: isoOrNull(n.readAt),
  createdAt: iso(n.createdAt),
});

const toWebhook = (w: WebhookRecord, secret?: string): WebhookDto => ({
  id: w.id,
  url: w.url,
  events: w.events,
  createdBy: w.createdBy,
  createdAt: iso(w.createdAt),
  ...(secret ? { secret } : {}),
});

const toDelivery = (d: WebhookDeliveryRecord): WebhookDeliveryDto => ({
  id: d.id,
  event: d.event,
  status: d.status,
  attempts: d.attempts,
  nextAttemptAt: d.status === 'pending' ? iso(d.nextAttemptAt) : null,
  lastStatus: d.lastStatus,
  lastError: d.lastError,
  createdAt: iso(d.createdAt),
  finishedAt: isoOrNull(d.finishedAt),
});

const toPreferences = (prefs: NotificationPreference[]): NotificationPreferencesDto => ({
  preferences: prefs.map((p) => ({ event: p.event, inApp: p.inApp, email: p.email })),
});

/** The signed-in member's own notifications and preferences. */
@WorkspaceController('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationService) {}

  @GetResult('notifications', NotificationPageSchema)
  async list(@Caller() { ws, actor }: Caller, @Query() q: NotificationListQueryDto): Promise<NotificationPageDto> {
    const r = await this.notifications.list(ws, actor, pageRequest(q), q.unread ?? false, q.locale);
    return {
      items: r.items.map((n) => toNotification(n, r.locale)),
      nextCursor: r.nextCursor,
      unreadCount: r.unreadCount,
    };
  }

  @PostResult('notifications/read-all', 200, MarkedCountSchema)
  async readAll(@Caller() { ws, actor }: Caller): Promise<MarkedCountDto> {
    return { marked: await this.notifications.markAllRead(ws, actor) };
  }

  @Post('notifications/:id/read')
  @ApiNoContent()
  async read(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<void> {
    await this.notifications.markRead(ws, actor, id);
  }

  @GetResult('notification-preferences', NotificationPreferencesSchema)
  async preferences(@Caller() { ws, actor }: Caller): Promise<NotificationPreferencesDto> {
    return toPreferences(await this.notifications.preferences(ws, actor));
  }

  @PutResult('notification-preferences', NotificationPreferencesSchema)
  async savePreferences(
    @Caller() { ws, actor }: Caller,
    @Body() body: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return toPreferences(await this.notifications.savePreferences(ws, actor, body.preferences));
  }
}

/** Outgoing webhooks (owners and admins). */
@WorkspaceController('webhooks', 'webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhookService) {}

  @GetResult('', WebhookPageSchema)
  async list(@Caller() { ws, actor }: Caller, @Query() q: PageQueryDto): Promise<Page<WebhookDto>> {
    return page(await this.webhooks.list(ws, actor, pageRequest(q)), (w) => toWebhook(w));
  }

  @PostResult('', 201, WebhookSchema)
  async create(@Caller() { ws, actor }: Caller, @Body() body: CreateWebhookDto): Promise<WebhookDto> {
    const { webhook, secret } = await this.webhooks.create(ws, actor, body);
    return toWebhook(webhook, secret);
  }

  @Delete(':id')
  @ApiNoContent()
  async remove(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<void> {
    await this.webhooks.remove(ws, actor, id);
  }

  /** Queues a signed `webhook.test` event to the receiver; follow it in the delivery log. */
  @PostResult(':id/test', 202, WebhookDeliverySchema)
  async test(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<WebhookDeliveryDto> {
    return toDelivery(await this.webhooks.sendTest(ws, actor, id));
  }

  @GetResult(':id/deliveries', WebhookDeliveryPageSchema)
  async deliveries(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Query() q: PageQueryDto,
  ): Promise<Page<WebhookDeliveryDto>> {
    return page(await this.webhooks.deliveries(ws, actor, id, pageRequest(q)), toDelivery);
  }
}
