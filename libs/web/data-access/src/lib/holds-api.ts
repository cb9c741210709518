import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { HoldDto, Page, PlaceHoldRequest, ReleasedHoldDto, ReleaseHoldRequest } from '@xp/shared';
import { Observable } from 'rxjs';

export type { HoldDto } from '@xp/shared';
/** The body of `POST …/holds` (name kept for the pages). */
export type CreateHoldRequest = PlaceHoldRequest;

export const wsUrl = (workspaceId: string): string => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

/** Crisis holds of a workspace. */
@Injectable({ providedIn: 'root' })
export class HoldsApi {
  private readonly http = inject(HttpClient);

  list(workspaceId: string, active?: boolean): Observable<Page<HoldDto>> {
    const params: Record<string, string> = active === undefined ? {} : { active: String(active) };
    return this.http.get<Page<HoldDto>>(`${wsUrl(workspaceId)}/holds`, { params });
  }

  create(workspaceId: string, body: CreateHoldRequest): Observable<HoldDto> {
    return this.http.post<HoldDto>(`${wsUrl(workspaceId)}/holds`, body);
  }

  release(workspaceId: string, id: string, mode: ReleaseHoldRequest['mode']): Observable<ReleasedHoldDto> {
    const body: ReleaseHoldRequest = { mode };
    return this.http.post<ReleasedHoldDto>(`${wsUrl(workspaceId)}/holds/${encodeURIComponent(id)}/release`, body);
  }
}
