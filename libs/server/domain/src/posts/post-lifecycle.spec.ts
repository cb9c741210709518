import fc from 'fast-check';
import { ROLES, formatMessage, placeholderNames, type Role } from '@xp/shared';
import { type Approval, type ApprovalPolicy, approvalStatus } from './approval-policy';
import {
  LIFECYCLE_ACTION_TYPES,
  POST_STATUSES,
  type LifecycleAction,
  type LifecycleActionType,
  type LifecycleContext,
  type LifecycleDecision,
  type LifecycleRefusalCode,
  type PostLifecycleState,
  type PostStatus,
  isWindowPassed,
  newPostLifecycleState,
  publishDeadline,
} from './post-lifecycle';
import { decide } from './lifecycle-decide';

const NOW = new Date('2025-03-30T10:00:00.000Z'); // a DST-change Sunday in Paris; all instants are UTC
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);
const AUTHOR = 'u-author';
const MANAGER = 'u-manager';
const MANAGER2 = 'u-manager2';
const ADMIN = 'u-admin';

const ONE: ApprovalPolicy = { requiredApprovals: 1, approverRoles: ['owner', 'admin', 'manager'] };
const TWO: ApprovalPolicy = { requiredApprovals: 2, approverRoles: ['owner', 'admin', 'manager'] };
const ZERO: ApprovalPolicy = { requiredApprovals: 0, approverRoles: ['owner', 'admin', 'manager'] };

const approval = (approverId: string, contentHash = H1, role: Role = 'manager'): Approval => ({
  approverId,
  role,
  contentHash,
  at: at(-30),
});

function post(status: PostStatus, overrides: Partial<PostLifecycleState> = {}): PostLifecycleState {
  return {
    ...newPostLifecycleState({ authorId: AUTHOR, contentHash: H1, scheduledAt: at(60) }),
    status,
    approvals: [approval(MANAGER)],
    ...overrides,
  };
}

const ctx = (overrides: Partial<LifecycleContext> = {}): LifecycleContext => ({ now: NOW, policy: ONE, ...overrides });

function outcome(d: LifecycleDecision): PostStatus | LifecycleRefusalCode {
  return d.ok ? d.state.status : d.refusal.code;
}

function expectOk(d: LifecycleDecision): Extract<LifecycleDecision, { ok: true }> {
  if (!d.ok)
    throw new Error(
      `expected success, got ${d.refusal.code}: ${formatMessage('en', d.refusal.code, d.refusal.params)}`,
    );
  return d;
}

// One representative, otherwise-valid invocation per action: the table then isolates the effect of the status.
const FIXTURES: Record<LifecycleActionType, { action: LifecycleAction; state?: Partial<PostLifecycleState> }> = {
  submit: { action: { type: 'submit', actorId: AUTHOR }, state: { approvals: [] } },
  approve: {
    action: { type: 'approve', actorId: MANAGER2, actorRole: 'manager', contentHash: H1 },
    state: { approvals: [] },
  },
  request_changes: {
    action: { type: 'request_changes', actorId: MANAGER2, actorRole: 'manager', comment: 'Ton trop familier.' },
  },
  edit_content: { action: { type: 'edit_content', actorId: AUTHOR, contentHash: H2 } },
  reschedule: { action: { type: 'reschedule', actorId: AUTHOR, scheduledAt: at(120) } },
  unschedule: { action: { type: 'unschedule', actorId: AUTHOR } },
  cancel: { action: { type: 'cancel', actorId: AUTHOR, reason: 'Plus d’actualité' } },
  reopen: { action: { type: 'reopen', actorId: AUTHOR } },
  send_back_to_review: { action: { type: 'send_back_to_review', actorId: ADMIN } },
  claim: { action: { type: 'claim', leaseOwner: 'scheduler-1', leaseUntil: at(1) }, state: { scheduledAt: at(-1) } },
  release_claim: { action: { type: 'release_claim' } },
  defer: { action: { type: 'defer', until: at(5), reason: 'rate_limited' } },
  publish_succeeded: { action: { type: 'publish_succeeded', tweetIds: ['1890000000000000001'] } },
  publish_failed_permanent: { action: { type: 'publish_failed_permanent', reason: '403 duplicate content' } },
  publish_outcome_unknown: { action: { type: 'publish_outcome_unknown', reason: 'timeout' } },
  reconcile_published: { action: { type: 'reconcile_published', tweetIds: ['1890000000000000001'] } },
  reconcile_retry: { action: { type: 'reconcile_retry' }, state: { scheduledAt: at(-1) } },
  mark_missed: { action: { type: 'mark_missed' }, state: { scheduledAt: at(-60) } },
};

type Outcome = PostStatus | LifecycleRefusalCode;
const X = 'ILLEGAL_TRANSITION' as const;
const F = 'IN_FLIGHT' as const;

// Every status × every action, decided. Adding a status or an action without deciding it here fails below.
const TABLE: Record<PostStatus, Record<LifecycleActionType, Outcome>> = {
  draft: {
    submit: 'in_review',
    approve: X,
    request_changes: X,
    edit_content: 'draft',
    reschedule: 'draft',
    unschedule: 'draft',
    cancel: 'cancelled',
    reopen: X,
    send_back_to_review: X,
    claim: X,
    release_claim: X,
    defer: X,
    publish_succeeded: X,
    publish_failed_permanent: X,
    publish_outcome_unknown: X,
    reconcile_published: X,
    reconcile_retry: X,
    mark_missed: X,
  },
  in_review: {
    submit: X,
    approve: 'scheduled',
    request_changes: 'changes_requested',
    edit_content: 'in_review',
    reschedule: 'scheduled',
    unschedule: 'in_review',
    cancel: 'cancelled',
    reopen: X,
    send_back_to_review: X,
    claim: X,
    release_claim: X,
    defer: X,
    publish_succeeded: X,
    publish_failed_permanent: X,
    publish_outcome_unknown: X,
    reconcile_published: X,
    reconcile_retry: X,
    mark_missed: X,
  },
  changes_requested: {
    submit: 'in_review',
    approve: X,
    request_changes: X,
    edit_content: 'changes_requested',
    reschedule: 'changes_requested',
    unschedule: 'changes_requested',
    cancel: 'cancelled',
    reopen: X,
    send_back_to_review: X,
    claim: X,
    release_claim: X,
    defer: X,
    publish_succeeded: X,
    publish_failed_permanent: X,
    publish_outcome_unknown: X,
    reconcile_published: X,
    reconcile_retry: X,
    mark_missed: X,
  },
  scheduled: {
    submit: X,
    approve: X,
    request_changes: X,
    edit_content: 'in_review',
    reschedule: 'scheduled',
    unschedule: 'in_review',
    cancel: 'cancelled',
    reopen: X,
    send_back_to_review: 'in_review',
    claim: 'publishing',
    release_claim: X,
    defer: X,
    publish_succeeded: X,
    publish_failed_permanent: X,
    publish_outcome_unknown: X,
    reconcile_published: X,
    reconcile_retry: X,
    mark_missed: 'missed',
  },
  publishing: {
    submit: X,
    approve: X,
    request_changes: X,
    edit_content: F,
    reschedule: F,
    unschedule: F,
    cancel: F,
    reopen: X,
    send_back_to_review: X,
    claim: X,
    release_claim: 'scheduled',
    defer: 'scheduled',
    publish_succeeded: 'published',
    publish_failed_permanent: 'failed',
    publish_outcome_unknown: 'unconfirmed',
    reconcile_published: X,
    reconcile_retry: X,
    mark_missed: X,
  },
  published: {
    submit: X,
    approve: X,
    request_changes: X,
    edit_content: X,
    reschedule: X,
    unschedule: X,
    cancel: X,
    reopen: X,
    send_back_to_review: X,
    claim: X,
    release_claim: X,
    defer: X,
    publish_succeeded: X,
    publish_failed_permanent: X,
    publish_outcome_unknown: X,
    reconcile_published: X,
    reconcile_retry: X,
    mark_missed: X,
  },
  failed: {
    submit: X,
    approve: X,
    request_changes: X,
    edit_content: X,
    reschedule: X,
    unschedule: X,
    cancel: X,
    reopen: 'draft',
    send_back_to_review: X,
    claim: X,
    release_claim: X,
    defer: X,
    publish_succeeded: X,
    publish_failed_permanent: X,
    publish_outcome_unknown: X,
    reconcile_published: X,
    reconcile_retry: X,
    mark_missed: X,
  },
  unconfirmed: {
    submit: X,
    approve: X,
    request_changes: X,
    edit_content: F,
    reschedule: F,
    unschedule: F,
    cancel: F,
    reopen: X,
    send_back_to_review: X,
    claim: X,
    release_claim: X,
    defer: X,
    publish_succeeded: X,
    publish_failed_permanent: X,
    publish_outcome_unknown: X,
    reconcile_published: 'published',
    reconcile_retry: 'scheduled',
    mark_missed: X,
  },
  missed: {
    submit: X,
    approve: X,
    request_changes: X,
    edit_content: X,
    reschedule: 'scheduled',
    unschedule: X,
    cancel: X,
    reopen: 'draft',
    send_back_to_review: X,
    claim: X,
    release_claim: X,
    defer: X,
    publish_succeeded: X,
    publish_failed_permanent: X,
    publish_outcome_unknown: X,
    reconcile_published: X,
    reconcile_retry: X,
    mark_missed: X,
  },
  cancelled: {
    submit: X,
    approve: X,
    request_changes: X,
    edit_content: X,
    reschedule: X,
    unschedule: X,
    cancel: X,
    reopen: 'draft',
    send_back_to_review: X,
    claim: X,
    release_claim: X,
    defer: X,
    publish_succeeded: X,
    publish_failed_permanent: X,
    publish_outcome_unknown: X,
    reconcile_published: X,
    reconcile_retry: X,
    mark_missed: X,
  },
};

describe('post lifecycle: every status × action', () => {
  it('the table covers exactly the statuses and actions of the lifecycle', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...POST_STATUSES].sort());
    for (const status of POST_STATUSES) {
      expect(Object.keys(TABLE[status]).sort()).toEqual([...LIFECYCLE_ACTION_TYPES].sort());
    }
    expect(Object.keys(FIXTURES).sort()).toEqual([...LIFECYCLE_ACTION_TYPES].sort());
  });

  const cells = POST_STATUSES.flatMap((status) =>
    LIFECYCLE_ACTION_TYPES.map((action) => [status, action, TABLE[status]?.[action]] as const),
  );

  it.each(cells)('%s + %s → %s', (status, actionType, expected) => {
    const fixture = FIXTURES[actionType];
    const decision = decide(post(status, fixture.state), fixture.action, ctx());
    expect(outcome(decision)).toBe(expected);
    if (!decision.ok) {
      // The refusal's code is a catalogue message, and its parameters fill every placeholder in both languages.
      const { code, params } = decision.refusal;
      for (const locale of ['fr', 'en'] as const) {
        const text = formatMessage(locale, code, params);
        expect(text).not.toBe(code);
        expect(placeholderNames(text)).toEqual([]);
      }
      expect(formatMessage('fr', code, params)).not.toEqual(formatMessage('en', code, params));
    } else {
      expect(POST_STATUSES).toContain(decision.state.status);
    }
  });
});

describe('post lifecycle: review and approval', () => {
  it('submit goes straight to scheduled under a 0-approval policy', () => {
    const d = expectOk(
      decide(post('draft', { approvals: [] }), { type: 'submit', actorId: AUTHOR }, ctx({ policy: ZERO })),
    );
    expect(d.state.status).toBe('scheduled');
    expect(d.effects).toContainEqual({ type: 'notify', event: 'scheduled' });
  });

  it('an approved post without a date stays in review, ready, until it gets one', () => {
    const approved = expectOk(
      decide(
        post('in_review', { approvals: [], scheduledAt: null }),
        { type: 'approve', actorId: MANAGER, actorRole: 'manager', contentHash: H1 },
        ctx(),
      ),
    );
    expect(approved.state.status).toBe('in_review');
    expect(approved.effects).toContainEqual({ type: 'awaiting', reason: 'schedule_missing' });
    expect(approved.state.approvals).toHaveLength(1);

    const dated = expectOk(decide(approved.state, { type: 'reschedule', actorId: AUTHOR, scheduledAt: at(30) }, ctx()));
    expect(dated.state.status).toBe('scheduled');
    expect(dated.effects).toContainEqual({ type: 'moved_in_time', from: null, to: at(30) });
  });

  it('a 0-approval submit without a date waits in review, then a date schedules it', () => {
    const submitted = expectOk(
      decide(
        post('draft', { approvals: [], scheduledAt: null }),
        { type: 'submit', actorId: AUTHOR },
        ctx({ policy: ZERO }),
      ),
    );
    expect(submitted.state.status).toBe('in_review');
    const dated = expectOk(
      decide(submitted.state, { type: 'reschedule', actorId: AUTHOR, scheduledAt: at(5) }, ctx({ policy: ZERO })),
    );
    expect(dated.state.status).toBe('scheduled');
  });

  it('two approvals must come from two distinct people', () => {
    const first = expectOk(
      decide(
        post('in_review', { approvals: [] }),
        { type: 'approve', actorId: MANAGER, actorRole: 'manager', contentHash: H1 },
        ctx({ policy: TWO }),
      ),
    );
    expect(first.state.status).toBe('in_review');
    expect(first.effects).toContainEqual({ type: 'awaiting', reason: 'approvals' });

    const again = decide(
      first.state,
      { type: 'approve', actorId: MANAGER, actorRole: 'manager', contentHash: H1 },
      ctx({ policy: TWO }),
    );
    expect(outcome(again)).toBe('ALREADY_APPROVED');

    const second = expectOk(
      decide(
        first.state,
        { type: 'approve', actorId: ADMIN, actorRole: 'admin', contentHash: H1 },
        ctx({ policy: TWO }),
      ),
    );
    expect(second.state.status).toBe('scheduled');
    expect(second.state.approvals.map((a) => a.approverId)).toEqual([MANAGER, ADMIN]);
  });

  it('the author cannot approve their own post, even as an admin', () => {
    const d = decide(
      post('in_review', { approvals: [] }),
      { type: 'approve', actorId: AUTHOR, actorRole: 'admin', contentHash: H1 },
      ctx(),
    );
    expect(outcome(d)).toBe('SELF_APPROVAL');
    expect(!d.ok && d.refusal.kind).toBe('forbidden');
  });

  it('a manager who edited the version under review cannot approve it (403), another manager can', () => {
    const rewritten = post('in_review', { approvals: [], contributorIds: [AUTHOR, MANAGER] });
    const d = decide(rewritten, { type: 'approve', actorId: MANAGER, actorRole: 'manager', contentHash: H1 }, ctx());
    expect(outcome(d)).toBe('CONTRIBUTOR_APPROVAL');
    expect(!d.ok && d.refusal.kind).toBe('forbidden');
    const other = decide(
      rewritten,
      { type: 'approve', actorId: MANAGER2, actorRole: 'manager', contentHash: H1 },
      ctx(),
    );
    expect(outcome(other)).toBe('scheduled');
    // An approval the writer holds does not let the claim through (defence in depth).
    const claimed = decide(
      post('scheduled', { approvals: [approval(MANAGER)], contributorIds: [AUTHOR, MANAGER], scheduledAt: at(-1) }),
      { type: 'claim', leaseOwner: 's1', leaseUntil: at(1) },
      ctx(),
    );
    expect(outcome(claimed)).toBe('APPROVALS_MISSING');
  });

  it.each<Role>(['editor', 'viewer'])('a %s cannot approve under the default roles', (role) => {
    const d = decide(
      post('in_review', { approvals: [] }),
      { type: 'approve', actorId: 'u-other', actorRole: role, contentHash: H1 },
      ctx(),
    );
    expect(outcome(d)).toBe('ROLE_NOT_ALLOWED');
  });

  it('an approval of content the approver did not see (stale hash) is refused', () => {
    const d = decide(
      post('in_review', { approvals: [], contentHash: H2 }),
      { type: 'approve', actorId: MANAGER, actorRole: 'manager', contentHash: H1 },
      ctx(),
    );
    expect(outcome(d)).toBe('STALE_CONTENT');
  });

  it('request changes needs a comment and an eligible reviewer', () => {
    const base = post('in_review');
    expect(
      outcome(decide(base, { type: 'request_changes', actorId: MANAGER2, actorRole: 'manager', comment: '  ' }, ctx())),
    ).toBe('COMMENT_REQUIRED');
    expect(
      outcome(decide(base, { type: 'request_changes', actorId: AUTHOR, actorRole: 'manager', comment: 'x' }, ctx())),
    ).toBe('SELF_APPROVAL');
    expect(
      outcome(decide(base, { type: 'request_changes', actorId: 'u-ed', actorRole: 'editor', comment: 'x' }, ctx())),
    ).toBe('ROLE_NOT_ALLOWED');
    const d = expectOk(
      decide(
        base,
        { type: 'request_changes', actorId: MANAGER2, actorRole: 'manager', comment: ' Ajouter le lien ' },
        ctx(),
      ),
    );
    expect(d.effects).toContainEqual({ type: 'changes_requested', actorId: MANAGER2, comment: 'Ajouter le lien' });
  });

  it('editing approved content returns it to review and invalidates the approvals', () => {
    const d = expectOk(decide(post('scheduled'), { type: 'edit_content', actorId: AUTHOR, contentHash: H2 }, ctx()));
    expect(d.state.status).toBe('in_review');
    expect(d.state.approvals).toEqual([]);
    expect(d.state.contentHash).toBe(H2);
    expect(d.effects).toContainEqual({ type: 'approvals_invalidated', count: 1 });
    expect(d.effects).toContainEqual({ type: 'notify', event: 'back_to_review' });
  });

  it('an edit that does not change the content hash changes nothing', () => {
    const before = post('scheduled');
    const d = expectOk(decide(before, { type: 'edit_content', actorId: AUTHOR, contentHash: H1 }, ctx()));
    expect(d.state).toBe(before);
    expect(d.effects).toEqual([]);
  });

  it('under a 0-approval policy an edited scheduled post stays scheduled', () => {
    const d = expectOk(
      decide(
        post('scheduled', { approvals: [] }),
        { type: 'edit_content', actorId: AUTHOR, contentHash: H2 },
        ctx({ policy: ZERO }),
      ),
    );
    expect(d.state.status).toBe('scheduled');
  });

  it('moving an approved post in time keeps its approvals and is audited', () => {
    const d = expectOk(decide(post('scheduled'), { type: 'reschedule', actorId: AUTHOR, scheduledAt: at(240) }, ctx()));
    expect(d.state.status).toBe('scheduled');
    expect(d.state.approvals).toHaveLength(1);
    expect(d.effects).toEqual([{ type: 'moved_in_time', from: at(60), to: at(240) }]);
  });

  it('refuses a time already past and a deadline before the time', () => {
    expect(
      outcome(decide(post('scheduled'), { type: 'reschedule', actorId: AUTHOR, scheduledAt: at(-20) }, ctx())),
    ).toBe('SCHEDULE_IN_PAST');
    expect(
      outcome(
        decide(
          post('scheduled'),
          { type: 'reschedule', actorId: AUTHOR, scheduledAt: at(30), publishBy: at(20) },
          ctx(),
        ),
      ),
    ).toBe('INVALID_WINDOW');
    // A few minutes late is still inside the grace period.
    expect(
      outcome(decide(post('scheduled'), { type: 'reschedule', actorId: AUTHOR, scheduledAt: at(-5) }, ctx())),
    ).toBe('scheduled');
  });

  it('approving after the window has passed records the approval but asks for a new date', () => {
    const d = expectOk(
      decide(
        post('in_review', { approvals: [], scheduledAt: at(-30) }),
        { type: 'approve', actorId: MANAGER, actorRole: 'manager', contentHash: H1 },
        ctx(),
      ),
    );
    expect(d.state.status).toBe('in_review');
    expect(d.effects).toContainEqual({ type: 'awaiting', reason: 'schedule_window_passed' });
  });

  it('a hold released "back to review" clears approvals', () => {
    const d = expectOk(decide(post('scheduled'), { type: 'send_back_to_review', actorId: ADMIN }, ctx()));
    expect(d.state.status).toBe('in_review');
    expect(approvalStatus(ONE, d.state).satisfied).toBe(false);
  });
});

describe('post lifecycle: the charter', () => {
  const blocked = ctx({ charterBlocked: true });
  const inReview = post('in_review', { approvals: [] });

  it('a blocking finding prevents approval', () => {
    const d = decide(inReview, { type: 'approve', actorId: MANAGER, actorRole: 'manager', contentHash: H1 }, blocked);
    expect(outcome(d)).toBe('CHARTER_BLOCKED');
    expect(!d.ok && d.refusal.kind).toBe('rule');
  });

  it('only an owner or admin may override, with a written reason', () => {
    expect(
      outcome(
        decide(
          inReview,
          {
            type: 'approve',
            actorId: MANAGER,
            actorRole: 'manager',
            contentHash: H1,
            charterOverride: { reason: 'Validé par la direction' },
          },
          blocked,
        ),
      ),
    ).toBe('OVERRIDE_NOT_ALLOWED');
    expect(
      outcome(
        decide(
          inReview,
          { type: 'approve', actorId: ADMIN, actorRole: 'admin', contentHash: H1, charterOverride: { reason: ' ok ' } },
          blocked,
        ),
      ),
    ).toBe('OVERRIDE_REASON_REQUIRED');
    const d = expectOk(
      decide(
        inReview,
        {
          type: 'approve',
          actorId: ADMIN,
          actorRole: 'admin',
          contentHash: H1,
          charterOverride: { reason: 'Citation exacte du PDG, validée' },
        },
        blocked,
      ),
    );
    expect(d.state.status).toBe('scheduled');
    expect(d.effects).toContainEqual({
      type: 'charter_overridden',
      actorId: ADMIN,
      reason: 'Citation exacte du PDG, validée',
    });

    // The override is bound to the content: an edit voids it.
    const edited = expectOk(decide(d.state, { type: 'edit_content', actorId: AUTHOR, contentHash: H2 }, blocked));
    expect(edited.state.charterOverride).toBeNull();
    expect(edited.state.status).toBe('in_review');
  });

  it('a blocking finding refuses submission (not only approval), whatever the policy', () => {
    for (const policy of [ZERO, ONE]) {
      for (const status of ['draft', 'changes_requested'] as const) {
        const d = decide(
          post(status, { approvals: [] }),
          { type: 'submit', actorId: AUTHOR },
          ctx({ policy, charterBlocked: true }),
        );
        expect(outcome(d)).toBe('CHARTER_BLOCKED');
        expect(!d.ok && d.refusal.kind).toBe('rule');
      }
    }
  });

  it('an owner or admin may submit over a blocking finding with a written reason; others may not', () => {
    const draft = post('draft', { approvals: [] });
    const submit = (actorRole: 'editor' | 'admin', reason?: string) =>
      decide(
        draft,
        {
          type: 'submit',
          actorId: ADMIN,
          actorRole,
          ...(reason !== undefined ? { charterOverride: { reason } } : {}),
        },
        ctx({ charterBlocked: true }),
      );
    expect(outcome(submit('editor', 'Validé par la direction juridique'))).toBe('OVERRIDE_NOT_ALLOWED');
    expect(outcome(submit('admin', ' ok '))).toBe('OVERRIDE_REASON_REQUIRED');
    const d = expectOk(submit('admin', 'Validé par la direction juridique'));
    expect(d.state.status).toBe('in_review');
    expect(d.state.charterOverride?.contentHash).toBe(H1);
    expect(d.effects).toContainEqual({
      type: 'charter_overridden',
      actorId: ADMIN,
      reason: 'Validé par la direction juridique',
    });
  });

  it('an owner or admin override of this very content lets a blocked post be submitted again', () => {
    const overridden = post('changes_requested', {
      approvals: [],
      charterOverride: { contentHash: H1, actorId: ADMIN, reason: 'Citation exacte du PDG, validée', at: NOW },
    });
    const d = expectOk(decide(overridden, { type: 'submit', actorId: AUTHOR }, ctx({ charterBlocked: true })));
    expect(d.state.status).toBe('in_review');
    const stale = post('changes_requested', {
      approvals: [],
      charterOverride: { contentHash: H2, actorId: ADMIN, reason: 'Citation exacte du PDG, validée', at: NOW },
    });
    expect(outcome(decide(stale, { type: 'submit', actorId: AUTHOR }, ctx({ charterBlocked: true })))).toBe(
      'CHARTER_BLOCKED',
    );
  });
});

describe('post lifecycle: publishing', () => {
  const claim: LifecycleAction = { type: 'claim', leaseOwner: 'scheduler-1', leaseUntil: at(1) };
  const due = post('scheduled', { scheduledAt: at(-1) });

  it('claims a due post with a lease', () => {
    const d = expectOk(decide(due, claim, ctx()));
    expect(d.state.lease).toEqual({ owner: 'scheduler-1', until: at(1) });
  });

  it.each<[string, PostLifecycleState, Partial<LifecycleContext>, LifecycleRefusalCode]>([
    ['not due', post('scheduled', { scheduledAt: at(1) }), {}, 'NOT_DUE'],
    ['held by a crisis pause', due, { held: true }, 'HELD'],
    ['account needs re-authorization', due, { accountConnected: false }, 'ACCOUNT_UNAVAILABLE'],
    ['window passed', post('scheduled', { scheduledAt: at(-16) }), {}, 'WINDOW_PASSED'],
    ['deadline passed', post('scheduled', { scheduledAt: at(-2), publishBy: at(-1) }), {}, 'WINDOW_PASSED'],
    ['approval on older content', post('scheduled', { scheduledAt: at(-1), contentHash: H2 }), {}, 'APPROVALS_MISSING'],
    ['deferred', post('scheduled', { scheduledAt: at(-1), notBefore: at(2) }), {}, 'NOT_DUE'],
  ])('refuses to claim when %s', (_label, state, c, code) => {
    expect(outcome(decide(state, claim, ctx(c)))).toBe(code);
  });

  it('a rate-limited post is deferred, keeps its planned time and is missed if the window passes', () => {
    const publishing = expectOk(decide(due, claim, ctx())).state;
    const deferred = expectOk(decide(publishing, { type: 'defer', until: at(10), reason: 'rate_limited' }, ctx()));
    expect(deferred.state).toMatchObject({ status: 'scheduled', scheduledAt: at(-1), notBefore: at(10), lease: null });
    expect(outcome(decide(deferred.state, claim, ctx({ now: at(5) })))).toBe('NOT_DUE');
    expect(outcome(decide(deferred.state, claim, ctx({ now: at(10) })))).toBe('publishing');
    expect(outcome(decide(deferred.state, claim, ctx({ now: at(15) })))).toBe('WINDOW_PASSED');
    expect(outcome(decide(deferred.state, { type: 'mark_missed' }, ctx({ now: at(15) })))).toBe('missed');
  });

  it('unconfirmed: retry inside the window, missed after it', () => {
    const unconfirmed = post('unconfirmed', { scheduledAt: at(-10) });
    expect(outcome(decide(unconfirmed, { type: 'reconcile_retry' }, ctx()))).toBe('scheduled');
    expect(outcome(decide(unconfirmed, { type: 'reconcile_retry' }, ctx({ now: at(6) })))).toBe('missed');
  });

  it('mark_missed honours publishBy and the configurable grace period', () => {
    const live = post('scheduled', { scheduledAt: at(-3), publishBy: at(-1) });
    expect(outcome(decide(live, { type: 'mark_missed' }, ctx()))).toBe('missed');
    const late = post('scheduled', { scheduledAt: at(-10) });
    expect(outcome(decide(late, { type: 'mark_missed' }, ctx()))).toBe('WINDOW_NOT_PASSED');
    expect(outcome(decide(late, { type: 'mark_missed' }, ctx({ gracePeriodMs: 5 * 60_000 })))).toBe('missed');
  });

  it('computes deadlines', () => {
    expect(publishDeadline({ scheduledAt: at(0), publishBy: null })).toEqual(at(15));
    expect(publishDeadline({ scheduledAt: at(0), publishBy: at(3) })).toEqual(at(3));
    expect(publishDeadline({ scheduledAt: null, publishBy: null })).toBeNull();
    expect(isWindowPassed({ scheduledAt: at(-15), publishBy: null }, NOW)).toBe(false);
    expect(isWindowPassed({ scheduledAt: at(-16), publishBy: null }, NOW)).toBe(true);
  });
});

describe('post lifecycle: invariants under random action sequences (fast-check)', () => {
  const people = [AUTHOR, MANAGER, MANAGER2, ADMIN, 'u-editor', 'u-viewer'];
  const hashes = [H1, H2, 'c'.repeat(64)];
  const arbAction: fc.Arbitrary<LifecycleAction> = fc.oneof(
    fc.record({ type: fc.constant('submit' as const), actorId: fc.constantFrom(...people) }),
    fc.record({
      type: fc.constant('approve' as const),
      actorId: fc.constantFrom(...people),
      actorRole: fc.constantFrom(...ROLES),
      contentHash: fc.constantFrom(...hashes),
      charterOverride: fc.option(fc.record({ reason: fc.constantFrom('', 'Validé par la direction') }), {
        nil: undefined,
      }),
    }),
    fc.record({
      type: fc.constant('request_changes' as const),
      actorId: fc.constantFrom(...people),
      actorRole: fc.constantFrom(...ROLES),
      comment: fc.constantFrom('', 'À revoir'),
    }),
    fc.record({
      type: fc.constant('edit_content' as const),
      actorId: fc.constantFrom(...people),
      contentHash: fc.constantFrom(...hashes),
    }),
    fc.record({
      type: fc.constant('reschedule' as const),
      actorId: fc.constantFrom(...people),
      scheduledAt: fc.integer({ min: -60, max: 120 }).map(at),
    }),
    fc.constantFrom<LifecycleAction>(
      { type: 'unschedule', actorId: AUTHOR },
      { type: 'cancel', actorId: AUTHOR },
      { type: 'reopen', actorId: AUTHOR },
      { type: 'send_back_to_review', actorId: ADMIN },
      { type: 'claim', leaseOwner: 's1', leaseUntil: at(1) },
      { type: 'release_claim' },
      { type: 'defer', until: at(3), reason: 'rate_limited' },
      { type: 'publish_succeeded', tweetIds: ['1'] },
      { type: 'publish_failed_permanent', reason: '400' },
      { type: 'publish_outcome_unknown', reason: 'timeout' },
      { type: 'reconcile_published', tweetIds: ['1'] },
      { type: 'reconcile_retry' },
      { type: 'mark_missed' },
    ),
  );
  const arbStep = fc.record({
    action: arbAction,
    minutes: fc.integer({ min: 0, max: 20 }),
    charterBlocked: fc.boolean(),
  });

  it('never schedules or publishes without the policy approvals on the current content', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(ZERO, ONE, TWO),
        fc.array(arbStep, { minLength: 1, maxLength: 40 }),
        (policy, steps) => {
          let state = newPostLifecycleState({ authorId: AUTHOR, contentHash: H1, scheduledAt: at(30) });
          let now = NOW;
          for (const step of steps) {
            now = new Date(now.getTime() + step.minutes * 60_000);
            const c: LifecycleContext = { now, policy, charterBlocked: step.charterBlocked };
            const d = decide(state, step.action, c);
            if (!d.ok) {
              expect(formatMessage('fr', d.refusal.code, d.refusal.params)).not.toBe(d.refusal.code);
              continue;
            }
            const entered = d.state.status !== state.status;
            if (
              entered &&
              (d.state.status === 'scheduled' || d.state.status === 'publishing') &&
              state.status !== 'publishing'
            ) {
              const status = approvalStatus(policy, d.state);
              expect(status.satisfied).toBe(true);
              expect(status.approverIds).not.toContain(AUTHOR);
              expect(new Set(status.approverIds).size).toBe(status.approverIds.length);
              if (step.charterBlocked) expect(d.state.charterOverride?.contentHash).toBe(d.state.contentHash);
            }
            if (d.state.status === 'publishing' && state.status === 'scheduled') {
              // Never claimed past its window.
              expect(isWindowPassed(d.state, now)).toBe(false);
            }
            state = d.state;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
