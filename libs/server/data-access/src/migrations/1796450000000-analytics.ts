import type { MigrationInterface, QueryRunner } from 'typeorm';
import { publishedFunctionSql, rollupFunctionSql } from './analytics-rollup-sql';

/**
 * Analytics (docs/analytics.md): the metric snapshots of every published post (+1 h, +24 h, +7 d, +28 d after
 * publication), claimed with a lease by the workers like posts; each post's latest figures (what the reports sum);
 * followers per account and UTC day; the reads billed per workspace and day; the workspace's monthly budget and a
 * per-account switch.
 *
 * The four due rows and the post's figures are created by a trigger on `posts`, in the very transaction that marks
 * the post published, whichever path publishes it (the batch completion, a single transition, reconciliation).
 * The offsets here are those of `SNAPSHOT_OFFSETS_MS` (libs/server/domain/src/analytics) when this was written.
 * Reports read rollups by account and local day or month (`analytics_days|months`, `…_hours`, `…_tags`), kept by a trigger on
 * `post_metrics` with the difference each new figure makes (docs/analytics.md, "Reports").
 */
export class Analytics1796450000000 implements MigrationInterface {
  name = 'Analytics1796450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "accounts" ADD "analytics_enabled" boolean NOT NULL DEFAULT true`);
    await q.query(`CREATE TABLE "metric_snapshots" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "post_id" uuid NOT NULL REFERENCES "posts"("id") ON DELETE CASCADE,
      "account_id" uuid NOT NULL REFERENCES "accounts"("id") ON DELETE CASCADE,
      "tweet_id" text NOT NULL,
      "kind" text NOT NULL CHECK ("kind" IN ('1h', '24h', '7d', '28d')),
      "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "lease_owner" text,
      "lease_until" TIMESTAMP WITH TIME ZONE,
      "taken_at" TIMESTAMP WITH TIME ZONE,
      "skipped" text CHECK ("skipped" IN ('off', 'thinned', 'budget', 'gone')),
      "impression_count" integer,
      "like_count" integer,
      "retweet_count" integer,
      "reply_count" integer,
      "quote_count" integer,
      "bookmark_count" integer,
      "np_impression_count" integer,
      "url_link_clicks" integer,
      "user_profile_clicks" integer,
      "engagements" integer,
      UNIQUE ("post_id", "kind"))`);
    await q.query(
      `CREATE INDEX "IDX_metric_snapshots_due" ON "metric_snapshots" ("due_at") WHERE "taken_at" IS NULL AND "skipped" IS NULL`,
    );
    await q.query(`CREATE INDEX "IDX_metric_snapshots_tweet" ON "metric_snapshots" ("tweet_id", "taken_at")`);
    await q.query(`CREATE TABLE "post_metrics" (
      "post_id" uuid NOT NULL PRIMARY KEY REFERENCES "posts"("id") ON DELETE CASCADE,
      "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "account_id" uuid NOT NULL REFERENCES "accounts"("id") ON DELETE CASCADE,
      "published_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "measured_at" TIMESTAMP WITH TIME ZONE,
      "impressions" integer NOT NULL DEFAULT 0,
      "likes" integer NOT NULL DEFAULT 0,
      "reposts" integer NOT NULL DEFAULT 0,
      "replies" integer NOT NULL DEFAULT 0,
      "quotes" integer NOT NULL DEFAULT 0,
      "bookmarks" integer NOT NULL DEFAULT 0,
      "link_clicks" integer NOT NULL DEFAULT 0,
      "engagement_rate" double precision NOT NULL DEFAULT 0,
      "impressions_24h" integer,
      "kind" text NOT NULL,
      "author_id" uuid NOT NULL,
      "tags" text array NOT NULL DEFAULT '{}',
      "local_day" date NOT NULL,
      "local_hour" smallint NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_post_metrics_published" ON "post_metrics" ("workspace_id", "published_at")`);
    // Rollups of the posts' latest figures by local day (the account's zone at publication): the reports sum whole
    // days from them and only the range's partial edge days from post_metrics.
    const sums = `"posts" integer NOT NULL DEFAULT 0, "impressions" bigint NOT NULL DEFAULT 0,
      "likes" bigint NOT NULL DEFAULT 0, "reposts" bigint NOT NULL DEFAULT 0, "replies" bigint NOT NULL DEFAULT 0,
      "quotes" bigint NOT NULL DEFAULT 0, "bookmarks" bigint NOT NULL DEFAULT 0, "link_clicks" bigint NOT NULL DEFAULT 0`;
    const owned = `"workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "account_id" uuid NOT NULL REFERENCES "accounts"("id") ON DELETE CASCADE, "day" date NOT NULL`;
    // By day, and by month (`day`: the month's first day) so that a year reads twelve rows per account and group.
    for (const period of ['day', 'month']) {
      await q.query(`CREATE TABLE "analytics_${period}s" (${owned}, "kind" text NOT NULL, "author_id" uuid NOT NULL,
        ${sums}, PRIMARY KEY ("account_id", "day", "kind", "author_id"))`);
      await q.query(`CREATE TABLE "analytics_${period}_hours" (${owned}, "hour" smallint NOT NULL, ${sums},
        PRIMARY KEY ("account_id", "day", "hour"))`);
      await q.query(`CREATE TABLE "analytics_${period}_tags" (${owned}, "tag" text NOT NULL, ${sums},
        PRIMARY KEY ("account_id", "day", "tag"))`);
    }
    // One row per account and day (the day grouping of a long range).
    await q.query(`CREATE TABLE "analytics_day_totals" (${owned}, ${sums}, PRIMARY KEY ("account_id", "day"))`);
    await q.query(`CREATE TABLE "account_followers" (
      "account_id" uuid NOT NULL REFERENCES "accounts"("id") ON DELETE CASCADE,
      "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "day" date NOT NULL,
      "lease_owner" text,
      "lease_until" TIMESTAMP WITH TIME ZONE,
      "taken_at" TIMESTAMP WITH TIME ZONE,
      "followers_count" integer,
      "following_count" integer,
      "tweet_count" integer,
      "listed_count" integer,
      PRIMARY KEY ("account_id", "day"))`);
    await q.query(`CREATE TABLE "analytics_reads" (
      "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "day" date NOT NULL,
      "requests" integer NOT NULL DEFAULT 0,
      "post_reads" integer NOT NULL DEFAULT 0,
      "user_reads" integer NOT NULL DEFAULT 0,
      "micro_usd" bigint NOT NULL DEFAULT 0,
      PRIMARY KEY ("workspace_id", "day"))`);
    await q.query(`CREATE TABLE "analytics_settings" (
      "workspace_id" uuid NOT NULL PRIMARY KEY REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "monthly_budget_micro_usd" bigint NOT NULL CHECK ("monthly_budget_micro_usd" >= 0))`);
    await q.query(publishedFunctionSql());
    // Each change of a post's latest figures (and its first row) moves its day's and month's rollups by the
    // difference; a post that changed group (its tags or kind edited after publication) leaves its old groups and
    // joins the new ones.
    await q.query(rollupFunctionSql(['kind', 'author_id']));
    await q.query(
      `CREATE TRIGGER post_metrics_rollup AFTER INSERT OR UPDATE ON post_metrics FOR EACH ROW
       EXECUTE FUNCTION xp_analytics_rollup()`,
    );
    // A published post's tags or kind edited: its figures row (and so the rollups) follow.
    await q.query(`CREATE FUNCTION xp_analytics_post_regrouped() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE post_metrics SET tags = NEW.tags, kind = NEW.kind WHERE post_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER posts_analytics_regrouped AFTER UPDATE OF tags, kind ON posts FOR EACH ROW
       WHEN ((NEW.tags, NEW.kind) IS DISTINCT FROM (OLD.tags, OLD.kind)) EXECUTE FUNCTION xp_analytics_post_regrouped()`,
    );
    const when = `NEW.status = 'published' AND NEW.published_at IS NOT NULL AND cardinality(NEW.tweet_ids) > 0`;
    await q.query(
      `CREATE TRIGGER posts_analytics_published AFTER UPDATE OF status ON posts FOR EACH ROW
       WHEN (${when} AND OLD.status IS DISTINCT FROM 'published') EXECUTE FUNCTION xp_analytics_post_published()`,
    );
    await q.query(
      `CREATE TRIGGER posts_analytics_inserted AFTER INSERT ON posts FOR EACH ROW
       WHEN (${when}) EXECUTE FUNCTION xp_analytics_post_published()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER posts_analytics_inserted ON posts`);
    await q.query(`DROP TRIGGER posts_analytics_published ON posts`);
    await q.query(`DROP FUNCTION xp_analytics_post_published()`);
    await q.query(`DROP TRIGGER posts_analytics_regrouped ON posts`);
    await q.query(`DROP FUNCTION xp_analytics_post_regrouped()`);
    await q.query(`DROP TRIGGER post_metrics_rollup ON post_metrics`);
    await q.query(`DROP FUNCTION xp_analytics_rollup()`);
    for (const t of [
      'analytics_day_totals',
      'analytics_settings',
      'analytics_reads',
      'account_followers',
      'analytics_month_tags',
      'analytics_month_hours',
      'analytics_months',
      'analytics_day_tags',
      'analytics_day_hours',
      'analytics_days',
      'post_metrics',
      'metric_snapshots',
    ])
      await q.query(`DROP TABLE "${t}"`);
    await q.query(`ALTER TABLE "accounts" DROP COLUMN "analytics_enabled"`);
  }
}
