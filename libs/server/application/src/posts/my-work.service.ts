import { Injectable } from '@nestjs/common';
import { can, isMessageCode, msg, normalizeTags, type MessageParam, type PostStatusValue } from '@xp/shared';
import {
  catalogueError,
  coversAccount,
  DomainError,
  duplicateId,
  restoreNeedsReopen,
  searchTerms,
  shiftedTime,
  staleVersion,
  undoable,
  undoLimit,
} from '@xp/server/domain';
import { AccountRepository } from '../accounts/account.ports';
import { AccessService, type Actor } from '../identity/access.service';
import { UnitOfWork, type PageResult } from '../ports';
import { calendarScope } from './calendar-range';
import { postNotFound, type PostView } from './post-content';
import { PostService } from './post.service';
import { PostRepository, type PostRecord } from './post.ports';
import { lightView } from './post-views';
import { PostSearchRepository } from './my-work.ports';

export const POST_SEARCH_DEFAULT_LIMIT = 50;

/** The filters of `GET …/post-search` as the service takes them. */
export interface PostSearchInput {
  author?: 'me';
  status?: PostStatusValue[];
  undated?: boolean;
  waitingOn?: 'me';
  q?: string;
  accountId?: string;
  limit?: number;
  cursor?: string;
}

interface Target {
  id: string;
  version: number;
}
/** What an undo puts back on one post. */
export interface RestoreInput extends Target {
  scheduledAt: Date | null;
  publishBy: Date | null;
  tags: string[];
  status: PostStatusValue;
}
export type BulkInput =
  | { action: 'reschedule'; posts: Target[]; shiftMinutes?: number; scheduledAt?: Date }
  | { action: 'cancel'; posts: Target[]; reason?: string }
  | { action: 'tag'; posts: Target[]; tags: string[] }
  | { action: 'submit'; posts: Target[] }
  | { action: 'restore'; posts: RestoreInput[] };

export interface BulkResult {
  /** The posts after the action, in the order of the request. */
  items: PostView[];
  /** What undoes it (a `restore`), or null when it cannot be undone. */
  undo: RestoreInput[] | null;
  /** What the undo cannot put back (a catalogue code), or null. */
  undoNote: 'BULK_UNDO_SUBMIT' | 'BULK_UNDO_CANCEL_AS_DRAFT' | null;
}

/**
 * "My work": the paged posts list (mine, undated, waiting on me, full-text search) and bulk actions. A bulk action
 * runs in one transaction through PostService's own rules (one post at a time, each locked and its version
 * checked); the first refusal rolls everything back and says which post and why.
 */
@Injectable()
export class MyWorkService {
  constructor(
    private readonly posts: PostService,
    private readonly repo: PostRepository,
    private readonly search: PostSearchRepository,
    private readonly accounts: AccountRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
  ) {}

  async list(workspaceId: string, actor: Actor, q: PostSearchInput): Promise<PageResult<PostView>> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const scope = calendarScope(m.accountIds, q.accountId);
    if (scope === 'none') return { items: [], nextCursor: null };
    const accounts = new Map((await this.accounts.list(workspaceId, null)).map((a) => [a.id, a]));
    let waitingOn: { userId: string; accountIds: string[] } | undefined;
    if (q.waitingOn) {
      // The accounts whose policy lets this member's role approve (and that need an approval at all).
      const approvable = [...accounts.values()].filter(
        (a) =>
          coversAccount(scope, a.id) &&
          can(m.role, 'posts.approve') &&
          a.approvalPolicy.requiredApprovals > 0 &&
          (a.approvalPolicy.approverRoles as readonly string[]).includes(m.role),
      );
      waitingOn = { userId: actor.userId, accountIds: approvable.map((a) => a.id) };
    }
    const terms = searchTerms(q.q);
    const page = await this.search.search(
      workspaceId,
      {
        accountIds: scope,
        ...(q.author ? { authorId: actor.userId } : {}),
        ...(q.status?.length ? { statuses: q.status } : {}),
        ...(q.undated ? { undated: true } : {}),
        ...(waitingOn ? { waitingOn } : {}),
        ...(terms.length ? { terms } : {}),
      },
      { limit: q.limit ?? POST_SEARCH_DEFAULT_LIMIT, cursor: q.cursor },
    );
    const holds = page.items.length ? await this.repo.activeHolds(workspaceId) : [];
    return {
      items: page.items.map((p) => lightView(p, accounts.get(p.accountId), holds)),
      nextCursor: page.nextCursor,
    };
  }

  /** One action on several posts, all or nothing. */
  async bulk(workspaceId: string, actor: Actor, input: BulkInput): Promise<BulkResult> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    const twice = duplicateId(input.posts.map((p) => p.id));
    if (twice)
      throw catalogueError('invalid', 'BULK_DUPLICATE_POST', { postId: twice }, [{ field: 'posts', message: twice }]);
    return this.uow.run(async () => {
      const count = input.posts.length;
      // Lock every post first, in id order (a stable lock order between concurrent bulk actions), checking each.
      const before = new Map<string, PostRecord>();
      const order = input.posts.map((p, i) => ({ p, i })).sort((a, b) => (a.p.id < b.p.id ? -1 : 1));
      for (const { p, i } of order) {
        await refusedAs(i, count, p.id, async () => {
          const post = await this.repo.findForUpdate(workspaceId, p.id);
          if (!post || !coversAccount(m.accountIds, post.accountId)) throw postNotFound();
          if (post.version !== p.version) throw staleVersion();
          before.set(p.id, post);
        });
      }
      const items: PostView[] = [];
      for (const [i, p] of input.posts.entries()) {
        const post = before.get(p.id)!;
        items.push(await refusedAs(i, count, p.id, () => this.apply(workspaceId, actor, input, post, i)));
      }
      const previous = input.posts.map((p) => before.get(p.id)!);
      return {
        items,
        undo: undoable(input.action)
          ? previous.map((b, i) => ({
              id: b.id,
              version: items[i]!.post.version,
              scheduledAt: b.scheduledAt,
              publishBy: b.publishBy,
              tags: b.tags,
              status: b.status,
            }))
          : null,
        undoNote: undoLimit(
          input.action,
          previous.map((b) => b.status),
        ),
      };
    });
  }

  private async apply(ws: string, actor: Actor, input: BulkInput, post: PostRecord, i: number): Promise<PostView> {
    switch (input.action) {
      case 'reschedule': {
        const { scheduledAt, publishBy } = this.newTimes(input, post);
        return this.posts.update(ws, actor, post.id, { scheduledAt, publishBy }, post.version);
      }
      case 'cancel':
        return this.posts.cancel(ws, actor, post.id, input.reason);
      case 'tag':
        return this.posts.update(
          ws,
          actor,
          post.id,
          { tags: [...post.tags, ...normalizeTags(input.tags)] },
          post.version,
        );
      case 'submit':
        return this.posts.submit(ws, actor, post.id);
      case 'restore': {
        const target = input.posts[i]!;
        let version = post.version;
        // A cancelled post comes back through the lifecycle's reopen (as a draft); any other status follows from
        // the restored time, by the same rules as an edit.
        if (restoreNeedsReopen(post.status, target.status)) {
          version = (await this.posts.reopen(ws, actor, post.id)).post.version;
        }
        const { scheduledAt, publishBy, tags } = target;
        return this.posts.update(ws, actor, post.id, { scheduledAt, publishBy, tags }, version);
      }
    }
  }

  /** The new times of a rescheduled post: shifted (its deadline with it) or set (its deadline kept). */
  private newTimes(
    input: Extract<BulkInput, { action: 'reschedule' }>,
    post: PostRecord,
  ): { scheduledAt: Date; publishBy: Date | null } {
    if (input.scheduledAt) return { scheduledAt: input.scheduledAt, publishBy: post.publishBy };
    const minutes = input.shiftMinutes ?? 0;
    const scheduledAt = shiftedTime(post.scheduledAt, minutes);
    if (scheduledAt === 'undated') throw catalogueError('invalid', 'BULK_SHIFT_UNDATED');
    const publishBy = shiftedTime(post.publishBy, minutes);
    return { scheduledAt, publishBy: publishBy === 'undated' ? null : publishBy };
  }
}

/**
 * Runs one post's step; a refusal becomes BULK_POST_REFUSED naming the post (its position and id) and the reason
 * (the original code and message), with the original kind (so the HTTP status: 404, 409, 422, 400).
 */
async function refusedAs<T>(i: number, count: number, postId: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const reason: MessageParam = isMessageCode(e.code) ? msg(e.code, e.params ?? {}) : { fr: e.message, en: e.message };
    const params = { position: i + 1, count, postId, reason, reasonCode: e.code };
    const refused = catalogueError(e.kind, 'BULK_POST_REFUSED', params, [
      { field: `posts.${i}`, message: `${postId}: ${e.message}` },
      ...(e.details ?? []).map((d) => ({ ...d, field: `posts.${i}${d.field ? `.${d.field}` : ''}` })),
    ]);
    throw refused;
  }
}
