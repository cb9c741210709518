import { Injectable } from '@nestjs/common';
import { formatBoth, msg, type Role } from '@xp/shared';
import {
  catalogueError,
  canGrantRole,
  DomainError,
  forbidden,
  INVITATION_TTL_MS,
  normalizeEmail,
} from '@xp/server/domain';
import {
  Clock,
  InvitationRepository,
  Mailer,
  MembershipRepository,
  PublicUrls,
  UnitOfWork,
  UserRepository,
  WorkspaceRepository,
  type InvitationRecord,
  type PageRequest,
  type PageResult,
  type UserRecord,
} from '../ports';
import { AccountRepository } from '../accounts/account.ports';
import { AccessService, isUuid, type Actor } from './access.service';
import { requireWorkspaceAccounts } from './account-scope';
import { AuthService } from './auth.service';
import { AuditLog } from '../audit/audit.ports';
import { hashSecret, newSecret } from './secrets';

const invalidLink = () =>
  new DomainError('not_found', 'INVITATION_NOT_FOUND', 'This invitation link is not valid; ask for a new one');

@Injectable()
export class InvitationService {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly memberships: MembershipRepository,
    private readonly workspaces: WorkspaceRepository,
    private readonly users: UserRepository,
    private readonly access: AccessService,
    private readonly auth: AuthService,
    private readonly mailer: Mailer,
    private readonly urls: PublicUrls,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditLog,
    private readonly accounts: AccountRepository,
  ) {}

  async create(
    workspaceId: string,
    actor: Actor,
    input: { email: string; role: Role; accountIds?: string[] | null },
  ): Promise<{ invitation: InvitationRecord; link: string }> {
    const me = await this.access.require(workspaceId, actor, 'invitations.manage');
    if (!canGrantRole(me.role, input.role)) throw forbidden(`Your role (${me.role}) cannot invite an ${input.role}`);
    await requireWorkspaceAccounts(this.accounts, workspaceId, input.accountIds);
    const email = normalizeEmail(input.email);
    const existing = await this.users.findByEmail(email);
    if (existing && (await this.memberships.find(workspaceId, existing.id))) {
      throw new DomainError('conflict', 'ALREADY_MEMBER', `${email} is already a member of this workspace`, [
        { field: 'email', message: 'already a member' },
      ]);
    }
    const ws = await this.workspaces.findById(workspaceId);
    const inviter = await this.users.findById(actor.userId);
    const token = newSecret('inv');
    const link = `${this.urls.base}/invitations/${token}`;
    const now = this.clock.now();
    return this.uow.run(async () => {
      const invitation = await this.invitations.insert({
        workspaceId,
        email,
        role: input.role,
        accountIds: input.accountIds ?? null,
        tokenHash: hashSecret(token),
        invitedById: actor.userId,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        createdAt: now,
      });
      await this.audit.record({
        workspaceId,
        actorId: actor.userId,
        action: 'invitation.created',
        subjectType: 'invitation',
        subjectId: invitation.id,
        data: { email, role: input.role, accountIds: invitation.accountIds },
      });
      await this.mailer.send({
        workspaceId,
        to: email,
        ...invitationEmail(inviter?.displayName ?? '', ws?.name ?? '', input.role, link),
      });
      return { invitation, link };
    });
  }

  async listPending(workspaceId: string, actor: Actor, page: PageRequest): Promise<PageResult<InvitationRecord>> {
    await this.access.require(workspaceId, actor, 'invitations.manage');
    return this.invitations.listPending(workspaceId, this.clock.now(), page);
  }

  async revoke(workspaceId: string, actor: Actor, id: string): Promise<void> {
    await this.access.require(workspaceId, actor, 'invitations.manage');
    await this.uow.run(async () => {
      if (!isUuid(id) || !(await this.invitations.revoke(workspaceId, id, this.clock.now()))) {
        throw catalogueError('not_found', 'INVITATION_NOT_FOUND');
      }
      await this.audit.record({
        workspaceId,
        actorId: actor.userId,
        action: 'invitation.revoked',
        subjectType: 'invitation',
        subjectId: id,
      });
    });
  }

  /** What the invitee sees before accepting. Says nothing of whether the address has an account (enumeration). */
  async preview(token: string): Promise<{ invitation: InvitationRecord; workspaceName: string }> {
    const invitation = await this.requirePending(token);
    return { invitation, workspaceName: await this.workspaceName(invitation) };
  }

  /**
   * Accepts a pending invitation as the signed-in user. Single use: a second accept (even concurrent) is refused.
   * Without a session, the invitee signs up through RegistrationService.acceptInvitation.
   */
  async accept(token: string, actor: Actor): Promise<{ workspaceId: string; user: UserRecord }> {
    const invitation = await this.requirePending(token);
    return this.uow.run(async () => this.join(invitation, await this.auth.getUser(actor.userId)));
  }

  /**
   * Creates the invited user (prepared by AuthService.createUser) and joins, in one transaction (joins the
   * caller's). Null, and nothing written, when the address already has an account.
   */
  async acceptAsNewUser(
    invitation: InvitationRecord,
    user: Omit<UserRecord, 'id'>,
  ): Promise<{ workspaceId: string; user: UserRecord } | null> {
    return this.uow.run(async () => {
      const saved = await this.users.insert(user);
      return saved ? this.join(invitation, saved) : null;
    });
  }

  /** The invitation by id, refused as by its link when it is no longer pending (a confirmed sign-up joins late). */
  async requirePendingById(id: string): Promise<InvitationRecord> {
    return this.checkPending(await this.invitations.findById(id));
  }

  async workspaceName(invitation: InvitationRecord): Promise<string> {
    return (await this.workspaces.findById(invitation.workspaceId))?.name ?? '';
  }

  /** Inside a transaction: binds the link to its address, uses it once, adds the membership, audits. */
  private async join(
    invitation: InvitationRecord,
    user: UserRecord,
  ): Promise<{ workspaceId: string; user: UserRecord }> {
    // The link went to one address: only that address can use it (a signed-in user with another e-mail
    // who got hold of the link cannot join, least of all as an admin).
    if (normalizeEmail(user.email) !== invitation.email)
      throw catalogueError('forbidden', 'INVITATION_FOR_ANOTHER_EMAIL');
    if (!(await this.invitations.markAccepted(invitation.id, user.id, this.clock.now())))
      throw catalogueError('gone', 'INVITATION_USED');
    const joined = await this.memberships.insert({
      workspaceId: invitation.workspaceId,
      userId: user.id,
      role: invitation.role,
      accountIds: invitation.accountIds,
      createdAt: this.clock.now(),
    });
    if (!joined) throw new DomainError('conflict', 'ALREADY_MEMBER', 'You are already a member of this workspace');
    await this.audit.record({
      workspaceId: invitation.workspaceId,
      actorId: user.id,
      action: 'invitation.accepted',
      subjectType: 'invitation',
      subjectId: invitation.id,
      data: { userId: user.id, email: invitation.email, role: invitation.role },
    });
    return { workspaceId: invitation.workspaceId, user };
  }

  /** The pending invitation of a link; refused with a clear code when unknown, used, revoked or expired. */
  async requirePending(token: string): Promise<InvitationRecord> {
    if (!/^inv_[A-Za-z0-9_-]{20,100}$/.test(token)) throw invalidLink();
    return this.checkPending(await this.invitations.findByTokenHash(hashSecret(token)));
  }

  private checkPending(inv: InvitationRecord | null): InvitationRecord {
    if (!inv) throw invalidLink();
    if (inv.acceptedAt || inv.revokedAt) throw catalogueError('gone', 'INVITATION_USED');
    if (inv.expiresAt.getTime() <= this.clock.now().getTime()) throw catalogueError('gone', 'INVITATION_EXPIRED');
    return inv;
  }
}

/** The invitee may have no account (hence no language yet): the e-mail says it in French, then in English. */
function invitationEmail(
  inviter: string,
  workspace: string,
  role: Role,
  link: string,
): { subject: string; text: string } {
  // The role in the reader's words (the web's role names: « responsable », not "manager").
  const params = { inviter, workspace, role: msg(`EMAIL_ROLE_${role.toUpperCase()}`), link };
  const subject = formatBoth(msg('EMAIL_INVITATION_SUBJECT', params));
  const text = formatBoth(msg('EMAIL_INVITATION_TEXT', params));
  return { subject: `${subject.fr} / ${subject.en}`, text: `${text.fr}\n\n${text.en}` };
}
