/** The inbox's keyboard shortcuts: j/k next and previous conversation, e done, a assign to me, r reply. */
export type InboxKeyAction = 'next' | 'previous' | 'done' | 'assignToMe' | 'reply';

const KEYS: Record<string, InboxKeyAction> = { j: 'next', k: 'previous', e: 'done', a: 'assignToMe', r: 'reply' };

/** The shortcut a key press means, or null (typing in a field, or a key with a modifier, is never a shortcut). */
export function inboxKeyAction(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  target: unknown,
): InboxKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const el = target as { tagName?: string; isContentEditable?: boolean } | null;
  if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName ?? ''))) return null;
  return KEYS[e.key] ?? null;
}

/** The index `step` away from `current` in a list of `length` (clamped; -1 when the list is empty). */
export function moveIndex(current: number, step: number, length: number): number {
  if (length === 0) return -1;
  if (current < 0) return step > 0 ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, current + step));
}

/** Whether the first-response deadline has passed (at `now`). */
export const breached = (due: string | null, now: number): boolean => due !== null && Date.parse(due) <= now;
