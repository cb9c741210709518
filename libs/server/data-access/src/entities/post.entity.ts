import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PostSegment } from '@xp/server/application';
import {
  BelongsTo,
  CreatedAtColumn,
  RowVersion,
  TimeColumn,
  UpdatedAtColumn,
  WorkspaceIdColumn,
  WorkspaceRow,
} from './columns';
import { EditedAccountRow } from './account.entity';
import { BrandEntity, TenantRow, UserEntity } from './identity.entity';

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
// Deferred scheduled posts, for the wake-up timer (migration SchedulerHotPath1796470000000).
@Index('IDX_posts_deferred', { synchronize: false })
// Full-text search (migration PostSearch1796410000000): GIN on search_vector.
@Index('IDX_posts_search', { synchronize: false })
// The inbox's brand-post lookup (migration InboxIndexes1796430500000): GIN on tweet_ids of published posts.
@Index('IDX_posts_tweet_ids', { synchronize: false })
@Index('IDX_posts_author', ['workspaceId', 'authorId', 'createdAt'])
export class PostEntity extends EditedAccountRow {
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('text') status!: string;
  @Column('text', { default: 'standard' }) kind!: string;
  @Column('jsonb') segments!: PostSegment[];
  @Column('text', { name: 'content_hash' }) contentHash!: string;
  @Column('text', { array: true, default: () => `'{}'` }) tags!: string[];
  @TimeColumn('scheduled_at', true) scheduledAt!: Date | null;
  @TimeColumn('publish_by', true) publishBy!: Date | null;
  /** Deferred (rate limit, transient error): not before this instant. */
  @TimeColumn('not_before', true) notBefore!: Date | null;
  @Column('text', { name: 'lease_owner', nullable: true }) leaseOwner!: string | null;
  @TimeColumn('lease_until', true) leaseUntil!: Date | null;
  @Column('jsonb', { name: 'charter_override', nullable: true })
  charterOverride!: { contentHash: string; actorId: string; reason: string; at: string } | null;
  @Column('text', { name: 'tweet_ids', array: true, default: () => `'{}'` }) tweetIds!: string[];
  /** A reply (kind `reply`): the tweet its first segment answers on X. */
  @Column('text', { name: 'in_reply_to_tweet_id', nullable: true }) inReplyToTweetId!: string | null;
  @TimeColumn('published_at', true) publishedAt!: Date | null;
  @Column('text', { name: 'status_reason', nullable: true }) statusReason!: string | null;
  /**
   * The id of the transaction that last wrote the row, set by a trigger (migration CalendarStamp1795318000000) on
   * every insert and update: the calendar's change validator. Never written nor read by the entity.
   */
  @Column({ type: 'bigint', name: 'change_xid', nullable: true, select: false, insert: false, update: false })
  changeXid!: string | null;
  /**
   * The words of the text of every segment and of the tags, lower case and without accents, set by a trigger
   * (migration PostSearch1796410000000) on every write of the segments or tags: the "my work" search. Never written
   * nor read by the entity.
   */
  @Column({ type: 'tsvector', name: 'search_vector', nullable: true, select: false, insert: false, update: false })
  searchVector!: string | null;

  @BelongsTo(() => UserEntity, 'author_id', 'RESTRICT') author?: UserEntity;
}

/** A row of one post, removed with it: its `post_id` and that foreign key (ON DELETE CASCADE). */
export abstract class PostChildRow extends WorkspaceRow {
  @Column('uuid', { name: 'post_id' }) postId!: string;
  @BelongsTo(() => PostEntity, 'post_id', 'CASCADE') post?: PostEntity;
}

/** Every content change of a post. */
@Entity('post_revisions')
@Index('UQ_post_revisions_post_version', ['postId', 'revision'], { unique: true })
export class PostRevisionEntity extends PostChildRow {
  @Column('int') revision!: number;
  @Column('jsonb') segments!: PostSegment[];
  @Column('text', { name: 'content_hash' }) contentHash!: string;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @CreatedAtColumn() createdAt!: Date;
}

/** An approval, bound to the hash of the exact content approved. */
@Entity('approvals')
@Index('IDX_approvals_post', ['postId'])
export class ApprovalEntity extends PostChildRow {
  @Column('uuid', { name: 'approver_id' }) approverId!: string;
  @Column('text') role!: string;
  @Column('text', { name: 'content_hash' }) contentHash!: string;
  /** False once the content changed or the post was sent back to review. */
  @Column('boolean', { default: true }) valid!: boolean;
  @CreatedAtColumn() createdAt!: Date;
}

/** Threaded comments on a post, with @mentions of members. */
@Entity('post_comments')
@Index('IDX_post_comments_post', ['postId', 'createdAt'])
export class PostCommentEntity extends PostChildRow {
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('text') body!: string;
  @Column('uuid', { array: true, default: () => `'{}'` }) mentions!: string[];
  @CreatedAtColumn() createdAt!: Date;
}

/** Ledger of every call to X, written before the call. */
@Entity('publish_attempts')
@Index('IDX_publish_attempts_post', ['postId', 'startedAt'])
@Index('IDX_publish_attempts_pending', { synchronize: false })
export class PublishAttemptEntity extends PostChildRow {
  @Column('int', { name: 'segment_index' }) segmentIndex!: number;
  @Column('text', { name: 'scheduler_id' }) schedulerId!: string;
  @TimeColumn('started_at') startedAt!: Date;
  @TimeColumn('finished_at', true) finishedAt!: Date | null;
  /** pending | published | rate_limited | transient | auth | rejected | unknown */
  @Column('text') outcome!: string;
  @Column('text', { nullable: true }) detail!: string | null;
  @Column('text', { name: 'tweet_id', nullable: true }) tweetId!: string | null;
}

/** A crisis hold over a workspace, a brand or an account. */
@Entity('holds')
@Index('IDX_holds_active', ['workspaceId', 'releasedAt'])
export class HoldEntity extends TenantRow {
  @Column('text') scope!: 'workspace' | 'brand' | 'account';
  @Column('uuid', { name: 'target_id' }) targetId!: string;
  @Column('text') reason!: string;
  @Column('uuid', { name: 'placed_by' }) placedBy!: string;
  @TimeColumn('placed_at') placedAt!: Date;
  @TimeColumn('released_at', true) releasedAt!: Date | null;
  @Column('uuid', { name: 'released_by', nullable: true }) releasedBy!: string | null;
  @Column('text', { name: 'release_mode', nullable: true }) releaseMode!: 'resume' | 'review' | null;
}

/** The brand's charter (rules configuration), one per brand. */
@Entity('charters')
export class CharterEntity {
  @PrimaryColumn('uuid', { name: 'brand_id' }) brandId!: string;
  @WorkspaceIdColumn() workspaceId!: string;
  @Column('jsonb') config!: Record<string, unknown>;
  @RowVersion() version!: number;
  @UpdatedAtColumn() updatedAt!: Date;

  @BelongsTo(() => BrandEntity, 'brand_id', 'CASCADE') brand?: BrandEntity;
}

/**
 * Uploaded media (images, GIF, video) with alt text. The bytes are in `media_chunks`, written chunk by chunk while the
 * upload streams in (never the whole file in memory). `uploading` until the request completes: such a row counts
 * against the workspace's quota but cannot be attached to a post.
 */
@Entity('media')
@Index('IDX_media_workspace', ['workspaceId', 'createdAt'])
export class MediaEntity extends TenantRow {
  @Column('uuid', { name: 'uploaded_by' }) uploadedBy!: string;
  @Column('text', { default: 'ready' }) status!: 'uploading' | 'ready';
  @Column('text', { name: 'mime_type' }) mimeType!: string;
  @Column('int') size!: number;
  /** SHA-256 of the bytes, 64 lowercase hex digits; null while uploading. */
  @Column('text', { nullable: true }) sha256!: string | null;
  @Column('text', { name: 'file_name', nullable: true }) fileName!: string | null;
  @Column('text', { name: 'alt_text', nullable: true }) altText!: string | null;
  @CreatedAtColumn() createdAt!: Date;
}

/** The bytes of a media, in order (`seq` from 0), at most `MEDIA_CHUNK_BYTES` each; removed with their media. */
@Entity('media_chunks')
export class MediaChunkEntity {
  @PrimaryColumn('uuid', { name: 'media_id' }) mediaId!: string;
  @PrimaryColumn('int') seq!: number;
  @Column('bytea') data!: Buffer;

  @BelongsTo(() => MediaEntity, 'media_id', 'CASCADE') media?: MediaEntity;
}
