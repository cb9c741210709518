import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { BelongsTo, CreatedAtColumn, TimeColumn, WorkspaceRow } from './columns';
import { EditedAccountRow } from './account.entity';
import { BrandEntity, EditedTenantRow, UserEntity } from './identity.entity';

/**
 * A conversation of the brand inbox: the posts of one X conversation (`conversation_id`) that reached one account
 * (mentions, replies, quotes) and the brand's answers. `first_response_due_at` runs from the first unanswered
 * customer message until a reply is published (trigger of migration Inbox…: a published reply clears it).
 */
@Entity('conversations')
@Index('UQ_conversations_account_x', ['accountId', 'xConversationId'], { unique: true })
@Index('IDX_conversations_inbox', ['workspaceId', 'lastInboundAt', 'id'])
@Index('IDX_conversations_due', ['firstResponseDueAt'])
// The open ones, counted from the index (migration InboxIndexes1796430500000): partial.
@Index('IDX_conversations_open', { synchronize: false })
export class ConversationEntity extends EditedAccountRow {
  @Column('text', { name: 'x_conversation_id' }) xConversationId!: string;
  /** open | pending | done */
  @Column('text', { default: 'open' }) status!: string;
  @Column('uuid', { name: 'assignee_id', nullable: true }) assigneeId!: string | null;
  @Column('text', { array: true, default: () => `'{}'` }) tags!: string[];
  /** The X user id of the author of the conversation's first post, when known (the brand's own thread). */
  @Column('text', { name: 'root_author_x_id', nullable: true }) rootAuthorXId!: string | null;
  /** The brand's own post the conversation answers: its tweet, and the product's post when published from here. */
  @Column('text', { name: 'brand_tweet_id', nullable: true }) brandTweetId!: string | null;
  @Column('uuid', { name: 'brand_post_id', nullable: true }) brandPostId!: string | null;
  @TimeColumn('last_inbound_at', true) lastInboundAt!: Date | null;
  @TimeColumn('first_response_due_at', true) firstResponseDueAt!: Date | null;
  /** When the breach of the current deadline was notified (once per deadline). */
  @TimeColumn('breach_notified_at', true) breachNotifiedAt!: Date | null;
  @Column('text', { name: 'preview_author', default: '' }) previewAuthor!: string;
  @Column('text', { name: 'preview_text', default: '' }) previewText!: string;

  @BelongsTo(() => UserEntity, 'assignee_id', 'SET NULL') assignee?: UserEntity;
}

/** A row of one conversation, removed with it: its `conversation_id` and that foreign key (ON DELETE CASCADE). */
export abstract class ConversationRow extends WorkspaceRow {
  @Column('uuid', { name: 'conversation_id' }) conversationId!: string;
  @BelongsTo(() => ConversationEntity, 'conversation_id', 'CASCADE') conversation?: ConversationEntity;
}

/**
 * One message of a conversation: a customer's post (`in`) or the brand's reply (`out`, a post of kind `reply`; its
 * tweet id is set when published). A tweet lands once per workspace, whichever way it came (webhook or polling).
 */
@Entity('conversation_items')
@Index('UQ_conversation_items_tweet', ['workspaceId', 'tweetId'], { unique: true })
@Index('IDX_conversation_items_conversation', ['conversationId', 'createdAt'])
@Index('IDX_conversation_items_post', ['postId'])
// Word search (migration InboxSearch1796431000000): GIN on search_vector, kept by a trigger from text and author.
@Index('IDX_conversation_items_search', { synchronize: false })
export class ConversationItemEntity extends ConversationRow {
  @Column('text', { name: 'tweet_id', nullable: true }) tweetId!: string | null;
  /** in | out */
  @Column('text') direction!: string;
  @Column('text', { name: 'author_x_id' }) authorXId!: string;
  @Column('text', { name: 'author_username' }) authorUsername!: string;
  @Column('text') text!: string;
  @Column({ type: 'tsvector', name: 'search_vector', nullable: true, select: false, insert: false, update: false })
  searchVector!: string | null;
  @Column('text', { name: 'in_reply_to_tweet_id', nullable: true }) inReplyToTweetId!: string | null;
  /** The post mentions the brand, replies to it or quotes it (X's 2026 reply rule). */
  @Column('boolean', { name: 'engages_brand', default: false }) engagesBrand!: boolean;
  @Column('uuid', { name: 'post_id', nullable: true }) postId!: string | null;
  /** When the post was made on X (a reply not yet published: when it was written). */
  @CreatedAtColumn() createdAt!: Date;
  @TimeColumn('received_at') receivedAt!: Date;
}

/** An internal note on a conversation (never sent to X). */
@Entity('conversation_notes')
@Index('IDX_conversation_notes_conversation', ['conversationId', 'createdAt'])
export class ConversationNoteEntity extends ConversationRow {
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('text') text!: string;
  @CreatedAtColumn() createdAt!: Date;

  @BelongsTo(() => UserEntity, 'author_id', 'CASCADE') author?: UserEntity;
}

/** A brand's saved reply, in French or English. */
@Entity('saved_replies')
@Index('IDX_saved_replies_brand', ['workspaceId', 'brandId', 'language'])
export class SavedReplyEntity extends EditedTenantRow {
  @Column('uuid', { name: 'brand_id' }) brandId!: string;
  @Column('text') language!: string;
  @Column('text') title!: string;
  @Column('text') text!: string;

  @BelongsTo(() => BrandEntity, 'brand_id', 'CASCADE') brand?: BrandEntity;
}

/** The product's webhook at X (one per X app and URL): X's id once registered. */
@Entity('x_webhooks')
@Index('UQ_x_webhooks_url', ['url'], { unique: true })
export class XWebhookEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') url!: string;
  @Column('text', { name: 'x_webhook_id', nullable: true }) xWebhookId!: string | null;
  @CreatedAtColumn() createdAt!: Date;
}

/** X's deliveries already taken (`event_uuid`): a duplicate delivery changes nothing. */
@Entity('x_webhook_events')
export class XWebhookEventEntity {
  @PrimaryColumn('text', { name: 'event_id' }) eventId!: string;
  @TimeColumn('received_at') receivedAt!: Date;
}
