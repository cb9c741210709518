import { createHash } from 'node:crypto';

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
}

export interface AuditChainBreak {
  workspaceId: string;
  id: string;
  reason: 'hash_mismatch' | 'prev_hash_mismatch';
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

/** SHA-256 (hex) over the previous hash and the canonical JSON of the event's fields. */
export function auditHash(prevHash: string | null, e: AuditChainFields): string {
  const fields = {
    id: String(e.id),
    workspaceId: e.workspaceId,
    actorId: e.actorId,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    data: e.data,
    createdAt: e.createdAt.toISOString(),
  };
  return createHash('sha256')
    .update(prevHash ?? '')
    .update('\n')
    .update(canonicalJson(fields))
    .digest('hex');
}

/**
 * Checks rows fed in chain order (by workspace, then id): each must name the previous row's hash of its
 * workspace and carry the hash of its own fields. Returns the first broken link.
 */
export class AuditChainVerifier {
  private readonly last = new Map<string, string>();
  checked = 0;

  feed(row: AuditChainRow): AuditChainBreak | null {
    this.checked++;
    const expectedPrev = this.last.get(row.workspaceId) ?? null;
    if (row.prevHash !== expectedPrev) {
      return {
        workspaceId: row.workspaceId,
        id: String(row.id),
        reason: 'prev_hash_mismatch',
        message: `event ${row.id} does not follow the previous event of its workspace (an event was removed or reordered)`,
      };
    }
    if (auditHash(row.prevHash, row) !== row.hash) {
      return {
        workspaceId: row.workspaceId,
        id: String(row.id),
        reason: 'hash_mismatch',
        message: `event ${row.id} was altered after it was recorded (its hash does not match its content)`,
      };
    }
    this.last.set(row.workspaceId, row.hash);
    return null;
  }
}
