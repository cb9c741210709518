import type { PostDto } from '@xp/shared';

/** What the composer's autosave says: nothing yet, saving, saved, refused as stale (someone else saved), failed. */
export type AutosaveState = 'idle' | 'saving' | 'saved' | 'conflict' | 'error';

/** The autosave runs this long after the last change. */
export const AUTOSAVE_DELAY_MS = 2000;

export interface AutosaveSituation {
  /** A save by hand is running. */
  saving: boolean;
  state: AutosaveState;
  /** Every segment has text or media. */
  canSave: boolean;
  /** A media is still uploading (it would be left out). */
  uploading: boolean;
  /** Accounts chosen (a post for several accounts is saved by hand, all at once). */
  accounts: number;
  /** The status of the post being edited; null for a new post. */
  status: PostDto['status'] | null;
}

/**
 * Why the draft is not autosaved now (null: it may be). Only drafts are autosaved: a post in review or scheduled
 * changes status when edited, which only saving by hand may do; after a conflict, only a reload or a save by hand.
 */
export function autosaveBlocked(s: AutosaveSituation): string | null {
  if (s.saving || s.state === 'saving') return 'busy';
  if (s.state === 'conflict') return 'conflict';
  if (s.accounts !== 1) return 'accounts';
  if (s.status !== null && s.status !== 'draft') return 'status';
  if (!s.canSave) return 'incomplete';
  if (s.uploading) return 'uploading';
  return null;
}
