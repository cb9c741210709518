import { LucidePause } from '@lucide/angular';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { computed, effect, input, signal, untracked, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { FullCalendarComponent, FullCalendarModule } from '@fullcalendar/angular';
import type {
  CalendarOptions,
  DatesSetInfo,
  EventClickInfo,
  EventDropInfo,
  EventApi,
  EventInput,
  EventDisplayInfo,
  MountInfo,
} from '@fullcalendar/angular';
import type { EventHoveringInfo } from 'fullcalendar';
import classicTheme from '@fullcalendar/angular/themes/classic';
import dayGridPlugin from '@fullcalendar/angular/daygrid';
import timeGridPlugin from '@fullcalendar/angular/timegrid';
import listPlugin from '@fullcalendar/angular/list';
import interactionPlugin from '@fullcalendar/angular/interaction';
import frLocale from 'fullcalendar/locales/fr';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  excerpt,
  POST_STATUS_VALUES,
  type AccountDto,
  type BrandDto,
  type CalendarPostDto,
  type PostDto,
  type PostStatusValue,
} from '@xp/shared';
import { ApiError, BrandsApi, errorMessageIn, MOVABLE_STATUSES, toApiError } from '@xp/web/data-access';
import { Alert, onChange } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ensureCalendarStyles } from './calendar-styles';
import { crowdedWarnings } from './crowded-warnings';
import { EventPreview, type EventPreviewData } from './event-preview';
import { MoveToast } from './move-toast';
import { scrollTimeNear } from './now-scroll';
import {
  accountColors,
  ApiErrorAlert,
  browserTimeZone,
  CrisisButton,
  formatInZone,
  HoldsStore,
  livePostChanges,
  WorkspacePageContext,
  WorkspaceScoped,
} from '@xp/web/common';
import { can } from '@xp/shared/permissions';

declare global {
  interface Window {
    /** Milliseconds from the posts' arrival to the calendar painted with them (read by the benchmark). */
    __xpCalendarRenderMs?: number;
  }
}

/** `/w/:workspaceId`: the editorial calendar (month, week, day, list), the home screen. */
@Component({
  selector: 'xp-calendar-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar-page.html',
  styleUrl: './calendar-page.css',
  imports: [
    LucidePause,
    FullCalendarModule,
    RouterLink,
    TranslocoPipe,
    ApiErrorAlert,
    Alert,
    CrisisButton,
    EventPreview,
    MoveToast,
  ],
})
export class CalendarPage extends WorkspaceScoped {
  /** `?date=2026-03-02`: the day to open on (after the composer saved a post). */
  readonly date = input<string | undefined>();
  /** `?view=timeGridWeek`… */
  readonly view = input<string | undefined>();

  private readonly ctx = inject(WorkspacePageContext);
  private readonly brandsApi = inject(BrandsApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly holds = inject(HoldsStore);

  private readonly calendar = viewChild<FullCalendarComponent>('calendar');
  protected readonly statuses = POST_STATUS_VALUES;
  protected readonly localTz = browserTimeZone();
  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly brands = signal<BrandDto[]>([]);
  protected readonly posts = signal<CalendarPostDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly moveError = signal<string | null>(null);
  protected readonly stylesReady = signal(false);
  protected readonly renderMs = signal<number | null>(null);
  /** The last drag-and-drop, which "Undo" moves back (to `from`, its time before). */
  protected readonly lastMove = signal<{ id: string; from: string } | null>(null);
  protected readonly undoing = signal(false);
  /** The post previewed while its event is hovered or focused. */
  protected readonly preview = signal<EventPreviewData | null>(null);

  protected readonly brandId = signal('');
  protected readonly accountId = signal('');
  protected readonly status = signal('');
  protected readonly tag = signal('');
  protected readonly tzChoice = signal('local');
  private readonly range = signal<{ from: string; to: string } | null>(null);

  protected readonly workspace = computed(() => this.ctx.session.workspace(this.workspaceId()));
  protected readonly canWrite = computed(() => can(this.workspace()?.role, 'posts.write'));
  protected readonly canHold = computed(() => can(this.workspace()?.role, 'holds.place'));
  /** The accounts and brands of the workspace have been read (or failed to be). */
  private readonly referenceLoaded = signal(false);
  protected readonly colors = computed(() => accountColors(this.accounts()));
  protected readonly visibleAccounts = computed(() => {
    const brand = this.brandId();
    return brand ? this.accounts().filter((a) => a.brandId === brand) : this.accounts();
  });
  protected readonly accountTimezones = computed(() => {
    const map = new Map<string, string[]>();
    for (const a of this.accounts()) map.set(a.timezone, [...(map.get(a.timezone) ?? []), '@' + a.handle]);
    return [...map.entries()].map(([tz, handles]) => ({ tz, handles: handles.join(', ') }));
  });
  protected readonly timeZone = computed(() => (this.tzChoice() === 'local' ? this.localTz : this.tzChoice()));
  protected readonly crowded = computed(() => crowdedWarnings(this.posts(), this.accounts(), this.timeZone()));
  protected readonly heldCount = computed(() => this.posts().filter((p) => p.held).length);
  private readonly postsById = computed(() => new Map(this.posts().map((p) => [p.id, p])));

  protected readonly events = computed<EventInput[]>(() => {
    // Until the workspace's accounts are known, a post could only be titled "@?": show none rather than that.
    if (!this.referenceLoaded()) return [];
    const accounts = new Map(this.accounts().map((a) => [a.id, a]));
    const colors = this.colors();
    const crowded = this.crowded().postIds;
    const canWrite = this.canWrite();
    const lang = this.ctx.language.current();
    const heldWord = this.ctx.transloco.translate('calendar.held', {}, lang);
    // Every status but the ordinary `scheduled` is written out in the title, not told by colour alone.
    const statusWords = new Map<string, string>();
    const statusPrefix = (status: string): string => {
      if (status === 'scheduled') return '';
      const word: string = statusWords.get(status) ?? this.ctx.transloco.translate(`status.${status}`, {}, lang);
      statusWords.set(status, word);
      const icon = status === 'published' ? '✓ ' : status === 'failed' || status === 'missed' ? '⚠ ' : '';
      return `${icon}${word} · `;
    };
    const out: EventInput[] = [];
    for (const p of this.posts()) {
      const start = p.scheduledAt ?? p.publishedAt;
      if (!start) continue;
      const account = accounts.get(p.accountId);
      const handle = account?.handle ?? '?';
      const prefix = p.held ? `${heldWord} · ` : statusPrefix(p.status);
      // `xp-post-<id>`: which post a hovered or focused event is (the preview finds it by this class).
      const classes = [`xp-ev`, `xp-ev--${p.status}`, `xp-post-${p.id}`];
      if (p.held) classes.push('xp-ev--held');
      if (crowded.has(p.id)) classes.push('xp-ev--crowded');
      out.push({
        id: p.id,
        title: `${prefix}@${handle} · ${excerpt(p.excerpt, 60)}`,
        start,
        allDay: false,
        color: colors.get(p.accountId) ?? '#1f4fd1',
        className: classes.join(' '),
        editable: canWrite && MOVABLE_STATUSES.has(p.status),
        // What `eventLabel` needs: the label itself is written only for the events drawn (a month shows a few per
        // day and "+N more"), not for every post of the range.
        extendedProps: { status: p.status, held: p.held, version: p.version, handle, zone: account?.timezone },
      });
    }
    return out;
  });

  protected readonly options = computed<CalendarOptions>(() => {
    const lang = this.ctx.language.current();
    return {
      plugins: [classicTheme, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
      // A phone gets the agenda (list) by default: a month grid is unreadable at 390 px.
      initialView: untracked(() => this.view()) ?? (this.narrow ? 'listWeek' : 'dayGridMonth'),
      initialDate: untracked(() => this.date()) || undefined,
      locales: [frLocale],
      locale: lang,
      // 'local' lets FullCalendar use the browser's own date maths (faster than a named zone through Temporal).
      timeZone: this.tzChoice() === 'local' ? 'local' : this.tzChoice(),
      firstDay: 1,
      height: 'auto',
      headerToolbar: this.narrow
        ? { start: 'prev,next', center: 'title', end: 'today' }
        : { start: 'prev,next today', center: 'title', end: 'dayGridMonth,timeGridWeek,timeGridDay,listMonth' },
      // On a phone: a shorter title, and the views below the agenda rather than beside the title.
      ...(this.narrow
        ? {
            titleFormat: { year: 'numeric', month: 'short', day: 'numeric' },
            footerToolbar: { center: 'listWeek,timeGridDay,dayGridMonth' },
          }
        : {}),
      dayMaxEvents: 4,
      navLinks: true,
      eventInteractive: true,
      editable: this.canWrite(),
      // Week and day views open on the current time with the "now" line, not at midnight.
      nowIndicator: true,
      nowIndicatorLineClass: 'xp-now-line',
      scrollTime: scrollTimeNear(Date.now(), this.tzChoice() === 'local' ? undefined : this.tzChoice()),
      // A day of hours scrolls inside the calendar (the whole page at 'auto' height would open at midnight).
      views: { timeGrid: { height: Math.max(480, Math.round(window.innerHeight * 0.8)) } },
      eventDurationEditable: false,
      eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      datesSet: (info: DatesSetInfo) => this.rangeChanged(info),
      eventClick: (info: EventClickInfo) => {
        info.jsEvent.preventDefault();
        void this.router.navigate(['/w', this.workspaceId(), 'posts', info.event.id]);
      },
      eventDrop: (info: EventDropInfo) => void this.moved(info),
      eventsHint: this.ctx.transloco.translate('calendar.eventsHint', {}, lang),
      eventDidMount: (info: MountInfo<EventDisplayInfo>) => {
        info.el.setAttribute('aria-label', this.eventLabel(info.event));
        // FullCalendar's agenda puts a day's events, buttons, straight in a role=list: a named group is what it is.
        const list = info.el.closest('[role="list"]');
        if (list && !list.querySelector(':scope > [role="listitem"]')) list.setAttribute('role', 'group');
      },
      eventsSet: () => this.painted(),
      eventMouseEnter: (info: EventHoveringInfo) => this.showPreview(info.el, info.event.id),
      eventMouseLeave: () => this.hidePreview(),
    };
  });

  private dataArrivedAt = 0;
  /** Posts changed elsewhere (another member, the scheduler): the range is read again. */
  private readonly livePosts = livePostChanges();
  /** A phone-sized window (under 600 px) when the page opened. */
  private readonly narrow = !!this.document.defaultView?.matchMedia('(max-width: 599.98px)').matches;

  constructor() {
    super();
    void ensureCalendarStyles(this.document).then(() => this.stylesReady.set(true));
    onChange(this.workspaceId, (ws) => void this.loadReference(ws));
    effect(() => {
      const range = this.range();
      const query = { brandId: this.brandId(), accountId: this.accountId(), status: this.status(), tag: this.tag() };
      this.holds.changes();
      this.livePosts();
      if (!range) return;
      untracked(() => void this.loadPosts(range, query));
    });
  }

  private rangeChanged(info: DatesSetInfo): void {
    const from = info.start.toISOString();
    const to = info.end.toISOString();
    const current = this.range();
    if (current?.from === from && current.to === to) return;
    // Called from inside FullCalendar's render: update our state on the next task.
    queueMicrotask(() => this.range.set({ from, to }));
  }

  private loadSeq = 0;
  private async loadPosts(
    range: { from: string; to: string },
    q: { brandId: string; accountId: string; status: string; tag: string },
  ): Promise<void> {
    const seq = ++this.loadSeq;
    this.loading.set(true);
    this.error.set(null);
    try {
      const answer = await firstValueFrom(
        this.ctx.posts.calendar(this.workspaceId(), {
          from: range.from,
          to: range.to,
          brandId: q.brandId || undefined,
          accountId: q.accountId || undefined,
          status: q.status ? [q.status as PostStatusValue] : undefined,
          tag: q.tag || undefined,
        }),
      );
      if (seq !== this.loadSeq) return;
      this.dataArrivedAt = performance.now();
      this.posts.set(answer.items);
    } catch (e) {
      if (seq === this.loadSeq) this.error.set(toApiError(e));
    } finally {
      if (seq === this.loadSeq) this.loading.set(false);
    }
  }

  /** After FullCalendar took the new events: the next paint is when the user sees them. */
  private painted(): void {
    const start = this.dataArrivedAt;
    if (!start) return;
    this.dataArrivedAt = 0;
    requestAnimationFrame(() =>
      setTimeout(() => {
        const ms = Math.round(performance.now() - start);
        window.__xpCalendarRenderMs = ms;
        this.renderMs.set(ms);
      }),
    );
  }

  private async loadReference(ws: string): Promise<void> {
    this.referenceLoaded.set(false);
    try {
      const [accounts, brands] = await this.ctx.withAccounts(ws, this.brandsApi.listAll(ws));
      this.accounts.set(accounts);
      this.brands.set(brands);
    } catch (e) {
      this.error.set(toApiError(e));
    }
    this.referenceLoaded.set(true);
  }

  /** Drag to reschedule: PATCH scheduledAt with the version; on refusal put it back and explain. */
  private async moved(info: EventDropInfo): Promise<void> {
    const id = info.event.id;
    const post = this.posts().find((p) => p.id === id);
    const start = info.event.start;
    const before = info.oldEvent.start;
    this.notice.set(null);
    this.moveError.set(null);
    if (!post || !start || !before || !post.scheduledAt) {
      info.revert();
      return;
    }
    this.lastMove.set(null);
    try {
      const updated = await firstValueFrom(
        this.ctx.posts.update(this.workspaceId(), id, {
          scheduledAt: new Date(
            new Date(post.scheduledAt).getTime() + (start.getTime() - before.getTime()),
          ).toISOString(),
          version: post.version,
        }),
      );
      this.applyMove(updated);
      this.lastMove.set({ id, from: post.scheduledAt });
      this.notice.set(this.movedText(updated, 'calendar.moved'));
    } catch (e) {
      info.revert();
      const error = toApiError(e);
      this.moveError.set(this.refusal(error));
      if (error.statusCode === 409) {
        const range = this.range();
        if (range)
          void this.loadPosts(range, {
            brandId: this.brandId(),
            accountId: this.accountId(),
            status: this.status(),
            tag: this.tag(),
          });
      }
    }
  }

  /** What a screen reader says for an event: account, time in the account's zone, status, excerpt. */
  private eventLabel(event: EventApi): string {
    const lang = this.ctx.language.current();
    const p = event.extendedProps as { status: string; held: boolean; handle: string; zone?: string };
    const post = this.postsById().get(event.id);
    const at = post?.scheduledAt ?? post?.publishedAt;
    return [
      `@${p.handle}`,
      formatInZone(at, p.zone ?? this.timeZone(), lang),
      this.ctx.transloco.translate(p.held ? 'calendar.held' : `status.${p.status}`, {}, lang),
      excerpt(post?.excerpt ?? '', 120),
    ].join(' · ');
  }

  /** A post's preview under its event (hovered, or focused: `focusin` on the calendar). */
  protected showPreview(el: Element | null, id?: string): void {
    const postId =
      id ??
      Array.from(el?.classList ?? [])
        .find((c) => c.startsWith('xp-post-'))
        ?.slice('xp-post-'.length);
    const post = postId ? this.posts().find((p) => p.id === postId) : undefined;
    const at = post?.scheduledAt ?? post?.publishedAt;
    if (!el || !post || !at) return this.preview.set(null);
    const lang = this.ctx.language.current();
    const rect = el.getBoundingClientRect();
    const width = Math.min(352, window.innerWidth - 16);
    const below = rect.bottom + 6;
    this.preview.set({
      id: post.id,
      handle: this.accounts().find((a) => a.id === post.accountId)?.handle ?? '?',
      when: formatInZone(at, this.timeZone(), lang),
      status: [
        this.ctx.transloco.translate(`status.${post.status}`, {}, lang),
        post.held ? this.ctx.transloco.translate('calendar.held', {}, lang) : '',
        post.segmentCount > 1
          ? this.ctx.transloco.translate('calendar.threadOf', { count: post.segmentCount }, lang)
          : '',
      ]
        .filter(Boolean)
        .join(' · '),
      excerpt: post.excerpt,
      top: below + 140 > window.innerHeight ? Math.max(8, rect.top - 146) : below,
      left: Math.max(8, Math.min(rect.left, window.innerWidth - width - 8)),
    });
    el.setAttribute('aria-describedby', 'xp-event-preview');
  }

  protected hidePreview(): void {
    this.preview.set(null);
  }

  protected focusIn(event: FocusEvent): void {
    const el = event.target instanceof Element ? event.target.closest('.xp-ev') : null;
    if (el) this.showPreview(el);
    else this.hidePreview();
  }

  /** "Undo" after a drag-and-drop: the post goes back to its time before, with its new version. */
  protected async undoMove(): Promise<void> {
    const move = this.lastMove();
    const post = move && this.posts().find((p) => p.id === move.id);
    if (!move || !post || this.undoing()) return;
    this.undoing.set(true);
    this.moveError.set(null);
    try {
      const updated = await firstValueFrom(
        this.ctx.posts.update(this.workspaceId(), post.id, { scheduledAt: move.from, version: post.version }),
      );
      this.applyMove(updated);
      this.lastMove.set(null);
      this.notice.set(this.movedText(updated, 'calendar.movedBack'));
    } catch (e) {
      this.moveError.set(this.refusal(toApiError(e)));
    } finally {
      this.undoing.set(false);
    }
  }

  protected dismissNotice(): void {
    this.notice.set(null);
    this.lastMove.set(null);
  }

  private applyMove(updated: PostDto): void {
    // A move changes the time, and may change the status (back to review) and the version; not the text.
    const { id, status, held, scheduledAt, publishBy, publishedAt, version } = updated;
    this.posts.update((list) =>
      list.map((p) => (p.id === id ? { ...p, status, held, scheduledAt, publishBy, publishedAt, version } : p)),
    );
  }

  private movedText(updated: PostDto, key: string): string {
    const lang = this.ctx.language.current();
    const account = this.accounts().find((a) => a.id === updated.accountId);
    return this.ctx.transloco.translate(
      key,
      {
        handle: account?.handle ?? '',
        when: formatInZone(updated.scheduledAt, account?.timezone ?? this.timeZone(), lang),
        status: this.ctx.transloco.translate(`status.${updated.status}`, {}, lang),
      },
      lang,
    );
  }

  /** A refused move in the member's language, from the message catalogue (the server's own message is English). */
  private refusal(error: ApiError): string {
    const lang = this.ctx.language.current();
    const own = error.details?.find((d) => d.field === lang)?.message;
    return own ?? (errorMessageIn(error, lang) || this.ctx.transloco.translate('errors.generic', {}, lang));
  }

  /** For tests and keyboard users: the FullCalendar API. */
  api() {
    return this.calendar()?.getApi();
  }
}
