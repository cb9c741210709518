/** Ports of the publishing feature (the scheduler): implemented by data-access. */
import type { HoldCoverage } from '@xp/shared';
import type { Approval, PostLifecycleState, PostStatus } from '@xp/server/domain';
import type { ApprovalPolicySetting } from '../accounts/account.ports';
import type { PostSegment } from '../posts/post.ports';

/** A post as the scheduler works on it (a claimed, due post, or an unconfirmed one being reconciled). */
export interface PublishJob {
  id: string;
  workspaceId: string;
  accountId: string;
  brandId: string;
  xUserId: string;
  handle: string;
  authorId: string;
  /** The authors of the post's revisions: their approvals never count (separation of duties). */
  contributorIds?: string[];
  approvalPolicy: ApprovalPolicySetting;
  /** A reply: the tweet its first segment answers. */
  inReplyToTweetId?: string | null;
  approvals: Approval[];
  status: PostStatus;
  /** As approved: the bytes' SHA-256 and the alt text are checked and sent as they are here. */
  segments: PostSegment[];
  contentHash: string;
  /** Segments already on X, in order (a thread resumes after the last one). */
  tweetIds: string[];
  scheduledAt: Date;
  publishBy: Date | null;
  notBefore: Date | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  statusReason: string | null;
  charterOverride: PostLifecycleState['charterOverride'];
  /** Number of publish attempts so far (backoff). */
  attempts: number;
  /** When the first attempt whose outcome is unknown started (reconciliation searches from there). */
  unknownSince: Date | null;
  /** When the last call whose outcome is unknown started: until its timeout, it may still land on X. */
  lastUnknownAt?: Date | null;
  /**
   * The `pending` attempt row the claim wrote for the next segment to send (claim and ledger row in one statement),
   * null when nothing is left to send or the job was not claimed.
   */
  attemptId?: string | null;
  /**
   * When it may be sent: its time (or its deferral's), or the claim's instant if that is later. Set by the claim; a
   * post claimed ahead of it is sent only once the fire-time gate has cleared it (docs/scheduler.md, step 3).
   */
  fireAt?: Date;
}

/** The audited outcomes of publishing (actor: the system). */
export type PublishAuditAction =
  'post.published' | 'post.failed' | 'post.missed' | 'post.unconfirmed' | 'post.deferred';

/**
 * The audit event of an outcome, written by the repository in the same transaction as the outcome and only when the
 * post moved (a crash cannot keep one without the other). Subject: the post; workspace: the post's.
 */
export interface OutcomeAudit {
  action: PublishAuditAction;
  data: Record<string, unknown>;
}

/** A published post whose success is saved in a batch (the hot path of a burst). */
export interface PublishedCompletion {
  postId: string;
  /** Fence: only while this scheduler still holds the lease. */
  owner: string;
  tweetIds: string[];
  publishedAt: Date;
  /** The attempt of the last segment, finished as `published` with `tweetId`. */
  attemptId: string;
  tweetId: string;
  audit?: OutcomeAudit;
}

/** Columns besides the lifecycle state that a transition may write. */
export interface TransitionExtras {
  tweetIds?: string[];
  statusReason?: string | null;
  publishedAt?: Date | null;
  /** Finish this attempt row in the same statement. */
  attempt?: { id: string; outcome: AttemptOutcome; detail: string | null; tweetId: string | null };
  /** Audit the outcome in the same transaction, if the post moved. */
  audit?: OutcomeAudit;
}

/** A claim: up to `limit` rows leased to `owner` until `leaseUntil`. */
export interface ClaimInput {
  now: Date;
  owner: string;
  leaseUntil: Date;
  limit: number;
}

/**
 * The publishing claim: posts due by `dueBy` (at or after `now`). A post due after `now` is claimed ahead (armed):
 * its `pending` attempt is written with the claim, but no call is made before the fire-time gate clears it.
 */
export interface DueClaimInput extends ClaimInput {
  /** Default: `now` (nothing is claimed ahead). */
  dueBy?: Date;
  graceMs: number;
}

/** What the fire-time gate read: the active holds of the posts' workspaces, and whether the scheduler is alive. */
export interface GateResult {
  holds: (HoldCoverage & { workspaceId: string })[];
  /** This scheduler's liveness lock is held (docs/scheduler.md "Crash recovery"): nobody else recovers its posts. */
  live: boolean;
}

/** What a claim took, and when the next post becomes claimable and on which account (null: none is planned). */
export interface ClaimResult {
  jobs: PublishJob[];
  nextDueAt: Date | null;
  nextAccountId: string | null;
}

export interface StartAttemptInput {
  postId: string;
  owner: string;
  segmentIndex: number;
  now: Date;
  minRemainingMs: number;
  leaseUntil: Date;
}

export interface AppendSegmentInput {
  postId: string;
  owner: string;
  tweetId: string;
  attemptId: string;
  now: Date;
}

export type AttemptOutcome = 'pending' | 'published' | 'rate_limited' | 'transient' | 'auth' | 'rejected' | 'unknown';

export interface MediaBytes {
  id: string;
  data: Buffer;
  mimeType: string;
  altText: string | null;
}

/** The same transition for many posts still in `fromStatus` (a batch, e.g. missed). */
export interface BatchTransition {
  ids: string[];
  fromStatus: PostStatus;
  next: Pick<PostLifecycleState, 'status' | 'notBefore' | 'lease'>;
  statusReason: string | null;
  now: Date;
  /** The audit event of each moved post, by post id, written in the same transaction. */
  audits?: ReadonlyMap<string, OutcomeAudit>;
}

/**
 * The scheduler's queries. They work across workspaces by design (the scheduler publishes every tenant's due posts;
 * a post id is globally unique); every row they write carries the post's own workspace id. No member request uses
 * them.
 */
export abstract class PublishingRepository {
  /**
   * The atomic claim: moves up to `limit` due posts (scheduled, scheduled_at <= now, not_before passed, window
   * open, account connected, no active hold on the post's workspace/brand/account) to `publishing` with a lease,
   * oldest first, skipping rows other schedulers hold, and in the same statement writes a `pending` attempt row for
   * the next segment of each (the ledger row before the call: docs/scheduler.md, step 3).
   * Returns them as they were before the claim (status scheduled), with `attemptId`, and the earliest instant another
   * post becomes claimable (as `nextDueAt` answers, the posts it claimed left out). Posts due after `now` but by
   * `dueBy` are claimed ahead (armed): none may be sent before `gate` clears it, at its instant.
   */
  abstract claimDue(input: DueClaimInput): Promise<ClaimResult>;
  /**
   * The fire-time gate, one statement: through the hold gate (as the claim: the hold lock shared, a fresh snapshot),
   * the active holds of `workspaceIds`, and whether `owner`'s liveness lock is held.
   */
  abstract gate(workspaceIds: string[], owner: string): Promise<GateResult>;
  /**
   * Gives claimed posts back unsent (`publishing → scheduled`, no lease: the lifecycle's `release_claim`, decided by
   * the caller): only those still leased to `owner`; the attempt rows the claim wrote for them are deleted (the caller
   * knows no call was made). Returns the ids released.
   */
  abstract release(ids: string[], owner: string, now: Date): Promise<string[]>;
  /** The earliest instant a post becomes claimable (not held, account connected, window open), or null. */
  abstract nextDueAt(now: Date, graceMs: number): Promise<Date | null>;
  /** The connected accounts with posts scheduled up to `until` (a scheduler's boot warms them up), at most `limit`. */
  abstract accountsDueBy(until: Date, limit: number): Promise<string[]>;
  /**
   * Writes the ledger row BEFORE a call to X, only while `owner` still holds the lease with at least `minRemainingMs`
   * left, and renews the lease to `leaseUntil`. Null when the lease was lost: the call must not be made.
   */
  abstract startAttempt(input: StartAttemptInput): Promise<string | null>;
  /** Records one more published segment of a thread (fenced by the lease) and finishes its attempt. */
  abstract appendSegment(input: AppendSegmentInput): Promise<boolean>;
  /** Finishes an attempt without a post transition (e.g. the transition is done separately). */
  abstract finishAttempt(attemptId: string, outcome: AttemptOutcome, detail: string | null, now: Date): Promise<void>;
  /**
   * Saves a transition decided by the lifecycle: only if the row is still in `from` (and leased by `leaseOwner`
   * when given). False when someone else moved it first.
   */
  abstract transition(
    postId: string,
    from: { status: PostStatus; leaseOwner?: string | null },
    next: PostLifecycleState,
    extras: TransitionExtras,
    now: Date,
  ): Promise<boolean>;
  /**
   * Saves many `publishing → published` transitions (decided by the lifecycle) in one statement, each fenced by its
   * lease, finishing each one's last attempt, and their audit events in the same transaction. Returns the ids of
   * the posts moved.
   */
  abstract completePublished(items: PublishedCompletion[]): Promise<string[]>;
  /** Applies one transition to many posts still in `move.fromStatus`; returns the ids moved. */
  abstract transitionMany(move: BatchTransition): Promise<string[]>;
  /**
   * Posts in `publishing` whose scheduler died or stalled, locked for this transaction: the lease expired, or its
   * owner (another scheduler than `me`) holds no liveness lock any more (`ownerGone`: its process is gone).
   */
  abstract orphanedLeases(
    now: Date,
    me: string,
    limit: number,
  ): Promise<(PublishJob & { pendingAttempts: number; ownerGone: boolean })[]>;
  /** Whether a post in `publishing` or `unconfirmed` is leased to another scheduler that is gone (a cheap probe). */
  abstract hasOrphans(me: string): Promise<boolean>;
  /** Marks the pending attempts of a post as `unknown` (their scheduler died mid-call). */
  abstract abandonPendingAttempts(postId: string, detail: string, now: Date): Promise<void>;
  /** Takes a work lease on unconfirmed posts ready for reconciliation, or leased to a scheduler that is gone. */
  abstract claimUnconfirmed(input: ClaimInput): Promise<PublishJob[]>;
  /** Gives back a reconciliation lease and retries no earlier than `notBefore`. */
  abstract postponeReconciliation(postId: string, owner: string, notBefore: Date): Promise<void>;
  /** Scheduled posts whose window passed (publishBy, else scheduledAt + grace), held or not. */
  abstract overdue(now: Date, graceMs: number, limit: number): Promise<PublishJob[]>;
  abstract loadMedia(workspaceId: string, ids: string[]): Promise<MediaBytes[]>;
  /** X refused the account's credentials: `connected` → `needs_reauth`. True if this call changed it. */
  abstract markAccountNeedsReauth(accountId: string, now: Date): Promise<boolean>;
  /** Due posts (claimable now) and the age of the oldest one, for /metrics. */
  abstract queueStats(now: Date, graceMs: number): Promise<{ due: number; oldestDueAt: Date | null }>;
}

/** What happened to a publish, for metrics and logs. */
export type PublishOutcomeClass =
  | 'published'
  | 'rate_limited'
  | 'transient'
  | 'auth'
  | 'rejected'
  | 'unknown'
  | 'deferred_budget'
  | 'lease_lost'
  | 'missed'
  | 'reconciled_published'
  | 'reconciled_retry';

/** Observes publishing (metrics). The scheduler app provides one; the default does nothing. */
export abstract class PublishingObserver {
  abstract outcome(
    kind: PublishOutcomeClass,
    job: Pick<PublishJob, 'id' | 'accountId' | 'scheduledAt'>,
    latenessMs?: number,
  ): void;
}
