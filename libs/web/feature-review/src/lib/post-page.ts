import { LucideChartBar, LucidePause, LucideTag } from '@lucide/angular';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto, CommentDto, MemberDto, PostDto } from '@xp/shared';
import type { ApiError } from '@xp/web/data-access';
import { AuditApi, errorMessageIn, toApiError } from '@xp/web/data-access';
import { Alert, Badge } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { PostMetrics } from './post-metrics';
import { ReviewPanel } from './review-panel';
import {
  ApiErrorAlert,
  browserTimeZone,
  FindingsList,
  formatInZone,
  livePostChanges,
  MediaThumbs,
  statusTone,
  WorkspacePageContext,
  WorkspaceScoped,
} from '@xp/web/common';
import { can } from '@xp/shared/permissions';

interface TimelineEntry {
  at: string;
  action: string;
  actorId: string | null;
  detail: string;
}

interface CommentNode {
  comment: CommentDto;
  replies: CommentDto[];
}

/** `/w/:ws/posts/:postId`: one post, its status timeline, its review and its comments. */
@Component({
  selector: 'xp-post-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './post-page.html',
  styleUrl: './post-page.css',
  imports: [
    LucideChartBar,
    LucidePause,
    LucideTag,
    RouterLink,
    TranslocoPipe,
    ApiErrorAlert,
    Alert,
    Badge,
    ReviewPanel,
    FindingsList,
    MediaThumbs,
    PostMetrics,
  ],
})
export class PostPage extends WorkspaceScoped {
  readonly postId = input.required<string>();
  readonly saved = input<string | undefined>();

  private readonly ctx = inject(WorkspacePageContext);
  private readonly auditApi = inject(AuditApi);

  protected readonly lang = this.ctx.language.current;
  protected readonly localTz = browserTimeZone();
  protected readonly post = signal<PostDto | null>(null);
  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly members = signal<MemberDto[]>([]);
  protected readonly comments = signal<CommentDto[]>([]);
  protected readonly history = signal<TimelineEntry[] | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly draft = signal('');
  protected readonly replyTo = signal<string | null>(null);

  protected readonly account = computed(() => this.accounts().find((a) => a.id === this.post()?.accountId) ?? null);
  protected readonly tone = computed(() => statusTone(this.post()?.status ?? 'draft'));
  private readonly role = computed(() => this.ctx.session.workspace(this.workspaceId())?.role ?? 'viewer');
  protected readonly isAdmin = computed(() => can(this.role(), 'posts.override_charter'));
  /** A blocking charter finding stands: submitting is refused, unless an owner/admin overrides with a reason. */
  protected readonly blocked = computed(() => (this.post()?.findings ?? []).some((f) => f.severity === 'block'));
  protected readonly overrideReason = signal('');
  protected readonly editable = computed(() => {
    const p = this.post();
    return (
      !!p &&
      can(this.role(), 'posts.write') &&
      ['draft', 'in_review', 'changes_requested', 'scheduled'].includes(p.status)
    );
  });
  protected readonly cancellable = computed(() => {
    const p = this.post();
    return (
      !!p &&
      can(this.role(), 'posts.write') &&
      ['draft', 'in_review', 'changes_requested', 'scheduled', 'unconfirmed'].includes(p.status)
    );
  });
  protected readonly canReview = computed(() => {
    const p = this.post();
    const a = this.account();
    const me = this.ctx.session.user()?.id;
    return (
      !!p &&
      !!a &&
      p.status === 'in_review' &&
      p.authorId !== me &&
      (a.approvalPolicy.approverRoles as string[]).includes(this.role())
    );
  });
  protected readonly currentApprovals = computed(() => (this.post()?.approvals ?? []).filter((a) => a.current).length);
  protected readonly dayParam = computed(() => {
    const p = this.post();
    return p?.scheduledAt ? { date: p.scheduledAt.slice(0, 10) } : {};
  });
  protected readonly threads = computed<CommentNode[]>(() => {
    const all = this.comments();
    return all
      .filter((c) => !c.parentId)
      .map((comment) => ({ comment, replies: all.filter((r) => r.parentId === comment.id) }));
  });
  protected readonly timelineFallback = computed(() => this.history() === null);
  protected readonly timeline = computed<TimelineEntry[]>(() => {
    const fromAudit = this.history();
    if (fromAudit) return fromAudit;
    const p = this.post();
    if (!p) return [];
    const out: TimelineEntry[] = [{ at: p.createdAt, action: 'post.created', actorId: p.authorId, detail: '' }];
    for (const a of p.approvals ?? [])
      out.push({ at: a.at, action: 'post.approved', actorId: a.approverId, detail: '' });
    if (p.publishedAt) out.push({ at: p.publishedAt, action: 'post.published', actorId: null, detail: '' });
    if (p.updatedAt !== p.createdAt)
      out.push({
        at: p.updatedAt,
        action: `status.${p.status}`,
        actorId: null,
        detail: p.statusReason ? this.reasonText(p.statusReason) : '',
      });
    return out.sort((x, y) => x.at.localeCompare(y.at));
  });

  /** This post changed elsewhere (a review, the scheduler publishing it): it is read again. */
  private readonly livePost = livePostChanges((e) => e.id === this.postId());

  constructor() {
    super();
    effect(() => {
      const ws = this.workspaceId();
      const id = this.postId();
      this.livePost();
      untracked(() => void this.load(ws, id));
    });
  }

  protected when(iso: string): string {
    return formatInZone(iso, this.account()?.timezone ?? this.localTz, this.lang());
  }

  protected whenLocal(iso: string): string {
    return formatInZone(iso, this.localTz, this.lang());
  }

  protected memberName(userId: string | null): string {
    if (!userId) return '';
    if (userId === this.ctx.session.user()?.id) return this.ctx.session.user()?.displayName ?? '';
    return this.members().find((m) => m.userId === userId)?.displayName ?? userId.slice(0, 8);
  }

  protected mentionToken(m: MemberDto): string {
    return m.displayName.replace(/\s+/g, '');
  }

  protected mention(m: MemberDto): void {
    const token = `@${this.mentionToken(m)} `;
    this.draft.update((d) => (d && !d.endsWith(' ') ? `${d} ${token}` : d + token));
  }

  /** A status reason in words (post.reasons.<code>); a reason that is not a code (an error from X) as it is. */
  protected reasonText(reason: string): string {
    const key = `post.reasons.${reason}`;
    const text = this.ctx.transloco.translate(key, {}, this.lang());
    return text === key ? reason : text;
  }

  protected actionText(action: string): string {
    const key = action.startsWith('status.') ? action : `post.actions.${action.replace(/\./g, '_')}`;
    const text = this.ctx.transloco.translate(key, {}, this.lang());
    return text === key ? action : text;
  }

  protected async act(action: 'submit' | 'cancel' | 'reopen'): Promise<void> {
    const p = this.post();
    if (!p || this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      const call =
        action === 'submit'
          ? this.ctx.posts.submit(
              this.workspaceId(),
              p.id,
              this.isAdmin() && this.blocked() && this.overrideReason().trim()
                ? { overrideReason: this.overrideReason().trim() }
                : {},
            )
          : action === 'cancel'
            ? this.ctx.posts.cancel(this.workspaceId(), p.id)
            : this.ctx.posts.reopen(this.workspaceId(), p.id);
      this.post.set(await firstValueFrom(call));
      void this.loadSide();
    } catch (e) {
      this.actionError.set(errorMessageIn(toApiError(e), this.lang()));
    } finally {
      this.busy.set(false);
    }
  }

  protected async addComment(): Promise<void> {
    const body = this.draft().trim();
    const p = this.post();
    if (!body || !p) return;
    this.busy.set(true);
    try {
      const c = await firstValueFrom(
        this.ctx.posts.addComment(this.workspaceId(), p.id, body, this.replyTo() ?? undefined),
      );
      this.comments.update((list) => [...list, c]);
      this.draft.set('');
      this.replyTo.set(null);
    } catch (e) {
      this.actionError.set(errorMessageIn(toApiError(e), this.lang()));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(ws: string, id: string): Promise<void> {
    this.error.set(null);
    try {
      const [accounts, post] = await this.ctx.withAccounts(ws, this.ctx.posts.get(ws, id));
      this.post.set(post);
      this.accounts.set(accounts);
    } catch (e) {
      this.error.set(toApiError(e));
      return;
    }
    await this.loadSide();
    try {
      this.members.set((await firstValueFrom(this.ctx.members.list(ws, { limit: 200 }))).items);
    } catch {
      // Names only.
    }
  }

  /** Comments and the status timeline: the post's history, else the audit trail, else what the post itself says. */
  async loadSide(): Promise<void> {
    const ws = this.workspaceId();
    const id = this.postId();
    try {
      this.comments.set((await firstValueFrom(this.ctx.posts.comments(ws, id))).items);
    } catch {
      // Shown as no comments.
    }
    try {
      const entries = (await firstValueFrom(this.ctx.posts.history(ws, id))).items;
      this.history.set(
        entries.map((e) => ({ at: e.at, action: e.action, actorId: e.actorId, detail: detailOf(e.data) })),
      );
      return;
    } catch {
      // Not deployed: try the audit trail.
    }
    try {
      const page = await firstValueFrom(this.auditApi.forSubject(ws, id));
      this.history.set(
        [...page.items]
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
          .map((e) => ({ at: e.createdAt, action: e.action, actorId: e.actorId, detail: detailOf(e.data) })),
      );
    } catch {
      this.history.set(null);
    }
  }
}

function detailOf(data: Record<string, unknown> | null | undefined): string {
  if (!data) return '';
  for (const key of ['comment', 'reason', 'overrideReason', 'error']) {
    const v = data[key];
    if (typeof v === 'string' && v) return v;
  }
  return '';
}
