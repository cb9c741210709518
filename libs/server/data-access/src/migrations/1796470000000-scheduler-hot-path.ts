import type { MigrationInterface, QueryRunner } from 'typeorm';
import { approvalPathCall, approvalPathSql, publishedStatementFunctionSql } from './analytics-rollup-sql';

/**
 * What a scheduler's claim cycle paid for nothing (docs/scheduler.md, "Performance"):
 * - the statement trigger on posts' updates (`xp_analytics_posts_published()`) ran its two inserts for every update
 *   of posts, claims and lease renewals included (about 1 ms each, inside the claim): it now returns at once unless
 *   a row of the statement is published;
 * - the approval path of a new figures row came from `xp_post_approval_path()`, a SQL function with subqueries,
 *   which PostgreSQL does not inline and plans again at every call (about 2 ms per publication): it is now written
 *   in the insert itself;
 * - the wake-up timer's probe for the earliest deferred post (`not_before` set) read every row of posts: a partial
 *   index holds the scheduled posts with a deferral (few).
 */
export class SchedulerHotPath1796470000000 implements MigrationInterface {
  name = 'SchedulerHotPath1796470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      publishedStatementFunctionSql({ approval_path: approvalPathSql('p') }, 'CREATE OR REPLACE', {
        skipUnlessPublished: true,
      }),
    );
    await q.query(
      `CREATE INDEX "IDX_posts_deferred" ON "posts" ("not_before") WHERE status = 'scheduled' AND not_before IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_posts_deferred"`);
    await q.query(publishedStatementFunctionSql({ approval_path: approvalPathCall('p') }, 'CREATE OR REPLACE'));
  }
}
