import { Injectable } from '@nestjs/common';
import { catalogueError, DomainError } from '@xp/server/domain';
import type { Actor } from '../identity/access.service';
import { Clock } from '../ports';
import { PostService, type PostView } from '../posts/post.service';
import { TIER_BUDGETS } from '@xp/shared';
import { checkPlanningBudget, type PlanningWarning } from '../publishing/rate-budget';
import { findInScope, RecruitingAccess } from './recruiting-access';
import { RecruitingRepository, type LiveSessionRecord } from './recruiting.ports';

export interface LiveSessionInput {
  accountId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** A post more than this many seconds late is dropped (missed), not published. Default 60. */
  maxLatenessSeconds?: number;
  /** Posts allowed during the session; capped by the account's rate-limit tier. */
  budget?: number;
}
export interface LiveStatus {
  session: LiveSessionRecord;
  budget: { limit: number; used: number; remaining: number; tierLimit: number; tierWindowMinutes: number };
  counts: Record<string, number>;
  warning: PlanningWarning | null;
}

const MAX_SESSION_MS = 12 * 3600_000;

/**
 * Live-event mode (a Grand Prix): a session on an account; posts composed in it carry a `publishBy` deadline
 * (scheduledAt + maxLatenessSeconds) so a late one is dropped, not published; a fast lane of the approval inbox;
 * a live budget against the account's rate limit.
 */
@Injectable()
export class LiveEventService {
  constructor(
    private readonly repo: RecruitingRepository,
    private readonly access: RecruitingAccess,
    private readonly posts: PostService,
    private readonly clock: Clock,
  ) {}

  async create(workspaceId: string, actor: Actor, input: LiveSessionInput): Promise<LiveSessionRecord> {
    const account = await this.access.writableAccount(workspaceId, actor, input.accountId);
    const span = input.endsAt.getTime() - input.startsAt.getTime();
    if (span <= 0 || span > MAX_SESSION_MS)
      throw new DomainError('invalid', 'BAD_LIVE_WINDOW', 'A live session ends after it starts, within 12 hours', [
        { field: 'endsAt', message: 'after startsAt, within 12 h' },
      ]);
    const tier = TIER_BUDGETS[account.rateLimitTier].user;
    const tierCap = Math.floor((tier.limit * Math.max(span, tier.windowMs)) / tier.windowMs);
    return this.repo.insertLive({
      workspaceId,
      accountId: account.id,
      title: input.title.trim(),
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      maxLatenessSeconds: input.maxLatenessSeconds ?? 60,
      budget: Math.min(input.budget ?? tierCap, tierCap),
      createdBy: actor.userId,
      createdAt: this.clock.now(),
      endedAt: null,
    });
  }

  async list(workspaceId: string, actor: Actor): Promise<LiveSessionRecord[]> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    return this.repo.listLive(workspaceId, m.accountIds);
  }

  async status(workspaceId: string, actor: Actor, id: string): Promise<LiveStatus> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const s = await this.find(workspaceId, m.accountIds, id);
    const account = await this.access.account(workspaceId, m, s.accountId);
    const posts = await this.repo.originPosts(workspaceId, 'live', { sourceId: s.id });
    const counts: Record<string, number> = {};
    for (const p of posts) counts[p.status] = (counts[p.status] ?? 0) + 1;
    const used = posts.filter((p) => p.status !== 'cancelled').length;
    const tier = TIER_BUDGETS[account.rateLimitTier].user;
    const planned = posts
      .filter((p) => p.status !== 'cancelled' && p.scheduledAt)
      .map((p) => ({ scheduledAt: p.scheduledAt! }));
    return {
      session: s,
      budget: {
        limit: s.budget,
        used,
        remaining: Math.max(0, s.budget - used),
        tierLimit: tier.limit,
        tierWindowMinutes: tier.windowMs / 60_000,
      },
      counts,
      warning: checkPlanningBudget(account.rateLimitTier, planned),
    };
  }

  /**
   * The keyboard-first composer's endpoint: one post, now (or at `scheduledAt` within the session), with its
   * deadline; submitted at once so it lands in the fast lane (or is scheduled when the policy needs no approval).
   */
  async post(
    workspaceId: string,
    actor: Actor,
    id: string,
    input: { text: string; scheduledAt?: Date | null; tags?: string[] },
  ): Promise<PostView> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    const s = await this.find(workspaceId, m.accountIds, id);
    if (s.endedAt) throw catalogueError('conflict', 'LIVE_SESSION_ENDED');
    const now = this.clock.now();
    const at = input.scheduledAt ?? new Date(Math.max(now.getTime(), s.startsAt.getTime()));
    if (at.getTime() < s.startsAt.getTime() || at.getTime() > s.endsAt.getTime()) {
      throw new DomainError('invalid', 'OUTSIDE_LIVE_SESSION', 'The post time is outside the live session', [
        { field: 'scheduledAt', message: 'within the session' },
      ]);
    }
    const used = (await this.repo.originPosts(workspaceId, 'live', { sourceId: s.id })).filter(
      (p) => p.status !== 'cancelled',
    ).length;
    if (used >= s.budget)
      throw new DomainError('too_many', 'LIVE_BUDGET_EXHAUSTED', `The live budget (${s.budget} posts) is used up`);
    const created = await this.posts.create(workspaceId, actor, {
      accountId: s.accountId,
      kind: 'live',
      segments: [{ text: input.text }],
      scheduledAt: at,
      publishBy: new Date(at.getTime() + s.maxLatenessSeconds * 1000),
      tags: input.tags ?? ['live'],
    });
    await this.repo.addOrigin({
      postId: created.post.id,
      workspaceId,
      source: 'live',
      sourceId: s.id,
      occurrence: used + 1,
      language: null,
      createdAt: now,
    });
    return this.posts.submit(workspaceId, actor, created.post.id);
  }

  /** The session's posts in the order they were queued (the live page's list), with status and deadline. */
  async sessionPosts(workspaceId: string, actor: Actor, id: string): Promise<PostView[]> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const s = await this.find(workspaceId, m.accountIds, id);
    const origin = await this.repo.originPosts(workspaceId, 'live', { sourceId: s.id });
    if (!origin.length) return [];
    const order = new Map(origin.map((p, i) => [p.id, i])); // by time, then creation
    const inWindow = await this.posts.list(workspaceId, actor, {
      accountId: s.accountId,
      from: s.startsAt,
      to: new Date(s.endsAt.getTime() + 1),
      limit: 10_000,
    });
    const views = inWindow.filter((v) => order.has(v.post.id));
    // A post moved out of the session window since: read it on its own.
    const found = new Set(views.map((v) => v.post.id));
    for (const p of origin) if (!found.has(p.id)) views.push(await this.posts.get(workspaceId, actor, p.id));
    return views.sort((a, b) => order.get(a.post.id)! - order.get(b.post.id)!);
  }

  /** The fast lane: the session's posts waiting for approval, oldest first. */
  async inbox(
    workspaceId: string,
    actor: Actor,
    id: string,
  ): Promise<{ id: string; scheduledAt: Date | null; version: number }[]> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const s = await this.find(workspaceId, m.accountIds, id);
    const posts = await this.repo.originPosts(workspaceId, 'live', { sourceId: s.id });
    return posts
      .filter((p) => p.status === 'in_review')
      .sort((a, b) => (a.scheduledAt?.getTime() ?? 0) - (b.scheduledAt?.getTime() ?? 0))
      .map((p) => ({ id: p.id, scheduledAt: p.scheduledAt, version: p.version }));
  }

  async end(workspaceId: string, actor: Actor, id: string): Promise<LiveSessionRecord> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    const s = await this.find(workspaceId, m.accountIds, id);
    const endedAt = this.clock.now();
    await this.repo.saveLive(workspaceId, s.id, { endedAt });
    return { ...s, endedAt };
  }

  /** The session, if it exists in the workspace and the member's scope covers its account (else 404). */
  find(workspaceId: string, scope: string[] | null, id: string): Promise<LiveSessionRecord> {
    return findInScope(scope, id, (i) => this.repo.findLive(workspaceId, i), 'LIVE_SESSION_NOT_FOUND');
  }
}
