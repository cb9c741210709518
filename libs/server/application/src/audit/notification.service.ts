import { Injectable } from '@nestjs/common';
import { catalogueError, DomainError } from '@xp/server/domain';
import { Clock, UserRepository, type PageRequest, type PageResult } from '../ports';
import type { Locale } from '@xp/shared';
import { AccessService, isUuid, type Actor } from '../identity/access.service';
import { newSecret } from '../identity/secrets';
import { randomUUID } from 'node:crypto';
import type { NotificationEvent } from './audit.ports';
import {
  NotificationRepository,
  WebhookRepository,
  type NotificationRecord,
  type WebhookDeliveryRecord,
  type WebhookRecord,
} from './audit-store.ports';
import { effectivePreferences, type NotificationPreference } from './notification-preferences';
import { checkWebhookUrl, HostResolver, WebhookPolicy } from './webhook-target';

export const MAX_WEBHOOKS_PER_WORKSPACE = 20;

/** A member's own in-app notifications and notification preferences. */
@Injectable()
export class NotificationService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly users: UserRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** The member's notifications (newest first), their unread count, and the language to show them in. */
  async list(
    workspaceId: string,
    actor: Actor,
    page: PageRequest,
    unreadOnly = false,
    locale?: Locale,
  ): Promise<PageResult<NotificationRecord> & { unreadCount: number; locale: Locale }> {
    await this.access.membership(workspaceId, actor);
    const p = await this.notifications.list(workspaceId, actor.userId, page, unreadOnly);
    const unreadCount = await this.notifications.countUnread(workspaceId, actor.userId);
    const user = locale ? null : await this.users.findById(actor.userId);
    return { ...p, unreadCount, locale: locale ?? user?.locale ?? 'fr' };
  }

  async markRead(workspaceId: string, actor: Actor, id: string): Promise<void> {
    await this.access.membership(workspaceId, actor);
    if (!isUuid(id) || !(await this.notifications.markRead(workspaceId, actor.userId, id, this.clock.now())))
      throw catalogueError('not_found', 'NOTIFICATION_NOT_FOUND');
  }

  async markAllRead(workspaceId: string, actor: Actor): Promise<number> {
    await this.access.membership(workspaceId, actor);
    return this.notifications.markAllRead(workspaceId, actor.userId, this.clock.now());
  }

  async preferences(workspaceId: string, actor: Actor): Promise<NotificationPreference[]> {
    const m = await this.access.membership(workspaceId, actor);
    return effectivePreferences(await this.notifications.listPreferences(workspaceId, actor.userId), m.role);
  }

  /** Replaces the given events' choices; events left out keep theirs. */
  async savePreferences(
    workspaceId: string,
    actor: Actor,
    prefs: NotificationPreference[],
  ): Promise<NotificationPreference[]> {
    const m = await this.access.membership(workspaceId, actor);
    const seen = new Set<string>();
    for (const p of prefs) {
      if (seen.has(p.event))
        throw new DomainError('invalid', 'DUPLICATE_EVENT', `The event ${p.event} is listed twice`, [
          { field: 'preferences', message: `duplicate ${p.event}` },
        ]);
      seen.add(p.event);
    }
    await this.notifications.savePreferences(workspaceId, actor.userId, prefs, this.clock.now());
    return effectivePreferences(await this.notifications.listPreferences(workspaceId, actor.userId), m.role);
  }
}

/** Outgoing webhooks of a workspace (owners and admins). The secret is shown once, at creation. */
@Injectable()
export class WebhookService {
  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly resolver: HostResolver,
    private readonly policy: WebhookPolicy,
  ) {}

  async list(workspaceId: string, actor: Actor, page: PageRequest): Promise<PageResult<WebhookRecord>> {
    await this.access.require(workspaceId, actor, 'webhooks.manage');
    return this.webhooks.list(workspaceId, page);
  }

  async create(
    workspaceId: string,
    actor: Actor,
    input: { url: string; events: NotificationEvent[] },
  ): Promise<{ webhook: WebhookRecord; secret: string }> {
    await this.access.require(workspaceId, actor, 'webhooks.manage');
    // The receiver must be a public address (checked again at every delivery: DNS can change).
    await checkWebhookUrl(input.url, this.resolver, this.policy);
    const existing = await this.webhooks.list(workspaceId, { limit: MAX_WEBHOOKS_PER_WORKSPACE });
    if (existing.items.length >= MAX_WEBHOOKS_PER_WORKSPACE) {
      throw new DomainError(
        'conflict',
        'TOO_MANY_WEBHOOKS',
        `A workspace has at most ${MAX_WEBHOOKS_PER_WORKSPACE} webhooks; delete one first`,
      );
    }
    const secret = newSecret('whsec');
    const webhook = await this.webhooks.insert(
      {
        id: randomUUID(),
        workspaceId,
        url: input.url,
        events: [...new Set(input.events)],
        createdBy: actor.userId,
        createdAt: this.clock.now(),
      },
      secret,
    );
    return { webhook, secret };
  }

  async remove(workspaceId: string, actor: Actor, id: string): Promise<void> {
    await this.access.require(workspaceId, actor, 'webhooks.manage');
    if (!isUuid(id) || !(await this.webhooks.delete(workspaceId, id)))
      throw catalogueError('not_found', 'WEBHOOK_NOT_FOUND');
  }

  /** Sends a signed `webhook.test` event to the receiver (through the delivery log), whatever its subscriptions. */
  async sendTest(workspaceId: string, actor: Actor, id: string): Promise<WebhookDeliveryRecord> {
    return this.webhooks.enqueueTest(await this.managed(workspaceId, actor, id), this.clock.now());
  }

  async deliveries(
    workspaceId: string,
    actor: Actor,
    id: string,
    page: PageRequest,
  ): Promise<PageResult<WebhookDeliveryRecord>> {
    const webhook = await this.managed(workspaceId, actor, id);
    return this.webhooks.deliveries(workspaceId, webhook.id, page);
  }

  /** The webhook, for a member who manages webhooks (else 403), if it is the workspace's (else WEBHOOK_NOT_FOUND). */
  private async managed(workspaceId: string, actor: Actor, id: string): Promise<WebhookRecord> {
    await this.access.require(workspaceId, actor, 'webhooks.manage');
    const webhook = isUuid(id) ? await this.webhooks.find(workspaceId, id) : null;
    if (!webhook) throw catalogueError('not_found', 'WEBHOOK_NOT_FOUND');
    return webhook;
  }
}
