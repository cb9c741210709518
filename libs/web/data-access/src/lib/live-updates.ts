import { HttpClient } from '@angular/common/http';
import { Injectable, InjectionToken, computed, effect, inject, signal } from '@angular/core';
import type {
  LiveConversationEventDto,
  LiveNotificationEventDto,
  LivePostEventDto,
  LiveUnreadEventDto,
  MarkedCountDto,
  NotificationDto,
  NotificationPageDto,
} from '@xp/shared';
import { Subject, firstValueFrom, type Observable } from 'rxjs';
import { wsUrl } from './holds-api';
import { BELL_PAGE, awaitingApproval, mergeNotifications } from './notification-list';
import { SessionStore } from './session-store';

export type { LivePostEventDto, NotificationDto } from '@xp/shared';
export { BELL_PAGE, mergeNotifications } from './notification-list';

/** My in-app notifications in a workspace: list, mark read. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  /** Titles in `locale` (the screen's language). */
  list(workspaceId: string, locale: string, limit = BELL_PAGE): Observable<NotificationPageDto> {
    return this.http.get<NotificationPageDto>(`${wsUrl(workspaceId)}/notifications`, {
      params: { limit: String(limit), locale },
    });
  }

  markRead(workspaceId: string, id: string): Observable<void> {
    return this.http.post<void>(`${wsUrl(workspaceId)}/notifications/${encodeURIComponent(id)}/read`, {});
  }

  markAllRead(workspaceId: string): Observable<MarkedCountDto> {
    return this.http.post<MarkedCountDto>(`${wsUrl(workspaceId)}/notifications/read-all`, {});
  }
}

/** What the store needs of an `EventSource` (tests give a fake). */
export type LiveSource = Pick<EventSource, 'addEventListener' | 'close' | 'readyState'> & {
  onopen: ((e: Event) => void) | null;
  onerror: ((e: Event) => void) | null;
};
export const LIVE_SOURCE = new InjectionToken<(url: string) => LiveSource>('LIVE_SOURCE', {
  providedIn: 'root',
  factory: () => (url: string) => new EventSource(url, { withCredentials: true }),
});

/**
 * The live side of the signed-in workspace: one `EventSource` on `GET /api/workspaces/{ws}/events` (opened by the
 * shell for the workspace on screen, closed on sign-out or when switching workspace), the bell's notifications and
 * unread count, and the posts that changed (`posts$`) for the pages that show them. The browser reconnects by itself
 * after a network error; after an HTTP error (the stream closed) the store retries with backoff. `resync$` fires
 * after a reconnection: what happened meanwhile was not sent, so pages read again what they show.
 */
@Injectable({ providedIn: 'root' })
export class LiveUpdatesStore {
  private readonly api = inject(NotificationsApi);
  private readonly session = inject(SessionStore);
  private readonly openSource = inject(LIVE_SOURCE);
  private source: LiveSource | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;
  private opened = false;
  private reloads = 0;
  private readonly postsSubject = new Subject<LivePostEventDto>();
  private readonly conversationsSubject = new Subject<LiveConversationEventDto>();
  private readonly resyncSubject = new Subject<void>();

  readonly workspaceId = signal<string | null>(null);
  /** The language of the notifications' titles (the screen's). */
  private locale = 'fr';
  readonly connected = signal(false);
  readonly unreadCount = signal(0);
  readonly items = signal<NotificationDto[]>([]);
  /** Unread "awaiting your approval" notifications (the badge of the Validations page). */
  readonly awaitingApproval = computed(() => awaitingApproval(this.items()));
  readonly posts$ = this.postsSubject.asObservable();
  /** Inbox conversations that changed (a customer wrote, a reply went out, triage). */
  readonly conversations$ = this.conversationsSubject.asObservable();
  readonly resync$ = this.resyncSubject.asObservable();

  constructor() {
    effect(() => {
      if (!this.session.signedIn()) this.disconnect();
    });
  }

  /** Listens to this workspace, titles in `locale` (no-op when already listening to it in that language). */
  connect(workspaceId: string, locale: string): void {
    if (this.workspaceId() === workspaceId && this.locale === locale && (this.source || this.retry)) return;
    this.disconnect();
    this.locale = locale;
    this.workspaceId.set(workspaceId);
    this.open(workspaceId);
    void this.reload();
  }

  disconnect(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.source?.close();
    this.source = null;
    this.opened = false;
    this.attempts = 0;
    this.connected.set(false);
    this.workspaceId.set(null);
    this.items.set([]);
    this.unreadCount.set(0);
  }

  async markRead(id: string): Promise<void> {
    const ws = this.workspaceId();
    const item = this.items().find((n) => n.id === id);
    if (!ws || !item || item.read) return;
    this.items.update((list) => list.map((n) => (n.id === id ? { ...n, read: true } : n)));
    this.unreadCount.update((c) => Math.max(0, c - 1));
    await firstValueFrom(this.api.markRead(ws, id)).catch(() => this.reload());
  }

  async markAllRead(): Promise<void> {
    const ws = this.workspaceId();
    if (!ws) return;
    this.allReadLocally();
    this.unreadCount.set(0);
    await firstValueFrom(this.api.markAllRead(ws)).catch(() => this.reload());
  }

  /** Reads the bell's list and count again (only the latest answer counts). */
  async reload(): Promise<void> {
    const ws = this.workspaceId();
    if (!ws) return;
    const seq = ++this.reloads;
    try {
      const page = await firstValueFrom(this.api.list(ws, this.locale));
      if (this.workspaceId() !== ws || seq !== this.reloads) return;
      this.items.set(page.items);
      this.unreadCount.set(page.unreadCount);
    } catch {
      // The bell keeps what it had; the stream's next event or reconnection reads again.
    }
  }

  private allReadLocally(): void {
    this.items.update((list) => list.map((n) => (n.read ? n : { ...n, read: true })));
  }

  private open(ws: string): void {
    const source = this.openSource(`${wsUrl(ws)}/events?locale=${encodeURIComponent(this.locale)}`);
    this.source = source;
    const data = <T>(e: Event): T => JSON.parse((e as MessageEvent<string>).data) as T;
    source.onopen = () => {
      this.connected.set(true);
      this.attempts = 0;
      if (this.opened) this.resyncSubject.next();
      this.opened = true;
    };
    source.onerror = () => {
      this.connected.set(false);
      // CLOSED: the server answered an error (signed out, removed): try again later, while still wanted.
      if (source.readyState === 2 && this.source === source) {
        this.source = null;
        const delay = Math.min(60_000, 2000 * 2 ** this.attempts++);
        this.retry = setTimeout(() => {
          this.retry = null;
          if (this.workspaceId() === ws && this.session.signedIn()) this.open(ws);
        }, delay);
      }
    };
    source.addEventListener('notification', (e) => {
      const d = data<LiveNotificationEventDto>(e);
      this.items.update((list) => mergeNotifications(list, d.notification));
      this.unreadCount.set(d.unreadCount);
    });
    source.addEventListener('unread', (e) => {
      const d = data<LiveUnreadEventDto>(e);
      const known = this.items().filter((n) => !n.read).length;
      this.unreadCount.set(d.unreadCount);
      if (d.unreadCount === 0) this.allReadLocally();
      // Read elsewhere (another tab) or missed while away: the list is read again.
      if (known !== d.unreadCount) void this.reload();
    });
    source.addEventListener('post', (e) => this.postsSubject.next(data<LivePostEventDto>(e)));
    source.addEventListener('conversation', (e) => this.conversationsSubject.next(data<LiveConversationEventDto>(e)));
  }
}
