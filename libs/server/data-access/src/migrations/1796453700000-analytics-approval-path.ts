import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  approvalPathCall,
  publishedFunctionSql,
  rebuildGroupRollupsSql,
  rollupFunctionSql,
} from './analytics-rollup-sql';

const BEFORE = ['kind', 'author_id'];
const AFTER = ['kind', 'author_id', 'approval_path'];

/**
 * Analytics by approval path (docs/analytics.md, "Reports"): how a post went through review, fixed when it is
 * published — `first_time` (approved, never sent back), `after_changes` (approved after at least one "changes
 * requested") or `none` (published without an approval: a policy of 0 approvals, a reply without review, a post
 * inserted published). Kept in `post_metrics.approval_path`, written by the publication trigger from the post's
 * history (its approvals still valid, and the `post.request_changes` events of the audit trail), backfilled for the
 * posts already published; `analytics_days|months` get it in their key and are rebuilt from post_metrics.
 */
export class AnalyticsApprovalPath1796453700000 implements MigrationInterface {
  name = 'AnalyticsApprovalPath1796453700000';

  async up(q: QueryRunner): Promise<void> {
    // The "changes requested" of a post, found without reading its workspace's whole trail.
    await q.query(
      `CREATE INDEX "IDX_audit_events_changes_requested" ON "audit_events" ("subject_id") WHERE "action" = 'post.request_changes'`,
    );
    await q.query(`CREATE FUNCTION xp_post_approval_path(ws uuid, post uuid) RETURNS text LANGUAGE sql STABLE AS $$
      SELECT CASE
        WHEN NOT EXISTS (SELECT 1 FROM approvals a WHERE a.post_id = post AND a.workspace_id = ws AND a.valid) THEN 'none'
        WHEN EXISTS (SELECT 1 FROM audit_events e WHERE e.subject_id = post::text AND e.action = 'post.request_changes'
                        AND e.subject_type = 'post' AND e.workspace_id = ws) THEN 'after_changes'
        ELSE 'first_time' END $$`);
    await q.query(`ALTER TABLE "post_metrics" ADD "approval_path" text NOT NULL DEFAULT 'none'
      CHECK ("approval_path" IN ('first_time', 'after_changes', 'none'))`);
    // The published posts' paths from their history; the rollups are rebuilt below, not moved row by row.
    await q.query(`ALTER TABLE "post_metrics" DISABLE TRIGGER post_metrics_rollup`);
    await q.query(`UPDATE post_metrics pm SET approval_path = p.path
      FROM (SELECT post_id, xp_post_approval_path(workspace_id, post_id) AS path FROM post_metrics) p
     WHERE p.post_id = pm.post_id AND p.path <> 'none'`);
    await q.query(`ALTER TABLE "post_metrics" ENABLE TRIGGER post_metrics_rollup`);
    await this.rekey(q, AFTER);
    await q.query(rollupFunctionSql(AFTER, 'CREATE OR REPLACE'));
    await q.query(publishedFunctionSql('CREATE OR REPLACE', { approval_path: approvalPathCall('NEW') }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(publishedFunctionSql('CREATE OR REPLACE'));
    await q.query(rollupFunctionSql(BEFORE, 'CREATE OR REPLACE'));
    await this.rekey(q, BEFORE);
    await q.query(`ALTER TABLE "post_metrics" DROP COLUMN "approval_path"`);
    await q.query(`DROP FUNCTION xp_post_approval_path(uuid, uuid)`);
    await q.query(`DROP INDEX "IDX_audit_events_changes_requested"`);
  }

  /** `analytics_days|months` keyed by account, day and `groups`, rebuilt from post_metrics. */
  private async rekey(q: QueryRunner, groups: string[]): Promise<void> {
    const adding = groups.includes('approval_path');
    for (const table of ['analytics_days', 'analytics_months']) {
      await q.query(`DELETE FROM "${table}"`);
      await q.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_pkey",
        ${adding ? `ADD "approval_path" text NOT NULL` : `DROP COLUMN "approval_path"`},
        ADD PRIMARY KEY ("account_id", "day", ${groups.map((g) => `"${g}"`).join(', ')})`);
    }
    for (const sql of rebuildGroupRollupsSql(groups)) await q.query(sql);
  }
}
