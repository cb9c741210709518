import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The gate between crisis holds and the scheduler's claim. A claim is one statement, and its snapshot is taken when
 * it starts: a hold committed a moment later would not be seen, and posts it covers could still be claimed after
 * placing it had returned. `xp_active_holds()` closes that gap: it first takes the hold lock shared (advisory,
 * class 'HOLD' = 0x484f4c44, held until the claim commits), then reads the active holds with a fresh snapshot
 * (a VOLATILE function takes one per query). Placing a hold takes the same lock exclusive before it inserts, so it
 * waits for the claims already past the gate, and every claim after it sees the hold.
 */
export class HoldGate1795319000000 implements MigrationInterface {
  name = 'HoldGate1795319000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION xp_active_holds() RETURNS TABLE (workspace_id uuid, scope text, target_id uuid)
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock_shared(1213156420, 0);
        RETURN QUERY SELECT h.workspace_id, h.scope, h.target_id FROM holds h WHERE h.released_at IS NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION xp_active_holds()`);
  }
}
