import { Logger } from '@nestjs/common';
import { msg, type MessageRef } from '@xp/shared';
import { Notifier, type NotificationEvent, type NotificationInput } from '../audit/audit.ports';
import type {
  OutcomeAudit,
  PublishAuditAction,
  PublishJob,
  PublishedCompletion,
  PublishingRepository,
} from './publishing.ports';

type NotifiedAction = 'post.published' | 'post.failed' | 'post.missed';

const TITLES: Record<NotifiedAction, (handle: string) => MessageRef> = {
  'post.published': (handle) => msg('NOTIFY_POST_PUBLISHED_ON', { handle }),
  'post.failed': (handle) => msg('NOTIFY_POST_FAILED_ON', { handle }),
  'post.missed': (handle) => msg('NOTIFY_POST_MISSED_ON', { handle }),
};

/** Notifications sent in one transaction at most. */
const BATCH = 200;

const isNotified = (a: PublishAuditAction): a is NotifiedAction & NotificationEvent =>
  a === 'post.published' || a === 'post.failed' || a === 'post.missed';

/**
 * What publishing reports besides the post's row. The audit event goes with the outcome, in the same transaction
 * (`audit()` builds it for the repository). Notifications go in batches (one transaction each), off the publishing
 * path: they wait while publishes are in flight (at most a few seconds), so a burst of due posts is not slowed down
 * by them.
 */
export class PublishingReporter {
  private readonly logger = new Logger('Publishing');
  private readonly pending: NotificationInput[] = [];
  private draining: Promise<void> | null = null;
  /** Publishes in flight (notifications wait for a quiet moment). */
  publishing = 0;

  constructor(
    private readonly schedulerId: string,
    private readonly notifier?: Notifier,
  ) {}

  /** The audit event of an outcome (actor: the system), written by the repository with the outcome. */
  audit(job: PublishJob, action: PublishAuditAction, data: Record<string, unknown>): OutcomeAudit {
    return { action, data: { accountId: job.accountId, schedulerId: this.schedulerId, ...data } };
  }

  /** Tells the post's author and approvers (after the outcome is saved). */
  notify(job: PublishJob, action: PublishAuditAction, data: Record<string, unknown>): void {
    if (!this.notifier || !isNotified(action)) return;
    const recipients = [...new Set([job.authorId, ...job.approvals.map((a) => a.approverId)])];
    this.pending.push({
      workspaceId: job.workspaceId,
      event: action,
      recipientIds: recipients,
      subjectType: 'post',
      subjectId: job.id,
      title: TITLES[action](job.handle),
      data,
    });
    if (!this.draining) this.draining = this.run(false).finally(() => (this.draining = null));
  }

  /** Sends what is queued, in batches (one transaction each), once no publish is in flight (or after 5 s). */
  private async run(force: boolean): Promise<void> {
    const notifier = this.notifier;
    let waited = 0;
    while (notifier && this.pending.length) {
      if (!force && this.publishing > 0 && waited < 5000 && this.pending.length < 20_000) {
        await new Promise((r) => setTimeout(r, 50));
        waited += 50;
        continue;
      }
      waited = 0;
      const batch = this.pending.splice(0, BATCH);
      try {
        await notifier.notifyMany(batch);
      } catch (e) {
        this.logger.error(
          `${batch.length} notifications (${batch[0]!.event} ${batch[0]!.subjectId}…) failed: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    }
  }

  /** Waits until every queued notification is sent. */
  async drain(): Promise<void> {
    await this.draining;
    await this.run(true);
  }
}

/**
 * How long a success may wait for a moment without calls to X, at most; how many may wait (as many as a scheduler
 * may have claimed ahead, the scheduler's `armLimit`: a whole burst's calls, then its writes); rows per statement.
 */
const COMPLETION_WAIT_MS = 1000;
const COMPLETION_QUEUE_MAX = 4096;
const COMPLETION_BATCH = 500;

/**
 * Successful publishes are saved in batches: whatever finished meanwhile goes in the next statements, with their audit
 * events in the same transaction. They are written once no call to X is in flight (`quiet`; an immediate write when
 * the scheduler is not busy), or after 1 s, or at 4,096 waiting: a burst's calls go first, its writes after (a write
 * in the middle of a burst takes the CPU that its calls, X's and PostgreSQL's share on a small machine).
 * A crash before the write leaves a pending attempt: recovery and reconciliation find the tweet (never re-sent).
 */
export class CompletionBatcher {
  private readonly queue: { item: PublishedCompletion; done: (saved: boolean) => void; fail: (e: unknown) => void }[] =
    [];
  private writing = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly repo: PublishingRepository,
    private readonly quiet: () => boolean = () => true,
  ) {}

  /** True when the post moved to published (false: the lease was lost). */
  complete(item: PublishedCompletion): Promise<boolean> {
    return new Promise((done, fail) => {
      this.queue.push({ item, done, fail });
      this.poke();
    });
  }

  /** Writes now if nothing holds the batch back; else makes sure it is written within `COMPLETION_WAIT_MS`. */
  poke(): void {
    if (this.writing || !this.queue.length) return;
    if (this.quiet() || this.queue.length >= COMPLETION_QUEUE_MAX) {
      void this.flush();
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = null;
      if (!this.writing) void this.flush();
    }, COMPLETION_WAIT_MS);
  }

  private async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.writing = true;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, COMPLETION_BATCH);
        try {
          const moved = new Set(await this.repo.completePublished(batch.map((b) => b.item)));
          for (const b of batch) b.done(moved.has(b.item.postId));
        } catch (e) {
          for (const b of batch) b.fail(e);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
