import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AcceptInvitationRequest,
  AcceptInvitationResponse,
  CheckEmailResponse,
  InvitationPreviewDto,
} from '@xp/shared';
import { Observable } from 'rxjs';

/** The invitee's side of an invitation: public preview and acceptance by token. */
@Injectable({ providedIn: 'root' })
export class InvitationsApi {
  private readonly http = inject(HttpClient);

  preview(token: string): Observable<InvitationPreviewDto> {
    return this.http.get<InvitationPreviewDto>(`/api/invitations/${encodeURIComponent(token)}`);
  }

  /** Joined (200), or `check_email` (202) when accepting without a session: an e-mail went to the invited address. */
  accept(token: string, body: AcceptInvitationRequest): Observable<AcceptInvitationResponse | CheckEmailResponse> {
    return this.http.post<AcceptInvitationResponse | CheckEmailResponse>(
      `/api/invitations/${encodeURIComponent(token)}/accept`,
      body,
    );
  }
}
