import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Listening (docs/listening.md): monitors per brand, their per-minute volume with the baseline computed when the
 * minute was counted, the matching posts read (posts mode), alerts, and the reads billed per monitor and UTC day;
 * per workspace the monthly cap on listening reads. Monitors are claimed for polling with FOR UPDATE SKIP LOCKED
 * on `next_poll_at`, so several workers never read the same minutes twice.
 */
export class Listening1796440000000 implements MigrationInterface {
  name = 'Listening1796440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "monitors" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "brand_id" uuid NOT NULL REFERENCES "brands"("id") ON DELETE CASCADE,
      "name" text NOT NULL,
      "query" text NOT NULL,
      "languages" text array NOT NULL DEFAULT '{}',
      "mode" text NOT NULL CHECK ("mode" IN ('volume', 'posts')),
      "daily_read_budget" integer NOT NULL CHECK ("daily_read_budget" > 0),
      "spike_factor" double precision NOT NULL,
      "min_volume" integer NOT NULL,
      "active" boolean NOT NULL DEFAULT true,
      "counted_until" TIMESTAMP WITH TIME ZONE,
      "active_since" TIMESTAMP WITH TIME ZONE,
      "first_read_end" TIMESTAMP WITH TIME ZONE,
      "since_id" text,
      "next_poll_at" TIMESTAMP WITH TIME ZONE,
      "paused" text,
      "created_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_monitors_workspace" ON "monitors" ("workspace_id", "created_at")`);
    await q.query(`CREATE INDEX "IDX_monitors_due" ON "monitors" ("next_poll_at") WHERE "active"`);
    await q.query(`CREATE TABLE "monitor_counts" (
      "monitor_id" uuid NOT NULL REFERENCES "monitors"("id") ON DELETE CASCADE,
      "minute" TIMESTAMP WITH TIME ZONE NOT NULL,
      "count" integer NOT NULL,
      "baseline" real,
      PRIMARY KEY ("monitor_id", "minute"))`);
    await q.query(`CREATE TABLE "monitor_posts" (
      "monitor_id" uuid NOT NULL REFERENCES "monitors"("id") ON DELETE CASCADE,
      "tweet_id" text NOT NULL,
      "author_username" text NOT NULL,
      "text" text NOT NULL,
      "lang" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      PRIMARY KEY ("monitor_id", "tweet_id"))`);
    await q.query(`CREATE INDEX "IDX_monitor_posts_time" ON "monitor_posts" ("monitor_id", "created_at", "tweet_id")`);
    await q.query(`CREATE TABLE "monitor_alerts" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "monitor_id" uuid NOT NULL REFERENCES "monitors"("id") ON DELETE CASCADE,
      "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "ended_at" TIMESTAMP WITH TIME ZONE,
      "factor" double precision NOT NULL,
      "peak_count" integer NOT NULL,
      "baseline" double precision NOT NULL,
      "quiet_minutes" integer NOT NULL DEFAULT 0,
      "top_terms" text array NOT NULL DEFAULT '{}',
      "sample_tweet_ids" text array NOT NULL DEFAULT '{}',
      "status" text NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'acknowledged', 'resolved')),
      "hold_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL)`);
    await q.query(`CREATE INDEX "IDX_monitor_alerts_monitor" ON "monitor_alerts" ("monitor_id", "started_at")`);
    // At most one alert in progress (not ended) per monitor.
    await q.query(
      `CREATE UNIQUE INDEX "UQ_monitor_alerts_current" ON "monitor_alerts" ("monitor_id") WHERE "ended_at" IS NULL`,
    );
    await q.query(`CREATE TABLE "monitor_reads" (
      "monitor_id" uuid NOT NULL REFERENCES "monitors"("id") ON DELETE CASCADE,
      "workspace_id" uuid NOT NULL REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "day" date NOT NULL,
      "count_requests" integer NOT NULL DEFAULT 0,
      "search_requests" integer NOT NULL DEFAULT 0,
      "post_reads" integer NOT NULL DEFAULT 0,
      "micro_usd" bigint NOT NULL DEFAULT 0,
      PRIMARY KEY ("monitor_id", "day"))`);
    await q.query(`CREATE INDEX "IDX_monitor_reads_workspace" ON "monitor_reads" ("workspace_id", "day")`);
    await q.query(`CREATE TABLE "listening_settings" (
      "workspace_id" uuid NOT NULL PRIMARY KEY REFERENCES "workspaces"("id") ON DELETE CASCADE,
      "monthly_cap_micro_usd" bigint NOT NULL CHECK ("monthly_cap_micro_usd" >= 0))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'listening_settings',
      'monitor_reads',
      'monitor_alerts',
      'monitor_posts',
      'monitor_counts',
      'monitors',
    ])
      await q.query(`DROP TABLE "${t}"`);
  }
}
