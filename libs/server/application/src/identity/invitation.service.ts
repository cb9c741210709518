import { Injectable } from '@nestjs/common';
import { formatBoth, msg, type Locale, type Role } from '@xp/shared';
import { canGrantRole, DomainError, forbidden, INVITATION_TTL_MS, normalizeEmail } from '@xp/server/domain';
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
const usedLink = () =>
  new DomainError('gone', 'INVITATION_USED', 'This invitation has already been used or revoked; ask for a new one');
const expiredLink = () =>
  new DomainError(
    'gone',
    'INVITATION_EXPIRED',
    'This invitation has expired (links are valid 7 days); ask for a new one',
  );

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
        throw new DomainError('not_found', 'INVITATION_NOT_FOUND', 'Invitation not found or no longer pending');
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

  async preview(token: string): Promise<{ invitation: InvitationRecord; workspaceName: string; userExists: boolean }> {
    const invitation = await this.pending(token);
    const ws = await this.workspaces.findById(invitation.workspaceId);
    return {
      invitation,
      workspaceName: ws?.name ?? '',
      userExists: !!(await this.users.findByEmail(invitation.email)),
    };
  }

  /**
   * Accepts a pending invitation: a signed-in user joins as themselves; otherwise a new user is created with the
   * invited email. Single use: a second accept (even concurrent) is refused.
   */
  async accept(
    token: string,
    actor: Actor | null,
    newUser?: { displayName?: string; password?: string; locale?: Locale },
  ): Promise<{ workspaceId: string; user: UserRecord }> {
    const invitation = await this.pending(token);
    let prepared: Omit<UserRecord, 'id'> | null = null;
    if (!actor) {
      if (await this.users.findByEmail(invitation.email)) {
        throw new DomainError(
          'unauthenticated',
          'SIGN_IN_TO_ACCEPT',
          `Sign in as ${invitation.email} to accept this invitation`,
        );
      }
      if (!newUser?.displayName?.trim() || !newUser.password) {
        throw new DomainError(
          'invalid',
          'ACCOUNT_DETAILS_REQUIRED',
          'Choose a display name and a password to create your account',
          [
            ...(newUser?.displayName?.trim() ? [] : [{ field: 'displayName', message: 'required' }]),
            ...(newUser?.password ? [] : [{ field: 'password', message: 'required' }]),
          ],
        );
      }
      prepared = await this.auth.createUser({
        email: invitation.email,
        password: newUser.password,
        displayName: newUser.displayName,
        locale: newUser.locale,
      });
    }
    return this.uow.run(async () => {
      const user = prepared ? await this.auth.insertUser(prepared) : await this.auth.getUser(actor!.userId);
      // The link went to one address: only that address can use it (a signed-in user with another e-mail
      // who got hold of the link cannot join, least of all as an admin).
      if (normalizeEmail(user.email) !== invitation.email)
        throw new DomainError(
          'forbidden',
          'INVITATION_FOR_ANOTHER_EMAIL',
          'This invitation was sent to another e-mail address: sign in with that address to accept it',
        );
      if (!(await this.invitations.markAccepted(invitation.id, user.id, this.clock.now()))) throw usedLink();
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
    });
  }

  private async pending(token: string): Promise<InvitationRecord> {
    if (!/^inv_[A-Za-z0-9_-]{20,100}$/.test(token)) throw invalidLink();
    const inv = await this.invitations.findByTokenHash(hashSecret(token));
    if (!inv) throw invalidLink();
    if (inv.acceptedAt || inv.revokedAt) throw usedLink();
    if (inv.expiresAt.getTime() <= this.clock.now().getTime()) throw expiredLink();
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
  const params = { inviter, workspace, role, link };
  const subject = formatBoth(msg('EMAIL_INVITATION_SUBJECT', params));
  const text = formatBoth(msg('EMAIL_INVITATION_TEXT', params));
  return { subject: `${subject.fr} / ${subject.en}`, text: `${text.fr}\n\n${text.en}` };
}
