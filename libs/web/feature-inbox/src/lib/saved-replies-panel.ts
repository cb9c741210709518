import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { SAVED_REPLY_LANGUAGES, type BrandDto } from '@xp/shared';
import { ApiErrorAlert } from '@xp/web/common';
import { BrandsApi, toApiError, type SavedReplyDto } from '@xp/web/data-access';
import { ActionRunner, onChange, PAGE_PIECES } from '@xp/web/ui';
import { SavedRepliesStore } from './saved-replies-store';

type Language = (typeof SAVED_REPLY_LANGUAGES)[number];

/** What the form holds: a new saved reply (`id` null) or the one being edited. */
interface Draft {
  id: string | null;
  version: number;
  brandId: string;
  language: Language;
  title: string;
  text: string;
}

/**
 * The brands' saved replies, managed under the inbox: listed by brand (all brands, or one), created, edited and
 * deleted, in French or English. The page's store holds them (its reply box offers them too).
 */
@Component({
  selector: 'xp-saved-replies-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './saved-replies-panel.html',
  styleUrl: './saved-replies-panel.css',
  imports: [FormsModule, TranslocoPipe, ApiErrorAlert, PAGE_PIECES],
})
export class SavedRepliesPanel {
  readonly canWrite = input(false);
  /** The workspace whose brands the form offers. */
  readonly workspace = input('');

  private readonly store = inject(SavedRepliesStore);
  private readonly brandsApi = inject(BrandsApi);
  protected readonly replies = this.store.replies;
  protected readonly languages = SAVED_REPLY_LANGUAGES;
  protected readonly brands = signal<BrandDto[]>([]);
  protected readonly brandFilter = signal('');
  protected readonly draft = signal<Draft | null>(null);
  protected readonly done = signal<'created' | 'updated' | 'deleted' | null>(null);
  protected readonly asking = signal<string | null>(null);
  protected readonly action = new ActionRunner(toApiError);

  protected readonly shown = computed(() => {
    const brand = this.brandFilter();
    return this.replies().filter((r) => !brand || r.brandId === brand);
  });
  protected readonly brandName = (id: string) => this.brands().find((b) => b.id === id)?.name ?? '';

  constructor() {
    onChange(this.workspace, (ws) => {
      if (ws)
        void this.brandsApi.listAll(ws).then(
          (b) => this.brands.set(b),
          () => this.brands.set([]),
        );
    });
  }

  protected startNew(): void {
    const brandId = this.brandFilter() || this.brands()[0]?.id || '';
    this.draft.set({ id: null, version: 0, brandId, language: 'fr', title: '', text: '' });
    this.done.set(null);
  }

  protected startEdit(r: SavedReplyDto): void {
    this.draft.set({
      id: r.id,
      version: r.version,
      brandId: r.brandId,
      language: r.language,
      title: r.title,
      text: r.text,
    });
    this.done.set(null);
  }

  protected edit<K extends keyof Draft>(key: K, value: Draft[K]): void {
    const d = this.draft();
    if (d) this.draft.set({ ...d, [key]: value });
  }

  protected readonly complete = computed(() => {
    const d = this.draft();
    return !!d && !!d.brandId && !!d.title.trim() && !!d.text.trim();
  });

  protected async save(): Promise<void> {
    const d = this.draft();
    if (!d || !this.complete()) return;
    const body = { language: d.language, title: d.title.trim(), text: d.text.trim() };
    const ok = await this.action.run(() =>
      d.id
        ? this.store.update(d.id, { ...body, version: d.version })
        : this.store.create({ ...body, brandId: d.brandId }),
    );
    if (ok) this.finish(d.id ? 'updated' : 'created');
  }

  protected async remove(r: SavedReplyDto): Promise<void> {
    if (await this.action.run(() => this.store.remove(r.id))) this.finish('deleted');
  }

  private finish(what: 'created' | 'updated' | 'deleted'): void {
    this.draft.set(null);
    this.asking.set(null);
    this.done.set(what);
  }
}
