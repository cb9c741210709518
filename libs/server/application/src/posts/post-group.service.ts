import { Injectable } from '@nestjs/common';
import { DomainError } from '@xp/server/domain';
import type { Actor } from '../identity/access.service';
import { UnitOfWork } from '../ports';
import { PostService, type PostInput, type PostView } from './post.service';

/** The most posts one group may hold (one per account of a multi-account post). */
export const POST_GROUP_MAX = 20;

/**
 * The multi-account post: one post per item (each its own account and text), created and optionally submitted in
 * ONE transaction. Every write of the items (posts, revisions, audit events, notification rows, webhook deliveries
 * and the scheduler's NOTIFY, which PostgreSQL delivers at commit) joins it, so a refusal or a failure of any item
 * leaves nothing behind.
 */
@Injectable()
export class PostGroupService {
  constructor(
    private readonly posts: PostService,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * Creates the posts in order (and submits each when asked: in review, or scheduled when its account needs no
   * approval, exactly as a single submit). The answer is in the order of `inputs`. An item's invalid field is
   * reported as `posts.<index>.<field>`.
   */
  create(workspaceId: string, actor: Actor, inputs: PostInput[], submit: boolean): Promise<PostView[]> {
    if (inputs.length < 1 || inputs.length > POST_GROUP_MAX)
      throw new DomainError('invalid', 'VALIDATION_FAILED', `A post group holds 1 to ${POST_GROUP_MAX} posts`, [
        { field: 'posts', message: `1 to ${POST_GROUP_MAX} posts` },
      ]);
    return this.uow.run(async () => {
      const views: PostView[] = [];
      for (const [index, input] of inputs.entries()) {
        try {
          const created = await this.posts.create(workspaceId, actor, input);
          views.push(submit ? await this.posts.submit(workspaceId, actor, created.post.id) : created);
        } catch (e) {
          throw itemError(e, index);
        }
      }
      return views;
    });
  }
}

/** Points an item's invalid fields at the item (`segments.0.text` -> `posts.2.segments.0.text`). */
function itemError(e: unknown, index: number): unknown {
  if (!(e instanceof DomainError) || e.kind !== 'invalid') return e;
  const details = (e.details ?? [{ message: e.message }]).map((d) => ({
    ...d,
    field: d.field ? `posts.${index}.${d.field}` : `posts.${index}`,
  }));
  return new DomainError(e.kind, e.code, e.message, details);
}
