// The post lifecycle (DESIGN.md, "The post lifecycle") as one pure decision function.
//
//   draft ─submit─▶ in_review ─approve (enough)─▶ scheduled ─claim─▶ publishing ─▶ published
//                     │  ▲                          │                  ├─▶ failed
//        request_changes  edit_content (approved)   │                  ├─▶ unconfirmed ─reconcile─▶ published | scheduled
//                     ▼                             │                  └─▶ scheduled (release_claim, defer: rate limited)
//              changes_requested                    └─▶ missed (window passed)
//
// Every transition is decided by `decide(state, action, context)`; time is `context.now`, never the clock.
// Decisions where DESIGN.md is silent are documented next to the rule and in the README of this folder.

import { POST_KIND_VALUES, POST_STATUS_VALUES, type PostKindValue, type PostStatusValue, type Role } from '@xp/shared';
import {
  type Approval,
  type ApprovalPolicy,
  type LocalizedMessage,
  approvalRefusal,
  approvalStatus,
} from './approval-policy';

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
  | { type: 'submit'; actorId: string }
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
  | { type: 'defer'; until: Date; reason: 'rate_limited' | 'transient_error' | 'account_needs_reauth' }
  | { type: 'publish_succeeded'; tweetIds: readonly string[] }
  | { type: 'publish_failed_permanent'; reason: string }
  /** Timeout, dropped connection or lease expired mid-call: the tweet may exist. */
  | { type: 'publish_outcome_unknown'; reason: string }
  | { type: 'reconcile_published'; tweetIds: readonly string[] }
  | { type: 'reconcile_retry' }
  | { type: 'mark_missed' };

/** The part of a post the lifecycle needs. Content itself is represented by its hash. */
export interface PostLifecycleState {
  status: PostStatus;
  authorId: string;
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
  | { type: 'deferred'; until: Date; reason: 'rate_limited' | 'transient_error' | 'account_needs_reauth' }
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

export interface LifecycleRefusal {
  code: LifecycleRefusalCode;
  kind: LifecycleRefusalKind;
  message: LocalizedMessage;
}

export type LifecycleDecision =
  { ok: true; state: PostLifecycleState; effects: LifecycleEffect[] } | { ok: false; refusal: LifecycleRefusal };

const STATUS_LABELS: Record<PostStatus, LocalizedMessage> = {
  draft: { fr: 'brouillon', en: 'draft' },
  in_review: { fr: 'en relecture', en: 'in review' },
  changes_requested: { fr: 'modifications demandées', en: 'changes requested' },
  scheduled: { fr: 'programmée', en: 'scheduled' },
  publishing: { fr: 'en cours de publication', en: 'publishing' },
  published: { fr: 'publiée', en: 'published' },
  failed: { fr: 'en échec', en: 'failed' },
  unconfirmed: { fr: 'non confirmée', en: 'unconfirmed' },
  missed: { fr: 'manquée', en: 'missed' },
  cancelled: { fr: 'annulée', en: 'cancelled' },
};

const ACTION_LABELS: Record<LifecycleActionType, LocalizedMessage> = {
  submit: { fr: 'soumettre', en: 'submit' },
  approve: { fr: 'approuver', en: 'approve' },
  request_changes: { fr: 'demander des modifications', en: 'request changes' },
  edit_content: { fr: 'modifier le contenu', en: 'edit the content' },
  reschedule: { fr: 'reprogrammer', en: 'reschedule' },
  unschedule: { fr: 'retirer la date', en: 'unschedule' },
  cancel: { fr: 'annuler', en: 'cancel' },
  reopen: { fr: 'rouvrir', en: 'reopen' },
  send_back_to_review: { fr: 'renvoyer en relecture', en: 'send back to review' },
  claim: { fr: 'prendre en charge pour publication', en: 'claim for publishing' },
  release_claim: { fr: 'rendre la prise en charge', en: 'release the claim' },
  defer: { fr: 'différer', en: 'defer' },
  publish_succeeded: { fr: 'marquer publiée', en: 'mark published' },
  publish_failed_permanent: { fr: 'marquer en échec', en: 'mark failed' },
  publish_outcome_unknown: { fr: 'marquer non confirmée', en: 'mark unconfirmed' },
  reconcile_published: { fr: 'rapprocher (publiée)', en: 'reconcile as published' },
  reconcile_retry: { fr: 'rapprocher (à republier)', en: 'reconcile for retry' },
  mark_missed: { fr: 'marquer manquée', en: 'mark missed' },
};

function refuse(code: LifecycleRefusalCode, message: LocalizedMessage): LifecycleDecision {
  return { ok: false, refusal: { code, kind: LIFECYCLE_REFUSAL_KINDS[code], message } };
}

function illegal(status: PostStatus, action: LifecycleActionType): LifecycleDecision {
  const s = STATUS_LABELS[status];
  const a = ACTION_LABELS[action];
  return refuse('ILLEGAL_TRANSITION', {
    fr: `Impossible de ${a.fr} une publication ${s.fr}.`,
    en: `Cannot ${a.en} a post that is ${s.en}.`,
  });
}

function inFlight(status: PostStatus, action: LifecycleActionType): LifecycleDecision {
  const a = ACTION_LABELS[action];
  return refuse('IN_FLIGHT', {
    fr: `Impossible de ${a.fr} : la publication est ${STATUS_LABELS[status].fr} et a peut-être déjà été envoyée à X. Attendez le résultat.`,
    en: `Cannot ${a.en}: the post is ${STATUS_LABELS[status].en} and may already have reached X. Wait for the outcome.`,
  });
}

function ok(state: PostLifecycleState, effects: LifecycleEffect[]): LifecycleDecision {
  return { ok: true, state, effects };
}

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

function grace(ctx: LifecycleContext): number {
  return ctx.gracePeriodMs ?? DEFAULT_GRACE_PERIOD_MS;
}

function charterOverridden(state: PostLifecycleState): boolean {
  return state.charterOverride !== null && state.charterOverride.contentHash === state.contentHash;
}

/** Whether the charter stops the post from being scheduled (blocking findings not overridden on this content). */
function charterStops(state: PostLifecycleState, ctx: LifecycleContext): boolean {
  return (ctx.charterBlocked ?? false) && !charterOverridden(state);
}

/**
 * After a review-related change, put the post where it belongs: `scheduled` when its current content has the
 * policy's approvals, the charter does not block it, and it has a date whose window has not passed; otherwise
 * `in_review`, with an `awaiting` effect saying why. An approved post without a date therefore stays
 * `in_review` ("approved, ready"): giving it a date (`reschedule`) schedules it.
 */
function settle(state: PostLifecycleState, ctx: LifecycleContext, effects: LifecycleEffect[]): LifecycleDecision {
  const wasScheduled = state.status === 'scheduled';
  const review = (reason: Extract<LifecycleEffect, { type: 'awaiting' }>['reason']): LifecycleDecision => {
    const out: LifecycleEffect[] = [...effects, { type: 'awaiting', reason }];
    if (wasScheduled) out.push({ type: 'notify', event: 'back_to_review' });
    return ok({ ...state, status: 'in_review', notBefore: null }, out);
  };
  if (!approvalStatus(ctx.policy, state).satisfied) return review('approvals');
  if (charterStops(state, ctx)) return review('charter_blocked');
  if (!state.scheduledAt) return review('schedule_missing');
  if (isWindowPassed(state, ctx.now, grace(ctx))) return review('schedule_window_passed');
  const out = wasScheduled ? effects : [...effects, { type: 'notify', event: 'scheduled' } as const];
  return ok({ ...state, status: 'scheduled' }, out);
}

function checkWindow(scheduledAt: Date, publishBy: Date | null, ctx: LifecycleContext): LifecycleDecision | null {
  if (publishBy && publishBy.getTime() < scheduledAt.getTime()) {
    return refuse('INVALID_WINDOW', {
      fr: 'La date limite de publication doit être postérieure à la date programmée.',
      en: 'The publish-by deadline must be after the scheduled time.',
    });
  }
  if (isWindowPassed({ scheduledAt, publishBy }, ctx.now, grace(ctx))) {
    return refuse('SCHEDULE_IN_PAST', {
      fr: 'Cette date est déjà passée : choisissez un horaire à venir.',
      en: 'This time has already passed: choose a time in the future.',
    });
  }
  return null;
}

const withoutApprovals = (state: PostLifecycleState): PostLifecycleState => ({
  ...state,
  approvals: [],
  charterOverride: null,
});

function invalidation(state: PostLifecycleState): LifecycleEffect[] {
  return state.approvals.length > 0 ? [{ type: 'approvals_invalidated', count: state.approvals.length }] : [];
}

/**
 * Decides one transition of the post lifecycle. Pure: the same inputs always give the same decision.
 * On success, `state` is the next state and `effects` what to audit, record and notify.
 * On refusal, `refusal.code` is stable (map `kind` to HTTP: conflict 409, forbidden 403, rule 422).
 */
export function decide(state: PostLifecycleState, action: LifecycleAction, ctx: LifecycleContext): LifecycleDecision {
  const { status } = state;
  switch (action.type) {
    case 'submit': {
      if (status !== 'draft' && status !== 'changes_requested') return illegal(status, action.type);
      // With a 0-approval policy, submitting schedules the post at once (unless the charter blocks it).
      const decision = settle(state, ctx, [{ type: 'notify', event: 'submitted' }]);
      return decision;
    }

    case 'approve': {
      if (status !== 'in_review') return illegal(status, action.type);
      const refusal = approvalRefusal(ctx.policy, state, {
        approverId: action.actorId,
        approverRole: action.actorRole,
        contentHash: action.contentHash,
      });
      if (refusal) return refuse(refusal.code, refusal.message);
      const effects: LifecycleEffect[] = [];
      let next: PostLifecycleState = state;
      if (charterStops(state, ctx)) {
        if (!action.charterOverride) {
          return refuse('CHARTER_BLOCKED', {
            fr: 'La charte de la marque bloque cette publication : corrigez-la, ou un administrateur peut passer outre en justifiant.',
            en: 'The brand charter blocks this post: fix it, or an admin may override it with a written reason.',
          });
        }
        if (!CHARTER_OVERRIDE_ROLES.includes(action.actorRole)) {
          return refuse('OVERRIDE_NOT_ALLOWED', {
            fr: 'Seul un propriétaire ou un administrateur peut passer outre la charte.',
            en: 'Only an owner or an admin may override the charter.',
          });
        }
        const reason = action.charterOverride.reason.trim();
        if (reason.length < MIN_OVERRIDE_REASON_LENGTH) {
          return refuse('OVERRIDE_REASON_REQUIRED', {
            fr: `Passer outre la charte exige une justification écrite (au moins ${MIN_OVERRIDE_REASON_LENGTH} caractères).`,
            en: `Overriding the charter requires a written reason (at least ${MIN_OVERRIDE_REASON_LENGTH} characters).`,
          });
        }
        next = {
          ...next,
          charterOverride: { contentHash: state.contentHash, actorId: action.actorId, reason, at: ctx.now },
        };
        effects.push({ type: 'charter_overridden', actorId: action.actorId, reason });
      }
      const approval: Approval = {
        approverId: action.actorId,
        role: action.actorRole,
        contentHash: action.contentHash,
        at: ctx.now,
      };
      next = { ...next, approvals: [...next.approvals, approval] };
      effects.push({ type: 'approval_recorded', approval }, { type: 'notify', event: 'approved' });
      return settle(next, ctx, effects);
    }

    case 'request_changes': {
      if (status !== 'in_review') return illegal(status, action.type);
      // Same eligibility as approving (no self-review, allowed role), without the content-hash checks.
      const refusal = approvalRefusal(
        ctx.policy,
        { ...state, approvals: [] },
        {
          approverId: action.actorId,
          approverRole: action.actorRole,
          contentHash: state.contentHash,
        },
      );
      if (refusal) return refuse(refusal.code, refusal.message);
      const comment = action.comment.trim();
      if (comment.length === 0) {
        return refuse('COMMENT_REQUIRED', {
          fr: 'Expliquez les modifications demandées dans un commentaire.',
          en: 'Explain the requested changes in a comment.',
        });
      }
      return ok({ ...state, status: 'changes_requested' }, [
        { type: 'changes_requested', actorId: action.actorId, comment },
        { type: 'notify', event: 'changes_requested' },
      ]);
    }

    case 'edit_content': {
      if (IN_FLIGHT_POST_STATUSES.includes(status)) return inFlight(status, action.type);
      if (status !== 'draft' && status !== 'changes_requested' && status !== 'in_review' && status !== 'scheduled') {
        return illegal(status, action.type);
      }
      if (action.contentHash === state.contentHash) return ok(state, []); // nothing changed
      const effects = invalidation(state);
      const next: PostLifecycleState = { ...withoutApprovals(state), contentHash: action.contentHash };
      if (status === 'draft' || status === 'changes_requested') return ok(next, effects);
      // Any edit after submission goes back through review; with a 0-approval policy it settles again at once.
      return settle(next, ctx, effects);
    }

    case 'reschedule': {
      if (IN_FLIGHT_POST_STATUSES.includes(status)) return inFlight(status, action.type);
      if (
        status !== 'draft' &&
        status !== 'changes_requested' &&
        status !== 'in_review' &&
        status !== 'scheduled' &&
        status !== 'missed'
      ) {
        return illegal(status, action.type);
      }
      const publishBy = action.publishBy === undefined ? state.publishBy : action.publishBy;
      const bad = checkWindow(action.scheduledAt, publishBy, ctx);
      if (bad) return bad;
      const next: PostLifecycleState = { ...state, scheduledAt: action.scheduledAt, publishBy, notBefore: null };
      const effects: LifecycleEffect[] = [{ type: 'moved_in_time', from: state.scheduledAt, to: action.scheduledAt }];
      if (status === 'draft' || status === 'changes_requested') return ok(next, effects);
      // in_review (possibly approved and waiting for a date), scheduled, or missed (rescheduled after an outage):
      // moving in time keeps the approvals; the post is scheduled if they are (still) enough.
      return settle(next, ctx, effects);
    }

    case 'unschedule': {
      if (IN_FLIGHT_POST_STATUSES.includes(status)) return inFlight(status, action.type);
      if (status !== 'draft' && status !== 'changes_requested' && status !== 'in_review' && status !== 'scheduled') {
        return illegal(status, action.type);
      }
      const next: PostLifecycleState = { ...state, scheduledAt: null, publishBy: null, notBefore: null };
      const effects: LifecycleEffect[] = [{ type: 'moved_in_time', from: state.scheduledAt, to: null }];
      if (status === 'scheduled') {
        return ok({ ...next, status: 'in_review' }, [...effects, { type: 'awaiting', reason: 'schedule_missing' }]);
      }
      return ok(next, effects);
    }

    case 'cancel': {
      // publishing/unconfirmed are not terminal, but a call to X may have succeeded: cancelling cannot unsend
      // it, so we refuse until the outcome is known (a crisis hold is the tool to stop publishing at once).
      if (IN_FLIGHT_POST_STATUSES.includes(status)) return inFlight(status, action.type);
      if (isTerminalPostStatus(status)) return illegal(status, action.type);
      return ok({ ...state, status: 'cancelled', notBefore: null }, [
        { type: 'cancelled', actorId: action.actorId, ...(action.reason ? { reason: action.reason } : {}) },
        { type: 'notify', event: 'cancelled' },
      ]);
    }

    case 'reopen': {
      if (status !== 'failed' && status !== 'missed' && status !== 'cancelled') return illegal(status, action.type);
      return ok({ ...withoutApprovals(state), status: 'draft', notBefore: null, lease: null }, invalidation(state));
    }

    case 'send_back_to_review': {
      if (status !== 'scheduled') return illegal(status, action.type);
      return ok({ ...withoutApprovals(state), status: 'in_review', notBefore: null }, [
        ...invalidation(state),
        { type: 'awaiting', reason: 'approvals' },
        { type: 'notify', event: 'back_to_review' },
      ]);
    }

    case 'claim': {
      if (status !== 'scheduled') return illegal(status, action.type);
      const now = ctx.now.getTime();
      if (ctx.held) {
        return refuse('HELD', {
          fr: 'Une pause de crise couvre cette publication : elle attend la levée de la pause.',
          en: 'A crisis hold covers this post: it waits until the hold is released.',
        });
      }
      if (ctx.accountConnected === false) {
        return refuse('ACCOUNT_UNAVAILABLE', {
          fr: 'Le compte X doit être reconnecté : la publication attend.',
          en: 'The X account must be reconnected: the post waits.',
        });
      }
      if (
        !state.scheduledAt ||
        state.scheduledAt.getTime() > now ||
        (state.notBefore && state.notBefore.getTime() > now)
      ) {
        return refuse('NOT_DUE', {
          fr: 'Cette publication n’est pas encore due.',
          en: 'This post is not due yet.',
        });
      }
      if (isWindowPassed(state, ctx.now, grace(ctx))) {
        return refuse('WINDOW_PASSED', {
          fr: 'La fenêtre de publication est passée : la publication doit être marquée manquée.',
          en: 'The publishing window has passed: the post must be marked missed.',
        });
      }
      // Defence in depth: nothing is published without its policy's approvals on its current content.
      if (!approvalStatus(ctx.policy, state).satisfied || charterStops(state, ctx)) {
        return refuse('APPROVALS_MISSING', {
          fr: 'Cette version n’a pas les approbations requises : elle ne sera pas publiée.',
          en: 'This version lacks the required approvals: it will not be published.',
        });
      }
      return ok({ ...state, status: 'publishing', lease: { owner: action.leaseOwner, until: action.leaseUntil } }, [
        { type: 'claimed', leaseOwner: action.leaseOwner, leaseUntil: action.leaseUntil },
      ]);
    }

    case 'release_claim': {
      if (status !== 'publishing') return illegal(status, action.type);
      return ok({ ...state, status: 'scheduled', lease: null }, [{ type: 'claim_released' }]);
    }

    case 'defer': {
      if (status !== 'publishing') return illegal(status, action.type);
      // The planned time is kept, so the missed window still counts from it: never published hours late.
      return ok({ ...state, status: 'scheduled', lease: null, notBefore: action.until }, [
        { type: 'deferred', until: action.until, reason: action.reason },
      ]);
    }

    case 'publish_succeeded': {
      if (status !== 'publishing') return illegal(status, action.type);
      return ok({ ...state, status: 'published', lease: null, notBefore: null }, [
        { type: 'published', tweetIds: action.tweetIds },
        { type: 'notify', event: 'published' },
      ]);
    }

    case 'publish_failed_permanent': {
      if (status !== 'publishing') return illegal(status, action.type);
      return ok({ ...state, status: 'failed', lease: null, notBefore: null }, [
        { type: 'failed', reason: action.reason },
        { type: 'notify', event: 'failed' },
      ]);
    }

    case 'publish_outcome_unknown': {
      if (status !== 'publishing') return illegal(status, action.type);
      return ok({ ...state, status: 'unconfirmed', lease: null }, [
        { type: 'reconciliation_needed', reason: action.reason },
      ]);
    }

    case 'reconcile_published': {
      if (status !== 'unconfirmed') return illegal(status, action.type);
      return ok({ ...state, status: 'published', notBefore: null }, [
        { type: 'published', tweetIds: action.tweetIds },
        { type: 'notify', event: 'published' },
      ]);
    }

    case 'reconcile_retry': {
      if (status !== 'unconfirmed') return illegal(status, action.type);
      // Not on X: retry if the window is still open, otherwise it is missed (never published late).
      if (isWindowPassed(state, ctx.now, grace(ctx))) {
        return ok({ ...state, status: 'missed', notBefore: null }, [{ type: 'notify', event: 'missed' }]);
      }
      return ok({ ...state, status: 'scheduled' }, []);
    }

    case 'mark_missed': {
      if (status !== 'scheduled') return illegal(status, action.type);
      if (!isWindowPassed(state, ctx.now, grace(ctx))) {
        return refuse('WINDOW_NOT_PASSED', {
          fr: 'La fenêtre de publication n’est pas encore passée.',
          en: 'The publishing window has not passed yet.',
        });
      }
      return ok({ ...state, status: 'missed', notBefore: null }, [{ type: 'notify', event: 'missed' }]);
    }
  }
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
