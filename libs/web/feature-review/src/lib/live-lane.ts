import { WorkspacePageContext, WorkspaceScoped } from '@xp/web/common';
import { LucideZap } from '@lucide/angular';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto, PostDto } from '@xp/shared';
import { errorMessageIn, toApiError } from '@xp/web/data-access';
import { MessagePipe } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { formatClock, LanguageService } from '@xp/web/common';

const POLL_MS = 5_000;

/** Live posts by deadline: `publishBy` (else `scheduledAt`), earliest first. */
export function byDeadline(a: PostDto, b: PostDto): number {
  const t = (p: PostDto): number => new Date(p.publishBy ?? p.scheduledAt ?? '9999-12-31T00:00:00Z').getTime();
  return t(a) - t(b) || a.createdAt.localeCompare(b.createdAt);
}

/**
 * The approval inbox's fast lane: live posts waiting for my approval, in their own section, ordered by their
 * `publishBy` deadline, with the seconds left. New live posts are picked up every few seconds.
 */
@Component({
  selector: 'xp-live-lane',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-lane.html',
  styleUrl: './live-lane.css',
  imports: [LucideZap, RouterLink, TranslocoPipe, MessagePipe],
})
export class LiveLane extends WorkspaceScoped {
  /** The live posts the inbox found waiting for my approval. */
  readonly posts = input<PostDto[]>([]);
  readonly accounts = input<AccountDto[]>([]);
  /** A post I approved here (or that changed): the inbox shows the outcome. */
  readonly changed = output<PostDto>();

  private readonly ctx = inject(WorkspacePageContext);
  protected readonly lang = inject(LanguageService).current;

  private readonly found = signal<PostDto[]>([]);
  /** Ids still in review at the last poll (null before the first one). */
  private readonly inReview = signal<ReadonlySet<string> | null>(null);
  private readonly gone = signal<ReadonlySet<string>>(new Set());
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly busy = signal(false);
  private readonly now = signal(Date.now());

  protected readonly lane = computed(() => {
    const seen = new Map<string, PostDto>();
    for (const p of [...this.posts(), ...this.found()]) if (p.kind === 'live') seen.set(p.id, p);
    const live = this.inReview();
    const gone = this.gone();
    return [...seen.values()]
      .filter((p) => p.status === 'in_review' && !gone.has(p.id) && (!live || live.has(p.id)))
      .sort(byDeadline);
  });

  constructor() {
    super();
    const tick = setInterval(() => this.now.set(Date.now()), 1_000);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const loop = async (): Promise<void> => {
      await this.poll();
      if (!stopped) timer = setTimeout(() => void loop(), POLL_MS);
    };
    timer = setTimeout(() => void loop(), POLL_MS);
    inject(DestroyRef).onDestroy(() => {
      stopped = true;
      clearInterval(tick);
      clearTimeout(timer);
    });
  }

  protected handle(post: PostDto): string {
    return this.accounts().find((a) => a.id === post.accountId)?.handle ?? '?';
  }

  protected deadline(post: PostDto): string {
    const tz = this.accounts().find((a) => a.id === post.accountId)?.timezone ?? 'UTC';
    return formatClock(post.publishBy ?? post.scheduledAt, tz, this.lang());
  }

  protected secondsLeft(post: PostDto): number {
    const at = post.publishBy ?? post.scheduledAt;
    return at ? Math.floor((new Date(at).getTime() - this.now()) / 1000) : 0;
  }

  protected async approve(post: PostDto): Promise<void> {
    this.busy.set(true);
    try {
      await this.approveOne(post);
    } finally {
      this.busy.set(false);
    }
  }

  /** Approves every post of the lane, the most urgent first. */
  protected async approveAll(): Promise<void> {
    this.busy.set(true);
    try {
      for (const post of this.lane()) await this.approveOne(post);
    } finally {
      this.busy.set(false);
    }
  }

  private async approveOne(post: PostDto): Promise<void> {
    try {
      const updated = await firstValueFrom(
        this.ctx.posts.approve(this.workspaceId(), post.id, { contentHash: post.contentHash }),
      );
      this.errors.update(({ [post.id]: _dropped, ...rest }) => rest);
      // Approved by me: it leaves my lane (even when it still needs someone else's approval).
      this.gone.update((set) => new Set([...set, post.id]));
      this.changed.emit(updated);
    } catch (e) {
      const message = errorMessageIn(toApiError(e), this.lang());
      this.errors.update((all) => ({ ...all, [post.id]: message }));
    }
  }

  /** Picks up new live posts waiting for approval (and drops those approved elsewhere). */
  private async poll(): Promise<void> {
    const ws = this.workspaceId();
    const me = this.ctx.session.user()?.id;
    const role = this.ctx.session.workspace(ws)?.role ?? 'viewer';
    try {
      const list = await firstValueFrom(this.ctx.posts.list(ws, { status: ['in_review'] }));
      const live = list.items.filter((p) => p.kind === 'live');
      this.inReview.set(new Set(live.map((p) => p.id)));
      const known = new Set(this.lane().map((p) => p.id));
      const accounts = new Map(this.accounts().map((a) => [a.id, a]));
      const fresh = live.filter((p) => {
        const account = accounts.get(p.accountId);
        const allowed = !!account && (account.approvalPolicy.approverRoles as string[]).includes(role);
        return allowed && p.authorId !== me && !known.has(p.id) && !this.gone().has(p.id);
      });
      if (!fresh.length) return;
      // The list omits approvals and findings: read the new ones in full.
      const full = await Promise.all(fresh.map((p) => firstValueFrom(this.ctx.posts.get(ws, p.id)).catch(() => p)));
      const mine = full.filter((p) => !p.approvals?.some((a) => a.approverId === me && a.current));
      this.found.update((list) => [...list.filter((p) => !mine.some((m) => m.id === p.id)), ...mine]);
    } catch {
      // The next poll tries again; the inbox shows its own load errors.
    }
  }
}
