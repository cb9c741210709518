import { Injectable } from '@angular/core';
import type { HoldDto, Page, PlaceHoldRequest, ReleasedHoldDto, ReleaseHoldRequest } from '@xp/shared';
import { Observable } from 'rxjs';
import { WorkspaceCollectionApi } from './workspace-api';

export type { HoldDto } from '@xp/shared';
/** The body of `POST …/holds` (name kept for the pages). */
export type CreateHoldRequest = PlaceHoldRequest;

export { wsUrl } from './workspace-url';

/** Crisis holds of a workspace. */
@Injectable({ providedIn: 'root' })
export class HoldsApi extends WorkspaceCollectionApi<HoldDto, CreateHoldRequest> {
  protected readonly path = 'holds';

  override list(workspaceId: string, active?: boolean): Observable<Page<HoldDto>> {
    const params: Record<string, string> = active === undefined ? {} : { active: String(active) };
    return this.http.get<Page<HoldDto>>(this.url(workspaceId), { params });
  }

  release(workspaceId: string, id: string, mode: ReleaseHoldRequest['mode']): Observable<ReleasedHoldDto> {
    const body: ReleaseHoldRequest = { mode };
    return this.http.post<ReleasedHoldDto>(this.url(workspaceId, id, 'release'), body);
  }
}
