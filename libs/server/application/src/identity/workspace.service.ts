import { Injectable } from '@nestjs/common';
import type { Role } from '@xp/shared';
import { catalogueError, staleVersion } from '@xp/server/domain';
import {
  Clock,
  MembershipRepository,
  UnitOfWork,
  WorkspaceRepository,
  type PageRequest,
  type PageResult,
  type WorkspaceRecord,
} from '../ports';
import { AccessService, type Actor } from './access.service';

@Injectable()
export class WorkspaceService {
  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly memberships: MembershipRepository,
    private readonly access: AccessService,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
  ) {}

  /** Creates a workspace owned by `userId` (joins the caller's transaction if any). */
  async createFor(userId: string, name: string): Promise<WorkspaceRecord> {
    return this.uow.run(async () => {
      const now = this.clock.now();
      const ws = await this.workspaces.insert({ name: name.trim(), createdAt: now, updatedAt: now });
      await this.memberships.insert({ workspaceId: ws.id, userId, role: 'owner', accountIds: null, createdAt: now });
      return ws;
    });
  }

  list(actor: Actor, page: PageRequest): Promise<PageResult<WorkspaceRecord & { role: Role }>> {
    return this.workspaces.listForUser(actor.userId, page);
  }

  async get(workspaceId: string, actor: Actor): Promise<WorkspaceRecord & { role: Role }> {
    const m = await this.access.require(workspaceId, actor, 'workspace.read');
    const ws = await this.workspaces.findById(workspaceId);
    if (!ws) throw catalogueError('not_found', 'WORKSPACE_NOT_FOUND');
    return { ...ws, role: m.role };
  }

  async update(
    workspaceId: string,
    actor: Actor,
    patch: { name?: string },
    version: number,
  ): Promise<WorkspaceRecord & { role: Role }> {
    const m = await this.access.require(workspaceId, actor, 'workspace.update');
    const ws = await this.workspaces.update(workspaceId, version, { name: patch.name?.trim() }, this.clock.now());
    if (!ws) throw staleVersion();
    return { ...ws, role: m.role };
  }
}
