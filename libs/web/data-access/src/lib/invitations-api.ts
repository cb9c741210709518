import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AcceptInvitationRequest, AcceptInvitationResponse, InvitationPreviewDto } from '@xp/shared';
import { Observable } from 'rxjs';

/** The invitee's side of an invitation: public preview and acceptance by token. */
@Injectable({ providedIn: 'root' })
export class InvitationsApi {
  private readonly http = inject(HttpClient);

  preview(token: string): Observable<InvitationPreviewDto> {
    return this.http.get<InvitationPreviewDto>(`/api/invitations/${encodeURIComponent(token)}`);
  }

  accept(token: string, body: AcceptInvitationRequest): Observable<AcceptInvitationResponse> {
    return this.http.post<AcceptInvitationResponse>(`/api/invitations/${encodeURIComponent(token)}/accept`, body);
  }
}
