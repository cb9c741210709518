import { parseTweetText, splitIntoThread } from '@xp/shared';
import type { PostDto, SegmentInput } from '@xp/shared';

export interface MediaItem {
  key: number;
  id: string | null;
  name: string;
  previewUrl: string | null;
  /** A video file (its preview is a poster with a play sign). */
  video: boolean;
  altText: string;
  uploading: boolean;
  error: string | null;
}
export interface PollDraft {
  options: string[];
  durationMinutes: number;
}
export interface SegmentDraft {
  key: number;
  text: string;
  media: MediaItem[];
  poll: PollDraft | null;
}

export const LONG_LIMIT = 25_000;
export const SHORT_LIMIT = 280;
export const MAX_MEDIA = 4;
export const MAX_SEGMENTS = 25;
export const POLL_DURATIONS = [60, 360, 1440, 4320, 10080];
/** The tab showing the text shared by every account without a variant of its own. */
export const SHARED_TAB = 'shared';

let keySeq = 0;
export const nextKey = (): number => ++keySeq;
export const emptySegment = (): SegmentDraft => ({ key: nextKey(), text: '', media: [], poll: null });
export const cloneSegments = (list: SegmentDraft[]): SegmentDraft[] =>
  list.map((s) => ({
    ...s,
    key: nextKey(),
    media: s.media.map((m) => ({ ...m, key: nextKey() })),
    poll: s.poll ? { ...s.poll, options: [...s.poll.options] } : null,
  }));

/**
 * The segments of a saved post, as the composer edits them: each saved media previewed from `mediaUrl` (the API's
 * address of its bytes), never labelled with its internal id ("#1", "#2"… in the segment).
 */
export function draftSegments(post: PostDto, mediaUrl: (id: string) => string): SegmentDraft[] {
  return post.segments.map((s) => ({
    key: nextKey(),
    text: s.text,
    media: s.media.map((m, j) => ({
      key: nextKey(),
      id: m.id,
      name: `#${j + 1}`,
      previewUrl: mediaUrl(m.id),
      video: false,
      altText: m.altText ?? '',
      uploading: false,
      error: null,
    })),
    poll: s.poll ? { options: [...s.poll.options], durationMinutes: s.poll.durationMinutes } : null,
  }));
}

/** What the API receives for one segment (uploaded media only, blank poll options dropped). */
export function toSegmentInput(s: SegmentDraft): SegmentInput {
  const mediaIds = s.media.map((m) => m.id).filter((id): id is string => !!id);
  const out: SegmentInput = { text: s.text };
  if (mediaIds.length) out.mediaIds = mediaIds;
  if (s.poll)
    out.poll = {
      options: s.poll.options.map((o) => o.trim()).filter(Boolean),
      durationMinutes: s.poll.durationMinutes,
    };
  return out;
}

/** A text cut where X's limit is reached: the part that fits and the part past the limit ("" when it all fits). */
export function textPastLimit(text: string, limit: number): { within: string; over: string } {
  const end = parseTweetText(text, { maxWeightedLength: limit }).validEnd;
  return { within: text.slice(0, end), over: text.slice(end) };
}

/**
 * "Split into a thread": a segment over the limit becomes several, cut between paragraphs, sentences or words, each
 * within the limit. The first keeps the segment's media and poll; a segment within the limit stays as it is.
 */
export function splitSegment(segment: SegmentDraft, limit: number): SegmentDraft[] {
  if (parseTweetText(segment.text, { maxWeightedLength: limit }).remaining >= 0) return [segment];
  const [first = '', ...rest] = splitIntoThread(segment.text, limit);
  return [{ ...segment, text: first }, ...rest.map((text) => ({ ...emptySegment(), text }))];
}
