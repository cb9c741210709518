import { Injectable, Logger } from '@nestjs/common';
import {
  Clock,
  WEBHOOK_MAX_ATTEMPTS,
  WEBHOOK_SIGNATURE_HEADER,
  signWebhook,
  webhookBackoffMs,
} from '@xp/server/application';
import { WebhookDeliveryEntity } from '../entities';
import { webhookAad } from './notifier';
import { TokenCipher } from './token-cipher';
import { TransactionHost } from './transaction-host';

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
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Sends due webhook deliveries (run by the scheduler process): claims them with SKIP LOCKED and a lease (any number
 * of processes may run it), POSTs the signed body, and records the outcome; a failure is retried with exponential
 * backoff until the last attempt.
 */
@Injectable()
export class WebhookDeliveryWorker {
  private readonly logger = new Logger('Webhooks');

  constructor(
    private readonly tx: TransactionHost,
    private readonly cipher: TokenCipher,
    private readonly clock: Clock,
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
    let status: number | null = null;
    let error: string | null = null;
    try {
      const secret = this.cipher.decrypt(d.secret_enc, webhookAad(d.webhook_id));
      const t = Math.floor(this.clock.now().getTime() / 1000);
      const res = await fetch(d.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'x-publisher-webhooks/1',
          [WEBHOOK_SIGNATURE_HEADER]: signWebhook(secret, t, d.body),
          'X-XP-Event': d.event,
          'X-XP-Delivery': d.id,
        },
        body: d.body,
      });
      status = res.status;
      await res.body?.cancel();
      if (status < 200 || status >= 300) error = `HTTP ${status}`;
    } catch (e) {
      error =
        e instanceof Error ? (e.cause instanceof Error ? `${e.message}: ${e.cause.message}` : e.message) : String(e);
    }
    const attempts = d.attempts + 1;
    const now = this.clock.now();
    const done = error === null;
    const giveUp = !done && attempts >= WEBHOOK_MAX_ATTEMPTS;
    await this.tx.repo(WebhookDeliveryEntity).update(
      { id: d.id },
      {
        attempts,
        lastStatus: status,
        lastError: error ? error.slice(0, 500) : null,
        status: done ? 'delivered' : giveUp ? 'failed' : 'pending',
        nextAttemptAt: done || giveUp ? now : new Date(now.getTime() + webhookBackoffMs(attempts)),
        finishedAt: done || giveUp ? now : null,
      },
    );
    if (giveUp) this.logger.warn(`webhook delivery ${d.id} to ${d.url} failed after ${attempts} attempts: ${error}`);
  }
}
