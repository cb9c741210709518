import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API and the scheduler act as: it owns nothing and may not rewrite the audit trail. */
export const APP_ROLE = 'xp_app';

/**
 * Hardening of the audit trail (docs/security.md, "Audit trail"):
 * - events are sealed with an HMAC key from the configuration (`key_id` names it); the unkeyed events already
 *   there form the legacy prefix, verified the old way up to `audit_chain_legacy.last_id`, and a check refuses new
 *   unkeyed events (an older release still writing during the upgrade fails instead of writing unverifiable events);
 * - `audit_checkpoints`: signed statements of each chain's head (also appended to a file outside the database);
 * - the runtime role `xp_app` (NOLOGIN here; `ensureAppRole` gives it a login): SELECT, INSERT, UPDATE, DELETE on
 *   the tables, but only SELECT and INSERT on the audit tables, nothing on `schema_migrations`, no TRUNCATE and no
 *   TRIGGER privilege, and no ownership, so it cannot disable the append-only triggers. Tables created by later
 *   migrations get the same grants by default; an append-only table must revoke UPDATE and DELETE in its migration.
 */
export class AuditKeysRoles1795330000000 implements MigrationInterface {
  name = 'AuditKeysRoles1795330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "audit_events" ADD "key_id" text`);
    await q.query(
      `CREATE TABLE "audit_chain_legacy" ("last_id" bigint NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`,
    );
    await q.query(`LOCK TABLE "audit_events" IN SHARE MODE`);
    await q.query(`INSERT INTO "audit_chain_legacy" ("last_id") SELECT coalesce(max("id"), 0) FROM "audit_events"`);
    await q.query(
      `ALTER TABLE "audit_events" ADD CONSTRAINT "CHK_audit_events_keyed" CHECK ("key_id" IS NOT NULL) NOT VALID`,
    );
    await q.query(
      `CREATE TABLE "audit_checkpoints" ("id" BIGSERIAL NOT NULL, "workspace_id" uuid NOT NULL, "last_id" bigint NOT NULL, "head_hash" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "key_id" text NOT NULL, "signature" text NOT NULL, CONSTRAINT "PK_audit_checkpoints" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_audit_checkpoints_workspace" ON "audit_checkpoints" ("workspace_id", "last_id")`);
    await q.query(`CREATE OR REPLACE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$`);
    for (const t of ['audit_checkpoints', 'audit_chain_legacy']) {
      await q.query(
        `CREATE TRIGGER "${t}_no_update_delete" BEFORE UPDATE OR DELETE ON "${t}" FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"()`,
      );
      await q.query(
        `CREATE TRIGGER "${t}_no_truncate" BEFORE TRUNCATE ON "${t}" FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_append_only"()`,
      );
    }

    // The runtime role (cluster-wide: created once, then reused by every database of the cluster).
    await q.query(`DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
    CREATE ROLE ${APP_ROLE} NOLOGIN;
  END IF;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN NULL;
  WHEN insufficient_privilege THEN
    RAISE EXCEPTION 'role ${APP_ROLE} does not exist and % may not create it: run "CREATE ROLE ${APP_ROLE} NOLOGIN" as a superuser, then migrate again (docs/security.md, "Database roles")', current_user;
END
$$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    await q.query(`REVOKE UPDATE, DELETE ON "audit_events", "audit_checkpoints" FROM ${APP_ROLE}`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE ON "audit_chain_legacy" FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON "schema_migrations" FROM ${APP_ROLE}`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${APP_ROLE}`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP_ROLE}`,
    );
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`DROP TABLE "audit_checkpoints"`);
    await q.query(`DROP TABLE "audit_chain_legacy"`);
    await q.query(`CREATE OR REPLACE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$`);
    await q.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "CHK_audit_events_keyed"`);
    await q.query(`ALTER TABLE "audit_events" DROP COLUMN "key_id"`);
  }
}
