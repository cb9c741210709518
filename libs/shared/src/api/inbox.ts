// The brand inbox: conversations with customers on X, replies written as the brand, notes and saved replies.
// Contracts of the public REST API (request and response schemas), shared by the web app and the server.
import * as z from 'zod';
import { component, isoDateTime, pageOf, uuid, versionNumber } from './common';
import { cursorQuery, xPostFields } from './fields';

export const CONVERSATION_STATUS_VALUES = ['open', 'pending', 'done'] as const;
export type ConversationStatusValue = (typeof CONVERSATION_STATUS_VALUES)[number];
export const CONVERSATION_ITEM_DIRECTIONS = ['in', 'out'] as const;
export const SAVED_REPLY_LANGUAGES = ['fr', 'en'] as const;
/** The longest text of a reply, a note or a saved reply. */
export const INBOX_TEXT_MAX = 4000;

// ---- requests ----------------------------------------------------------------------------------------------

/** `GET …/conversations`: filters (all optional) and the page. */
export const ConversationListQuerySchema = z.strictObject({
  accountId: uuid('must be an account id').optional(),
  status: z.enum(CONVERSATION_STATUS_VALUES).optional(),
  /** `me`, `none` (unassigned) or a member's user id. */
  assignee: z.union([z.enum(['me', 'none']), uuid('must be me, none or a user id')]).optional(),
  /** Only conversations whose first-response target has passed without an answer. */
  breached: z.enum(['true', 'false']).optional(),
  /** Words of the customers' messages or of their usernames. */
  q: z.string().max(200).optional(),
  ...cursorQuery(500),
});
export type ConversationListQuery = z.infer<typeof ConversationListQuerySchema>;

export const CreateReplyRequestSchema = z.strictObject({
  text: z.string().min(1).max(INBOX_TEXT_MAX),
  /** The tweet answered; default: the customer's latest message. */
  inReplyToTweetId: z
    .string()
    .regex(/^\d{1,20}$/, 'must be a tweet id')
    .optional(),
  /** Submit at once (to approval, or straight to publishing where the account's reply policy needs none). */
  submit: z.boolean().optional(),
});
export type CreateReplyRequest = z.infer<typeof CreateReplyRequestSchema>;

export const AssignConversationRequestSchema = z.strictObject({
  /** The member to assign; null unassigns. */
  userId: uuid('must be a user id').nullable(),
});
export type AssignConversationRequest = z.infer<typeof AssignConversationRequestSchema>;

export const ConversationStatusRequestSchema = z.strictObject({ status: z.enum(CONVERSATION_STATUS_VALUES) });
export type ConversationStatusRequest = z.infer<typeof ConversationStatusRequestSchema>;

export const ConversationNoteRequestSchema = z.strictObject({ text: z.string().min(1).max(INBOX_TEXT_MAX) });
export type ConversationNoteRequest = z.infer<typeof ConversationNoteRequestSchema>;

export const SavedReplyQuerySchema = z.strictObject({
  brandId: uuid('must be a brand id').optional(),
  language: z.enum(SAVED_REPLY_LANGUAGES).optional(),
});
export type SavedReplyQuery = z.infer<typeof SavedReplyQuerySchema>;

export const CreateSavedReplyRequestSchema = z.strictObject({
  brandId: uuid('must be a brand id'),
  language: z.enum(SAVED_REPLY_LANGUAGES),
  title: z.string().min(1).max(100),
  text: z.string().min(1).max(INBOX_TEXT_MAX),
});
export type CreateSavedReplyRequest = z.infer<typeof CreateSavedReplyRequestSchema>;

export const UpdateSavedReplyRequestSchema = z.strictObject({
  language: z.enum(SAVED_REPLY_LANGUAGES).optional(),
  title: z.string().min(1).max(100).optional(),
  text: z.string().min(1).max(INBOX_TEXT_MAX).optional(),
  version: versionNumber(),
});
export type UpdateSavedReplyRequest = z.infer<typeof UpdateSavedReplyRequestSchema>;

// ---- responses ---------------------------------------------------------------------------------------------

/** What the list and the full conversation both say of a conversation. */
const ConversationHeadSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  xConversationId: z.string(),
  status: z.enum(CONVERSATION_STATUS_VALUES),
  assigneeId: z.string().nullable(),
  lastInboundAt: isoDateTime().nullable(),
  /** When the customer should have an answer by; null once answered. */
  firstResponseDueAt: isoDateTime().nullable(),
});

export const ConversationSummarySchema = ConversationHeadSchema.extend({
  /** The customer's latest message. */
  preview: z.object({ authorUsername: z.string(), text: z.string() }),
}).meta({ id: 'ConversationSummary' });
export type ConversationSummaryDto = z.infer<typeof ConversationSummarySchema>;
export const ConversationPageSchema = pageOf(ConversationSummarySchema)
  .extend({
    /** Open conversations of the member's accounts (the navigation's count), with the same scope. */
    openCount: z.number().int().optional(),
  })
  .meta({ id: 'ConversationPage' });
export type ConversationPageDto = z.infer<typeof ConversationPageSchema>;

export const ConversationItemSchema = component('ConversationItem', {
  id: z.string(),
  /** Null for a reply not yet on X. */
  tweetId: z.string().nullable(),
  direction: z.enum(CONVERSATION_ITEM_DIRECTIONS),
  ...xPostFields,
  inReplyToTweetId: z.string().nullable(),
  /** The reply post (kind `reply`) of an outgoing item; null for a customer's message. */
  postId: z.string().nullable(),
  /** The reply post's status (outgoing items). */
  postStatus: z.string().nullable().optional(),
});
export type ConversationItemDto = z.infer<typeof ConversationItemSchema>;

export const ConversationNoteSchema = component('ConversationNote', {
  id: z.string(),
  authorId: z.string(),
  text: z.string(),
  createdAt: isoDateTime(),
});
export type ConversationNoteDto = z.infer<typeof ConversationNoteSchema>;

export const ConversationSchema = ConversationHeadSchema.extend({
  tags: z.array(z.string()),
  /** The brand's own post the conversation answers (its tweet and, when published from here, the post). */
  brandPost: z.object({ tweetId: z.string(), postId: z.string().nullable(), text: z.string().nullable() }).nullable(),
  items: z.array(ConversationItemSchema),
  notes: z.array(ConversationNoteSchema),
  version: z.number().int(),
}).meta({ id: 'Conversation' });
export type ConversationDto = z.infer<typeof ConversationSchema>;

/** A saved reply: what was written (`CreateSavedReplyRequest`), with its id, version and last change. */
export const SavedReplySchema = CreateSavedReplyRequestSchema.extend({
  id: z.string(),
  version: z.number().int(),
  updatedAt: isoDateTime(),
}).meta({ id: 'SavedReply' });
export type SavedReplyDto = z.infer<typeof SavedReplySchema>;
export const SavedReplyPageSchema = pageOf(SavedReplySchema, 'SavedReplyPage');

/** `DELETE …/saved-replies/{id}`. */
export const SavedReplyDeletedSchema = component('SavedReplyDeleted', { id: z.string(), deleted: z.literal(true) });

/** X's CRC answer (`GET /api/x/webhooks/{id}?crc_token=`). */
export const XCrcResponseSchema = component('XCrcResponse', { response_token: z.string() });
/** `GET /api/x/webhooks/{id}` query. */
export const XCrcQuerySchema = z.object({ crc_token: z.string().min(1).max(500) });
/** The answer to a delivery of X's events. */
export const XDeliveryAckSchema = component('XDeliveryAck', { received: z.number().int(), landed: z.number().int() });
