import { Injectable } from '@nestjs/common';
import { catalogueError, coversAccount, engagementRate, utcMonth } from '@xp/server/domain';
import {
  type AnalyticsPostsQuery,
  type AnalyticsSummaryQuery,
  type ThinningLevel,
  type UpdateAnalyticsSettingsRequest,
} from '@xp/shared';
import { AccountRepository } from '../accounts/account.ports';
import { postNotFound } from '../posts/post-content';
import { AccessService, isUuid, type Actor } from '../identity/access.service';
import { decodeCursor, encodeCursor } from '../identity/secrets';
import { Clock } from '../ports';
import { PostRepository } from '../posts/post.ports';
import {
  AnalyticsRepository,
  AnalyticsSettings,
  type PostMetricsRow,
  type ReportFilter,
  type SnapshotRow,
  type SummaryRow,
} from './analytics.ports';
import { analyticsMonth } from './analytics-budget';
import { invalidQuery, reportRange } from './analytics-range';

const DEFAULT_RANGE_DAYS = 30;

export interface UsageView {
  postReads: number;
  userReads: number;
  microUsd: number;
  budgetMicroUsd: number;
  projectedMicroUsd: number;
  level: ThinningLevel;
  skipped: number;
}

export interface AnalyticsSettingsView {
  budgetMicroUsd: number;
  isDefault: boolean;
  accounts: { accountId: string; handle: string; enabled: boolean }[];
}

/**
 * Analytics reports (docs/analytics.md): what the published posts did, by group, post by post and snapshot by
 * snapshot, and what reading it from X cost. Members read them within their account scope (`posts.read`); owners
 * and admins set the monthly budget and turn analytics off per account (`workspace.update`, as money is spent).
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly repo: AnalyticsRepository,
    private readonly accounts: AccountRepository,
    private readonly posts: PostRepository,
    private readonly access: AccessService,
    private readonly settings: AnalyticsSettings,
    private readonly clock: Clock,
  ) {}

  async summary(
    workspaceId: string,
    actor: Actor,
    q: AnalyticsSummaryQuery,
  ): Promise<(SummaryRow & { engagementRate: number })[]> {
    const filter = await this.filter(workspaceId, actor, q);
    const rows = await this.repo.summary(filter, q.groupBy);
    return rows.map((r) => ({ ...r, engagementRate: engagementRate(r, r.impressions) }));
  }

  async postList(
    workspaceId: string,
    actor: Actor,
    q: AnalyticsPostsQuery,
  ): Promise<{ items: PostMetricsRow[]; nextCursor: string | null }> {
    const filter = await this.filter(workspaceId, actor, q);
    const limit = q.limit ?? 50;
    const c = q.cursor ? decodeCursor(q.cursor, 2) : undefined;
    const after = c ? { value: Number(c[0]), postId: String(c[1]) } : null;
    if (c === null || (after && (!Number.isFinite(after.value) || !isUuid(after.postId))))
      throw invalidQuery('cursor', 'unknown cursor');
    const rows = await this.repo.posts(filter, q.sort, limit + 1, after);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const value = (r: PostMetricsRow) => (q.sort === 'impressions' ? r.impressions : r.engagementRate);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([value(last), last.postId]) : null };
  }

  /** A post's snapshots, oldest first (a post never published has none). */
  async snapshots(workspaceId: string, actor: Actor, postId: string): Promise<SnapshotRow[]> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const post = isUuid(postId) ? await this.posts.find(workspaceId, postId) : null;
    if (!post || !coversAccount(m.accountIds, post.accountId)) throw postNotFound();
    return this.repo.snapshots(workspaceId, postId);
  }

  async usage(workspaceId: string, actor: Actor, month?: string): Promise<UsageView> {
    await this.access.require(workspaceId, actor, 'posts.read');
    const now = this.clock.now();
    const m = await analyticsMonth(this.repo, this.settings, workspaceId, now, month ?? utcMonth(now));
    return {
      postReads: m.figures.spent.postReads,
      userReads: m.figures.spent.userReads,
      microUsd: m.figures.spent.microUsd,
      budgetMicroUsd: m.budgetMicroUsd,
      projectedMicroUsd: m.projectedMicroUsd,
      level: m.level,
      skipped: m.figures.skipped,
    };
  }

  async getSettings(workspaceId: string, actor: Actor): Promise<AnalyticsSettingsView> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const month = await analyticsMonth(this.repo, this.settings, workspaceId, this.clock.now());
    const accounts = (await this.repo.accountSwitches(workspaceId)).filter((a) =>
      coversAccount(m.accountIds, a.accountId),
    );
    return { budgetMicroUsd: month.budgetMicroUsd, isDefault: month.isDefaultBudget, accounts };
  }

  async updateSettings(
    workspaceId: string,
    actor: Actor,
    body: UpdateAnalyticsSettingsRequest,
  ): Promise<AnalyticsSettingsView> {
    await this.access.require(workspaceId, actor, 'workspace.update');
    if (body.accounts) {
      const known = new Set((await this.accounts.list(workspaceId, null)).map((a) => a.id));
      const unknown = body.accounts.findIndex((a) => !known.has(a.accountId));
      if (unknown >= 0)
        throw catalogueError('invalid', 'ACCOUNT_NOT_FOUND', {}, [
          { field: `accounts.${unknown}.accountId`, message: 'unknown account' },
        ]);
      await this.repo.setAccountSwitches(workspaceId, body.accounts);
    }
    if (body.monthlyBudgetUsd !== undefined)
      await this.repo.setBudgetMicroUsd(workspaceId, Math.round(body.monthlyBudgetUsd * 1e6));
    return this.getSettings(workspaceId, actor);
  }

  /** The range (default: the last 30 days) and the accounts a member may see, `accountId` narrowing them. */
  async filter(
    workspaceId: string,
    actor: Actor,
    q: { from?: string; to?: string; accountId?: string },
  ): Promise<ReportFilter> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const { from, to } = reportRange(q, this.clock.now(), DEFAULT_RANGE_DAYS);
    let accountIds = m.accountIds;
    if (q.accountId) {
      const account = await this.accounts.find(workspaceId, q.accountId);
      if (!account || !coversAccount(m.accountIds, account.id))
        throw catalogueError('invalid', 'ACCOUNT_NOT_FOUND', {}, [{ field: 'accountId', message: 'unknown account' }]);
      accountIds = [account.id];
    }
    return { workspaceId, from, to, accountIds };
  }
}
