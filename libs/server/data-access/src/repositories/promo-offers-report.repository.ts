// The SQL of two analytics reports: the published posts' tags and texts (the self-promotion report classifies them
// with the charter's rule) and the job offers' posts' figures (their origin row links them to their offer).
import { Injectable } from '@nestjs/common';
import {
  PromoOffersReportRepository,
  type JobOfferSums,
  type PublishedPostText,
  type ReportFilter,
} from '@xp/server/application';
import { metricSums, RANGE, rangeParams, SUMS } from './analytics-reports';
import { TransactionHost } from './transaction-host';

@Injectable()
export class TypeormPromoOffersReportRepository extends PromoOffersReportRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  async publishedPosts(f: ReportFilter): Promise<PublishedPostText[]> {
    const rows = await this.tx.rows<{ account_id: string; tags: string[]; texts: string[] | null }>(
      `SELECT pm.account_id, p.tags,
              (SELECT array_agg(s->>'text' ORDER BY n) FROM jsonb_array_elements(p.segments) WITH ORDINALITY AS e(s, n)) AS texts
         FROM post_metrics pm JOIN posts p ON p.id = pm.post_id
        WHERE ${RANGE}
        ORDER BY pm.account_id, pm.published_at, pm.post_id`,
      rangeParams(f),
    );
    return rows.map((r) => ({
      accountId: r.account_id,
      tags: r.tags,
      segments: (r.texts ?? []).map((text) => ({ text: text ?? '' })),
    }));
  }

  async jobOffers(f: ReportFilter): Promise<JobOfferSums[]> {
    const rows = await this.tx.rows<Record<string, string | number>>(
      `SELECT o.id AS job_offer_id, o.title, count(*)::int AS posts,
              ${SUMS.map((c) => `sum(pm.${c})::float8 AS ${c}`).join(', ')}
         FROM post_metrics pm
         JOIN post_origins po ON po.post_id = pm.post_id AND po.workspace_id = pm.workspace_id AND po.source = 'job_offer'
         JOIN job_offers o ON o.id = po.source_id AND o.workspace_id = pm.workspace_id
        WHERE ${RANGE}
        GROUP BY o.id, o.title
        ORDER BY link_clicks DESC, impressions DESC, o.id`,
      rangeParams(f),
    );
    return rows.map((r) => ({ jobOfferId: String(r['job_offer_id']), title: String(r['title']), ...metricSums(r) }));
  }
}
