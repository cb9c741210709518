import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { BelongsTo, CreatedAtColumn, RowVersion, TimeColumn, UpdatedAtColumn, WorkspaceRow } from './columns';
import type { Locale, Role } from '@xp/shared';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Stored lower-cased and trimmed. */
  @Index('UQ_users_email', { unique: true })
  @Column('text')
  email!: string;
  @Column('text', { name: 'password_hash' }) passwordHash!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text', { default: 'fr' }) locale!: Locale;
  @CreatedAtColumn() createdAt!: Date;
  @TimeColumn('password_changed_at') passwordChangedAt!: Date;
}

@Entity('workspaces')
export class WorkspaceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @RowVersion() version!: number;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}

/** A tenant's row that goes with its workspace: a WorkspaceRow whose `workspace_id` is a foreign key ON DELETE CASCADE. */
export abstract class TenantRow extends WorkspaceRow {
  @BelongsTo(() => WorkspaceEntity, 'workspace_id', 'CASCADE') workspace?: WorkspaceEntity;
}

/** `Base` with the columns of a row edited in place: its optimistic-concurrency version, its creation and last-change times. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript's mixins take a constructor of any[]
export function Edited<B extends abstract new (...args: any[]) => object>(Base: B) {
  abstract class EditedRow extends Base {
    @RowVersion() version!: number;
    @CreatedAtColumn() createdAt!: Date;
    @UpdatedAtColumn() updatedAt!: Date;
  }
  return EditedRow;
}

/** A tenant's row edited in place. */
export abstract class EditedTenantRow extends Edited(TenantRow) {}

@Entity('memberships')
export class MembershipEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Index('IDX_memberships_user')
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;
  @Column('text') role!: Role;
  /** null: every account of the workspace. */
  @Column('uuid', { name: 'account_ids', array: true, nullable: true }) accountIds!: string[] | null;
  @RowVersion() version!: number;
  @CreatedAtColumn() createdAt!: Date;

  @BelongsTo(() => WorkspaceEntity, 'workspace_id', 'CASCADE') workspace?: WorkspaceEntity;
  @BelongsTo(() => UserEntity, 'user_id', 'CASCADE') user?: UserEntity;
}

@Entity('invitations')
@Index('IDX_invitations_workspace', ['workspaceId', 'createdAt'])
export class InvitationEntity extends TenantRow {
  @Column('text') email!: string;
  @Column('text') role!: Role;
  @Column('uuid', { name: 'account_ids', array: true, nullable: true }) accountIds!: string[] | null;
  /** SHA-256 of the secret token in the link; the token itself is never stored. */
  @Index('UQ_invitations_token_hash', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;
  @Column('uuid', { name: 'invited_by_id', nullable: true }) invitedById!: string | null;
  @TimeColumn('expires_at') expiresAt!: Date;
  @TimeColumn('accepted_at', true) acceptedAt!: Date | null;
  @Column('uuid', { name: 'accepted_by_id', nullable: true }) acceptedById!: string | null;
  @TimeColumn('revoked_at', true) revokedAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;

  @BelongsTo(() => UserEntity, 'invited_by_id', 'SET NULL') invitedBy?: UserEntity;
  @BelongsTo(() => UserEntity, 'accepted_by_id', 'SET NULL') acceptedBy?: UserEntity;
}

/** Sign-ups waiting for their address to be confirmed (REGISTRATION_VERIFY_EMAIL). */
@Entity('pending_registrations')
export class PendingRegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') email!: string;
  /** argon2id, computed when the sign-up was asked for; the password itself is never stored. */
  @Column('text', { name: 'password_hash' }) passwordHash!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text') locale!: Locale;
  @Column('text', { name: 'workspace_name', nullable: true }) workspaceName!: string | null;
  @Column('uuid', { name: 'invitation_id', nullable: true }) invitationId!: string | null;
  /** SHA-256 of the secret token in the confirmation link; the token itself is never stored. */
  @Index('UQ_pending_registrations_token_hash', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;
  @TimeColumn('expires_at') expiresAt!: Date;
  @TimeColumn('used_at', true) usedAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;

  @BelongsTo(() => InvitationEntity, 'invitation_id', 'CASCADE') invitation?: InvitationEntity;
}

@Entity('access_tokens')
export class AccessTokenEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('IDX_access_tokens_user')
  @Column('uuid', { name: 'user_id' })
  userId!: string;
  @Column('text') name!: string;
  /** SHA-256 of the token; the token is shown once and never stored. */
  @Index('UQ_access_tokens_hash', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;
  @Column('text') prefix!: string;
  @CreatedAtColumn() createdAt!: Date;
  @TimeColumn('last_used_at', true) lastUsedAt!: Date | null;
  @TimeColumn('expires_at', true) expiresAt!: Date | null;
  @TimeColumn('revoked_at', true) revokedAt!: Date | null;

  @BelongsTo(() => UserEntity, 'user_id', 'CASCADE') user?: UserEntity;
}

@Entity('brands')
@Index('UQ_brands_workspace_name', ['workspaceId', 'name'], { unique: true })
export class BrandEntity extends EditedTenantRow {
  @Column('text') name!: string;
  @Column('text', { nullable: true }) color!: string | null;
}

@Entity('email_outbox')
@Index('IDX_email_outbox_workspace', ['workspaceId', 'createdAt'])
export class EmailOutboxEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id', nullable: true }) workspaceId!: string | null;
  @Column('text', { name: 'to_address' }) to!: string;
  @Column('text') subject!: string;
  @Column('text', { name: 'body_text' }) text!: string;
  /** outbox: kept here for the owner to read (no SMTP); sent: delivered over SMTP; failed: SMTP refused it. */
  @Column('text') status!: 'outbox' | 'sent' | 'failed';
  @Column('text', { nullable: true }) error!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @TimeColumn('sent_at', true) sentAt!: Date | null;

  @BelongsTo(() => WorkspaceEntity, 'workspace_id', 'CASCADE') workspace?: WorkspaceEntity;
}
