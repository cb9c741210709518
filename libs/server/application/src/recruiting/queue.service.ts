import { Injectable } from '@nestjs/common';
import { catalogueError, closeUpQueue, DomainError, freeSlots, type PostStatus } from '@xp/server/domain';
import { BestHoursService } from '../analytics/best-hours.service';
import type { Actor } from '../identity/access.service';
import { Clock } from '../ports';
import { PostService, type PostInput, type PostView } from '../posts/post.service';
import { RecruitingAccess } from './recruiting-access';
import { RecruitingRepository } from './recruiting.ports';
import { plainSlots, preferBestHours, type NextSlots, type SlotPreference } from './best-slots';

const QUEUED: PostStatus[] = ['draft', 'in_review', 'changes_requested', 'scheduled'];

/** "Add to queue": the next free posting slot of the account; the queue closes up when a post leaves it. */
@Injectable()
export class QueueService {
  constructor(
    private readonly repo: RecruitingRepository,
    private readonly access: RecruitingAccess,
    private readonly posts: PostService,
    private readonly clock: Clock,
    private readonly bestHours: BestHoursService,
  ) {}

  /**
   * The next `count` free slots of the account (a preview for the composer); with `prefer: 'best-hours'`, those that
   * fall in its best hours of the last 90 days, or the plain ones saying why (`fallback`).
   */
  async nextSlots(
    workspaceId: string,
    actor: Actor,
    accountId: string,
    count: number,
    prefer?: SlotPreference,
  ): Promise<NextSlots> {
    const account = await this.access.readableAccount(workspaceId, actor, accountId);
    const now = this.clock.now();
    const taken = new Set(await this.repo.plannedTimes(workspaceId, account.id, now));
    const n = Math.min(Math.max(count, 1), 50);
    const best = prefer === 'best-hours' ? await this.bestHours.recent(workspaceId, account.id, now) : null;
    const plain = () => freeSlots(account.postingSlots, account.timezone, now, n, taken);
    return best ? preferBestHours(best, account, now, n, taken, plain) : plainSlots(plain(), null);
  }

  async add(
    workspaceId: string,
    actor: Actor,
    input: Omit<PostInput, 'scheduledAt' | 'publishBy'>,
    submit = false,
  ): Promise<PostView> {
    const account = await this.access.writableAccount(workspaceId, actor, input.accountId);
    if (!account.postingSlots.length)
      throw new DomainError(
        'refused',
        'NO_POSTING_SLOTS',
        `@${account.handle} has no posting slots; set them on the account first`,
      );
    const now = this.clock.now();
    const taken = new Set(await this.repo.plannedTimes(workspaceId, account.id, now));
    const [at] = freeSlots(account.postingSlots, account.timezone, now, 1, taken);
    if (!at) throw catalogueError('refused', 'QUEUE_FULL');
    let view = await this.posts.create(workspaceId, actor, { ...input, scheduledAt: at });
    await this.repo.addOrigin({
      postId: view.post.id,
      workspaceId,
      source: 'queue',
      sourceId: account.id,
      occurrence: null,
      language: null,
      createdAt: now,
    });
    if (submit) view = await this.posts.submit(workspaceId, actor, view.post.id);
    return view;
  }

  async list(
    workspaceId: string,
    actor: Actor,
    accountId: string,
  ): Promise<{ id: string; status: PostStatus; scheduledAt: Date | null }[]> {
    const account = await this.access.readableAccount(workspaceId, actor, accountId);
    const rows = await this.repo.originPosts(workspaceId, 'queue', { accountId: account.id });
    return rows
      .filter((p) => QUEUED.includes(p.status))
      .sort((a, b) => (a.scheduledAt?.getTime() ?? 0) - (b.scheduledAt?.getTime() ?? 0))
      .map((p) => ({ id: p.id, status: p.status, scheduledAt: p.scheduledAt }));
  }

  /** Takes a post out of the queue (cancelled), then closes up. */
  async remove(
    workspaceId: string,
    actor: Actor,
    accountId: string,
    postId: string,
  ): Promise<{ moved: { id: string; scheduledAt: Date }[] }> {
    await this.posts.cancel(workspaceId, actor, postId, 'removed_from_queue');
    return this.closeUp(workspaceId, actor, accountId);
  }

  /** Queued posts move up to fill the free slots, in order (moving keeps their approvals; each move is audited). */
  async closeUp(
    workspaceId: string,
    actor: Actor,
    accountId: string,
  ): Promise<{ moved: { id: string; scheduledAt: Date }[] }> {
    const account = await this.access.writableAccount(workspaceId, actor, accountId);
    const now = this.clock.now();
    const queued = (await this.repo.originPosts(workspaceId, 'queue', { accountId: account.id })).filter(
      (p) => QUEUED.includes(p.status) && p.scheduledAt && p.scheduledAt.getTime() > now.getTime(),
    );
    const others = new Set(await this.repo.plannedTimes(workspaceId, account.id, now, 'queue'));
    const plan = closeUpQueue(
      queued.map((q) => ({ id: q.id, at: q.scheduledAt })),
      account.postingSlots,
      account.timezone,
      now,
      others,
    );
    const byId = new Map(queued.map((q) => [q.id, q]));
    const moved: { id: string; scheduledAt: Date }[] = [];
    // Earliest first: each target slot is free (its previous holder has already moved up or left).
    for (const p of plan.filter((x) => x.moved)) {
      const q = byId.get(p.id)!;
      await this.posts.update(workspaceId, actor, p.id, { scheduledAt: p.at }, q.version);
      moved.push({ id: p.id, scheduledAt: p.at });
    }
    return { moved };
  }
}
