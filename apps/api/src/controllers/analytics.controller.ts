import { Body, Param, Query } from '@nestjs/common';
import {
  AnalyticsService,
  type AnalyticsSettingsView,
  type PostMetricsRow,
  type UsageView,
} from '@xp/server/application';
import * as wire from '@xp/shared';
import { Caller, WorkspaceController } from '../auth/auth.decorators';
import {
  AnalyticsPostsQueryDto,
  AnalyticsSummaryQueryDto,
  AnalyticsUsageQueryDto,
  UpdateAnalyticsSettingsDto,
} from '../dto/analytics.dto';
import { GetResult, PatchResult } from '../http/api-response';
import { iso } from './mappers';

const usd = (micro: number) => Math.round(micro) / 1_000_000;

const toPost = (p: PostMetricsRow): wire.AnalyticsPostDto => ({
  postId: p.postId,
  accountId: p.accountId,
  publishedAt: iso(p.publishedAt),
  impressions: p.impressions,
  likes: p.likes,
  reposts: p.reposts,
  replies: p.replies,
  engagementRate: p.engagementRate,
});

const toUsage = (u: UsageView): wire.AnalyticsUsageDto => ({
  postReads: u.postReads,
  userReads: u.userReads,
  costUsd: usd(u.microUsd),
  budgetUsd: usd(u.budgetMicroUsd),
  projectedUsd: usd(u.projectedMicroUsd),
  thinning: { level: u.level, messageCode: wire.THINNING_MESSAGES[u.level], skipped: u.skipped },
});

const toSettings = (s: AnalyticsSettingsView): wire.AnalyticsSettingsDto => ({
  monthlyBudgetUsd: usd(s.budgetMicroUsd),
  isDefault: s.isDefault,
  accounts: s.accounts,
});

/** Analytics: what the published posts did (from the metric snapshots) and what reading it from X costs. */
@WorkspaceController('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @GetResult('analytics/summary', wire.AnalyticsSummarySchema)
  async summary(
    @Caller() { ws, actor }: Caller,
    @Query() q: AnalyticsSummaryQueryDto,
  ): Promise<wire.AnalyticsSummaryDto> {
    return { items: await this.analytics.summary(ws, actor, q) };
  }

  @GetResult('analytics/posts', wire.AnalyticsPostPageSchema)
  async posts(@Caller() { ws, actor }: Caller, @Query() q: AnalyticsPostsQueryDto): Promise<wire.AnalyticsPostPageDto> {
    const page = await this.analytics.postList(ws, actor, q);
    return { items: page.items.map(toPost), nextCursor: page.nextCursor };
  }

  /** A post's metric curve: its snapshots, oldest first; `nonPublic` is null when X no longer gave them. */
  @GetResult('posts/:id/metrics', wire.PostMetricsSchema)
  async metrics(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.PostMetricsDto> {
    const rows = await this.analytics.snapshots(ws, actor, id);
    return { items: rows.map((r) => ({ at: iso(r.takenAt), kind: r.kind, public: r.public, nonPublic: r.nonPublic })) };
  }

  /** The month's reads and cost (UTC), the budget, the projection and the thinning in force. */
  @GetResult('analytics/usage', wire.AnalyticsUsageSchema)
  async usage(@Caller() { ws, actor }: Caller, @Query() q: AnalyticsUsageQueryDto): Promise<wire.AnalyticsUsageDto> {
    return toUsage(await this.analytics.usage(ws, actor, q.month));
  }

  @GetResult('analytics/settings', wire.AnalyticsSettingsSchema)
  async settings(@Caller() { ws, actor }: Caller): Promise<wire.AnalyticsSettingsDto> {
    return toSettings(await this.analytics.getSettings(ws, actor));
  }

  /** Owners and admins: the monthly budget and the per-account switch. */
  @PatchResult('analytics/settings', wire.AnalyticsSettingsSchema)
  async updateSettings(
    @Caller() { ws, actor }: Caller,
    @Body() body: UpdateAnalyticsSettingsDto,
  ): Promise<wire.AnalyticsSettingsDto> {
    return toSettings(await this.analytics.updateSettings(ws, actor, body));
  }
}
