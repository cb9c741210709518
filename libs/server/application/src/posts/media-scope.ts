import { coversAccount } from '@xp/server/domain';
import type { MediaUse, PostRepository } from './post.ports';

// Account scopes applied to media. A media belongs to no account by itself (it is uploaded to the workspace); it
// becomes part of an account's content when a post of that account uses it. A member limited to some accounts
// (`accountIds`) therefore neither sees, changes nor attaches a media that a post of another account uses: such a
// media answers like an unknown one (404 MEDIA_NOT_FOUND, or "unknown media" when attached). A media no post uses yet
// is visible to every member who may write posts.

/** Whether a member with this account scope (null: every account) may see a media with these uses. */
export function mediaVisible(scope: readonly string[] | null, uses: readonly Pick<MediaUse, 'accountId'>[]): boolean {
  return uses.every((u) => coversAccount(scope, u.accountId));
}

/** The media among `ids` that a member with this account scope may not see (empty without a scope). */
export async function hiddenMedia(
  posts: PostRepository,
  workspaceId: string,
  scope: readonly string[] | null,
  ids: readonly string[],
): Promise<Set<string>> {
  if (scope === null || !ids.length) return new Set();
  const uses = await posts.usingMedia(workspaceId, [...new Set(ids)]);
  return new Set(uses.filter((u) => !coversAccount(scope, u.accountId)).map((u) => u.mediaId));
}
