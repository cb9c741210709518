import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploads without a whole file in memory, a per-workspace quota, deletable media, throttled and expiring dry runs
 * (docs/security.md, "Uploads"):
 * - media bytes move from `media.data` to `media_chunks` (written chunk by chunk while an upload streams in); a
 *   media is `uploading` until its request completes (its `sha256` is null until then);
 * - `xp_posts_lock_media()`: a post written with media holds those media rows (FOR KEY SHARE) until it commits, so
 *   deleting a media (which locks the row, then looks for posts using it) either sees the post or runs first, and
 *   a post attaching a media deleted meanwhile is refused (SQLSTATE XPM01) instead of pointing at nothing;
 * - `import_attempts`: the sliding window of the dry-run throttle; a partial index finds dry runs by age (expiry).
 */
export class UploadLimits1796339379078 implements MigrationInterface {
  name = 'UploadLimits1796339379078';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "media_chunks" ("media_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_5e25e35c0dc7aa4fccb9225bba3" PRIMARY KEY ("media_id", "seq"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "import_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "user_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6af4eef65ae72688931e247f2b7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_import_attempts_ws" ON "import_attempts" ("workspace_id", "at") `);
    await queryRunner.query(`ALTER TABLE "media" ADD "status" text NOT NULL DEFAULT 'ready'`);
    // `sha256` exists since the content-hash v2 migration; null while an upload is in progress from now on.
    await queryRunner.query(`ALTER TABLE "media" ALTER COLUMN "sha256" DROP NOT NULL`);
    // The bytes already stored: one chunk each (a reader concatenates chunks in order, whatever their sizes).
    await queryRunner.query(
      `INSERT INTO "media_chunks" ("media_id", "seq", "data") SELECT "id", 0, "data" FROM "media"`,
    );
    await queryRunner.query(`ALTER TABLE "media" DROP COLUMN "data"`);
    await queryRunner.query(
      `ALTER TABLE "media_chunks" ADD CONSTRAINT "FK_f5310d79be8570fb927d4da3308" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_attempts" ADD CONSTRAINT "FK_711e57efd4f674ffda97ae55252" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_import_jobs_dry_run" ON "import_jobs" ("created_at") WHERE status = 'dry_run'`,
    );
    await queryRunner.query(`
      CREATE FUNCTION xp_posts_lock_media() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        wanted uuid[];
        held int;
      BEGIN
        SELECT coalesce(array_agg(DISTINCT (m->>'id')::uuid), '{}') INTO wanted
          FROM jsonb_array_elements(NEW.segments) s, jsonb_array_elements(coalesce(s->'media', '[]'::jsonb)) m;
        IF cardinality(wanted) = 0 THEN RETURN NEW; END IF;
        IF TG_OP = 'UPDATE' AND NEW.segments IS NOT DISTINCT FROM OLD.segments THEN RETURN NEW; END IF;
        SELECT count(*) INTO held FROM (
          SELECT 1 FROM media WHERE workspace_id = NEW.workspace_id AND id = ANY(wanted) AND status = 'ready'
          FOR KEY SHARE
        ) locked;
        IF held < cardinality(wanted) THEN
          RAISE EXCEPTION 'a media of this post was deleted' USING ERRCODE = 'XPM01';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER posts_lock_media BEFORE INSERT OR UPDATE OF segments ON posts FOR EACH ROW EXECUTE FUNCTION xp_posts_lock_media()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER posts_lock_media ON posts`);
    await queryRunner.query(`DROP FUNCTION xp_posts_lock_media()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_import_jobs_dry_run"`);
    await queryRunner.query(`ALTER TABLE "import_attempts" DROP CONSTRAINT "FK_711e57efd4f674ffda97ae55252"`);
    await queryRunner.query(`ALTER TABLE "media_chunks" DROP CONSTRAINT "FK_f5310d79be8570fb927d4da3308"`);
    // Uploads in progress have no complete bytes to keep.
    await queryRunner.query(`DELETE FROM "media" WHERE "status" = 'uploading'`);
    await queryRunner.query(`ALTER TABLE "media" ADD "data" bytea`);
    await queryRunner.query(
      `UPDATE "media" m SET "data" = coalesce((SELECT string_agg(c."data", ''::bytea ORDER BY c."seq") FROM "media_chunks" c WHERE c."media_id" = m."id"), ''::bytea)`,
    );
    await queryRunner.query(`ALTER TABLE "media" ALTER COLUMN "data" SET NOT NULL`);
    await queryRunner.query(`UPDATE "media" SET "sha256" = encode(sha256("data"), 'hex') WHERE "sha256" IS NULL`);
    await queryRunner.query(`ALTER TABLE "media" ALTER COLUMN "sha256" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "media" DROP COLUMN "status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_import_attempts_ws"`);
    await queryRunner.query(`DROP TABLE "import_attempts"`);
    await queryRunner.query(`DROP TABLE "media_chunks"`);
  }
}
