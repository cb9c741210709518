import { Injectable, Logger, Optional } from '@nestjs/common';
import { formatMessage, holdCoversPost } from '@xp/shared';
import {
  contentHash,
  decide,
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
import { backoffMs, decideOrThrow, lifecycleContext, PublishingSettings, stateOf } from './publishing-rules';
import { CompletionBatcher, PublishingReporter } from './publishing-reporter';
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
  /** Claimed jobs whose content was checked against the approved hash at claim (the check is not repeated). */
  private readonly verified = new WeakSet<PublishJob>();
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

  // ---- Claim ---------------------------------------------------------------------------------------------

  /**
   * Before the first claim of a fresh process: the claim statement prepared on each of `connections` pooled
   * connections, the tokens and X clients of the accounts with posts due within `horizonMs`, and a dry run of the call path (`dryRunCalls`, against nothing) so that the first burst finds the
   * code compiled. Never fails: a cold start is only slower.
   */
  async warmUp(input: { dryRunCalls: number; horizonMs?: number; connections?: number }): Promise<void> {
    const now = this.clock.now();
    const { graceMs, schedulerId: owner } = this.settings;
    // Each pooled connection prepares the claim statement once (a claim of 0 rows changes nothing); it also answers
    // the wake-up instant, so there is no other statement on the claim cycle to prepare.
    await Promise.all(
      Array.from({ length: input.connections ?? 16 }, () =>
        this.repo.claimDue({ now, owner, leaseUntil: now, limit: 0, graceMs }),
      ),
    ).catch(() => undefined);
    const until = new Date(now.getTime() + (input.horizonMs ?? 15 * 60_000));
    const accountIds = await this.repo.accountsDueBy(until, 5000).catch(() => []);
    await this.x.warmUp({ accountIds, dryRunCalls: input.dryRunCalls });
  }

  /** Claims up to `limit` due posts; returns them in `publishing`, leased to this scheduler. */
  async claim(limit: number): Promise<PublishJob[]> {
    return (await this.claimNext(limit)).jobs;
  }

  /**
   * `claim`, and when the next post becomes claimable (for the wake-up timer), in one round trip. With `lookaheadMs`,
   * posts due within that much time are claimed ahead (armed, `fireAt` in the future): none may be sent before `gate`
   * clears it, at its instant.
   */
  async claimNext(limit: number, lookaheadMs = 0): Promise<ClaimResult> {
    if (limit <= 0) return { jobs: [], nextDueAt: null, nextAccountId: null };
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + this.settings.leaseMs);
    const owner = this.settings.schedulerId;
    const {
      jobs: rows,
      nextDueAt,
      nextAccountId,
    } = await this.repo.claimDue({
      now,
      dueBy: new Date(now.getTime() + Math.max(0, lookaheadMs)),
      owner,
      leaseUntil,
      limit,
      graceMs: this.settings.graceMs,
    });
    const claimed: PublishJob[] = [];
    for (const job of rows) {
      // The instant it may be sent; the lifecycle decides the claim as of then (due, window still open).
      const fireAt = new Date(Math.max(now.getTime(), job.scheduledAt.getTime(), job.notBefore?.getTime() ?? 0));
      const d = decide(
        stateOf(job),
        { type: 'claim', leaseOwner: owner, leaseUntil },
        lifecycleContext(job, fireAt, this.settings.graceMs),
      );
      const leased: PublishJob = { ...job, status: 'publishing', leaseOwner: owner, leaseUntil, fireAt };
      if (d.ok) {
        // What was approved is what will be sent: checked now, before its instant (the job is not changed after).
        if (contentHash(job.segments) === job.contentHash) this.verified.add(leased);
        claimed.push(leased);
        continue;
      }
      // The claim query already excludes held, undue, disconnected and stale posts: what is left is a post whose
      // current content lacks its approvals (defence in depth). It must not go out: failed, with the reason.
      const reason = `Not published: ${formatMessage('en', d.refusal.code, d.refusal.params)}`;
      const next = this.decideOrThrow(leased, { type: 'publish_failed_permanent', reason }, now);
      await this.repo.transition(
        job.id,
        { status: 'publishing', leaseOwner: owner },
        next,
        {
          statusReason: reason,
          ...(job.attemptId
            ? {
                attempt: {
                  id: job.attemptId,
                  outcome: 'rejected' as const,
                  detail: `not sent: ${reason}`,
                  tweetId: null,
                },
              }
            : {}),
        },
        now,
      );
      this.logger.warn(`post ${job.id} refused at claim: ${d.refusal.code}`);
      this.observer.outcome('rejected', job);
    }
    if (claimed.length) await this.x.prepare(claimed.map((j) => j.accountId));
    // The next post's tokens are read while the timer waits for it, not once it is due (a read costs a round trip).
    if (nextAccountId && nextDueAt && nextDueAt > now) void this.x.prepare([nextAccountId]).catch(() => undefined);
    return { jobs: claimed, nextDueAt, nextAccountId };
  }

  /**
   * The fire-time gate of armed jobs (claimed ahead of their instant), one statement whatever their number: through
   * the hold gate, as a claim. Cleared (`fired`): to be sent now. Covered by a hold: given back (shown held). When this
   * scheduler's liveness lock is gone, the others may be recovering its posts: none is cleared, all are given back.
   */
  async gate(jobs: PublishJob[]): Promise<{ fired: PublishJob[]; held: number; lost: number }> {
    if (!jobs.length) return { fired: [], held: 0, lost: 0 };
    const r = await this.repo.gate([...new Set(jobs.map((j) => j.workspaceId))], this.settings.schedulerId);
    if (!r.live) {
      // Nothing is sent: given back (fenced by the lease), unless the others have recovered them already.
      await this.release(jobs);
      return { fired: [], held: 0, lost: jobs.length };
    }
    const covered = (j: PublishJob) => r.holds.some((h) => h.workspaceId === j.workspaceId && holdCoversPost(h, j));
    const held = jobs.filter(covered);
    if (held.length) await this.release(held);
    return { fired: jobs.filter((j) => !covered(j)), held: held.length, lost: 0 };
  }

  /**
   * Gives claimed jobs back unsent (a hold at the gate, a shutdown): `publishing → scheduled` as the lifecycle decides
   * `release_claim`, their unsent attempt rows deleted. Only for jobs no call was made for. Returns how many moved.
   */
  async release(jobs: PublishJob[]): Promise<number> {
    if (!jobs.length) return 0;
    const now = this.clock.now();
    for (const job of jobs) {
      const next = this.decideOrThrow(job, { type: 'release_claim' }, now);
      if (next.status !== 'scheduled' || next.lease)
        throw new Error(`lifecycle released post ${job.id} as ${next.status}`);
    }
    const ids = jobs.map((j) => j.id);
    return (await this.repo.release(ids, this.settings.schedulerId, now)).length;
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
    if (!this.verified.has(job) && contentHash(job.segments) !== job.contentHash) {
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
