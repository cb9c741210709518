import { Injectable, Logger } from '@nestjs/common';
import { holdCoversPost, msg, type MessageRef } from '@xp/shared';
import { catalogueError, coversAccount, decide, DomainError } from '@xp/server/domain';
import { AccountRepository } from '../accounts/account.ports';
import { AccessService, isUuid, type Actor } from '../identity/access.service';
import { AuditLog, Notifier } from '../audit/audit.ports';
import { BrandRepository, Clock, MembershipRepository, UnitOfWork } from '../ports';
import {
  HOLD_RELEASE_MODES,
  HOLD_SCOPES,
  HoldRepository,
  type HoldRecord,
  type HoldReleaseMode,
  type HoldScope,
} from './holds.ports';

/**
 * Crisis holds: a hold over a workspace, a brand or an account stops publishing at once (the scheduler's claim
 * query excludes covered posts; posts already in flight finish). Releasing asks: resume as planned (posts whose
 * window passed during the hold become missed, never published late), or send everything held back to review.
 */
@Injectable()
export class HoldService {
  private readonly logger = new Logger('Holds');

  constructor(
    private readonly holds: HoldRepository,
    private readonly accounts: AccountRepository,
    private readonly brands: BrandRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    private readonly notifier: Notifier,
    private readonly memberships: MembershipRepository,
  ) {}

  async place(
    workspaceId: string,
    actor: Actor,
    input: { scope: HoldScope; targetId?: string; reason: string },
  ): Promise<HoldRecord> {
    const m = await this.access.require(workspaceId, actor, 'holds.place');
    if (!HOLD_SCOPES.includes(input.scope)) {
      throw new DomainError('invalid', 'HOLD_SCOPE_INVALID', 'A hold covers a workspace, a brand or an account', [
        { field: 'scope', message: 'unknown scope' },
      ]);
    }
    const targetId = input.scope === 'workspace' ? (input.targetId ?? workspaceId) : (input.targetId ?? '');
    const reason = input.reason.trim();
    if (!reason)
      throw new DomainError('invalid', 'HOLD_REASON_REQUIRED', 'Say why publishing is paused', [
        { field: 'reason', message: 'required' },
      ]);
    // A member limited to some accounts holds only those accounts (as for posts, others look unknown).
    if (m.accountIds !== null && input.scope !== 'account')
      throw new DomainError(
        'forbidden',
        'HOLD_SCOPE_FORBIDDEN',
        'A member limited to some accounts may only put those accounts on hold',
        [{ field: 'scope', message: 'account' }],
      );
    const known =
      isUuid(targetId) &&
      coversAccount(m.accountIds, targetId) &&
      (input.scope === 'workspace'
        ? targetId === workspaceId
        : input.scope === 'brand'
          ? !!(await this.brands.find(workspaceId, targetId))
          : !!(await this.accounts.find(workspaceId, targetId)));
    if (!known)
      throw new DomainError('invalid', 'HOLD_TARGET_NOT_FOUND', `No ${input.scope} with this id in the workspace`, [
        { field: 'targetId', message: 'unknown target' },
      ]);
    const hold = await this.uow.run(async () => {
      const h = await this.holds.insert({
        workspaceId,
        scope: input.scope,
        targetId,
        reason,
        placedBy: actor.userId,
        placedAt: this.clock.now(),
      });
      await this.audit.record({
        workspaceId,
        actorId: actor.userId,
        action: 'hold.placed',
        subjectType: 'hold',
        subjectId: h.id,
        data: { scope: h.scope, targetId: h.targetId, reason },
      });
      await this.notifyAll(workspaceId, actor, 'hold.placed', h.id, msg('NOTIFY_HOLD_PLACED', { reason }));
      return h;
    });
    this.logger.warn(`hold ${hold.id} placed on ${hold.scope} ${hold.targetId} by ${actor.userId}: ${reason}`);
    return hold;
  }

  async list(workspaceId: string, actor: Actor, opts: { active?: boolean } = {}): Promise<HoldRecord[]> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const all = await this.holds.list(workspaceId, opts);
    if (m.accountIds === null) return all;
    // A member limited to some accounts sees the holds that cover at least one of them (the rule book's coverage).
    const mine = await this.accounts.list(workspaceId, m.accountIds);
    return all.filter((h) => mine.some((a) => holdCoversPost(h, { workspaceId, brandId: a.brandId, accountId: a.id })));
  }

  /** Releases a hold: `resume` (the scheduler picks the posts up at once) or `review` (back to in_review, approvals cleared). */
  async release(
    workspaceId: string,
    actor: Actor,
    holdId: string,
    mode: HoldReleaseMode,
  ): Promise<{ hold: HoldRecord; sentBackToReview: number }> {
    const m = await this.access.require(workspaceId, actor, 'holds.release');
    if (!HOLD_RELEASE_MODES.includes(mode)) {
      throw new DomainError('invalid', 'HOLD_RELEASE_MODE_INVALID', 'Choose resume or review', [
        { field: 'mode', message: 'resume or review' },
      ]);
    }
    if (!isUuid(holdId)) throw catalogueError('not_found', 'HOLD_NOT_FOUND');
    if (m.accountIds !== null) {
      // Only holds on its own accounts: a workspace or brand hold, or another account's, is not its to release.
      const h = await this.holds.find(workspaceId, holdId);
      if (!h || h.scope !== 'account' || !coversAccount(m.accountIds, h.targetId))
        throw catalogueError('not_found', 'HOLD_NOT_FOUND');
    }
    return this.uow.run(async () => {
      const now = this.clock.now();
      const released = await this.holds.release(workspaceId, holdId, actor.userId, mode, now);
      if (!released) {
        if (!(await this.holds.find(workspaceId, holdId))) throw catalogueError('not_found', 'HOLD_NOT_FOUND');
        throw catalogueError('conflict', 'HOLD_ALREADY_RELEASED');
      }
      let moved: string[] = [];
      if (mode === 'review') {
        const posts = await this.holds.lockCoveredScheduledPosts(released);
        const ids = posts
          .filter((p) => {
            const d = decide(
              {
                status: 'scheduled',
                authorId: p.authorId,
                contentHash: p.contentHash,
                approvals: [],
                scheduledAt: p.scheduledAt,
                publishBy: p.publishBy,
                notBefore: p.notBefore,
                lease: null,
                charterOverride: null,
              },
              { type: 'send_back_to_review', actorId: actor.userId, reason: released.reason },
              { now, policy: { requiredApprovals: 0, approverRoles: [] } },
            );
            return d.ok && d.state.status === 'in_review';
          })
          .map((p) => p.id);
        moved = await this.holds.sendBackToReview(
          workspaceId,
          ids,
          `hold released for review: ${released.reason}`,
          now,
        );
      }
      await this.audit.record({
        workspaceId,
        actorId: actor.userId,
        action: 'hold.released',
        subjectType: 'hold',
        subjectId: holdId,
        data: { mode, sentBackToReview: moved },
      });
      await this.notifyAll(
        workspaceId,
        actor,
        'hold.released',
        holdId,
        mode === 'review'
          ? msg('NOTIFY_HOLD_RELEASED_REVIEW', { count: moved.length })
          : msg('NOTIFY_HOLD_RELEASED_RESUME'),
      );
      this.logger.warn(
        `hold ${holdId} released (${mode}) by ${actor.userId}${mode === 'review' ? `: ${moved.length} post(s) back to review` : ''}`,
      );
      return { hold: released, sentBackToReview: moved.length };
    });
  }

  private async notifyAll(
    workspaceId: string,
    actor: Actor,
    event: 'hold.placed' | 'hold.released',
    holdId: string,
    title: MessageRef,
  ): Promise<void> {
    const members = await this.memberships.list(workspaceId, { limit: 500 });
    await this.notifier.notify({
      workspaceId,
      event,
      recipientIds: members.items.map((m) => m.userId).filter((u) => u !== actor.userId),
      subjectType: 'hold',
      subjectId: holdId,
      title,
    });
  }
}
