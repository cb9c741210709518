import { Injectable } from '@nestjs/common';
import { LiveReportRepository } from '@xp/server/application';
import type { LivePostFigures } from '@xp/server/domain';
import { TransactionHost } from './transaction-host';

/** A live session's posts (post_origins, source `live`) and each one's latest figures (post_metrics). */
@Injectable()
export class TypeormLiveReportRepository extends LiveReportRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  async sessionPosts(workspaceId: string, sessionId: string): Promise<LivePostFigures[]> {
    return this.tx.rows<LivePostFigures>(
      `SELECT p.id AS "postId", p.status, coalesce(p.segments->0->>'text', '') AS text,
              p.scheduled_at AS "scheduledAt", p.published_at AS "publishedAt",
              coalesce(pm.impressions, 0) AS impressions, coalesce(pm.likes, 0) AS likes,
              coalesce(pm.reposts, 0) AS reposts, coalesce(pm.replies, 0) AS replies,
              coalesce(pm.quotes, 0) AS quotes, coalesce(pm.bookmarks, 0) AS bookmarks,
              coalesce(pm.link_clicks, 0) AS "linkClicks", pm.measured_at AS "measuredAt"
         FROM post_origins o
         JOIN posts p ON p.id = o.post_id AND p.workspace_id = o.workspace_id
         LEFT JOIN post_metrics pm ON pm.post_id = p.id AND pm.workspace_id = p.workspace_id
        WHERE o.workspace_id = $1 AND o.source = 'live' AND o.source_id = $2
        ORDER BY p.published_at NULLS LAST, p.id`,
      [workspaceId, sessionId],
    );
  }
}
