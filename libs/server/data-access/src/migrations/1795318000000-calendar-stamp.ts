import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change stamp on posts for the calendar range query's validator (ETag): every insert or update of a post
 * stores the id of the writing transaction (`pg_current_xact_id()`, 64-bit, never wraps) in `change_xid`, by a
 * trigger, so that every writer (API, scheduler, imports, raw SQL) is covered. `max(change_xid)` of a workspace is
 * one probe of `IDX_posts_change`. Because transaction ids are handed out in start order, not commit order, a
 * reader trusts that maximum only when its snapshot's xmin is above it (every transaction up to it has ended);
 * `xp_calendar_stamp(workspace)` does that check and adds the active holds and the accounts (the answer depends on
 * them too) in one call whose plans PostgreSQL caches per connection: a few index probes whatever the number of
 * posts, asked on every calendar request.
 *
 * Rows written before this migration keep a NULL stamp: they have not changed since, and any later change stamps
 * them. Posts are never deleted on their own (only with their account or workspace, which the validator also
 * covers through the account list).
 */
export class CalendarStamp1795318000000 implements MigrationInterface {
  name = 'CalendarStamp1795318000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "posts" ADD "change_xid" bigint`);
    await q.query(`CREATE INDEX "IDX_posts_change" ON "posts" ("workspace_id", "change_xid") `);
    await q.query(`
      CREATE FUNCTION xp_posts_change_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.change_xid := pg_current_xact_id()::text::bigint;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER posts_change_stamp BEFORE INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION xp_posts_change_stamp()`,
    );
    // STABLE: every statement inside sees the calling query's snapshot, the one pg_current_snapshot() describes.
    await q.query(`
      CREATE FUNCTION xp_calendar_stamp(ws uuid) RETURNS text LANGUAGE plpgsql STABLE AS $$
      DECLARE
        p bigint;
        h text;
        a text;
      BEGIN
        SELECT max(change_xid) INTO p FROM posts WHERE workspace_id = ws;
        IF p IS NOT NULL AND pg_snapshot_xmin(pg_current_snapshot())::text::bigint <= p THEN
          RETURN NULL; -- a transaction that started before the last write may still commit one
        END IF;
        SELECT md5(coalesce(string_agg(concat_ws(':', scope, target_id), ',' ORDER BY scope, target_id), '')) INTO h
          FROM holds WHERE workspace_id = ws AND released_at IS NULL;
        SELECT md5(coalesce(string_agg(concat_ws(':', id, version, brand_id, status, long_posts, approval_policy::text, handle),
                                       ',' ORDER BY id), '')) INTO a
          FROM accounts WHERE workspace_id = ws;
        RETURN concat_ws('.', coalesce(p, 0), h, a);
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION xp_calendar_stamp(uuid)`);
    await q.query(`DROP TRIGGER posts_change_stamp ON posts`);
    await q.query(`DROP FUNCTION xp_posts_change_stamp()`);
    await q.query(`DROP INDEX "IDX_posts_change"`);
    await q.query(`ALTER TABLE "posts" DROP COLUMN "change_xid"`);
  }
}
