import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The fields of an audit event that its hash covers (everything but the hashes themselves). */
export interface AuditChainFields {
  id: string;
  workspaceId: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
  createdAt: Date;
}

export interface AuditChainRow extends AuditChainFields {
  prevHash: string | null;
  hash: string;
  /** The HMAC key that sealed the event (AUDIT_HMAC_KEYS); null: an unkeyed event of the legacy prefix. */
  keyId: string | null;
}

/** An HMAC key of the audit chain (configuration only, never the database). */
export interface AuditKey {
  id: string;
  key: Buffer;
}

/** The configured keys: the first seals new events and checkpoints, every key verifies (rotation). */
export type AuditKeyring = readonly AuditKey[];

export type AuditChainBreakReason =
  | 'hash_mismatch'
  | 'prev_hash_mismatch'
  | 'unkeyed_event'
  | 'unknown_key'
  | 'truncated'
  | 'checkpoint_mismatch'
  | 'checkpoint_forged';

export interface AuditChainBreak {
  workspaceId: string;
  id: string;
  reason: AuditChainBreakReason;
  message: string;
}

/** JSON with object keys sorted at every level, so the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value);
    return s === undefined ? 'null' : s;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined && typeof obj[k] !== 'function')
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** What a JSON column gives back: undefined dropped, dates as ISO strings (hash what is stored, not what was passed). */
export function jsonNormalize(data: Record<string, unknown> | undefined): Record<string, unknown> {
  return data ? (JSON.parse(JSON.stringify(data)) as Record<string, unknown>) : {};
}

function chainFields(e: AuditChainFields) {
  return {
    id: String(e.id),
    workspaceId: e.workspaceId,
    actorId: e.actorId,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    data: e.data,
    createdAt: e.createdAt.toISOString(),
  };
}

/**
 * The legacy, unkeyed link: SHA-256 (hex) over the previous hash and the canonical JSON of the event's fields.
 * Anyone can recompute it, so it only verifies the events recorded before the keyed chain began (the legacy prefix).
 */
export function auditHash(prevHash: string | null, e: AuditChainFields): string {
  return createHash('sha256')
    .update(prevHash ?? '')
    .update('\n')
    .update(canonicalJson(chainFields(e)))
    .digest('hex');
}

/** The keyed link: HMAC-SHA256 (hex) with a key the database does not hold, over the previous hash and the fields. */
export function auditMac(key: Buffer, prevHash: string | null, e: AuditChainFields): string {
  return createHmac('sha256', key)
    .update('xp-audit-event/1\n')
    .update(prevHash ?? '')
    .update('\n')
    .update(canonicalJson(chainFields(e)))
    .digest('hex');
}

/** Seals a new event with the signing key (the keyring's first). */
export function sealAuditEvent(
  keys: AuditKeyring,
  prevHash: string | null,
  e: AuditChainFields,
): { hash: string; keyId: string } {
  const signing = keys[0];
  if (!signing) throw new Error('AUDIT_HMAC_KEYS has no key: the audit chain cannot be sealed');
  return { hash: auditMac(signing.key, prevHash, e), keyId: signing.id };
}

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A signed statement that, at `at`, the chain of `workspaceId` ended at event `lastId` with hash `headHash`. Kept
 * outside the audit table (a JSON-lines file, an owner's export), it pins the head: deleting the newest events or
 * rewriting the table can no longer go unseen.
 */
export interface AuditCheckpoint {
  workspaceId: string;
  lastId: string;
  headHash: string;
  at: Date;
  keyId: string;
  signature: string;
}

export type AuditCheckpointFields = Pick<AuditCheckpoint, 'workspaceId' | 'lastId' | 'headHash' | 'at'>;

function checkpointText(c: AuditCheckpointFields): string {
  return canonicalJson({
    v: 1,
    workspaceId: c.workspaceId,
    lastId: String(c.lastId),
    headHash: c.headHash,
    at: c.at.toISOString(),
  });
}

function checkpointMac(key: Buffer, c: AuditCheckpointFields): string {
  return createHmac('sha256', key).update('xp-audit-checkpoint/1\n').update(checkpointText(c)).digest('hex');
}

export function signAuditCheckpoint(keys: AuditKeyring, c: AuditCheckpointFields): AuditCheckpoint {
  const signing = keys[0];
  if (!signing) throw new Error('AUDIT_HMAC_KEYS has no key: checkpoints cannot be signed');
  return { ...c, lastId: String(c.lastId), keyId: signing.id, signature: checkpointMac(signing.key, c) };
}

/** True when one of the configured keys signed exactly these fields. */
export function auditCheckpointValid(keys: AuditKeyring, c: AuditCheckpoint): boolean {
  const key = keys.find((k) => k.id === c.keyId);
  return !!key && typeof c.signature === 'string' && sameHex(checkpointMac(key.key, c), c.signature);
}

/** One checkpoint as a line of the JSON-lines file (and of an owner's export). */
export function auditCheckpointToJson(c: AuditCheckpoint): string {
  return JSON.stringify({
    workspaceId: c.workspaceId,
    lastId: c.lastId,
    headHash: c.headHash,
    at: c.at.toISOString(),
    keyId: c.keyId,
    signature: c.signature,
  });
}

/** Parses a JSON-lines file of checkpoints; a line that is not a checkpoint is reported with its number. */
export function parseAuditCheckpoints(text: string): { checkpoints: AuditCheckpoint[]; bad: number[] } {
  const checkpoints: AuditCheckpoint[] = [];
  const bad: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      const at = new Date(String(o['at']));
      if (
        typeof o['workspaceId'] !== 'string' ||
        !/^\d{1,19}$/.test(String(o['lastId'])) ||
        typeof o['headHash'] !== 'string' ||
        typeof o['keyId'] !== 'string' ||
        typeof o['signature'] !== 'string' ||
        Number.isNaN(at.getTime())
      ) {
        bad.push(i + 1);
        return;
      }
      checkpoints.push({
        workspaceId: o['workspaceId'],
        lastId: String(o['lastId']),
        headHash: o['headHash'],
        at,
        keyId: o['keyId'],
        signature: o['signature'],
      });
    } catch {
      bad.push(i + 1);
    }
  });
  return { checkpoints, bad };
}

export interface AuditVerifierOptions {
  /** The configured keys (AUDIT_HMAC_KEYS). */
  keys: AuditKeyring;
  /**
   * The last event of the legacy prefix (recorded when the keyed chain began): unkeyed events up to it are verified
   * the old way, an unkeyed event after it is a forgery. null: no legacy prefix.
   */
  legacyLastId: string | null;
  /** Signed checkpoints (from the database, the JSON-lines file, an export): each must still match the chain. */
  checkpoints?: AuditCheckpoint[];
}

/**
 * Checks rows fed in chain order (by workspace, then id): each must name the previous row's hash of its workspace
 * and carry the HMAC of its own fields under a configured key (or, in the legacy prefix, the old unkeyed hash).
 * Every signed checkpoint must name an event that is still there with the same hash: `finish()` reports those whose
 * event is gone (the newest events were deleted). Returns the first broken link.
 */
export class AuditChainVerifier {
  private readonly last = new Map<string, { id: string; hash: string }>();
  private readonly pinned = new Map<string, AuditCheckpoint>();
  private readonly legacyLastId: bigint | null;
  private readonly keys: AuditKeyring;
  private forged: AuditCheckpoint | null = null;
  checked = 0;

  constructor(options: AuditVerifierOptions) {
    this.keys = options.keys;
    this.legacyLastId = options.legacyLastId === null ? null : BigInt(options.legacyLastId);
    for (const c of options.checkpoints ?? []) {
      if (!auditCheckpointValid(this.keys, c)) {
        this.forged ??= c;
        continue;
      }
      const k = `${c.workspaceId}/${c.lastId}`;
      const seen = this.pinned.get(k);
      if (seen && seen.headHash !== c.headHash) {
        this.forged ??= c;
        continue;
      }
      this.pinned.set(k, c);
    }
  }

  /** A checkpoint whose signature no configured key matches (checked before any row). */
  start(): AuditChainBreak | null {
    const c = this.forged;
    if (!c) return null;
    return {
      workspaceId: c.workspaceId,
      id: c.lastId,
      reason: 'checkpoint_forged',
      message: `the checkpoint of ${c.at.toISOString()} for event ${c.lastId} is not signed by a configured key (AUDIT_HMAC_KEYS): it was forged or altered`,
    };
  }

  feed(row: AuditChainRow): AuditChainBreak | null {
    this.checked++;
    const id = String(row.id);
    const expectedPrev = this.last.get(row.workspaceId)?.hash ?? null;
    const broken = (reason: AuditChainBreakReason, message: string): AuditChainBreak => ({
      workspaceId: row.workspaceId,
      id,
      reason,
      message,
    });
    if (row.prevHash !== expectedPrev) {
      return broken(
        'prev_hash_mismatch',
        `event ${id} does not follow the previous event of its workspace (an event was removed or reordered)`,
      );
    }
    if (row.keyId === null || row.keyId === undefined) {
      if (this.legacyLastId === null || BigInt(id) > this.legacyLastId) {
        return broken(
          'unkeyed_event',
          `event ${id} carries no key although it was recorded after the keyed chain began: it was written or re-hashed without the audit key`,
        );
      }
      if (auditHash(row.prevHash, row) !== row.hash) {
        return broken(
          'hash_mismatch',
          `event ${id} was altered after it was recorded (its hash does not match its content)`,
        );
      }
    } else {
      const key = this.keys.find((k) => k.id === row.keyId);
      if (!key) {
        return broken(
          'unknown_key',
          `event ${id} is sealed with key "${row.keyId}", which AUDIT_HMAC_KEYS does not hold (add the old key after the new one)`,
        );
      }
      if (!sameHex(auditMac(key.key, row.prevHash, row), row.hash)) {
        return broken(
          'hash_mismatch',
          `event ${id} was altered after it was recorded (its hash does not match its content)`,
        );
      }
    }
    const pin = this.pinned.get(`${row.workspaceId}/${id}`);
    if (pin) {
      if (pin.headHash !== row.hash) {
        return broken(
          'checkpoint_mismatch',
          `event ${id} differs from the signed checkpoint of ${pin.at.toISOString()}: the trail was rewritten`,
        );
      }
      this.pinned.delete(`${row.workspaceId}/${id}`);
    }
    this.last.set(row.workspaceId, { id, hash: row.hash });
    return null;
  }

  /** After the last row: a checkpoint whose event was never met means events were deleted (truncation). */
  finish(): AuditChainBreak | null {
    let worst: AuditCheckpoint | null = null;
    for (const c of this.pinned.values()) {
      if (!worst || BigInt(c.lastId) > BigInt(worst.lastId)) worst = c;
    }
    if (!worst) return null;
    const head = this.last.get(worst.workspaceId);
    return {
      workspaceId: worst.workspaceId,
      id: worst.lastId,
      reason: 'truncated',
      message: `the signed checkpoint of ${worst.at.toISOString()} vouches for event ${worst.lastId}, which is no longer in the trail (${
        head ? `it now ends at event ${head.id}` : 'no event is left'
      }): events were deleted`,
    };
  }
}
