import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AcceptInvitationRequest,
  AcceptInvitationResponse,
  ChangePasswordRequest,
  CheckEmailResponse,
  CsrfResponse,
  InvitationPreviewDto,
  LoginRequest,
  MeResponse,
  RegisterRequest,
} from '@xp/shared';
import { Observable, tap } from 'rxjs';
import { CsrfTokenHolder } from './csrf';

/** Arriving and leaving: the session, sign-up and its confirmation link, and the invitee's side of an invitation. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly csrf = inject(CsrfTokenHolder);

  csrfToken(): Observable<CsrfResponse> {
    return this.http.get<CsrfResponse>('/api/auth/csrf').pipe(tap((r) => this.remember(r.csrfToken)));
  }

  me(): Observable<MeResponse> {
    return this.http.get<MeResponse>('/api/auth/me').pipe(tap((r) => this.remember(r.csrfToken)));
  }

  login(body: LoginRequest): Observable<MeResponse> {
    return this.http.post<MeResponse>('/api/auth/login', body).pipe(tap((r) => this.remember(r.csrfToken)));
  }

  /** Signed in at once (201), or `check_email` (202): a confirmation link went to the address. */
  register(body: RegisterRequest): Observable<MeResponse | CheckEmailResponse> {
    return this.http
      .post<MeResponse | CheckEmailResponse>('/api/auth/register', body)
      .pipe(tap((r) => this.remember('csrfToken' in r ? r.csrfToken : undefined)));
  }

  /** Opens the link of the confirmation e-mail: creates the account and signs in. */
  confirmRegistration(token: string): Observable<MeResponse> {
    return this.http
      .post<MeResponse>('/api/auth/register/confirm', { token })
      .pipe(tap((r) => this.remember(r.csrfToken)));
  }

  /** An invitation as its link shows it (public, by token). */
  invitation(token: string): Observable<InvitationPreviewDto> {
    return this.http.get<InvitationPreviewDto>(`/api/invitations/${encodeURIComponent(token)}`);
  }

  /** Joined (200), or `check_email` (202) when accepting without a session: an e-mail went to the invited address. */
  acceptInvitation(
    token: string,
    body: AcceptInvitationRequest,
  ): Observable<AcceptInvitationResponse | CheckEmailResponse> {
    return this.http.post<AcceptInvitationResponse | CheckEmailResponse>(
      `/api/invitations/${encodeURIComponent(token)}/accept`,
      body,
    );
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', {});
  }

  changePassword(body: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password', body);
  }

  private remember(token: string | undefined): void {
    if (token) this.csrf.token = token;
  }
}
