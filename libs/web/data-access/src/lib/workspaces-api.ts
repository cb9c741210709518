import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  PageQuery as PageQueryParams,
  CreateInvitationRequest,
  CreateWorkspaceRequest,
  InvitationDto,
  MemberDto,
  OutboxMessageDto,
  Page,
  UpdateMemberRequest,
  UpdateWorkspaceRequest,
  WorkspaceDto,
} from '@xp/shared';
import { Observable } from 'rxjs';
import { wsUrl as ws } from './holds-api';

/** `?limit=&cursor=` of a paged list (a null cursor: the first page). */
export type PageQuery = Omit<PageQueryParams, 'cursor'> & { cursor?: string | null };

export function pageParams(query: PageQuery | undefined): HttpParams {
  let params = new HttpParams();
  if (query?.limit) params = params.set('limit', String(query.limit));
  if (query?.cursor) params = params.set('cursor', query.cursor);
  return params;
}

@Injectable({ providedIn: 'root' })
export class WorkspacesApi {
  private readonly http = inject(HttpClient);

  list(query?: PageQuery): Observable<Page<WorkspaceDto>> {
    return this.http.get<Page<WorkspaceDto>>('/api/workspaces', { params: pageParams(query) });
  }

  create(body: CreateWorkspaceRequest): Observable<WorkspaceDto> {
    return this.http.post<WorkspaceDto>('/api/workspaces', body);
  }

  get(workspaceId: string): Observable<WorkspaceDto> {
    return this.http.get<WorkspaceDto>(ws(workspaceId));
  }

  update(workspaceId: string, body: UpdateWorkspaceRequest): Observable<WorkspaceDto> {
    return this.http.patch<WorkspaceDto>(ws(workspaceId), body);
  }
}

@Injectable({ providedIn: 'root' })
export class MembersApi {
  private readonly http = inject(HttpClient);

  list(workspaceId: string, query?: PageQuery): Observable<Page<MemberDto>> {
    return this.http.get<Page<MemberDto>>(`${ws(workspaceId)}/members`, { params: pageParams(query) });
  }

  update(workspaceId: string, userId: string, body: UpdateMemberRequest): Observable<MemberDto> {
    return this.http.patch<MemberDto>(`${ws(workspaceId)}/members/${encodeURIComponent(userId)}`, body);
  }

  remove(workspaceId: string, userId: string): Observable<void> {
    return this.http.delete<void>(`${ws(workspaceId)}/members/${encodeURIComponent(userId)}`);
  }
}

@Injectable({ providedIn: 'root' })
export class WorkspaceInvitationsApi {
  private readonly http = inject(HttpClient);

  create(workspaceId: string, body: CreateInvitationRequest): Observable<InvitationDto> {
    return this.http.post<InvitationDto>(`${ws(workspaceId)}/invitations`, body);
  }

  listPending(workspaceId: string, query?: PageQuery): Observable<Page<InvitationDto>> {
    return this.http.get<Page<InvitationDto>>(`${ws(workspaceId)}/invitations`, { params: pageParams(query) });
  }

  revoke(workspaceId: string, invitationId: string): Observable<void> {
    return this.http.delete<void>(`${ws(workspaceId)}/invitations/${encodeURIComponent(invitationId)}`);
  }
}

@Injectable({ providedIn: 'root' })
export class OutboxApi {
  private readonly http = inject(HttpClient);

  list(workspaceId: string, query?: PageQuery): Observable<Page<OutboxMessageDto>> {
    return this.http.get<Page<OutboxMessageDto>>(`${ws(workspaceId)}/outbox`, { params: pageParams(query) });
  }
}
