import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  POST_STATUS_VALUES,
  type BulkPostsResponse,
  type BulkRestoreRequest,
  type PostDto,
  type PostStatusValue,
} from '@xp/shared';
import {
  ApiErrorAlert,
  browserTimeZone,
  formatInZone,
  statusTone,
  WorkspacePageContext,
  WorkspaceScoped,
} from '@xp/web/common';
import { toApiError } from '@xp/web/data-access';
import { ActionRunner, PAGE_PIECES, toggled, onChange } from '@xp/web/ui';
import { catchError, debounceTime, distinctUntilChanged, firstValueFrom, map, of, Subject, switchMap } from 'rxjs';
import { BulkBar } from './bulk-bar';
import {
  bulkRequest,
  mergeUpdated,
  MY_WORK_TABS,
  rowExcerpt,
  selectedPosts,
  tabQuery,
  type BulkChoice,
  type MyWorkTab,
} from './my-work-views';

const PAGE_SIZE = 50;

/** What the toast says after a bulk action, and its undo (when the action has one). */
interface Toast {
  key: string;
  n: number;
  undo: BulkRestoreRequest | null;
  note: string | null;
}

/**
 * `/w/:workspaceId/my-work`: my drafts, my undated posts and ideas, what waits on my approval, the posts I wrote by
 * status; a search over every post I may see; bulk actions on the selected posts with an undo.
 */
@Component({
  selector: 'xp-my-work-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-work-page.html',
  styleUrl: './my-work-page.css',
  imports: [RouterLink, TranslocoPipe, ApiErrorAlert, BulkBar, PAGE_PIECES],
})
export class MyWorkPage extends WorkspaceScoped {
  private readonly ctx = inject(WorkspacePageContext);
  protected readonly lang = this.ctx.language.current;
  protected readonly tabs = MY_WORK_TABS;
  protected readonly statuses = POST_STATUS_VALUES;
  protected readonly statusTone = statusTone;
  protected readonly excerpt = rowExcerpt;
  private readonly zone = browserTimeZone();

  protected readonly tab = signal<MyWorkTab>('drafts');
  protected readonly status = signal<PostStatusValue | ''>('');
  /** The search in effect (debounced); empty: the tab's list. */
  protected readonly query = signal('');
  protected readonly items = signal<PostDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly toast = signal<Toast | null>(null);
  protected readonly handles = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly action = new ActionRunner(toApiError);

  protected readonly searching = computed(() => this.query() !== '');
  protected readonly canWrite = computed(() => this.ctx.session.can(this.workspaceId(), 'posts.write'));
  protected readonly allSelected = computed(
    () => this.items().length > 0 && this.items().every((p) => this.selected().has(p.id)),
  );

  /** The post a bulk action was refused on (the error names it): its row is marked. */
  protected readonly refusedId = computed(() => {
    const e = this.action.error();
    const id = e?.code === 'BULK_POST_REFUSED' ? e.params?.['postId'] : undefined;
    return typeof id === 'string' ? id : null;
  });

  private readonly typed = new Subject<string>();
  private readonly reloads = new Subject<void>();

  constructor() {
    super();
    this.typed
      .pipe(
        map((q) => q.trim()),
        debounceTime(300),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => {
        this.query.set(q);
        this.reload(true);
      });
    this.reloads
      .pipe(
        switchMap(() => {
          this.loading.set(true);
          return this.ctx.posts.search(this.workspaceId(), { ...this.listQuery(), limit: PAGE_SIZE }).pipe(
            catchError((e: unknown) => {
              this.action.error.set(toApiError(e));
              return of(null);
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.loading.set(false);
        if (!page) return;
        this.items.set(page.items);
        this.nextCursor.set(page.nextCursor);
        const shown = new Set(page.items.map((p) => p.id));
        this.selected.update((s) => new Set([...s].filter((id) => shown.has(id))));
      });
    onChange(this.workspaceId, (ws) => {
      this.toast.set(null);
      this.reload(true);
      void this.loadHandles(ws);
    });
  }

  private listQuery() {
    return this.searching() ? { q: this.query() } : tabQuery(this.tab(), this.status());
  }

  /** Loads the list again; `fresh` (another tab, status or search) first drops the rows of the previous list. */
  protected reload(fresh = false): void {
    this.action.error.set(null);
    if (fresh) {
      this.items.set([]);
      this.nextCursor.set(null);
      this.selected.set(new Set());
    }
    this.reloads.next();
  }

  protected onSearch(e: Event): void {
    this.typed.next((e.target as HTMLInputElement).value);
  }

  protected selectTab(tab: MyWorkTab, focus = false): void {
    this.tab.set(tab);
    this.reload(true);
    if (focus) document.getElementById(`tab-${tab}`)?.focus();
  }

  /** Arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern). */
  protected onTabKey(e: KeyboardEvent, tab: MyWorkTab): void {
    const i = this.tabs.indexOf(tab);
    const last = this.tabs.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? i === last
          ? 0
          : i + 1
        : e.key === 'ArrowLeft'
          ? i === 0
            ? last
            : i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    e.preventDefault();
    this.selectTab(this.tabs[next]!, true);
  }

  protected onStatus(e: Event): void {
    this.status.set((e.target as HTMLSelectElement).value as PostStatusValue | '');
    this.reload(true);
  }

  protected toggle(id: string): void {
    this.selected.update((s) => toggled(s, id));
  }

  protected clearSelection(): void {
    this.selected.set(new Set());
  }

  protected toggleAll(): void {
    this.selected.set(this.allSelected() ? new Set() : new Set(this.items().map((p) => p.id)));
  }

  protected async more(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor) return;
    await this.action.run(async () => {
      const page = await firstValueFrom(
        this.ctx.posts.search(this.workspaceId(), { ...this.listQuery(), limit: PAGE_SIZE, cursor }),
      );
      this.items.update((items) => [...items, ...page.items]);
      this.nextCursor.set(page.nextCursor);
    });
  }

  protected when(p: PostDto): string {
    return formatInZone(p.scheduledAt, this.zone, this.lang());
  }

  protected async bulk(choice: BulkChoice): Promise<void> {
    const posts = selectedPosts(this.items(), this.selected());
    if (!posts.length) return;
    this.toast.set(null);
    await this.action.run(async () => {
      const res = await firstValueFrom(this.ctx.posts.bulk(this.workspaceId(), bulkRequest(choice, posts)));
      this.done(res, `myWork.done.${choice.action}`);
    });
  }

  protected async undo(): Promise<void> {
    const undo = this.toast()?.undo;
    if (!undo) return;
    await this.action.run(async () => {
      const res = await firstValueFrom(this.ctx.posts.bulk(this.workspaceId(), undo));
      this.done(res, 'myWork.done.restore');
    });
  }

  private done(res: BulkPostsResponse, key: string): void {
    this.items.update((items) => mergeUpdated(items, res.items));
    this.selected.set(new Set());
    this.toast.set({
      key,
      n: res.items.length,
      undo: res.undo,
      note: res.undoNote ? `msg.${res.undoNote.code}` : null,
    });
    this.reload();
  }

  private async loadHandles(ws: string): Promise<void> {
    try {
      const page = await firstValueFrom(this.ctx.accounts.list(ws));
      this.handles.set(new Map(page.items.map((a) => [a.id, a.handle])));
    } catch {
      this.handles.set(new Map()); // rows then show no handle; the list itself reports its own errors
    }
  }
}
