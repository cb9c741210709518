import { Injectable } from '@nestjs/common';
import type { Locale } from '@xp/shared';
import { catalogueError, DomainError, normalizeEmail, passwordProblem } from '@xp/server/domain';
import {
  AccessTokenRepository,
  Clock,
  PasswordHasher,
  SessionRevoker,
  UnitOfWork,
  UserRepository,
  type UserRecord,
} from '../ports';
import { WorkspaceService } from './workspace.service';

export interface RegisterInput {
  email: string;
  password: string;
  displayName: string;
  workspaceName?: string;
  locale?: Locale;
}

@Injectable()
export class AuthService {
  /** A hash to verify against when the email is unknown, so timing does not reveal which emails exist. */
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly workspaces: WorkspaceService,
    private readonly sessions: SessionRevoker,
    private readonly accessTokens: AccessTokenRepository,
  ) {}

  /**
   * Creates a user and their first workspace, of which they are the owner. For trusted callers (the demo seed):
   * people sign up through RegistrationService, whose answers never say whether an address is taken.
   */
  async register(input: RegisterInput): Promise<{ user: UserRecord; workspaceId: string }> {
    const created = await this.createAccount(await this.createUser(input), input.workspaceName);
    if (!created) {
      throw new DomainError('conflict', 'EMAIL_TAKEN', 'An account with this email already exists; sign in instead', [
        { field: 'email', message: 'already registered' },
      ]);
    }
    return created;
  }

  /**
   * Inserts a prepared user (see createUser) and their first workspace, in one transaction (joins the caller's).
   * Null, and nothing written, when the address already has an account.
   */
  async createAccount(
    user: Omit<UserRecord, 'id'>,
    workspaceName?: string | null,
  ): Promise<{ user: UserRecord; workspaceId: string } | null> {
    return this.uow.run(async () => {
      const saved = await this.users.insert(user);
      if (!saved) return null;
      const ws = await this.workspaces.createFor(saved.id, workspaceName?.trim() || `${saved.displayName}'s workspace`);
      return { user: saved, workspaceId: ws.id };
    });
  }

  /** Validates and hashes; the caller inserts (inside its own transaction when it needs one). */
  async createUser(input: {
    email: string;
    password: string;
    displayName: string;
    locale?: Locale;
  }): Promise<Omit<UserRecord, 'id'>> {
    const email = normalizeEmail(input.email);
    const problem = passwordProblem(input.password, email);
    if (problem) throw new DomainError('invalid', 'WEAK_PASSWORD', problem, [{ field: 'password', message: problem }]);
    const now = this.clock.now();
    return {
      email,
      passwordHash: await this.hasher.hash(input.password),
      displayName: input.displayName.trim(),
      locale: input.locale ?? 'fr',
      createdAt: now,
      passwordChangedAt: now,
    };
  }

  async verifyCredentials(email: string, password: string): Promise<UserRecord> {
    const user = await this.users.findByEmail(normalizeEmail(email));
    if (!user) {
      this.dummyHash ??= this.hasher.hash('not-a-real-password-0000');
      await this.hasher.verify(await this.dummyHash, password);
      throw catalogueError('unauthenticated', 'INVALID_CREDENTIALS');
    }
    if (!(await this.hasher.verify(user.passwordHash, password)))
      throw catalogueError('unauthenticated', 'INVALID_CREDENTIALS');
    return user;
  }

  async getUser(userId: string): Promise<UserRecord> {
    const user = await this.users.findById(userId);
    if (!user) throw catalogueError('unauthenticated', 'NOT_SIGNED_IN');
    return user;
  }

  /** Changes the password and revokes every other session of the user. */
  async changePassword(
    userId: string,
    currentPassword: string,
    newPassword: string,
    keepSessionId?: string,
  ): Promise<void> {
    const user = await this.getUser(userId);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new DomainError('invalid', 'WRONG_PASSWORD', 'The current password is incorrect', [
        { field: 'currentPassword', message: 'incorrect' },
      ]);
    }
    const problem = passwordProblem(newPassword, user.email);
    if (problem)
      throw new DomainError('invalid', 'WEAK_PASSWORD', problem, [{ field: 'newPassword', message: problem }]);
    await this.users.updatePassword(userId, await this.hasher.hash(newPassword), this.clock.now());
    await this.sessions.revokeAllForUser(userId, keepSessionId);
    // A password change often answers a leak: the personal access tokens go with the other sessions.
    await this.accessTokens.revokeAllForUser(userId, this.clock.now());
  }
}
