import type { Approval, PostKind, PostStatus } from '@xp/server/domain';

export interface PostSegment {
  text: string;
  /** Each media as approved: its id, the SHA-256 of its bytes, and the alt text sent to X (all in the content hash). */
  media: { id: string; sha256: string | null; altText: string | null }[];
  poll: { options: string[]; durationMinutes: number } | null;
}

export interface PostRecord {
  id: string;
  workspaceId: string;
  accountId: string;
  authorId: string;
  status: PostStatus;
  kind: PostKind;
  segments: PostSegment[];
  contentHash: string;
  tags: string[];
  scheduledAt: Date | null;
  publishBy: Date | null;
  notBefore: Date | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  charterOverride: { contentHash: string; actorId: string; reason: string; at: string } | null;
  tweetIds: string[];
  /** A reply (kind `reply`): the tweet its first segment answers on X (absent or null otherwise). */
  inReplyToTweetId?: string | null;
  publishedAt: Date | null;
  statusReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * What the calendar shows of a post (`PostRepository.calendarItems`): a month can hold tens of thousands, so the
 * content stops at the start of the first segment, and times come as ISO 8601 UTC text, ready to send.
 */
export interface CalendarItemRecord {
  id: string;
  accountId: string;
  status: PostStatus;
  kind: PostKind;
  tags: string[];
  scheduledAt: string | null;
  publishBy: string | null;
  publishedAt: string | null;
  /** The first segment's text, at most `CALENDAR_EXCERPT_LENGTH` + 1 characters of it: enough for `excerpt()`. */
  firstText: string;
  segmentCount: number;
  version: number;
}

/** A post's text as it stands after a write, by whom and when. */
export interface NewRevision {
  workspaceId: string;
  postId: string;
  segments: PostSegment[];
  contentHash: string;
  authorId: string;
  at: Date;
}

export interface PostQuery {
  from?: Date;
  to?: Date;
  accountIds?: string[] | null;
  brandId?: string;
  statuses?: PostStatus[];
  tag?: string;
  limit: number;
}

export interface CommentRecord {
  id: string;
  postId: string;
  authorId: string;
  parentId: string | null;
  body: string;
  mentions: string[];
  createdAt: Date;
}

export abstract class PostRepository {
  abstract insert(p: Omit<PostRecord, 'id' | 'version'>): Promise<PostRecord>;
  abstract find(workspaceId: string, id: string): Promise<PostRecord | null>;
  /** Locks the row for the rest of the transaction. */
  abstract findForUpdate(workspaceId: string, id: string): Promise<PostRecord | null>;
  /** Compare-and-set on version; returns the new record or 'stale'. */
  abstract save(
    workspaceId: string,
    id: string,
    version: number,
    patch: Partial<Omit<PostRecord, 'id' | 'workspaceId' | 'version'>>,
  ): Promise<PostRecord | 'stale'>;
  /** The calendar range query: ordered by time (unscheduled last), then id; at most `q.limit` rows. */
  abstract list(workspaceId: string, q: PostQuery): Promise<PostRecord[]>;
  /** The same posts as `list`, in the same order, as the calendar shows them. */
  abstract calendarItems(workspaceId: string, q: PostQuery): Promise<CalendarItemRecord[]>;
  /**
   * An opaque fingerprint of the workspace state the calendar answer is computed from (its posts, active holds and
   * accounts), which changes whenever that state changes; null when it cannot be trusted at this instant (a write
   * that started earlier may still commit). Cheap: a few index probes, whatever the number of posts.
   */
  abstract calendarStamp(workspaceId: string): Promise<string | null>;
  /** Records the text as the post's next revision; returns its number (1, 2, …). */
  abstract addRevision(revision: NewRevision): Promise<number>;
  /** The post's valid approvals, oldest first. */
  abstract approvals(workspaceId: string, postId: string): Promise<Approval[]>;
  abstract addApproval(workspaceId: string, postId: string, a: Approval): Promise<void>;
  abstract invalidateApprovals(workspaceId: string, postId: string): Promise<void>;
  abstract addComment(workspaceId: string, c: Omit<CommentRecord, 'id'>): Promise<CommentRecord>;
  abstract comments(workspaceId: string, postId: string): Promise<CommentRecord[]>;
  /** Recent posts (not cancelled) of these accounts, newest first, for near-duplicate checks. */
  abstract recent(
    workspaceId: string,
    accountIds: string[],
    limit: number,
  ): Promise<Pick<PostRecord, 'id' | 'accountId' | 'segments'>[]>;
  /** The account's posts around an instant (planned and published, not cancelled), for the self-promotion ratio. */
  abstract neighbours(
    workspaceId: string,
    accountId: string,
    around: Date,
    each: number,
  ): Promise<Pick<PostRecord, 'id' | 'scheduledAt' | 'publishedAt' | 'tags' | 'segments'>[]>;
  /** The content of the most recently approved revision (approval valid or not), for the reviewer's diff. */
  abstract lastApprovedSegments(workspaceId: string, postId: string): Promise<PostSegment[] | null>;
  /** The authors of the post's revisions (everyone who wrote or changed its content), for separation of duties. */
  abstract contributors(workspaceId: string, postId: string): Promise<string[]>;
  /** The posts (any status) whose current segments use one of these media, one row per post and media. */
  abstract usingMedia(workspaceId: string, mediaIds: string[]): Promise<MediaUse[]>;
  /** Active holds of the workspace. */
  abstract activeHolds(workspaceId: string): Promise<{ scope: 'workspace' | 'brand' | 'account'; targetId: string }[]>;
}

export abstract class CharterRepository {
  abstract get(
    workspaceId: string,
    brandId: string,
  ): Promise<{ config: Record<string, unknown>; version: number } | null>;
  abstract put(
    workspaceId: string,
    brandId: string,
    config: Record<string, unknown>,
    version: number | null,
    at: Date,
  ): Promise<number | 'stale'>;
}

/** A post that uses a media (`PostRepository.usingMedia`). */
export interface MediaUse {
  mediaId: string;
  postId: string;
  accountId: string;
  status: PostStatus;
}

export interface MediaRecord {
  id: string;
  workspaceId: string;
  uploadedBy: string;
  mimeType: string;
  size: number;
  fileName: string | null;
  altText: string | null;
  /** SHA-256 (hex) of the bytes, computed at upload: part of the content hash of every post that uses the media. */
  sha256: string;
  createdAt: Date;
}

/** What `MediaRepository.append` answers: stored, refused by the quota, or the upload is no longer there. */
export type ChunkOutcome = 'ok' | 'quota' | 'gone';

/**
 * Media and their bytes. An upload is written chunk by chunk (`begin`, `append`…, then `complete` or `discard`),
 * so that no process ever holds a whole file; an upload in progress counts against the quota but is not found by
 * `findMany` (it cannot be attached to a post).
 */
export abstract class MediaRepository {
  /** Media ready to use (uploads in progress are not found). */
  abstract findMany(workspaceId: string, ids: string[]): Promise<MediaRecord[]>;
  /** The bytes of a ready media, one stored chunk at a time (a reader never holds the whole file). */
  abstract chunks(workspaceId: string, id: string): AsyncIterable<Buffer>;
  abstract setAltText(workspaceId: string, id: string, altText: string | null): Promise<MediaRecord | null>;
  /** Starts an upload (size 0, `uploading`); returns its id. */
  abstract begin(m: {
    workspaceId: string;
    uploadedBy: string;
    mimeType: string;
    fileName: string | null;
    createdAt: Date;
  }): Promise<string>;
  /**
   * Stores the upload's next chunk if the workspace's bytes (ready and uploading, this chunk included) stay within
   * `quotaBytes`. The check and the count are one step per workspace (serialized), so concurrent uploads never
   * overshoot the quota together.
   */
  abstract append(
    workspaceId: string,
    id: string,
    seq: number,
    chunk: Buffer,
    quotaBytes: number,
  ): Promise<ChunkOutcome>;
  /** Makes an upload usable; null if it is gone (discarded, or abandoned and removed). */
  abstract complete(
    workspaceId: string,
    id: string,
    f: { sha256: string; altText: string | null },
  ): Promise<MediaRecord | null>;
  /** Removes an upload in progress and its bytes. */
  abstract discard(workspaceId: string, id: string): Promise<void>;
  /** Removes the workspace's uploads started before `startedBefore` and never completed (their process died). */
  abstract removeAbandoned(workspaceId: string, startedBefore: Date): Promise<number>;
  /** Bytes the workspace stores, uploads in progress included. */
  abstract usage(workspaceId: string): Promise<number>;
  /**
   * Removes a ready media and its bytes unless a post uses it. Runs in the caller's transaction and locks the media
   * row, so a post that attaches it at the same time either commits first (→ `in_use`) or finds it gone.
   */
  abstract removeUnused(workspaceId: string, id: string): Promise<MediaRecord | 'in_use' | 'not_found'>;
}
