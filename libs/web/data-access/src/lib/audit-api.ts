import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AuditCheckpointDto,
  AuditEventDto,
  AuditFilterQuery,
  AuditListQuery,
  AuditVerifyDto,
  Page,
} from '@xp/shared';
import { Observable } from 'rxjs';
import { wsUrl } from './holds-api';
import { auditParams } from './owner-tools-api';

export type { AuditCheckpointDto, AuditEventDto, AuditFilterQuery, AuditVerifyDto } from '@xp/shared';

/** The filters of the audit screen (the shared query's names; subject filters left to the API). */
export type AuditFilter = Pick<AuditFilterQuery, 'action' | 'actorId' | 'from' | 'to'>;

/** The audit trail of a workspace. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  forSubject(workspaceId: string, subjectId: string): Observable<Page<AuditEventDto>> {
    // Query names checked against the shared query schema.
    const params: Partial<Record<keyof AuditListQuery, string>> = { subjectId, limit: '200' };
    return this.http.get<Page<AuditEventDto>>(`${wsUrl(workspaceId)}/audit`, { params });
  }

  list(workspaceId: string, filter: AuditFilter, cursor: string | null = null): Observable<Page<AuditEventDto>> {
    const params = auditParams({ ...filter, limit: '50', cursor: cursor ?? undefined });
    return this.http.get<Page<AuditEventDto>>(`${wsUrl(workspaceId)}/audit`, { params });
  }

  /** The CSV export of the same filters (a plain link: the browser downloads it with the session cookie). */
  exportUrl(workspaceId: string, filter: AuditFilter): string {
    const query = auditParams({ ...filter }).toString();
    return `${wsUrl(workspaceId)}/audit/export.csv${query ? `?${query}` : ''}`;
  }

  verify(workspaceId: string): Observable<AuditVerifyDto> {
    return this.http.get<AuditVerifyDto>(`${wsUrl(workspaceId)}/audit/verify`);
  }

  checkpoints(workspaceId: string): Observable<Page<AuditCheckpointDto>> {
    return this.http.get<Page<AuditCheckpointDto>>(`${wsUrl(workspaceId)}/audit/checkpoints`, {
      params: { limit: '5' },
    });
  }
}
