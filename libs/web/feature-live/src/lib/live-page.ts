import { WorkspacePageContext, WorkspaceScoped } from '@xp/web/common';
import { LucidePause, LucideTriangleAlert } from '@lucide/angular';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject } from '@angular/core';
import { computed, effect, input, signal, untracked, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { parseTweetText } from '@xp/shared';
import type { AccountDto, LiveSessionDto, LiveStatusDto, MessageParams, MessageRef, PostDto } from '@xp/shared';
import { errorMessageIn, LiveApi, SessionStore, toApiError } from '@xp/web/data-access';
import { ActionRunner, Badge, ConfirmButton, MessagePipe, PageHeader, onChange } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert, formatClock, LanguageService, statusTone } from '@xp/web/common';
import { accountHandle, accountZone, formatWhen, isOnAir, windowLabel } from './live-format';
import { LiveSessionForm } from './live-session-form';
import { LiveSessionReport } from './live-session-report';
import { LiveSessions } from './live-sessions';

const POLL_MS = 5_000;

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
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-page.html',
  styleUrl: './live-page.css',
  imports: [
    LucidePause,
    LucideTriangleAlert,
    RouterLink,
    TranslocoPipe,
    ApiErrorAlert,
    Badge,
    LiveSessionForm,
    LiveSessions,
    LiveSessionReport,
    ConfirmButton,
    PageHeader,
    MessagePipe,
  ],
})
export class LivePage extends WorkspaceScoped {
  /** `?session=<id>`: the session shown. */
  readonly session = input<string | undefined>();

  private readonly liveApi = inject(LiveApi);
  private readonly ctx = inject(WorkspacePageContext);
  private readonly session$ = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly lang = inject(LanguageService).current;
  private readonly box = viewChild<ElementRef<HTMLTextAreaElement>>('box');

  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly sessions = signal<LiveSessionDto[]>([]);
  protected readonly status = signal<LiveStatusDto | null>(null);
  protected readonly posts = signal<PostDto[]>([]);
  protected readonly loaded = signal(false);
  protected readonly confirmEnd = signal(false);
  /** Ending the session (`busy`), and the last failure of that, of the page's load or of the session's first read. */
  protected readonly action = new ActionRunner(toApiError);
  protected readonly text = signal('');
  protected readonly outgoing = signal<Outgoing[]>([]);
  protected readonly composeError = signal<string | null>(null);
  protected readonly announce = signal('');
  protected readonly now = signal(Date.now());

  protected readonly canWrite = computed(() => this.session$.can(this.workspaceId(), 'posts.write'));
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
  /**
   * The planning warning as a catalogue message (RATE_LIMIT_WINDOW_EXCEEDED with count, span, tier, limit); null
   * when the server sent no params (the contract's LiveStatusDto does not name them yet), then its rendered text shows.
   */
  protected readonly warningMessage = computed<MessageRef | null>(() => {
    const w = this.status()?.warning;
    const params = w && 'params' in w ? (w.params as MessageParams | undefined) : undefined;
    return w && params ? { code: w.code, params } : null;
  });
  protected readonly budgetUsed = computed(() => (this.status()?.budget.used ?? 0) + this.sending());
  protected readonly budgetLeft = computed(() => {
    const st = this.status();
    // Until the status is read, the server decides.
    return st ? Math.max(0, st.budget.limit - this.budgetUsed()) : Number.POSITIVE_INFINITY;
  });
  protected readonly canQueue = computed(
    () => !!this.text().trim() && this.length() <= this.maxLength() && this.budgetLeft() > 0,
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
    super();
    onChange(this.workspaceId, (ws) => void this.load(ws));
    // A change of the shown session: read its status and posts, then keep them fresh.
    onChange(this.currentId, (id) => {
      this.confirmEnd.set(false);
      if (id !== this.status()?.session.id) {
        this.status.set(null);
        this.posts.set([]);
      }
      if (id) void this.poll(id, true);
    });
    // Keyboard-first: when a session is ready to receive posts, the cursor is in the box.
    effect(() => {
      const box = this.box();
      if (box && this.focusWhenReady()) {
        untracked(() => this.focusWhenReady.set(false));
        box.nativeElement.focus();
      }
    });
    const tick = setInterval(() => this.now.set(Date.now()), 15_000);
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      clearTimeout(this.timer);
      clearInterval(tick);
    });
  }

  protected isActive(s: LiveSessionDto): boolean {
    return isOnAir(s, this.now());
  }

  protected handle(accountId: string): string {
    return accountHandle(this.accounts(), accountId);
  }

  protected tz(accountId: string): string {
    return accountZone(this.accounts(), accountId);
  }

  protected when(iso: string | null, accountId: string): string {
    return formatWhen(this.lang(), this.tz(accountId), iso);
  }

  /** A time with seconds in the account's timezone (deadlines are counted in seconds). */
  protected clock(iso: string | null, accountId: string): string {
    return formatClock(iso, this.tz(accountId), this.lang());
  }

  protected windowLabel(minutes: number): string {
    return windowLabel(this.ctx.transloco, this.lang(), minutes);
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
          this.announce.set(this.ctx.transloco.translate('live.queued', { count: this.posts().length }, this.lang()));
        } catch (e) {
          const message = errorMessageIn(toApiError(e), this.lang());
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

  /** A session was started here: show it, cursor in the box. */
  protected async created(session: LiveSessionDto): Promise<void> {
    this.sessions.update((list) => [session, ...list]);
    this.focusWhenReady.set(true);
    await this.router.navigate(['/w', this.workspaceId(), 'live'], { queryParams: { session: session.id } });
  }

  protected async end(): Promise<void> {
    const s = this.current();
    if (!s) return;
    await this.action.run(async () => {
      const ended = await firstValueFrom(this.liveApi.end(this.workspaceId(), s.id));
      this.sessions.update((list) => list.map((x) => (x.id === ended.id ? { ...x, ...ended } : x)));
      this.confirmEnd.set(false);
      await this.poll(s.id, false);
    });
  }

  private async load(ws: string): Promise<void> {
    await this.action.read(async () => {
      const [accounts, sessions] = await this.ctx.withAccounts(ws, this.liveApi.list(ws));
      this.accounts.set(accounts);
      this.sessions.set(
        [...sessions.items].sort((a, b) => new Date(b.startsAt).getTime() - new Date(a.startsAt).getTime()),
      );
      if (this.current() && this.canWrite()) this.focusWhenReady.set(true);
    });
    this.loaded.set(true);
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
      if (first) this.action.error.set(toApiError(e));
    }
    if (this.destroyed || seq !== this.pollSeq || this.current()?.id !== id) return;
    // While posts are being sent, the sender reads again when it is done.
    if (this.isActive(this.current()!) && !this.pumping)
      this.timer = setTimeout(() => void this.poll(id, false), POLL_MS);
  }
}
