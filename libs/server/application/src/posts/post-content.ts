import {
  LONG_POST_MAX_WEIGHTED_LENGTH,
  isPostHeld,
  parseTweetText,
  TWEET_MAX_WEIGHTED_LENGTH,
  type HoldCoverage,
} from '@xp/shared';
import {
  catalogueError,
  DomainError,
  type Approval,
  type Finding,
  type PostKind,
  type PostStatus,
} from '@xp/server/domain';
import type { AccountRecord } from '../accounts/account.ports';
import { isUuid } from '../identity/access.service';
import type { MembershipRepository } from '../ports';
import type { MediaRepository, PostRecord, PostSegment } from './post.ports';

// What a post's content and time must satisfy before the lifecycle sees it, and how segments are measured.

export interface SegmentInput {
  text: string;
  mediaIds?: string[];
  poll?: { options: string[]; durationMinutes: number } | null;
}
export interface PostInput {
  accountId: string;
  segments: SegmentInput[];
  scheduledAt?: Date | null;
  publishBy?: Date | null;
  tags?: string[];
  kind?: PostKind;
  /** A reply (kind `reply`, written from the inbox only): the tweet its first segment answers. */
  inReplyToTweetId?: string;
}

/** A reply answers a tweet: only the inbox writes one (it checks X's reply rule first). */
export function checkKind(input: Pick<PostInput, 'kind' | 'inReplyToTweetId'>): PostKind {
  if ((input.kind === 'reply') !== !!input.inReplyToTweetId)
    throw new DomainError('invalid', 'VALIDATION_FAILED', 'A reply is written from the inbox, on a conversation', [
      { field: 'kind', message: 'reply: answer a conversation of the inbox' },
    ]);
  return input.kind ?? 'standard';
}

/** The checks of a new post's input that need no data: its times and its kind. */
export function checkInput(input: PostInput): void {
  checkTimes(input.scheduledAt ?? null, input.publishBy ?? null);
  checkKind(input);
}
export interface SegmentView extends PostSegment {
  weightedLength: number;
  maxWeightedLength: number;
  valid: boolean;
}
export interface PostView {
  post: PostRecord;
  segments: SegmentView[];
  held: boolean;
  approvals: (Approval & { current: boolean })[];
  approvalsRequired: number;
  findings: Finding[];
  /** What was last approved, when the current content differs from it (the reviewer's diff). */
  lastApprovedSegments: PostSegment[] | null;
}

/** The calendar range query's filters. */
export interface CalendarQuery {
  from?: Date;
  to?: Date;
  accountId?: string;
  brandId?: string;
  status?: PostStatus[];
  tag?: string;
  limit?: number;
}

const MAX_SEGMENTS = 25;

export const postNotFound = () => catalogueError('not_found', 'POST_NOT_FOUND');

/** A deadline needs a date, and comes after it. */
export function checkTimes(scheduledAt: Date | null, publishBy: Date | null): void {
  if (publishBy && !scheduledAt) {
    throw catalogueError('invalid', 'PUBLISH_BY_WITHOUT_DATE', {}, [
      { field: 'publishBy', message: 'needs scheduledAt' },
    ]);
  }
  if (publishBy && scheduledAt && publishBy.getTime() <= scheduledAt.getTime()) {
    throw catalogueError('invalid', 'INVALID_WINDOW', {}, [
      { field: 'publishBy', message: 'must be after scheduledAt' },
    ]);
  }
}

/**
 * Validates segments (count, length for the account, media, polls) and resolves each media's alt text and bytes'
 * hash (both part of the content hash). Media in `hidden` (outside the member's account scope) are unknown.
 */
export async function validSegments(
  media: MediaRepository,
  workspaceId: string,
  input: SegmentInput[],
  enforceLength: boolean,
  account?: AccountRecord,
  hidden: ReadonlySet<string> = new Set(),
): Promise<PostSegment[]> {
  if (input.length < 1 || input.length > MAX_SEGMENTS) {
    throw new DomainError('invalid', 'BAD_SEGMENTS', `A post has 1 to ${MAX_SEGMENTS} segments`, [
      { field: 'segments', message: `1 to ${MAX_SEGMENTS} segments` },
    ]);
  }
  const ids = [...new Set(input.flatMap((s) => s.mediaIds ?? []))];
  const found = ids.length
    ? await media.findMany(
        workspaceId,
        ids.filter((id) => isUuid(id) && !hidden.has(id)),
      )
    : [];
  const byId = new Map(found.map((m) => [m.id, m]));
  const details: { field: string; message: string }[] = [];
  const out = input.map((s, i): PostSegment => {
    const attached = (s.mediaIds ?? []).map((id) => {
      const m = byId.get(id);
      if (!m) details.push({ field: `segments.${i}.mediaIds`, message: `unknown media ${id}` });
      return { id, sha256: m?.sha256 ?? null, altText: m?.altText ?? null };
    });
    if (attached.length > 4) details.push({ field: `segments.${i}.mediaIds`, message: 'at most 4 media per segment' });
    if (s.poll && attached.length)
      details.push({ field: `segments.${i}.poll`, message: 'a segment has either media or a poll, not both' });
    if (!s.text.trim() && !attached.length)
      details.push({ field: `segments.${i}.text`, message: 'text is required unless media are attached' });
    return { text: s.text, media: attached, poll: s.poll ?? null };
  });
  if (details.length) throw new DomainError('invalid', 'BAD_SEGMENTS', details[0]!.message, details);
  if (enforceLength && account) {
    const max = maxLength(account);
    const tooLong = out
      .map((s, i) => ({ i, len: parseTweetText(s.text, { maxWeightedLength: max }).weightedLength }))
      .filter((x) => x.len > max)
      .map((x) => ({ field: `segments.${x.i}.text`, message: `${x.len} weighted characters; at most ${max}` }));
    if (tooLong.length) throw catalogueError('invalid', 'POST_TOO_LONG', { handle: account.handle, max }, tooLong);
  }
  return out;
}

/** Each segment with its weighted length against the account's limit. */
export function measure(segments: PostSegment[], account: AccountRecord | undefined): SegmentView[] {
  const max = account ? maxLength(account) : TWEET_MAX_WEIGHTED_LENGTH;
  const measured = measuredFor(max);
  return segments.map((s) => {
    const p = measured(s.text);
    return {
      text: s.text,
      media: s.media,
      poll: s.poll,
      weightedLength: p.weightedLength,
      maxWeightedLength: max,
      valid: p.valid || (s.text === '' && s.media.length > 0),
    };
  });
}

/**
 * twitter-text's weighted length of texts for a limit, remembered: parsing costs tens of microseconds, and a
 * calendar month re-measures tens of thousands of segments that rarely change. Bounded (oldest entries go first).
 */
const MEASURED = new Map<number, Map<string, { weightedLength: number; valid: boolean }>>();
const MEASURED_MAX = 100_000;
function measuredFor(max: number): (text: string) => { weightedLength: number; valid: boolean } {
  let byText = MEASURED.get(max);
  if (!byText) MEASURED.set(max, (byText = new Map()));
  const memo = byText;
  return (text) => {
    let m = memo.get(text);
    if (!m) {
      const p = parseTweetText(text, { maxWeightedLength: max });
      m = { weightedLength: p.weightedLength, valid: p.valid };
      if (memo.size >= MEASURED_MAX) {
        let drop = MEASURED_MAX / 10;
        for (const k of memo.keys()) {
          memo.delete(k);
          if (--drop <= 0) break;
        }
      }
      memo.set(text, m);
    }
    return m;
  };
}

function maxLength(account: AccountRecord): number {
  return account.longPosts ? LONG_POST_MAX_WEIGHTED_LENGTH : TWEET_MAX_WEIGHTED_LENGTH;
}

/** Whether one of the workspace's active holds stops a post of the account in this status. */
export function isHeld(holds: readonly HoldCoverage[], account: AccountRecord, status: string): boolean {
  return isPostHeld(holds, {
    workspaceId: account.workspaceId,
    brandId: account.brandId,
    accountId: account.id,
    status,
  });
}

export function sameTime(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}

/** The members a comment mentions (`@name` or the local part of their e-mail). */
export async function mentionedMembers(
  memberships: MembershipRepository,
  workspaceId: string,
  body: string,
): Promise<string[]> {
  const handles = [...body.matchAll(/@([\p{L}\p{N}._-]+)/gu)].map((m) => m[1]!.toLowerCase());
  if (!handles.length) return [];
  const members = await memberships.list(workspaceId, { limit: 500 });
  return members.items
    .filter((m) =>
      handles.some(
        (h) => m.email.toLowerCase().startsWith(`${h}@`) || m.displayName.toLowerCase().replace(/\s+/g, '') === h,
      ),
    )
    .map((m) => m.userId);
}
