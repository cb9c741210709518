import { CdkDrag, CdkDragDrop, CdkDropList } from '@angular/cdk/drag-drop';
import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { computed, effect, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { dateToZonedLocal, zonedDay, zonedLocalToDate } from '@xp/shared';
import type { CheckPostResponse, CreatePostRequest, PostDto, PostKindValue, SegmentInput } from '@xp/shared';
import { toApiError } from '@xp/web/data-access';
import { Alert, PageHeader } from '@xp/web/ui';
import { ApiErrorAlert, mediaContentUrl, WorkspacePageContext, WorkspaceScoped } from '@xp/web/common';
import { firstValueFrom } from 'rxjs';
import { AccountPicker } from './account-picker';
import { AUTOSAVE_DELAY_MS, autosaveBlocked, type AutosaveState } from './composer-autosave';
import { FindingsList } from '@xp/web/common';
import { ComposerDraft } from './composer-draft';
import { MAX_SEGMENTS, draftSegments, toSegmentInput } from './segments';
import { SchedulePicker } from './schedule-picker';
import { SegmentEditor } from './segment-editor';
import { TweetPreview } from './tweet-preview';

const CHECK_DEBOUNCE_MS = 350;

/**
 * `/w/:ws/compose` and `/w/:ws/posts/:postId/edit`: write a thread for one or several accounts.
 * A new post for several accounts is one request (`POST …/post-groups`): all of them are saved, or none.
 */
@Component({
  selector: 'xp-composer-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './composer-page.html',
  styleUrl: './composer-page.css',
  providers: [ComposerDraft],
  imports: [
    RouterLink,
    TranslocoPipe,
    ApiErrorAlert,
    Alert,
    CdkDropList,
    CdkDrag,
    AccountPicker,
    SegmentEditor,
    FindingsList,
    SchedulePicker,
    TweetPreview,
    PageHeader,
  ],
})
export class ComposerPage extends WorkspaceScoped {
  readonly postId = input<string | undefined>();
  /** `?account=<id>` preselects an account. */
  readonly account = input<string | undefined>();

  private readonly ctx = inject(WorkspacePageContext);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  protected readonly draft = inject(ComposerDraft);

  protected readonly maxSegments = MAX_SEGMENTS;
  protected readonly loaded = signal(false);
  protected readonly saving = signal(false);
  /** After saving an edited post: what became of it. */
  protected readonly results = signal<{ handle: string; ok: boolean; message: string }[]>([]);
  private readonly editing = signal<PostDto | null>(null);
  /** The post being edited, saved by hand or by the autosave (which creates a new post as a draft). */
  protected readonly editingId = computed(() => this.postId() ?? this.editing()?.id);
  protected readonly autosave = signal<AutosaveState>('idle');
  /** The request last saved (or loaded), to autosave only what changed. */
  private lastSaved = '';
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  private autosaving: Promise<void> | null = null;

  constructor() {
    super();
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.checkTimer);
      clearTimeout(this.autosaveTimer);
    });
    effect(() => {
      const ws = this.workspaceId();
      const postId = this.postId();
      untracked(() => {
        this.draft.workspaceId.set(ws);
        void this.load(ws, postId);
      });
    });
    // My own alt-text change made a new version of the post I am editing: follow it, so that saving is not refused
    // as stale. Any other change in between (someone else's edit) still is.
    effect(() => {
      if (this.draft.altSaved() > 0) untracked(() => void this.followOwnAltEdit());
    });
    // Live length and charter findings as you type (debounced).
    effect(() => {
      const ids = this.draft.selected();
      const payload = ids.map((id) => ({ id, segments: this.draft.segmentsFor(id).map(toSegmentInput) }));
      const kind = this.draft.kind();
      const tags = this.draft.parsedTags();
      untracked(() => this.scheduleCheck(payload, kind, tags));
    });
    // Draft autosave, AUTOSAVE_DELAY_MS after the last change (never submits).
    effect(() => {
      if (!this.loaded()) return;
      const snapshot = this.snapshot();
      untracked(() => this.scheduleAutosave(snapshot));
    });
  }

  /** What an autosave would send (one account only), as text; '' when several accounts are chosen. */
  private snapshot(): string {
    const ids = this.draft.selected();
    if (ids.length !== 1) return '';
    this.draft.shared();
    this.draft.overrides();
    this.draft.schedules();
    this.draft.tags();
    this.draft.kind();
    return JSON.stringify(this.requestFor(ids[0]!));
  }

  private scheduleAutosave(snapshot: string): void {
    clearTimeout(this.autosaveTimer);
    if (!snapshot || snapshot === this.lastSaved) return;
    this.autosaveTimer = setTimeout(() => {
      this.autosaving = this.runAutosave().finally(() => (this.autosaving = null));
    }, AUTOSAVE_DELAY_MS);
  }

  private async runAutosave(): Promise<void> {
    const editing = this.editing();
    const uploading = this.draft.current().some((s) => s.media.some((m) => m.uploading));
    const blocked = autosaveBlocked({
      saving: this.saving(),
      state: this.autosave(),
      canSave: this.draft.canSave(),
      uploading,
      accounts: this.draft.selected().length,
      status: editing?.status ?? null,
    });
    if (blocked) return;
    const accountId = this.draft.selected()[0]!;
    const request = this.requestFor(accountId);
    const snapshot = JSON.stringify(request);
    const ws = this.workspaceId();
    const altBefore = this.draft.altSaved();
    this.autosave.set('saving');
    try {
      let post: PostDto;
      if (editing) {
        const { accountId: _unchanged, ...changes } = request;
        post = await firstValueFrom(this.ctx.posts.update(ws, editing.id, { ...changes, version: editing.version }));
      } else {
        post = await firstValueFrom(this.ctx.posts.create(ws, request));
        // The address of the saved draft, so a reload opens it (no navigation: the composer stays as it is).
        this.location.replaceState(`/w/${encodeURIComponent(ws)}/posts/${encodeURIComponent(post.id)}/edit`);
      }
      this.editing.set(post);
      this.lastSaved = snapshot;
      this.autosave.set('saved');
      // Typed while saving: save that too.
      this.scheduleAutosave(this.snapshot());
    } catch (e) {
      const error = toApiError(e);
      // Refused as stale because my own alt-text edit made a new version meanwhile: follow it and save again.
      if (error.statusCode === 409 && editing && this.draft.altSaved() !== altBefore) {
        const fresh = await firstValueFrom(this.ctx.posts.get(ws, editing.id)).catch(() => null);
        if (fresh && fresh.version === editing.version + 1) {
          if (this.editing()?.version === editing.version) this.editing.set(fresh);
          this.autosave.set('idle');
          this.scheduleAutosave(this.snapshot());
          return;
        }
      }
      this.autosave.set(error.statusCode === 409 ? 'conflict' : 'error');
    }
  }

  protected addSegment(): void {
    const key = this.draft.addSegment();
    setTimeout(() => (document.getElementById(`seg-${key}`) as HTMLTextAreaElement | null)?.focus());
  }

  protected reorder(event: CdkDragDrop<unknown>): void {
    this.draft.move(event.previousIndex, event.currentIndex);
  }

  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private checkSeq = 0;
  private scheduleCheck(
    payload: { id: string; segments: SegmentInput[] }[],
    kind: PostKindValue,
    tags: string[],
  ): void {
    clearTimeout(this.checkTimer);
    const seq = ++this.checkSeq;
    this.checkTimer = setTimeout(async () => {
      const ws = this.workspaceId();
      const postId = this.editing()?.id;
      const entries = await Promise.all(
        payload
          .filter((p) => p.segments.some((s) => s.text.trim()))
          .map(async (p) => {
            try {
              const r = await firstValueFrom(
                this.ctx.posts.check(ws, {
                  accountId: p.id,
                  segments: p.segments,
                  kind,
                  tags,
                  ...(postId ? { postId } : {}),
                }),
              );
              return [p.id, r] as const;
            } catch {
              return null;
            }
          }),
      );
      if (seq !== this.checkSeq) return;
      this.draft.checks.set(Object.fromEntries(entries.filter((e): e is readonly [string, CheckPostResponse] => !!e)));
    }, CHECK_DEBOUNCE_MS);
  }

  private async followOwnAltEdit(): Promise<void> {
    const editing = this.editing();
    if (!editing) return;
    try {
      const fresh = await firstValueFrom(this.ctx.posts.get(this.workspaceId(), editing.id));
      if (fresh.version === editing.version + 1 && this.editing()?.version === editing.version) this.editing.set(fresh);
    } catch {
      // Saving will tell.
    }
  }

  private async load(ws: string, postId: string | undefined): Promise<void> {
    const draft = this.draft;
    draft.error.set(null);
    try {
      const accounts = (await firstValueFrom(this.ctx.accounts.list(ws))).items;
      draft.accounts.set(accounts);
      if (postId) {
        const post = await firstValueFrom(this.ctx.posts.get(ws, postId));
        this.editing.set(post);
        const account = accounts.find((a) => a.id === post.accountId);
        draft.selected.set([post.accountId]);
        draft.shared.set(draftSegments(post, (id) => mediaContentUrl(ws, id)));
        draft.tags.set(post.tags.join(', '));
        draft.kind.set(post.kind);
        if (post.scheduledAt && account)
          draft.schedules.set({ [account.id]: dateToZonedLocal(new Date(post.scheduledAt), account.timezone) });
        this.lastSaved = JSON.stringify(this.requestFor(post.accountId));
      } else {
        const wanted = this.account();
        const usable = accounts.filter((a) => a.status !== 'disconnected');
        const first =
          (wanted && accounts.find((a) => a.id === wanted)) || (usable.length === 1 ? usable[0] : undefined);
        if (first && !draft.selected().length) draft.selected.set([first.id]);
      }
      this.loaded.set(true);
    } catch (e) {
      draft.error.set(toApiError(e));
    }
  }

  /** The post as the API receives it for one account (its own segments, its own local time). */
  private requestFor(accountId: string): CreatePostRequest {
    const account = this.draft.accounts().find((a) => a.id === accountId);
    const local = this.draft.schedules()[accountId];
    const at = local && account ? zonedLocalToDate(local, account.timezone) : null;
    return {
      accountId,
      segments: this.draft.segmentsFor(accountId).map(toSegmentInput),
      scheduledAt: at ? at.toISOString() : null,
      tags: this.draft.parsedTags(),
      kind: this.draft.kind(),
    };
  }

  protected async save(submit: boolean): Promise<void> {
    if (this.saving() || !this.draft.canSave()) return;
    this.saving.set(true);
    clearTimeout(this.autosaveTimer);
    await this.autosaving;
    this.draft.error.set(null);
    this.results.set([]);
    const ws = this.workspaceId();
    const editing = this.editing();
    try {
      const saved = editing ? [await this.saveEdited(ws, editing, submit)] : await this.createAll(ws, submit);
      await this.leave(ws, saved);
    } catch (e) {
      this.draft.error.set(toApiError(e));
    } finally {
      this.saving.set(false);
    }
  }

  /** Every selected account at once: one request, all saved or none. */
  private async createAll(ws: string, submit: boolean): Promise<PostDto[]> {
    const posts = this.draft.selectedAccounts().map((a) => this.requestFor(a.id));
    return (await firstValueFrom(this.ctx.posts.createGroup(ws, { posts, submit }))).items;
  }

  private async saveEdited(ws: string, editing: PostDto, submit: boolean): Promise<PostDto> {
    const { accountId: _unchanged, ...changes } = this.requestFor(editing.accountId);
    let post = await firstValueFrom(this.ctx.posts.update(ws, editing.id, { ...changes, version: editing.version }));
    this.editing.set(post);
    if (submit && (post.status === 'draft' || post.status === 'changes_requested')) {
      post = await firstValueFrom(this.ctx.posts.submit(ws, post.id));
      this.editing.set(post);
    }
    const lang = this.ctx.language.current();
    const status = this.ctx.transloco.translate(`status.${post.status}`, {}, lang);
    const handle = this.draft.accounts().find((a) => a.id === post.accountId)?.handle ?? '';
    this.results.set([
      { handle, ok: true, message: this.ctx.transloco.translate('composer.savedAs', { status }, lang) },
    ]);
    return post;
  }

  /** One post: its page; several: the calendar on the day of the first. */
  private async leave(ws: string, saved: PostDto[]): Promise<void> {
    const first = saved[0];
    if (!first) return;
    if (saved.length === 1) {
      await this.router.navigate(['/w', ws, 'posts', first.id], { queryParams: { saved: 1 } });
      return;
    }
    const account = this.draft.accounts().find((a) => a.id === first.accountId);
    const date = first.scheduledAt ? zonedDay(new Date(first.scheduledAt), account?.timezone ?? 'UTC') : undefined;
    await this.router.navigate(['/w', ws], { queryParams: date ? { date } : {} });
  }
}
