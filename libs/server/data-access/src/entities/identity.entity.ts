import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale, Role } from '@xp/shared';

const ts = { type: 'timestamptz' as const };

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
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;
  @Column({ ...ts, name: 'password_changed_at' }) passwordChangedAt!: Date;
}

@Entity('workspaces')
export class WorkspaceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('int', { default: 1 }) version!: number;
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;
  @Column({ ...ts, name: 'updated_at' }) updatedAt!: Date;
}

@Entity('memberships')
export class MembershipEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Index('IDX_memberships_user')
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;
  @Column('text') role!: Role;
  /** null: every account of the workspace. */
  @Column('uuid', { name: 'account_ids', array: true, nullable: true }) accountIds!: string[] | null;
  @Column('int', { default: 1 }) version!: number;
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}

@Entity('invitations')
@Index('IDX_invitations_workspace', ['workspaceId', 'createdAt'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('text') email!: string;
  @Column('text') role!: Role;
  @Column('uuid', { name: 'account_ids', array: true, nullable: true }) accountIds!: string[] | null;
  /** SHA-256 of the secret token in the link; the token itself is never stored. */
  @Index('UQ_invitations_token_hash', { unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;
  @Column('uuid', { name: 'invited_by_id', nullable: true }) invitedById!: string | null;
  @Column({ ...ts, name: 'expires_at' }) expiresAt!: Date;
  @Column({ ...ts, name: 'accepted_at', nullable: true }) acceptedAt!: Date | null;
  @Column('uuid', { name: 'accepted_by_id', nullable: true }) acceptedById!: string | null;
  @Column({ ...ts, name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: UserEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_by_id' })
  acceptedBy?: UserEntity;
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
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;
  @Column({ ...ts, name: 'last_used_at', nullable: true }) lastUsedAt!: Date | null;
  @Column({ ...ts, name: 'expires_at', nullable: true }) expiresAt!: Date | null;
  @Column({ ...ts, name: 'revoked_at', nullable: true }) revokedAt!: Date | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}

@Entity('brands')
@Index('UQ_brands_workspace_name', ['workspaceId', 'name'], { unique: true })
export class BrandEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) color!: string | null;
  @Column('int', { default: 1 }) version!: number;
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;
  @Column({ ...ts, name: 'updated_at' }) updatedAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;
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
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;
  @Column({ ...ts, name: 'sent_at', nullable: true }) sentAt!: Date | null;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;
}
