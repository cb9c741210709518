import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditEventDto, AuditListQuery, Page } from '@xp/shared';
import { Observable } from 'rxjs';
import { wsUrl } from './holds-api';

export type { AuditEventDto } from '@xp/shared';

/** The audit trail of a workspace. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  forSubject(workspaceId: string, subjectId: string): Observable<Page<AuditEventDto>> {
    // Query names checked against the shared query schema.
    const params: Partial<Record<keyof AuditListQuery, string>> = { subjectId, limit: '200' };
    return this.http.get<Page<AuditEventDto>>(`${wsUrl(workspaceId)}/audit`, { params });
  }
}
