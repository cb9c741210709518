import type {
  AuditEventRecord,
  CalendarItemRecord,
  CommentRecord,
  MediaRecord,
  PostView,
} from '@xp/server/application';
import type { Charter, Finding } from '@xp/server/domain';
import {
  excerpt,
  formatBoth,
  type CalendarPostDto,
  type CharterResponse,
  type CommentDto,
  type FindingDto,
  type HistoryEntryDto,
  type MediaDto,
  type Page,
  type PostDto,
} from '@xp/shared';
import { iso, isoOrNull } from './mappers';

// Application records -> the shared wire types of posts, media and charters (explicit, field by field).

/** A list answered in one page (the one envelope of every list). */
export const onePage = <T>(items: T[]): Page<T> => ({ items, nextCursor: null });

export const toFinding = (f: Finding): FindingDto => ({
  rule: f.rule,
  severity: f.severity,
  span: f.span,
  code: f.code,
  params: f.params,
  message: formatBoth(f),
  ...(f.term ? { term: f.term } : {}),
  ...(f.category ? { category: f.category } : {}),
  ...(f.hint ? { hint: { code: f.hint.code, params: f.hint.params ?? {}, message: formatBoth(f.hint) } } : {}),
});

/** A segment's media on the wire: id and alt text (the bytes' hash stays inside, in the content hash). */
const wireMedia = (media: readonly { id: string; altText: string | null }[]) =>
  media.map((m) => ({ id: m.id, altText: m.altText }));

export function toPost(v: PostView, handle?: string): PostDto {
  const p = v.post;
  return {
    id: p.id,
    accountId: p.accountId,
    authorId: p.authorId,
    status: p.status,
    held: v.held,
    kind: p.kind,
    segments: v.segments.map((s) => ({ ...s, media: wireMedia(s.media) })),
    tags: p.tags,
    scheduledAt: isoOrNull(p.scheduledAt),
    publishBy: isoOrNull(p.publishBy),
    contentHash: p.contentHash,
    approvals: v.approvals.map((a) => ({
      approverId: a.approverId,
      role: a.role,
      contentHash: a.contentHash,
      at: iso(a.at),
      current: a.current,
    })),
    approvalsRequired: v.approvalsRequired,
    findings: v.findings.map(toFinding),
    lastApprovedSegments:
      v.lastApprovedSegments?.map((s) => ({ text: s.text, media: wireMedia(s.media), poll: s.poll })) ?? null,
    charterOverride: p.charterOverride
      ? { actorId: p.charterOverride.actorId, reason: p.charterOverride.reason, at: p.charterOverride.at }
      : null,
    inReplyToTweetId: p.inReplyToTweetId ?? null,
    tweetIds: p.tweetIds,
    tweetUrls: p.tweetIds.map((id) => `https://x.com/${handle ?? 'i/web'}/status/${id}`),
    publishedAt: isoOrNull(p.publishedAt),
    statusReason: p.statusReason,
    version: p.version,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  };
}

/** For `.map`: one post without its account handle. */
export const toPosts = (views: PostView[]): PostDto[] => views.map((v) => toPost(v));

export function toCalendarPost(p: CalendarItemRecord, held: boolean): CalendarPostDto {
  return {
    id: p.id,
    accountId: p.accountId,
    status: p.status,
    held,
    kind: p.kind,
    tags: p.tags,
    scheduledAt: p.scheduledAt,
    publishBy: p.publishBy,
    publishedAt: p.publishedAt,
    excerpt: excerpt(p.firstText),
    segmentCount: p.segmentCount,
    version: p.version,
  };
}

export const toComment = (c: CommentRecord): CommentDto => ({
  id: c.id,
  authorId: c.authorId,
  parentId: c.parentId,
  body: c.body,
  mentions: c.mentions,
  createdAt: iso(c.createdAt),
});

export const toHistoryEntry = (e: AuditEventRecord): HistoryEntryDto => ({
  at: iso(e.createdAt),
  actorId: e.actorId,
  action: e.action,
  data: e.data,
});

export const toMedia = (m: MediaRecord): MediaDto => ({
  id: m.id,
  mimeType: m.mimeType,
  size: m.size,
  sha256: m.sha256,
  altText: m.altText,
  createdAt: iso(m.createdAt),
});

export const toCharter = (r: { charter: Charter; version: number | null }): CharterResponse => ({
  charter: { ...r.charter },
  version: r.version,
});
