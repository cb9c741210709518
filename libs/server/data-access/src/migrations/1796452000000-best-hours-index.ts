import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The best hours of one account (`GET …/analytics/best-hours`, the composer's best slot) read its posts of a range
 * from `post_metrics`: by account and publication time, 90 days of an account posting 30 times a day are 2,700 rows
 * instead of the whole workspace's (docs/benchmarks.md, "Best hours").
 */
export class BestHoursIndex1796452000000 implements MigrationInterface {
  name = 'BestHoursIndex1796452000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_post_metrics_account_published" ON "post_metrics" ("account_id", "published_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_post_metrics_account_published"`);
  }
}
