import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The hold lock: advisory, class 'HOLD' (0x484f4c44), key 0. */
const HOLD_LOCK = '1213156420, 0';

/**
 * The gate between crisis holds and the scheduler's claim. A claim is one statement, and its snapshot is taken when
 * it starts: a hold committed a moment later would not be seen, and posts it covers could still be claimed after
 * placing it had returned. `xp_active_holds()` closes that gap: it first takes the hold lock shared (held until the
 * claim commits), then reads the active holds with a fresh snapshot (a VOLATILE function takes one per query). A
 * trigger takes the same lock exclusive before any insert into holds, whoever writes it, so placing a hold waits for
 * the claims already past the gate, and every claim after it sees the hold.
 */
export class HoldGate1795319000000 implements MigrationInterface {
  name = 'HoldGate1795319000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION xp_active_holds() RETURNS TABLE (workspace_id uuid, scope text, target_id uuid)
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock_shared(${HOLD_LOCK});
        RETURN QUERY SELECT h.workspace_id, h.scope, h.target_id FROM holds h WHERE h.released_at IS NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION xp_hold_gate_close() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(${HOLD_LOCK});
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER holds_gate BEFORE INSERT ON holds FOR EACH STATEMENT EXECUTE FUNCTION xp_hold_gate_close()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER holds_gate ON holds`);
    await q.query(`DROP FUNCTION xp_hold_gate_close()`);
    await q.query(`DROP FUNCTION xp_active_holds()`);
  }
}
