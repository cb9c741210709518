import { msg, type MessageCode, type MessageParams, type MessageRef, type Role } from '@xp/shared';
import { type Approval, approvalRefusal, approvalStatus } from './approval-policy';
import {
  CHARTER_OVERRIDE_ROLES,
  DEFAULT_GRACE_PERIOD_MS,
  IN_FLIGHT_POST_STATUSES,
  LIFECYCLE_REFUSAL_KINDS,
  MIN_OVERRIDE_REASON_LENGTH,
  isTerminalPostStatus,
  isWindowPassed,
  type LifecycleAction,
  type LifecycleActionType,
  type LifecycleContext,
  type LifecycleDecision,
  type LifecycleEffect,
  type LifecycleRefusalCode,
  type PostLifecycleState,
  type PostStatus,
} from './post-lifecycle';

// The decision function of the post lifecycle (its vocabulary and diagram are in post-lifecycle.ts).
// Refusals carry a catalogue code and parameters; the words are in `@xp/shared`'s message catalogue.

type StatusLabelCode = `POST_STATUS_${Uppercase<PostStatus>}`;
type ActionLabelCode = `LIFECYCLE_ACTION_${Uppercase<LifecycleActionType>}`;
// Every status, action and refusal has its text in the message catalogue (this fails to compile otherwise).
const labelled: [StatusLabelCode, ActionLabelCode, LifecycleRefusalCode] extends [MessageCode, MessageCode, MessageCode]
  ? true
  : never = true;
void labelled;

/** The catalogue's label of a status or of an action, as a message parameter. */
export const statusLabel = (status: PostStatus): MessageRef =>
  msg(`POST_STATUS_${status.toUpperCase()}` as StatusLabelCode);
export const actionLabel = (action: LifecycleActionType): MessageRef =>
  msg(`LIFECYCLE_ACTION_${action.toUpperCase()}` as ActionLabelCode);

function refuse(code: LifecycleRefusalCode, params: MessageParams = {}): LifecycleDecision {
  return { ok: false, refusal: { code, kind: LIFECYCLE_REFUSAL_KINDS[code], params } };
}

function illegal(status: PostStatus, action: LifecycleActionType): LifecycleDecision {
  return refuse('ILLEGAL_TRANSITION', { action: actionLabel(action), status: statusLabel(status) });
}

function inFlight(status: PostStatus, action: LifecycleActionType): LifecycleDecision {
  return refuse('IN_FLIGHT', { action: actionLabel(action), status: statusLabel(status) });
}

function ok(state: PostLifecycleState, effects: LifecycleEffect[]): LifecycleDecision {
  return { ok: true, state, effects };
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
 * A blocking charter finding stands (submit or approve): only an owner or admin may override it, with a written
 * reason; the override is bound to the current content.
 */
function overrideCharter(
  state: PostLifecycleState,
  ctx: LifecycleContext,
  actorId: string,
  actorRole: Role | undefined,
  charterOverride: { reason: string } | undefined,
): { ok: true; state: PostLifecycleState; effect: LifecycleEffect } | { ok: false; decision: LifecycleDecision } {
  if (!charterOverride) return { ok: false, decision: refuse('CHARTER_BLOCKED') };
  if (!actorRole || !CHARTER_OVERRIDE_ROLES.includes(actorRole)) {
    return { ok: false, decision: refuse('OVERRIDE_NOT_ALLOWED') };
  }
  const reason = charterOverride.reason.trim();
  if (reason.length < MIN_OVERRIDE_REASON_LENGTH) {
    return { ok: false, decision: refuse('OVERRIDE_REASON_REQUIRED', { min: MIN_OVERRIDE_REASON_LENGTH }) };
  }
  return {
    ok: true,
    state: { ...state, charterOverride: { contentHash: state.contentHash, actorId, reason, at: ctx.now } },
    effect: { type: 'charter_overridden', actorId, reason },
  };
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
    return refuse('INVALID_WINDOW');
  }
  if (isWindowPassed({ scheduledAt, publishBy }, ctx.now, grace(ctx))) {
    return refuse('SCHEDULE_IN_PAST');
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
      // A blocking charter finding stops the post at submission (not only at approval), unless an owner or admin
      // already overrode the charter on this very content.
      const override = charterStops(state, ctx)
        ? overrideCharter(state, ctx, action.actorId, action.actorRole, action.charterOverride)
        : null;
      if (override && !override.ok) return override.decision;
      const next = override?.ok ? override.state : state;
      const effects: LifecycleEffect[] = override?.ok ? [override.effect] : [];
      // With a 0-approval policy, submitting schedules the post at once.
      return settle(next, ctx, [...effects, { type: 'notify', event: 'submitted' }]);
    }

    case 'approve': {
      if (status !== 'in_review') return illegal(status, action.type);
      const refusal = approvalRefusal(ctx.policy, state, {
        approverId: action.actorId,
        approverRole: action.actorRole,
        contentHash: action.contentHash,
      });
      if (refusal) return refuse(refusal.code, refusal.params);
      const effects: LifecycleEffect[] = [];
      let next: PostLifecycleState = state;
      if (charterStops(state, ctx)) {
        const o = overrideCharter(state, ctx, action.actorId, action.actorRole, action.charterOverride);
        if (!o.ok) return o.decision;
        next = o.state;
        effects.push(o.effect);
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
      if (refusal) return refuse(refusal.code, refusal.params);
      const comment = action.comment.trim();
      if (comment.length === 0) {
        return refuse('COMMENT_REQUIRED');
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
        return refuse('HELD');
      }
      if (ctx.accountConnected === false) {
        return refuse('ACCOUNT_UNAVAILABLE');
      }
      if (
        !state.scheduledAt ||
        state.scheduledAt.getTime() > now ||
        (state.notBefore && state.notBefore.getTime() > now)
      ) {
        return refuse('NOT_DUE');
      }
      if (isWindowPassed(state, ctx.now, grace(ctx))) {
        return refuse('WINDOW_PASSED');
      }
      // Defence in depth: nothing is published without its policy's approvals on its current content.
      if (!approvalStatus(ctx.policy, state).satisfied || charterStops(state, ctx)) {
        return refuse('APPROVALS_MISSING');
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
        return refuse('WINDOW_NOT_PASSED');
      }
      return ok({ ...state, status: 'missed', notBefore: null }, [{ type: 'notify', event: 'missed' }]);
    }
  }
}
