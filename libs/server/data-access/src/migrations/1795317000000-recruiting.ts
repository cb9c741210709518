import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Recruiting1795317000000 implements MigrationInterface {
  name = 'Recruiting1795317000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "title" text NOT NULL, "location" text NOT NULL, "contract_type" text NOT NULL, "url" text NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE, "hashtags" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'open', "created_by" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9a54d36bd6829979f945defdeb5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_job_offers_ws" ON "job_offers" ("workspace_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "post_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "kind" text NOT NULL DEFAULT 'job_offer', "language" text NOT NULL, "body" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1110f1ec806da78a0fad6f01e11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_post_templates_account_kind_lang" ON "post_templates" ("account_id", "kind", "language") `,
    );
    await queryRunner.query(
      `CREATE TABLE "post_origins" ("post_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "source" text NOT NULL, "source_id" uuid, "occurrence" integer, "language" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_35f117b657abae74e457987b17f" PRIMARY KEY ("post_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_post_origins_source" ON "post_origins" ("workspace_id", "source", "source_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "import_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "created_by" uuid NOT NULL, "status" text NOT NULL, "file_name" text, "mode" text, "target_status" text, "total" integer NOT NULL, "valid_rows" integer NOT NULL, "processed" integer NOT NULL DEFAULT '0', "imported" integer NOT NULL DEFAULT '0', "failed" integer NOT NULL DEFAULT '0', "rows" jsonb NOT NULL, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4d206c602f173f98e4bb85819a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_import_jobs_ws" ON "import_jobs" ("workspace_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "recurrences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "created_by" uuid NOT NULL, "start_date" text NOT NULL, "end_date" text, "time" text NOT NULL, "every" integer NOT NULL, "unit" text NOT NULL, "variants" jsonb NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "last_variant" integer, "last_occurrence" integer, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bc886e2f5042804348556c33a2c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_recurrences_ws" ON "recurrences" ("workspace_id") `);
    await queryRunner.query(
      `CREATE TABLE "live_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "max_lateness_seconds" integer NOT NULL, "budget" integer NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc3225418b55b1e022dbfb6dca5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_live_sessions_ws" ON "live_sessions" ("workspace_id", "starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "scope" text NOT NULL, "target_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_calendar_feeds_token" ON "calendar_feeds" ("token_hash") `);
    await queryRunner.query(
      `ALTER TABLE "job_offers" ADD CONSTRAINT "FK_79715e4a1679747328c7c6db0c0" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_offers" ADD CONSTRAINT "FK_cfbcdf9a822cc408e6abdd9fc06" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_templates" ADD CONSTRAINT "FK_20b0846bed0eb66a71622959f24" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_templates" ADD CONSTRAINT "FK_0865ca943de1e0ebce78628a0d4" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_origins" ADD CONSTRAINT "FK_35f117b657abae74e457987b17f" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_jobs" ADD CONSTRAINT "FK_7a909e75bef9b8c658529b8dfa0" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recurrences" ADD CONSTRAINT "FK_e36eb4d4f8b7869eedb589aa392" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recurrences" ADD CONSTRAINT "FK_5dcd9b564cf83c810165a8e6d61" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_sessions" ADD CONSTRAINT "FK_fd50b83188efe2153afed4bd711" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_sessions" ADD CONSTRAINT "FK_10dbba90773c30ffa7a5bff7465" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_dcea486cc38078d1229d2fda9a8" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_dcea486cc38078d1229d2fda9a8"`);
    await queryRunner.query(`ALTER TABLE "live_sessions" DROP CONSTRAINT "FK_10dbba90773c30ffa7a5bff7465"`);
    await queryRunner.query(`ALTER TABLE "live_sessions" DROP CONSTRAINT "FK_fd50b83188efe2153afed4bd711"`);
    await queryRunner.query(`ALTER TABLE "recurrences" DROP CONSTRAINT "FK_5dcd9b564cf83c810165a8e6d61"`);
    await queryRunner.query(`ALTER TABLE "recurrences" DROP CONSTRAINT "FK_e36eb4d4f8b7869eedb589aa392"`);
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP CONSTRAINT "FK_7a909e75bef9b8c658529b8dfa0"`);
    await queryRunner.query(`ALTER TABLE "post_origins" DROP CONSTRAINT "FK_35f117b657abae74e457987b17f"`);
    await queryRunner.query(`ALTER TABLE "post_templates" DROP CONSTRAINT "FK_0865ca943de1e0ebce78628a0d4"`);
    await queryRunner.query(`ALTER TABLE "post_templates" DROP CONSTRAINT "FK_20b0846bed0eb66a71622959f24"`);
    await queryRunner.query(`ALTER TABLE "job_offers" DROP CONSTRAINT "FK_cfbcdf9a822cc408e6abdd9fc06"`);
    await queryRunner.query(`ALTER TABLE "job_offers" DROP CONSTRAINT "FK_79715e4a1679747328c7c6db0c0"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_calendar_feeds_token"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_live_sessions_ws"`);
    await queryRunner.query(`DROP TABLE "live_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_recurrences_ws"`);
    await queryRunner.query(`DROP TABLE "recurrences"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_import_jobs_ws"`);
    await queryRunner.query(`DROP TABLE "import_jobs"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_post_origins_source"`);
    await queryRunner.query(`DROP TABLE "post_origins"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_post_templates_account_kind_lang"`);
    await queryRunner.query(`DROP TABLE "post_templates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_job_offers_ws"`);
    await queryRunner.query(`DROP TABLE "job_offers"`);
  }
}
