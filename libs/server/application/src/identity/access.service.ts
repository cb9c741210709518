import { Injectable } from '@nestjs/common';
import { catalogueError, can, forbidden, type Permission } from '@xp/server/domain';
import { MembershipRepository, type MembershipRecord } from '../ports';

/** Who is acting: a signed-in user through a session or a personal access token. */
export interface Actor {
  userId: string;
  sessionId?: string;
  via: 'session' | 'token';
}

/**
 * Tenant gate: a non-member gets 404 (the workspace's existence is not revealed),
 * a member without the permission gets 403.
 */
@Injectable()
export class AccessService {
  constructor(private readonly memberships: MembershipRepository) {}

  async require(workspaceId: string, actor: Actor, permission: Permission): Promise<MembershipRecord> {
    const m = await this.membership(workspaceId, actor);
    if (!can(m.role, permission)) throw forbidden(`Your role (${m.role}) does not allow this action (${permission})`);
    return m;
  }

  async membership(workspaceId: string, actor: Actor): Promise<MembershipRecord> {
    const m = isUuid(workspaceId) ? await this.memberships.find(workspaceId, actor.userId) : null;
    if (!m) throw catalogueError('not_found', 'WORKSPACE_NOT_FOUND');
    return m;
  }
}

export function isUuid(v: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
}
