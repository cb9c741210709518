import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type * as wire from '@xp/shared';
import { Observable } from 'rxjs';
import { wsUrl as ws, WorkspaceCollectionApi } from './workspace-api';

const enc = encodeURIComponent;

@Injectable({ providedIn: 'root' })
export class JobOffersApi extends WorkspaceCollectionApi<
  wire.JobOfferDto,
  wire.CreateJobOfferRequest,
  wire.CreateJobOfferResponse
> {
  protected readonly path = 'job-offers';

  get(workspaceId: string, id: string): Observable<wire.JobOfferDetailDto> {
    return this.http.get<wire.JobOfferDetailDto>(this.url(workspaceId, id));
  }

  preview(workspaceId: string, id: string): Observable<wire.JobOfferPreviewDto> {
    return this.http.get<wire.JobOfferPreviewDto>(this.url(workspaceId, id, 'preview'));
  }

  generate(workspaceId: string, id: string, body: wire.GenerateJobPostsRequest): Observable<wire.Page<wire.PostDto>> {
    return this.http.post<wire.Page<wire.PostDto>>(this.url(workspaceId, id, 'posts'), body);
  }

  close(workspaceId: string, id: string, body: wire.CloseJobOfferRequest): Observable<wire.CloseJobOfferResponse> {
    return this.http.post<wire.CloseJobOfferResponse>(this.url(workspaceId, id, 'close'), body);
  }

  templates(workspaceId: string, accountId: string): Observable<wire.Page<wire.JobTemplateDto>> {
    return this.http.get<wire.Page<wire.JobTemplateDto>>(`${ws(workspaceId)}/accounts/${enc(accountId)}/templates`);
  }

  putTemplate(
    workspaceId: string,
    accountId: string,
    language: wire.TemplateLanguageValue,
    body: string,
  ): Observable<wire.JobTemplateDto> {
    return this.http.put<wire.JobTemplateDto>(
      `${ws(workspaceId)}/accounts/${enc(accountId)}/templates/job_offer/${enc(language)}`,
      { body },
    );
  }
}

@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);

  /** The dry run: validates every row, writes nothing but the report. */
  dryRun(workspaceId: string, body: wire.DryRunImportRequest): Observable<wire.ImportJobDto> {
    return this.http.post<wire.ImportJobDto>(`${ws(workspaceId)}/imports`, body);
  }

  /** Progress and report (poll while `status` is `running`). */
  get(workspaceId: string, id: string): Observable<wire.ImportJobDto> {
    return this.http.get<wire.ImportJobDto>(`${ws(workspaceId)}/imports/${enc(id)}`);
  }

  run(workspaceId: string, id: string, body: wire.RunImportRequest): Observable<wire.ImportJobDto> {
    return this.http.post<wire.ImportJobDto>(`${ws(workspaceId)}/imports/${enc(id)}/run`, body);
  }
}

@Injectable({ providedIn: 'root' })
export class LiveApi extends WorkspaceCollectionApi<wire.LiveSessionDto, wire.CreateLiveSessionRequest> {
  protected readonly path = 'live-sessions';

  /** The session, its live budget and its posts' counts by status. */
  status(workspaceId: string, id: string): Observable<wire.LiveStatusDto> {
    return this.http.get<wire.LiveStatusDto>(this.url(workspaceId, id));
  }

  posts(workspaceId: string, id: string): Observable<wire.Page<wire.PostDto>> {
    return this.http.get<wire.Page<wire.PostDto>>(this.url(workspaceId, id, 'posts'));
  }

  post(workspaceId: string, id: string, body: wire.LivePostRequest): Observable<wire.PostDto> {
    return this.http.post<wire.PostDto>(this.url(workspaceId, id, 'posts'), body);
  }

  end(workspaceId: string, id: string): Observable<wire.LiveSessionDto> {
    return this.http.post<wire.LiveSessionDto>(this.url(workspaceId, id, 'end'), {});
  }

  /** What the session's posts did (their latest snapshots), by 10 minutes, its best posts, how publishing went. */
  report(workspaceId: string, id: string): Observable<wire.LiveReportDto> {
    return this.http.get<wire.LiveReportDto>(this.url(workspaceId, id, 'report'));
  }
}

@Injectable({ providedIn: 'root' })
export class QueueApi {
  private readonly http = inject(HttpClient);

  /** The account's next free posting slots; `preferBestHours`: those in its best hours when it has enough history. */
  nextSlots(workspaceId: string, accountId: string, count = 5, preferBestHours = false): Observable<wire.SlotPageDto> {
    return this.http.get<wire.SlotPageDto>(`${ws(workspaceId)}/accounts/${enc(accountId)}/slots/next`, {
      params: { count: String(count), ...(preferBestHours ? { prefer: 'best-hours' } : {}) },
    });
  }

  /** Add to queue: the post takes the account's next free posting slot. */
  add(workspaceId: string, body: wire.AddToQueueRequest): Observable<wire.PostDto> {
    return this.http.post<wire.PostDto>(`${ws(workspaceId)}/queue`, body);
  }
}

@Injectable({ providedIn: 'root' })
export class CalendarFeedsApi extends WorkspaceCollectionApi<
  wire.CalendarFeedDto,
  wire.CreateCalendarFeedRequest,
  wire.CreateCalendarFeedResponse
> {
  protected readonly path = 'calendar-feeds';

  revoke(workspaceId: string, id: string): Observable<void> {
    return this.http.delete<void>(this.url(workspaceId, id));
  }
}
