import { Injectable } from '@nestjs/common';
import { engagementRate, selfPromotionTally, type Charter, type SelfPromotionTally } from '@xp/server/domain';
import type { AnalyticsRangeQuery } from '@xp/shared';
import { AccountRepository } from '../accounts/account.ports';
import type { Actor } from '../identity/access.service';
import { PostService } from '../posts/post.service';
import type { MetricSums, ReportFilter } from './analytics.ports';
import { AnalyticsService } from './analytics.service';

/** A published post as the self-promotion report reads it (its account, tags and text). */
export interface PublishedPostText {
  accountId: string;
  tags: string[];
  segments: { text: string }[];
}

/** The sums of a job offer's posts published in a range. */
export interface JobOfferSums extends MetricSums {
  jobOfferId: string;
  title: string;
}

export abstract class PromoOffersReportRepository {
  /** The range's published posts of the filter's accounts, by account then publication order (time, then id). */
  abstract publishedPosts(f: ReportFilter): Promise<PublishedPostText[]>;
  /** The job offers (of the filter's accounts) with posts published in the range, and their posts' figures. */
  abstract jobOffers(f: ReportFilter): Promise<JobOfferSums[]>;
}

export type SelfPromotionRow = SelfPromotionTally & { accountId: string; handle: string };
export type JobOfferClicksRow = Pick<JobOfferSums, 'jobOfferId' | 'title' | 'posts' | 'impressions' | 'linkClicks'> & {
  engagementRate: number;
  /** Link clicks per 1,000 impressions. */
  clickRate: number;
};

/**
 * Two analytics reports (docs/analytics.md): the self-promotion actually published by each account against its
 * brand charter's limit, and the link clicks of each job offer's posts. Same range, account filter and scope as the
 * other reports (`posts.read`, a member sees the accounts of their scope).
 */
@Injectable()
export class PromoOffersReportService {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly repo: PromoOffersReportRepository,
    private readonly accounts: AccountRepository,
    private readonly posts: PostService,
  ) {}

  /** Per account with posts in the range (by handle): its published self-promotion against today's charter. */
  async selfPromotion(workspaceId: string, actor: Actor, q: AnalyticsRangeQuery): Promise<SelfPromotionRow[]> {
    const f = await this.analytics.filter(workspaceId, actor, q);
    const posts = await this.repo.publishedPosts(f);
    const byAccount = new Map<string, PublishedPostText[]>();
    for (const p of posts) {
      const list = byAccount.get(p.accountId);
      if (list) list.push(p);
      else byAccount.set(p.accountId, [p]);
    }
    const charters = new Map<string, Promise<Charter>>();
    const charterOf = (brandId: string) => {
      let c = charters.get(brandId);
      if (!c) {
        c = this.posts.charterFor(workspaceId, brandId);
        charters.set(brandId, c);
      }
      return c;
    };
    const accounts = (await this.accounts.list(workspaceId, f.accountIds))
      .filter((a) => byAccount.has(a.id))
      .sort((a, b) => a.handle.localeCompare(b.handle) || a.id.localeCompare(b.id));
    return Promise.all(
      accounts.map(async (a) => ({
        accountId: a.id,
        handle: a.handle,
        ...selfPromotionTally(byAccount.get(a.id)!, await charterOf(a.brandId)),
      })),
    );
  }

  /** Per job offer with posts published in the range: reach and link clicks, most link clicks first. */
  async jobOffers(workspaceId: string, actor: Actor, q: AnalyticsRangeQuery): Promise<JobOfferClicksRow[]> {
    const f = await this.analytics.filter(workspaceId, actor, q);
    return (await this.repo.jobOffers(f)).map((o) => ({
      jobOfferId: o.jobOfferId,
      title: o.title,
      posts: o.posts,
      impressions: o.impressions,
      linkClicks: o.linkClicks,
      engagementRate: engagementRate(o, o.impressions),
      clickRate: o.impressions > 0 ? Math.round((o.linkClicks / o.impressions) * 1_000 * 100) / 100 : 0,
    }));
  }
}
