import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AccountStatus, ApprovalPolicySetting, PostingSlot, RateLimitTier } from '@xp/server/application';
import { BrandEntity, UserEntity, WorkspaceEntity } from './identity.entity';

const ts = { type: 'timestamptz' as const };

/** A connected X account. Its tokens are stored only as AES-256-GCM ciphertext (see token-cipher.ts). */
@Entity('accounts')
@Index('UQ_accounts_workspace_x_user', ['workspaceId', 'xUserId'], { unique: true })
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Index('IDX_accounts_brand')
  @Column('uuid', { name: 'brand_id' })
  brandId!: string;
  @Column('text', { name: 'x_user_id' }) xUserId!: string;
  @Column('text') handle!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'avatar_url', nullable: true }) avatarUrl!: string | null;
  @Column('text', { default: 'connected' }) status!: AccountStatus;
  @Column('text', { default: 'Europe/Paris' }) timezone!: string;
  @Column('jsonb', { name: 'approval_policy' }) approvalPolicy!: ApprovalPolicySetting;
  @Column('jsonb', { name: 'posting_slots', default: () => `'[]'` }) postingSlots!: PostingSlot[];
  @Column('text', { name: 'rate_limit_tier', default: 'basic' }) rateLimitTier!: RateLimitTier;
  @Column('boolean', { name: 'long_posts', default: false }) longPosts!: boolean;
  @Column('text', { name: 'access_token_enc', nullable: true }) accessTokenEnc!: string | null;
  @Column('text', { name: 'refresh_token_enc', nullable: true }) refreshTokenEnc!: string | null;
  @Column('text', { name: 'token_key_id', nullable: true }) tokenKeyId!: string | null;
  @Column({ ...ts, name: 'token_expires_at', nullable: true }) tokenExpiresAt!: Date | null;
  @Column('text', { name: 'token_scopes', array: true, default: () => `'{}'` }) tokenScopes!: string[];
  @Column('int', { default: 1 }) version!: number;
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;
  @Column({ ...ts, name: 'updated_at' }) updatedAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;
  @ManyToOne(() => BrandEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'brand_id' })
  brand?: BrandEntity;
}

/** A pending OAuth 2.0 authorization (PKCE): single use, bound to the user who started it, expiring. */
@Entity('oauth_states')
export class OAuthStateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('UQ_oauth_states_hash', { unique: true })
  @Column('text', { name: 'state_hash' })
  stateHash!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'brand_id' }) brandId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  /** Encrypted like tokens. */
  @Column('text', { name: 'code_verifier_enc' }) codeVerifierEnc!: string;
  @Column('text', { name: 'redirect_uri' }) redirectUri!: string;
  @Column({ ...ts, name: 'expires_at' }) expiresAt!: Date;
  @Column({ ...ts, name: 'used_at', nullable: true }) usedAt!: Date | null;
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
