import { Injectable, Logger } from '@nestjs/common';
import {
  Clock,
  HostResolver,
  WEBHOOK_MAX_ATTEMPTS,
  WebhookPolicy,
  WEBHOOK_SIGNATURE_HEADER,
  signWebhook,
  webhookBackoffMs,
} from '@xp/server/application';
import { WebhookDeliveryEntity } from '../entities';
import { webhookAad } from './notifier';
import { TokenCipher } from './token-cipher';
import { TransactionHost } from './transaction-host';
import { postWebhook, type WebhookOutcome } from './webhook-request';

interface ClaimedDelivery {
  id: string;
  webhook_id: string;
  event: string;
  body: string;
  attempts: number;
  url: string;
  secret_enc: string;
}

/** How long a claimed delivery stays invisible to other workers while it is being sent. */
const CLAIM_LEASE_MS = 60_000;

/**
 * Sends due webhook deliveries (run by the scheduler process): claims them with SKIP LOCKED and a lease (any number
 * of processes may run it), POSTs the signed body to the receiver's checked public address only, and records the
 * outcome (a status or one word, never the network stack's text); a failure is retried with exponential backoff until
 * the last attempt.
 */
@Injectable()
export class WebhookDeliveryWorker {
  private readonly logger = new Logger('Webhooks');

  constructor(
    private readonly tx: TransactionHost,
    private readonly cipher: TokenCipher,
    private readonly clock: Clock,
    private readonly resolver: HostResolver,
    private readonly policy: WebhookPolicy,
  ) {}

  /** Sends what is due now; returns how many deliveries were attempted. */
  async runDue(limit = 20): Promise<number> {
    const now = this.clock.now();
    const claimed = (await this.tx.dataSource.query(
      `WITH due AS (
         SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= $1
         ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE webhook_deliveries d SET next_attempt_at = $3
       FROM due, webhooks w
       WHERE d.id = due.id AND w.id = d.webhook_id
       RETURNING d.id, d.webhook_id, d.event, d.body, d.attempts, w.url, w.secret_enc`,
      [now, limit, new Date(now.getTime() + CLAIM_LEASE_MS)],
    )) as [ClaimedDelivery[], number] | ClaimedDelivery[];
    const rows = Array.isArray(claimed[0]) ? (claimed[0] as ClaimedDelivery[]) : (claimed as ClaimedDelivery[]);
    await Promise.all(rows.map((d) => this.attempt(d)));
    return rows.length;
  }

  private async attempt(d: ClaimedDelivery): Promise<void> {
    let outcome: WebhookOutcome;
    try {
      const secret = this.cipher.decrypt(d.secret_enc, webhookAad(d.webhook_id));
      const t = Math.floor(this.clock.now().getTime() / 1000);
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'x-publisher-webhooks/1',
        [WEBHOOK_SIGNATURE_HEADER]: signWebhook(secret, t, d.body),
        'X-XP-Event': d.event,
        'X-XP-Delivery': d.id,
      };
      outcome = await postWebhook(d.url, headers, d.body, this.resolver, this.policy);
    } catch (e) {
      // Not the receiver's doing (e.g. a key missing from ENCRYPTION_KEYS): the operator's log says why.
      this.logger.error(`webhook delivery ${d.id} could not be prepared: ${e instanceof Error ? e.message : e}`);
      outcome = { ok: false, status: null, error: 'connection failed' };
    }
    const status = outcome.status;
    const error = outcome.ok ? null : outcome.error;
    const attempts = d.attempts + 1;
    const now = this.clock.now();
    const done = error === null;
    const giveUp = !done && attempts >= WEBHOOK_MAX_ATTEMPTS;
    await this.tx.repo(WebhookDeliveryEntity).update(
      { id: d.id },
      {
        attempts,
        lastStatus: status,
        lastError: error,
        status: done ? 'delivered' : giveUp ? 'failed' : 'pending',
        nextAttemptAt: done || giveUp ? now : new Date(now.getTime() + webhookBackoffMs(attempts)),
        finishedAt: done || giveUp ? now : null,
      },
    );
    if (giveUp) this.logger.warn(`webhook delivery ${d.id} to ${d.url} failed after ${attempts} attempts: ${error}`);
  }
}
