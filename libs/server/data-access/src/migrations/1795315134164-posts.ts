import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Posts1795315134164 implements MigrationInterface {
  name = 'Posts1795315134164';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "account_id" uuid NOT NULL, "author_id" uuid NOT NULL, "status" text NOT NULL, "kind" text NOT NULL DEFAULT 'standard', "segments" jsonb NOT NULL, "content_hash" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "scheduled_at" TIMESTAMP WITH TIME ZONE, "publish_by" TIMESTAMP WITH TIME ZONE, "not_before" TIMESTAMP WITH TIME ZONE, "lease_owner" text, "lease_until" TIMESTAMP WITH TIME ZONE, "charter_override" jsonb, "tweet_ids" text array NOT NULL DEFAULT '{}', "published_at" TIMESTAMP WITH TIME ZONE, "status_reason" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_posts_account_time" ON "posts" ("account_id", "scheduled_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_posts_calendar" ON "posts" ("workspace_id", "scheduled_at") `);
    await queryRunner.query(
      `CREATE TABLE "post_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "post_id" uuid NOT NULL, "revision" integer NOT NULL, "segments" jsonb NOT NULL, "content_hash" text NOT NULL, "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_871219c3d5044d70ff7d59480b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_post_revisions_post_version" ON "post_revisions" ("post_id", "revision") `,
    );
    await queryRunner.query(
      `CREATE TABLE "approvals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "post_id" uuid NOT NULL, "approver_id" uuid NOT NULL, "role" text NOT NULL, "content_hash" text NOT NULL, "valid" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_690417aaefa84d18b1a59e2a499" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_approvals_post" ON "approvals" ("post_id") `);
    await queryRunner.query(
      `CREATE TABLE "post_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "post_id" uuid NOT NULL, "author_id" uuid NOT NULL, "parent_id" uuid, "body" text NOT NULL, "mentions" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2e99e04b4a1b31de6f833c18ced" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_post_comments_post" ON "post_comments" ("post_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "publish_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "post_id" uuid NOT NULL, "segment_index" integer NOT NULL, "scheduler_id" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "outcome" text NOT NULL, "detail" text, "tweet_id" text, CONSTRAINT "PK_f797722a06a3395aea1afb2cdca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_publish_attempts_post" ON "publish_attempts" ("post_id", "started_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "holds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "scope" text NOT NULL, "target_id" uuid NOT NULL, "reason" text NOT NULL, "placed_by" uuid NOT NULL, "placed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "released_at" TIMESTAMP WITH TIME ZONE, "released_by" uuid, "release_mode" text, CONSTRAINT "PK_a8a21700a256e0267fb43f4f7ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_holds_active" ON "holds" ("workspace_id", "released_at") `);
    await queryRunner.query(
      `CREATE TABLE "charters" ("brand_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "config" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1f8c695683db4abdee30251f7da" PRIMARY KEY ("brand_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "media" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "uploaded_by" uuid NOT NULL, "mime_type" text NOT NULL, "size" integer NOT NULL, "file_name" text, "alt_text" text, "data" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f4e0fcac36e050de337b670d8bd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_media_workspace" ON "media" ("workspace_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_b1713d1067dce052aa5b05c0168" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_e3bab03a7dee745151598930014" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_312c63be865c81b922e39c2475e" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_revisions" ADD CONSTRAINT "FK_21715fae1f647ae1e4b0741346a" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approvals" ADD CONSTRAINT "FK_2565bad45a3e088f09587b63d67" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_comments" ADD CONSTRAINT "FK_e8ffd07822f03f90f637b13cd59" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "publish_attempts" ADD CONSTRAINT "FK_89c1ff4961afeeedb766902dcb3" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "holds" ADD CONSTRAINT "FK_8b81e59aa1d7feb9c9b5e4cfd86" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "charters" ADD CONSTRAINT "FK_1f8c695683db4abdee30251f7da" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "media" ADD CONSTRAINT "FK_d150bb6186f15fdb8f1f84f5cdb" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "media" DROP CONSTRAINT "FK_d150bb6186f15fdb8f1f84f5cdb"`);
    await queryRunner.query(`ALTER TABLE "charters" DROP CONSTRAINT "FK_1f8c695683db4abdee30251f7da"`);
    await queryRunner.query(`ALTER TABLE "holds" DROP CONSTRAINT "FK_8b81e59aa1d7feb9c9b5e4cfd86"`);
    await queryRunner.query(`ALTER TABLE "publish_attempts" DROP CONSTRAINT "FK_89c1ff4961afeeedb766902dcb3"`);
    await queryRunner.query(`ALTER TABLE "post_comments" DROP CONSTRAINT "FK_e8ffd07822f03f90f637b13cd59"`);
    await queryRunner.query(`ALTER TABLE "approvals" DROP CONSTRAINT "FK_2565bad45a3e088f09587b63d67"`);
    await queryRunner.query(`ALTER TABLE "post_revisions" DROP CONSTRAINT "FK_21715fae1f647ae1e4b0741346a"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_312c63be865c81b922e39c2475e"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_e3bab03a7dee745151598930014"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_b1713d1067dce052aa5b05c0168"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_media_workspace"`);
    await queryRunner.query(`DROP TABLE "media"`);
    await queryRunner.query(`DROP TABLE "charters"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_holds_active"`);
    await queryRunner.query(`DROP TABLE "holds"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_publish_attempts_post"`);
    await queryRunner.query(`DROP TABLE "publish_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_post_comments_post"`);
    await queryRunner.query(`DROP TABLE "post_comments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_approvals_post"`);
    await queryRunner.query(`DROP TABLE "approvals"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_post_revisions_post_version"`);
    await queryRunner.query(`DROP TABLE "post_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_calendar"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_posts_account_time"`);
    await queryRunner.query(`DROP TABLE "posts"`);
  }
}
