/** Ports of the brand inbox (implemented by data-access and x-api). */
import type { ConversationStatus } from '@xp/server/domain';
import type { XCall } from '../accounts/account.ports';

export interface ConversationRecord {
  id: string;
  workspaceId: string;
  accountId: string;
  xConversationId: string;
  status: ConversationStatus;
  assigneeId: string | null;
  tags: string[];
  rootAuthorXId: string | null;
  brandTweetId: string | null;
  brandPostId: string | null;
  lastInboundAt: Date | null;
  firstResponseDueAt: Date | null;
  breachNotifiedAt: Date | null;
  previewAuthor: string;
  previewText: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ConversationItemRecord {
  id: string;
  conversationId: string;
  tweetId: string | null;
  direction: 'in' | 'out';
  authorXId: string;
  authorUsername: string;
  text: string;
  inReplyToTweetId: string | null;
  engagesBrand: boolean;
  postId: string | null;
  /** The reply post's status (outgoing items). */
  postStatus: string | null;
  createdAt: Date;
}

export interface ConversationNoteRecord {
  id: string;
  conversationId: string;
  authorId: string;
  text: string;
  createdAt: Date;
}

export interface SavedReplyRecord {
  id: string;
  workspaceId: string;
  brandId: string;
  language: 'fr' | 'en';
  title: string;
  text: string;
  version: number;
  updatedAt: Date;
}

/** A page of the inbox: newest customer message first. */
export interface ConversationListQuery {
  /** The member's scope (null: every account). */
  scope: string[] | null;
  accountId?: string;
  status?: ConversationStatus;
  /** A user id, or 'none' for unassigned. */
  assignee?: string;
  /** Only conversations whose deadline passed at this instant. */
  breachedAt?: Date;
  /** Words (`searchTerms`: folded, letters and digits), each a prefix of a word of one message or its author. */
  terms?: string[];
  limit: number;
  cursor?: string;
}

/** An account the inbox listens for (every workspace): what ingestion and the poller need. */
export interface ListenedAccount {
  id: string;
  workspaceId: string;
  xUserId: string;
  handle: string;
  firstResponseMinutes: number;
  mentionsSinceId: string | null;
}

export type NewConversationItem = Omit<ConversationItemRecord, 'id' | 'postStatus'> & {
  workspaceId: string;
  receivedAt: Date;
};

export abstract class ConversationRepository {
  /** The conversation of this X conversation on this account, created if new; locked for this transaction. */
  abstract upsertLocked(
    input: Pick<ConversationRecord, 'workspaceId' | 'accountId' | 'xConversationId' | 'rootAuthorXId'> & {
      brandTweetId: string | null;
      brandPostId: string | null;
    },
    at: Date,
  ): Promise<ConversationRecord>;
  /** Inserts an item; false when its tweet is already in the workspace (ON CONFLICT DO NOTHING). */
  abstract insertItem(item: NewConversationItem): Promise<string | null>;
  abstract update(
    workspaceId: string,
    id: string,
    patch: Partial<
      Pick<
        ConversationRecord,
        | 'status'
        | 'assigneeId'
        | 'lastInboundAt'
        | 'firstResponseDueAt'
        | 'breachNotifiedAt'
        | 'previewAuthor'
        | 'previewText'
      >
    >,
    at: Date,
  ): Promise<ConversationRecord | null>;
  abstract find(workspaceId: string, id: string): Promise<ConversationRecord | null>;
  abstract findForUpdate(workspaceId: string, id: string): Promise<ConversationRecord | null>;
  abstract list(
    workspaceId: string,
    q: ConversationListQuery,
  ): Promise<{ items: ConversationRecord[]; nextCursor: string | null }>;
  abstract countOpen(workspaceId: string, scope: string[] | null): Promise<number>;
  /** Items oldest first, outgoing ones with their post's status. */
  abstract items(workspaceId: string, conversationId: string): Promise<ConversationItemRecord[]>;
  abstract notes(workspaceId: string, conversationId: string): Promise<ConversationNoteRecord[]>;
  abstract addNote(workspaceId: string, note: Omit<ConversationNoteRecord, 'id'>): Promise<ConversationNoteRecord>;
  /** The product's post published as this tweet on this account (the brand post a conversation answers). */
  abstract brandPost(
    workspaceId: string,
    accountId: string,
    tweetId: string,
  ): Promise<{ postId: string; text: string } | null>;
  /** Marks breaches of deadlines passed at `now` as notified (once per deadline) and returns them. */
  abstract claimBreaches(now: Date, limit: number): Promise<ConversationRecord[]>;
  /** Connected accounts, every workspace; optionally only those of one X user. */
  abstract listenedAccounts(xUserId?: string): Promise<ListenedAccount[]>;
  abstract saveSinceId(accountId: string, sinceId: string): Promise<void>;
  /** Records X's delivery id; false when it was already taken (a duplicate). Joins the caller's transaction. */
  abstract takeEvent(eventId: string, at: Date): Promise<boolean>;
  abstract webhook(id: string): Promise<{ id: string; url: string; xWebhookId: string | null } | null>;
  abstract webhookByPrefix(prefix: string): Promise<{ id: string; url: string; xWebhookId: string | null } | null>;
  abstract saveWebhook(row: { id: string; url: string; xWebhookId: string | null }, at: Date): Promise<void>;
}

export abstract class SavedReplyRepository {
  abstract list(
    workspaceId: string,
    q: { brandIds: string[] | null; brandId?: string; language?: string },
  ): Promise<SavedReplyRecord[]>;
  abstract find(workspaceId: string, id: string): Promise<SavedReplyRecord | null>;
  abstract insert(r: Omit<SavedReplyRecord, 'id' | 'version' | 'updatedAt'>, at: Date): Promise<SavedReplyRecord>;
  abstract update(
    workspaceId: string,
    id: string,
    version: number,
    patch: Partial<Pick<SavedReplyRecord, 'language' | 'title' | 'text'>>,
    at: Date,
  ): Promise<SavedReplyRecord | 'stale' | null>;
  abstract delete(workspaceId: string, id: string): Promise<boolean>;
}

/** A post as X shows it to the inbox (from the mentions timeline or a webhook event). */
export interface XInboundPost {
  id: string;
  text: string;
  authorId: string;
  authorUsername: string;
  createdAt: Date;
  conversationId: string;
  inReplyToTweetId: string | null;
  inReplyToUserId: string | null;
  quotedAuthorId: string | null;
  /** Usernames X's entities mention. */
  mentions: string[];
  /** The post it replies to, when X included it (`referenced_tweets.id`): filed too, as context of the thread. */
  repliedTo?: XInboundPost;
}

/** Listening on X: the mentions timeline, webhooks and activity subscriptions. */
export abstract class XListener {
  abstract readonly configured: boolean;
  /** The app's consumer secret: X signs deliveries and checks CRC answers with it. */
  abstract readonly signingSecret: string | null;
  /**
   * `GET /2/users/:id/mentions`, every page (X reaches the newest 800), oldest first: after `from.sinceId`, or for
   * an account never polled, those posted since `from.startTime`.
   */
  abstract mentions(
    accountId: string,
    xUserId: string,
    from: { sinceId: string } | { startTime: Date },
  ): Promise<XCall<{ posts: XInboundPost[]; newestId: string | null }>>;
  /** Registers the webhook at X (X runs the CRC against it); an existing registration of the URL is reused. */
  abstract registerWebhook(url: string): Promise<XCall<{ id: string }>>;
  /** Subscribes the account to mentions, replies and quotes on the webhook (those missing only). */
  abstract subscribe(accountId: string, xUserId: string, webhookId: string): Promise<XCall<{ created: number }>>;
}

/** The inbox's timing (INBOX_POLL_MS). */
export abstract class InboxSettings {
  abstract readonly pollMs: number;
}
