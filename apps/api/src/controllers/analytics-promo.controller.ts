import { Query } from '@nestjs/common';
import { PromoOffersReportService, type JobOfferClicksRow, type SelfPromotionRow } from '@xp/server/application';
import * as wire from '@xp/shared';
import { Caller, WorkspaceController } from '../auth/auth.decorators';
import { AnalyticsRangeQueryDto } from '../dto/analytics-promo.dto';
import { GetResult } from '../http/api-response';
import { pick } from './mappers';

const toSelfPromotion = (r: SelfPromotionRow): wire.SelfPromotionItemDto => ({
  ...pick(r, ['accountId', 'handle', 'posts', 'selfPromotional', 'ratio', 'limit', 'worstWindow', 'exceeded']),
  limit: pick(r.limit, ['max', 'window', 'ratio', 'enabled']),
});

const toJobOfferClicks = (r: JobOfferClicksRow): wire.JobOfferClicksItemDto =>
  pick(r, ['jobOfferId', 'title', 'posts', 'impressions', 'linkClicks', 'engagementRate', 'clickRate']);

/** Analytics against the brand charter (self-promotion published) and for recruiters (job offers' link clicks). */
@WorkspaceController('analytics', 'analytics')
export class AnalyticsPromoController {
  constructor(private readonly reports: PromoOffersReportService) {}

  /** Per account: the self-promotional posts published in the range against the charter's limit, worst window. */
  @GetResult('self-promotion', wire.SelfPromotionReportSchema)
  async selfPromotion(
    @Caller() { ws, actor }: Caller,
    @Query() q: AnalyticsRangeQueryDto,
  ): Promise<wire.SelfPromotionReportDto> {
    return { items: (await this.reports.selfPromotion(ws, actor, q)).map(toSelfPromotion) };
  }

  /** Per job offer with posts published in the range: impressions, link clicks and rates, most clicks first. */
  @GetResult('job-offers', wire.JobOfferClicksReportSchema)
  async jobOffers(
    @Caller() { ws, actor }: Caller,
    @Query() q: AnalyticsRangeQueryDto,
  ): Promise<wire.JobOfferClicksReportDto> {
    return { items: (await this.reports.jobOffers(ws, actor, q)).map(toJobOfferClicks) };
  }
}
