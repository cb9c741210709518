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
  /**
   * The membership the workspace guard read for a request, kept for that request's first check in the same
   * workspace (one membership read per request instead of two). Keyed by the request's actor object, taken once.
   */
  private readonly admitted = new WeakMap<Actor, MembershipRecord>();

  constructor(private readonly memberships: MembershipRepository) {}

  /**
   * The gate of a request: reads the membership (404 for a non-member) and hands it to the request's next
   * `require`/`membership` for this workspace, which then reads nothing. Later checks read again.
   */
  async admit(workspaceId: string, actor: Actor): Promise<MembershipRecord> {
    const m = await this.read(workspaceId, actor);
    this.admitted.set(actor, m);
    return m;
  }

  async require(workspaceId: string, actor: Actor, permission: Permission): Promise<MembershipRecord> {
    const m = await this.membership(workspaceId, actor);
    if (!can(m.role, permission)) throw forbidden(`Your role (${m.role}) does not allow this action (${permission})`);
    return m;
  }

  async membership(workspaceId: string, actor: Actor): Promise<MembershipRecord> {
    const kept = this.admitted.get(actor);
    if (kept) {
      this.admitted.delete(actor);
      if (kept.workspaceId === workspaceId) return kept;
    }
    return this.read(workspaceId, actor);
  }

  private async read(workspaceId: string, actor: Actor): Promise<MembershipRecord> {
    const m = isUuid(workspaceId) ? await this.memberships.find(workspaceId, actor.userId) : null;
    if (!m) throw catalogueError('not_found', 'WORKSPACE_NOT_FOUND');
    return m;
  }
}

export function isUuid(v: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
}
