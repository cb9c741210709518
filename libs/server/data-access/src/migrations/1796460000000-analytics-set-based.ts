import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  approvalPathCall,
  insertedRollupFunctionSql,
  publishedFunctionSql,
  publishedStatementFunctionSql,
} from './analytics-rollup-sql';

const GROUPS = ['kind', 'author_id', 'approval_path'];
/** The approval path column of a published post's figures row; `post`: the alias of the post in the SQL. */
const extra = (post: string) => ({ approval_path: approvalPathCall(post) });

/**
 * Analytics' publication triggers, set-based (docs/analytics.md, "Snapshots"; docs/scheduler.md, "Performance"): a post marked published got its
 * snapshots and figures row from a row trigger, and each figures row moved seven rollups from another, so a
 * scheduler's batch of completions ran about fourteen statements per post inside PostgreSQL (more than half of the
 * database's CPU in a burst). Now the posts that became published in one statement get theirs in two statements, and
 * the new figures rows join each rollup in one grouped upsert. Updates of figures rows (new metrics) keep the row
 * trigger, which moves the rollups by the difference.
 */
export class AnalyticsSetBased1796460000000 implements MigrationInterface {
  name = 'AnalyticsSetBased1796460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER posts_analytics_published ON posts`);
    await q.query(`DROP TRIGGER posts_analytics_inserted ON posts`);
    await q.query(`DROP FUNCTION xp_analytics_post_published()`);
    await q.query(publishedStatementFunctionSql(extra('p')));
    await q.query(`CREATE TRIGGER posts_analytics_published AFTER UPDATE ON posts
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION xp_analytics_posts_published()`);
    await q.query(`CREATE TRIGGER posts_analytics_inserted AFTER INSERT ON posts
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION xp_analytics_posts_published()`);
    await q.query(`DROP TRIGGER post_metrics_rollup ON post_metrics`);
    await q.query(`CREATE TRIGGER post_metrics_rollup AFTER UPDATE ON post_metrics FOR EACH ROW
      EXECUTE FUNCTION xp_analytics_rollup()`);
    await q.query(insertedRollupFunctionSql(GROUPS));
    await q.query(`CREATE TRIGGER post_metrics_rollup_inserted AFTER INSERT ON post_metrics
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION xp_analytics_rollup_inserted()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER post_metrics_rollup_inserted ON post_metrics`);
    await q.query(`DROP FUNCTION xp_analytics_rollup_inserted()`);
    await q.query(`DROP TRIGGER post_metrics_rollup ON post_metrics`);
    await q.query(`CREATE TRIGGER post_metrics_rollup AFTER INSERT OR UPDATE ON post_metrics FOR EACH ROW
      EXECUTE FUNCTION xp_analytics_rollup()`);
    await q.query(`DROP TRIGGER posts_analytics_inserted ON posts`);
    await q.query(`DROP TRIGGER posts_analytics_published ON posts`);
    await q.query(`DROP FUNCTION xp_analytics_posts_published()`);
    await q.query(publishedFunctionSql('CREATE', extra('NEW')));
    const when = `NEW.status = 'published' AND NEW.published_at IS NOT NULL AND cardinality(NEW.tweet_ids) > 0`;
    await q.query(`CREATE TRIGGER posts_analytics_published AFTER UPDATE OF status ON posts FOR EACH ROW
      WHEN (${when} AND OLD.status IS DISTINCT FROM 'published') EXECUTE FUNCTION xp_analytics_post_published()`);
    await q.query(`CREATE TRIGGER posts_analytics_inserted AFTER INSERT ON posts FOR EACH ROW
      WHEN (${when}) EXECUTE FUNCTION xp_analytics_post_published()`);
  }
}
