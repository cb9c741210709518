import { diffWords } from 'diff';

/** One run of text in a word diff: kept, inserted or deleted. */
export interface DiffPart {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

/** A segment of the thread compared with the same position in the last approved version. */
export interface SegmentDiff {
  /** 0-based position in the thread. */
  index: number;
  /** `added`: a new segment at the end of the thread; `removed`: a segment that no longer exists. */
  state: 'same' | 'changed' | 'added' | 'removed';
  parts: DiffPart[];
  /** Its images or their alt texts changed. */
  mediaChanged: boolean;
  /** Its poll was added, removed or changed. */
  pollChanged: boolean;
}

interface SegmentLike {
  text: string;
  media?: readonly { id: string; altText: string | null }[];
  poll?: { options: readonly string[]; durationMinutes?: number } | null;
}

const mediaKey = (s: SegmentLike | undefined): string =>
  JSON.stringify((s?.media ?? []).map((m) => [m.id, m.altText ?? '']));
const pollKey = (s: SegmentLike | undefined): string => JSON.stringify(s?.poll ?? null);

/**
 * Word-level differences between two texts (jsdiff's `diffWords`, which keeps French accents within words).
 * Changes of spacing alone are not marked: the kept runs show the current text's spacing.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWords(before, after)) {
    const kind: DiffPart['kind'] = change.added ? 'ins' : change.removed ? 'del' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else if (change.value) parts.push({ kind, text: change.value });
  }
  return parts;
}

/** Segment by segment, what changed between the last approved thread and the current one. */
export function segmentDiffs(before: readonly SegmentLike[], after: readonly SegmentLike[]): SegmentDiff[] {
  const out: SegmentDiff[] = [];
  for (let index = 0; index < Math.max(before.length, after.length); index++) {
    const was = before[index];
    const now = after[index];
    const mediaChanged = mediaKey(was) !== mediaKey(now);
    const pollChanged = pollKey(was) !== pollKey(now);
    if (!was) {
      out.push({ index, state: 'added', parts: [{ kind: 'ins', text: now!.text }], mediaChanged, pollChanged });
    } else if (!now) {
      out.push({ index, state: 'removed', parts: [{ kind: 'del', text: was.text }], mediaChanged, pollChanged });
    } else if (was.text === now.text) {
      const state = mediaChanged || pollChanged ? 'changed' : 'same';
      out.push({ index, state, parts: [{ kind: 'same', text: now.text }], mediaChanged, pollChanged });
    } else {
      out.push({ index, state: 'changed', parts: wordDiff(was.text, now.text), mediaChanged, pollChanged });
    }
  }
  return out;
}
