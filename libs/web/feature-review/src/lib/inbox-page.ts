import { LucideChartBar, LucidePause, LucideTriangleAlert } from '@lucide/angular';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
} from '@angular/core';
import { computed, effect, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto, MemberDto, PostDto } from '@xp/shared';
import type { ApiError } from '@xp/web/data-access';
import { errorMessageIn, toApiError } from '@xp/web/data-access';
import { Alert, Badge, PageHeader, toggled } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApprovalDiff } from './approval-diff';
import { ReviewPanel } from './review-panel';
import { LiveLane } from './live-lane';
import {
  accountColors,
  ApiErrorAlert,
  FindingsList,
  formatInZone,
  livePostChanges,
  MediaThumbs,
  WorkspacePageContext,
  WorkspaceScoped,
} from '@xp/web/common';
import { can } from '@xp/shared/permissions';

/** Warn when a post waiting for approval is due within this much time. */
const SOON_MS = 15 * 60_000;
/** The server's default lateness after which a post without `publishBy` is missed (DEFAULT_GRACE_PERIOD_MS). */
const GRACE_MS = 15 * 60_000;

/** `/w/:ws/inbox`: the posts waiting for my approval, by due time. */
@Component({
  selector: 'xp-inbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inbox-page.html',
  styleUrl: './inbox-page.css',
  imports: [
    LucideChartBar,
    LucidePause,
    LucideTriangleAlert,
    RouterLink,
    TranslocoPipe,
    ApiErrorAlert,
    Alert,
    Badge,
    ApprovalDiff,
    ReviewPanel,
    LiveLane,
    FindingsList,
    MediaThumbs,
    PageHeader,
  ],
})
export class InboxPage extends WorkspaceScoped {
  private readonly ctx = inject(WorkspacePageContext);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly lang = this.ctx.language.current;
  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly members = signal<MemberDto[]>([]);
  protected readonly posts = signal<PostDto[]>([]);
  protected readonly loaded = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly notices = signal<{ ok: boolean; text: string }[]>([]);
  protected readonly picked = signal<ReadonlySet<string>>(new Set());
  private readonly now = signal(Date.now());

  protected readonly colors = computed(() => accountColors(this.accounts()));
  private readonly role = computed(() => this.ctx.session.workspace(this.workspaceId())?.role ?? 'viewer');
  protected readonly isAdmin = computed(() => can(this.role(), 'posts.override_charter'));
  /** In review, not mine, my role may approve on its account, and I have not approved this content yet. */
  private readonly split = computed(() => {
    const me = this.ctx.session.user()?.id;
    const role = this.role();
    const accounts = new Map(this.accounts().map((a) => [a.id, a]));
    const mine: PostDto[] = [];
    const others: PostDto[] = [];
    for (const p of this.posts()) {
      const account = accounts.get(p.accountId);
      const allowed = !!account && (account.approvalPolicy.approverRoles as string[]).includes(role);
      const already = p.approvals?.some((a) => a.approverId === me && a.current);
      (allowed && p.authorId !== me && !already ? mine : others).push(p);
    }
    const due = (p: PostDto): number => (p.scheduledAt ? new Date(p.scheduledAt).getTime() : Number.MAX_SAFE_INTEGER);
    mine.sort((a, b) => due(a) - due(b));
    return { mine, others };
  });
  /** Live posts go to the fast lane (their own section, by deadline); the rest stay here. */
  protected readonly mine = computed(() => this.split().mine.filter((p) => p.kind !== 'live'));
  protected readonly fastLane = computed(() => this.split().mine.filter((p) => p.kind === 'live'));
  protected readonly others = computed(() => this.split().others);
  protected readonly allPicked = computed(
    () => this.mine().length > 0 && this.mine().every((p) => this.picked().has(p.id)),
  );

  /** Posts submitted, approved or withdrawn elsewhere: the list is read again. */
  private readonly livePosts = livePostChanges();

  constructor() {
    super();
    effect(() => {
      const ws = this.workspaceId();
      this.livePosts();
      untracked(() => void this.load(ws));
    });
    const timer = setInterval(() => this.now.set(Date.now()), 30_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected handle(post: PostDto): string {
    return this.accounts().find((a) => a.id === post.accountId)?.handle ?? '?';
  }

  protected memberName(userId: string): string {
    return this.members().find((m) => m.userId === userId)?.displayName ?? '…';
  }

  protected when(post: PostDto): string {
    const account = this.accounts().find((a) => a.id === post.accountId);
    return formatInZone(post.scheduledAt, account?.timezone ?? 'UTC', this.lang());
  }

  /**
   * Whether the post risks being missed while it waits for approval: its window (publishBy, else scheduledAt plus
   * the grace period) has closed, or it is due within SOON_MS. `deadline` is the window's end in the account's zone.
   */
  protected urgency(post: PostDto): { kind: 'soon' | 'passed'; deadline: string } | null {
    if (!post.scheduledAt) return null;
    const at = new Date(post.scheduledAt).getTime();
    const end = post.publishBy ? new Date(post.publishBy).getTime() : at + GRACE_MS;
    const now = this.now();
    const kind = now > end ? 'passed' : at - now <= SOON_MS ? 'soon' : null;
    if (!kind) return null;
    const account = this.accounts().find((a) => a.id === post.accountId);
    return { kind, deadline: formatTime(end, now, account?.timezone ?? 'UTC', this.lang()) };
  }

  protected changedSinceApproval(post: PostDto): boolean {
    return (post.approvals ?? []).some((a) => !a.current);
  }

  protected currentApprovals(post: PostDto): number {
    return (post.approvals ?? []).filter((a) => a.current).length;
  }

  protected pick(id: string): void {
    this.picked.update((set) => toggled(set, id));
  }

  protected pickAll(): void {
    this.picked.set(this.allPicked() ? new Set() : new Set(this.mine().map((p) => p.id)));
  }

  protected reviewed(post: PostDto): void {
    this.focusNextAfter(post.id);
    const lang = this.lang();
    this.notices.set([
      {
        ok: true,
        text: this.ctx.transloco.translate(
          'inbox.done',
          { handle: this.handle(post), status: this.ctx.transloco.translate(`status.${post.status}`, {}, lang) },
          lang,
        ),
      },
    ]);
    this.posts.update((list) =>
      post.status === 'in_review'
        ? list.map((p) => (p.id === post.id ? post : p))
        : list.filter((p) => p.id !== post.id),
    );
  }

  /**
   * Once a reviewed post has left my list, focus goes to the post that took its place (else the one before it,
   * else the page's heading): a keyboard or screen-reader user goes on reviewing, not from the page's top.
   */
  private focusNextAfter(reviewedId: string): void {
    const at = this.mine().findIndex((p) => p.id === reviewedId);
    if (at < 0) return;
    afterNextRender(
      () => {
        const list = this.mine();
        if (list.some((p) => p.id === reviewedId)) return;
        const next = list[Math.min(at, list.length - 1)];
        const root = this.host.nativeElement;
        const target = next
          ? root.querySelector<HTMLElement>(`[data-post="${next.id}"]`)
          : root.querySelector<HTMLElement>('h1');
        if (!target) return;
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus();
      },
      { injector: this.injector },
    );
  }

  protected async bulkApprove(): Promise<void> {
    const lang = this.lang();
    const chosen = this.mine().filter((p) => this.picked().has(p.id));
    this.busy.set(true);
    const notices: { ok: boolean; text: string }[] = [];
    for (const post of chosen) {
      try {
        const updated = await firstValueFrom(
          this.ctx.posts.approve(this.workspaceId(), post.id, { contentHash: post.contentHash }),
        );
        this.posts.update((list) =>
          updated.status === 'in_review'
            ? list.map((p) => (p.id === updated.id ? updated : p))
            : list.filter((p) => p.id !== updated.id),
        );
        notices.push({
          ok: true,
          text: this.ctx.transloco.translate(
            'inbox.done',
            { handle: this.handle(post), status: this.ctx.transloco.translate(`status.${updated.status}`, {}, lang) },
            lang,
          ),
        });
      } catch (e) {
        notices.push({ ok: false, text: `@${this.handle(post)} : ${errorMessageIn(toApiError(e), lang)}` });
      }
    }
    this.picked.set(new Set());
    this.notices.set(notices);
    this.busy.set(false);
  }

  private async load(ws: string): Promise<void> {
    this.error.set(null);
    try {
      const [accounts, list] = await this.ctx.withAccounts(ws, this.ctx.posts.list(ws, { status: ['in_review'] }));
      this.accounts.set(accounts);
      // The list omits findings and approvals: read each post in full (an inbox holds a few dozen at most).
      const full = await Promise.all(
        list.items.slice(0, 100).map((p) => firstValueFrom(this.ctx.posts.get(ws, p.id)).catch(() => p)),
      );
      this.posts.set(full);
      this.loaded.set(true);
    } catch (e) {
      this.error.set(toApiError(e));
    }
    try {
      this.members.set((await firstValueFrom(this.ctx.members.list(ws, { limit: 200 }))).items);
    } catch {
      // Names are a nicety: a member who may not list members still reviews.
    }
  }
}

/** A time of day (with the date when it is not today) in a timezone, e.g. « 10:15 UTC+1 ». */
function formatTime(epochMs: number, now: number, timeZone: string, lang: string): string {
  const sameDay = (d: number) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(d);
  try {
    return new Intl.DateTimeFormat(lang, {
      ...(sameDay(epochMs) === sameDay(now) ? {} : { weekday: 'short', day: 'numeric', month: 'short' }),
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    }).format(epochMs);
  } catch {
    return new Date(epochMs).toISOString();
  }
}
