import { Injectable } from '@nestjs/common';
import { BestHoursRepository } from '@xp/server/application';
import type { HourSample } from '@xp/server/domain';
import { TransactionHost } from './transaction-host';

/**
 * An account's posts summed by weekday and hour of their local day and time (`post_metrics.local_day`/`local_hour`,
 * the account's zone at publication), read from `post_metrics` through its (account, publication) index: 90 days of
 * an account posting 30 times a day are 2,700 rows (docs/benchmarks.md, "Best hours").
 */
@Injectable()
export class TypeormBestHoursRepository extends BestHoursRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  async samples(workspaceId: string, accountId: string, from: Date, to: Date): Promise<HourSample[]> {
    return this.tx.rows<HourSample>(
      `SELECT extract(isodow FROM local_day)::int AS weekday, local_hour::int AS hour, count(*)::int AS posts,
              sum(impressions)::float8 AS impressions, sum(likes)::float8 AS likes, sum(reposts)::float8 AS reposts,
              sum(replies)::float8 AS replies, sum(quotes)::float8 AS quotes, sum(bookmarks)::float8 AS bookmarks
         FROM post_metrics
        WHERE account_id = $2 AND workspace_id = $1 AND published_at >= $3 AND published_at < $4
        GROUP BY 1, 2`,
      [workspaceId, accountId, from, to],
    );
  }
}
