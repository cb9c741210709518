import { Injectable } from '@nestjs/common';
import type { Role } from '@xp/shared';
import { catalogueError, canGrantRole, forbidden, staleVersion } from '@xp/server/domain';
import { MembershipRepository, UnitOfWork, type MemberView, type PageRequest, type PageResult } from '../ports';
import { AccountRepository } from '../accounts/account.ports';
import { AccessService, isUuid, type Actor } from './access.service';
import { requireWorkspaceAccounts } from './account-scope';
import { AuditLog } from '../audit/audit.ports';

@Injectable()
export class MemberService {
  constructor(
    private readonly memberships: MembershipRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
    private readonly accounts: AccountRepository,
  ) {}

  async list(workspaceId: string, actor: Actor, page: PageRequest): Promise<PageResult<MemberView>> {
    await this.access.require(workspaceId, actor, 'members.read');
    return this.memberships.list(workspaceId, page);
  }

  async update(
    workspaceId: string,
    actor: Actor,
    userId: string,
    patch: { role?: Role; accountIds?: string[] | null },
    version: number,
  ): Promise<MemberView> {
    const me = await this.access.require(workspaceId, actor, 'members.manage');
    await requireWorkspaceAccounts(this.accounts, workspaceId, patch.accountIds);
    return this.uow.run(async () => {
      const target = isUuid(userId) ? await this.memberships.find(workspaceId, userId) : null;
      if (!target) throw catalogueError('not_found', 'MEMBER_NOT_FOUND');
      if (!canGrantRole(me.role, target.role)) throw forbidden('Only an owner can change an owner');
      if (patch.role && !canGrantRole(me.role, patch.role))
        throw forbidden(`Your role (${me.role}) cannot grant the role ${patch.role}`);
      if (
        target.role === 'owner' &&
        patch.role &&
        patch.role !== 'owner' &&
        (await this.memberships.countOwnersForUpdate(workspaceId)) <= 1
      ) {
        throw catalogueError('conflict', 'LAST_OWNER');
      }
      const updated = await this.memberships.update(workspaceId, userId, version, patch);
      if (!updated) throw staleVersion();
      const roleChanged = patch.role !== undefined && patch.role !== target.role;
      await this.audited(workspaceId, actor, roleChanged ? 'member.role_changed' : 'member.updated', userId, {
        fromRole: target.role,
        toRole: updated.role,
        fromAccountIds: target.accountIds,
        toAccountIds: updated.accountIds,
      });
      const view = await this.memberships.findView(workspaceId, userId);
      if (!view) throw catalogueError('not_found', 'MEMBER_NOT_FOUND');
      return view;
    });
  }

  /** Removes a member; members may also leave on their own. */
  async remove(workspaceId: string, actor: Actor, userId: string): Promise<void> {
    const me = await this.access.membership(workspaceId, actor);
    const leaving = userId === actor.userId;
    if (!leaving) await this.access.require(workspaceId, actor, 'members.manage');
    await this.uow.run(async () => {
      const target = isUuid(userId) ? await this.memberships.find(workspaceId, userId) : null;
      if (!target) throw catalogueError('not_found', 'MEMBER_NOT_FOUND');
      if (!leaving && !canGrantRole(me.role, target.role)) throw forbidden('Only an owner can remove an owner');
      if (target.role === 'owner' && (await this.memberships.countOwnersForUpdate(workspaceId)) <= 1)
        throw catalogueError('conflict', 'LAST_OWNER');
      await this.memberships.delete(workspaceId, userId);
      await this.audited(workspaceId, actor, leaving ? 'member.left' : 'member.removed', userId, { role: target.role });
    });
  }

  private audited(
    workspaceId: string,
    actor: Actor,
    action: string,
    userId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record({
      workspaceId,
      actorId: actor.userId,
      action,
      subjectType: 'member',
      subjectId: userId,
      data,
    });
  }
}
