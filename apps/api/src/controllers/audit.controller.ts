import { Get, Header, Query } from '@nestjs/common';
import { AuditService, type AuditEventRecord, type AuditFilter } from '@xp/server/application';
import {
  AuditCheckpointPageSchema,
  AuditEventPageSchema,
  AuditVerifySchema,
  type AuditCheckpointDto,
  type AuditEventDto,
  type AuditFilterQuery,
  type AuditVerifyDto,
  type Page,
} from '@xp/shared';
import { Caller, WorkspaceController } from '../auth/auth.decorators';
import { AuditFilterQueryDto, AuditListQueryDto } from '../dto/audit.dto';
import { PageQueryDto } from '../dto/identity.dto';
import { ApiText, GetResult } from '../http/api-response';
import { iso, page, pageRequest } from './mappers';

const filterOf = (q: AuditFilterQuery): AuditFilter => ({
  from: q.from ? new Date(q.from) : undefined,
  to: q.to ? new Date(q.to) : undefined,
  action: q.action,
  actorId: q.actorId,
  subjectType: q.subjectType,
  subjectId: q.subjectId,
});

const toAuditEvent = (e: AuditEventRecord): AuditEventDto => ({
  id: e.id,
  actorId: e.actorId,
  action: e.action,
  subjectType: e.subjectType,
  subjectId: e.subjectId,
  data: e.data,
  createdAt: iso(e.createdAt),
  prevHash: e.prevHash,
  hash: e.hash,
});

@WorkspaceController('audit', 'audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @GetResult('', AuditEventPageSchema)
  async list(@Caller() { ws, actor }: Caller, @Query() q: AuditListQueryDto): Promise<Page<AuditEventDto>> {
    return page(await this.audit.list(ws, actor, filterOf(q), pageRequest(q)), toAuditEvent);
  }

  @Get('export.csv')
  @ApiText('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="audit.csv"')
  @Header('Cache-Control', 'no-store')
  exportCsv(@Caller() { ws, actor }: Caller, @Query() q: AuditFilterQueryDto): Promise<string> {
    return this.audit.exportCsv(ws, actor, filterOf(q));
  }

  /** Signed checkpoints of the chain, newest first: owners keep them outside the product (docs/security.md). */
  @GetResult('checkpoints', AuditCheckpointPageSchema)
  async checkpoints(@Caller() { ws, actor }: Caller, @Query() q: PageQueryDto): Promise<Page<AuditCheckpointDto>> {
    return page(await this.audit.checkpoints(ws, actor, pageRequest(q)), (c) => ({
      workspaceId: c.workspaceId,
      lastId: c.lastId,
      headHash: c.headHash,
      at: iso(c.at),
      keyId: c.keyId,
      signature: c.signature,
    }));
  }

  @GetResult('verify', AuditVerifySchema)
  async verify(@Caller() { ws, actor }: Caller): Promise<AuditVerifyDto> {
    const r = await this.audit.verify(ws, actor);
    return {
      ok: r.ok,
      checked: r.checked,
      broken: r.broken ? { id: r.broken.id, reason: r.broken.reason, message: r.broken.message } : null,
    };
  }
}
