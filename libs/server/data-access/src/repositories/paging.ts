import { decodeCursor, encodeCursor, type PageRequest, type PageResult } from '@xp/server/application';

/**
 * Keyset pagination on (createdAt, id) ascending. Returns the SQL condition and parameters for the cursor
 * (columns given qualified, e.g. `m.created_at`, `m.user_id`).
 */
export function keyset(
  page: PageRequest,
  createdCol: string,
  idCol: string,
): { where: string; params: Record<string, unknown> } {
  const c = decodeCursor(page.cursor, 2);
  if (!c) return { where: 'TRUE', params: {} };
  return { where: `(${createdCol}, ${idCol}) > (:cAt, :cId)`, params: { cAt: new Date(c[0] as string), cId: c[1] } };
}

export function toPage<T>(rows: T[], page: PageRequest, key: (t: T) => [Date, string]): PageResult<T> {
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > page.limit && last ? encodeCursor([key(last)[0].toISOString(), key(last)[1]]) : null;
  return { items, nextCursor };
}
