// The post lifecycle as one pure decision function.
//
//   draft ─submit─▶ in_review ─approve (enough)─▶ scheduled ─claim─▶ publishing ─▶ published
//                     │  ▲                          │                  ├─▶ failed
//        request_changes  edit_content (approved)   │                  ├─▶ unconfirmed ─reconcile─▶ published | scheduled
//                     ▼                             │                  └─▶ scheduled (release_claim, defer: rate limited)
//              changes_requested                    └─▶ missed (window passed)
//
// Every transition is decided by `decide(state, action, context)`; time is `context.now`, never the clock.
// Decisions not obvious from the diagram are documented next to the rule and in the README of this folder.
// `decide` itself lives in lifecycle-decide.ts; this file holds the vocabulary (statuses, actions, effects).

import { POST_KIND_VALUES, POST_STATUS_VALUES, type PostKindValue, type PostStatusValue, type Role } from '@xp/shared';
import type { MessageParams } from '@xp/shared';
import type { Approval, ApprovalPolicy } from './approval-policy';

/** The statuses and kinds of a post are the shared ones (`@xp/shared`, the API's contract). */
export const POST_STATUSES = POST_STATUS_VALUES;
export type PostStatus = PostStatusValue;

/** Statuses the lifecycle never leaves on its own; `cancel` does not apply to them. */
export const TERMINAL_POST_STATUSES: readonly PostStatus[] = ['published', 'failed', 'missed', 'cancelled'];
/** Statuses where a call to X may be in flight or may have succeeded: content and time are frozen. */
export const IN_FLIGHT_POST_STATUSES: readonly PostStatus[] = ['publishing', 'unconfirmed'];

export function isTerminalPostStatus(status: PostStatus): boolean {
  return TERMINAL_POST_STATUSES.includes(status);
}

export const POST_KINDS = POST_KIND_VALUES;
export type PostKind = PostKindValue;

/** Default lateness after which a post without `publishBy` becomes `missed` instead of being published. */
export const DEFAULT_GRACE_PERIOD_MS = 15 * 60 * 1000;
/** A charter override needs a written reason of at least this many characters (trimmed). */
export const MIN_OVERRIDE_REASON_LENGTH = 10;
/** Roles that may override a blocking charter finding. */
export const CHARTER_OVERRIDE_ROLES: readonly Role[] = ['owner', 'admin'];

export const LIFECYCLE_ACTION_TYPES = [
  'submit',
  'approve',
  'request_changes',
  'edit_content',
  'reschedule',
  'unschedule',
  'cancel',
  'reopen',
  'send_back_to_review',
  'claim',
  'release_claim',
  'defer',
  'publish_succeeded',
  'publish_failed_permanent',
  'publish_outcome_unknown',
  'reconcile_published',
  'reconcile_retry',
  'mark_missed',
] as const;
export type LifecycleActionType = (typeof LIFECYCLE_ACTION_TYPES)[number];

export type LifecycleAction =
  /** The author (or a teammate) asks for review. */
  /** Submits for review; an owner/admin may override a blocking charter finding (bound to the content). */
  | { type: 'submit'; actorId: string; actorRole?: Role; charterOverride?: { reason: string } }
  /** An approver approves the content they were shown (its hash); an owner/admin may override a blocking charter finding. */
  | {
      type: 'approve';
      actorId: string;
      actorRole: Role;
      contentHash: string;
      charterOverride?: { reason: string };
    }
  | { type: 'request_changes'; actorId: string; actorRole: Role; comment: string }
  /** The content changed; `contentHash` is the hash of the new content (see `contentHash()`). */
  | { type: 'edit_content'; actorId: string; contentHash: string }
  /** Moves the post in time (keeps approvals; audited). */
  | { type: 'reschedule'; actorId: string; scheduledAt: Date; publishBy?: Date | null }
  /** Removes the date: a scheduled post goes back to in_review, approved and ready for a new date. */
  | { type: 'unschedule'; actorId: string }
  | { type: 'cancel'; actorId: string; reason?: string }
  /** Starts a new editorial cycle for a failed, missed or cancelled post: back to draft, approvals cleared. */
  | { type: 'reopen'; actorId: string }
  /** Releasing a crisis hold with "send everything held back to review": approvals cleared. */
  | { type: 'send_back_to_review'; actorId: string; reason?: string }
  /** The scheduler takes a due post with a lease. */
  | { type: 'claim'; leaseOwner: string; leaseUntil: Date }
  /** The scheduler gives a post back before any call to X was made (shutdown, lease given up). */
  | { type: 'release_claim' }
  /** Not a failure: rate limited (429), transient error before sending, or account needing re-authorization. */
  | { type: 'defer'; until: Date; reason: DeferReason }
  | { type: 'publish_succeeded'; tweetIds: readonly string[] }
  | { type: 'publish_failed_permanent'; reason: string }
  /** Timeout, dropped connection or lease expired mid-call: the tweet may exist. */
  | { type: 'publish_outcome_unknown'; reason: string }
  | { type: 'reconcile_published'; tweetIds: readonly string[] }
  | { type: 'reconcile_retry' }
  | { type: 'mark_missed' };

/** Why a due post waits without failing: rate limited (429), transient error before sending, or re-authorization. */
export type DeferReason = 'rate_limited' | 'transient_error' | 'account_needs_reauth';

/** The part of a post the lifecycle needs. Content itself is represented by its hash. */
export interface PostLifecycleState {
  status: PostStatus;
  authorId: string;
  /** The authors of the content's revisions (see `ApprovalSubject.contributorIds`): none of them may approve it. */
  contributorIds?: readonly string[];
  contentHash: string;
  approvals: readonly Approval[];
  scheduledAt: Date | null;
  /** Optional deadline: past it the post is `missed` rather than published late. */
  publishBy: Date | null;
  /** Set by `defer`: the scheduler must not claim before this instant (the planned `scheduledAt` is kept). */
  notBefore: Date | null;
  /** Set by `claim`, cleared when the post leaves `publishing`. */
  lease: { owner: string; until: Date } | null;
  /** An admin's override of blocking charter findings, valid only for the content it was given on. */
  charterOverride: { contentHash: string; actorId: string; reason: string; at: Date } | null;
}

export interface LifecycleContext {
  now: Date;
  /** The account's approval policy. */
  policy: ApprovalPolicy;
  /** Lateness after which a post without `publishBy` is missed. Default 15 minutes. */
  gracePeriodMs?: number;
  /** Whether the current content has blocking charter findings (`blocking(checkCharter(...))`). Default false. */
  charterBlocked?: boolean;
  /** Whether an active crisis hold covers the post (workspace, brand or account). Default false. */
  held?: boolean;
  /** False when the account is `needs_reauth` or `disconnected`: its posts wait. Default true. */
  accountConnected?: boolean;
}

/** What the application must do besides saving the new state: audit, notify, record. */
export type LifecycleEffect =
  | { type: 'approval_recorded'; approval: Approval }
  | { type: 'approvals_invalidated'; count: number }
  | { type: 'charter_overridden'; actorId: string; reason: string }
  | { type: 'changes_requested'; actorId: string; comment: string }
  /** Audit: the post moved in time and kept its approvals. */
  | { type: 'moved_in_time'; from: Date | null; to: Date | null }
  /** The post stays (or goes back) in review, and why it is not scheduled yet. */
  | { type: 'awaiting'; reason: 'approvals' | 'charter_blocked' | 'schedule_missing' | 'schedule_window_passed' }
  | { type: 'claimed'; leaseOwner: string; leaseUntil: Date }
  | { type: 'claim_released' }
  | { type: 'deferred'; until: Date; reason: DeferReason }
  | { type: 'published'; tweetIds: readonly string[] }
  | { type: 'failed'; reason: string }
  | { type: 'reconciliation_needed'; reason: string }
  | { type: 'cancelled'; actorId: string; reason?: string }
  | { type: 'notify'; event: LifecycleNotification };

export type LifecycleNotification =
  | 'submitted'
  | 'approved'
  | 'scheduled'
  | 'changes_requested'
  | 'back_to_review'
  | 'published'
  | 'failed'
  | 'missed'
  | 'cancelled';

export type LifecycleRefusalCode =
  | 'ILLEGAL_TRANSITION'
  | 'IN_FLIGHT'
  | 'SELF_APPROVAL'
  | 'CONTRIBUTOR_APPROVAL'
  | 'ROLE_NOT_ALLOWED'
  | 'ALREADY_APPROVED'
  | 'STALE_CONTENT'
  | 'CHARTER_BLOCKED'
  | 'OVERRIDE_NOT_ALLOWED'
  | 'OVERRIDE_REASON_REQUIRED'
  | 'COMMENT_REQUIRED'
  | 'SCHEDULE_IN_PAST'
  | 'INVALID_WINDOW'
  | 'NOT_DUE'
  | 'HELD'
  | 'ACCOUNT_UNAVAILABLE'
  | 'APPROVALS_MISSING'
  | 'WINDOW_PASSED'
  | 'WINDOW_NOT_PASSED';

/** How the application should map a refusal: 409 conflict (state), 403 forbidden (who), 422 rule refusal (what). */
export type LifecycleRefusalKind = 'conflict' | 'forbidden' | 'rule';

export const LIFECYCLE_REFUSAL_KINDS: Record<LifecycleRefusalCode, LifecycleRefusalKind> = {
  ILLEGAL_TRANSITION: 'conflict',
  IN_FLIGHT: 'conflict',
  SELF_APPROVAL: 'forbidden',
  CONTRIBUTOR_APPROVAL: 'forbidden',
  ROLE_NOT_ALLOWED: 'forbidden',
  ALREADY_APPROVED: 'conflict',
  STALE_CONTENT: 'conflict',
  CHARTER_BLOCKED: 'rule',
  OVERRIDE_NOT_ALLOWED: 'forbidden',
  OVERRIDE_REASON_REQUIRED: 'rule',
  COMMENT_REQUIRED: 'rule',
  SCHEDULE_IN_PAST: 'rule',
  INVALID_WINDOW: 'rule',
  NOT_DUE: 'conflict',
  HELD: 'conflict',
  ACCOUNT_UNAVAILABLE: 'conflict',
  APPROVALS_MISSING: 'conflict',
  WINDOW_PASSED: 'conflict',
  WINDOW_NOT_PASSED: 'conflict',
};

/** A refusal: `code` is stable and is also the message catalogue's code; `params` fill its message. */
export interface LifecycleRefusal {
  code: LifecycleRefusalCode;
  kind: LifecycleRefusalKind;
  params: MessageParams;
}

export type LifecycleDecision =
  { ok: true; state: PostLifecycleState; effects: LifecycleEffect[] } | { ok: false; refusal: LifecycleRefusal };

/** The instant after which the post may no longer be published: `publishBy`, else `scheduledAt` + grace. */
export function publishDeadline(
  state: Pick<PostLifecycleState, 'scheduledAt' | 'publishBy'>,
  gracePeriodMs = DEFAULT_GRACE_PERIOD_MS,
): Date | null {
  if (state.publishBy) return state.publishBy;
  if (!state.scheduledAt) return null;
  return new Date(state.scheduledAt.getTime() + gracePeriodMs);
}

/** Whether the post's publishing window has passed at `now` (false for a post without a date). */
export function isWindowPassed(
  state: Pick<PostLifecycleState, 'scheduledAt' | 'publishBy'>,
  now: Date,
  gracePeriodMs = DEFAULT_GRACE_PERIOD_MS,
): boolean {
  const deadline = publishDeadline(state, gracePeriodMs);
  return deadline !== null && now.getTime() > deadline.getTime();
}

/** A new draft's lifecycle state. */
export function newPostLifecycleState(init: {
  authorId: string;
  contentHash: string;
  scheduledAt?: Date | null;
  publishBy?: Date | null;
}): PostLifecycleState {
  return {
    status: 'draft',
    authorId: init.authorId,
    contentHash: init.contentHash,
    approvals: [],
    scheduledAt: init.scheduledAt ?? null,
    publishBy: init.publishBy ?? null,
    notBefore: null,
    lease: null,
    charterOverride: null,
  };
}
