import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live updates: triggers NOTIFY `xp_live` when something a signed-in member may be watching changes, whichever
 * process wrote it (the API or a scheduler). The notification is sent when the transaction commits, never for a
 * rolled-back one. Payloads carry ids only (the API re-reads and filters by membership and account scope):
 * - `{"k":"n","w":workspace,"u":user,"i":notification}`: a new in-app notification;
 * - `{"k":"r","w":workspace,"u":user}`: notifications marked read (the unread count changed);
 * - `{"k":"p","w":workspace,"a":account,"i":post}`: a post was created, or its status, time or version changed.
 */
export class LiveUpdates1796400000000 implements MigrationInterface {
  name = 'LiveUpdates1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION xp_live_notification_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('xp_live', json_build_object('k', 'n', 'w', NEW.workspace_id, 'u', NEW.user_id, 'i', NEW.id)::text);
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER notifications_live_insert AFTER INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION xp_live_notification_inserted()`,
    );
    await q.query(`
      CREATE FUNCTION xp_live_notifications_read() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r record;
      BEGIN
        FOR r IN SELECT DISTINCT workspace_id, user_id FROM new_rows WHERE read_at IS NOT NULL LOOP
          PERFORM pg_notify('xp_live', json_build_object('k', 'r', 'w', r.workspace_id, 'u', r.user_id)::text);
        END LOOP;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER notifications_live_read AFTER UPDATE ON notifications REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION xp_live_notifications_read()`,
    );
    await q.query(`
      CREATE FUNCTION xp_live_post_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status OR OLD.scheduled_at IS DISTINCT FROM NEW.scheduled_at
           OR OLD.version IS DISTINCT FROM NEW.version THEN
          PERFORM pg_notify('xp_live', json_build_object('k', 'p', 'w', NEW.workspace_id, 'a', NEW.account_id, 'i', NEW.id)::text);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER posts_live AFTER INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION xp_live_post_changed()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER posts_live ON posts`);
    await q.query(`DROP FUNCTION xp_live_post_changed()`);
    await q.query(`DROP TRIGGER notifications_live_read ON notifications`);
    await q.query(`DROP FUNCTION xp_live_notifications_read()`);
    await q.query(`DROP TRIGGER notifications_live_insert ON notifications`);
    await q.query(`DROP FUNCTION xp_live_notification_inserted()`);
  }
}
