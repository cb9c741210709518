import { Injectable } from '@nestjs/common';
import { formatMessage, type Locale, type MessageCode, type MessageParams } from '@xp/shared';
import { catalogueError, DomainError, REGISTRATION_TTL_MS } from '@xp/server/domain';
import {
  Clock,
  Mailer,
  PendingRegistrationRepository,
  PublicUrls,
  RegistrationPolicy,
  UnitOfWork,
  UserRepository,
  type InvitationRecord,
  type UserRecord,
} from '../ports';
import { AuthService, type RegisterInput } from './auth.service';
import { InvitationService } from './invitation.service';
import { hashSecret, newSecret } from './secrets';

/**
 * What a sign-up answers. `check_email` is the same whether the address is new or already has an account, so the
 * answer never tells a stranger which addresses are registered (docs/security.md, user enumeration).
 */
export type SignUpOutcome = { status: 'signed_in'; user: UserRecord; workspaceId: string } | { status: 'check_email' };

const CHECK_EMAIL: SignUpOutcome = { status: 'check_email' };

/**
 * Sign-up without user enumeration. With REGISTRATION_VERIFY_EMAIL (default in production), a new address gets a
 * confirmation link and the account exists once it is opened; an address that already has an account gets an
 * e-mail saying someone tried; both answer `check_email`. Without it (local), a new address is signed in at once,
 * and a taken one still answers `check_email` (the documented local trade-off). The password is hashed in every
 * case, so the answers also take about as long.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationService,
    private readonly users: UserRepository,
    private readonly pending: PendingRegistrationRepository,
    private readonly mailer: Mailer,
    private readonly urls: PublicUrls,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly policy: RegistrationPolicy,
  ) {}

  /** `POST /api/auth/register`: a new user and their first workspace, or "check your e-mail". */
  async register(input: RegisterInput): Promise<SignUpOutcome> {
    const prepared = await this.auth.createUser(input);
    const existing = await this.users.findByEmail(prepared.email);
    if (existing) return this.alreadyRegistered(existing);
    const workspaceName = input.workspaceName?.trim() || null;
    if (!this.policy.verifyEmail) {
      const created = await this.auth.createAccount(prepared, workspaceName);
      return created ? { status: 'signed_in', ...created } : this.alreadyRegistered(prepared.email);
    }
    await this.requestConfirmation(prepared, { workspaceName, invitationId: null });
    return CHECK_EMAIL;
  }

  /**
   * An invitation accepted without a session: the invitee creates their account with the invited address. An
   * address that already has an account is told by e-mail to sign in and accept; the answer is the same.
   */
  async acceptInvitation(
    token: string,
    details: { displayName?: string; password?: string; locale?: Locale },
  ): Promise<SignUpOutcome> {
    const invitation = await this.invitations.requirePending(token);
    if (!details.displayName?.trim() || !details.password) {
      throw new DomainError(
        'invalid',
        'ACCOUNT_DETAILS_REQUIRED',
        'Choose a display name and a password to create your account',
        [
          ...(details.displayName?.trim() ? [] : [{ field: 'displayName', message: 'required' }]),
          ...(details.password ? [] : [{ field: 'password', message: 'required' }]),
        ],
      );
    }
    const prepared = await this.auth.createUser({
      email: invitation.email,
      password: details.password,
      displayName: details.displayName,
      locale: details.locale,
    });
    const existing = await this.users.findByEmail(invitation.email);
    if (existing) return this.invitedButRegistered(invitation, token, existing);
    if (!this.policy.verifyEmail) {
      const joined = await this.invitations.acceptAsNewUser(invitation, prepared);
      return joined ? { status: 'signed_in', ...joined } : this.invitedButRegistered(invitation, token, prepared);
    }
    await this.requestConfirmation(prepared, { workspaceName: null, invitationId: invitation.id });
    return CHECK_EMAIL;
  }

  /**
   * `POST /api/auth/register/confirm`: the link from the e-mail creates the account (and its workspace, or joins
   * the invitation's) in one transaction. Single use; an address registered meanwhile is refused like a used link.
   */
  async confirm(token: string): Promise<{ user: UserRecord; workspaceId: string }> {
    if (!/^reg_[A-Za-z0-9_-]{20,100}$/.test(token)) throw catalogueError('invalid', 'REGISTRATION_LINK_INVALID');
    const p = await this.pending.findByTokenHash(hashSecret(token));
    if (!p) throw catalogueError('invalid', 'REGISTRATION_LINK_INVALID');
    if (p.usedAt) throw catalogueError('gone', 'REGISTRATION_LINK_USED');
    const now = this.clock.now();
    if (p.expiresAt.getTime() <= now.getTime()) throw catalogueError('gone', 'REGISTRATION_LINK_EXPIRED');
    const user: Omit<UserRecord, 'id'> = {
      email: p.email,
      passwordHash: p.passwordHash,
      displayName: p.displayName,
      locale: p.locale,
      createdAt: now,
      passwordChangedAt: now,
    };
    return this.uow.run(async () => {
      if (!(await this.pending.markUsed(p.id, now))) throw catalogueError('gone', 'REGISTRATION_LINK_USED');
      const created = p.invitationId
        ? await this.invitations.acceptAsNewUser(await this.invitations.requirePendingById(p.invitationId), user)
        : await this.auth.createAccount(user, p.workspaceName);
      if (!created) throw catalogueError('gone', 'REGISTRATION_LINK_USED');
      return created;
    });
  }

  private async requestConfirmation(
    user: Omit<UserRecord, 'id'>,
    origin: { workspaceName: string | null; invitationId: string | null },
  ): Promise<void> {
    const token = newSecret('reg');
    const now = this.clock.now();
    const link = `${this.urls.base}/register/confirm?token=${encodeURIComponent(token)}`;
    await this.uow.run(async () => {
      await this.pending.insert({
        email: user.email,
        passwordHash: user.passwordHash,
        displayName: user.displayName,
        locale: user.locale,
        workspaceName: origin.workspaceName,
        invitationId: origin.invitationId,
        tokenHash: hashSecret(token),
        expiresAt: new Date(now.getTime() + REGISTRATION_TTL_MS),
        createdAt: now,
      });
      await this.mail(user.email, user.locale, 'EMAIL_CONFIRM_REGISTRATION', { name: user.displayName, link });
    });
  }

  /** The address owner learns that someone tried; in their own language when they have an account. */
  private async alreadyRegistered(user: Pick<UserRecord, 'email' | 'locale'> | string): Promise<SignUpOutcome> {
    const owner = typeof user === 'string' ? await this.users.findByEmail(user) : user;
    const email = typeof user === 'string' ? user : user.email;
    await this.mail(email, owner?.locale ?? 'fr', 'EMAIL_REGISTRATION_TAKEN', {
      email,
      link: `${this.urls.base}/login`,
    });
    return CHECK_EMAIL;
  }

  private async invitedButRegistered(
    invitation: InvitationRecord,
    token: string,
    user: Pick<UserRecord, 'locale'>,
  ): Promise<SignUpOutcome> {
    await this.mail(invitation.email, user.locale, 'EMAIL_INVITATION_SIGN_IN', {
      email: invitation.email,
      workspace: await this.invitations.workspaceName(invitation),
      link: `${this.urls.base}/invitations/${token}`,
    });
    return CHECK_EMAIL;
  }

  private mail(to: string, locale: Locale, code: string, params: MessageParams): Promise<void> {
    return this.mailer.send({
      workspaceId: null,
      to,
      subject: formatMessage(locale, `${code}_SUBJECT` as MessageCode, params),
      text: formatMessage(locale, `${code}_TEXT` as MessageCode, params),
    });
  }
}
