import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { catalogueError, DomainError } from '@xp/server/domain';
import { Clock, UnitOfWork } from '../ports';
import { isUuid } from '../identity/access.service';
import { ConversationRepository, XListener } from './inbox.ports';
import { InboxIngestService } from './inbox-ingest.service';
import { parseActivityDelivery, validXSignature, xSignature } from './x-events';

const webhookNotFound = () => new DomainError('not_found', 'NOT_FOUND', 'Unknown webhook');

/**
 * X's real-time deliveries: the product registers one webhook at X (`POST /2/webhooks`, answering X's CRC), and
 * subscribes each connected account to its mentions, replies and quotes. Each delivery is signed by X with the
 * app's consumer secret: an unsigned or forged one is refused (401) before anything is read. Deliveries are
 * deduplicated by X's event id, then each post lands once (the inbox's tweet-id UNIQUE), as polling does.
 */
@Injectable()
export class XWebhookService {
  private readonly logger = new Logger('XWebhooks');
  private webhookId: string | null = null;

  constructor(
    private readonly conversations: ConversationRepository,
    private readonly x: XListener,
    private readonly ingest: InboxIngestService,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
  ) {}

  /** `GET /api/x/webhooks/{id}?crc_token=`: X's challenge, answered with the HMAC of the token. */
  async crc(id: string, token: string): Promise<{ response_token: string }> {
    const secret = this.x.signingSecret;
    if (!secret || !isUuid(id) || !(await this.conversations.webhook(id))) throw webhookNotFound();
    return { response_token: xSignature(secret, token) };
  }

  /** `POST /api/x/webhooks/{id}`: a signed delivery of X's events. */
  async deliver(
    id: string,
    rawBody: Buffer | undefined,
    signature: string | undefined,
  ): Promise<{ received: number; landed: number }> {
    const secret = this.x.signingSecret;
    if (!secret || !rawBody || !validXSignature(secret, rawBody, signature))
      throw catalogueError('unauthenticated', 'X_WEBHOOK_SIGNATURE_INVALID');
    if (!isUuid(id) || !(await this.conversations.webhook(id))) throw webhookNotFound();
    let body: unknown;
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch {
      throw catalogueError('invalid', 'MALFORMED_JSON');
    }
    const events = parseActivityDelivery(body, this.clock.now());
    let landed = 0;
    for (const e of events) {
      landed += await this.uow.run(async () => {
        if (!(await this.conversations.takeEvent(e.eventId, this.clock.now()))) return 0;
        let n = 0;
        for (const account of await this.conversations.listenedAccounts(e.userId))
          if (await this.ingest.ingest(account, e.post)) n++;
        return n;
      });
    }
    return { received: events.length, landed };
  }

  /**
   * Registers the webhook `<base>/api/x/webhooks/<id>` at X (once: the row is reused) and subscribes every connected
   * account. The API must already answer at `base` (X calls it for the CRC). Failures are logged: polling goes on.
   */
  async ensure(base: string): Promise<string | null> {
    if (!this.x.configured || !this.x.signingSecret) return null;
    const prefix = `${base.replace(/\/$/, '')}/api/x/webhooks/`;
    const row = (await this.conversations.webhookByPrefix(prefix)) ?? { id: randomUUID(), url: '', xWebhookId: null };
    row.url = `${prefix}${row.id}`;
    await this.conversations.saveWebhook(row, this.clock.now());
    const r = await this.x.registerWebhook(row.url);
    if (r.kind !== 'ok') {
      this.logger.warn(`registering the X webhook ${row.url} failed: ${r.detail}`);
      return null;
    }
    if (r.value.id !== row.xWebhookId)
      await this.conversations.saveWebhook({ ...row, xWebhookId: r.value.id }, this.clock.now());
    this.webhookId = r.value.id;
    for (const a of await this.conversations.listenedAccounts()) await this.subscribe(a.id, a.xUserId);
    return r.value.id;
  }

  /** Subscribes one account (a new connection); a no-op until the webhook is registered. */
  async subscribe(accountId: string, xUserId: string): Promise<void> {
    if (!this.webhookId) return;
    const r = await this.x.subscribe(accountId, xUserId, this.webhookId);
    if (r.kind !== 'ok') this.logger.warn(`subscribing account ${accountId} to X's activity failed: ${r.detail}`);
  }
}
