/**
 * Scheduler liveness (docs/scheduler.md "Crash recovery"). Each scheduler process holds a session-level advisory
 * lock keyed by its id on its LISTEN connection for as long as it runs. PostgreSQL releases that lock the moment the
 * session ends — a process killed with SIGKILL closes its sockets at once — so a lease whose owner holds no such lock
 * belongs to a scheduler that is gone, and its posts can be recovered without waiting for `lease_until`.
 */
export const LIVENESS_LOCK_CLASS = 0x7870; // "xp"

/** Takes the liveness lock of scheduler `$1` for this session: `ok` is false when another session holds it. */
export const TAKE_LIVENESS_LOCK = `SELECT pg_try_advisory_lock(${LIVENESS_LOCK_CLASS}, hashtext($1)) AS ok`;

/** A CTE body: the lock keys of the schedulers alive now, in this database. */
export const LIVE_SCHEDULERS = `SELECT l.objid FROM pg_locks l
  WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ${LIVENESS_LOCK_CLASS} AND l.objsubid = 2
    AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`;

/**
 * The lease in `owner` (a column) belongs to another scheduler that holds no liveness lock; needs a CTE `live` of
 * LIVE_SCHEDULERS and the asking scheduler's id as `me` (a process never declares itself dead).
 */
export const leaseOwnerGone = (owner: string, me: string) =>
  `(${owner} IS NOT NULL AND ${owner} <> ${me} AND hashtext(${owner})::oid NOT IN (SELECT objid FROM live))`;
