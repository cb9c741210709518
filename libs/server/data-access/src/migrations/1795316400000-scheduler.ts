import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The scheduler: partial indexes for the claim, lease recovery and reconciliation, and a NOTIFY on
 * `xp_posts_due` (payload: the earliest due instant in epoch ms, or 0 = "look again now") whenever posts become
 * scheduled or move, and when a hold is released, so every scheduler process wakes at the right millisecond.
 */
export class Scheduler1795316400000 implements MigrationInterface {
  name = 'Scheduler1795316400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_posts_due" ON "posts" ("scheduled_at") WHERE status = 'scheduled'`);
    await q.query(
      `CREATE INDEX "IDX_posts_leased" ON "posts" ("lease_until") WHERE status IN ('publishing', 'unconfirmed')`,
    );
    await q.query(
      `CREATE INDEX "IDX_publish_attempts_pending" ON "publish_attempts" ("post_id") WHERE outcome IN ('pending', 'unknown')`,
    );
    await q.query(`
      CREATE FUNCTION xp_notify_posts_due() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE due timestamptz;
      BEGIN
        SELECT min(greatest(scheduled_at, coalesce(not_before, scheduled_at))) INTO due
          FROM new_rows WHERE status = 'scheduled' AND scheduled_at IS NOT NULL;
        IF due IS NOT NULL THEN
          PERFORM pg_notify('xp_posts_due', floor(extract(epoch FROM due) * 1000)::bigint::text);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER posts_due_insert AFTER INSERT ON posts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION xp_notify_posts_due()`,
    );
    await q.query(
      `CREATE TRIGGER posts_due_update AFTER UPDATE ON posts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION xp_notify_posts_due()`,
    );
    await q.query(`
      CREATE FUNCTION xp_notify_hold_released() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.released_at IS NOT NULL AND OLD.released_at IS NULL THEN PERFORM pg_notify('xp_posts_due', '0'); END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER holds_released AFTER UPDATE ON holds FOR EACH ROW EXECUTE FUNCTION xp_notify_hold_released()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER holds_released ON holds`);
    await q.query(`DROP FUNCTION xp_notify_hold_released()`);
    await q.query(`DROP TRIGGER posts_due_update ON posts`);
    await q.query(`DROP TRIGGER posts_due_insert ON posts`);
    await q.query(`DROP FUNCTION xp_notify_posts_due()`);
    await q.query(`DROP INDEX "IDX_publish_attempts_pending"`);
    await q.query(`DROP INDEX "IDX_posts_leased"`);
    await q.query(`DROP INDEX "IDX_posts_due"`);
  }
}
