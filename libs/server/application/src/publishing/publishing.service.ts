import { Injectable, Logger, Optional } from '@nestjs/common';
import { formatMessage } from '@xp/shared';
import {
  decide,
  DEFAULT_GRACE_PERIOD_MS,
  type LifecycleAction,
  type LifecycleContext,
  type PostLifecycleState,
} from '@xp/server/domain';
import { Clock, UnitOfWork } from '../ports';
import { AuditLog, Notifier, type NotificationEvent } from '../audit/audit.ports';
import { XGateway, type XCallFailure, type XSegmentInput } from '../accounts/account.ports';
import {
  PublishingObserver,
  PublishingRepository,
  type PublishJob,
  type PublishOutcomeClass,
  type PublishedCompletion,
  type TransitionExtras,
} from './publishing.ports';

type AttemptFinish = NonNullable<TransitionExtras['attempt']>;
import { RateBudgetTracker } from './rate-budget';

/** The scheduler's settings (one value per process). */
export abstract class PublishingSettings {
  /** hostname-pid-random: written in leases and attempts. */
  abstract readonly schedulerId: string;
  /** How long a claim is valid without renewal. Must exceed `callTimeoutMs` by a margin. */
  abstract readonly leaseMs: number;
  /** The X client's request timeout: no call of ours is still in flight once a lease has expired. */
  abstract readonly callTimeoutMs: number;
  /** Lateness after which a post without publishBy is missed. */
  abstract readonly graceMs: number;
  /** Wait before reading the timeline of an unconfirmed post (X's timeline is eventually consistent). */
  abstract readonly reconcileDelayMs: number;
}

export const DEFAULT_PUBLISHING_SETTINGS = {
  leaseMs: 60_000,
  callTimeoutMs: 10_000,
  graceMs: DEFAULT_GRACE_PERIOD_MS,
  reconcileDelayMs: 5_000,
};

/** Margin kept between a call's timeout and the lease's end. */
const LEASE_MARGIN_MS = 2_000;
const MAX_BACKOFF_MS = 60_000;
const REAUTH_RETRY_MS = 60_000;

/** Compare texts as X may have rewritten them (entities, t.co links, whitespace). */
export function normalizeTweetText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/https?:\/\/\S+/g, '<url>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Exponential backoff for transient errors: 1 s, 2 s, 4 s … capped at 60 s. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(16, Math.max(0, attempts - 1)));
}

class NoopObserver extends PublishingObserver {
  outcome(): void {
    // no metrics outside the scheduler app
  }
}

/**
 * Publishing, exactly once (DESIGN.md "Publishing"): claim due posts with a lease, write an attempt before every
 * call to X, publish threads segment by segment, classify outcomes, reconcile unknown outcomes against the
 * timeline, and never publish stale posts. Every status change is decided by the lifecycle (`decide`).
 */
@Injectable()
export class PublishingService {
  private readonly logger = new Logger('Publishing');
  readonly budgets = new RateBudgetTracker();
  private readonly observer: PublishingObserver;

  constructor(
    private readonly repo: PublishingRepository,
    private readonly x: XGateway,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly settings: PublishingSettings,
    @Optional() observer?: PublishingObserver,
    @Optional() private readonly audit?: AuditLog,
    @Optional() private readonly notifier?: Notifier,
  ) {
    this.observer = observer ?? new NoopObserver();
  }

  private readonly pending: { what: string; fn: () => Promise<void> }[] = [];
  private draining: Promise<void> | null = null;
  private publishing = 0;
  private readonly completions: {
    item: PublishedCompletion;
    done: (saved: boolean) => void;
    fail: (e: unknown) => void;
  }[] = [];
  private completing = false;

  /**
   * Successful publishes are saved in batches: whatever finished while the previous batch was being written goes
   * in the next statement (one round trip for many posts in a burst; an immediate write when the scheduler is idle).
   * A crash before the write leaves a pending attempt: recovery and reconciliation find the tweet (never re-sent).
   */
  private complete(item: PublishedCompletion): Promise<boolean> {
    return new Promise((done, fail) => {
      this.completions.push({ item, done, fail });
      if (!this.completing) void this.flushCompletions();
    });
  }

  private async flushCompletions(): Promise<void> {
    this.completing = true;
    try {
      while (this.completions.length) {
        const batch = this.completions.splice(0, 500);
        try {
          const moved = new Set(await this.repo.completePublished(batch.map((b) => b.item)));
          for (const b of batch) b.done(moved.has(b.item.postId));
        } catch (e) {
          for (const b of batch) b.fail(e);
        }
      }
    } finally {
      this.completing = false;
    }
  }

  /**
   * Audit and notifications run one at a time, off the publishing path: they wait while publishes are in flight
   * (at most a few seconds), so a burst of due posts is not slowed down by them. `drain()` flushes them.
   */
  private sideEffect(what: string, fn: () => Promise<void>): void {
    this.pending.push({ what, fn });
    if (!this.draining) this.draining = this.runSideEffects(false).finally(() => (this.draining = null));
  }

  private async runSideEffects(force: boolean): Promise<void> {
    let waited = 0;
    while (this.pending.length) {
      if (!force && this.publishing > 0 && waited < 5000 && this.pending.length < 20_000) {
        await new Promise((r) => setTimeout(r, 50));
        waited += 50;
        continue;
      }
      waited = 0;
      const next = this.pending.shift();
      if (!next) break;
      try {
        await next.fn();
      } catch (e) {
        this.logger.error(`${next.what} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }

  /** Waits until every queued audit event and notification is written. */
  async drain(): Promise<void> {
    await this.draining;
    await this.runSideEffects(true);
  }

  /** Audit trail + notification of a publishing outcome (the post's author and approvers are told). */
  private report(
    job: PublishJob,
    action: 'post.published' | 'post.failed' | 'post.missed' | 'post.unconfirmed' | 'post.deferred',
    data: Record<string, unknown>,
  ): void {
    const audit = this.audit;
    const notifier = this.notifier;
    if (audit) {
      this.sideEffect(`audit ${action} ${job.id}`, () =>
        audit.record({
          workspaceId: job.workspaceId,
          actorId: null,
          action,
          subjectType: 'post',
          subjectId: job.id,
          data: { accountId: job.accountId, schedulerId: this.schedulerId, ...data },
        }),
      );
    }
    const event: NotificationEvent | null =
      action === 'post.published' || action === 'post.failed' || action === 'post.missed' ? action : null;
    if (notifier && event) {
      const recipients = [...new Set([job.authorId, ...job.approvals.map((a) => a.approverId)])];
      const titles: Record<'post.published' | 'post.failed' | 'post.missed', { fr: string; en: string }> = {
        'post.published': { fr: `Publiée sur @${job.handle}`, en: `Published on @${job.handle}` },
        'post.failed': { fr: `Échec de publication sur @${job.handle}`, en: `Publishing failed on @${job.handle}` },
        'post.missed': { fr: `Publication manquée sur @${job.handle}`, en: `Missed post on @${job.handle}` },
      };
      this.sideEffect(`notify ${event} ${job.id}`, () =>
        notifier.notify({
          workspaceId: job.workspaceId,
          event,
          recipientIds: recipients,
          subjectType: 'post',
          subjectId: job.id,
          title: titles[event],
          data,
        }),
      );
    }
  }

  get schedulerId(): string {
    return this.settings.schedulerId;
  }

  private ctx(job: PublishJob, now: Date): LifecycleContext {
    return { now, policy: job.approvalPolicy, gracePeriodMs: this.settings.graceMs };
  }

  private stateOf(job: PublishJob): PostLifecycleState {
    return {
      status: job.status,
      authorId: job.authorId,
      contentHash: job.contentHash,
      approvals: job.approvals,
      scheduledAt: job.scheduledAt,
      publishBy: job.publishBy,
      notBefore: job.notBefore,
      lease: job.leaseOwner && job.leaseUntil ? { owner: job.leaseOwner, until: job.leaseUntil } : null,
      charterOverride: job.charterOverride,
    };
  }

  /** Decides a transition; a refusal here is a bug in the caller (the SQL guards mirror the lifecycle). */
  private decideOrThrow(job: PublishJob, action: LifecycleAction, now: Date): PostLifecycleState {
    const d = decide(this.stateOf(job), action, this.ctx(job, now));
    if (!d.ok) throw new Error(`lifecycle refused ${action.type} on post ${job.id} (${job.status}): ${d.refusal.code}`);
    return d.state;
  }

  // ---- Claim ---------------------------------------------------------------------------------------------

  /** The earliest instant something becomes claimable (for the wake-up timer). */
  nextDueAt(): Promise<Date | null> {
    return this.repo.nextDueAt(this.clock.now(), this.settings.graceMs);
  }

  /** Claims up to `limit` due posts; returns them in `publishing`, leased to this scheduler. */
  async claim(limit: number): Promise<PublishJob[]> {
    if (limit <= 0) return [];
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + this.settings.leaseMs);
    const owner = this.settings.schedulerId;
    const rows = await this.repo.claimDue({ now, owner, leaseUntil, limit, graceMs: this.settings.graceMs });
    const claimed: PublishJob[] = [];
    for (const job of rows) {
      const d = decide(this.stateOf(job), { type: 'claim', leaseOwner: owner, leaseUntil }, this.ctx(job, now));
      const leased: PublishJob = { ...job, status: 'publishing', leaseOwner: owner, leaseUntil };
      if (d.ok) {
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
    return claimed;
  }

  // ---- Publish -------------------------------------------------------------------------------------------

  /** Publishes a claimed post (every remaining segment) and records the outcome. Never throws for X errors. */
  async publish(job: PublishJob): Promise<PublishOutcomeClass> {
    this.publishing++;
    try {
      return await this.publishSegments(job);
    } finally {
      this.publishing--;
    }
  }

  private async publishSegments(job: PublishJob): Promise<PublishOutcomeClass> {
    const owner = this.settings.schedulerId;
    const tweetIds = [...job.tweetIds];
    /** The attempt the claim wrote for the first segment to send (usable while the lease outlives a call). */
    let claimAttempt = job.attemptId ?? null;
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
        const uploaded = await this.uploadMedia(
          job,
          segment.media.map((m) => m.id),
        );
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
      const r = await this.x.publishSegment(job.accountId, input, tweetIds[i - 1]);
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
      const saved = await this.complete({
        postId: job.id,
        owner,
        tweetIds,
        publishedAt: done,
        attemptId,
        tweetId: r.tweetId,
      });
      if (!saved)
        this.logger.warn(
          `post ${job.id}: published as ${r.tweetId} but the lease was lost; reconciliation will confirm it`,
        );
      else this.report(job, 'post.published', { tweetIds });
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

  private async uploadMedia(job: PublishJob, ids: string[]): Promise<{ mediaIds: string[] } | XCallFailure> {
    const media = await this.repo.loadMedia(job.workspaceId, ids);
    if (media.length !== ids.length) return { kind: 'rejected', detail: 'A media file of this post no longer exists.' };
    const mediaIds: string[] = [];
    for (const m of media) {
      const r = await this.x.uploadMedia(job.accountId, {
        data: m.data,
        mimeType: m.mimeType,
        ...(m.altText ? { altText: m.altText } : {}),
      });
      if (r.kind !== 'ok') return r.kind === 'unknown' ? { ...r, kind: 'transient' } : r; // uploads have no visible effect
      mediaIds.push(r.value.mediaId);
    }
    return { mediaIds };
  }

  /** Classified failure of a call (DESIGN.md "Publishing", step 5). `job.tweetIds` includes segments published so far. */
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
          { tweetIds: current.tweetIds, statusReason: reason, attempt: attempt('rejected') },
          now,
        );
        this.logger.warn(`post ${job.id} failed: ${reason}`);
        this.report(job, 'post.failed', { reason });
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
      { tweetIds: job.tweetIds, statusReason: detail.slice(0, 500), attempt },
      now,
    );
    this.report(job, 'post.unconfirmed', { reason: detail });
    this.observer.outcome('unknown', job);
    return 'unknown';
  }

  private async defer(
    job: PublishJob,
    until: Date,
    reason: 'rate_limited' | 'transient_error' | 'account_needs_reauth',
    kind: PublishOutcomeClass,
    attempt: AttemptFinish | null | undefined,
    detail: string,
  ): Promise<PublishOutcomeClass> {
    const now = this.clock.now();
    const next = this.decideOrThrow(job, { type: 'defer', until, reason }, now);
    if (reason !== 'rate_limited') this.report(job, 'post.deferred', { reason, until: until.toISOString(), detail });
    await this.repo.transition(
      job.id,
      { status: 'publishing', leaseOwner: this.schedulerId },
      next,
      { tweetIds: job.tweetIds, statusReason: `${reason}: ${detail}`.slice(0, 500), ...(attempt ? { attempt } : {}) },
      now,
    );
    this.observer.outcome(kind, job);
    return kind;
  }

  // ---- Recovery, reconciliation, missed ------------------------------------------------------------------

  /**
   * Posts whose lease expired: their scheduler died or stalled. With a pending attempt the call may have reached X:
   * `unconfirmed` (reconciliation decides). Without one, no call was made: the claim is released.
   */
  async recoverExpiredLeases(limit = 200): Promise<number> {
    return this.uow.run(async () => {
      const now = this.clock.now();
      const rows = await this.repo.expiredLeases(now, limit);
      for (const job of rows) {
        if (job.pendingAttempts > 0) {
          const next = this.decideOrThrow(
            job,
            { type: 'publish_outcome_unknown', reason: 'lease expired mid-call' },
            now,
          );
          await this.repo.abandonPendingAttempts(job.id, `lease of ${job.leaseOwner ?? '?'} expired mid-call`, now);
          await this.repo.transition(
            job.id,
            { status: 'publishing', leaseOwner: job.leaseOwner },
            next,
            { statusReason: 'lease expired mid-call' },
            now,
          );
          this.observer.outcome('unknown', job);
        } else {
          const next = this.decideOrThrow(job, { type: 'release_claim' }, now);
          await this.repo.transition(job.id, { status: 'publishing', leaseOwner: job.leaseOwner }, next, {}, now);
        }
      }
      if (rows.length) this.logger.log(`recovered ${rows.length} post(s) from expired leases`);
      return rows.length;
    });
  }

  /** Reconciles unconfirmed posts against the account's recent tweets: published, or back to scheduled (or missed). */
  async reconcile(limit = 50): Promise<number> {
    const now = this.clock.now();
    const owner = this.settings.schedulerId;
    const jobs = await this.repo.claimUnconfirmed({
      now,
      owner,
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
        const next = this.decideOrThrow(unconfirmed, { type: 'reconcile_published', tweetIds }, now);
        await this.repo.transition(
          job.id,
          from,
          next,
          { tweetIds, publishedAt: now, statusReason: 'reconciled: found on the timeline' },
          now,
        );
        this.report(job, 'post.published', { tweetIds, reconciled: true });
        this.observer.outcome('reconciled_published', job);
        return;
      }
      // A thread: this segment is on X, resume after it.
      const next = this.decideOrThrow(unconfirmed, { type: 'reconcile_retry' }, now);
      await this.repo.transition(
        job.id,
        from,
        next,
        {
          tweetIds,
          statusReason: next.status === 'missed' ? 'missed: thread incomplete when its window closed' : null,
        },
        now,
      );
      this.observer.outcome(next.status === 'missed' ? 'missed' : 'reconciled_retry', job);
      return;
    }
    if (job.statusReason?.startsWith('duplicate_after_unknown')) {
      // X refused a retry as duplicate content: evidence an earlier attempt was published, even if the timeline
      // does not show it (yet). Never re-send.
      const next = this.decideOrThrow(unconfirmed, { type: 'reconcile_published', tweetIds: job.tweetIds }, now);
      await this.repo.transition(
        job.id,
        from,
        next,
        { publishedAt: now, statusReason: 'published: X reported duplicate content after an unknown outcome' },
        now,
      );
      this.report(job, 'post.published', { tweetIds: job.tweetIds, reconciled: true, duplicateEvidence: true });
      this.observer.outcome('reconciled_published', job);
      return;
    }
    const next = this.decideOrThrow(unconfirmed, { type: 'reconcile_retry' }, now);
    await this.repo.transition(
      job.id,
      from,
      next,
      {
        statusReason:
          next.status === 'missed' ? 'missed: not on X and its window closed' : 'reconciled: not on X, retrying',
      },
      now,
    );
    if (next.status === 'missed') this.notifyMissed(job);
    this.observer.outcome(next.status === 'missed' ? 'missed' : 'reconciled_retry', job);
  }

  /** Scheduled posts whose window passed (publishBy, else scheduledAt + grace) become missed, held or not. */
  async markMissed(limit = 500): Promise<number> {
    const missed = await this.uow.run(async () => {
      const now = this.clock.now();
      const rows = await this.repo.overdue(now, this.settings.graceMs, limit);
      const ids: string[] = [];
      for (const job of rows) {
        const d = decide(this.stateOf(job), { type: 'mark_missed' }, this.ctx(job, now));
        if (d.ok && d.state.status === 'missed') ids.push(job.id);
      }
      if (!ids.length) return [];
      const moved = new Set(
        await this.repo.transitionMany(
          ids,
          'scheduled',
          { status: 'missed', notBefore: null, lease: null },
          'missed: its publishing window passed',
          now,
        ),
      );
      return rows.filter((job) => moved.has(job.id));
    });
    // Reported after the transaction (side effects run outside it).
    for (const job of missed) {
      this.notifyMissed(job);
      this.observer.outcome('missed', job);
    }
    return missed.length;
  }

  private notifyMissed(job: PublishJob): void {
    this.report(job, 'post.missed', {
      scheduledAt: job.scheduledAt.toISOString(),
      publishBy: job.publishBy?.toISOString() ?? null,
    });
    this.logger.warn(
      `post ${job.id} on @${job.handle} missed its window (scheduled ${job.scheduledAt.toISOString()}${job.publishBy ? `, publish by ${job.publishBy.toISOString()}` : ''}); notify author ${job.authorId} and approvers ${job.approvals.map((a) => a.approverId).join(',') || '-'}`,
    );
  }

  queueStats(): Promise<{ due: number; oldestDueAt: Date | null }> {
    return this.repo.queueStats(this.clock.now(), this.settings.graceMs);
  }
}
