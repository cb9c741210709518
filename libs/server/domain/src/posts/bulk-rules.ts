import type { PostStatus } from './post-lifecycle';

// Pure rules of "my work": the words of a full-text search, and what a bulk action does and how it is undone.

/** At most this many words of a search are used (the others are ignored). */
export const SEARCH_MAX_TERMS = 8;

/**
 * The words of a search as the posts' search index holds them: split on anything that is not a letter or a digit,
 * lower case, accents removed ("Été" → "ete"), duplicates dropped, at most SEARCH_MAX_TERMS. Only letters and
 * digits remain, so each is safe inside a `tsquery`. Empty when the search holds no word.
 */
export function searchTerms(q: string | undefined | null): string[] {
  if (!q) return [];
  const words = q
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.slice(0, 50));
  return [...new Set(words)].slice(0, SEARCH_MAX_TERMS);
}

/** The `tsquery` text of the terms: every word, each as a prefix ("ete" finds "été" and "étés"). */
export function prefixQuery(terms: readonly string[]): string {
  return terms.map((t) => `${t}:*`).join(' & ');
}

/** A post's time moved by `minutes`; 'undated' when it has none (a shift needs a date to start from). */
export function shiftedTime(at: Date | null, minutes: number): Date | 'undated' {
  return at ? new Date(at.getTime() + minutes * 60_000) : 'undated';
}

/**
 * Whether restoring a post to `before` first needs the lifecycle's reopen: only a cancelled post goes back (and it
 * comes back as a draft, whatever it was before). Any other status follows from its restored time (moving a post
 * keeps its approvals) and is never forced.
 */
export function restoreNeedsReopen(current: PostStatus, before: PostStatus): boolean {
  return current === 'cancelled' && before !== 'cancelled';
}

/**
 * What an undo cannot put back, as a catalogue code (null when it puts everything back): a submission cannot be
 * withdrawn (no lifecycle transition does it), and a cancelled post that was not a draft comes back as a draft.
 */
export function undoLimit(
  action: 'reschedule' | 'cancel' | 'tag' | 'submit' | 'restore',
  before: readonly PostStatus[],
): 'BULK_UNDO_SUBMIT' | 'BULK_UNDO_CANCEL_AS_DRAFT' | null {
  if (action === 'submit') return 'BULK_UNDO_SUBMIT';
  if (action === 'cancel' && before.some((s) => s !== 'draft')) return 'BULK_UNDO_CANCEL_AS_DRAFT';
  return null;
}

/** Whether the action can be undone at all (a restore is not itself undone; a submission cannot be). */
export function undoable(action: 'reschedule' | 'cancel' | 'tag' | 'submit' | 'restore'): boolean {
  return action !== 'submit' && action !== 'restore';
}

/** The first id that appears twice in a selection, if any. */
export function duplicateId(ids: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    const k = id.toLowerCase();
    if (seen.has(k)) return id;
    seen.add(k);
  }
  return null;
}
