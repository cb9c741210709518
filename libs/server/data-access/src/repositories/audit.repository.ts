import { Injectable } from '@nestjs/common';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  AuditChainVerifier,
  AuditCheckpointSink,
  AuditLog,
  AuditRepository,
  AuditSettings,
  Clock,
  auditCheckpointToJson,
  decodeCursor,
  encodeCursor,
  jsonNormalize,
  sealAuditEvent,
  type AuditCheckpoint,
  type AuditEventInput,
  type AuditHead,
  type AuditKeyring,
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
 * chain's last hash, and inserts every event in one statement, each sealed with the signing key (HMAC-SHA256).
 * Events of one workspace chain in the given order; each is dated `at` unless it carries its own.
 */
export async function appendAuditEvents(
  query: Query,
  keys: AuditKeyring,
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
    const { hash, keyId } = sealAuditEvent(keys, prevHash, row);
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
      key_id: keyId,
    };
  });
  await query(
    `INSERT INTO audit_events (id, workspace_id, actor_id, action, subject_type, subject_id, data, created_at, prev_hash, hash, key_id)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(id bigint, workspace_id uuid, actor_id uuid, action text,
       subject_type text, subject_id text, data jsonb, created_at timestamptz, prev_hash text, hash text, key_id text)`,
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
    private readonly settings: AuditSettings,
  ) {
    super();
  }

  async record(event: AuditEventInput): Promise<void> {
    await this.tx.run(() =>
      appendAuditEvents(
        (sql, params) => this.tx.manager.query(sql, params),
        this.settings.keys,
        [event],
        this.clock.now(),
      ),
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
  key_id: string | null;
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
  keyId: r.key_id,
});

interface CheckpointRow {
  workspace_id: string;
  last_id: string;
  head_hash: string;
  at: Date;
  key_id: string;
  signature: string;
}

const checkpointFromRow = (r: CheckpointRow): AuditCheckpoint => ({
  workspaceId: r.workspace_id,
  lastId: String(r.last_id),
  headHash: r.head_hash,
  at: new Date(r.at),
  keyId: r.key_id,
  signature: r.signature,
});

const CHECKPOINT_COLUMNS = 'workspace_id, last_id::text AS last_id, head_hash, at, key_id, signature';

/**
 * Recomputes the hash chain of one workspace (or of every workspace) with the keys, in batches, checks it against
 * every signed checkpoint (the database's and `checkpoints`, e.g. those of the checkpoint file), and stops at the
 * first broken link. Shared by the API and `npm run audit:verify`.
 */
export async function verifyAuditChain(
  query: Query,
  keys: AuditKeyring,
  workspaceId?: string,
  options: { checkpoints?: AuditCheckpoint[]; batch?: number } = {},
): Promise<AuditVerifyResult> {
  const batch = options.batch ?? 2000;
  const [legacy] = (await query(
    'SELECT last_id::text AS last_id FROM audit_chain_legacy ORDER BY last_id LIMIT 1',
    [],
  )) as {
    last_id: string;
  }[];
  const stored = (
    (await query(
      `SELECT ${CHECKPOINT_COLUMNS} FROM audit_checkpoints ${workspaceId ? 'WHERE workspace_id = $1' : ''} ORDER BY id`,
      workspaceId ? [workspaceId] : [],
    )) as CheckpointRow[]
  ).map(checkpointFromRow);
  const extra = (options.checkpoints ?? []).filter((c) => !workspaceId || c.workspaceId === workspaceId);
  const v = new AuditChainVerifier({ keys, legacyLastId: legacy?.last_id ?? null, checkpoints: [...stored, ...extra] });
  const forged = v.start();
  if (forged) return { ok: false, checked: 0, broken: forged };
  const done = (): AuditVerifyResult => {
    const broken = v.finish();
    return { ok: !broken, checked: v.checked, broken };
  };
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
      `SELECT id::text AS id, workspace_id, actor_id, action, subject_type, subject_id, data, created_at, prev_hash, hash, key_id
       FROM audit_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY audit_events.workspace_id, audit_events.id LIMIT $${params.length}`,
      params,
    )) as AuditRow[];
    for (const r of rows) {
      const broken = v.feed(fromRow(r));
      if (broken) return { ok: false, checked: v.checked, broken };
    }
    if (rows.length < batch) return done();
    const last = rows[rows.length - 1];
    if (!last) return done();
    after = { ws: last.workspace_id, id: String(last.id) };
  }
}

@Injectable()
export class TypeormAuditRepository extends AuditRepository {
  constructor(
    private readonly tx: TransactionHost,
    private readonly settings: AuditSettings,
  ) {
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

  verify(workspaceId?: string, checkpoints?: AuditCheckpoint[]): Promise<AuditVerifyResult> {
    return verifyAuditChain((sql, params) => this.tx.manager.query(sql, params), this.settings.keys, workspaceId, {
      checkpoints,
    });
  }

  async headsToCheckpoint(): Promise<AuditHead[]> {
    // One index probe per workspace (the newest event and the newest checkpoint).
    const rows = (await this.tx.manager.query(
      `SELECT h.workspace_id, h.id::text AS last_id, h.hash
         FROM (SELECT DISTINCT workspace_id FROM audit_events) w
         CROSS JOIN LATERAL (SELECT workspace_id, id, hash FROM audit_events e
                              WHERE e.workspace_id = w.workspace_id ORDER BY id DESC LIMIT 1) h
        WHERE NOT EXISTS (SELECT 1 FROM audit_checkpoints c WHERE c.workspace_id = h.workspace_id AND c.last_id >= h.id)
        ORDER BY h.workspace_id`,
    )) as { workspace_id: string; last_id: string; hash: string }[];
    return rows.map((r) => ({ workspaceId: r.workspace_id, lastId: r.last_id, headHash: r.hash }));
  }

  async insertCheckpoints(checkpoints: AuditCheckpoint[]): Promise<void> {
    if (!checkpoints.length) return;
    await this.tx.manager.query(
      `INSERT INTO audit_checkpoints (workspace_id, last_id, head_hash, at, key_id, signature)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(workspace_id uuid, last_id bigint, head_hash text,
         at timestamptz, key_id text, signature text)`,
      [
        JSON.stringify(
          checkpoints.map((c) => ({
            workspace_id: c.workspaceId,
            last_id: c.lastId,
            head_hash: c.headHash,
            at: c.at.toISOString(),
            key_id: c.keyId,
            signature: c.signature,
          })),
        ),
      ],
    );
  }

  async listCheckpoints(workspaceId: string, page: PageRequest): Promise<PageResult<AuditCheckpoint>> {
    const c = decodeCursor(page.cursor, 1);
    const before = c && /^\d{1,18}$/.test(String(c[0])) ? String(c[0]) : null;
    const rows = (await this.tx.manager.query(
      `SELECT id::text AS id, ${CHECKPOINT_COLUMNS} FROM audit_checkpoints
        WHERE workspace_id = $1 ${before ? 'AND id < $3' : ''} ORDER BY id DESC LIMIT $2`,
      before ? [workspaceId, page.limit + 1, before] : [workspaceId, page.limit + 1],
    )) as (CheckpointRow & { id: string })[];
    const items = rows.slice(0, page.limit);
    const last = items[items.length - 1];
    return {
      items: items.map(checkpointFromRow),
      nextCursor: rows.length > page.limit && last ? encodeCursor([last.id]) : null,
    };
  }
}

/** Appends signed checkpoints to the checkpoint file (JSON lines, O_APPEND), when one is configured. */
@Injectable()
export class FileCheckpointSink extends AuditCheckpointSink {
  constructor(private readonly settings: AuditSettings) {
    super();
  }

  async append(checkpoints: AuditCheckpoint[]): Promise<void> {
    const file = this.settings.checkpointFile;
    if (!file || !checkpoints.length) return;
    await mkdir(dirname(file), { recursive: true });
    await appendFile(file, checkpoints.map((c) => `${auditCheckpointToJson(c)}\n`).join(''), { mode: 0o600 });
  }
}
