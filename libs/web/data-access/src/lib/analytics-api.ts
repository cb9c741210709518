import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AnalyticsRangeQuery,
  JobOfferClicksReportDto,
  SelfPromotionReportDto,
  AnalyticsPostPageDto,
  AnalyticsPostsQuery,
  AnalyticsSettingsDto,
  AnalyticsSummaryDto,
  AnalyticsSummaryQuery,
  AnalyticsUsageDto,
  BestHoursDto,
  BestHoursQuery,
  PostMetricsDto,
  UpdateAnalyticsSettingsRequest,
} from '@xp/shared';
import { Observable } from 'rxjs';
import { wsUrl } from './holds-api';

export type {
  AnalyticsGroupBy,
  AnalyticsPostDto,
  AnalyticsPostPageDto,
  AnalyticsPostSort,
  AnalyticsSettingsDto,
  AnalyticsSummaryItemDto,
  AnalyticsUsageDto,
  BestHoursCellDto,
  BestHoursDto,
  MetricSnapshotDto,
  PostMetricsDto,
  JobOfferClicksItemDto,
  SelfPromotionItemDto,
} from '@xp/shared';

/** A query's defined values as HTTP parameters (undefined and empty ones left out). */
function params(query: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') out[k] = String(v);
  return out;
}

/** Analytics: what the published posts did and what reading it from X costs (see docs/analytics.md). */
@Injectable({ providedIn: 'root' })
export class AnalyticsApi {
  private readonly http = inject(HttpClient);

  /** The range's posts grouped by `groupBy`, largest impressions first. */
  summary(workspaceId: string, query: Partial<AnalyticsSummaryQuery>): Observable<AnalyticsSummaryDto> {
    return this.http.get<AnalyticsSummaryDto>(`${this.url(workspaceId)}/summary`, { params: params(query) });
  }

  /** The range's posts, best first by `sort`, a page at a time (`cursor`: the previous page's `nextCursor`). */
  posts(workspaceId: string, query: Partial<AnalyticsPostsQuery>): Observable<AnalyticsPostPageDto> {
    return this.http.get<AnalyticsPostPageDto>(`${this.url(workspaceId)}/posts`, { params: params(query) });
  }

  /** Per account, the self-promotional posts published in the range against the brand charter's limit. */
  selfPromotion(workspaceId: string, query: Partial<AnalyticsRangeQuery>): Observable<SelfPromotionReportDto> {
    return this.http.get<SelfPromotionReportDto>(`${this.url(workspaceId)}/self-promotion`, { params: params(query) });
  }

  /** Per job offer with posts published in the range: impressions and link clicks, most clicks first. */
  jobOffers(workspaceId: string, query: Partial<AnalyticsRangeQuery>): Observable<JobOfferClicksReportDto> {
    return this.http.get<JobOfferClicksReportDto>(`${this.url(workspaceId)}/job-offers`, { params: params(query) });
  }

  /** One account's posts by weekday and local hour, scored, with its best cells (default: the last 90 days). */
  bestHours(workspaceId: string, query: BestHoursQuery): Observable<BestHoursDto> {
    return this.http.get<BestHoursDto>(`${this.url(workspaceId)}/best-hours`, { params: params(query) });
  }

  /** A post's metric snapshots, oldest first. */
  postMetrics(workspaceId: string, postId: string): Observable<PostMetricsDto> {
    return this.http.get<PostMetricsDto>(`${wsUrl(workspaceId)}/posts/${encodeURIComponent(postId)}/metrics`);
  }

  /** A UTC month's reads, cost, budget, projection and thinning (`month` YYYY-MM, default the current one). */
  usage(workspaceId: string, month?: string): Observable<AnalyticsUsageDto> {
    return this.http.get<AnalyticsUsageDto>(`${this.url(workspaceId)}/usage`, { params: params({ month }) });
  }

  settings(workspaceId: string): Observable<AnalyticsSettingsDto> {
    return this.http.get<AnalyticsSettingsDto>(`${this.url(workspaceId)}/settings`);
  }

  /** Owners and admins: the monthly budget and the per-account switch. */
  updateSettings(workspaceId: string, body: UpdateAnalyticsSettingsRequest): Observable<AnalyticsSettingsDto> {
    return this.http.patch<AnalyticsSettingsDto>(`${this.url(workspaceId)}/settings`, body);
  }

  private url(workspaceId: string): string {
    return `${wsUrl(workspaceId)}/analytics`;
  }
}
