import { Injectable } from '@nestjs/common';
import {
  catalogueError,
  DomainError,
  nextOccurrences,
  nextVariant,
  noFreshVariant,
  occurrenceAt,
  validateRecurrence,
  type RecurrenceRule,
} from '@xp/server/domain';
import type { Actor } from '../identity/access.service';
import { Clock } from '../ports';
import { PostService, type PostView } from '../posts/post.service';
import { findInScope, RecruitingAccess } from './recruiting-access';
import { RecruitingRepository, type RecurrenceRecord } from './recruiting.ports';

export interface RecurrenceInput {
  accountId: string;
  startDate: string;
  endDate?: string | null;
  time: string;
  every: number;
  unit: 'day' | 'week';
  variants: string[];
  tags?: string[];
}

/**
 * Evergreen recurrence: occurrences in the account's timezone (DST-correct), text variants rotating so that X never
 * sees a text the account posted recently; each occurrence is a post submitted through the account's approval policy.
 */
@Injectable()
export class RecurrenceService {
  constructor(
    private readonly repo: RecruitingRepository,
    private readonly access: RecruitingAccess,
    private readonly posts: PostService,
    private readonly clock: Clock,
  ) {}

  async create(workspaceId: string, actor: Actor, input: RecurrenceInput): Promise<RecurrenceRecord> {
    const account = await this.access.writableAccount(workspaceId, actor, input.accountId);
    const errors = validateRecurrence(rule(input, account.timezone), input.variants);
    if (errors.length) throw new DomainError('invalid', 'BAD_RECURRENCE', errors[0]!.message, errors);
    return this.repo.insertRecurrence({
      workspaceId,
      accountId: account.id,
      createdBy: actor.userId,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      time: input.time,
      every: input.every,
      unit: input.unit,
      variants: input.variants.map((v) => v.trim()),
      tags: input.tags ?? [],
      lastVariant: null,
      lastOccurrence: null,
      active: true,
      createdAt: this.clock.now(),
    });
  }

  async list(workspaceId: string, actor: Actor): Promise<RecurrenceRecord[]> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    return this.repo.listRecurrences(workspaceId, m.accountIds);
  }

  /** The next occurrences (instants) without creating anything. */
  async preview(workspaceId: string, actor: Actor, id: string, count: number): Promise<{ index: number; at: Date }[]> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const r = await this.find(workspaceId, m.accountIds, id);
    const account = await this.access.account(workspaceId, m, r.accountId);
    return nextOccurrences(rule(r, account.timezone), this.after(r, account.timezone), Math.min(count, 50));
  }

  /**
   * Creates the next `count` occurrences as posts and submits each one (the approval policy decides: with no
   * approval required it is scheduled at once, otherwise it waits in review; one the charter blocks stays a draft).
   */
  async materialize(workspaceId: string, actor: Actor, id: string, count: number): Promise<PostView[]> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    const r = await this.find(workspaceId, m.accountIds, id);
    if (!r.active) throw catalogueError('conflict', 'RECURRENCE_PAUSED');
    const account = await this.access.account(workspaceId, m, r.accountId);
    const occ = nextOccurrences(
      rule(r, account.timezone),
      this.after(r, account.timezone),
      Math.min(Math.max(count, 1), 20),
    );
    // X refuses a text identical to a recent tweet: a variant may come back only after every other one was used,
    // and never while it is among the account's last (variants - 1) texts.
    const window = r.variants.length - 1;
    let recent = await this.repo.recentTexts(workspaceId, account.id, window);
    let lastVariant = r.lastVariant;
    const out: PostView[] = [];
    for (const o of occ) {
      const v = nextVariant(r.variants, lastVariant, recent);
      if (v === null) throw noFreshVariant();
      const text = r.variants[v]!;
      const created = await this.posts.create(workspaceId, actor, {
        accountId: account.id,
        segments: [{ text }],
        scheduledAt: o.at,
        tags: r.tags,
      });
      await this.repo.addOrigin({
        postId: created.post.id,
        workspaceId,
        source: 'recurrence',
        sourceId: r.id,
        occurrence: o.index,
        language: null,
        createdAt: this.clock.now(),
      });
      // A blocking charter finding refuses the submission (as for any post): the occurrence stays a draft carrying
      // its finding for the author to fix, and the batch goes on (the occurrence is not generated twice).
      out.push(
        await this.posts.submit(workspaceId, actor, created.post.id).catch((e: unknown) => {
          if (e instanceof DomainError && e.code === 'CHARTER_BLOCKED') return created;
          throw e;
        }),
      );
      recent = [text, ...recent].slice(0, window);
      lastVariant = v;
      await this.repo.saveRecurrence(workspaceId, r.id, { lastVariant: v, lastOccurrence: o.index });
    }
    return out;
  }

  async setActive(workspaceId: string, actor: Actor, id: string, active: boolean): Promise<RecurrenceRecord> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    const r = await this.find(workspaceId, m.accountIds, id);
    await this.repo.saveRecurrence(workspaceId, r.id, { active });
    return { ...r, active };
  }

  /** After the last materialized occurrence, and never in the past. */
  private after(r: RecurrenceRecord, timeZone: string): Date {
    const now = this.clock.now();
    if (r.lastOccurrence === null) return now;
    const lastAt = occurrenceAt(rule(r, timeZone), r.lastOccurrence);
    return lastAt.getTime() > now.getTime() ? lastAt : now;
  }

  private find(workspaceId: string, scope: string[] | null, id: string): Promise<RecurrenceRecord> {
    return findInScope(scope, id, (i) => this.repo.findRecurrence(workspaceId, i), 'RECURRENCE_NOT_FOUND');
  }
}

function rule(
  r: { startDate: string; endDate?: string | null; time: string; every: number; unit: 'day' | 'week' },
  timeZone: string,
): RecurrenceRule {
  return { startDate: r.startDate, endDate: r.endDate ?? null, time: r.time, every: r.every, unit: r.unit, timeZone };
}
