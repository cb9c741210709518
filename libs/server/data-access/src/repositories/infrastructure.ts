import { Injectable, Logger } from '@nestjs/common';
import * as argon2 from 'argon2';
import { createTransport, type Transporter } from 'nodemailer';
import { Clock, Mailer, OutboxRepository, PasswordHasher, type OutgoingEmail } from '@xp/server/application';
import type { TransactionHost } from './transaction-host';

/** argon2id with OWASP's recommended parameters (19 MiB, 2 iterations, 1 lane). */
@Injectable()
export class Argon2PasswordHasher extends PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  }
  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

export interface MailerSettings {
  smtpUrl?: string;
  from: string;
}

/**
 * Every email is recorded in the outbox. With SMTP configured it is also delivered, and its row says whether
 * delivery worked; without SMTP it stays in the outbox for the workspace owner to read. Never dropped.
 * Inside a transaction, the SMTP delivery (and its row) waits for the commit: a rolled-back write sends nothing.
 */
@Injectable()
export class OutboxMailer extends Mailer {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | null;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
    private readonly settings: MailerSettings,
    private readonly tx?: TransactionHost,
  ) {
    super();
    this.transport = settings.smtpUrl ? createTransport(settings.smtpUrl) : null;
  }

  async send(email: OutgoingEmail): Promise<void> {
    if (this.transport && this.tx) return this.tx.afterCommit(() => this.deliver(email));
    return this.deliver(email);
  }

  private async deliver(email: OutgoingEmail): Promise<void> {
    let status: 'outbox' | 'sent' | 'failed' = 'outbox';
    let error: string | null = null;
    if (this.transport) {
      try {
        await this.transport.sendMail({
          from: this.settings.from,
          to: email.to,
          subject: email.subject,
          text: email.text,
        });
        status = 'sent';
      } catch (e) {
        status = 'failed';
        error = e instanceof Error ? e.message : String(e);
        this.logger.warn(`SMTP delivery to ${email.to} failed; kept in the outbox: ${error}`);
      }
    }
    const now = this.clock.now();
    await this.outbox.insert({ ...email, status, error, createdAt: now, sentAt: status === 'sent' ? now : null });
  }
}
