import { Get, Query } from '@nestjs/common';
import { PromoOffersReportService } from '@xp/server/application';
import * as wire from '@xp/shared';
import { Caller, WorkspaceController } from '../auth/auth.decorators';
import { AnalyticsRangeQueryDto } from '../dto/analytics-promo.dto';
import { ApiResult } from '../http/api-response';

/** Analytics against the brand charter (self-promotion published) and for recruiters (job offers' link clicks). */
@WorkspaceController('analytics', 'analytics')
export class AnalyticsPromoController {
  constructor(private readonly reports: PromoOffersReportService) {}

  /** Per account: the self-promotional posts published in the range against the charter's limit, worst window. */
  @Get('self-promotion')
  @ApiResult(200, wire.SelfPromotionReportSchema)
  async selfPromotion(
    @Caller() { ws, actor }: Caller,
    @Query() q: AnalyticsRangeQueryDto,
  ): Promise<wire.SelfPromotionReportDto> {
    const rows = await this.reports.selfPromotion(ws, actor, q);
    return {
      items: rows.map((r) => ({
        accountId: r.accountId,
        handle: r.handle,
        posts: r.posts,
        selfPromotional: r.selfPromotional,
        ratio: r.ratio,
        limit: { max: r.limit.max, window: r.limit.window, ratio: r.limit.ratio, enabled: r.limit.enabled },
        worstWindow: r.worstWindow,
        exceeded: r.exceeded,
      })),
    };
  }

  /** Per job offer with posts published in the range: impressions, link clicks and rates, most clicks first. */
  @Get('job-offers')
  @ApiResult(200, wire.JobOfferClicksReportSchema)
  async jobOffers(
    @Caller() { ws, actor }: Caller,
    @Query() q: AnalyticsRangeQueryDto,
  ): Promise<wire.JobOfferClicksReportDto> {
    const rows = await this.reports.jobOffers(ws, actor, q);
    return {
      items: rows.map((r) => ({
        jobOfferId: r.jobOfferId,
        title: r.title,
        posts: r.posts,
        impressions: r.impressions,
        linkClicks: r.linkClicks,
        engagementRate: r.engagementRate,
        clickRate: r.clickRate,
      })),
    };
  }
}
