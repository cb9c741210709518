import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-ups waiting for their address to be confirmed (REGISTRATION_VERIFY_EMAIL, docs/security.md): the token of the
 * link as SHA-256 only, the password already hashed (argon2id), 24 h expiry, single use (`used_at`).
 */
export class PendingRegistrations1796000011000 implements MigrationInterface {
  name = 'PendingRegistrations1796000011000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "pending_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text NOT NULL, "display_name" text NOT NULL, "locale" text NOT NULL, "workspace_name" text, "invitation_id" uuid, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_72a24749ddb2c32bd41c3380909" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_pending_registrations_token_hash" ON "pending_registrations" ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "pending_registrations" ADD CONSTRAINT "FK_06481a399850b4eaae53ee0bb9f" FOREIGN KEY ("invitation_id") REFERENCES "invitations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pending_registrations" DROP CONSTRAINT "FK_06481a399850b4eaae53ee0bb9f"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_pending_registrations_token_hash"`);
    await queryRunner.query(`DROP TABLE "pending_registrations"`);
  }
}
