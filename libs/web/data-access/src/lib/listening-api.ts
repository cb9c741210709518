import { Injectable } from '@angular/core';
import type {
  CreateMonitorRequest,
  HoldDto,
  ListeningSettingsDto,
  MonitorAlertDto,
  MonitorAlertInboxDto,
  MonitorAlertInboxRequest,
  MonitorDto,
  MonitorPostDto,
  MonitorPostsQuery,
  MonitorSeriesDto,
  MonitorSeriesQuery,
  Page,
  UpdateListeningSettingsRequest,
  UpdateMonitorRequest,
} from '@xp/shared';
import { Observable } from 'rxjs';
import { WorkspaceCollectionApi, wsUrl } from './workspace-api';

export type {
  ListeningSettingsDto,
  MonitorAlertDto,
  MonitorAlertInboxDto,
  MonitorDto,
  MonitorPostDto,
  SeriesPointDto,
} from '@xp/shared';

/** The query of a monitor's posts page (`from`/`to` ISO date-times, `cursor` from the previous page). */
export type MonitorPostsFilter = MonitorPostsQuery;

/** Listening (veille): monitors, their volume series, matching posts and alerts (see docs/listening.md). */
@Injectable({ providedIn: 'root' })
export class ListeningApi extends WorkspaceCollectionApi<MonitorDto, CreateMonitorRequest> {
  protected readonly path = 'monitors';

  override list(workspaceId: string, brandId?: string): Observable<Page<MonitorDto>> {
    return this.http.get<Page<MonitorDto>>(this.url(workspaceId), { params: brandId ? { brandId } : {} });
  }

  get(workspaceId: string, id: string): Observable<MonitorDto> {
    return this.http.get<MonitorDto>(this.url(workspaceId, id));
  }

  update(workspaceId: string, id: string, body: UpdateMonitorRequest): Observable<MonitorDto> {
    return this.http.patch<MonitorDto>(this.url(workspaceId, id), body);
  }

  remove(workspaceId: string, id: string): Observable<{ id: string; deleted: true }> {
    return this.http.delete<{ id: string; deleted: true }>(this.url(workspaceId, id));
  }

  series(workspaceId: string, id: string, query: MonitorSeriesQuery): Observable<MonitorSeriesDto> {
    return this.http.get<MonitorSeriesDto>(this.url(workspaceId, id, 'series'), { params: { ...query } });
  }

  posts(workspaceId: string, id: string, filter: MonitorPostsFilter = {}): Observable<Page<MonitorPostDto>> {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') params[k] = String(v);
    return this.http.get<Page<MonitorPostDto>>(this.url(workspaceId, id, 'posts'), { params });
  }

  alerts(workspaceId: string, id: string): Observable<Page<MonitorAlertDto>> {
    return this.http.get<Page<MonitorAlertDto>>(this.url(workspaceId, id, 'alerts'));
  }

  /** One click: a crisis hold on the monitor's brand; the alert is acknowledged and keeps the hold's id. */
  hold(workspaceId: string, id: string, alertId: string): Observable<{ alert: MonitorAlertDto; hold: HoldDto }> {
    return this.http.post<{ alert: MonitorAlertDto; hold: HoldDto }>(
      this.url(workspaceId, id, 'alerts', alertId, 'hold'),
      {},
    );
  }

  setAlertStatus(
    workspaceId: string,
    id: string,
    alertId: string,
    status: 'acknowledged' | 'resolved',
  ): Observable<MonitorAlertDto> {
    return this.http.post<MonitorAlertDto>(this.url(workspaceId, id, 'alerts', alertId, 'status'), { status });
  }

  /** The alert's posts into an account's inbox (default: the monitor's, else the brand's first); routing stays on. */
  toInbox(workspaceId: string, id: string, alertId: string, accountId?: string): Observable<MonitorAlertInboxDto> {
    const body: MonitorAlertInboxRequest = accountId ? { accountId } : {};
    return this.http.post<MonitorAlertInboxDto>(this.url(workspaceId, id, 'alerts', alertId, 'inbox'), body);
  }

  /** The workspace's monthly cap on listening reads, and this month's spend. */
  settings(workspaceId: string): Observable<ListeningSettingsDto> {
    return this.http.get<ListeningSettingsDto>(`${wsUrl(workspaceId)}/listening/settings`);
  }

  updateSettings(workspaceId: string, body: UpdateListeningSettingsRequest): Observable<ListeningSettingsDto> {
    return this.http.patch<ListeningSettingsDto>(`${wsUrl(workspaceId)}/listening/settings`, body);
  }
}
