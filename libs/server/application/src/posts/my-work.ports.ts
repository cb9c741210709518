import type { PostStatus } from '@xp/server/domain';
import type { PageRequest, PageResult } from '../ports';
import type { PostRecord } from './post.ports';

/** The filters of the paged posts list (all together); see PostSearchRepository. */
export interface PostSearchFilter {
  /** The member's account scope (null: every account), already narrowed by an `accountId` filter. */
  accountIds: string[] | null;
  authorId?: string;
  statuses?: PostStatus[];
  /** Only posts without a publication date. */
  undated?: boolean;
  /** Posts in review on these accounts that this user did not write (nor revise) and has not approved yet. */
  waitingOn?: { userId: string; accountIds: string[] };
  /** Words (folded: lower case, no accents), each matched as a prefix of a word of the text or tags. */
  terms?: string[];
}

/** The paged posts list of "my work" and of the search: newest first (created, then id), keyset cursor. */
export abstract class PostSearchRepository {
  abstract search(workspaceId: string, filter: PostSearchFilter, page: PageRequest): Promise<PageResult<PostRecord>>;
}
