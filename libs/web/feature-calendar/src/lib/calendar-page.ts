import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { FullCalendarComponent, FullCalendarModule } from '@fullcalendar/angular';
import type { CalendarOptions, DatesSetInfo, EventClickInfo, EventDropInfo, EventInput } from '@fullcalendar/angular';
import classicTheme from '@fullcalendar/angular/themes/classic';
import dayGridPlugin from '@fullcalendar/angular/daygrid';
import timeGridPlugin from '@fullcalendar/angular/timegrid';
import listPlugin from '@fullcalendar/angular/list';
import interactionPlugin from '@fullcalendar/angular/interaction';
import frLocale from 'fullcalendar/locales/fr';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { excerpt, type AccountDto, type BrandDto, type CalendarPostDto, type PostStatusValue } from '@xp/shared';
import {
  AccountsApi,
  ApiError,
  BrandsApi,
  MANAGER_ROLES,
  MOVABLE_STATUSES,
  PostsApi,
  SessionStore,
  WEB_POST_STATUSES,
  toApiError,
} from '@xp/web/data-access';
import { Alert } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ensureCalendarStyles } from './calendar-styles';
import {
  accountColors,
  ApiErrorAlert,
  browserTimeZone,
  CrisisButton,
  crowdedWarnings,
  formatInZone,
  HoldsStore,
  LanguageService,
} from '@xp/web/common';

declare global {
  interface Window {
    /** Milliseconds from the posts' arrival to the calendar painted with them (read by the benchmark). */
    __xpCalendarRenderMs?: number;
  }
}

const WRITER_ROLES = new Set(['owner', 'admin', 'manager', 'editor']);

/** `/w/:workspaceId`: the editorial calendar (month, week, day, list), the home screen. */
@Component({
  selector: 'xp-calendar-page',
  imports: [FullCalendarModule, RouterLink, TranslocoPipe, ApiErrorAlert, Alert, CrisisButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <div>
        <h1>{{ 'calendar.title' | transloco }}</h1>
        <p class="lead">
          <span data-testid="workspace-name">{{ workspace()?.name }}</span> · {{ 'calendar.yourRole' | transloco }}
          {{ 'roles.' + (workspace()?.role ?? 'viewer') | transloco }}
        </p>
      </div>
      <div class="header-actions">
        @if (canWrite()) {
          <a class="btn btn--primary" [routerLink]="['/w', workspaceId(), 'compose']"
            >+ {{ 'calendar.newPost' | transloco }}</a
          >
        }
        @if (canHold()) {
          <xp-crisis-button [workspaceId]="workspaceId()" scope="workspace" [targetLabel]="workspace()?.name ?? ''" />
        }
      </div>
    </div>

    <form
      class="filters card"
      role="search"
      [attr.aria-label]="'calendar.filters' | transloco"
      (submit)="$event.preventDefault()"
    >
      <div class="field">
        <label for="f-brand">{{ 'calendar.brand' | transloco }}</label>
        <select id="f-brand" #fb (change)="brandId.set(fb.value)">
          <option value="">{{ 'calendar.all' | transloco }}</option>
          @for (b of brands(); track b.id) {
            <option [value]="b.id" [selected]="b.id === brandId()">{{ b.name }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label for="f-account">{{ 'calendar.account' | transloco }}</label>
        <select id="f-account" #fa (change)="accountId.set(fa.value)">
          <option value="">{{ 'calendar.all' | transloco }}</option>
          @for (a of visibleAccounts(); track a.id) {
            <option [value]="a.id" [selected]="a.id === accountId()">&#64;{{ a.handle }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label for="f-status">{{ 'calendar.status' | transloco }}</label>
        <select id="f-status" #fs (change)="status.set(fs.value)">
          <option value="">{{ 'calendar.all' | transloco }}</option>
          @for (s of statuses; track s) {
            <option [value]="s" [selected]="s === status()">{{ 'status.' + s | transloco }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label for="f-tag">{{ 'calendar.tag' | transloco }}</label>
        <input id="f-tag" type="text" #ft [value]="tag()" (change)="tag.set(ft.value.trim())" autocomplete="off" />
      </div>
      <div class="field">
        <label for="f-tz">{{ 'calendar.timezone' | transloco }}</label>
        <select id="f-tz" #ftz (change)="tzChoice.set(ftz.value)" data-testid="tz-select">
          <option value="local" [selected]="tzChoice() === 'local'">
            {{ 'calendar.myTimezone' | transloco: { tz: localTz } }}
          </option>
          @for (tz of accountTimezones(); track tz.tz) {
            <option [value]="tz.tz" [selected]="tzChoice() === tz.tz">
              {{ 'calendar.accountTimezone' | transloco: { tz: tz.tz, handles: tz.handles } }}
            </option>
          }
        </select>
      </div>
    </form>

    <div class="legend" [attr.aria-label]="'calendar.legend' | transloco">
      @for (a of visibleAccounts(); track a.id) {
        <span class="legend__item"
          ><span class="legend__dot" [style.background]="colors().get(a.id)"></span>&#64;{{ a.handle }}</span
        >
      }
    </div>

    <xp-api-error [error]="error()" />
    @if (notice(); as n) {
      <xp-alert kind="success" data-testid="calendar-notice" [message]="n" />
    }
    @if (moveError(); as e) {
      <xp-alert kind="error" data-testid="move-error" [heading]="'calendar.moveRefused' | transloco" [message]="e" />
    }
    @if (crowded().warnings.length) {
      <section class="crowded" data-testid="crowded-warnings" role="status">
        <strong>{{ 'calendar.crowdedTitle' | transloco }}</strong>
        <ul>
          @for (w of crowded().warnings; track w.accountId + w.day) {
            <li>
              {{
                (w.windowMinutes === 15 ? 'calendar.crowded15' : 'calendar.crowdedDay')
                  | transloco
                    : {
                        handle: w.handle,
                        day: w.day,
                        count: w.count,
                        limit: w.limit,
                        tier: ('accounts.tiers.' + w.tier | transloco),
                      }
              }}
            </li>
          }
        </ul>
      </section>
    }
    @if (heldCount()) {
      <p class="held-note" data-testid="held-count">⏸ {{ 'calendar.heldCount' | transloco: { count: heldCount() } }}</p>
    }

    <section
      class="card calendar"
      [attr.aria-busy]="loading()"
      [attr.data-post-count]="posts().length"
      [attr.data-render-ms]="renderMs()"
    >
      @if (stylesReady()) {
        <full-calendar #calendar [options]="options()" [events]="events()" />
      } @else {
        <p class="muted">{{ 'common.loading' | transloco }}</p>
      }
      <p class="muted small hint-keys">{{ 'calendar.keyboardHint' | transloco }}</p>
    </section>
  `,
  styles: `
    .header-actions {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .filters {
      display: flex;
      gap: 0.75rem 1rem;
      flex-wrap: wrap;
      align-items: flex-end;
      padding: 1rem 1.25rem;
    }
    .filters .field {
      margin: 0;
    }
    .filters input {
      width: 10rem;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem 1rem;
      margin: -0.75rem 0 1rem;
      font-size: 0.85rem;
      color: var(--muted-fg);
    }
    .legend__item {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
    }
    .legend__dot {
      width: 0.75rem;
      height: 0.75rem;
      border-radius: 50%;
      display: inline-block;
    }
    .crowded {
      background: var(--warning-bg);
      color: var(--warning-fg);
      border-radius: var(--radius);
      padding: 0.6rem 1rem;
      margin-bottom: 1rem;
    }
    .crowded ul {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
    }
    .held-note {
      color: #7f1d1d;
      font-weight: 600;
    }
    .calendar {
      padding: 1rem;
    }
    .hint-keys {
      margin: 0.75rem 0 0;
    }
  `,
})
export class CalendarPage {
  private readonly postsApi = inject(PostsApi);
  private readonly accountsApi = inject(AccountsApi);
  private readonly brandsApi = inject(BrandsApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly holds = inject(HoldsStore);

  readonly workspaceId = input.required<string>();
  /** `?date=2026-03-02`: the day to open on (after the composer saved a post). */
  readonly date = input<string | undefined>();
  /** `?view=timeGridWeek`… */
  readonly view = input<string | undefined>();

  private readonly calendar = viewChild<FullCalendarComponent>('calendar');
  protected readonly statuses = WEB_POST_STATUSES;
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

  protected readonly brandId = signal('');
  protected readonly accountId = signal('');
  protected readonly status = signal('');
  protected readonly tag = signal('');
  protected readonly tzChoice = signal('local');
  private readonly range = signal<{ from: string; to: string } | null>(null);

  protected readonly workspace = computed(() => this.session.workspace(this.workspaceId()));
  protected readonly canWrite = computed(() => WRITER_ROLES.has(this.workspace()?.role ?? 'viewer'));
  protected readonly canHold = computed(() => MANAGER_ROLES.includes(this.workspace()?.role ?? 'viewer'));
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

  protected readonly events = computed<EventInput[]>(() => {
    const accounts = new Map(this.accounts().map((a) => [a.id, a]));
    const colors = this.colors();
    const crowded = this.crowded().postIds;
    const canWrite = this.canWrite();
    const lang = this.language.current();
    const heldWord = this.transloco.translate('calendar.held', {}, lang);
    // Every status but the ordinary `scheduled` is written out in the title, not told by colour alone.
    const statusWords = new Map<string, string>();
    const statusPrefix = (status: string): string => {
      if (status === 'scheduled') return '';
      const word: string = statusWords.get(status) ?? this.transloco.translate(`status.${status}`, {}, lang);
      statusWords.set(status, word);
      const icon = status === 'published' ? '✓ ' : status === 'failed' || status === 'missed' ? '⚠ ' : '';
      return `${icon}${word} · `;
    };
    const out: EventInput[] = [];
    for (const p of this.posts()) {
      const start = p.scheduledAt ?? p.publishedAt;
      if (!start) continue;
      const handle = accounts.get(p.accountId)?.handle ?? '?';
      const prefix = p.held ? `⏸ ${heldWord} · ` : statusPrefix(p.status);
      const classes = [`xp-ev`, `xp-ev--${p.status}`];
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
        extendedProps: { status: p.status, held: p.held, version: p.version },
      });
    }
    return out;
  });

  protected readonly options = computed<CalendarOptions>(() => {
    const lang = this.language.current();
    return {
      plugins: [classicTheme, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
      initialView: untracked(() => this.view()) ?? 'dayGridMonth',
      initialDate: untracked(() => this.date()) || undefined,
      locales: [frLocale],
      locale: lang,
      // 'local' lets FullCalendar use the browser's own date maths (faster than a named zone through Temporal).
      timeZone: this.tzChoice() === 'local' ? 'local' : this.tzChoice(),
      firstDay: 1,
      height: 'auto',
      headerToolbar: {
        start: 'prev,next today',
        center: 'title',
        end: 'dayGridMonth,timeGridWeek,timeGridDay,listMonth',
      },
      dayMaxEvents: 4,
      navLinks: true,
      eventInteractive: true,
      editable: this.canWrite(),
      eventDurationEditable: false,
      eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      datesSet: (info: DatesSetInfo) => this.rangeChanged(info),
      eventClick: (info: EventClickInfo) => {
        info.jsEvent.preventDefault();
        void this.router.navigate(['/w', this.workspaceId(), 'posts', info.event.id]);
      },
      eventDrop: (info: EventDropInfo) => void this.moved(info),
      eventsSet: () => this.painted(),
    };
  });

  private dataArrivedAt = 0;

  constructor() {
    void ensureCalendarStyles(this.document).then(() => this.stylesReady.set(true));
    effect(() => {
      const ws = this.workspaceId();
      untracked(() => void this.loadReference(ws));
    });
    effect(() => {
      const range = this.range();
      const query = { brandId: this.brandId(), accountId: this.accountId(), status: this.status(), tag: this.tag() };
      this.holds.changes();
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
        this.postsApi.calendar(this.workspaceId(), {
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
    try {
      const [accounts, brands] = await Promise.all([
        firstValueFrom(this.accountsApi.list(ws)),
        this.brandsApi.listAll(ws),
      ]);
      this.accounts.set(accounts.items);
      this.brands.set(brands);
    } catch (e) {
      this.error.set(toApiError(e));
    }
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
    const lang = this.language.current();
    try {
      const updated = await firstValueFrom(
        this.postsApi.update(this.workspaceId(), id, {
          scheduledAt: new Date(
            new Date(post.scheduledAt).getTime() + (start.getTime() - before.getTime()),
          ).toISOString(),
          version: post.version,
        }),
      );
      // A move changes the time, and may change the status (back to review) and the version; not the text.
      const { status, held, scheduledAt, publishBy, publishedAt, version } = updated;
      this.posts.update((list) =>
        list.map((p) => (p.id === id ? { ...p, status, held, scheduledAt, publishBy, publishedAt, version } : p)),
      );
      const account = this.accounts().find((a) => a.id === updated.accountId);
      this.notice.set(
        this.transloco.translate(
          'calendar.moved',
          {
            handle: account?.handle ?? '',
            when: formatInZone(updated.scheduledAt, account?.timezone ?? this.timeZone(), lang),
            status: this.transloco.translate(`status.${updated.status}`, {}, lang),
          },
          lang,
        ),
      );
    } catch (e) {
      info.revert();
      const error = toApiError(e);
      const fr = error.details?.find((d) => d.field === lang)?.message;
      this.moveError.set(fr ?? (error.message || this.transloco.translate('errors.generic', {}, lang)));
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

  /** For tests and keyboard users: the FullCalendar API. */
  api() {
    return this.calendar()?.getApi();
  }
}
