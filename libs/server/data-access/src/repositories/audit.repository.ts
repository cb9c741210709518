import { Injectable } from '@nestjs/common';
import {
  AuditChainVerifier,
  AuditLog,
  AuditRepository,
  Clock,
  auditHash,
  decodeCursor,
  encodeCursor,
  jsonNormalize,
  type AuditEventInput,
  type AuditEventRecord,
  type AuditFilter,
  type AuditVerifyResult,
  type PageRequest,
  type PageResult,
} from '@xp/server/application';
import { AuditEventEntity } from '../entities';
import { TransactionHost } from './transaction-host';

/** First key of the two-key advisory lock that serializes appends per workspace ('AUDT'). */
export const AUDIT_LOCK_CLASS = 0x41554454;

type Query = (sql: string, params: unknown[]) => Promise<unknown>;

/**
 * Appends events to the hash-chained trail, in the caller's transaction (which must be open): takes the
 * per-workspace transaction locks (in workspace order, so concurrent writers never deadlock on them), reads each
 * chain's last hash, and inserts every event in one statement. Events of one workspace chain in the given order;
 * each is dated `at` unless it carries its own.
 */
export async function appendAuditEvents(
  query: Query,
  events: (AuditEventInput & { at?: Date })[],
  at: Date,
): Promise<void> {
  if (!events.length) return;
  const workspaces = [...new Set(events.map((e) => e.workspaceId))].sort();
  await query(
    'SELECT pg_advisory_xact_lock($1, hashtext(w)) FROM (SELECT w FROM unnest($2::text[]) AS w ORDER BY w OFFSET 0) s',
    [AUDIT_LOCK_CLASS, workspaces],
  );
  // After the locks, in a new statement (a fresh snapshot): the last hash of each chain and the new ids.
  const [heads] = (await query(
    `SELECT (SELECT coalesce(json_object_agg(w, (SELECT hash FROM audit_events WHERE workspace_id = w::uuid ORDER BY id DESC LIMIT 1)), '{}')
               FROM unnest($1::text[]) AS w) AS last,
            (SELECT array_agg(nextval(pg_get_serial_sequence('audit_events', 'id'))::text) FROM generate_series(1, $2)) AS ids`,
    [workspaces, events.length],
  )) as [{ last: Record<string, string | null>; ids: string[] }];
  const ids = heads.ids.map(BigInt).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const last = new Map(Object.entries(heads.last));
  const rows = events.map((e, i) => {
    const row = {
      id: String(ids[i]),
      workspaceId: e.workspaceId,
      actorId: e.actorId,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      data: jsonNormalize(e.data),
      createdAt: e.at ?? at,
    };
    const prevHash = last.get(e.workspaceId) ?? null;
    const hash = auditHash(prevHash, row);
    last.set(e.workspaceId, hash);
    return {
      id: row.id,
      workspace_id: row.workspaceId,
      actor_id: row.actorId,
      action: row.action,
      subject_type: row.subjectType,
      subject_id: row.subjectId,
      data: row.data,
      created_at: row.createdAt.toISOString(),
      prev_hash: prevHash,
      hash,
    };
  });
  await query(
    `INSERT INTO audit_events (id, workspace_id, actor_id, action, subject_type, subject_id, data, created_at, prev_hash, hash)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(id bigint, workspace_id uuid, actor_id uuid, action text,
       subject_type text, subject_id text, data jsonb, created_at timestamptz, prev_hash text, hash text)`,
    [JSON.stringify(rows)],
  );
}

/**
 * Append-only, hash-chained audit trail in PostgreSQL. `record` joins the caller's transaction (or opens one),
 * takes a per-workspace transaction lock, reads the last hash and appends: concurrent writers keep one chain.
 */
@Injectable()
export class PgAuditLog extends AuditLog {
  constructor(
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
  ) {
    super();
  }

  async record(event: AuditEventInput): Promise<void> {
    await this.tx.run(() =>
      appendAuditEvents((sql, params) => this.tx.manager.query(sql, params), [event], this.clock.now()),
    );
  }
}

interface AuditRow {
  id: string;
  workspace_id: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  data: Record<string, unknown>;
  created_at: Date;
  prev_hash: string | null;
  hash: string;
}

const fromRow = (r: AuditRow): AuditEventRecord => ({
  id: String(r.id),
  workspaceId: r.workspace_id,
  actorId: r.actor_id,
  action: r.action,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  data: r.data,
  createdAt: r.created_at,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/**
 * Recomputes the hash chain of one workspace (or of every workspace), in batches, and stops at the first broken
 * link. Shared by the API and `npm run audit:verify`.
 */
export async function verifyAuditChain(query: Query, workspaceId?: string, batch = 2000): Promise<AuditVerifyResult> {
  const v = new AuditChainVerifier();
  let after: { ws: string; id: string } | null = null;
  for (;;) {
    const params: unknown[] = [];
    const where: string[] = [];
    if (workspaceId) {
      params.push(workspaceId);
      where.push(`workspace_id = $${params.length}`);
    }
    if (after) {
      params.push(after.ws, after.id);
      where.push(
        `(audit_events.workspace_id, audit_events.id) > ($${params.length - 1}::uuid, $${params.length}::bigint)`,
      );
    }
    params.push(batch);
    const rows = (await query(
      `SELECT id::text AS id, workspace_id, actor_id, action, subject_type, subject_id, data, created_at, prev_hash, hash
       FROM audit_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY audit_events.workspace_id, audit_events.id LIMIT $${params.length}`,
      params,
    )) as AuditRow[];
    for (const r of rows) {
      const broken = v.feed(fromRow(r));
      if (broken) return { ok: false, checked: v.checked, broken };
    }
    if (rows.length < batch) return { ok: true, checked: v.checked, broken: null };
    const last = rows[rows.length - 1];
    if (!last) return { ok: true, checked: v.checked, broken: null };
    after = { ws: last.workspace_id, id: String(last.id) };
  }
}

@Injectable()
export class TypeormAuditRepository extends AuditRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }

  async list(workspaceId: string, filter: AuditFilter, page: PageRequest): Promise<PageResult<AuditEventRecord>> {
    const qb = this.tx
      .repo(AuditEventEntity)
      .createQueryBuilder('a')
      .where('a.workspace_id = :workspaceId', { workspaceId });
    if (filter.from) qb.andWhere('a.created_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.created_at <= :to', { to: filter.to });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.subjectType) qb.andWhere('a.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId) qb.andWhere('a.subject_id = :subjectId', { subjectId: filter.subjectId });
    const c = decodeCursor(page.cursor, 1);
    // An event id (bigint): a cursor holding anything else, or a number beyond bigint, is ignored.
    if (c && /^\d{1,18}$/.test(String(c[0]))) qb.andWhere('a.id < :before', { before: String(c[0]) });
    const rows = await qb
      .orderBy('a.id', 'DESC')
      .limit(page.limit + 1)
      .getMany();
    const items = rows.slice(0, page.limit).map((e) => ({ ...e, id: String(e.id) }));
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > page.limit && last ? encodeCursor([last.id]) : null };
  }

  verify(workspaceId?: string): Promise<AuditVerifyResult> {
    return verifyAuditChain((sql, params) => this.tx.manager.query(sql, params), workspaceId);
  }
}
