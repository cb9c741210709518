import type { Locale, Role } from '@xp/shared';

/** Time comes from here, never from `new Date()` in rules, so tests control it. */
export abstract class Clock {
  abstract now(): Date;
}

/** Runs `fn` in one database transaction; repositories called inside join it. */
export abstract class UnitOfWork {
  abstract run<T>(fn: () => Promise<T>): Promise<T>;
}

export abstract class PasswordHasher {
  abstract hash(password: string): Promise<string>;
  abstract verify(hash: string, password: string): Promise<boolean>;
}

export interface OutgoingEmail {
  workspaceId: string | null;
  to: string;
  subject: string;
  text: string;
}
/** Sends through SMTP when configured, otherwise keeps the message in the outbox: never lost. */
export abstract class Mailer {
  abstract send(email: OutgoingEmail): Promise<void>;
}

export abstract class SessionRevoker {
  /** Deletes every server-side session of the user except `exceptSessionId`. */
  abstract revokeAllForUser(userId: string, exceptSessionId?: string): Promise<number>;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}
export interface PageResult<T> {
  items: T[];
  nextCursor: string | null;
}

export interface UserRecord {
  id: string;
  email: string;
  passwordHash: string;
  displayName: string;
  locale: Locale;
  createdAt: Date;
  passwordChangedAt: Date;
}
export abstract class UserRepository {
  abstract findById(id: string): Promise<UserRecord | null>;
  abstract findByEmail(email: string): Promise<UserRecord | null>;
  /** Returns null when the email is taken. */
  abstract insert(user: Omit<UserRecord, 'id'>): Promise<UserRecord | null>;
  abstract updatePassword(id: string, passwordHash: string, at: Date): Promise<void>;
}

export interface WorkspaceRecord {
  id: string;
  name: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export interface MembershipRecord {
  workspaceId: string;
  userId: string;
  role: Role;
  accountIds: string[] | null;
  version: number;
  createdAt: Date;
}
export interface MemberView extends MembershipRecord {
  email: string;
  displayName: string;
}
export abstract class WorkspaceRepository {
  abstract insert(ws: Omit<WorkspaceRecord, 'id' | 'version'>): Promise<WorkspaceRecord>;
  abstract findById(id: string): Promise<WorkspaceRecord | null>;
  /** Compare-and-set on `version`; null when the version is stale. */
  abstract update(id: string, version: number, patch: { name?: string }, at: Date): Promise<WorkspaceRecord | null>;
  abstract listForUser(userId: string, page: PageRequest): Promise<PageResult<WorkspaceRecord & { role: Role }>>;
}
export abstract class MembershipRepository {
  abstract find(workspaceId: string, userId: string): Promise<MembershipRecord | null>;
  abstract findView(workspaceId: string, userId: string): Promise<MemberView | null>;
  abstract list(workspaceId: string, page: PageRequest): Promise<PageResult<MemberView>>;
  /** Returns false when the user is already a member. */
  abstract insert(m: Omit<MembershipRecord, 'version'>): Promise<boolean>;
  abstract update(
    workspaceId: string,
    userId: string,
    version: number,
    patch: { role?: Role; accountIds?: string[] | null },
  ): Promise<MembershipRecord | null>;
  abstract delete(workspaceId: string, userId: string): Promise<boolean>;
  /** Locks the workspace's owner rows and counts them (keeps "at least one owner" safe under concurrency). */
  abstract countOwnersForUpdate(workspaceId: string): Promise<number>;
}

export interface InvitationRecord {
  id: string;
  workspaceId: string;
  email: string;
  role: Role;
  accountIds: string[] | null;
  tokenHash: string;
  invitedById: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedById: string | null;
  revokedAt: Date | null;
  createdAt: Date;
}
export abstract class InvitationRepository {
  abstract insert(
    inv: Omit<InvitationRecord, 'id' | 'acceptedAt' | 'acceptedById' | 'revokedAt'>,
  ): Promise<InvitationRecord>;
  abstract findByTokenHash(tokenHash: string): Promise<InvitationRecord | null>;
  abstract findById(id: string): Promise<InvitationRecord | null>;
  abstract listPending(workspaceId: string, now: Date, page: PageRequest): Promise<PageResult<InvitationRecord>>;
  /** Marks it accepted only if still pending at `now` (single use even under races). */
  abstract markAccepted(id: string, userId: string, now: Date): Promise<boolean>;
  abstract revoke(workspaceId: string, id: string, now: Date): Promise<boolean>;
}

/**
 * A sign-up waiting for its address to be confirmed (REGISTRATION_VERIFY_EMAIL): the password is already hashed
 * (argon2id) and the link's token is stored as SHA-256 only. `invitationId`: the sign-up came from an invitation
 * link and joins that workspace instead of creating one.
 */
export interface PendingRegistrationRecord {
  id: string;
  email: string;
  passwordHash: string;
  displayName: string;
  locale: Locale;
  workspaceName: string | null;
  invitationId: string | null;
  tokenHash: string;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}
export abstract class PendingRegistrationRepository {
  abstract insert(r: Omit<PendingRegistrationRecord, 'id' | 'usedAt'>): Promise<PendingRegistrationRecord>;
  abstract findByTokenHash(tokenHash: string): Promise<PendingRegistrationRecord | null>;
  /** Marks it used only if still unused and unexpired at `now` (single use even under races). */
  abstract markUsed(id: string, now: Date): Promise<boolean>;
}

/** REGISTRATION_VERIFY_EMAIL: whether a sign-up must confirm its address before the account exists. */
export abstract class RegistrationPolicy {
  abstract readonly verifyEmail: boolean;
}

export interface BrandRecord {
  id: string;
  workspaceId: string;
  name: string;
  color: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
/** A brand's editable fields; an absent one is left as it is (`color: null` clears the color). */
export interface BrandPatch {
  name?: string;
  color?: string | null;
}
export abstract class BrandRepository {
  abstract list(workspaceId: string, page: PageRequest): Promise<PageResult<BrandRecord>>;
  abstract find(workspaceId: string, id: string): Promise<BrandRecord | null>;
  /** Null when the name is taken in the workspace. */
  abstract insert(b: Omit<BrandRecord, 'id' | 'version'>): Promise<BrandRecord | null>;
  /** 'stale' on a version mismatch, 'duplicate' when the new name is taken. */
  abstract update(
    workspaceId: string,
    id: string,
    version: number,
    patch: BrandPatch,
    at: Date,
  ): Promise<BrandRecord | 'stale' | 'duplicate' | null>;
  abstract delete(workspaceId: string, id: string): Promise<boolean>;
}

export interface AccessTokenRecord {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}
export abstract class AccessTokenRepository {
  abstract insert(t: Omit<AccessTokenRecord, 'id' | 'lastUsedAt' | 'revokedAt'>): Promise<AccessTokenRecord>;
  abstract listForUser(userId: string, page: PageRequest): Promise<PageResult<AccessTokenRecord>>;
  abstract findActiveByHash(tokenHash: string, now: Date): Promise<AccessTokenRecord | null>;
  abstract revoke(userId: string, id: string, now: Date): Promise<boolean>;
  abstract touch(id: string, now: Date): Promise<void>;
  /** Revokes every live token of the user (after a password change); returns how many. */
  abstract revokeAllForUser(userId: string, now: Date): Promise<number>;
}

export interface OutboxRecord {
  id: string;
  workspaceId: string | null;
  to: string;
  subject: string;
  text: string;
  status: 'outbox' | 'sent' | 'failed';
  error: string | null;
  createdAt: Date;
  sentAt: Date | null;
}
export abstract class OutboxRepository {
  abstract insert(m: Omit<OutboxRecord, 'id'>): Promise<OutboxRecord>;
  abstract list(workspaceId: string, page: PageRequest): Promise<PageResult<OutboxRecord>>;
}

/** Where the product is reachable, for links in emails. */
export abstract class PublicUrls {
  abstract readonly base: string;
}

/** Bytes of media one workspace may store (configuration: MEDIA_QUOTA_MB). */
export abstract class MediaQuota {
  abstract readonly bytes: number;
}

/** Bulk-import dry runs per member and per workspace within a window, and how long a dry-run report lasts. */
export abstract class ImportLimits {
  abstract readonly dryRunLimit: number;
  abstract readonly dryRunWorkspaceLimit: number;
  abstract readonly windowSeconds: number;
  abstract readonly reportTtlHours: number;
}
