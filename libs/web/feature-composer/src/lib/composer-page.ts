import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList, moveItemInArray } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { parseTweetText } from '@xp/shared';
import type { AccountDto, CheckPostResponse, FindingDto, PostDto, PostKindValue, SegmentInput } from '@xp/shared';
import { AccountsApi, ApiError, MediaApi, PostsApi, toApiError } from '@xp/web/data-access';
import { Alert } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import {
  accountColors,
  ApiErrorAlert,
  dateToZonedLocal,
  LanguageService,
  localizedErrorMessage,
  nextFreeSlot,
  zonedDay,
  zonedLocalToDate,
} from '@xp/web/common';

interface MediaItem {
  key: number;
  id: string | null;
  name: string;
  previewUrl: string | null;
  altText: string;
  uploading: boolean;
  error: string | null;
}
interface PollDraft {
  options: string[];
  durationMinutes: number;
}
interface SegmentDraft {
  key: number;
  text: string;
  media: MediaItem[];
  poll: PollDraft | null;
}

const LONG_LIMIT = 25_000;
const SHORT_LIMIT = 280;
const MAX_MEDIA = 4;
const POLL_DURATIONS = [60, 360, 1440, 4320, 10080];

let keySeq = 0;
const nextKey = (): number => ++keySeq;
const emptySegment = (): SegmentDraft => ({ key: nextKey(), text: '', media: [], poll: null });
const cloneSegments = (list: SegmentDraft[]): SegmentDraft[] =>
  list.map((s) => ({
    ...s,
    key: nextKey(),
    media: s.media.map((m) => ({ ...m, key: nextKey() })),
    poll: s.poll ? { ...s.poll, options: [...s.poll.options] } : null,
  }));

/** `/w/:ws/compose` and `/w/:ws/posts/:postId/edit`: write a thread for one or several accounts. */
@Component({
  selector: 'xp-composer-page',
  imports: [RouterLink, TranslocoPipe, ApiErrorAlert, Alert, CdkDropList, CdkDrag, CdkDragHandle],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <div>
        <h1>{{ (postId() ? 'composer.editTitle' : 'composer.title') | transloco }}</h1>
        <p class="lead">{{ 'composer.subtitle' | transloco }}</p>
      </div>
      <a class="btn btn--ghost" [routerLink]="['/w', workspaceId()]">{{ 'composer.backToCalendar' | transloco }}</a>
    </div>
    <xp-api-error [error]="error()" />
    @for (r of results(); track r.handle) {
      <xp-alert
        [kind]="r.ok ? 'success' : 'error'"
        [heading]="'@' + r.handle"
        [message]="r.message"
        data-testid="save-result"
      />
    }

    <div class="layout">
      <div class="main">
        <fieldset class="card accounts" [disabled]="!!postId()">
          <legend class="h3">{{ 'composer.accounts' | transloco }}</legend>
          @if (!accounts().length && loaded()) {
            <p class="muted">{{ 'composer.noAccounts' | transloco }}</p>
          }
          <div class="chips">
            @for (a of accounts(); track a.id) {
              <label class="chip" [style.--c]="colors().get(a.id)" [class.chip--on]="selected().includes(a.id)">
                <input type="checkbox" [checked]="selected().includes(a.id)" (change)="toggleAccount(a.id)" />
                &#64;{{ a.handle }}
              </label>
            }
          </div>
        </fieldset>

        @if (selectedAccounts().length > 1) {
          <div class="tabs" role="tablist" [attr.aria-label]="'composer.variants' | transloco">
            <button
              type="button"
              role="tab"
              class="tab"
              [attr.aria-selected]="tab() === 'shared'"
              (click)="tab.set('shared')"
            >
              {{ 'composer.sharedText' | transloco }}
            </button>
            @for (a of selectedAccounts(); track a.id) {
              <button
                type="button"
                role="tab"
                class="tab"
                [attr.aria-selected]="tab() === a.id"
                (click)="openVariant(a.id)"
              >
                &#64;{{ a.handle }}
                @if (overrides()[a.id]) {
                  <span aria-hidden="true"> ✎</span>
                }
              </button>
            }
          </div>
          @if (tab() !== 'shared') {
            <p class="muted small">
              {{ 'composer.variantText' | transloco }}
              <button type="button" class="btn btn--ghost btn--sm" (click)="dropVariant(tab())">
                {{ 'composer.useShared' | transloco }}
              </button>
            </p>
          }
        }

        <section class="card" [attr.aria-label]="'composer.thread' | transloco">
          <h2>{{ 'composer.thread' | transloco }}</h2>
          <ol class="segments" cdkDropList (cdkDropListDropped)="reorder($event)">
            @for (seg of current(); track seg.key; let i = $index; let last = $last) {
              <li class="segment" cdkDrag [attr.data-testid]="'segment-' + i">
                <div class="segment__head">
                  <span class="drag" cdkDragHandle [attr.aria-hidden]="true" title="⇅">⋮⋮</span>
                  <label [for]="'seg-' + seg.key">{{
                    'composer.segmentLabel' | transloco: { n: i + 1, total: current().length }
                  }}</label>
                  <span
                    class="counter"
                    [class.counter--over]="counter(seg.text).over"
                    [attr.data-testid]="'counter-' + i"
                    aria-live="polite"
                  >
                    {{ counter(seg.text).length }} / {{ limit() }}
                  </span>
                </div>
                <textarea
                  [id]="'seg-' + seg.key"
                  rows="4"
                  [value]="seg.text"
                  (input)="setText(i, $any($event.target).value)"
                  [attr.aria-describedby]="'seg-find-' + seg.key"
                ></textarea>
                <ul class="findings" [id]="'seg-find-' + seg.key" aria-live="polite">
                  @for (f of segmentFindings(i); track $index) {
                    <li [class.block]="f.severity === 'block'" data-testid="finding">
                      <strong>{{
                        (f.severity === 'block' ? 'composer.blocking' : 'composer.warning') | transloco
                      }}</strong>
                      {{ f.handle }} {{ findingText(f) }}
                    </li>
                  }
                </ul>
                <div
                  class="dropzone"
                  (dragover)="$event.preventDefault()"
                  (drop)="dropFiles(i, $event)"
                  [class.dropzone--full]="seg.media.length >= maxMedia"
                >
                  @for (m of seg.media; track m.key; let j = $index) {
                    <div class="media">
                      @if (m.previewUrl) {
                        <img [src]="m.previewUrl" alt="" />
                      } @else {
                        <span class="media__ph">🖼</span>
                      }
                      <div class="media__fields">
                        <label [for]="'alt-' + m.key" class="small">{{
                          'composer.altText' | transloco: { name: m.name }
                        }}</label>
                        <input
                          type="text"
                          [id]="'alt-' + m.key"
                          [value]="m.altText"
                          maxlength="1000"
                          (change)="setAlt(i, j, $any($event.target).value)"
                        />
                        @if (m.uploading) {
                          <span class="small muted">{{ 'composer.uploading' | transloco }}</span>
                        }
                        @if (m.error) {
                          <span class="field-error small" role="alert">{{ m.error }}</span>
                        }
                      </div>
                      <button
                        type="button"
                        class="btn btn--ghost btn--sm"
                        (click)="removeMedia(i, j)"
                        [attr.aria-label]="'composer.removeMedia' | transloco: { name: m.name }"
                      >
                        ✕
                      </button>
                    </div>
                  }
                  @if (seg.media.length < maxMedia) {
                    <label class="btn btn--ghost btn--sm file">
                      📎 {{ 'composer.addMedia' | transloco: { n: i + 1 } }}
                      <input
                        type="file"
                        accept="image/png,image/jpeg,image/gif,image/webp,video/mp4"
                        multiple
                        class="visually-hidden"
                        (change)="pickFiles(i, $event)"
                        [attr.data-testid]="'media-input-' + i"
                      />
                    </label>
                    <span class="muted small">{{ 'composer.dropHint' | transloco }}</span>
                  }
                </div>
                @if (seg.poll; as poll) {
                  <fieldset class="poll">
                    <legend>{{ 'composer.poll' | transloco }}</legend>
                    @for (opt of poll.options; track $index; let k = $index) {
                      <input
                        type="text"
                        maxlength="25"
                        [value]="opt"
                        (input)="setPollOption(i, k, $any($event.target).value)"
                        [attr.aria-label]="'composer.pollOption' | transloco: { n: k + 1 }"
                      />
                    }
                    <div class="row">
                      @if (poll.options.length < 4) {
                        <button type="button" class="btn btn--ghost btn--sm" (click)="addPollOption(i)">
                          + {{ 'composer.pollAddOption' | transloco }}
                        </button>
                      }
                      <label [for]="'poll-d-' + seg.key" class="small">{{ 'composer.pollDuration' | transloco }}</label>
                      <select [id]="'poll-d-' + seg.key" (change)="setPollDuration(i, +$any($event.target).value)">
                        @for (d of pollDurations; track d) {
                          <option [value]="d" [selected]="d === poll.durationMinutes">{{ durationText(d) }}</option>
                        }
                      </select>
                      <button type="button" class="btn btn--ghost btn--sm" (click)="togglePoll(i)">
                        {{ 'composer.pollRemove' | transloco }}
                      </button>
                    </div>
                  </fieldset>
                }
                <div class="segment__actions">
                  @if (!seg.poll && !seg.media.length) {
                    <button type="button" class="btn btn--ghost btn--sm" (click)="togglePoll(i)">
                      📊 {{ 'composer.addPoll' | transloco }}
                    </button>
                  }
                  <button
                    type="button"
                    class="btn btn--ghost btn--sm"
                    (click)="move(i, -1)"
                    [disabled]="i === 0"
                    [attr.aria-label]="'composer.moveUp' | transloco: { n: i + 1 }"
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="btn btn--ghost btn--sm"
                    (click)="move(i, 1)"
                    [disabled]="last"
                    [attr.aria-label]="'composer.moveDown' | transloco: { n: i + 1 }"
                  >
                    ↓
                  </button>
                  @if (current().length > 1) {
                    <button
                      type="button"
                      class="btn btn--ghost btn--sm"
                      (click)="removeSegment(i)"
                      [attr.aria-label]="'composer.removeSegment' | transloco: { n: i + 1 }"
                    >
                      🗑 {{ 'composer.remove' | transloco }}
                    </button>
                  }
                </div>
              </li>
            }
          </ol>
          <button type="button" class="btn btn--secondary" (click)="addSegment()" [disabled]="current().length >= 25">
            + {{ 'composer.addSegment' | transloco }}
          </button>

          @if (generalFindings().length) {
            <ul class="findings findings--general" aria-live="polite">
              @for (f of generalFindings(); track $index) {
                <li [class.block]="f.severity === 'block'" data-testid="finding">
                  <strong>{{ (f.severity === 'block' ? 'composer.blocking' : 'composer.warning') | transloco }}</strong>
                  {{ f.handle }} {{ findingText(f) }}
                </li>
              }
            </ul>
          }
        </section>

        <section class="card" [attr.aria-label]="'composer.when' | transloco">
          <h2>{{ 'composer.when' | transloco }}</h2>
          @for (a of selectedAccounts(); track a.id) {
            <div class="schedule">
              <label [for]="'when-' + a.id">{{
                'composer.scheduleFor' | transloco: { handle: a.handle, tz: a.timezone }
              }}</label>
              <div class="row">
                <input
                  type="datetime-local"
                  [id]="'when-' + a.id"
                  [value]="schedules()[a.id] || ''"
                  (change)="setSchedule(a.id, $any($event.target).value)"
                  [attr.data-testid]="'schedule-' + a.handle"
                />
                <button type="button" class="btn btn--ghost btn--sm" (click)="fillNextSlot(a)">
                  {{ 'composer.nextSlot' | transloco }}
                </button>
              </div>
              @if (slotNote()[a.id]; as note) {
                <p class="small muted">{{ note | transloco }}</p>
              }
            </div>
          }
          <div class="row">
            <div class="field">
              <label for="tags">{{ 'composer.tags' | transloco }}</label>
              <input
                id="tags"
                type="text"
                [value]="tags()"
                (change)="tags.set($any($event.target).value)"
                [attr.placeholder]="'composer.tagsHint' | transloco"
              />
            </div>
            <div class="field">
              <label for="kind">{{ 'composer.kind' | transloco }}</label>
              <select id="kind" (change)="kind.set($any($event.target).value)">
                @for (k of kinds; track k) {
                  <option [value]="k" [selected]="k === kind()">{{ 'composer.kinds.' + k | transloco }}</option>
                }
              </select>
            </div>
          </div>
        </section>

        <div class="actions">
          <button
            type="button"
            class="btn btn--secondary"
            (click)="save(false)"
            [disabled]="saving() || !canSave()"
            data-testid="save-draft"
          >
            {{ 'composer.saveDraft' | transloco }}
          </button>
          <button
            type="button"
            class="btn btn--primary"
            (click)="save(true)"
            [disabled]="saving() || !canSave()"
            data-testid="submit"
          >
            {{ 'composer.submit' | transloco }}
          </button>
          @if (blocking()) {
            <span class="field-error">{{ 'composer.blockingNote' | transloco }}</span>
          }
        </div>
      </div>

      <aside class="previews" [attr.aria-label]="'composer.preview' | transloco">
        <h2>{{ 'composer.preview' | transloco }}</h2>
        @for (a of selectedAccounts(); track a.id) {
          <article class="tweet-card" [attr.data-testid]="'preview-' + a.handle">
            @for (seg of segmentsFor(a.id); track seg.key; let last = $last) {
              <div class="tweet" [class.tweet--thread]="!last">
                <span class="avatar" [style.background]="colors().get(a.id)" aria-hidden="true">{{
                  a.name.slice(0, 1)
                }}</span>
                <div class="tweet__body">
                  <p class="tweet__who">
                    <strong>{{ a.name }}</strong> <span class="muted">&#64;{{ a.handle }}</span>
                  </p>
                  <p class="tweet__text">{{ seg.text || ('composer.emptyPreview' | transloco) }}</p>
                  @if (seg.media.length) {
                    <div class="tweet__media">
                      @for (m of seg.media; track m.key) {
                        @if (m.previewUrl) {
                          <img [src]="m.previewUrl" [alt]="m.altText" />
                        } @else {
                          <span class="media__ph">🖼</span>
                        }
                      }
                    </div>
                  }
                  @if (seg.poll) {
                    <ul class="tweet__poll">
                      @for (o of seg.poll.options; track $index) {
                        <li>{{ o || '…' }}</li>
                      }
                    </ul>
                  }
                </div>
              </div>
            }
          </article>
        } @empty {
          <p class="muted">{{ 'composer.pickAccount' | transloco }}</p>
        }
      </aside>
    </div>
  `,
  styles: `
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 22rem;
      gap: 1.5rem;
      align-items: start;
    }
    @media (max-width: 1000px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    .accounts {
      border: 1px solid var(--border);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      border: 2px solid var(--c);
      border-radius: 999px;
      padding: 0.3rem 0.8rem;
      cursor: pointer;
    }
    .chip--on {
      background: color-mix(in srgb, var(--c) 14%, white);
    }
    .tabs {
      display: flex;
      gap: 0.25rem;
      flex-wrap: wrap;
      margin-bottom: 0.5rem;
    }
    .tab {
      font: inherit;
      border: 1px solid var(--border);
      background: var(--surface);
      border-radius: var(--radius);
      padding: 0.35rem 0.8rem;
      cursor: pointer;
    }
    .tab[aria-selected='true'] {
      background: var(--accent-soft);
      border-color: var(--accent);
      font-weight: 600;
    }
    .segments {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    .segment {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: 0.75rem;
      background: var(--surface);
    }
    .segment__head {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin-bottom: 0.35rem;
    }
    .drag {
      cursor: grab;
      color: var(--muted-fg);
    }
    .counter {
      margin-left: auto;
      font-variant-numeric: tabular-nums;
      font-size: 0.85rem;
      color: var(--muted-fg);
    }
    .counter--over {
      color: var(--danger);
      font-weight: 700;
    }
    .findings {
      list-style: none;
      padding: 0;
      margin: 0.35rem 0;
      font-size: 0.88rem;
    }
    .findings li {
      background: var(--warning-bg);
      color: var(--warning-fg);
      padding: 0.3rem 0.6rem;
      border-radius: 6px;
      margin-top: 0.25rem;
    }
    .findings li.block {
      background: var(--danger-bg);
      color: var(--danger-fg);
    }
    .dropzone {
      border: 2px dashed var(--border);
      border-radius: var(--radius);
      padding: 0.5rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-top: 0.5rem;
    }
    .media {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      width: 100%;
    }
    .media img,
    .media__ph {
      width: 56px;
      height: 56px;
      object-fit: cover;
      border-radius: 6px;
      display: inline-grid;
      place-items: center;
      background: var(--muted-bg);
    }
    .media__fields {
      flex: 1;
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
    }
    .file {
      cursor: pointer;
    }
    .poll {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      margin-top: 0.5rem;
      display: flex;
      flex-direction: column;
      gap: 0.4rem;
    }
    .row {
      display: flex;
      gap: 0.5rem 1rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .segment__actions {
      display: flex;
      gap: 0.35rem;
      justify-content: flex-end;
      margin-top: 0.5rem;
      flex-wrap: wrap;
    }
    .schedule {
      margin-bottom: 1rem;
    }
    .schedule input {
      width: auto;
    }
    .actions {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .previews {
      position: sticky;
      top: 5rem;
    }
    .tweet-card {
      background: var(--surface);
      border: 1px solid var(--border);
      border-radius: 14px;
      padding: 0.75rem;
      margin-bottom: 1rem;
    }
    .tweet {
      display: flex;
      gap: 0.6rem;
      position: relative;
      padding-bottom: 0.75rem;
    }
    .tweet--thread::before {
      content: '';
      position: absolute;
      left: 19px;
      top: 44px;
      bottom: 0;
      width: 2px;
      background: var(--border);
    }
    .avatar {
      width: 40px;
      height: 40px;
      border-radius: 50%;
      color: #fff;
      display: grid;
      place-items: center;
      font-weight: 700;
      flex: none;
    }
    .tweet__body {
      min-width: 0;
      flex: 1;
    }
    .tweet__who {
      margin: 0;
      font-size: 0.9rem;
    }
    .tweet__text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 0.15rem 0 0.4rem;
    }
    .tweet__media {
      display: grid;
      grid-template-columns: repeat(2, 1fr);
      gap: 4px;
    }
    .tweet__media img {
      width: 100%;
      border-radius: 10px;
      aspect-ratio: 16/9;
      object-fit: cover;
    }
    .tweet__poll {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .tweet__poll li {
      border: 1px solid var(--accent);
      color: var(--accent);
      border-radius: 999px;
      padding: 0.2rem 0.7rem;
      margin-top: 0.3rem;
      font-weight: 600;
    }
  `,
})
export class ComposerPage {
  private readonly postsApi = inject(PostsApi);
  private readonly mediaApi = inject(MediaApi);
  private readonly accountsApi = inject(AccountsApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  readonly workspaceId = input.required<string>();
  readonly postId = input<string | undefined>();
  /** `?account=<id>` preselects an account. */
  readonly account = input<string | undefined>();

  protected readonly maxMedia = MAX_MEDIA;
  protected readonly pollDurations = POLL_DURATIONS;
  protected readonly kinds: PostKindValue[] = ['standard', 'job_offer', 'live'];
  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly loaded = signal(false);
  protected readonly selected = signal<string[]>([]);
  protected readonly shared = signal<SegmentDraft[]>([emptySegment()]);
  protected readonly overrides = signal<Record<string, SegmentDraft[]>>({});
  protected readonly tab = signal<string>('shared');
  protected readonly schedules = signal<Record<string, string>>({});
  protected readonly slotNote = signal<Record<string, string>>({});
  protected readonly tags = signal('');
  protected readonly kind = signal<PostKindValue>('standard');
  protected readonly checks = signal<Record<string, CheckPostResponse>>({});
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly results = signal<{ handle: string; ok: boolean; message: string }[]>([]);
  private readonly editing = signal<PostDto | null>(null);

  protected readonly colors = computed(() => accountColors(this.accounts()));
  protected readonly selectedAccounts = computed(() => this.accounts().filter((a) => this.selected().includes(a.id)));
  protected readonly current = computed(() =>
    this.tab() === 'shared' ? this.shared() : (this.overrides()[this.tab()] ?? this.shared()),
  );
  protected readonly limit = computed(() => {
    const tab = this.tab();
    const list = tab === 'shared' ? this.selectedAccounts() : this.selectedAccounts().filter((a) => a.id === tab);
    return list.length && list.every((a) => a.longPosts) ? LONG_LIMIT : SHORT_LIMIT;
  });
  /** Accounts whose content is the one on screen. */
  private readonly accountsOnScreen = computed(() => {
    const tab = this.tab();
    return tab === 'shared'
      ? this.selectedAccounts().filter((a) => !this.overrides()[a.id])
      : this.selectedAccounts().filter((a) => a.id === tab);
  });
  private readonly shownFindings = computed(() => {
    const checks = this.checks();
    const seen = new Set<string>();
    const out: (FindingDto & { handle: string })[] = [];
    const many = this.selectedAccounts().length > 1;
    for (const a of this.accountsOnScreen()) {
      for (const f of checks[a.id]?.findings ?? []) {
        const key = `${f.rule}|${f.severity}|${f.span?.segment}|${f.span?.start}|${f.message.en}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...f, handle: many ? `@${a.handle}:` : '' });
      }
    }
    return out;
  });
  protected readonly generalFindings = computed(() => this.shownFindings().filter((f) => !f.span));
  protected readonly blocking = computed(() => this.selected().some((id) => this.checks()[id]?.blocking));
  protected readonly canSave = computed(
    () =>
      this.selected().length > 0 &&
      this.selectedAccounts().every((a) => this.segmentsFor(a.id).every((s) => s.text.trim() || s.media.length)),
  );

  constructor() {
    const destroyRef = inject(DestroyRef);
    destroyRef.onDestroy(() => clearTimeout(this.checkTimer));
    effect(() => {
      const ws = this.workspaceId();
      const postId = this.postId();
      untracked(() => void this.load(ws, postId));
    });
    // Live length and charter findings as you type (debounced).
    effect(() => {
      const ids = this.selected();
      const payload = ids.map((id) => ({ id, segments: this.segmentsFor(id).map((s) => this.toInput(s)) }));
      const kind = this.kind();
      const tags = this.parsedTags();
      untracked(() => this.scheduleCheck(payload, kind, tags));
    });
  }

  segmentsFor(accountId: string): SegmentDraft[] {
    return this.overrides()[accountId] ?? this.shared();
  }

  protected counter(text: string): { length: number; over: boolean } {
    const parsed = parseTweetText(text, { maxWeightedLength: this.limit() });
    return { length: parsed.weightedLength, over: parsed.weightedLength > this.limit() };
  }

  protected segmentFindings(index: number): (FindingDto & { handle: string })[] {
    return this.shownFindings().filter((f) => f.span?.segment === index);
  }

  protected findingText(f: FindingDto): string {
    return this.language.current() === 'fr' ? f.message.fr : f.message.en;
  }

  protected durationText(minutes: number): string {
    const lang = this.language.current();
    return minutes < 1440
      ? this.transloco.translate('composer.hours', { n: minutes / 60 }, lang)
      : this.transloco.translate('composer.days', { n: minutes / 1440 }, lang);
  }

  protected toggleAccount(id: string): void {
    this.selected.update((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
    if (!this.selected().includes(this.tab())) this.tab.set('shared');
  }

  protected openVariant(accountId: string): void {
    if (!this.overrides()[accountId])
      this.overrides.update((o) => ({ ...o, [accountId]: cloneSegments(this.shared()) }));
    this.tab.set(accountId);
  }

  protected dropVariant(accountId: string): void {
    this.overrides.update((o) => {
      const { [accountId]: _dropped, ...rest } = o;
      return rest;
    });
    this.tab.set('shared');
  }

  private mutate(fn: (list: SegmentDraft[]) => SegmentDraft[]): void {
    const tab = this.tab();
    if (tab === 'shared' || !this.overrides()[tab]) this.shared.update((list) => fn([...list]));
    else this.overrides.update((o) => ({ ...o, [tab]: fn([...(o[tab] ?? [])]) }));
  }

  private mutateSegment(i: number, fn: (s: SegmentDraft) => SegmentDraft): void {
    this.mutate((list) => list.map((s, k) => (k === i ? fn(s) : s)));
  }

  protected setText(i: number, text: string): void {
    this.mutateSegment(i, (s) => ({ ...s, text }));
  }

  protected addSegment(): void {
    this.mutate((list) => [...list, emptySegment()]);
    const key = this.current().at(-1)?.key;
    setTimeout(() => (document.getElementById(`seg-${key}`) as HTMLTextAreaElement | null)?.focus());
  }

  protected removeSegment(i: number): void {
    this.mutate((list) => list.filter((_, k) => k !== i));
  }

  protected move(i: number, delta: number): void {
    this.mutate((list) => {
      moveItemInArray(list, i, i + delta);
      return list;
    });
  }

  protected reorder(event: CdkDragDrop<unknown>): void {
    this.mutate((list) => {
      moveItemInArray(list, event.previousIndex, event.currentIndex);
      return list;
    });
  }

  protected togglePoll(i: number): void {
    this.mutateSegment(i, (s) => ({ ...s, poll: s.poll ? null : { options: ['', ''], durationMinutes: 1440 } }));
  }

  protected addPollOption(i: number): void {
    this.mutateSegment(i, (s) => (s.poll ? { ...s, poll: { ...s.poll, options: [...s.poll.options, ''] } } : s));
  }

  protected setPollOption(i: number, k: number, value: string): void {
    this.mutateSegment(i, (s) =>
      s.poll ? { ...s, poll: { ...s.poll, options: s.poll.options.map((o, x) => (x === k ? value : o)) } } : s,
    );
  }

  protected setPollDuration(i: number, minutes: number): void {
    this.mutateSegment(i, (s) => (s.poll ? { ...s, poll: { ...s.poll, durationMinutes: minutes } } : s));
  }

  protected pickFiles(i: number, event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = '';
    this.addFiles(i, files);
  }

  protected dropFiles(i: number, event: DragEvent): void {
    event.preventDefault();
    this.addFiles(i, Array.from(event.dataTransfer?.files ?? []));
  }

  private addFiles(i: number, files: File[]): void {
    const room = MAX_MEDIA - (this.current()[i]?.media.length ?? 0);
    for (const file of files.slice(0, Math.max(0, room))) {
      const item: MediaItem = {
        key: nextKey(),
        id: null,
        name: file.name,
        previewUrl: null,
        altText: '',
        uploading: true,
        error: null,
      };
      this.mutateSegment(i, (s) => ({ ...s, media: [...s.media, item] }));
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
        error: localizedErrorMessage(error, this.language.current()) || error.code,
      }));
    }
  }

  protected async setAlt(i: number, j: number, altText: string): Promise<void> {
    const media = this.current()[i]?.media[j];
    if (!media) return;
    this.updateMedia(media.key, (m) => ({ ...m, altText }));
    if (!media.id) return;
    try {
      await firstValueFrom(this.mediaApi.updateAltText(this.workspaceId(), media.id, altText.trim() || null));
    } catch (e) {
      this.error.set(toApiError(e));
    }
  }

  protected removeMedia(i: number, j: number): void {
    this.mutateSegment(i, (s) => ({ ...s, media: s.media.filter((_, k) => k !== j) }));
  }

  protected setSchedule(accountId: string, value: string): void {
    this.schedules.update((s) => ({ ...s, [accountId]: value }));
  }

  protected async fillNextSlot(account: AccountDto): Promise<void> {
    const now = new Date();
    try {
      const answer = await firstValueFrom(
        this.postsApi.list(this.workspaceId(), {
          accountId: account.id,
          from: now.toISOString(),
          to: new Date(now.getTime() + 22 * 86_400_000).toISOString(),
        }),
      );
      const taken = answer.items
        .filter((p) => p.status !== 'cancelled' && p.id !== this.editing()?.id)
        .map((p) => p.scheduledAt)
        .filter((x): x is string => !!x);
      const slot = nextFreeSlot(account, taken, now);
      if (!slot) {
        this.slotNote.update((n) => ({
          ...n,
          [account.id]: account.postingSlots.length ? 'composer.noFreeSlot' : 'composer.noSlots',
        }));
        return;
      }
      this.slotNote.update((n) => ({ ...n, [account.id]: 'composer.slotFound' }));
      this.setSchedule(account.id, dateToZonedLocal(slot, account.timezone));
    } catch (e) {
      this.error.set(toApiError(e));
    }
  }

  protected parsedTags(): string[] {
    return this.tags()
      .split(/[,\s]+/)
      .map((t) => t.replace(/^#/, '').trim())
      .filter(Boolean);
  }

  private toInput(s: SegmentDraft): SegmentInput {
    const mediaIds = s.media.map((m) => m.id).filter((id): id is string => !!id);
    const out: SegmentInput = { text: s.text };
    if (mediaIds.length) out.mediaIds = mediaIds;
    if (s.poll)
      out.poll = {
        options: s.poll.options.map((o) => o.trim()).filter(Boolean),
        durationMinutes: s.poll.durationMinutes,
      };
    return out;
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
                this.postsApi.check(ws, {
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
      this.checks.set(Object.fromEntries(entries.filter((e): e is readonly [string, CheckPostResponse] => !!e)));
    }, 350);
  }

  private async load(ws: string, postId: string | undefined): Promise<void> {
    this.error.set(null);
    try {
      const accounts = (await firstValueFrom(this.accountsApi.list(ws))).items;
      this.accounts.set(accounts);
      if (postId) {
        const post = await firstValueFrom(this.postsApi.get(ws, postId));
        this.editing.set(post);
        const account = accounts.find((a) => a.id === post.accountId);
        this.selected.set([post.accountId]);
        this.shared.set(
          post.segments.map((s) => ({
            key: nextKey(),
            text: s.text,
            media: s.media.map((m) => ({
              key: nextKey(),
              id: m.id,
              name: m.id.slice(0, 8),
              previewUrl: null,
              altText: m.altText ?? '',
              uploading: false,
              error: null,
            })),
            poll: s.poll ? { options: [...s.poll.options], durationMinutes: s.poll.durationMinutes } : null,
          })),
        );
        this.tags.set(post.tags.join(', '));
        this.kind.set(post.kind);
        if (post.scheduledAt && account)
          this.schedules.set({ [account.id]: dateToZonedLocal(new Date(post.scheduledAt), account.timezone) });
      } else {
        const wanted = this.account();
        const usable = accounts.filter((a) => a.status !== 'disconnected');
        const first =
          (wanted && accounts.find((a) => a.id === wanted)) || (usable.length === 1 ? usable[0] : undefined);
        if (first && !this.selected().length) this.selected.set([first.id]);
      }
      this.loaded.set(true);
    } catch (e) {
      this.error.set(toApiError(e));
    }
  }

  protected async save(submit: boolean): Promise<void> {
    if (this.saving() || !this.canSave()) return;
    this.saving.set(true);
    this.error.set(null);
    this.results.set([]);
    const ws = this.workspaceId();
    const lang = this.language.current();
    const tags = this.parsedTags();
    const saved: PostDto[] = [];
    const results: { handle: string; ok: boolean; message: string }[] = [];
    for (const account of this.selectedAccounts()) {
      const local = this.schedules()[account.id];
      const at = local ? zonedLocalToDate(local, account.timezone) : null;
      const segments = this.segmentsFor(account.id).map((s) => this.toInput(s));
      try {
        const editing = this.editing();
        let post = editing
          ? await firstValueFrom(
              this.postsApi.update(ws, editing.id, {
                segments,
                scheduledAt: at ? at.toISOString() : null,
                tags,
                kind: this.kind(),
                version: editing.version,
              }),
            )
          : await firstValueFrom(
              this.postsApi.create(ws, {
                accountId: account.id,
                segments,
                scheduledAt: at ? at.toISOString() : null,
                tags,
                kind: this.kind(),
              }),
            );
        if (editing) this.editing.set(post);
        if (submit && (post.status === 'draft' || post.status === 'changes_requested'))
          post = await firstValueFrom(this.postsApi.submit(ws, post.id));
        saved.push(post);
        results.push({
          handle: account.handle,
          ok: true,
          message: this.transloco.translate(
            'composer.savedAs',
            { status: this.transloco.translate(`status.${post.status}`, {}, lang) },
            lang,
          ),
        });
      } catch (e) {
        const error = toApiError(e);
        results.push({
          handle: account.handle,
          ok: false,
          message: localizedErrorMessage(error, lang) || this.transloco.translate('errors.generic', {}, lang),
        });
      }
    }
    this.results.set(results);
    this.saving.set(false);
    if (saved.length && results.every((r) => r.ok)) {
      const first = saved[0]!;
      if (saved.length === 1) {
        await this.router.navigate(['/w', ws, 'posts', first.id], { queryParams: { saved: 1 } });
      } else {
        const account = this.accounts().find((a) => a.id === first.accountId);
        const date = first.scheduledAt ? zonedDay(new Date(first.scheduledAt), account?.timezone ?? 'UTC') : undefined;
        await this.router.navigate(['/w', ws], { queryParams: date ? { date } : {} });
      }
    }
  }
}
