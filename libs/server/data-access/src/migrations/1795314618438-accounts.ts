import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795314618438 implements MigrationInterface {
  name = 'Accounts1795314618438';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "brand_id" uuid NOT NULL, "x_user_id" text NOT NULL, "handle" text NOT NULL, "name" text NOT NULL, "avatar_url" text, "status" text NOT NULL DEFAULT 'connected', "timezone" text NOT NULL DEFAULT 'Europe/Paris', "approval_policy" jsonb NOT NULL, "posting_slots" jsonb NOT NULL DEFAULT '[]', "rate_limit_tier" text NOT NULL DEFAULT 'basic', "long_posts" boolean NOT NULL DEFAULT false, "access_token_enc" text, "refresh_token_enc" text, "token_key_id" text, "token_expires_at" TIMESTAMP WITH TIME ZONE, "token_scopes" text array NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_accounts_brand" ON "accounts" ("brand_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_accounts_workspace_x_user" ON "accounts" ("workspace_id", "x_user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "oauth_states" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "state_hash" text NOT NULL, "workspace_id" uuid NOT NULL, "brand_id" uuid NOT NULL, "user_id" uuid NOT NULL, "code_verifier_enc" text NOT NULL, "redirect_uri" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c9df6e4203e8ca042bfe5bd00ec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_oauth_states_hash" ON "oauth_states" ("state_hash") `);
    await queryRunner.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "FK_212b65ba4b65c8c6d2619f3681b" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "FK_152bb73aea226dacb4ffc684313" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "oauth_states" ADD CONSTRAINT "FK_94ec762579af2450a51684f9ef1" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "oauth_states" ADD CONSTRAINT "FK_73e9bb2ca346c18abb52343c456" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "oauth_states" DROP CONSTRAINT "FK_73e9bb2ca346c18abb52343c456"`);
    await queryRunner.query(`ALTER TABLE "oauth_states" DROP CONSTRAINT "FK_94ec762579af2450a51684f9ef1"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP CONSTRAINT "FK_152bb73aea226dacb4ffc684313"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP CONSTRAINT "FK_212b65ba4b65c8c6d2619f3681b"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_oauth_states_hash"`);
    await queryRunner.query(`DROP TABLE "oauth_states"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_accounts_workspace_x_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_accounts_brand"`);
    await queryRunner.query(`DROP TABLE "accounts"`);
  }
}
