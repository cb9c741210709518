import { Body, Query } from '@nestjs/common';
import { MyWorkService, type BulkInput, type BulkResult } from '@xp/server/application';
import * as wire from '@xp/shared';
import { Caller, WorkspaceController } from '../auth/auth.decorators';
import { BulkPostsDto, PostSearchQueryDto } from '../dto/my-work.dto';
import { ApiError, GetResult, PostResult } from '../http/api-response';
import { isoOrNull } from './mappers';
import { toPosts } from './post-mappers';

const dateOrNull = (v: string | null): Date | null => (v === null ? null : new Date(v));

/** A bulk request as the application takes it (instants as dates). */
function bulkInput(b: wire.BulkPostsRequest): BulkInput {
  switch (b.action) {
    case 'reschedule':
      return { ...b, scheduledAt: b.scheduledAt === undefined ? undefined : new Date(b.scheduledAt) };
    case 'restore':
      return {
        action: 'restore',
        posts: b.posts.map((p) => ({
          ...p,
          scheduledAt: dateOrNull(p.scheduledAt),
          publishBy: dateOrNull(p.publishBy),
        })),
      };
    default:
      return b;
  }
}

function toBulkResponse(r: BulkResult): wire.BulkPostsResponse {
  return {
    items: toPosts(r.items),
    undo: r.undo
      ? {
          action: 'restore',
          posts: r.undo.map((p) => ({
            id: p.id,
            version: p.version,
            scheduledAt: isoOrNull(p.scheduledAt),
            publishBy: isoOrNull(p.publishBy),
            tags: p.tags,
            status: p.status,
          })),
        }
      : null,
    undoNote: r.undoNote ? { code: r.undoNote, message: wire.formatBoth({ code: r.undoNote, params: {} }) } : null,
  };
}

/** "My work": the paged posts list (mine, undated, waiting on me, search). */
@WorkspaceController('posts', 'post-search')
export class PostSearchController {
  constructor(private readonly work: MyWorkService) {}

  /**
   * A page of posts, newest first (keyset `cursor`), every filter together: `author=me`, `status=a,b`,
   * `undated=true`, `waitingOn=me` (in review, mine to approve, not written nor approved by me), `q=` words of the
   * text or tags (accents and case ignored, prefixes). Only the accounts the member may see.
   */
  @GetResult('', wire.PostSearchPageSchema)
  async list(@Caller() { ws, actor }: Caller, @Query() q: PostSearchQueryDto): Promise<wire.PostSearchPage> {
    const page = await this.work.list(ws, actor, q);
    return { items: toPosts(page.items), nextCursor: page.nextCursor };
  }
}

/** Bulk actions on selected posts, with their undo. */
@WorkspaceController('posts', 'posts/bulk')
export class BulkPostsController {
  constructor(private readonly work: MyWorkService) {}

  /**
   * One action (`reschedule`, `cancel`, `tag`, `submit`, or `restore` to undo one) on several posts, in one
   * transaction, through the same rules as the single actions: each post's `version` is checked; the first refusal
   * leaves every post unchanged and answers `BULK_POST_REFUSED` naming the post (`params.position`, `params.postId`)
   * and the reason (`params.reason`, `params.reasonCode`), with the reason's status (404, 409, 422). The answer
   * carries `undo`, the body that puts the posts back (null after a submission, which cannot be undone).
   */
  @PostResult('', 200, wire.BulkPostsResponseSchema)
  @ApiError(409, 'BULK_POST_REFUSED (a post changed meanwhile, or its lifecycle refuses the action)')
  async bulk(@Caller() { ws, actor }: Caller, @Body() b: BulkPostsDto): Promise<wire.BulkPostsResponse> {
    return toBulkResponse(await this.work.bulk(ws, actor, bulkInput(b as unknown as wire.BulkPostsRequest)));
  }
}
