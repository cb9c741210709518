import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { parseTweetText } from '@xp/shared';
import type { AccountDto, LiveSessionDto, LiveStatusDto, PostDto } from '@xp/shared';
import { AccountsApi, ApiError, LiveApi, SessionStore, WRITER_ROLES, toApiError } from '@xp/web/data-access';
import { Badge } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import {
  ApiErrorAlert,
  dateToZonedLocal,
  LanguageService,
  localizedErrorMessage,
  statusTone,
  zonedLocalToDate,
} from '@xp/web/common';

const POLL_MS = 5_000;
const DURATIONS = [30, 60, 90, 120, 180, 240, 360, 480, 720] as const;

/** A post typed in the live composer, waiting for (or refused by) the server. */
interface Outgoing {
  key: number;
  text: string;
  state: 'sending' | 'failed';
  error: string | null;
}

/**
 * `/w/:ws/live`: live-event mode. A session on one account (start, end); a keyboard-first composer (type, Enter
 * queues, the focus stays in the box) whose posts carry a `publishBy` deadline and go to the inbox's fast lane;
 * the session's posts with their status; the live budget against the account's rate limit.
 */
@Component({
  selector: 'xp-live-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, ApiErrorAlert, Badge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <div>
        <h1>{{ 'live.title' | transloco }}</h1>
        <p class="lead">{{ 'live.subtitle' | transloco }}</p>
      </div>
    </div>
    <xp-api-error [error]="error()" />

    @if (current(); as s) {
      <section class="card session" aria-labelledby="live-session-title" data-testid="live-session">
        <div class="session__head">
          <div>
            <h2 id="live-session-title">{{ s.title }}</h2>
            <p class="muted small">
              &#64;{{ handle(s.accountId) }} · {{ when(s.startsAt, s.accountId) }} →
              {{ when(s.endsAt, s.accountId) }} ({{ tz(s.accountId) }}) ·
              {{ 'live.lateness' | transloco: { seconds: s.maxLatenessSeconds } }}
            </p>
          </div>
          <div class="session__actions">
            @if (isActive(s)) {
              <xp-badge tone="success" data-testid="live-state">{{ 'live.onAir' | transloco }}</xp-badge>
            } @else {
              <xp-badge tone="neutral" data-testid="live-state">{{ 'live.ended' | transloco }}</xp-badge>
            }
            <button type="button" class="btn btn--ghost btn--sm" (click)="refresh()">
              {{ 'live.refresh' | transloco }}
            </button>
            @if (canWrite() && !s.endedAt) {
              @if (confirmEnd()) {
                <span class="confirm" role="group" [attr.aria-label]="'live.endConfirm' | transloco">
                  <span>{{ 'live.endConfirm' | transloco }}</span>
                  <button type="button" class="btn btn--danger btn--sm" (click)="end()" [disabled]="busy()">
                    {{ 'live.endYes' | transloco }}
                  </button>
                  <button type="button" class="btn btn--ghost btn--sm" (click)="confirmEnd.set(false)">
                    {{ 'common.cancel' | transloco }}
                  </button>
                </span>
              } @else {
                <button type="button" class="btn btn--secondary btn--sm" (click)="confirmEnd.set(true)">
                  {{ 'live.end' | transloco }}
                </button>
              }
            }
          </div>
        </div>

        @if (status(); as st) {
          <div class="budget" data-testid="live-budget">
            <label for="live-budget-meter">{{ 'live.budget' | transloco }}</label>
            <meter
              id="live-budget-meter"
              min="0"
              [max]="st.budget.limit"
              [value]="budgetUsed()"
              [attr.high]="st.budget.limit * 0.8"
              [attr.optimum]="0"
            ></meter>
            <p class="budget__text" data-testid="live-budget-text">
              {{
                'live.budgetText' | transloco: { used: budgetUsed(), limit: st.budget.limit, remaining: budgetLeft() }
              }}
            </p>
            <p class="muted small">
              {{
                'live.tierText'
                  | transloco: { limit: st.budget.tierLimit, window: windowLabel(st.budget.tierWindowMinutes) }
              }}
            </p>
            @if (st.warning; as w) {
              <p class="warning" role="alert">⚠ {{ lang() === 'fr' ? w.message.fr : w.message.en }}</p>
            }
          </div>
        }

        @if (canWrite() && isActive(s)) {
          <form class="composer" (submit)="submitForm($event)" data-testid="live-composer">
            <label for="live-text">{{ 'live.composeLabel' | transloco: { handle: handle(s.accountId) } }}</label>
            <textarea
              #box
              id="live-text"
              rows="3"
              [value]="text()"
              (input)="text.set(box.value)"
              (keydown)="keydown($event)"
              aria-describedby="live-keys live-counter"
              data-testid="live-text"
            ></textarea>
            <div class="composer__foot">
              <span id="live-keys" class="hint">{{ 'live.keys' | transloco }}</span>
              <span id="live-counter" class="counter" [class.counter--over]="length() > maxLength()">
                {{ 'live.counter' | transloco: { length: length(), max: maxLength() } }}
              </span>
              <button type="submit" class="btn btn--primary" [disabled]="!canQueue()">
                {{ 'live.queue' | transloco }}
              </button>
            </div>
            <p class="visually-hidden" aria-live="polite" data-testid="live-announce">{{ announce() }}</p>
            @if (composeError(); as message) {
              <p class="field-error" role="alert" data-testid="live-compose-error">{{ message | transloco }}</p>
            }
          </form>
        }

        @if (outgoing().length) {
          <ul class="outgoing" [attr.aria-label]="'live.outgoing' | transloco">
            @for (o of outgoing(); track o.key) {
              <li [class.failed]="o.state === 'failed'" data-testid="live-outgoing">
                <span class="text">{{ o.text }}</span>
                @if (o.state === 'sending') {
                  <span class="muted small">{{ 'live.sending' | transloco }}</span>
                } @else {
                  <span class="field-error small">{{ o.error }}</span>
                  <button type="button" class="btn btn--secondary btn--sm" (click)="retry(o)">
                    {{ 'live.retry' | transloco }}
                  </button>
                  <button type="button" class="btn btn--ghost btn--sm" (click)="backToBox(o)">
                    {{ 'live.edit' | transloco }}
                  </button>
                  <button type="button" class="btn btn--ghost btn--sm" (click)="discard(o)">
                    {{ 'live.discard' | transloco }}
                  </button>
                }
              </li>
            }
          </ul>
        }

        <h3 id="live-posts-title">
          {{ 'live.postsTitle' | transloco: { count: posts().length } }}
        </h3>
        @if (!posts().length) {
          <p class="muted" data-testid="live-posts-empty">{{ 'live.noPosts' | transloco }}</p>
        } @else {
          <ol class="posts" aria-labelledby="live-posts-title" reversed data-testid="live-posts">
            @for (p of newestFirst(); track p.id) {
              <li class="post" [attr.data-post]="p.id" data-testid="live-post">
                <p class="post__text">{{ p.segments[0]?.text }}</p>
                <p class="post__meta small">
                  <xp-badge [tone]="tone(p)" data-testid="live-post-status">{{
                    'status.' + p.status | transloco
                  }}</xp-badge>
                  @if (p.held) {
                    <xp-badge tone="danger">⏸ {{ 'calendar.held' | transloco }}</xp-badge>
                  }
                  <span>{{ 'live.at' | transloco: { time: clock(p.scheduledAt, p.accountId) } }}</span>
                  @if (p.publishBy) {
                    <span data-testid="live-post-deadline">{{
                      'live.publishBy' | transloco: { time: clock(p.publishBy, p.accountId) }
                    }}</span>
                  }
                  @if (p.tweetUrls[0]; as url) {
                    <a [href]="url" target="_blank" rel="noopener">{{ 'live.onX' | transloco }}</a>
                  }
                  <a [routerLink]="['/w', workspaceId(), 'posts', p.id]">{{ 'live.open' | transloco }}</a>
                </p>
              </li>
            }
          </ol>
        }
      </section>
    }

    @if (canWrite()) {
      <section class="card" aria-labelledby="live-new-title">
        <h2 id="live-new-title">{{ 'live.newTitle' | transloco }}</h2>
        @if (!accounts().length && loaded()) {
          <p class="muted">{{ 'live.noAccounts' | transloco }}</p>
        } @else {
          <form class="new" [formGroup]="form" (ngSubmit)="create()" data-testid="live-new">
            <div class="field">
              <label for="live-account">{{ 'live.account' | transloco }}</label>
              <select id="live-account" formControlName="accountId">
                @for (a of accounts(); track a.id) {
                  <option [value]="a.id">&#64;{{ a.handle }}</option>
                }
              </select>
            </div>
            <div class="field grow">
              <label for="live-title">{{ 'live.sessionTitle' | transloco }}</label>
              <input id="live-title" type="text" formControlName="title" maxlength="200" required />
            </div>
            <div class="field">
              <label for="live-start">{{ 'live.start' | transloco: { tz: formTz() } }}</label>
              <input id="live-start" type="datetime-local" formControlName="start" required />
            </div>
            <div class="field">
              <label for="live-duration">{{ 'live.duration' | transloco }}</label>
              <select id="live-duration" formControlName="duration">
                @for (d of durations; track d) {
                  <option [value]="d">{{ windowLabel(d) }}</option>
                }
              </select>
            </div>
            <div class="field">
              <label for="live-lateness">{{ 'live.maxLateness' | transloco }}</label>
              <input id="live-lateness" type="number" min="1" max="3600" formControlName="maxLateness" />
            </div>
            <div class="field">
              <label for="live-budget">{{ 'live.budgetInput' | transloco }}</label>
              <input
                id="live-budget"
                type="number"
                min="1"
                max="10000"
                formControlName="budget"
                aria-describedby="live-budget-hint"
              />
              <span id="live-budget-hint" class="hint">{{ 'live.budgetHint' | transloco }}</span>
            </div>
            <div class="field end">
              <button type="submit" class="btn btn--primary" [disabled]="busy()">
                {{ 'live.startSession' | transloco }}
              </button>
            </div>
          </form>
        }
      </section>
    }

    <section class="card" aria-labelledby="live-list-title">
      <h2 id="live-list-title">{{ 'live.sessions' | transloco }}</h2>
      @if (!sessions().length) {
        <p class="muted">{{ loaded() ? ('live.noSessions' | transloco) : ('common.loading' | transloco) }}</p>
      } @else {
        <ul class="sessions" data-testid="live-sessions">
          @for (s of sessions(); track s.id) {
            <li>
              <a
                [routerLink]="['/w', workspaceId(), 'live']"
                [queryParams]="{ session: s.id }"
                [attr.aria-current]="s.id === current()?.id ? 'true' : null"
                >{{ s.title }}</a
              >
              <span class="muted small"
                >&#64;{{ handle(s.accountId) }} · {{ when(s.startsAt, s.accountId) }} →
                {{ when(s.endsAt, s.accountId) }}</span
              >
              @if (isActive(s)) {
                <xp-badge tone="success">{{ 'live.onAir' | transloco }}</xp-badge>
              } @else {
                <xp-badge tone="neutral">{{ 'live.ended' | transloco }}</xp-badge>
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .session__head {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      flex-wrap: wrap;
    }
    .session__head h2 {
      margin-bottom: 0.25rem;
    }
    .session__actions,
    .confirm {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .budget {
      margin: 1rem 0;
    }
    .budget meter {
      width: 100%;
      height: 1rem;
      display: block;
      margin: 0.3rem 0;
    }
    .budget__text {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      margin-bottom: 0.25rem;
    }
    .warning {
      background: var(--warning-bg);
      color: var(--warning-fg);
      padding: 0.35rem 0.7rem;
      border-radius: var(--radius);
    }
    .composer {
      display: flex;
      flex-direction: column;
      gap: 0.4rem;
      margin: 1rem 0;
      padding: 1rem;
      border: 2px solid var(--accent);
      border-radius: 12px;
      background: var(--accent-soft);
    }
    .composer textarea {
      font-size: 1.05rem;
      resize: vertical;
    }
    .composer__foot {
      display: flex;
      gap: 1rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .counter {
      margin-left: auto;
      font-variant-numeric: tabular-nums;
    }
    .counter--over {
      color: var(--danger-fg);
      font-weight: 700;
    }
    .outgoing {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    .outgoing li {
      display: flex;
      gap: 0.6rem;
      align-items: center;
      flex-wrap: wrap;
      padding: 0.35rem 0.6rem;
      border-radius: var(--radius);
      background: var(--muted-bg);
      margin-bottom: 0.3rem;
    }
    .outgoing li.failed {
      background: var(--danger-bg);
    }
    .outgoing .text {
      flex: 1 1 20rem;
      white-space: pre-wrap;
    }
    .posts {
      padding-left: 2rem;
      margin: 0;
    }
    .post {
      border-bottom: 1px solid var(--border);
      padding: 0.5rem 0;
    }
    .post__text {
      white-space: pre-wrap;
      margin: 0 0 0.25rem;
    }
    .post__meta {
      display: flex;
      gap: 0.6rem;
      align-items: center;
      flex-wrap: wrap;
      margin: 0;
      color: var(--muted-fg);
      font-variant-numeric: tabular-nums;
    }
    .new {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: flex-end;
    }
    .new .grow {
      flex: 1 1 16rem;
    }
    .new input[type='datetime-local'],
    .new input[type='number'] {
      font: inherit;
      border: 1px solid #c5cad6;
      border-radius: var(--radius);
      padding: 0.45rem 0.6rem;
      min-height: 2.5rem;
    }
    .new input[type='number'] {
      width: 7rem;
    }
    .sessions {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .sessions li {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      flex-wrap: wrap;
      padding: 0.4rem 0;
      border-bottom: 1px solid var(--border);
    }
    .sessions a[aria-current='true'] {
      font-weight: 700;
    }
  `,
})
export class LivePage {
  private readonly liveApi = inject(LiveApi);
  private readonly accountsApi = inject(AccountsApi);
  private readonly session$ = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;
  private readonly box = viewChild<ElementRef<HTMLTextAreaElement>>('box');

  readonly workspaceId = input.required<string>();
  /** `?session=<id>`: the session shown. */
  readonly session = input<string | undefined>();

  protected readonly durations = DURATIONS;
  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly sessions = signal<LiveSessionDto[]>([]);
  protected readonly status = signal<LiveStatusDto | null>(null);
  protected readonly posts = signal<PostDto[]>([]);
  protected readonly loaded = signal(false);
  protected readonly busy = signal(false);
  protected readonly confirmEnd = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly text = signal('');
  protected readonly outgoing = signal<Outgoing[]>([]);
  protected readonly composeError = signal<string | null>(null);
  protected readonly announce = signal('');
  private readonly now = signal(Date.now());

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    accountId: ['', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    start: ['', Validators.required],
    duration: [120 as number],
    maxLateness: [60 as number, [Validators.min(1), Validators.max(3600)]],
    budget: [null as number | null],
  });
  private readonly formAccountId = signal('');

  protected readonly canWrite = computed(() =>
    WRITER_ROLES.includes(this.session$.workspace(this.workspaceId())?.role ?? ''),
  );
  /** The session shown: the one in the URL, else the latest one on air. */
  protected readonly current = computed<LiveSessionDto | null>(() => {
    const id = this.session();
    const list = this.sessions();
    if (id) return list.find((s) => s.id === id) ?? (this.status()?.session.id === id ? this.status()!.session : null);
    return list.find((s) => this.isActive(s)) ?? null;
  });
  /** Only the id: each read of the session gives a new object, which must not restart the polling. */
  private readonly currentId = computed(() => this.current()?.id ?? null);
  protected readonly newestFirst = computed(() => [...this.posts()].reverse());
  private readonly currentAccount = computed(() => {
    const s = this.current();
    return s ? (this.accounts().find((a) => a.id === s.accountId) ?? null) : null;
  });
  protected readonly maxLength = computed(() => (this.currentAccount()?.longPosts ? 25_000 : 280));
  protected readonly length = computed(() => {
    const text = this.text();
    return text ? parseTweetText(text, { maxWeightedLength: this.maxLength() }).weightedLength : 0;
  });
  protected readonly sending = computed(() => this.outgoing().filter((o) => o.state === 'sending').length);
  /** Used budget, counting the posts still on their way. */
  protected readonly budgetUsed = computed(() => (this.status()?.budget.used ?? 0) + this.sending());
  protected readonly budgetLeft = computed(() => {
    const st = this.status();
    // Until the status is read, the server decides.
    return st ? Math.max(0, st.budget.limit - this.budgetUsed()) : Number.POSITIVE_INFINITY;
  });
  protected readonly canQueue = computed(
    () => !!this.text().trim() && this.length() <= this.maxLength() && this.budgetLeft() > 0,
  );
  protected readonly formTz = computed(
    () => this.accounts().find((a) => a.id === this.formAccountId())?.timezone ?? 'UTC',
  );

  private destroyed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private keySeq = 0;
  private pumping = false;
  private pollSeq = 0;
  /** Bumped whenever a post is queued here, so that an older read of the list does not undo it. */
  private localChanges = 0;
  private readonly focusWhenReady = signal(false);
  /** Posts created here since the last read of the list (a read started before them would drop them). */
  private readonly createdHere = new Set<string>();

  constructor() {
    effect(() => {
      const ws = this.workspaceId();
      untracked(() => void this.load(ws));
    });
    // A change of the shown session: read its status and posts, then keep them fresh.
    effect(() => {
      const id = this.currentId();
      untracked(() => {
        this.confirmEnd.set(false);
        if (id !== this.status()?.session.id) {
          this.status.set(null);
          this.posts.set([]);
        }
        if (id) void this.poll(id, true);
      });
    });
    // Keyboard-first: when a session is ready to receive posts, the cursor is in the box.
    effect(() => {
      const box = this.box();
      if (box && this.focusWhenReady()) {
        untracked(() => this.focusWhenReady.set(false));
        box.nativeElement.focus();
      }
    });
    this.form.controls.accountId.valueChanges.subscribe((id) => {
      this.formAccountId.set(id);
      const tz = this.accounts().find((a) => a.id === id)?.timezone ?? 'UTC';
      this.form.controls.start.setValue(dateToZonedLocal(new Date(), tz));
    });
    const tick = setInterval(() => this.now.set(Date.now()), 15_000);
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      clearTimeout(this.timer);
      clearInterval(tick);
    });
  }

  protected isActive(s: LiveSessionDto): boolean {
    return !s.endedAt && new Date(s.endsAt).getTime() > this.now();
  }

  protected handle(accountId: string): string {
    return this.accounts().find((a) => a.id === accountId)?.handle ?? '?';
  }

  protected tz(accountId: string): string {
    return this.accounts().find((a) => a.id === accountId)?.timezone ?? 'UTC';
  }

  protected when(iso: string | null, accountId: string): string {
    if (!iso) return '';
    return new Intl.DateTimeFormat(this.lang(), {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: this.tz(accountId),
    }).format(new Date(iso));
  }

  /** A time with seconds in the account's timezone (deadlines are counted in seconds). */
  protected clock(iso: string | null, accountId: string): string {
    if (!iso) return '—';
    return new Intl.DateTimeFormat(this.lang(), {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZone: this.tz(accountId),
    }).format(new Date(iso));
  }

  protected windowLabel(minutes: number): string {
    const lang = this.lang();
    if (minutes % 60 === 0) return this.transloco.translate('live.hours', { n: minutes / 60 }, lang);
    return this.transloco.translate('live.minutes', { n: minutes }, lang);
  }

  protected tone(p: PostDto): ReturnType<typeof statusTone> {
    return statusTone(p.status);
  }

  protected keydown(event: KeyboardEvent): void {
    // Enter (or Ctrl/Cmd+Enter) queues; Shift+Enter is a new line; never during an IME composition.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    this.queueCurrent();
  }

  protected submitForm(event: Event): void {
    event.preventDefault();
    this.queueCurrent();
  }

  private queueCurrent(): void {
    const s = this.current();
    const text = this.text().trim();
    this.composeError.set(null);
    if (!s || !text) return;
    if (this.length() > this.maxLength()) {
      this.composeError.set('live.tooLong');
      return;
    }
    if (this.budgetLeft() <= 0) {
      this.composeError.set('live.noBudget');
      return;
    }
    this.outgoing.update((list) => [...list, { key: ++this.keySeq, text, state: 'sending', error: null }]);
    this.text.set('');
    const box = this.box()?.nativeElement;
    if (box) {
      box.value = '';
      box.focus();
    }
    void this.pump(s.id);
  }

  protected retry(o: Outgoing): void {
    this.outgoing.update((list) => list.map((x) => (x.key === o.key ? { ...x, state: 'sending', error: null } : x)));
    const s = this.current();
    if (s) void this.pump(s.id);
  }

  protected backToBox(o: Outgoing): void {
    this.discard(o);
    this.text.set(o.text);
    this.box()?.nativeElement.focus();
  }

  protected discard(o: Outgoing): void {
    this.outgoing.update((list) => list.filter((x) => x.key !== o.key));
    this.box()?.nativeElement.focus();
  }

  /** Sends the typed posts one after the other, in the order they were typed. */
  private async pump(sessionId: string): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        const next = this.outgoing().find((o) => o.state === 'sending');
        if (!next || this.destroyed) break;
        try {
          const post = await firstValueFrom(this.liveApi.post(this.workspaceId(), sessionId, { text: next.text }));
          this.outgoing.update((list) => list.filter((o) => o.key !== next.key));
          this.createdHere.add(post.id);
          this.localChanges++;
          this.posts.update((list) => [...list.filter((p) => p.id !== post.id), post]);
          this.status.update((st) =>
            st
              ? {
                  ...st,
                  budget: { ...st.budget, used: st.budget.used + 1, remaining: Math.max(0, st.budget.remaining - 1) },
                }
              : st,
          );
          this.announce.set(this.transloco.translate('live.queued', { count: this.posts().length }, this.lang()));
        } catch (e) {
          const message = localizedErrorMessage(toApiError(e), this.lang());
          this.outgoing.update((list) =>
            list.map((o) => (o.key === next.key ? { ...o, state: 'failed', error: message } : o)),
          );
          this.announce.set(message);
        }
      }
    } finally {
      this.pumping = false;
    }
    void this.poll(sessionId, false);
  }

  protected refresh(): void {
    const s = this.current();
    if (s) void this.poll(s.id, false);
  }

  protected async create(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const tz = this.tz(v.accountId);
    const startsAt = zonedLocalToDate(v.start, tz);
    if (!startsAt) return;
    const endsAt = new Date(startsAt.getTime() + Number(v.duration) * 60_000);
    this.busy.set(true);
    this.error.set(null);
    try {
      const created = await firstValueFrom(
        this.liveApi.create(this.workspaceId(), {
          accountId: v.accountId,
          title: v.title.trim(),
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          maxLatenessSeconds: Number(v.maxLateness) || 60,
          ...(v.budget ? { budget: Number(v.budget) } : {}),
        }),
      );
      this.sessions.update((list) => [created, ...list]);
      this.focusWhenReady.set(true);
      await this.router.navigate(['/w', this.workspaceId(), 'live'], { queryParams: { session: created.id } });
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async end(): Promise<void> {
    const s = this.current();
    if (!s) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const ended = await firstValueFrom(this.liveApi.end(this.workspaceId(), s.id));
      this.sessions.update((list) => list.map((x) => (x.id === ended.id ? { ...x, ...ended } : x)));
      this.confirmEnd.set(false);
      await this.poll(s.id, false);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(ws: string): Promise<void> {
    this.error.set(null);
    try {
      const [accounts, sessions] = await Promise.all([
        firstValueFrom(this.accountsApi.list(ws)),
        firstValueFrom(this.liveApi.list(ws)),
      ]);
      this.accounts.set(accounts.items);
      this.sessions.set(
        [...sessions.items].sort((a, b) => new Date(b.startsAt).getTime() - new Date(a.startsAt).getTime()),
      );
      const first = accounts.items[0];
      if (first && !this.form.controls.accountId.value) this.form.controls.accountId.setValue(first.id);
      if (this.current() && this.canWrite()) this.focusWhenReady.set(true);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.loaded.set(true);
    }
  }

  /** Reads the session's status and posts; while it is on air, again every few seconds. */
  private async poll(id: string, first: boolean): Promise<void> {
    clearTimeout(this.timer);
    const seq = ++this.pollSeq;
    const changesAtStart = this.localChanges;
    try {
      const [status, posts] = await Promise.all([
        firstValueFrom(this.liveApi.status(this.workspaceId(), id)),
        firstValueFrom(this.liveApi.posts(this.workspaceId(), id)),
      ]);
      // A newer read is on its way (and schedules the next one).
      if (this.destroyed || seq !== this.pollSeq || this.current()?.id !== id) return;
      // Posts were queued here meanwhile: this answer may predate them (or catch one between create and submit).
      if (this.localChanges === changesAtStart) {
        this.status.set(status);
        this.sessions.update((list) => list.map((s) => (s.id === id ? status.session : s)));
        const known = new Set(posts.items.map((p) => p.id));
        for (const postId of [...this.createdHere]) if (known.has(postId)) this.createdHere.delete(postId);
        this.posts.set([...posts.items, ...this.posts().filter((p) => this.createdHere.has(p.id))]);
      }
      if (first && this.canWrite() && this.isActive(status.session)) this.focusWhenReady.set(true);
    } catch (e) {
      if (first) this.error.set(toApiError(e));
    }
    if (this.destroyed || seq !== this.pollSeq || this.current()?.id !== id) return;
    // While posts are being sent, the sender reads again when it is done.
    if (this.isActive(this.current()!) && !this.pumping)
      this.timer = setTimeout(() => void this.poll(id, false), POLL_MS);
  }
}
