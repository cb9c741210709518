import { Injectable, Logger, Optional } from '@nestjs/common';
import {
  contentHash,
  sha256Hex,
  type DeferReason,
  type LifecycleAction,
  type PostLifecycleState,
} from '@xp/server/domain';
import { Clock, UnitOfWork } from '../ports';
import { Notifier } from '../audit/audit.ports';
import { XGateway, type XCallFailure, type XSegmentInput } from '../accounts/account.ports';
import {
  PublishingObserver,
  PublishingRepository,
  type ClaimResult,
  type PublishAuditAction,
  type PublishJob,
  type PublishOutcomeClass,
  type TransitionExtras,
} from './publishing.ports';
import { backoffMs, decideOrThrow, PublishingSettings } from './publishing-rules';
import { CompletionBatcher, PublishingReporter } from './publishing-reporter';
import { PublishingClaims } from './publishing-claims';
import { PublishingRecovery } from './publishing-recovery';
import { RateBudgetTracker } from './rate-budget';

export { DEFAULT_PUBLISHING_SETTINGS, PublishingSettings, backoffMs, normalizeTweetText } from './publishing-rules';

type AttemptFinish = NonNullable<TransitionExtras['attempt']>;

/** Margin kept between a call's timeout and the lease's end. */
const LEASE_MARGIN_MS = 2_000;
const REAUTH_RETRY_MS = 60_000;

class NoopObserver extends PublishingObserver {
  outcome(): void {
    // no metrics outside the scheduler app
  }
}

/**
 * Publishing, exactly once: claim due posts with a lease, write an attempt before every call to X, publish threads
 * segment by segment, classify outcomes, reconcile unknown outcomes against the timeline, and never publish stale
 * posts. Every status change is decided by the lifecycle (`decide`); every outcome's audit event is written in the
 * same transaction as the outcome. The protocol is described in docs/scheduler.md.
 */
@Injectable()
export class PublishingService {
  private readonly logger = new Logger('Publishing');
  readonly budgets = new RateBudgetTracker();
  private readonly observer: PublishingObserver;
  private readonly reporter: PublishingReporter;
  private readonly completions: CompletionBatcher;
  private readonly recovery: PublishingRecovery;
  private readonly claims: PublishingClaims;
  /** Calls to X in flight: completions are saved once none is (a burst's calls go first). */
  private calling = 0;

  constructor(
    private readonly repo: PublishingRepository,
    private readonly x: XGateway,
    private readonly clock: Clock,
    uow: UnitOfWork,
    private readonly settings: PublishingSettings,
    @Optional() observer?: PublishingObserver,
    @Optional() notifier?: Notifier,
  ) {
    this.observer = observer ?? new NoopObserver();
    this.reporter = new PublishingReporter(settings.schedulerId, notifier);
    this.completions = new CompletionBatcher(repo, () => this.calling === 0);
    this.recovery = new PublishingRecovery(repo, x, clock, uow, settings, this.observer, this.reporter);
    this.claims = new PublishingClaims(repo, x, clock, settings, this.observer);
  }

  /** Waits until every queued notification is sent. */
  drain(): Promise<void> {
    return this.reporter.drain();
  }

  get schedulerId(): string {
    return this.settings.schedulerId;
  }

  /** The clock publishing decides by (a post is never sent before its instant on it). */
  now(): Date {
    return this.clock.now();
  }

  private decideOrThrow(job: PublishJob, action: LifecycleAction, now: Date): PostLifecycleState {
    return decideOrThrow(job, action, now, this.settings.graceMs);
  }

  /** The audit event of an outcome, for the repository (same transaction as the outcome). */
  private audit(job: PublishJob, action: PublishAuditAction, data: Record<string, unknown>) {
    return this.reporter.audit(job, action, data);
  }

  // ---- Claim (publishing-claims.ts) -----------------------------------------------------------------------

  /** Before the first claim of a fresh process (`PublishingClaims.warmUp`). Never fails. */
  warmUp(input: { dryRunCalls: number; horizonMs?: number; connections?: number }): Promise<void> {
    return this.claims.warmUp(input);
  }

  /** Claims up to `limit` due posts; returns them in `publishing`, leased to this scheduler. */
  async claim(limit: number): Promise<PublishJob[]> {
    return (await this.claimNext(limit)).jobs;
  }

  /** `claim`, the next post's instant, and posts due within `lookaheadMs` claimed ahead (`PublishingClaims.claimNext`). */
  claimNext(limit: number, lookaheadMs = 0): Promise<ClaimResult> {
    return this.claims.claimNext(limit, lookaheadMs);
  }

  /** The fire-time gate of jobs claimed ahead (`PublishingClaims.gate`). */
  gate(jobs: PublishJob[]): Promise<{ fired: PublishJob[]; held: number; lost: number }> {
    return this.claims.gate(jobs);
  }

  /** Gives claimed jobs back unsent (`PublishingClaims.release`). */
  release(jobs: PublishJob[]): Promise<number> {
    return this.claims.release(jobs);
  }

  // ---- Publish -------------------------------------------------------------------------------------------

  /**
   * Publishes a claimed post (every remaining segment) and records the outcome. Never throws for X errors.
   * `callsDone` is called once X has answered the last call (the success is then saved in a batch), or at the end.
   */
  async publish(job: PublishJob, callsDone?: () => void): Promise<PublishOutcomeClass> {
    this.reporter.publishing++;
    try {
      return await this.publishSegments(job, callsDone);
    } finally {
      this.reporter.publishing--;
    }
  }

  private async publishSegments(job: PublishJob, callsDone?: () => void): Promise<PublishOutcomeClass> {
    const owner = this.settings.schedulerId;
    const tweetIds = [...job.tweetIds];
    /** The attempt the claim wrote for the first segment to send (usable while the lease outlives a call). */
    let claimAttempt = job.attemptId ?? null;
    // What was approved is exactly what is published: the content about to be sent (text, media bytes' hashes, alt
    // texts, polls) must hash to the content hash the approvals are bound to; each media's bytes are checked
    // against their hash when uploaded, and its alt text is the approved one, never the media's current one.
    if (!this.claims.verified(job) && contentHash(job.segments) !== job.contentHash) {
      const failure = { kind: 'rejected' as const, detail: 'Not sent: the content differs from the approved content.' };
      return this.fail(job, failure, claimAttempt, { ...job, tweetIds });
    }
    for (let i = tweetIds.length; i < job.segments.length; i++) {
      const now = this.clock.now();
      const blocked = this.budgets.blockedUntil(job.accountId, now.getTime());
      if (blocked) {
        const attempt = claimAttempt
          ? {
              id: claimAttempt,
              outcome: 'rate_limited' as const,
              detail: 'not sent: over the rate-limit budget',
              tweetId: null,
            }
          : null;
        return this.defer(job, blocked, 'rate_limited', 'deferred_budget', attempt, 'Over the rate-limit budget');
      }
      const segment = job.segments[i]!;
      const input: XSegmentInput = { text: segment.text };
      if (segment.poll) input.poll = segment.poll;
      if (segment.media.length) {
        const uploaded = await this.uploadMedia(job, segment.media);
        if ('kind' in uploaded) return this.fail(job, uploaded, claimAttempt, { ...job, tweetIds });
        input.mediaIds = uploaded.mediaIds;
      }
      const callAt = this.clock.now();
      const minRemainingMs = this.settings.callTimeoutMs + LEASE_MARGIN_MS;
      let attemptId: string | null = null;
      if (claimAttempt && job.leaseUntil && job.leaseUntil.getTime() - callAt.getTime() >= minRemainingMs) {
        attemptId = claimAttempt; // our own fresh lease: nobody can take the post before it expires
      } else {
        if (claimAttempt) {
          // Media uploads ate into the lease: this attempt is abandoned unsent, the next one renews the lease.
          await this.repo.finishAttempt(claimAttempt, 'transient', 'not sent: lease renewed before the call', callAt);
        }
        attemptId = await this.repo.startAttempt({
          postId: job.id,
          owner,
          segmentIndex: i,
          now: callAt,
          minRemainingMs,
          leaseUntil: new Date(callAt.getTime() + this.settings.leaseMs),
        });
      }
      claimAttempt = null;
      if (!attemptId) {
        this.logger.warn(`post ${job.id}: lease lost before calling X; another scheduler takes over`);
        this.observer.outcome('lease_lost', job);
        return 'lease_lost';
      }
      this.budgets.spend(job.accountId);
      this.calling++;
      let r: Awaited<ReturnType<XGateway['publishSegment']>>;
      try {
        r = await this.x.publishSegment(job.accountId, input, tweetIds[i - 1] ?? job.inReplyToTweetId ?? undefined);
      } finally {
        if (--this.calling === 0) this.completions.poke();
      }
      const done = this.clock.now();
      this.budgets.record(job.accountId, r.rateLimit, done.getTime());
      if (r.kind !== 'published') return this.fail(job, r, attemptId, { ...job, tweetIds });
      tweetIds.push(r.tweetId);
      if (i === 0 || i === job.tweetIds.length)
        this.observer.outcome('published', job, done.getTime() - job.scheduledAt.getTime());
      if (i < job.segments.length - 1) {
        const kept = await this.repo.appendSegment({ postId: job.id, owner, tweetId: r.tweetId, attemptId, now: done });
        if (!kept) {
          this.logger.warn(`post ${job.id}: lease lost after segment ${i}; reconciliation will find it`);
          return 'lease_lost';
        }
        continue;
      }
      const next = this.decideOrThrow(job, { type: 'publish_succeeded', tweetIds }, done);
      if (next.status !== 'published' || next.lease || next.notBefore)
        throw new Error(`lifecycle decided ${next.status} for a published post ${job.id}`);
      callsDone?.();
      const saved = await this.completions.complete({
        postId: job.id,
        owner,
        tweetIds,
        publishedAt: done,
        attemptId,
        tweetId: r.tweetId,
        audit: this.audit(job, 'post.published', { tweetIds }),
      });
      if (!saved)
        this.logger.warn(
          `post ${job.id}: published as ${r.tweetId} but the lease was lost; reconciliation will confirm it`,
        );
      else this.reporter.notify(job, 'post.published', { tweetIds });
      return 'published';
    }
    // Nothing left to send (a resumed thread whose last segment was recorded): it is published.
    const now = this.clock.now();
    const next = this.decideOrThrow(job, { type: 'publish_succeeded', tweetIds }, now);
    await this.repo.transition(
      job.id,
      { status: 'publishing', leaseOwner: owner },
      next,
      { tweetIds, publishedAt: now, statusReason: null },
      now,
    );
    return 'published';
  }

  /** Uploads a segment's media as approved: the bytes must still hash as approved; the approved alt text is sent. */
  private async uploadMedia(
    job: PublishJob,
    approved: PublishJob['segments'][number]['media'],
  ): Promise<{ mediaIds: string[] } | XCallFailure> {
    const media = await this.repo.loadMedia(
      job.workspaceId,
      approved.map((m) => m.id),
    );
    if (media.length !== approved.length)
      return { kind: 'rejected', detail: 'A media file of this post no longer exists.' };
    const mediaIds: string[] = [];
    for (const [i, m] of media.entries()) {
      const want = approved[i]!;
      if (m.id !== want.id || !want.sha256 || sha256Hex(m.data) !== want.sha256)
        return { kind: 'rejected', detail: 'Not sent: a media file differs from the approved one.' };
      const r = await this.x.uploadMedia(job.accountId, {
        data: m.data,
        mimeType: m.mimeType,
        ...(want.altText ? { altText: want.altText } : {}),
      });
      if (r.kind !== 'ok') return r.kind === 'unknown' ? { ...r, kind: 'transient' } : r; // uploads have no visible effect
      mediaIds.push(r.value.mediaId);
    }
    return { mediaIds };
  }

  /** Classified failure of a call. `current.tweetIds` includes the segments published so far. */
  private async fail(
    job: PublishJob,
    r: XCallFailure,
    attemptId: string | null,
    current: PublishJob,
  ): Promise<PublishOutcomeClass> {
    const now = this.clock.now();
    const attempt = (outcome: 'rate_limited' | 'transient' | 'auth' | 'rejected' | 'unknown') =>
      attemptId ? { id: attemptId, outcome, detail: r.detail.slice(0, 500), tweetId: null } : undefined;
    switch (r.kind) {
      case 'rate_limited': {
        const until = r.resetAt ?? new Date(now.getTime() + 15 * 60_000);
        this.budgets.exhausted(job.accountId, until);
        return this.defer(
          current,
          until,
          'rate_limited',
          'rate_limited',
          attempt('rate_limited'),
          `Rate limited until ${until.toISOString()}`,
        );
      }
      case 'transient':
        return this.defer(
          current,
          new Date(now.getTime() + backoffMs(job.attempts + 1)),
          'transient_error',
          'transient',
          attempt('transient'),
          r.detail,
        );
      case 'auth': {
        if (await this.repo.markAccountNeedsReauth(job.accountId, now)) {
          this.logger.warn(`@${job.handle} needs to be reconnected (X refused its credentials); its posts wait`);
        }
        return this.defer(
          current,
          new Date(now.getTime() + REAUTH_RETRY_MS),
          'account_needs_reauth',
          'auth',
          attempt('auth'),
          r.detail,
        );
      }
      case 'rejected': {
        if (r.duplicate && job.unknownSince) {
          // A duplicate-content 403 after an attempt whose outcome was unknown: the earlier one reached X.
          return this.unknown(
            current,
            attempt('rejected'),
            'duplicate_after_unknown: X reports the text is already posted',
          );
        }
        const reason = `X refused the post: ${r.detail}`.slice(0, 500);
        const next = this.decideOrThrow(current, { type: 'publish_failed_permanent', reason }, now);
        await this.repo.transition(
          job.id,
          { status: 'publishing', leaseOwner: this.schedulerId },
          next,
          {
            tweetIds: current.tweetIds,
            statusReason: reason,
            attempt: attempt('rejected'),
            audit: this.audit(job, 'post.failed', { reason }),
          },
          now,
        );
        this.logger.warn(`post ${job.id} failed: ${reason}`);
        this.reporter.notify(job, 'post.failed', { reason });
        this.observer.outcome('rejected', job);
        return 'rejected';
      }
      case 'unknown':
        return this.unknown(current, attempt('unknown'), r.detail);
    }
  }

  private async unknown(
    job: PublishJob,
    attempt: AttemptFinish | undefined,
    detail: string,
  ): Promise<PublishOutcomeClass> {
    const now = this.clock.now();
    const next = this.decideOrThrow(job, { type: 'publish_outcome_unknown', reason: detail }, now);
    next.notBefore = new Date(now.getTime() + this.settings.reconcileDelayMs); // reconcile after X's timeline caught up
    await this.repo.transition(
      job.id,
      { status: 'publishing', leaseOwner: this.schedulerId },
      next,
      {
        tweetIds: job.tweetIds,
        statusReason: detail.slice(0, 500),
        attempt,
        audit: this.audit(job, 'post.unconfirmed', { reason: detail }),
      },
      now,
    );
    this.observer.outcome('unknown', job);
    return 'unknown';
  }

  private async defer(
    job: PublishJob,
    until: Date,
    reason: DeferReason,
    kind: PublishOutcomeClass,
    attempt: AttemptFinish | null | undefined,
    detail: string,
  ): Promise<PublishOutcomeClass> {
    const now = this.clock.now();
    const next = this.decideOrThrow(job, { type: 'defer', until, reason }, now);
    const audit =
      reason !== 'rate_limited'
        ? { audit: this.audit(job, 'post.deferred', { reason, until: until.toISOString(), detail }) }
        : {};
    await this.repo.transition(
      job.id,
      { status: 'publishing', leaseOwner: this.schedulerId },
      next,
      {
        tweetIds: job.tweetIds,
        statusReason: `${reason}: ${detail}`.slice(0, 500),
        ...(attempt ? { attempt } : {}),
        ...audit,
      },
      now,
    );
    this.observer.outcome(kind, job);
    return kind;
  }

  // ---- Recovery, reconciliation, missed ------------------------------------------------------------------

  /** Leases of schedulers gone or expired: unconfirmed when a call may have reached X, released otherwise. */
  recoverOrphans(limit = 200): Promise<number> {
    return this.recovery.recoverOrphans(limit);
  }

  /** Whether a scheduler that is gone left posts behind (the fast probe of the loop). */
  hasOrphans(): Promise<boolean> {
    return this.recovery.hasOrphans();
  }

  /** Reconciles unconfirmed posts against the account's recent tweets. */
  reconcile(limit = 50): Promise<number> {
    return this.recovery.reconcile(limit);
  }

  /** Scheduled posts whose window passed become missed. */
  markMissed(limit = 500): Promise<number> {
    return this.recovery.markMissed(limit);
  }

  queueStats(): Promise<{ due: number; oldestDueAt: Date | null }> {
    return this.repo.queueStats(this.clock.now(), this.settings.graceMs);
  }
}
