import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApproveRequest,
  CalendarPostDto,
  CheckPostRequest,
  CheckPostResponse,
  CommentDto,
  CreatePostGroupRequest,
  CreatePostRequest,
  HistoryEntryDto,
  MediaDto,
  Page,
  PostDto,
  PostGroupResponse,
  PostStatusValue,
  UpdatePostRequest,
} from '@xp/shared';
import { Observable } from 'rxjs';

const ws = (workspaceId: string): string => `/api/workspaces/${encodeURIComponent(workspaceId)}`;
const enc = encodeURIComponent;

/** Web copy of the shared status union (the web imports only types from @xp/shared). */
export const WEB_POST_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'scheduled',
  'publishing',
  'published',
  'failed',
  'unconfirmed',
  'missed',
  'cancelled',
] as const satisfies readonly PostStatusValue[];

/** Statuses whose time may still be moved (drag to reschedule). */
export const MOVABLE_STATUSES: ReadonlySet<PostStatusValue> = new Set([
  'draft',
  'in_review',
  'changes_requested',
  'scheduled',
  'missed',
]);

export interface PostQuery {
  from?: string;
  to?: string;
  accountId?: string;
  brandId?: string;
  status?: readonly PostStatusValue[];
  tag?: string;
}

function queryParams(query: PostQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.from) params['from'] = query.from;
  if (query.to) params['to'] = query.to;
  if (query.accountId) params['accountId'] = query.accountId;
  if (query.brandId) params['brandId'] = query.brandId;
  if (query.status?.length) params['status'] = query.status.join(',');
  if (query.tag) params['tag'] = query.tag;
  return params;
}

@Injectable({ providedIn: 'root' })
export class PostsApi {
  private readonly http = inject(HttpClient);

  /** The calendar range query (at most 62 days). Without from/to: every post matching the other filters. */
  list(workspaceId: string, query: PostQuery): Observable<{ items: PostDto[] }> {
    return this.http.get<{ items: PostDto[] }>(`${ws(workspaceId)}/posts`, { params: queryParams(query) });
  }

  /** The same range query, answered with the calendar's lighter items (`view=calendar`). */
  calendar(workspaceId: string, query: PostQuery): Observable<{ items: CalendarPostDto[] }> {
    return this.http.get<{ items: CalendarPostDto[] }>(`${ws(workspaceId)}/posts`, {
      params: { ...queryParams(query), view: 'calendar' },
    });
  }

  get(workspaceId: string, id: string): Observable<PostDto> {
    return this.http.get<PostDto>(`${ws(workspaceId)}/posts/${enc(id)}`);
  }

  create(workspaceId: string, body: CreatePostRequest): Observable<PostDto> {
    return this.http.post<PostDto>(`${ws(workspaceId)}/posts`, body);
  }

  update(workspaceId: string, id: string, body: UpdatePostRequest): Observable<PostDto> {
    return this.http.patch<PostDto>(`${ws(workspaceId)}/posts/${enc(id)}`, body);
  }

  check(workspaceId: string, body: CheckPostRequest): Observable<CheckPostResponse> {
    return this.http.post<CheckPostResponse>(`${ws(workspaceId)}/posts/check`, body);
  }

  submit(workspaceId: string, id: string): Observable<PostDto> {
    return this.http.post<PostDto>(`${ws(workspaceId)}/posts/${enc(id)}/submit`, {});
  }

  approve(workspaceId: string, id: string, body: ApproveRequest): Observable<PostDto> {
    return this.http.post<PostDto>(`${ws(workspaceId)}/posts/${enc(id)}/approve`, body);
  }

  requestChanges(workspaceId: string, id: string, comment: string): Observable<PostDto> {
    return this.http.post<PostDto>(`${ws(workspaceId)}/posts/${enc(id)}/request-changes`, { comment });
  }

  cancel(workspaceId: string, id: string, reason?: string): Observable<PostDto> {
    return this.http.post<PostDto>(`${ws(workspaceId)}/posts/${enc(id)}/cancel`, reason ? { reason } : {});
  }

  reopen(workspaceId: string, id: string): Observable<PostDto> {
    return this.http.post<PostDto>(`${ws(workspaceId)}/posts/${enc(id)}/reopen`, {});
  }

  comments(workspaceId: string, id: string): Observable<{ items: CommentDto[] }> {
    return this.http.get<{ items: CommentDto[] }>(`${ws(workspaceId)}/posts/${enc(id)}/comments`);
  }

  addComment(workspaceId: string, id: string, body: string, parentId?: string): Observable<CommentDto> {
    return this.http.post<CommentDto>(
      `${ws(workspaceId)}/posts/${enc(id)}/comments`,
      parentId ? { body, parentId } : { body },
    );
  }

  /** The post's status timeline (`GET …/posts/:id/history`). */
  history(workspaceId: string, id: string): Observable<{ items: HistoryEntryDto[] } | HistoryEntryDto[]> {
    return this.http.get<{ items: HistoryEntryDto[] } | HistoryEntryDto[]>(
      `${ws(workspaceId)}/posts/${enc(id)}/history`,
    );
  }

  /** Several posts (one per account, each with its own text) created, and optionally submitted, all or nothing. */
  createGroup(workspaceId: string, body: CreatePostGroupRequest): Observable<PostGroupResponse> {
    return this.http.post<PostGroupResponse>(`${ws(workspaceId)}/post-groups`, body);
  }
}

@Injectable({ providedIn: 'root' })
export class MediaApi {
  private readonly http = inject(HttpClient);

  upload(workspaceId: string, file: File, altText: string): Observable<MediaDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    if (altText) form.append('altText', altText);
    return this.http.post<MediaDto>(`${ws(workspaceId)}/media`, form);
  }

  updateAltText(workspaceId: string, id: string, altText: string | null): Observable<MediaDto> {
    return this.http.patch<MediaDto>(`${ws(workspaceId)}/media/${enc(id)}`, { altText });
  }
}

/** A crisis hold (the API's contract; the DTO is not in @xp/shared yet). */
export interface HoldDto {
  id: string;
  scope: 'workspace' | 'brand' | 'account';
  targetId: string | null;
  reason: string;
  createdAt?: string;
  createdBy?: string | null;
  placedBy?: string | null;
  releasedAt?: string | null;
  active?: boolean;
}

export interface CreateHoldRequest {
  scope: HoldDto['scope'];
  targetId: string | null;
  reason: string;
}

@Injectable({ providedIn: 'root' })
export class HoldsApi {
  private readonly http = inject(HttpClient);

  list(workspaceId: string): Observable<Page<HoldDto> | { items: HoldDto[] } | HoldDto[]> {
    return this.http.get<Page<HoldDto> | HoldDto[]>(`${ws(workspaceId)}/holds`);
  }

  create(workspaceId: string, body: CreateHoldRequest): Observable<HoldDto> {
    return this.http.post<HoldDto>(`${ws(workspaceId)}/holds`, body);
  }

  release(workspaceId: string, id: string, mode: 'resume' | 'review'): Observable<unknown> {
    return this.http.post(`${ws(workspaceId)}/holds/${enc(id)}/release`, { mode });
  }
}

export interface AuditEventDto {
  id: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  data: Record<string, unknown>;
  createdAt: string;
}

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  forSubject(workspaceId: string, subjectId: string): Observable<Page<AuditEventDto>> {
    return this.http.get<Page<AuditEventDto>>(`${ws(workspaceId)}/audit`, { params: { subjectId, limit: '200' } });
  }
}

/** Normalises a list answer that may be a page, `{ items }` or a bare array. */
export function itemsOf<T>(answer: { items: T[] } | T[] | null | undefined): T[] {
  if (!answer) return [];
  return Array.isArray(answer) ? answer : (answer.items ?? []);
}
