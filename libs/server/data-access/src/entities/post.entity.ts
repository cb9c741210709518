import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEntity } from './account.entity';
import { BrandEntity, UserEntity, WorkspaceEntity } from './identity.entity';

const ts = { type: 'timestamptz' as const };

/** One segment of a post (a thread is a post with several). */
export interface PostSegmentData {
  text: string;
  media: { id: string; altText: string | null }[];
  poll: { options: string[]; durationMinutes: number } | null;
}

/**
 * One publication on one account. The row is also the scheduler's job: `status = 'scheduled'` and
 * `scheduled_at <= now()` make it due; a claim moves it to `publishing` with a lease.
 */
@Entity('posts')
@Index('IDX_posts_calendar', ['workspaceId', 'scheduledAt'])
@Index('IDX_posts_account_time', ['accountId', 'scheduledAt'])
@Index('IDX_posts_change', ['workspaceId', 'changeXid'])
// Partial indexes of the scheduler (migration Scheduler1795316400000): due posts, leased posts.
@Index('IDX_posts_due', { synchronize: false })
@Index('IDX_posts_leased', { synchronize: false })
export class PostEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'account_id' }) accountId!: string;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('text') status!: string;
  @Column('text', { default: 'standard' }) kind!: string;
  @Column('jsonb') segments!: PostSegmentData[];
  @Column('text', { name: 'content_hash' }) contentHash!: string;
  @Column('text', { array: true, default: () => `'{}'` }) tags!: string[];
  @Column({ ...ts, name: 'scheduled_at', nullable: true }) scheduledAt!: Date | null;
  @Column({ ...ts, name: 'publish_by', nullable: true }) publishBy!: Date | null;
  /** Deferred (rate limit, transient error): not before this instant. */
  @Column({ ...ts, name: 'not_before', nullable: true }) notBefore!: Date | null;
  @Column('text', { name: 'lease_owner', nullable: true }) leaseOwner!: string | null;
  @Column({ ...ts, name: 'lease_until', nullable: true }) leaseUntil!: Date | null;
  @Column('jsonb', { name: 'charter_override', nullable: true })
  charterOverride!: { contentHash: string; actorId: string; reason: string; at: string } | null;
  @Column('text', { name: 'tweet_ids', array: true, default: () => `'{}'` }) tweetIds!: string[];
  @Column({ ...ts, name: 'published_at', nullable: true }) publishedAt!: Date | null;
  @Column('text', { name: 'status_reason', nullable: true }) statusReason!: string | null;
  @Column('int', { default: 1 }) version!: number;
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;
  @Column({ ...ts, name: 'updated_at' }) updatedAt!: Date;
  /**
   * The id of the transaction that last wrote the row, set by a trigger (migration CalendarStamp1795318000000) on
   * every insert and update: the calendar's change validator. Never written nor read by the entity.
   */
  @Column({ type: 'bigint', name: 'change_xid', nullable: true, select: false, insert: false, update: false })
  changeXid!: string | null;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;
  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;
}

/** Every content change of a post. */
@Entity('post_revisions')
@Index('UQ_post_revisions_post_version', ['postId', 'revision'], { unique: true })
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'post_id' }) postId!: string;
  @Column('int') revision!: number;
  @Column('jsonb') segments!: PostSegmentData[];
  @Column('text', { name: 'content_hash' }) contentHash!: string;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;
}

/** An approval, bound to the hash of the exact content approved. */
@Entity('approvals')
@Index('IDX_approvals_post', ['postId'])
export class ApprovalEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'post_id' }) postId!: string;
  @Column('uuid', { name: 'approver_id' }) approverId!: string;
  @Column('text') role!: string;
  @Column('text', { name: 'content_hash' }) contentHash!: string;
  /** False once the content changed or the post was sent back to review. */
  @Column('boolean', { default: true }) valid!: boolean;
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;
}

/** Threaded comments on a post, with @mentions of members. */
@Entity('post_comments')
@Index('IDX_post_comments_post', ['postId', 'createdAt'])
export class PostCommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'post_id' }) postId!: string;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('text') body!: string;
  @Column('uuid', { array: true, default: () => `'{}'` }) mentions!: string[];
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;
}

/** Ledger of every call to X, written before the call. */
@Entity('publish_attempts')
@Index('IDX_publish_attempts_post', ['postId', 'startedAt'])
@Index('IDX_publish_attempts_pending', { synchronize: false })
export class PublishAttemptEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'post_id' }) postId!: string;
  @Column('int', { name: 'segment_index' }) segmentIndex!: number;
  @Column('text', { name: 'scheduler_id' }) schedulerId!: string;
  @Column({ ...ts, name: 'started_at' }) startedAt!: Date;
  @Column({ ...ts, name: 'finished_at', nullable: true }) finishedAt!: Date | null;
  /** pending | published | rate_limited | transient | auth | rejected | unknown */
  @Column('text') outcome!: string;
  @Column('text', { nullable: true }) detail!: string | null;
  @Column('text', { name: 'tweet_id', nullable: true }) tweetId!: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;
}

/** A crisis hold over a workspace, a brand or an account. */
@Entity('holds')
@Index('IDX_holds_active', ['workspaceId', 'releasedAt'])
export class HoldEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('text') scope!: 'workspace' | 'brand' | 'account';
  @Column('uuid', { name: 'target_id' }) targetId!: string;
  @Column('text') reason!: string;
  @Column('uuid', { name: 'placed_by' }) placedBy!: string;
  @Column({ ...ts, name: 'placed_at' }) placedAt!: Date;
  @Column({ ...ts, name: 'released_at', nullable: true }) releasedAt!: Date | null;
  @Column('uuid', { name: 'released_by', nullable: true }) releasedBy!: string | null;
  @Column('text', { name: 'release_mode', nullable: true }) releaseMode!: 'resume' | 'review' | null;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;
}

/** The brand's charter (rules configuration), one per brand. */
@Entity('charters')
export class CharterEntity {
  @PrimaryColumn('uuid', { name: 'brand_id' }) brandId!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('jsonb') config!: Record<string, unknown>;
  @Column('int', { default: 1 }) version!: number;
  @Column({ ...ts, name: 'updated_at' }) updatedAt!: Date;

  @ManyToOne(() => BrandEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brand_id' })
  brand?: BrandEntity;
}

/** Uploaded media (images, GIF, video) with alt text; bytes kept in PostgreSQL (bytea). */
@Entity('media')
@Index('IDX_media_workspace', ['workspaceId', 'createdAt'])
export class MediaEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'uploaded_by' }) uploadedBy!: string;
  @Column('text', { name: 'mime_type' }) mimeType!: string;
  @Column('int') size!: number;
  @Column('text', { name: 'file_name', nullable: true }) fileName!: string | null;
  @Column('text', { name: 'alt_text', nullable: true }) altText!: string | null;
  @Column('bytea', { select: false }) data!: Buffer;
  @Column({ ...ts, name: 'created_at' }) createdAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: WorkspaceEntity;
}
