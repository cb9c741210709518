// Posts, the editorial workflow, charters and media: contracts of the public REST API.

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
export const POST_KIND_VALUES = ['standard', 'job_offer', 'live'] as const;
export type PostKindValue = (typeof POST_KIND_VALUES)[number];

export interface PollInput {
  options: string[];
  durationMinutes: number;
}
export interface SegmentInput {
  text: string;
  /** Media ids from POST /media, in order (at most 4). */
  mediaIds?: string[];
  poll?: PollInput | null;
}
export interface CreatePostRequest {
  accountId: string;
  segments: SegmentInput[];
  /** ISO-8601 with an offset or Z; none: an unscheduled draft. */
  scheduledAt?: string | null;
  publishBy?: string | null;
  tags?: string[];
  kind?: PostKindValue;
}
export interface UpdatePostRequest {
  segments?: SegmentInput[];
  scheduledAt?: string | null;
  publishBy?: string | null;
  tags?: string[];
  kind?: PostKindValue;
  version: number;
}
export interface CheckPostRequest {
  accountId: string;
  segments: SegmentInput[];
  kind?: PostKindValue;
  tags?: string[];
  scheduledAt?: string | null;
  /** When checking an edit of an existing post (excluded from its own near-duplicates). */
  postId?: string;
}
export interface ApproveRequest {
  /** The content hash the approver was shown (guards against approving something else). */
  contentHash: string;
  /** Owners/admins may approve despite a blocking charter finding, with a written reason. */
  overrideReason?: string;
  comment?: string;
}
export interface RequestChangesRequest {
  comment: string;
}
export interface CancelRequest {
  reason?: string;
}
export interface CommentRequest {
  body: string;
  parentId?: string;
}

export interface FindingDto {
  rule: string;
  severity: 'warn' | 'block';
  span: { segment: number; start: number; end: number } | null;
  message: { fr: string; en: string };
  term?: string;
}
export interface SegmentDto {
  text: string;
  media: { id: string; altText: string | null }[];
  poll: PollInput | null;
  weightedLength: number;
  maxWeightedLength: number;
  valid: boolean;
}
export interface ApprovalDto {
  approverId: string;
  role: string;
  contentHash: string;
  at: string;
  /** Whether it approves the current content. */
  current: boolean;
}
export interface PostDto {
  id: string;
  accountId: string;
  authorId: string;
  status: PostStatusValue;
  /** A crisis hold covers it: it will not be published until released. */
  held: boolean;
  kind: PostKindValue;
  segments: SegmentDto[];
  tags: string[];
  scheduledAt: string | null;
  publishBy: string | null;
  contentHash: string;
  approvals: ApprovalDto[];
  approvalsRequired: number;
  findings: FindingDto[];
  /** The content last approved, when it differs from the current one (show the reviewer a diff); else null. */
  lastApprovedSegments:
    { text: string; media: { id: string; altText: string | null }[]; poll: PollInput | null }[] | null;
  charterOverride: { actorId: string; reason: string; at: string } | null;
  tweetIds: string[];
  tweetUrls: string[];
  publishedAt: string | null;
  statusReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
/**
 * One post in the calendar's answer (`GET …/posts?view=calendar`): what a calendar cell, the list view and the
 * planning checks need, a third of a full post's size. The post page loads the full post.
 */
export interface CalendarPostDto {
  id: string;
  accountId: string;
  status: PostStatusValue;
  held: boolean;
  kind: PostKindValue;
  tags: string[];
  scheduledAt: string | null;
  publishBy: string | null;
  publishedAt: string | null;
  /** The first segment's text, cut at CALENDAR_EXCERPT_LENGTH characters (an ellipsis marks a cut). */
  excerpt: string;
  /** Number of segments (1 for a single post, more for a thread). */
  segmentCount: number;
  version: number;
}
export const CALENDAR_EXCERPT_LENGTH = 100;
/** The first `max` characters of a text, an ellipsis marking a cut (calendar excerpts, event titles). */
export function excerpt(text: string, max = CALENDAR_EXCERPT_LENGTH): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
export const POST_LIST_VIEWS = ['full', 'calendar'] as const;
export type PostListView = (typeof POST_LIST_VIEWS)[number];

export interface CheckPostResponse {
  segments: SegmentDto[];
  findings: FindingDto[];
  blocking: boolean;
}
export interface CommentDto {
  id: string;
  authorId: string;
  parentId: string | null;
  body: string;
  mentions: string[];
  createdAt: string;
}
export interface HistoryEntryDto {
  at: string;
  actorId: string | null;
  action: string;
  data: Record<string, unknown>;
}
export interface MediaDto {
  id: string;
  mimeType: string;
  size: number;
  altText: string | null;
  createdAt: string;
}

/** `POST …/post-groups`: several posts, one per account, created (and optionally submitted) in one transaction. */
export interface CreatePostGroupRequest {
  /** 1 to 20 posts, each with its own account and its own segments. */
  posts: CreatePostRequest[];
  /** Also submit each post (draft to in review, or straight to scheduled when no approval is needed). */
  submit?: boolean;
}
/** The created posts, in the order of `posts`. */
export interface PostGroupResponse {
  items: PostDto[];
}
