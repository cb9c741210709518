import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { AccountDto, CommentDto, HistoryEntryDto, MemberDto, PostDto } from '@xp/shared';
import {
  AccountsApi,
  ApiError,
  AuditApi,
  MembersApi,
  PostsApi,
  SessionStore,
  itemsOf,
  toApiError,
} from '@xp/web/data-access';
import { Alert, Badge } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ReviewPanel } from './review-panel';
import {
  ApiErrorAlert,
  browserTimeZone,
  formatInZone,
  LanguageService,
  localizedErrorMessage,
  statusTone,
} from '@xp/web/common';

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
  imports: [RouterLink, TranslocoPipe, ApiErrorAlert, Alert, Badge, ReviewPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-api-error [error]="error()" />
    @if (saved()) {
      <xp-alert kind="success" data-testid="post-saved" [message]="'post.saved' | transloco" />
    }
    @if (post(); as p) {
      <div class="page-header">
        <div>
          <h1>{{ 'post.heading' | transloco: { handle: account()?.handle ?? '' } }}</h1>
          <p class="lead">
            <xp-badge [tone]="tone()" data-testid="post-status">{{ 'status.' + p.status | transloco }}</xp-badge>
            @if (p.held) {
              <xp-badge tone="danger" data-testid="post-held">⏸ {{ 'calendar.held' | transloco }}</xp-badge>
            }
            @if (p.scheduledAt) {
              <span data-testid="post-when"> {{ when(p.scheduledAt) }}</span>
              @if (localTz !== account()?.timezone) {
                <span class="muted small"> ({{ whenLocal(p.scheduledAt) }})</span>
              }
            }
          </p>
        </div>
        <div class="actions">
          <a class="btn btn--ghost" [routerLink]="['/w', workspaceId()]" [queryParams]="dayParam()">{{
            'composer.backToCalendar' | transloco
          }}</a>
          @if (editable()) {
            <a class="btn btn--secondary" [routerLink]="['/w', workspaceId(), 'posts', p.id, 'edit']">{{
              'post.edit' | transloco
            }}</a>
          }
          @if (p.status === 'draft' || p.status === 'changes_requested') {
            <button type="button" class="btn btn--primary" (click)="act('submit')" [disabled]="busy()">
              {{ 'composer.submit' | transloco }}
            </button>
          }
          @if (p.status === 'cancelled' || p.status === 'failed' || p.status === 'missed') {
            <button type="button" class="btn btn--secondary" (click)="act('reopen')" [disabled]="busy()">
              {{ 'post.reopen' | transloco }}
            </button>
          }
          @if (cancellable()) {
            <button type="button" class="btn btn--ghost" (click)="act('cancel')" [disabled]="busy()">
              {{ 'post.cancel' | transloco }}
            </button>
          }
        </div>
      </div>
      @if (actionError(); as m) {
        <xp-alert kind="error" [message]="m" />
      }
      @if (p.statusReason) {
        <xp-alert kind="info" [message]="p.statusReason" />
      }

      <div class="grid">
        <div>
          <section class="card">
            <h2>{{ 'post.content' | transloco }}</h2>
            <ol class="thread">
              @for (seg of p.segments; track $index) {
                <li>
                  <p class="text">{{ seg.text }}</p>
                  <p class="small muted">
                    {{ seg.weightedLength }} / {{ seg.maxWeightedLength }}
                    @for (m of seg.media; track m.id) {
                      · 🖼 {{ m.altText || ('post.noAlt' | transloco) }}
                    }
                    @if (seg.poll) {
                      · 📊 {{ seg.poll.options.join(' / ') }}
                    }
                  </p>
                </li>
              }
            </ol>
            @if (p.tags.length) {
              <p class="small">🏷 {{ p.tags.join(', ') }}</p>
            }
            @if (p.tweetUrls.length) {
              <p data-testid="tweet-links">
                {{ 'post.published' | transloco }}
                @for (url of p.tweetUrls; track url; let i = $index) {
                  <a [href]="url" target="_blank" rel="noopener">{{ 'post.tweet' | transloco: { n: i + 1 } }}</a>
                }
              </p>
            }
            @if (p.findings.length) {
              <ul class="findings">
                @for (f of p.findings; track $index) {
                  <li [class.block]="f.severity === 'block'">{{ lang() === 'fr' ? f.message.fr : f.message.en }}</li>
                }
              </ul>
            }
            <p class="small muted">
              {{ 'inbox.approvals' | transloco: { have: currentApprovals(), need: p.approvalsRequired } }}
              @for (a of p.approvals; track a.at) {
                · {{ memberName(a.approverId) }}
                @if (!a.current) {
                  ({{ 'post.outdated' | transloco }})
                }
              }
            </p>
            @if (canReview()) {
              <xp-review-panel
                [workspaceId]="workspaceId()"
                [post]="p"
                [isAdmin]="isAdmin()"
                (changed)="post.set($event); loadSide()"
              />
            }
          </section>

          <section class="card" aria-labelledby="comments-h">
            <h2 id="comments-h">{{ 'post.comments' | transloco }}</h2>
            <ul class="comments">
              @for (node of threads(); track node.comment.id) {
                <li class="comment" data-testid="comment">
                  <p class="comment__meta">
                    <strong>{{ memberName(node.comment.authorId) }}</strong> · {{ whenLocal(node.comment.createdAt) }}
                  </p>
                  <p class="comment__body">{{ node.comment.body }}</p>
                  <button type="button" class="btn btn--ghost btn--sm" (click)="replyTo.set(node.comment.id)">
                    {{ 'post.reply' | transloco }}
                  </button>
                  @if (node.replies.length) {
                    <ul class="comments replies">
                      @for (r of node.replies; track r.id) {
                        <li class="comment">
                          <p class="comment__meta">
                            <strong>{{ memberName(r.authorId) }}</strong> · {{ whenLocal(r.createdAt) }}
                          </p>
                          <p class="comment__body">{{ r.body }}</p>
                        </li>
                      }
                    </ul>
                  }
                </li>
              } @empty {
                <li class="muted">{{ 'post.noComments' | transloco }}</li>
              }
            </ul>
            <form (submit)="$event.preventDefault(); addComment()">
              <label for="new-comment">
                @if (replyTo()) {
                  {{ 'post.replying' | transloco }}
                  <button type="button" class="btn btn--ghost btn--sm" (click)="replyTo.set(null)">
                    {{ 'common.cancel' | transloco }}
                  </button>
                } @else {
                  {{ 'post.newComment' | transloco }}
                }
              </label>
              <textarea
                id="new-comment"
                rows="3"
                [value]="draft()"
                (input)="draft.set($any($event.target).value)"
                aria-describedby="mention-hint"
              ></textarea>
              <p id="mention-hint" class="small muted">
                {{ 'post.mentionHint' | transloco }}
                @for (m of members(); track m.userId) {
                  <button type="button" class="btn btn--ghost btn--sm" (click)="mention(m)">
                    &#64;{{ mentionToken(m) }}
                  </button>
                }
              </p>
              <button type="submit" class="btn btn--secondary" [disabled]="!draft().trim() || busy()">
                {{ 'post.send' | transloco }}
              </button>
            </form>
          </section>
        </div>

        <section class="card" aria-labelledby="timeline-h">
          <h2 id="timeline-h">{{ 'post.timeline' | transloco }}</h2>
          @if (timelineFallback()) {
            <p class="small muted">{{ 'post.timelineFallback' | transloco }}</p>
          }
          <ol class="timeline" data-testid="timeline">
            @for (e of timeline(); track $index) {
              <li>
                <span class="small muted">{{ whenLocal(e.at) }}</span><br /><strong>{{ actionText(e.action) }}</strong>
                @if (e.actorId) {
                  · {{ memberName(e.actorId) }}
                }
                @if (e.detail) {
                  <br /><span class="small">{{ e.detail }}</span>
                }
              </li>
            }
          </ol>
        </section>
      </div>
    } @else if (!error()) {
      <p class="muted">{{ 'common.loading' | transloco }}</p>
    }
  `,
  styles: `
    .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    .grid {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 20rem;
      gap: 1.5rem;
      align-items: start;
    }
    @media (max-width: 960px) {
      .grid {
        grid-template-columns: 1fr;
      }
    }
    .thread {
      padding-left: 1.25rem;
    }
    .text {
      white-space: pre-wrap;
      margin: 0 0 0.2rem;
    }
    .findings {
      list-style: none;
      padding: 0;
      font-size: 0.88rem;
    }
    .findings li {
      background: var(--warning-bg);
      color: var(--warning-fg);
      padding: 0.25rem 0.6rem;
      border-radius: 6px;
      margin-bottom: 0.25rem;
    }
    .findings li.block {
      background: var(--danger-bg);
      color: var(--danger-fg);
    }
    .comments {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    .comment {
      border-top: 1px solid var(--border);
      padding: 0.5rem 0;
    }
    .replies {
      margin: 0.25rem 0 0 1.5rem;
    }
    .comment__meta {
      margin: 0;
      font-size: 0.85rem;
    }
    .comment__body {
      white-space: pre-wrap;
      margin: 0.15rem 0;
    }
    .timeline {
      list-style: none;
      padding: 0 0 0 0.75rem;
      border-left: 2px solid var(--border);
      margin: 0;
    }
    .timeline li {
      margin-bottom: 0.75rem;
    }
  `,
})
export class PostPage {
  private readonly postsApi = inject(PostsApi);
  private readonly accountsApi = inject(AccountsApi);
  private readonly membersApi = inject(MembersApi);
  private readonly auditApi = inject(AuditApi);
  private readonly session = inject(SessionStore);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  readonly workspaceId = input.required<string>();
  readonly postId = input.required<string>();
  readonly saved = input<string | undefined>();

  protected readonly lang = this.language.current;
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
  private readonly role = computed(() => this.session.workspace(this.workspaceId())?.role ?? 'viewer');
  protected readonly isAdmin = computed(() => this.role() === 'owner' || this.role() === 'admin');
  protected readonly editable = computed(() => {
    const p = this.post();
    return (
      !!p && this.role() !== 'viewer' && ['draft', 'in_review', 'changes_requested', 'scheduled'].includes(p.status)
    );
  });
  protected readonly cancellable = computed(() => {
    const p = this.post();
    return (
      !!p &&
      this.role() !== 'viewer' &&
      ['draft', 'in_review', 'changes_requested', 'scheduled', 'unconfirmed'].includes(p.status)
    );
  });
  protected readonly canReview = computed(() => {
    const p = this.post();
    const a = this.account();
    const me = this.session.user()?.id;
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
      out.push({ at: p.updatedAt, action: `status.${p.status}`, actorId: null, detail: p.statusReason ?? '' });
    return out.sort((x, y) => x.at.localeCompare(y.at));
  });

  constructor() {
    effect(() => {
      const ws = this.workspaceId();
      const id = this.postId();
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
    if (userId === this.session.user()?.id) return this.session.user()?.displayName ?? '';
    return this.members().find((m) => m.userId === userId)?.displayName ?? userId.slice(0, 8);
  }

  protected mentionToken(m: MemberDto): string {
    return m.displayName.replace(/\s+/g, '');
  }

  protected mention(m: MemberDto): void {
    const token = `@${this.mentionToken(m)} `;
    this.draft.update((d) => (d && !d.endsWith(' ') ? `${d} ${token}` : d + token));
  }

  protected actionText(action: string): string {
    const key = action.startsWith('status.') ? action : `post.actions.${action.replace(/\./g, '_')}`;
    const text = this.transloco.translate(key, {}, this.lang());
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
          ? this.postsApi.submit(this.workspaceId(), p.id)
          : action === 'cancel'
            ? this.postsApi.cancel(this.workspaceId(), p.id)
            : this.postsApi.reopen(this.workspaceId(), p.id);
      this.post.set(await firstValueFrom(call));
      void this.loadSide();
    } catch (e) {
      this.actionError.set(localizedErrorMessage(toApiError(e), this.lang()));
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
        this.postsApi.addComment(this.workspaceId(), p.id, body, this.replyTo() ?? undefined),
      );
      this.comments.update((list) => [...list, c]);
      this.draft.set('');
      this.replyTo.set(null);
    } catch (e) {
      this.actionError.set(localizedErrorMessage(toApiError(e), this.lang()));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(ws: string, id: string): Promise<void> {
    this.error.set(null);
    try {
      const [post, accounts] = await Promise.all([
        firstValueFrom(this.postsApi.get(ws, id)),
        firstValueFrom(this.accountsApi.list(ws)),
      ]);
      this.post.set(post);
      this.accounts.set(accounts.items);
    } catch (e) {
      this.error.set(toApiError(e));
      return;
    }
    await this.loadSide();
    try {
      this.members.set((await firstValueFrom(this.membersApi.list(ws, { limit: 200 }))).items);
    } catch {
      // Names only.
    }
  }

  /** Comments and the status timeline: the post's history, else the audit trail, else what the post itself says. */
  async loadSide(): Promise<void> {
    const ws = this.workspaceId();
    const id = this.postId();
    try {
      this.comments.set((await firstValueFrom(this.postsApi.comments(ws, id))).items);
    } catch {
      // Shown as no comments.
    }
    try {
      const entries = itemsOf(
        (await firstValueFrom(this.postsApi.history(ws, id))) as { items: HistoryEntryDto[] } | HistoryEntryDto[],
      );
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
