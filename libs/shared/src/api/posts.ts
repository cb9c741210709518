// Posts, the editorial workflow, charters and media: contracts of the public REST API. One zod schema per request
// and per response; the types are inferred from them, so the API (validation, OpenAPI) and the web client share them.
import * as z from 'zod';
import {
  component,
  isoDateTime,
  MessageParamsSchema,
  pageOf,
  pgInt,
  uuid,
  versionNumber,
  zonedDateTime,
} from './common';
import { versionedRow } from './fields';

export const POST_STATUS_VALUES = [
  'draft',
  'in_review',
  'changes_requested',
  'scheduled',
  'publishing',
  'published',
  'failed',
  'unconfirmed',
  'missed',
  'cancelled',
] as const;
export type PostStatusValue = (typeof POST_STATUS_VALUES)[number];
export const POST_KIND_VALUES = ['standard', 'job_offer', 'live', 'reply'] as const;
export type PostKindValue = (typeof POST_KIND_VALUES)[number];
export const FINDING_SEVERITY_VALUES = ['warn', 'block'] as const;
export const POST_LIST_VIEWS = ['full', 'calendar'] as const;
export type PostListView = (typeof POST_LIST_VIEWS)[number];

/** Free tags of a post (at most 20). */
export const tagsSchema = z.array(z.string()).max(20);
export const localizedSchema = z.object({ fr: z.string(), en: z.string() });

// ---- requests ----------------------------------------------------------------------------------------------

export const PollInputSchema = z.strictObject({
  options: z
    .array(z.string().min(1, 'each option has 1 to 25 characters').max(25, 'each option has 1 to 25 characters'))
    .min(2)
    .max(4),
  durationMinutes: z.int().min(5).max(10080),
});
export type PollInput = z.infer<typeof PollInputSchema>;
export const SegmentInputSchema = z.strictObject({
  text: z.string().max(30000),
  /** Media ids from POST /media, in order (at most 4). */
  mediaIds: z.array(uuid()).max(4).optional(),
  poll: PollInputSchema.nullable().optional(),
});
export type SegmentInput = z.infer<typeof SegmentInputSchema>;
const segments = z.array(SegmentInputSchema).min(1).max(25);
const postTags = z.array(z.string().min(1).max(50)).max(20);
const optionalInstant = zonedDateTime().nullable().optional();

export const CreatePostRequestSchema = z.strictObject({
  accountId: uuid('must be an account id'),
  segments,
  /** ISO-8601 with an offset or Z; none: an unscheduled draft. */
  scheduledAt: optionalInstant,
  publishBy: optionalInstant,
  tags: postTags.optional(),
  kind: z.enum(POST_KIND_VALUES).optional(),
});
export type CreatePostRequest = z.infer<typeof CreatePostRequestSchema>;
export const UpdatePostRequestSchema = CreatePostRequestSchema.omit({ accountId: true }).extend({
  segments: segments.optional(),
  version: versionNumber(),
});
export type UpdatePostRequest = z.infer<typeof UpdatePostRequestSchema>;
export const CheckPostRequestSchema = CreatePostRequestSchema.omit({ publishBy: true }).extend({
  tags: tagsSchema.optional(),
  /** When checking an edit of an existing post (excluded from its own near-duplicates). */
  postId: uuid().optional(),
});
export type CheckPostRequest = z.infer<typeof CheckPostRequestSchema>;
export const SubmitBodySchema = z.strictObject({
  /** Owners/admins may submit despite a blocking charter finding, with a written reason (bound to this content). */
  overrideReason: z
    .string()
    .max(2000)
    .optional()
    .describe('Owners/admins: submit despite a blocking charter finding (a written reason, 10+ characters)'),
});
/** The body of a submit is optional (no body: a plain submission, as before the override existed). */
export const SubmitRequestSchema = SubmitBodySchema.optional();
export type SubmitRequest = z.infer<typeof SubmitBodySchema>;
export const ApproveRequestSchema = z.strictObject({
  /** The content hash the approver was shown (guards against approving something else). */
  contentHash: z.string().length(64).describe('The contentHash of the version you reviewed'),
  /** Owners/admins may approve despite a blocking charter finding, with a written reason. */
  overrideReason: z
    .string()
    .max(2000)
    .optional()
    .describe('Owners/admins: approve despite a blocking charter finding (a written reason, 10+ characters)'),
  comment: z.string().max(5000).optional(),
});
export type ApproveRequest = z.infer<typeof ApproveRequestSchema>;
export const RequestChangesRequestSchema = z.strictObject({ comment: z.string().min(1).max(5000) });
export type RequestChangesRequest = z.infer<typeof RequestChangesRequestSchema>;
export const CancelRequestSchema = z.strictObject({ reason: z.string().max(2000).optional() });
export type CancelRequest = z.infer<typeof CancelRequestSchema>;
export const CommentRequestSchema = z.strictObject({ body: z.string().min(1).max(5000), parentId: uuid().optional() });
export type CommentRequest = z.infer<typeof CommentRequestSchema>;
export const AltTextRequestSchema = z.strictObject({ altText: z.string().max(1000).nullable() });
export type AltTextRequest = z.infer<typeof AltTextRequestSchema>;
export const PutCharterRequestSchema = z.strictObject({
  charter: z.record(z.string(), z.unknown()).describe('Charter sections to override over the defaults (see GET)'),
  version: pgInt().nullable().optional().describe('The version you read; null when none was stored yet'),
});
export type PutCharterRequest = z.infer<typeof PutCharterRequestSchema>;

/** A comma-separated query-string value as a list (a list stays as it is). */
export const csv = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : v;
/** `GET …/posts`: the calendar range query (query-string values). */
export const PostQuerySchema = z.strictObject({
  from: zonedDateTime()
    .optional()
    .describe('Start of the range (inclusive), ISO-8601 with an offset or Z; with `to`, at most 62 days before it'),
  to: zonedDateTime()
    .optional()
    .describe('End of the range (exclusive), ISO-8601 with an offset or Z; required with `from`'),
  accountId: uuid().optional(),
  brandId: uuid().optional(),
  status: z
    .preprocess(csv, z.array(z.enum(POST_STATUS_VALUES)))
    .optional()
    .describe('One status or several, comma-separated'),
  tag: z.string().max(50).optional(),
  view: z
    .enum(POST_LIST_VIEWS, { error: 'view must be full or calendar' })
    .optional()
    .describe(
      '`full` (default): every field of each post. `calendar`: the lighter CalendarPostDto the calendar shows (excerpt, segment count, times, status), a third of the size',
    ),
  limit: z.coerce
    .number<string>()
    .int()
    .min(1)
    .max(5000)
    .optional()
    .describe('At most this many posts. Default: every post of the range, or 5000 when no range is given'),
});
/** `GET …/posts` filters as the API reads them (statuses split). */
export type PostListQuery = z.infer<typeof PostQuerySchema>;

// ---- responses ---------------------------------------------------------------------------------------------

export const FindingDtoSchema = component('FindingDto', {
  rule: z.string(),
  severity: z.enum(FINDING_SEVERITY_VALUES),
  span: z.object({ segment: z.int(), start: z.int(), end: z.int() }).nullable(),
  /** The catalogue's code of the finding and its parameters (render with `formatMessage` or `msg.<code>`). */
  code: z.string(),
  params: MessageParamsSchema,
  /** The same message rendered in both languages (for clients that do not render codes). */
  message: localizedSchema,
  term: z.string().optional(),
  /** The charter category (banned terms, confidential and market-sensitive information, quiet periods). */
  category: z.string().optional(),
  /** Why it was found and how to fix it: a catalogue code, its parameters and both renderings. */
  hint: z.object({ code: z.string(), params: MessageParamsSchema, message: localizedSchema }).optional(),
});
export type FindingDto = z.infer<typeof FindingDtoSchema>;
const mediaRef = z.object({ id: z.string(), altText: z.string().nullable() });
const pollOut = z.object({ options: z.array(z.string()), durationMinutes: z.int() });
export const SegmentDtoSchema = component('SegmentDto', {
  text: z.string(),
  media: z.array(mediaRef),
  poll: pollOut.nullable(),
  weightedLength: z.int(),
  maxWeightedLength: z.int(),
  valid: z.boolean(),
});
export type SegmentDto = z.infer<typeof SegmentDtoSchema>;
export const ApprovalDtoSchema = component('ApprovalDto', {
  approverId: z.string(),
  role: z.string(),
  contentHash: z.string(),
  at: isoDateTime(),
  /** Whether it approves the current content. */
  current: z.boolean(),
});
export type ApprovalDto = z.infer<typeof ApprovalDtoSchema>;
export const PostDtoSchema = component('PostDto', {
  id: z.string(),
  accountId: z.string(),
  authorId: z.string(),
  status: z.enum(POST_STATUS_VALUES),
  /** A crisis hold covers it: it will not be published until released. */
  held: z.boolean(),
  kind: z.enum(POST_KIND_VALUES),
  segments: z.array(SegmentDtoSchema),
  tags: z.array(z.string()),
  scheduledAt: isoDateTime().nullable(),
  publishBy: isoDateTime().nullable(),
  contentHash: z.string(),
  approvals: z.array(ApprovalDtoSchema),
  approvalsRequired: z.int(),
  findings: z.array(FindingDtoSchema),
  /** The content last approved, when it differs from the current one (show the reviewer a diff); else null. */
  lastApprovedSegments: z
    .array(z.object({ text: z.string(), media: z.array(mediaRef), poll: pollOut.nullable() }))
    .nullable(),
  charterOverride: z.object({ actorId: z.string(), reason: z.string(), at: z.string() }).nullable(),
  /** A reply (kind `reply`): the tweet its first segment answers on X; null for every other post. */
  inReplyToTweetId: z.string().nullable(),
  tweetIds: z.array(z.string()),
  tweetUrls: z.array(z.string()),
  publishedAt: isoDateTime().nullable(),
  statusReason: z.string().nullable(),
  ...versionedRow,
  updatedAt: isoDateTime(),
});
export type PostDto = z.infer<typeof PostDtoSchema>;
export const PostPageSchema = pageOf(PostDtoSchema, 'PostPage');

/**
 * One post in the calendar's answer (`GET …/posts?view=calendar`): what a calendar cell, the list view and the
 * planning checks need, a third of a full post's size. The post page loads the full post.
 */
export const CalendarPostDtoSchema = PostDtoSchema.pick({
  id: true,
  accountId: true,
  status: true,
  held: true,
  kind: true,
  tags: true,
  scheduledAt: true,
  publishBy: true,
  publishedAt: true,
  version: true,
})
  .extend({
    /** The first segment's text, cut at CALENDAR_EXCERPT_LENGTH characters (an ellipsis marks a cut). */
    excerpt: z.string(),
    /** Number of segments (1 for a single post, more for a thread). */
    segmentCount: z.int(),
  })
  .meta({ id: 'CalendarPostDto' });
export type CalendarPostDto = z.infer<typeof CalendarPostDtoSchema>;
/** `GET …/posts`: full posts, or calendar items with `view=calendar`. */
export const PostListResponseSchema = pageOf(z.union([PostDtoSchema, CalendarPostDtoSchema])).meta({
  id: 'PostListResponse',
});
export const CALENDAR_EXCERPT_LENGTH = 100;
/** The first `max` characters of a text, an ellipsis marking a cut (calendar excerpts, event titles). */
export function excerpt(text: string, max = CALENDAR_EXCERPT_LENGTH): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export const CheckPostResponseSchema = component('CheckPostResponse', {
  segments: z.array(SegmentDtoSchema),
  findings: z.array(FindingDtoSchema),
  blocking: z.boolean(),
});
export type CheckPostResponse = z.infer<typeof CheckPostResponseSchema>;
export const CommentDtoSchema = component('CommentDto', {
  id: z.string(),
  authorId: z.string(),
  parentId: z.string().nullable(),
  body: z.string(),
  mentions: z.array(z.string()),
  createdAt: isoDateTime(),
});
export type CommentDto = z.infer<typeof CommentDtoSchema>;
export const CommentPageSchema = pageOf(CommentDtoSchema, 'CommentPage');
export const HistoryEntryDtoSchema = component('HistoryEntryDto', {
  at: isoDateTime(),
  actorId: z.string().nullable(),
  action: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type HistoryEntryDto = z.infer<typeof HistoryEntryDtoSchema>;
export const HistoryPageSchema = pageOf(HistoryEntryDtoSchema, 'HistoryPage');
export const MediaDtoSchema = component('MediaDto', {
  id: z.string(),
  mimeType: z.string(),
  size: z.int(),
  /** SHA-256 of the bytes, 64 lowercase hex digits (computed while the upload streamed in). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  altText: z.string().nullable(),
  createdAt: isoDateTime(),
});
export type MediaDto = z.infer<typeof MediaDtoSchema>;
/** What the workspace stores against its quota (uploads in progress included). */
export const MediaUsageSchema = component('MediaUsage', {
  usedBytes: z.int().nonnegative(),
  quotaBytes: z.int().positive(),
});
export type MediaUsage = z.infer<typeof MediaUsageSchema>;
/**
 * `DELETE …/media/{id}`: a media no post uses, removed with its bytes; 409 `MEDIA_IN_USE` while a post uses it,
 * 404 `MEDIA_NOT_FOUND` for another workspace's (or, for a member limited to some accounts, another member's).
 */
export const MediaDeletedResponseSchema = component('MediaDeletedResponse', {
  id: z.string(),
  usage: MediaUsageSchema,
});
export type MediaDeletedResponse = z.infer<typeof MediaDeletedResponseSchema>;
/** A brand's charter: the defaults with the brand's overrides applied; `version` null until one is stored. */
export const CharterResponseSchema = component('CharterResponse', {
  charter: z.record(z.string(), z.unknown()),
  version: z.int().nullable(),
});
export type CharterResponse = z.infer<typeof CharterResponseSchema>;

// ---- the atomic multi-account post group -------------------------------------------------------------------

/** `POST …/post-groups`: one post per item (each its own account and text), created (and submitted) all or nothing. */
export const CreatePostGroupRequestSchema = z.strictObject({
  posts: z.array(CreatePostRequestSchema).min(1).max(20),
  /** Also submit each post (draft -> in review, or scheduled when its account needs no approval). */
  submit: z.boolean().optional(),
});
export type CreatePostGroupRequest = z.infer<typeof CreatePostGroupRequestSchema>;
/** The posts created, in the order of the request. */
export const PostGroupResponseSchema = pageOf(PostDtoSchema, 'PostGroupResponse');
export type PostGroupResponse = z.infer<typeof PostGroupResponseSchema>;
