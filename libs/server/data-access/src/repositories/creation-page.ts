import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { PageRequest, PageResult } from '@xp/server/application';
import { keysetPage } from './paging';

/**
 * A keyset page of the rows of `qb` in creation order (`created_at`, then `id`, on the builder's alias), the order
 * of most lists.
 */
export function creationPage<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  qb: SelectQueryBuilder<T>,
  page: PageRequest,
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<PageResult<T>> {
  const a = qb.alias;
  return keysetPage(qb, page, [`${a}.created_at`, `${a}.id`], (t) => [t.createdAt, t.id], direction);
}
