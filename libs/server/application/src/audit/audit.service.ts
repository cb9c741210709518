import { Injectable } from '@nestjs/common';
import { DomainError } from '@xp/server/domain';
import type { PageRequest, PageResult } from '../ports';
import { AccessService, type Actor } from '../identity/access.service';
import { Clock } from '../ports';
import { signAuditCheckpoint, type AuditCheckpoint } from './audit-chain';
import {
  AuditCheckpointSink,
  AuditRepository,
  AuditSettings,
  type AuditEventRecord,
  type AuditFilter,
  type AuditVerifyResult,
} from './audit-store.ports';
import { csvRow } from './csv';

/** Rows a CSV export may hold; narrow the filters beyond that. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;
const EXPORT_BATCH = 1000;

export const AUDIT_CSV_HEADER = [
  'id',
  'created_at',
  'actor_id',
  'action',
  'subject_type',
  'subject_id',
  'data',
  'prev_hash',
  'hash',
];

/** The audit trail of a workspace: list, export and verify (readers with `audit.read`). */
@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly access: AccessService,
  ) {}

  async list(
    workspaceId: string,
    actor: Actor,
    filter: AuditFilter,
    page: PageRequest,
  ): Promise<PageResult<AuditEventRecord>> {
    await this.access.require(workspaceId, actor, 'audit.read');
    checkRange(filter);
    return this.audit.list(workspaceId, filter, page);
  }

  /** CSV (RFC 4180, header row, newest first) of every event matching the filters. */
  async exportCsv(workspaceId: string, actor: Actor, filter: AuditFilter): Promise<string> {
    await this.access.require(workspaceId, actor, 'audit.read');
    checkRange(filter);
    const out: string[] = [csvRow(AUDIT_CSV_HEADER)];
    let cursor: string | undefined;
    let rows = 0;
    for (;;) {
      const p = await this.audit.list(workspaceId, filter, { limit: EXPORT_BATCH, cursor });
      for (const e of p.items) {
        out.push(
          csvRow([
            e.id,
            e.createdAt.toISOString(),
            e.actorId,
            e.action,
            e.subjectType,
            e.subjectId,
            JSON.stringify(e.data),
            e.prevHash,
            e.hash,
          ]),
        );
      }
      rows += p.items.length;
      if (rows > AUDIT_EXPORT_MAX_ROWS) {
        throw new DomainError(
          'too_large',
          'AUDIT_EXPORT_TOO_LARGE',
          `More than ${AUDIT_EXPORT_MAX_ROWS} events match; narrow the dates or filters`,
        );
      }
      if (!p.nextCursor) break;
      cursor = p.nextCursor;
    }
    return out.join('');
  }

  /** The workspace's signed checkpoints, newest first, for owners to keep outside (docs/security.md). */
  async checkpoints(workspaceId: string, actor: Actor, page: PageRequest): Promise<PageResult<AuditCheckpoint>> {
    await this.access.require(workspaceId, actor, 'audit.read');
    return this.audit.listCheckpoints(workspaceId, page);
  }

  async verify(workspaceId: string, actor: Actor): Promise<AuditVerifyResult> {
    await this.access.require(workspaceId, actor, 'audit.read');
    return this.audit.verify(workspaceId);
  }
}

/**
 * Signed checkpoints of the chains' heads, kept outside the audit table: appended to the checkpoint file (when
 * configured) and stored for owners to export (`GET …/audit/checkpoints`). The scheduler takes one every
 * AUDIT_CHECKPOINT_MS for every chain that moved; `audit:verify` then finds deleted newest events.
 */
@Injectable()
export class AuditCheckpointService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly settings: AuditSettings,
    private readonly sink: AuditCheckpointSink,
    private readonly clock: Clock,
  ) {}

  /** Signs the heads that moved since their last checkpoint; the file first, then the database. */
  async checkpoint(): Promise<AuditCheckpoint[]> {
    const heads = await this.audit.headsToCheckpoint();
    if (!heads.length) return [];
    const at = this.clock.now();
    const checkpoints = heads.map((h) => signAuditCheckpoint(this.settings.keys, { ...h, at }));
    await this.sink.append(checkpoints);
    await this.audit.insertCheckpoints(checkpoints);
    return checkpoints;
  }
}

function checkRange(f: AuditFilter): void {
  if (f.from && f.to && f.from > f.to) {
    throw new DomainError('invalid', 'INVALID_RANGE', '"from" must not be after "to"', [
      { field: 'from', message: 'after "to"' },
    ]);
  }
}
