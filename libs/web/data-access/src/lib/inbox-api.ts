import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type {
  ConversationDto,
  ConversationNoteDto,
  ConversationListQuery,
  ConversationPageDto,
  ConversationStatusValue,
  CreateReplyRequest,
  CreateSavedReplyRequest,
  Page,
  UpdateSavedReplyRequest,
  PostDto,
  SavedReplyDto,
} from '@xp/shared';
import { debounceTime, firstValueFrom, merge, Observable } from 'rxjs';
import { wsUrl } from './holds-api';
import { LiveUpdatesStore } from './live-updates';

export type { ConversationDto, ConversationSummaryDto, SavedReplyDto } from '@xp/shared';

/** The filters of the inbox's list: the API's query, `breached` as a boolean (false: not sent). */
export type ConversationFilters = Omit<ConversationListQuery, 'breached'> & { breached?: boolean };

/** The brand inbox: conversations, replies as the brand, triage, saved replies. */
@Injectable({ providedIn: 'root' })
export class InboxApi {
  private readonly http = inject(HttpClient);

  list(workspaceId: string, f: ConversationFilters = {}): Observable<ConversationPageDto> {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '' && v !== false) params[k] = String(v);
    return this.http.get<ConversationPageDto>(`${wsUrl(workspaceId)}/conversations`, { params });
  }

  get(workspaceId: string, id: string): Observable<ConversationDto> {
    return this.http.get<ConversationDto>(`${this.url(workspaceId, id)}`);
  }

  reply(workspaceId: string, id: string, body: CreateReplyRequest): Observable<PostDto> {
    return this.http.post<PostDto>(`${this.url(workspaceId, id)}/replies`, body);
  }

  assign(workspaceId: string, id: string, userId: string | null): Observable<ConversationDto> {
    return this.http.post<ConversationDto>(`${this.url(workspaceId, id)}/assign`, { userId });
  }

  setStatus(workspaceId: string, id: string, status: ConversationStatusValue): Observable<ConversationDto> {
    return this.http.post<ConversationDto>(`${this.url(workspaceId, id)}/status`, { status });
  }

  addNote(workspaceId: string, id: string, text: string): Observable<ConversationNoteDto> {
    return this.http.post<ConversationNoteDto>(`${this.url(workspaceId, id)}/notes`, { text });
  }

  savedReplies(workspaceId: string, language?: 'fr' | 'en'): Observable<Page<SavedReplyDto>> {
    return this.http.get<Page<SavedReplyDto>>(`${wsUrl(workspaceId)}/saved-replies`, {
      params: language ? { language } : {},
    });
  }

  createSavedReply(workspaceId: string, body: CreateSavedReplyRequest): Observable<SavedReplyDto> {
    return this.http.post<SavedReplyDto>(`${wsUrl(workspaceId)}/saved-replies`, body);
  }

  updateSavedReply(workspaceId: string, id: string, body: UpdateSavedReplyRequest): Observable<SavedReplyDto> {
    return this.http.patch<SavedReplyDto>(`${wsUrl(workspaceId)}/saved-replies/${encodeURIComponent(id)}`, body);
  }

  deleteSavedReply(workspaceId: string, id: string): Observable<{ id: string; deleted: true }> {
    return this.http.delete<{ id: string; deleted: true }>(
      `${wsUrl(workspaceId)}/saved-replies/${encodeURIComponent(id)}`,
    );
  }

  private url(workspaceId: string, id: string): string {
    return `${wsUrl(workspaceId)}/conversations/${encodeURIComponent(id)}`;
  }
}

/**
 * The navigation's count of open conversations in the workspace on screen (within the member's scope): read when
 * the workspace opens, and again whenever a conversation changes (the event stream) or the stream reconnects.
 */
@Injectable({ providedIn: 'root' })
export class InboxCountStore {
  private readonly api = inject(InboxApi);
  private readonly live = inject(LiveUpdatesStore);
  private workspaceId: string | null = null;
  readonly open = signal(0);

  constructor() {
    merge(this.live.conversations$, this.live.resync$)
      .pipe(debounceTime(300))
      .subscribe(() => void this.refresh());
  }

  watch(workspaceId: string | null): void {
    if (workspaceId === this.workspaceId) return;
    this.workspaceId = workspaceId;
    this.open.set(0);
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    const ws = this.workspaceId;
    if (!ws) return;
    try {
      const page = await firstValueFrom(this.api.list(ws, { status: 'open', limit: 1 }));
      if (ws === this.workspaceId) this.open.set(page.openCount ?? 0);
    } catch {
      // The count is a hint: a failed read keeps the last one.
    }
  }
}
