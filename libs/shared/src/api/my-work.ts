// "My work": the paged posts list (my drafts, undated posts, posts waiting on me, full-text search) and the bulk
// actions on selected posts, with their undo.
import * as z from 'zod';
import { component, isoDateTime, pageOf, queryFlag, uuid, versionNumber, zonedDateTime } from './common';
import { csv, localizedSchema, POST_STATUS_VALUES, PostDtoSchema } from './posts';

/** At most this many posts in one bulk action. */
export const BULK_MAX_POSTS = 100;
/** At most this many posts in one page of the posts list. */
export const POST_SEARCH_MAX_LIMIT = 100;

/** `GET …/post-search`: a page of posts, newest first, filtered (all filters together). */
export const PostSearchQuerySchema = z.strictObject({
  author: z.literal('me', { error: 'author must be me' }).optional().describe('`me`: only the posts I wrote'),
  status: z
    .preprocess(csv, z.array(z.enum(POST_STATUS_VALUES, { error: 'unknown status' })))
    .optional()
    .describe('One status or several, comma-separated'),
  undated: queryFlag().optional().describe('`true`: only posts without a publication date (ideas, undated drafts)'),
  waitingOn: z
    .literal('me', { error: 'waitingOn must be me' })
    .optional()
    .describe('`me`: posts in review that I may approve and did not write (nor approve yet)'),
  q: z
    .string()
    .max(200, 'the search is at most 200 characters')
    .optional()
    .describe('Words searched in the posts’ text and tags, accents and case ignored; each word may be a prefix'),
  accountId: uuid().optional(),
  limit: z.coerce.number<string>().int().min(1).max(POST_SEARCH_MAX_LIMIT).optional().describe('Default 50'),
  cursor: z.string().min(1).max(500).optional(),
});
export type PostSearchQuery = z.infer<typeof PostSearchQuerySchema>;
export const PostSearchPageSchema = pageOf(PostDtoSchema, 'PostSearchPage');
export type PostSearchPage = z.infer<typeof PostSearchPageSchema>;

const target = z.strictObject({ id: uuid('must be a post id'), version: versionNumber() });
const targets = z
  .array(target)
  .min(1, 'select at least one post')
  .max(BULK_MAX_POSTS, `at most ${BULK_MAX_POSTS} posts at once`);

/** What an undo puts back on one post (the state before the bulk action). */
export const BulkRestoreItemSchema = z.strictObject({
  id: uuid('must be a post id'),
  /** The version the bulk action left (an undo after another change is refused as stale). */
  version: versionNumber(),
  scheduledAt: isoDateTime().nullable(),
  publishBy: isoDateTime().nullable(),
  tags: z.array(z.string().min(1).max(50)).max(20),
  /** The status before; a cancelled post comes back as a draft (the lifecycle's reopen). */
  status: z.enum(POST_STATUS_VALUES),
});
export type BulkRestoreItem = z.infer<typeof BulkRestoreItemSchema>;
export const BulkRestoreRequestSchema = z.strictObject({
  action: z.literal('restore'),
  posts: z.array(BulkRestoreItemSchema).min(1, 'select at least one post').max(BULK_MAX_POSTS),
});
export type BulkRestoreRequest = z.infer<typeof BulkRestoreRequestSchema>;

/** `POST …/posts/bulk`: one action on several posts, all or nothing (one transaction). */
export const BulkPostsRequestSchema = z.discriminatedUnion(
  'action',
  [
    z
      .strictObject({
        action: z.literal('reschedule'),
        posts: targets,
        /** Move each post by this many minutes (posts without a date are refused: give them `scheduledAt`). */
        shiftMinutes: z.int().min(-525_600).max(525_600).optional(),
        /** Or give every post this date. */
        scheduledAt: zonedDateTime().optional(),
      })
      .refine((b) => (b.shiftMinutes === undefined) !== (b.scheduledAt === undefined), {
        message: 'give either shiftMinutes or scheduledAt',
        path: ['shiftMinutes'],
      }),
    z.strictObject({ action: z.literal('cancel'), posts: targets, reason: z.string().max(2000).optional() }),
    z.strictObject({
      action: z.literal('tag'),
      posts: targets,
      /** Tags added to each post (those it has are kept). */
      tags: z.array(z.string().min(1).max(50)).min(1, 'give at least one tag').max(20),
    }),
    z.strictObject({ action: z.literal('submit'), posts: targets }),
    BulkRestoreRequestSchema,
  ],
  { error: 'action must be reschedule, cancel, tag, submit or restore' },
);
export type BulkPostsRequest = z.infer<typeof BulkPostsRequestSchema>;
export const BULK_ACTIONS = ['reschedule', 'cancel', 'tag', 'submit', 'restore'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export const BulkPostsResponseSchema = component('BulkPostsResponse', {
  /** The posts after the action, in the order of the request. */
  items: z.array(PostDtoSchema),
  /** POST this body to undo the action; null when it cannot be undone (a submission). */
  undo: BulkRestoreRequestSchema.nullable(),
  /** What the undo cannot put back, as a catalogue code and its texts; null when it puts everything back. */
  undoNote: z.object({ code: z.string(), message: localizedSchema }).nullable(),
});
export type BulkPostsResponse = z.infer<typeof BulkPostsResponseSchema>;
