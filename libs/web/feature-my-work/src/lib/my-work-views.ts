import type { BulkPostsRequest, PostDto, PostSearchQuery, PostStatusValue } from '@xp/shared';

/** The tabs of "my work". */
export const MY_WORK_TABS = ['drafts', 'undated', 'waiting', 'mine'] as const;
export type MyWorkTab = (typeof MY_WORK_TABS)[number];

/** The list query of a tab (`status` narrows "mine"); a search looks through every post the member may see. */
export function tabQuery(tab: MyWorkTab, status: PostStatusValue | '' = ''): Omit<PostSearchQuery, 'limit'> {
  switch (tab) {
    case 'drafts':
      return { author: 'me', status: ['draft', 'changes_requested'] };
    case 'undated':
      return { author: 'me', undated: true };
    case 'waiting':
      return { waitingOn: 'me' };
    case 'mine':
      return status ? { author: 'me', status: [status] } : { author: 'me' };
  }
}

/** What the bulk bar asks for (the page adds the selected posts). */
export type BulkChoice =
  | { action: 'reschedule'; shiftMinutes: number }
  | { action: 'reschedule'; scheduledAt: string }
  | { action: 'tag'; tags: string[] }
  | { action: 'submit' }
  | { action: 'cancel' };

/** The request of a bulk choice on these posts (each with the version the page shows). */
export function bulkRequest(choice: BulkChoice, posts: readonly Pick<PostDto, 'id' | 'version'>[]): BulkPostsRequest {
  return { ...choice, posts: posts.map((p) => ({ id: p.id, version: p.version })) } as BulkPostsRequest;
}

/**
 * The instant of a `datetime-local` value ("2026-07-01T09:30") read in the browser's own zone, as ISO-8601 UTC;
 * null when it is empty or not a date.
 */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The text a row shows: the first segment, cut at 140 characters. */
export function rowExcerpt(post: Pick<PostDto, 'segments'>): string {
  const text = post.segments[0]?.text.trim() ?? '';
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

/** The posts of `items` whose ids are selected, in the list's order. */
export function selectedPosts<T extends { id: string }>(items: readonly T[], selected: ReadonlySet<string>): T[] {
  return items.filter((p) => selected.has(p.id));
}

/** The rows after a bulk answer: each updated post replaces its old row (the others stay). */
export function mergeUpdated<T extends { id: string }>(items: readonly T[], updated: readonly T[]): T[] {
  const byId = new Map(updated.map((p) => [p.id, p]));
  return items.map((p) => byId.get(p.id) ?? p);
}
