import { Logger } from '@nestjs/common';
import { formatMessage, holdCoversPost } from '@xp/shared';
import { contentHash, decide } from '@xp/server/domain';
import { Clock } from '../ports';
import { XGateway } from '../accounts/account.ports';
import { PublishingObserver, PublishingRepository, type ClaimResult, type PublishJob } from './publishing.ports';
import { decideOrThrow, lifecycleContext, PublishingSettings, stateOf } from './publishing-rules';

/**
 * The claim side of publishing: the boot's warm-up, the claim (posts due now, or within a lookahead: claimed ahead),
 * the fire-time gate of the posts claimed ahead, and giving claimed posts back unsent. Part of `PublishingService`
 * (which exposes these methods); the protocol is in docs/scheduler.md, steps 1 to 3 and 9.
 */
export class PublishingClaims {
  private readonly logger = new Logger('Publishing');
  /** Claimed jobs whose content was checked against the approved hash at claim (the check is not repeated). */
  private readonly verifiedJobs = new WeakSet<PublishJob>();

  constructor(
    private readonly repo: PublishingRepository,
    private readonly x: XGateway,
    private readonly clock: Clock,
    private readonly settings: PublishingSettings,
    private readonly observer: PublishingObserver,
  ) {}

  /** Whether this claimed job's content was checked at claim against the hash its approvals are bound to. */
  verified(job: PublishJob): boolean {
    return this.verifiedJobs.has(job);
  }

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
        if (contentHash(job.segments) === job.contentHash) this.verifiedJobs.add(leased);
        claimed.push(leased);
        continue;
      }
      // The claim query already excludes held, undue, disconnected and stale posts: what is left is a post whose
      // current content lacks its approvals (defence in depth). It must not go out: failed, with the reason.
      const reason = `Not published: ${formatMessage('en', d.refusal.code, d.refusal.params)}`;
      const next = decideOrThrow(leased, { type: 'publish_failed_permanent', reason }, now, this.settings.graceMs);
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
      const next = decideOrThrow(job, { type: 'release_claim' }, now, this.settings.graceMs);
      if (next.status !== 'scheduled' || next.lease)
        throw new Error(`lifecycle released post ${job.id} as ${next.status}`);
    }
    const ids = jobs.map((j) => j.id);
    return (await this.repo.release(ids, this.settings.schedulerId, now)).length;
  }
}
