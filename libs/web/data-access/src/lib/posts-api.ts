import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type * as wire from '@xp/shared';
import { Observable } from 'rxjs';
import { wsUrl as ws } from './holds-api';

const enc = encodeURIComponent;

/** Statuses whose time may still be moved (drag to reschedule). */
export const MOVABLE_STATUSES: ReadonlySet<wire.PostStatusValue> = new Set([
  'draft',
  'in_review',
  'changes_requested',
  'scheduled',
  'missed',
]);

/** The filters of the calendar range query, as the pages hold them (`GET …/posts`). */
export type PostQuery = Pick<wire.PostListQuery, 'from' | 'to' | 'accountId' | 'brandId' | 'tag'> & {
  status?: readonly wire.PostStatusValue[];
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
  list(workspaceId: string, query: PostQuery): Observable<wire.Page<wire.PostDto>> {
    return this.http.get<wire.Page<wire.PostDto>>(`${ws(workspaceId)}/posts`, { params: queryParams(query) });
  }

  /** The same range query, answered with the calendar's lighter items (`view=calendar`). */
  calendar(workspaceId: string, query: PostQuery): Observable<wire.Page<wire.CalendarPostDto>> {
    return this.http.get<wire.Page<wire.CalendarPostDto>>(`${ws(workspaceId)}/posts`, {
      params: { ...queryParams(query), view: 'calendar' },
    });
  }

  get(workspaceId: string, id: string): Observable<wire.PostDto> {
    return this.http.get<wire.PostDto>(`${ws(workspaceId)}/posts/${enc(id)}`);
  }

  create(workspaceId: string, body: wire.CreatePostRequest): Observable<wire.PostDto> {
    return this.http.post<wire.PostDto>(`${ws(workspaceId)}/posts`, body);
  }

  /**
   * The multi-account post: one post per item (each its own account and text), created (and submitted with
   * `submit: true`) in one transaction; all or nothing. The answer keeps the order of `body.posts`.
   */
  createGroup(workspaceId: string, body: wire.CreatePostGroupRequest): Observable<wire.PostGroupResponse> {
    return this.http.post<wire.PostGroupResponse>(`${ws(workspaceId)}/post-groups`, body);
  }

  update(workspaceId: string, id: string, body: wire.UpdatePostRequest): Observable<wire.PostDto> {
    return this.http.patch<wire.PostDto>(`${ws(workspaceId)}/posts/${enc(id)}`, body);
  }

  check(workspaceId: string, body: wire.CheckPostRequest): Observable<wire.CheckPostResponse> {
    return this.http.post<wire.CheckPostResponse>(`${ws(workspaceId)}/posts/check`, body);
  }

  /** Submits for review; an owner/admin may submit over a blocking charter finding with a written reason. */
  submit(workspaceId: string, id: string, body: wire.SubmitRequest = {}): Observable<wire.PostDto> {
    return this.http.post<wire.PostDto>(`${ws(workspaceId)}/posts/${enc(id)}/submit`, body);
  }

  approve(workspaceId: string, id: string, body: wire.ApproveRequest): Observable<wire.PostDto> {
    return this.http.post<wire.PostDto>(`${ws(workspaceId)}/posts/${enc(id)}/approve`, body);
  }

  requestChanges(workspaceId: string, id: string, comment: string): Observable<wire.PostDto> {
    return this.http.post<wire.PostDto>(`${ws(workspaceId)}/posts/${enc(id)}/request-changes`, { comment });
  }

  cancel(workspaceId: string, id: string, reason?: string): Observable<wire.PostDto> {
    return this.http.post<wire.PostDto>(`${ws(workspaceId)}/posts/${enc(id)}/cancel`, reason ? { reason } : {});
  }

  reopen(workspaceId: string, id: string): Observable<wire.PostDto> {
    return this.http.post<wire.PostDto>(`${ws(workspaceId)}/posts/${enc(id)}/reopen`, {});
  }

  comments(workspaceId: string, id: string): Observable<wire.Page<wire.CommentDto>> {
    return this.http.get<wire.Page<wire.CommentDto>>(`${ws(workspaceId)}/posts/${enc(id)}/comments`);
  }

  addComment(workspaceId: string, id: string, body: string, parentId?: string): Observable<wire.CommentDto> {
    return this.http.post<wire.CommentDto>(
      `${ws(workspaceId)}/posts/${enc(id)}/comments`,
      parentId ? { body, parentId } : { body },
    );
  }

  /**
   * "My work" and the search: a page of posts, newest first (`GET …/post-search`), every filter together; pass the
   * answer's `nextCursor` as `cursor` for the next page.
   */
  search(
    workspaceId: string,
    query: Omit<wire.PostSearchQuery, 'limit'> & { limit?: number },
  ): Observable<wire.PostSearchPage> {
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) continue;
      params[key] = Array.isArray(value) ? value.join(',') : String(value);
    }
    return this.http.get<wire.PostSearchPage>(`${ws(workspaceId)}/post-search`, { params });
  }

  /** One action on several posts, all or nothing; the answer's `undo` is the body that undoes it. */
  bulk(workspaceId: string, body: wire.BulkPostsRequest): Observable<wire.BulkPostsResponse> {
    return this.http.post<wire.BulkPostsResponse>(`${ws(workspaceId)}/posts/bulk`, body);
  }

  /** The post's status timeline (`GET …/posts/:id/history`). */
  history(workspaceId: string, id: string): Observable<wire.Page<wire.HistoryEntryDto>> {
    return this.http.get<wire.Page<wire.HistoryEntryDto>>(`${ws(workspaceId)}/posts/${enc(id)}/history`);
  }
}

@Injectable({ providedIn: 'root' })
export class MediaApi {
  private readonly http = inject(HttpClient);

  upload(workspaceId: string, file: File, altText: string): Observable<wire.MediaDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    if (altText) form.append('altText', altText);
    return this.http.post<wire.MediaDto>(`${ws(workspaceId)}/media`, form);
  }

  updateAltText(workspaceId: string, id: string, altText: string | null): Observable<wire.MediaDto> {
    return this.http.patch<wire.MediaDto>(`${ws(workspaceId)}/media/${enc(id)}`, { altText });
  }
}
