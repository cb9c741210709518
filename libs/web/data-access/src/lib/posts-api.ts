import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  POST_STATUS_VALUES,
  type ApproveRequest,
  type CalendarPostDto,
  type CheckPostRequest,
  type CheckPostResponse,
  type CommentDto,
  type CreatePostGroupRequest,
  type CreatePostRequest,
  type HistoryEntryDto,
  type MediaDto,
  type Page,
  type PostDto,
  type PostGroupResponse,
  type PostListQuery,
  type PostStatusValue,
  type UpdatePostRequest,
} from '@xp/shared';
import { Observable } from 'rxjs';
import { wsUrl as ws } from './holds-api';

const enc = encodeURIComponent;

/** The post statuses, in lifecycle order (the shared list, under the name the pages use). */
export const WEB_POST_STATUSES = POST_STATUS_VALUES;

/** Statuses whose time may still be moved (drag to reschedule). */
export const MOVABLE_STATUSES: ReadonlySet<PostStatusValue> = new Set([
  'draft',
  'in_review',
  'changes_requested',
  'scheduled',
  'missed',
]);

/** The filters of the calendar range query, as the pages hold them (`GET …/posts`). */
export type PostQuery = Pick<PostListQuery, 'from' | 'to' | 'accountId' | 'brandId' | 'tag'> & {
  status?: readonly PostStatusValue[];
};

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
  list(workspaceId: string, query: PostQuery): Observable<Page<PostDto>> {
    return this.http.get<Page<PostDto>>(`${ws(workspaceId)}/posts`, { params: queryParams(query) });
  }

  /** The same range query, answered with the calendar's lighter items (`view=calendar`). */
  calendar(workspaceId: string, query: PostQuery): Observable<Page<CalendarPostDto>> {
    return this.http.get<Page<CalendarPostDto>>(`${ws(workspaceId)}/posts`, {
      params: { ...queryParams(query), view: 'calendar' },
    });
  }

  get(workspaceId: string, id: string): Observable<PostDto> {
    return this.http.get<PostDto>(`${ws(workspaceId)}/posts/${enc(id)}`);
  }

  create(workspaceId: string, body: CreatePostRequest): Observable<PostDto> {
    return this.http.post<PostDto>(`${ws(workspaceId)}/posts`, body);
  }

  /**
   * The multi-account post: one post per item (each its own account and text), created (and submitted with
   * `submit: true`) in one transaction; all or nothing. The answer keeps the order of `body.posts`.
   */
  createGroup(workspaceId: string, body: CreatePostGroupRequest): Observable<PostGroupResponse> {
    return this.http.post<PostGroupResponse>(`${ws(workspaceId)}/post-groups`, body);
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

  comments(workspaceId: string, id: string): Observable<Page<CommentDto>> {
    return this.http.get<Page<CommentDto>>(`${ws(workspaceId)}/posts/${enc(id)}/comments`);
  }

  addComment(workspaceId: string, id: string, body: string, parentId?: string): Observable<CommentDto> {
    return this.http.post<CommentDto>(
      `${ws(workspaceId)}/posts/${enc(id)}/comments`,
      parentId ? { body, parentId } : { body },
    );
  }

  /** The post's status timeline (`GET …/posts/:id/history`). */
  history(workspaceId: string, id: string): Observable<Page<HistoryEntryDto>> {
    return this.http.get<Page<HistoryEntryDto>>(`${ws(workspaceId)}/posts/${enc(id)}/history`);
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
