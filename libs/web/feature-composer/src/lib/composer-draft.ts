import { moveItemInArray } from '@angular/cdk/drag-drop';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { AccountDto, CheckPostResponse, PostKindValue } from '@xp/shared';
import { ApiError, errorMessageIn, MediaApi, toApiError } from '@xp/web/data-access';
import { LanguageService, accountColors, type ShownFinding } from '@xp/web/common';
import { firstValueFrom } from 'rxjs';
import {
  LONG_LIMIT,
  MAX_MEDIA,
  MAX_SEGMENTS,
  SHARED_TAB,
  SHORT_LIMIT,
  cloneSegments,
  emptySegment,
  nextKey,
  splitSegment,
  type MediaItem,
  type SegmentDraft,
} from './segments';

/**
 * The composer's draft, shared by the page and its parts: the chosen accounts, the shared thread and the
 * per-account variants, media uploads, schedules, tags, kind and the charter findings of the last check.
 */
@Injectable()
export class ComposerDraft {
  private readonly mediaApi = inject(MediaApi);
  private readonly language = inject(LanguageService);

  readonly workspaceId = signal('');
  readonly accounts = signal<AccountDto[]>([]);
  readonly selected = signal<string[]>([]);
  readonly shared = signal<SegmentDraft[]>([emptySegment()]);
  readonly overrides = signal<Record<string, SegmentDraft[]>>({});
  readonly tab = signal<string>(SHARED_TAB);
  /** Local wall time (`YYYY-MM-DDTHH:mm[:ss]`) per account id, in the account's timezone. */
  readonly schedules = signal<Record<string, string>>({});
  readonly tags = signal('');
  readonly kind = signal<PostKindValue>('standard');
  readonly checks = signal<Record<string, CheckPostResponse>>({});
  readonly error = signal<ApiError | null>(null);
  /**
   * Counts alt texts saved on the server: changing the alt text of a media a saved post uses is an edit of that post
   * (new version, back to review), so an editing composer follows it.
   */
  readonly altSaved = signal(0);

  readonly colors = computed(() => accountColors(this.accounts()));
  readonly selectedAccounts = computed(() => this.accounts().filter((a) => this.selected().includes(a.id)));
  readonly current = computed(() =>
    this.tab() === SHARED_TAB ? this.shared() : (this.overrides()[this.tab()] ?? this.shared()),
  );
  readonly limit = computed(() => {
    const tab = this.tab();
    const list = tab === SHARED_TAB ? this.selectedAccounts() : this.selectedAccounts().filter((a) => a.id === tab);
    return list.length && list.every((a) => a.longPosts) ? LONG_LIMIT : SHORT_LIMIT;
  });
  /** Accounts whose content is the one on screen. */
  private readonly accountsOnScreen = computed(() => {
    const tab = this.tab();
    return tab === SHARED_TAB
      ? this.selectedAccounts().filter((a) => !this.overrides()[a.id])
      : this.selectedAccounts().filter((a) => a.id === tab);
  });
  private readonly shownFindings = computed(() => {
    const checks = this.checks();
    const seen = new Set<string>();
    const out: ShownFinding[] = [];
    const many = this.selectedAccounts().length > 1;
    for (const a of this.accountsOnScreen()) {
      for (const f of checks[a.id]?.findings ?? []) {
        const key = `${f.rule}|${f.severity}|${f.span?.segment}|${f.span?.start}|${f.code}|${JSON.stringify(f.params)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...f, handle: many ? `@${a.handle}:` : '' });
      }
    }
    return out;
  });
  readonly generalFindings = computed(() => this.shownFindings().filter((f) => !f.span));
  readonly blocking = computed(() => this.selected().some((id) => this.checks()[id]?.blocking));
  readonly canSave = computed(
    () =>
      this.selected().length > 0 &&
      this.selectedAccounts().every((a) => this.segmentsFor(a.id).every((s) => s.text.trim() || s.media.length)),
  );

  segmentsFor(accountId: string): SegmentDraft[] {
    return this.overrides()[accountId] ?? this.shared();
  }

  segmentFindings(index: number): ShownFinding[] {
    return this.shownFindings().filter((f) => f.span?.segment === index);
  }

  parsedTags(): string[] {
    return this.tags()
      .split(/[,\s]+/)
      .map((t) => t.replace(/^#/, '').trim())
      .filter(Boolean);
  }

  toggleAccount(id: string): void {
    this.selected.update((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
    if (!this.selected().includes(this.tab())) this.tab.set(SHARED_TAB);
  }

  openVariant(accountId: string): void {
    if (!this.overrides()[accountId])
      this.overrides.update((o) => ({ ...o, [accountId]: cloneSegments(this.shared()) }));
    this.tab.set(accountId);
  }

  dropVariant(accountId: string): void {
    this.overrides.update((o) => {
      const { [accountId]: _dropped, ...rest } = o;
      return rest;
    });
    this.tab.set(SHARED_TAB);
  }

  private mutate(fn: (list: SegmentDraft[]) => SegmentDraft[]): void {
    const tab = this.tab();
    if (tab === SHARED_TAB || !this.overrides()[tab]) this.shared.update((list) => fn([...list]));
    else this.overrides.update((o) => ({ ...o, [tab]: fn([...(o[tab] ?? [])]) }));
  }

  updateSegment(i: number, fn: (s: SegmentDraft) => SegmentDraft): void {
    this.mutate((list) => list.map((s, k) => (k === i ? fn(s) : s)));
  }

  /** Adds an empty segment at the end and answers its key. */
  addSegment(): number | undefined {
    this.mutate((list) => [...list, emptySegment()]);
    return this.current().at(-1)?.key;
  }

  removeSegment(i: number): void {
    this.mutate((list) => list.filter((_, k) => k !== i));
  }

  /** Cuts segment `i` (over the limit) into several segments within it, in its place (up to MAX_SEGMENTS in all). */
  splitSegment(i: number): void {
    const limit = this.limit();
    this.mutate((list) => {
      const seg = list[i];
      const parts = seg ? splitSegment(seg, limit) : [];
      if (!parts.length || list.length - 1 + parts.length > MAX_SEGMENTS) return list;
      list.splice(i, 1, ...parts);
      return list;
    });
  }

  move(from: number, to: number): void {
    this.mutate((list) => {
      moveItemInArray(list, from, to);
      return list;
    });
  }

  setSchedule(accountId: string, value: string): void {
    this.schedules.update((s) => ({ ...s, [accountId]: value }));
  }

  /** Uploads the files into segment `i` (at most MAX_MEDIA per segment) with a preview of images. */
  addFiles(i: number, files: File[]): void {
    const room = MAX_MEDIA - (this.current()[i]?.media.length ?? 0);
    for (const file of files.slice(0, Math.max(0, room))) {
      const item: MediaItem = {
        key: nextKey(),
        id: null,
        name: file.name,
        previewUrl: null,
        video: file.type.startsWith('video/'),
        altText: '',
        uploading: true,
        error: null,
      };
      this.updateSegment(i, (s) => ({ ...s, media: [...s.media, item] }));
      // A data: URL, not blob: (the API's Content-Security-Policy allows data: images).
      if (file.type.startsWith('image/')) {
        const reader = new FileReader();
        reader.onload = () =>
          this.updateMedia(item.key, (m) => ({
            ...m,
            previewUrl: typeof reader.result === 'string' ? reader.result : null,
          }));
        reader.readAsDataURL(file);
      }
      void this.upload(item.key, file);
    }
  }

  private updateMedia(key: number, fn: (m: MediaItem) => MediaItem): void {
    const apply = (list: SegmentDraft[]): SegmentDraft[] =>
      list.map((s) =>
        s.media.some((m) => m.key === key) ? { ...s, media: s.media.map((m) => (m.key === key ? fn(m) : m)) } : s,
      );
    this.shared.update(apply);
    this.overrides.update((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, apply(v)])));
  }

  private async upload(key: number, file: File): Promise<void> {
    try {
      const media = await firstValueFrom(this.mediaApi.upload(this.workspaceId(), file, ''));
      let alt = '';
      this.updateMedia(key, (m) => {
        alt = m.altText;
        return { ...m, id: media.id, uploading: false };
      });
      if (alt) await firstValueFrom(this.mediaApi.updateAltText(this.workspaceId(), media.id, alt));
    } catch (e) {
      const error = toApiError(e);
      this.updateMedia(key, (m) => ({
        ...m,
        uploading: false,
        error: errorMessageIn(error, this.language.current()) || error.code,
      }));
    }
  }

  async setAlt(i: number, j: number, altText: string): Promise<void> {
    const media = this.current()[i]?.media[j];
    if (!media) return;
    this.updateMedia(media.key, (m) => ({ ...m, altText }));
    if (!media.id) return;
    try {
      await firstValueFrom(this.mediaApi.updateAltText(this.workspaceId(), media.id, altText.trim() || null));
      this.altSaved.update((n) => n + 1);
    } catch (e) {
      this.error.set(toApiError(e));
    }
  }

  removeMedia(i: number, j: number): void {
    this.updateSegment(i, (s) => ({ ...s, media: s.media.filter((_, k) => k !== j) }));
  }
}
