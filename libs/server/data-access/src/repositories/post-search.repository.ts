import { Injectable } from '@nestjs/common';
import {
  PostSearchRepository,
  type PageRequest,
  type PageResult,
  type PostRecord,
  type PostSearchFilter,
} from '@xp/server/application';
import { prefixQuery } from '@xp/server/domain';
import { keysetCursor, toPage } from './paging';
import { fromRow, POST_COLUMNS, type PostRow } from './post.repositories';
import { TransactionHost } from './transaction-host';

/**
 * The paged posts list: plain SQL (the PostRecord columns of the calendar query), newest first by (created_at, id),
 * keyset cursor. The search matches `posts.search_vector` (migration PostSearch1796410000000: the text of every
 * segment and the tags, lower case and without accents, kept by a trigger) with a prefix `tsquery` whose words are
 * folded the same way (`xp_fold`), through the GIN index.
 */
@Injectable()
export class TypeormPostSearchRepository extends PostSearchRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  async search(workspaceId: string, f: PostSearchFilter, page: PageRequest): Promise<PageResult<PostRecord>> {
    const params: unknown[] = [workspaceId];
    const param = (v: unknown) => `$${params.push(v)}`;
    const where = ['p.workspace_id = $1'];
    if (f.accountIds) where.push(`p.account_id = ANY(${param(f.accountIds)}::uuid[])`);
    if (f.authorId) where.push(`p.author_id = ${param(f.authorId)}`);
    if (f.statuses?.length) where.push(`p.status = ANY(${param(f.statuses)}::text[])`);
    if (f.undated) where.push('p.scheduled_at IS NULL');
    if (f.waitingOn) {
      const me = param(f.waitingOn.userId);
      where.push(
        `p.status = 'in_review'`,
        `p.account_id = ANY(${param(f.waitingOn.accountIds)}::uuid[])`,
        `p.author_id <> ${me}`,
        `NOT EXISTS (SELECT 1 FROM post_revisions r WHERE r.post_id = p.id AND r.author_id = ${me})`,
        `NOT EXISTS (SELECT 1 FROM approvals ap WHERE ap.post_id = p.id AND ap.approver_id = ${me} AND ap.valid
           AND ap.content_hash = p.content_hash)`,
      );
    }
    if (f.terms?.length) where.push(`p.search_vector @@ to_tsquery('simple', xp_fold(${param(prefixQuery(f.terms))}))`);
    const c = keysetCursor(page);
    if (c) where.push(`(p.created_at, p.id) < (${param(c.at)}, ${param(c.id)})`);
    const rows: PostRow[] = await this.tx.manager.query(
      `SELECT ${POST_COLUMNS} FROM posts p WHERE ${where.join(' AND ')}
        ORDER BY p.created_at DESC, p.id DESC LIMIT ${param(page.limit + 1)}`,
      params,
    );
    return toPage(rows.map(fromRow), page, (p) => [p.createdAt, p.id]);
  }
}
