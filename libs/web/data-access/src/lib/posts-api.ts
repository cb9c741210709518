import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApproveRequest,
  CalendarPostDto,
  CheckPostRequest,
  CheckPostResponse,
  CommentDto,
  CreatePostRequest,
  HistoryEntryDto,
  MediaDto,
  PostDto,
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
