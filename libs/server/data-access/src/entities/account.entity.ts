import { Column, Entity, Index } from 'typeorm';
import { BelongsTo, CreatedAtColumn, TimeColumn } from './columns';
import type { AccountStatus, ApprovalPolicySetting, PostingSlot, RateLimitTier } from '@xp/server/application';
import { BrandEntity, Edited, EditedTenantRow, TenantRow, UserEntity } from './identity.entity';

/** A connected X account. Its tokens are stored only as AES-256-GCM ciphertext (see token-cipher.ts). */
@Entity('accounts')
@Index('UQ_accounts_workspace_x_user', ['workspaceId', 'xUserId'], { unique: true })
export class AccountEntity extends EditedTenantRow {
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
  /** Analytics reads this account's posts and followers (docs/analytics.md); off: nothing is read nor billed. */
  @Column('boolean', { name: 'analytics_enabled', default: true }) analyticsEnabled!: boolean;
  /** Who approves replies written in the inbox: `none` or `manager` (one approval by an owner, admin or manager). */
  @Column('text', { name: 'reply_approval', default: 'manager' }) replyApproval!: 'none' | 'manager';
  /** The inbox's first-response target, in minutes. */
  @Column('int', { name: 'first_response_minutes', default: 60 }) firstResponseMinutes!: number;
  /** The newest mention read by polling (`since_id` of the next poll). */
  @Column('text', { name: 'mentions_since_id', nullable: true }) mentionsSinceId!: string | null;
  @Column('text', { name: 'access_token_enc', nullable: true }) accessTokenEnc!: string | null;
  @Column('text', { name: 'refresh_token_enc', nullable: true }) refreshTokenEnc!: string | null;
  @Column('text', { name: 'token_key_id', nullable: true }) tokenKeyId!: string | null;
  @TimeColumn('token_expires_at', true) tokenExpiresAt!: Date | null;
  @Column('text', { name: 'token_scopes', array: true, default: () => `'{}'` }) tokenScopes!: string[];

  @BelongsTo(() => BrandEntity, 'brand_id', 'RESTRICT') brand?: BrandEntity;
}

/** A row of one account, removed with it: its `account_id` and that foreign key (ON DELETE CASCADE). */
export abstract class AccountRow extends TenantRow {
  @Column('uuid', { name: 'account_id' }) accountId!: string;
  @BelongsTo(() => AccountEntity, 'account_id', 'CASCADE') account?: AccountEntity;
}

/** A row of one account edited in place. */
export abstract class EditedAccountRow extends Edited(AccountRow) {}

/** A pending OAuth 2.0 authorization (PKCE): single use, bound to the user who started it, expiring. */
@Entity('oauth_states')
export class OAuthStateEntity extends TenantRow {
  @Index('UQ_oauth_states_hash', { unique: true })
  @Column('text', { name: 'state_hash' })
  stateHash!: string;
  @Column('uuid', { name: 'brand_id' }) brandId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  /** Encrypted like tokens. */
  @Column('text', { name: 'code_verifier_enc' }) codeVerifierEnc!: string;
  @Column('text', { name: 'redirect_uri' }) redirectUri!: string;
  @TimeColumn('expires_at') expiresAt!: Date;
  @TimeColumn('used_at', true) usedAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;

  @BelongsTo(() => UserEntity, 'user_id', 'CASCADE') user?: UserEntity;
}
