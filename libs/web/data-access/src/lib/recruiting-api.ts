import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CONTRACT_TYPE_VALUES,
  TEMPLATE_LANGUAGE_VALUES,
  type AddToQueueRequest,
  type CalendarFeedDto,
  type CloseJobOfferRequest,
  type CloseJobOfferResponse,
  type CreateCalendarFeedRequest,
  type CreateCalendarFeedResponse,
  type CreateJobOfferRequest,
  type CreateJobOfferResponse,
  type CreateLiveSessionRequest,
  type DryRunImportRequest,
  type GenerateJobPostsRequest,
  type ImportJobDto,
  type JobOfferDetailDto,
  type JobOfferDto,
  type JobOfferPreviewDto,
  type JobTemplateDto,
  type LivePostRequest,
  type LiveSessionDto,
  type LiveStatusDto,
  type Page,
  type PostDto,
  type RunImportRequest,
  type TemplateLanguageValue,
} from '@xp/shared';
import { Observable } from 'rxjs';
import { wsUrl as ws } from './holds-api';

const enc = encodeURIComponent;

/** The shared unions, under the names the pages use. */
export const WEB_CONTRACT_TYPES = CONTRACT_TYPE_VALUES;
export const WEB_TEMPLATE_LANGUAGES = TEMPLATE_LANGUAGE_VALUES;

/** Roles that may write posts (and so import, queue, go live, create job offers). */
export const WRITER_ROLES: readonly string[] = ['owner', 'admin', 'manager', 'editor'];

@Injectable({ providedIn: 'root' })
export class JobOffersApi {
  private readonly http = inject(HttpClient);

  list(workspaceId: string): Observable<Page<JobOfferDto>> {
    return this.http.get<Page<JobOfferDto>>(`${ws(workspaceId)}/job-offers`);
  }

  get(workspaceId: string, id: string): Observable<JobOfferDetailDto> {
    return this.http.get<JobOfferDetailDto>(`${ws(workspaceId)}/job-offers/${enc(id)}`);
  }

  create(workspaceId: string, body: CreateJobOfferRequest): Observable<CreateJobOfferResponse> {
    return this.http.post<CreateJobOfferResponse>(`${ws(workspaceId)}/job-offers`, body);
  }

  preview(workspaceId: string, id: string): Observable<JobOfferPreviewDto> {
    return this.http.get<JobOfferPreviewDto>(`${ws(workspaceId)}/job-offers/${enc(id)}/preview`);
  }

  generate(workspaceId: string, id: string, body: GenerateJobPostsRequest): Observable<Page<PostDto>> {
    return this.http.post<Page<PostDto>>(`${ws(workspaceId)}/job-offers/${enc(id)}/posts`, body);
  }

  close(workspaceId: string, id: string, body: CloseJobOfferRequest): Observable<CloseJobOfferResponse> {
    return this.http.post<CloseJobOfferResponse>(`${ws(workspaceId)}/job-offers/${enc(id)}/close`, body);
  }

  templates(workspaceId: string, accountId: string): Observable<Page<JobTemplateDto>> {
    return this.http.get<Page<JobTemplateDto>>(`${ws(workspaceId)}/accounts/${enc(accountId)}/templates`);
  }

  putTemplate(
    workspaceId: string,
    accountId: string,
    language: TemplateLanguageValue,
    body: string,
  ): Observable<JobTemplateDto> {
    return this.http.put<JobTemplateDto>(
      `${ws(workspaceId)}/accounts/${enc(accountId)}/templates/job_offer/${enc(language)}`,
      { body },
    );
  }
}

@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);

  /** The dry run: validates every row, writes nothing but the report. */
  dryRun(workspaceId: string, body: DryRunImportRequest): Observable<ImportJobDto> {
    return this.http.post<ImportJobDto>(`${ws(workspaceId)}/imports`, body);
  }

  /** Progress and report (poll while `status` is `running`). */
  get(workspaceId: string, id: string): Observable<ImportJobDto> {
    return this.http.get<ImportJobDto>(`${ws(workspaceId)}/imports/${enc(id)}`);
  }

  run(workspaceId: string, id: string, body: RunImportRequest): Observable<ImportJobDto> {
    return this.http.post<ImportJobDto>(`${ws(workspaceId)}/imports/${enc(id)}/run`, body);
  }
}

@Injectable({ providedIn: 'root' })
export class LiveApi {
  private readonly http = inject(HttpClient);

  list(workspaceId: string): Observable<Page<LiveSessionDto>> {
    return this.http.get<Page<LiveSessionDto>>(`${ws(workspaceId)}/live-sessions`);
  }

  create(workspaceId: string, body: CreateLiveSessionRequest): Observable<LiveSessionDto> {
    return this.http.post<LiveSessionDto>(`${ws(workspaceId)}/live-sessions`, body);
  }

  /** The session, its live budget and its posts' counts by status. */
  status(workspaceId: string, id: string): Observable<LiveStatusDto> {
    return this.http.get<LiveStatusDto>(`${ws(workspaceId)}/live-sessions/${enc(id)}`);
  }

  posts(workspaceId: string, id: string): Observable<Page<PostDto>> {
    return this.http.get<Page<PostDto>>(`${ws(workspaceId)}/live-sessions/${enc(id)}/posts`);
  }

  post(workspaceId: string, id: string, body: LivePostRequest): Observable<PostDto> {
    return this.http.post<PostDto>(`${ws(workspaceId)}/live-sessions/${enc(id)}/posts`, body);
  }

  end(workspaceId: string, id: string): Observable<LiveSessionDto> {
    return this.http.post<LiveSessionDto>(`${ws(workspaceId)}/live-sessions/${enc(id)}/end`, {});
  }
}

@Injectable({ providedIn: 'root' })
export class QueueApi {
  private readonly http = inject(HttpClient);

  nextSlots(workspaceId: string, accountId: string, count = 5): Observable<Page<string>> {
    return this.http.get<Page<string>>(`${ws(workspaceId)}/accounts/${enc(accountId)}/slots/next`, {
      params: { count: String(count) },
    });
  }

  /** Add to queue: the post takes the account's next free posting slot. */
  add(workspaceId: string, body: AddToQueueRequest): Observable<PostDto> {
    return this.http.post<PostDto>(`${ws(workspaceId)}/queue`, body);
  }
}

@Injectable({ providedIn: 'root' })
export class CalendarFeedsApi {
  private readonly http = inject(HttpClient);

  list(workspaceId: string): Observable<Page<CalendarFeedDto>> {
    return this.http.get<Page<CalendarFeedDto>>(`${ws(workspaceId)}/calendar-feeds`);
  }

  create(workspaceId: string, body: CreateCalendarFeedRequest): Observable<CreateCalendarFeedResponse> {
    return this.http.post<CreateCalendarFeedResponse>(`${ws(workspaceId)}/calendar-feeds`, body);
  }

  revoke(workspaceId: string, id: string): Observable<void> {
    return this.http.delete<void>(`${ws(workspaceId)}/calendar-feeds/${enc(id)}`);
  }
}
