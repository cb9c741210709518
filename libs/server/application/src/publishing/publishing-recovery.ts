import { Logger } from '@nestjs/common';
import { decide } from '@xp/server/domain';
import { Clock, UnitOfWork } from '../ports';
import { XGateway } from '../accounts/account.ports';
import { PublishingObserver, PublishingRepository, type OutcomeAudit, type PublishJob } from './publishing.ports';
import {
  backoffMs,
  decideOrThrow,
  lifecycleContext,
  normalizeTweetText,
  stateOf,
  type PublishingSettings,
} from './publishing-rules';
import type { PublishingReporter } from './publishing-reporter';

/**
 * The scheduler's safety net: expired leases, reconciliation of unconfirmed posts against the account's timeline,
 * and missed posts. Part of `PublishingService` (which exposes these methods).
 */
export class PublishingRecovery {
  private readonly logger = new Logger('Publishing');

  constructor(
    private readonly repo: PublishingRepository,
    private readonly x: XGateway,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly settings: PublishingSettings,
    private readonly observer: PublishingObserver,
    private readonly reporter: PublishingReporter,
  ) {}

  private decide(job: PublishJob, action: Parameters<typeof decideOrThrow>[1], now: Date) {
    return decideOrThrow(job, action, now, this.settings.graceMs);
  }

  /**
   * Posts whose scheduler died or stalled: the lease expired, or its owner's liveness lock is gone (a killed process:
   * recovered within a probe interval instead of a lease). With a pending attempt the call may have reached X:
   * `unconfirmed`, reconciled at once (the timeline decides; a retry of text X already has is refused as a duplicate
   * and reconciled too). Without one, no call was made: the claim is released.
   */
  async recoverOrphans(limit = 200): Promise<number> {
    return this.uow.run(async () => {
      const now = this.clock.now();
      const rows = await this.repo.orphanedLeases(now, this.settings.schedulerId, limit);
      for (const job of rows) {
        const from = { status: 'publishing' as const, leaseOwner: job.leaseOwner };
        const why = job.ownerGone ? 'scheduler gone mid-call' : 'lease expired mid-call';
        if (job.pendingAttempts > 0) {
          const next = this.decide(job, { type: 'publish_outcome_unknown', reason: why }, now);
          await this.repo.abandonPendingAttempts(job.id, `${why} (${job.leaseOwner ?? '?'})`, now);
          await this.repo.transition(job.id, from, next, { statusReason: why }, now);
          this.observer.outcome('unknown', job);
        } else {
          await this.repo.transition(job.id, from, this.decide(job, { type: 'release_claim' }, now), {}, now);
        }
      }
      if (rows.length) this.logger.log(`recovered ${rows.length} post(s) from schedulers gone or leases expired`);
      return rows.length;
    });
  }

  /** Whether another scheduler that is gone left posts behind (a cheap probe, run often). */
  hasOrphans(): Promise<boolean> {
    return this.repo.hasOrphans(this.settings.schedulerId);
  }

  /** Reconciles unconfirmed posts against the account's recent tweets: published, or back to scheduled (or missed). */
  async reconcile(limit = 50): Promise<number> {
    const now = this.clock.now();
    const jobs = await this.repo.claimUnconfirmed({
      now,
      owner: this.settings.schedulerId,
      leaseUntil: new Date(now.getTime() + this.settings.leaseMs),
      limit,
    });
    await Promise.all(jobs.map((job) => this.reconcileOne(job)));
    return jobs.length;
  }

  private async reconcileOne(job: PublishJob): Promise<void> {
    const owner = this.settings.schedulerId;
    const index = job.tweetIds.length;
    const segment = job.segments[index];
    const since = new Date((job.unknownSince ?? job.scheduledAt).getTime() - 60_000);
    const r = segment
      ? await this.x.recentTweets(job.accountId, job.xUserId, { startTime: since, maxPages: 10 })
      : { kind: 'ok' as const, value: { tweets: [] } };
    const now = this.clock.now();
    if (r.kind !== 'ok') {
      if (r.kind === 'auth') await this.repo.markAccountNeedsReauth(job.accountId, now);
      const wait =
        r.kind === 'rate_limited' && r.resetAt ? r.resetAt.getTime() - now.getTime() : backoffMs(job.attempts);
      await this.repo.postponeReconciliation(job.id, owner, new Date(now.getTime() + Math.max(1000, wait)));
      return;
    }
    const previous = job.tweetIds[index - 1];
    const wanted = segment ? normalizeTweetText(segment.text) : '';
    // Oldest first: the timeline is newest first.
    const match = [...r.value.tweets]
      .reverse()
      .find(
        (t) =>
          normalizeTweetText(t.text) === wanted &&
          (!previous || !t.inReplyToTweetId || t.inReplyToTweetId === previous) &&
          !job.tweetIds.includes(t.id),
      );
    const unconfirmed: PublishJob = { ...job, leaseOwner: null, leaseUntil: null };
    const from = { status: 'unconfirmed' as const, leaseOwner: owner };
    if (match || !segment) {
      const tweetIds = match ? [...job.tweetIds, match.id] : job.tweetIds;
      if (tweetIds.length >= job.segments.length) {
        const data = { tweetIds, reconciled: true };
        const next = this.decide(unconfirmed, { type: 'reconcile_published', tweetIds }, now);
        const extras = { tweetIds, publishedAt: now, statusReason: 'reconciled: found on the timeline' };
        await this.published(job, next, { ...extras, audit: this.reporter.audit(job, 'post.published', data) }, now);
        this.reporter.notify(job, 'post.published', data);
        return;
      }
      // A thread: this segment is on X, resume after it.
      const next = this.decide(unconfirmed, { type: 'reconcile_retry' }, now);
      const missed = next.status === 'missed';
      const statusReason = missed ? 'missed: thread incomplete when its window closed' : null;
      await this.repo.transition(job.id, from, next, { tweetIds, statusReason }, now);
      this.observer.outcome(missed ? 'missed' : 'reconciled_retry', job);
      return;
    }
    if (job.statusReason?.startsWith('duplicate_after_unknown')) {
      // X refused a retry as duplicate content: evidence an earlier attempt was published, even if the timeline
      // does not show it (yet). Never re-send.
      const data = { tweetIds: job.tweetIds, reconciled: true, duplicateEvidence: true };
      const next = this.decide(unconfirmed, { type: 'reconcile_published', tweetIds: job.tweetIds }, now);
      const statusReason = 'published: X reported duplicate content after an unknown outcome';
      const audit = this.reporter.audit(job, 'post.published', data);
      await this.published(job, next, { publishedAt: now, statusReason, audit }, now);
      this.reporter.notify(job, 'post.published', data);
      return;
    }
    const next = this.decide(unconfirmed, { type: 'reconcile_retry' }, now);
    const missed = next.status === 'missed';
    // A call of ours may still land on X until its timeout (a scheduler killed mid-call sent it): not missed before
    // then, the timeline is read again once it is over.
    const landing = (job.lastUnknownAt?.getTime() ?? 0) + this.settings.callTimeoutMs;
    if (missed && landing > now.getTime()) {
      await this.repo.postponeReconciliation(job.id, owner, new Date(landing));
      return;
    }
    const statusReason = missed ? 'missed: not on X and its window closed' : 'reconciled: not on X, retrying';
    const audit = missed ? this.missedAudit(job) : undefined;
    await this.repo.transition(job.id, from, next, { statusReason, ...(audit ? { audit } : {}) }, now);
    if (missed) this.reportMissed(job);
    this.observer.outcome(missed ? 'missed' : 'reconciled_retry', job);
  }

  private async published(
    job: PublishJob,
    next: ReturnType<PublishingRecovery['decide']>,
    extras: { tweetIds?: string[]; publishedAt: Date; statusReason: string; audit: OutcomeAudit },
    now: Date,
  ): Promise<void> {
    const from = { status: 'unconfirmed' as const, leaseOwner: this.settings.schedulerId };
    await this.repo.transition(job.id, from, next, extras, now);
    this.observer.outcome('reconciled_published', job);
  }

  /** Scheduled posts whose window passed (publishBy, else scheduledAt + grace) become missed, held or not. */
  async markMissed(limit = 500): Promise<number> {
    const missed = await this.uow.run(async () => {
      const now = this.clock.now();
      const rows = await this.repo.overdue(now, this.settings.graceMs, limit);
      const jobs = rows.filter((job) => {
        const d = decide(stateOf(job), { type: 'mark_missed' }, lifecycleContext(job, now, this.settings.graceMs));
        return d.ok && d.state.status === 'missed';
      });
      if (!jobs.length) return [];
      const audits = new Map(jobs.map((job) => [job.id, this.missedAudit(job)]));
      const moved = new Set(
        await this.repo.transitionMany({
          ids: jobs.map((j) => j.id),
          fromStatus: 'scheduled',
          next: { status: 'missed', notBefore: null, lease: null },
          statusReason: 'missed: its publishing window passed',
          now,
          audits,
        }),
      );
      return jobs.filter((job) => moved.has(job.id));
    });
    // Notified after the transaction (side effects run outside it).
    for (const job of missed) {
      this.reportMissed(job);
      this.observer.outcome('missed', job);
    }
    return missed.length;
  }

  private missedData(job: PublishJob) {
    return { scheduledAt: job.scheduledAt.toISOString(), publishBy: job.publishBy?.toISOString() ?? null };
  }

  private missedAudit(job: PublishJob): OutcomeAudit {
    return this.reporter.audit(job, 'post.missed', this.missedData(job));
  }

  private reportMissed(job: PublishJob): void {
    this.reporter.notify(job, 'post.missed', this.missedData(job));
    this.logger.warn(
      `post ${job.id} on @${job.handle} missed its window (scheduled ${job.scheduledAt.toISOString()}${job.publishBy ? `, publish by ${job.publishBy.toISOString()}` : ''}); notify author ${job.authorId} and approvers ${job.approvals.map((a) => a.approverId).join(',') || '-'}`,
    );
  }
}
