import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Locale, Role } from '@xp/shared';
import {
  Clock,
  Mailer,
  NotificationRepository,
  Notifier,
  WebhookRepository,
  defaultPreference,
  isNotificationEvent,
  notificationEmail,
  notificationTexts,
  type NotificationInput,
  type NotificationSubject,
  type NotificationPreference,
  type NotificationRecord,
  type PageRequest,
  type PageResult,
  type WebhookDeliveryRecord,
  type WebhookRecord,
} from '@xp/server/application';
import { isUuid } from '@xp/server/application';
import { NotificationEntity, NotificationPreferenceEntity, WebhookDeliveryEntity, WebhookEntity } from '../entities';
import { creationPage } from './creation-page';
import { TokenCipher } from './token-cipher';
import { TransactionHost } from './transaction-host';

/** The additional authenticated data binding a webhook's encrypted secret to its row. */
/** The event of a test delivery (`POST …/webhooks/{id}/test`). */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

export const webhookAad = (id: string) => `webhooks.secret:${id}`;

interface RecipientRow {
  id: string;
  email: string;
  locale: Locale;
  role: Role;
  in_app: boolean | null;
  email_pref: boolean | null;
}

/**
 * Fans a notification out by each member's preferences: in-app rows, emails (through the Mailer: outbox or SMTP,
 * in the member's language) and one queued delivery per subscribed webhook (sent later by the delivery worker).
 * It never throws into the caller: inside a transaction it works under a savepoint, rolled back on failure.
 */
@Injectable()
export class PgNotifier extends Notifier {
  private readonly logger = new Logger('Notifier');

  constructor(
    private readonly tx: TransactionHost,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {
    super();
  }

  async notify(n: NotificationInput): Promise<void> {
    try {
      await this.isolated(() => this.fanOut([n]));
    } catch (e) {
      this.logger.error(
        `notification ${n.event} for ${n.subjectType} ${n.subjectId} not delivered: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }

  async resolve(s: NotificationSubject): Promise<void> {
    try {
      await this.isolated(async () => {
        await this.tx.manager.query(
          `UPDATE notifications SET read_at = $5
           WHERE workspace_id = $1 AND subject_type = $2 AND subject_id = $3 AND event = $4 AND read_at IS NULL`,
          [s.workspaceId, s.subjectType, s.subjectId, s.event, this.clock.now()],
        );
      });
    } catch (e) {
      this.logger.error(`${s.event} for ${s.subjectType} ${s.subjectId} not resolved: ${(e as Error).message}`);
    }
  }

  private async isolated(fn: () => Promise<void>): Promise<void> {
    const qr = this.tx.manager.queryRunner;
    if (!qr?.isTransactionActive) return this.tx.run(fn);
    const sp = `xp_notify_${randomUUID().replace(/-/g, '')}`;
    await qr.query(`SAVEPOINT ${sp}`);
    try {
      await fn();
      await qr.query(`RELEASE SAVEPOINT ${sp}`);
    } catch (e) {
      await qr.query(`ROLLBACK TO SAVEPOINT ${sp}`);
      throw e;
    }
  }

  /**
   * Several notifications in one transaction and a few statements whatever their number (a scheduler's published
   * posts, queued while others were in flight). If the batch fails, each is sent on its own, so that one bad
   * notification does not cost the others theirs.
   */
  override async notifyMany(ns: NotificationInput[]): Promise<void> {
    if (ns.length <= 1) return ns[0] ? this.notify(ns[0]) : undefined;
    try {
      await this.isolated(() => this.fanOut(ns));
    } catch (e) {
      this.logger.warn(
        `${ns.length} notifications failed together (${e instanceof Error ? e.message : String(e)}): sent one at a time`,
      );
      for (const n of ns) await this.notify(n);
    }
  }

  private async fanOut(ns: NotificationInput[]): Promise<void> {
    const m = this.tx.manager;
    const now = this.clock.now();
    const texts = ns.map((n) => notificationTexts(n));
    const asked = ns.flatMap((n, i) =>
      [...new Set(n.recipientIds)]
        .filter(isUuid)
        .map((userId) => ({ i, workspace_id: n.workspaceId, user_id: userId, event: n.event })),
    );
    const recipients = asked.length
      ? ((await m.query(
          `SELECT v.i, u.id, u.email, u.locale, ms.role, p.in_app, p.email AS email_pref
           FROM jsonb_to_recordset($1::jsonb) AS v(i int, workspace_id uuid, user_id uuid, event text)
           JOIN memberships ms ON ms.workspace_id = v.workspace_id AND ms.user_id = v.user_id
           JOIN users u ON u.id = ms.user_id
           LEFT JOIN notification_preferences p ON p.workspace_id = ms.workspace_id AND p.user_id = ms.user_id AND p.event = v.event
           ORDER BY v.i`,
          [JSON.stringify(asked)],
        )) as (RecipientRow & { i: number })[])
      : [];
    const def = (r: RecipientRow & { i: number }) => defaultPreference(ns[r.i]!.event, r.role);
    const inApp = recipients.filter((r) => r.in_app ?? def(r).inApp);
    if (inApp.length) {
      const repo = m.getRepository(NotificationEntity);
      await repo.save(
        inApp.map((r) => {
          const n = ns[r.i]!;
          return repo.create({
            workspaceId: n.workspaceId,
            userId: r.id,
            event: n.event,
            subjectType: n.subjectType,
            subjectId: n.subjectId,
            title: texts[r.i]!.title,
            body: texts[r.i]!.body,
            data: n.data ?? {},
            readAt: null,
            createdAt: now,
          });
        }),
      );
    }
    for (const r of recipients.filter((x) => x.email_pref ?? def(x).email)) {
      const n = ns[r.i]!;
      await this.mailer.send({ workspaceId: n.workspaceId, to: r.email, ...notificationEmail(n, r.locale) });
    }
    const kinds = [...new Map(ns.map((n) => [`${n.workspaceId} ${n.event}`, n])).values()].map((n) => ({
      workspace_id: n.workspaceId,
      event: n.event,
    }));
    const hooks = (await m.query(
      `SELECT w.id, w.workspace_id, k.event FROM jsonb_to_recordset($1::jsonb) AS k(workspace_id uuid, event text)
         JOIN webhooks w ON w.workspace_id = k.workspace_id AND k.event = ANY(w.events)`,
      [JSON.stringify(kinds)],
    )) as { id: string; workspace_id: string; event: string }[];
    const deliveries = ns.flatMap((n, i) =>
      hooks
        .filter((h) => h.workspace_id === n.workspaceId && h.event === n.event)
        .map((h) => {
          const id = randomUUID();
          const t = texts[i]!;
          const body = JSON.stringify({
            id,
            event: n.event,
            workspaceId: n.workspaceId,
            occurredAt: now.toISOString(),
            subject: { type: n.subjectType, id: n.subjectId },
            title: t.title,
            ...(t.message ? { code: t.message.code, params: t.message.params } : {}),
            body: t.body,
            data: n.data ?? {},
          });
          return {
            id,
            workspaceId: n.workspaceId,
            webhookId: h.id,
            event: n.event,
            body,
            status: 'pending' as const,
            attempts: 0,
            nextAttemptAt: now,
            lastStatus: null,
            lastError: null,
            createdAt: now,
            finishedAt: null,
          };
        }),
    );
    if (deliveries.length) await m.getRepository(WebhookDeliveryEntity).insert(deliveries);
  }
}

@Injectable()
export class TypeormNotificationRepository extends NotificationRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  async list(
    workspaceId: string,
    userId: string,
    page: PageRequest,
    unreadOnly: boolean,
  ): Promise<PageResult<NotificationRecord>> {
    const qb = this.tx
      .repo(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.workspace_id = :workspaceId AND n.user_id = :userId', { workspaceId, userId });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    return creationPage(qb, page, 'DESC');
  }

  find(workspaceId: string, userId: string, id: string): Promise<NotificationRecord | null> {
    return isUuid(id) ? this.tx.repo(NotificationEntity).findOneBy({ workspaceId, userId, id }) : Promise.resolve(null);
  }

  countUnread(workspaceId: string, userId: string): Promise<number> {
    return this.tx
      .repo(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.workspace_id = :workspaceId AND n.user_id = :userId AND n.read_at IS NULL', { workspaceId, userId })
      .getCount();
  }

  async markRead(workspaceId: string, userId: string, id: string, at: Date): Promise<boolean> {
    const mine = await this.tx.repo(NotificationEntity).findOneBy({ workspaceId, userId, id });
    if (!mine) return false;
    if (!mine.readAt) await this.tx.repo(NotificationEntity).update({ id, workspaceId, userId }, { readAt: at });
    return true;
  }

  async markAllRead(workspaceId: string, userId: string, at: Date): Promise<number> {
    return this.tx.update(
      NotificationEntity,
      { readAt: at },
      'workspace_id = :workspaceId AND user_id = :userId AND read_at IS NULL',
      { workspaceId, userId },
    );
  }

  async listPreferences(workspaceId: string, userId: string): Promise<NotificationPreference[]> {
    const rows = await this.tx.repo(NotificationPreferenceEntity).findBy({ workspaceId, userId });
    return rows.flatMap((r) =>
      isNotificationEvent(r.event) ? [{ event: r.event, inApp: r.inApp, email: r.email }] : [],
    );
  }

  async savePreferences(workspaceId: string, userId: string, prefs: NotificationPreference[], at: Date): Promise<void> {
    if (!prefs.length) return;
    await this.tx
      .repo(NotificationPreferenceEntity)
      .createQueryBuilder()
      .insert()
      .values(
        prefs.map((p) => ({ workspaceId, userId, event: p.event, inApp: p.inApp, email: p.email, updatedAt: at })),
      )
      .orUpdate(['in_app', 'email', 'updated_at'], ['workspace_id', 'user_id', 'event'])
      .execute();
  }
}

const toWebhook = (e: WebhookEntity): WebhookRecord => ({
  id: e.id,
  workspaceId: e.workspaceId,
  url: e.url,
  events: e.events.filter(isNotificationEvent),
  createdBy: e.createdBy,
  createdAt: e.createdAt,
});

@Injectable()
export class TypeormWebhookRepository extends WebhookRepository {
  constructor(
    private readonly tx: TransactionHost,
    private readonly cipher: TokenCipher,
  ) {
    super();
  }

  async list(workspaceId: string, page: PageRequest): Promise<PageResult<WebhookRecord>> {
    const qb = this.tx
      .repo(WebhookEntity)
      .createQueryBuilder('w')
      .where('w.workspace_id = :workspaceId', { workspaceId });
    const res = await creationPage(qb, page, 'ASC');
    return { items: res.items.map(toWebhook), nextCursor: res.nextCursor };
  }

  async find(workspaceId: string, id: string): Promise<WebhookRecord | null> {
    const e = await this.tx.repo(WebhookEntity).findOneBy({ workspaceId, id });
    return e ? toWebhook(e) : null;
  }

  async insert(w: WebhookRecord, secret: string): Promise<WebhookRecord> {
    await this.tx.repo(WebhookEntity).insert({ ...w, secretEnc: this.cipher.encrypt(secret, webhookAad(w.id)) });
    return w;
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const res = await this.tx.repo(WebhookEntity).delete({ workspaceId, id });
    return (res.affected ?? 0) > 0;
  }

  async enqueueTest(webhook: WebhookRecord, at: Date): Promise<WebhookDeliveryRecord> {
    const id = randomUUID();
    const body = JSON.stringify({
      id,
      event: WEBHOOK_TEST_EVENT,
      workspaceId: webhook.workspaceId,
      occurredAt: at.toISOString(),
      subject: { type: 'webhook', id: webhook.id },
      data: {},
    });
    const delivery: WebhookDeliveryRecord = {
      id,
      webhookId: webhook.id,
      event: WEBHOOK_TEST_EVENT,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: at,
      lastStatus: null,
      lastError: null,
      createdAt: at,
      finishedAt: null,
    };
    await this.tx.repo(WebhookDeliveryEntity).insert({ ...delivery, workspaceId: webhook.workspaceId, body });
    return delivery;
  }

  async deliveries(
    workspaceId: string,
    webhookId: string,
    page: PageRequest,
  ): Promise<PageResult<WebhookDeliveryRecord>> {
    const qb = this.tx
      .repo(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.workspace_id = :workspaceId AND d.webhook_id = :webhookId', { workspaceId, webhookId });
    return creationPage(qb, page, 'DESC');
  }
}
