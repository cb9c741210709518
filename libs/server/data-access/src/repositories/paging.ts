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
  const c = decodeCursor(page.cursor, 2);
  if (c && isUuid(String(c[1])) && !Number.isNaN(Date.parse(String(c[0])))) {
    qb.andWhere(`(${created}, ${id}) ${direction === 'ASC' ? '>' : '<'} (:cAt, :cId)`, {
      cAt: new Date(String(c[0])),
      cId: String(c[1]),
    });
  }
  const rows = await qb
    .orderBy(created, direction)
    .addOrderBy(id, direction)
    .limit(page.limit + 1)
    .getMany();
  return toPage(rows, page, key);
}
