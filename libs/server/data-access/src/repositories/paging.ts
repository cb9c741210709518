import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor, isUuid, type PageRequest, type PageResult } from '@xp/server/application';

/**
 * Keyset pagination on (createdAt, id) ascending. Returns the SQL condition and parameters for the cursor
 * (columns given qualified, e.g. `m.created_at`, `m.user_id`).
 */
export function keyset(
  page: PageRequest,
  createdCol: string,
  idCol: string,
): { where: string; params: Record<string, unknown> } {
  const c = keysetCursor(page);
  if (!c) return { where: 'TRUE', params: {} };
  return { where: `(${createdCol}, ${idCol}) > (:cAt, :cId)`, params: { cAt: c.at, cId: c.id } };
}

/** The (created, id) a cursor holds; a cursor that does not hold a plausible date and a uuid is ignored, as no cursor. */
export function keysetCursor(page: PageRequest): { at: Date; id: string } | null {
  const c = decodeCursor(page.cursor, 2);
  if (!c || typeof c[0] !== 'string' || !isUuid(String(c[1]))) return null;
  const at = new Date(c[0]);
  // A JavaScript date can lie before PostgreSQL's earliest timestamp (4713 BC): only years 1 to 9999 are cursors.
  const year = at.getUTCFullYear();
  return Number.isNaN(year) || year < 1 || year > 9999 ? null : { at, id: String(c[1]) };
}

export function toPage<T>(rows: T[], page: PageRequest, key: (t: T) => [Date, string]): PageResult<T> {
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > page.limit && last ? encodeCursor([key(last)[0].toISOString(), key(last)[1]]) : null;
  return { items, nextCursor };
}

/**
 * One page of `qb` by keyset on (created, id), qualified columns: the cursor's condition (a cursor that does not
 * hold a date and a uuid is ignored), the order, and one row more than the page to know whether another follows.
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  page: PageRequest,
  cols: [created: string, id: string],
  key: (t: T) => [Date, string],
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<PageResult<T>> {
  const [created, id] = cols;
  const c = keysetCursor(page);
  if (c) qb.andWhere(`(${created}, ${id}) ${direction === 'ASC' ? '>' : '<'} (:cAt, :cId)`, { cAt: c.at, cId: c.id });
  const rows = await qb
    .orderBy(created, direction)
    .addOrderBy(id, direction)
    .limit(page.limit + 1)
    .getMany();
  return toPage(rows, page, key);
}
