import {
  blocking,
  catalogueError,
  contentHash,
  coversAccount,
  decide,
  postApprovalPolicy,
  staleVersion,
  type ApprovalPolicy,
  type LifecycleAction,
  type LifecycleEffect,
  type LifecycleNotification,
  type PostLifecycleState,
} from '@xp/server/domain';
import { msg, type MessageCode } from '@xp/shared';
import { AccountRepository, type AccountRecord } from '../accounts/account.ports';
import { AuditLog, Notifier, type NotificationEvent } from '../audit/audit.ports';
import type { Actor } from '../identity/access.service';
import { Clock, MembershipRepository } from '../ports';
import { isHeld } from './post-content';
import { PostRepository, type PostRecord } from './post.ports';
import { subjectOf, type PostViews } from './post-views';

/** The notifications a lifecycle event sends, and the catalogue title of each. */
const NOTIFIED: Partial<Record<LifecycleNotification, { event: NotificationEvent; title: MessageCode }>> = {
  submitted: { event: 'post.submitted', title: 'NOTIFY_POST_SUBMITTED' },
  approved: { event: 'post.approved', title: 'NOTIFY_POST_APPROVED' },
  changes_requested: { event: 'post.changes_requested', title: 'NOTIFY_POST_CHANGES_REQUESTED' },
  published: { event: 'post.published', title: 'NOTIFY_POST_PUBLISHED' },
  failed: { event: 'post.failed', title: 'NOTIFY_POST_FAILED' },
  missed: { event: 'post.missed', title: 'NOTIFY_POST_MISSED' },
};

/** Runs the domain's lifecycle decisions for the editorial workflow and persists what they decide. */
export class PostTransitions {
  constructor(
    private readonly posts: PostRepository,
    private readonly accounts: AccountRepository,
    private readonly memberships: MembershipRepository,
    private readonly views: PostViews,
    private readonly audit: AuditLog,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  /**
   * New content for a post, as an edit by `actor`: a new revision, approvals invalidated, a post in review or
   * scheduled sent back to review. Null when the content hashes as before (nothing changes).
   */
  async editContent(
    post: PostRecord,
    account: AccountRecord,
    policy: ApprovalPolicy,
    segments: PostRecord['segments'],
    actor: Actor,
  ): Promise<PostRecord | null> {
    const hash = contentHash(segments);
    if (hash === post.contentHash) return null;
    const next = await this.transition(
      post,
      account,
      policy,
      { type: 'edit_content', actorId: actor.userId, contentHash: hash },
      { segments, contentHash: hash },
      actor,
    );
    await this.posts.addRevision({
      workspaceId: post.workspaceId,
      postId: post.id,
      segments,
      contentHash: hash,
      authorId: actor.userId,
      at: this.clock.now(),
    });
    return next;
  }

  /** Runs one domain decision and persists its outcome (state, approvals, audit, notifications). */
  async transition(
    post: PostRecord,
    account: AccountRecord,
    policy: ApprovalPolicy,
    action: LifecycleAction,
    contentPatch: Partial<PostRecord>,
    actor: Actor,
  ): Promise<PostRecord> {
    const now = this.clock.now();
    const approvals = await this.posts.approvals(post.workspaceId, post.id);
    const findings = await this.views.findings(post.workspaceId, account, subjectOf({ ...post, ...contentPatch }));
    const holds = await this.posts.activeHolds(post.workspaceId);
    const state: PostLifecycleState = {
      status: post.status,
      authorId: post.authorId,
      contributorIds: await this.posts.contributors(post.workspaceId, post.id),
      contentHash: post.contentHash,
      approvals,
      scheduledAt: post.scheduledAt,
      publishBy: post.publishBy,
      notBefore: post.notBefore,
      lease: post.leaseOwner && post.leaseUntil ? { owner: post.leaseOwner, until: post.leaseUntil } : null,
      charterOverride: post.charterOverride ? { ...post.charterOverride, at: new Date(post.charterOverride.at) } : null,
    };
    const d = decide(state, action, {
      now,
      policy,
      charterBlocked: blocking(findings),
      held: isHeld(holds, account, state.status),
      accountConnected: account.status === 'connected',
    });
    if (!d.ok) {
      const { kind, code, params } = d.refusal;
      // A charter refusal names the blocking findings (their catalogue codes) so the author knows what to fix.
      const details =
        code === 'CHARTER_BLOCKED'
          ? findings
              .filter((f) => f.severity === 'block')
              .map((f) => ({ field: f.span ? `segments.${f.span.segment}.text` : 'segments', message: f.code }))
          : undefined;
      throw catalogueError(
        kind === 'conflict' ? 'conflict' : kind === 'forbidden' ? 'forbidden' : 'refused',
        code,
        params,
        details,
      );
    }
    const s = d.state;
    for (const e of d.effects) await this.applyEffect(post, e);
    const saved = await this.persist(post, {
      ...contentPatch,
      status: s.status,
      contentHash: s.contentHash,
      scheduledAt: s.scheduledAt,
      publishBy: s.publishBy,
      notBefore: s.notBefore,
      leaseOwner: s.lease?.owner ?? null,
      leaseUntil: s.lease?.until ?? null,
      charterOverride: s.charterOverride ? { ...s.charterOverride, at: s.charterOverride.at.toISOString() } : null,
      statusReason: statusReason(d.effects) ?? (s.status === post.status ? post.statusReason : null),
      updatedAt: now,
    });
    await this.audit.record({
      workspaceId: post.workspaceId,
      actorId: actor.userId,
      action: `post.${action.type}`,
      subjectType: 'post',
      subjectId: post.id,
      data: { from: post.status, to: s.status, contentHash: s.contentHash, effects: d.effects.map(summarizeEffect) },
    });
    for (const e of d.effects) if (e.type === 'notify') await this.notify(saved, e.event, actor);
    // Out of review (approved, changes requested, withdrawn): nobody is waited for any more.
    if (post.status === 'in_review' && s.status !== 'in_review') {
      await this.notifier.resolve({
        workspaceId: post.workspaceId,
        event: 'post.submitted',
        subjectType: 'post',
        subjectId: post.id,
      });
    }
    return saved;
  }

  /** Saves a patch under the post's version; a concurrent write answers STALE_VERSION. */
  async persist(post: PostRecord, patch: Partial<PostRecord>): Promise<PostRecord> {
    const { id: _id, workspaceId: _ws, version: _v, ...rest } = patch;
    const res = await this.posts.save(post.workspaceId, post.id, post.version, rest);
    if (res === 'stale') throw staleVersion();
    return res;
  }

  private async applyEffect(post: PostRecord, e: LifecycleEffect): Promise<void> {
    switch (e.type) {
      case 'approval_recorded':
        await this.posts.addApproval(post.workspaceId, post.id, e.approval);
        return;
      case 'approvals_invalidated':
        await this.posts.invalidateApprovals(post.workspaceId, post.id);
        return;
      default:
        return;
    }
  }

  private async notify(post: PostRecord, event: LifecycleNotification, actor: Actor): Promise<void> {
    const notified = NOTIFIED[event];
    if (!notified) return;
    const recipients = notified.event === 'post.submitted' ? await this.approvers(post) : [post.authorId];
    await this.notifier.notify({
      workspaceId: post.workspaceId,
      event: notified.event,
      recipientIds: recipients.filter((u) => u !== actor.userId),
      subjectType: 'post',
      subjectId: post.id,
      title: msg(notified.title),
      body: post.segments[0]?.text.slice(0, 80) ?? '',
    });
  }

  private async approvers(post: PostRecord): Promise<string[]> {
    const account = await this.accounts.find(post.workspaceId, post.accountId);
    const roles = account ? postApprovalPolicy(account, post.kind).approverRoles : ['owner', 'admin', 'manager'];
    const members = await this.memberships.list(post.workspaceId, { limit: 500 });
    return members.items
      .filter((m) => (roles as string[]).includes(m.role) && coversAccount(m.accountIds, post.accountId))
      .map((m) => m.userId);
  }
}

function statusReason(effects: LifecycleEffect[]): string | null {
  for (const e of effects) {
    if (e.type === 'awaiting') return `awaiting_${e.reason}`;
    if (e.type === 'failed') return e.reason;
    if (e.type === 'cancelled') return e.reason ?? 'cancelled';
    if (e.type === 'changes_requested') return 'changes_requested';
  }
  return null;
}

function summarizeEffect(e: LifecycleEffect): Record<string, unknown> {
  switch (e.type) {
    case 'approval_recorded':
      return { type: e.type, approverId: e.approval.approverId, role: e.approval.role };
    case 'moved_in_time':
      return { type: e.type, from: e.from?.toISOString() ?? null, to: e.to?.toISOString() ?? null };
    default:
      return { ...e } as Record<string, unknown>;
  }
}
