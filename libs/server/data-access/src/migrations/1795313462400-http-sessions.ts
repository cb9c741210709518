import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side HTTP sessions (connect-pg-simple's layout). Not a TypeORM entity: the session store owns it.
 * The user id index lets logout-everywhere and password changes revoke a user's sessions at once.
 */
export class HttpSessions1795313462400 implements MigrationInterface {
  name = 'HttpSessions1795313462400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "http_sessions" ("sid" varchar NOT NULL PRIMARY KEY, "sess" jsonb NOT NULL, "expire" timestamp(6) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_http_sessions_expire" ON "http_sessions" ("expire")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_http_sessions_user" ON "http_sessions" ((sess -> 'passport' ->> 'user'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "http_sessions"`);
  }
}
