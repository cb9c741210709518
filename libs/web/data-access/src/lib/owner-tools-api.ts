import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AccessTokenDto,
  CharterResponse,
  CreatedAccessTokenDto,
  CreateTokenRequest,
  CreateWebhookRequest,
  NotificationPreferenceDto,
  NotificationPreferencesDto,
  Page,
  PutCharterRequest,
  WebhookDeliveryDto,
  WebhookDto,
} from '@xp/shared';
import { Observable } from 'rxjs';
import { wsUrl as ws } from './holds-api';

export type {
  AccessTokenDto,
  CharterResponse,
  CreatedAccessTokenDto,
  NotificationPreferenceDto,
  WebhookDeliveryDto,
  WebhookDto,
} from '@xp/shared';

const enc = encodeURIComponent;

/** Outgoing webhooks of a workspace (owners and admins): list, create, test, delivery log, delete. */
@Injectable({ providedIn: 'root' })
export class WebhooksApi {
  private readonly http = inject(HttpClient);

  list(workspaceId: string): Observable<Page<WebhookDto>> {
    return this.http.get<Page<WebhookDto>>(`${ws(workspaceId)}/webhooks`, { params: { limit: '200' } });
  }

  /** The answer carries the signing secret, once. */
  create(workspaceId: string, body: CreateWebhookRequest): Observable<WebhookDto> {
    return this.http.post<WebhookDto>(`${ws(workspaceId)}/webhooks`, body);
  }

  /** Queues a signed `webhook.test` event; it shows in the delivery log. */
  test(workspaceId: string, id: string): Observable<WebhookDeliveryDto> {
    return this.http.post<WebhookDeliveryDto>(`${ws(workspaceId)}/webhooks/${enc(id)}/test`, {});
  }

  deliveries(workspaceId: string, id: string): Observable<Page<WebhookDeliveryDto>> {
    return this.http.get<Page<WebhookDeliveryDto>>(`${ws(workspaceId)}/webhooks/${enc(id)}/deliveries`, {
      params: { limit: '20' },
    });
  }

  remove(workspaceId: string, id: string): Observable<void> {
    return this.http.delete<void>(`${ws(workspaceId)}/webhooks/${enc(id)}`);
  }
}

/** My personal access tokens (any signed-in user). */
@Injectable({ providedIn: 'root' })
export class AccessTokensApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Page<AccessTokenDto>> {
    return this.http.get<Page<AccessTokenDto>>('/api/auth/tokens', { params: { limit: '200' } });
  }

  /** The answer carries the token itself, once. */
  create(body: CreateTokenRequest): Observable<CreatedAccessTokenDto> {
    return this.http.post<CreatedAccessTokenDto>('/api/auth/tokens', body);
  }

  revoke(id: string): Observable<void> {
    return this.http.delete<void>(`/api/auth/tokens/${enc(id)}`);
  }
}

/** My notification preferences in a workspace (per event: in-app, e-mail). */
@Injectable({ providedIn: 'root' })
export class NotificationPreferencesApi {
  private readonly http = inject(HttpClient);

  get(workspaceId: string): Observable<NotificationPreferencesDto> {
    return this.http.get<NotificationPreferencesDto>(`${ws(workspaceId)}/notification-preferences`);
  }

  save(workspaceId: string, preferences: NotificationPreferenceDto[]): Observable<NotificationPreferencesDto> {
    return this.http.put<NotificationPreferencesDto>(`${ws(workspaceId)}/notification-preferences`, { preferences });
  }
}

/** A brand's charter: read by members, written by owners, admins and managers. */
@Injectable({ providedIn: 'root' })
export class CharterApi {
  private readonly http = inject(HttpClient);

  get(workspaceId: string, brandId: string): Observable<CharterResponse> {
    return this.http.get<CharterResponse>(`${ws(workspaceId)}/brands/${enc(brandId)}/charter`);
  }

  put(workspaceId: string, brandId: string, body: PutCharterRequest): Observable<CharterResponse> {
    return this.http.put<CharterResponse>(`${ws(workspaceId)}/brands/${enc(brandId)}/charter`, body);
  }
}

/** Query parameters of the audit list and export, without the empty ones. */
export function auditParams(filter: Record<string, string | undefined>): HttpParams {
  let params = new HttpParams();
  for (const [k, v] of Object.entries(filter)) if (v) params = params.set(k, v);
  return params;
}
