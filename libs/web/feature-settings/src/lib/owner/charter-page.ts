import { WorkspacePage } from '@xp/web/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BrandDto } from '@xp/shared';
import { BrandsApi, CharterApi } from '@xp/web/data-access';
import { FORM_PIECES, PAGE_PIECES } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert } from '@xp/web/common';
import { CharterNumberField, type FieldProblem } from './charter-number-field';
import { SeveritySelect } from './severity-select';
import {
  CATEGORIES,
  draftErrors,
  GREETINGS,
  fieldOfDetail,
  fromDraft,
  POST_KINDS,
  REQUIRED_ELEMENTS,
  toDraft,
  type CharterDraft,
  type DraftErrors,
  type Element,
  type Kind,
  type Level,
  type QuietPeriodDraft,
  type Severity,
} from './charter-form';

/**
 * `/w/:ws/charter`: a brand's editorial charter — categories (block, warn or off), competitors, greetings, quiet
 * periods, banned and confidential terms, allowed phrases, required elements per kind of
 * post, hashtag and mention limits, self-promotion — edited by owners, admins and managers, read by the others.
 * Problems are shown next to their field: the screen's own checks first, then the API's per-section details.
 */
@Component({
  selector: 'xp-charter-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './charter-page.html',
  styleUrl: './owner-tools.css',
  imports: [TranslocoPipe, ApiErrorAlert, SeveritySelect, CharterNumberField, FORM_PIECES, PAGE_PIECES],
})
export class CharterPage extends WorkspacePage {
  private readonly api = inject(CharterApi);
  private readonly brandsApi = inject(BrandsApi);

  protected readonly kinds = POST_KINDS;
  protected readonly categories = CATEGORIES;
  protected readonly greetingChoices = GREETINGS;
  protected readonly elements = REQUIRED_ELEMENTS;
  protected readonly brands = signal<BrandDto[]>([]);
  protected readonly brandId = signal('');
  protected readonly draft = signal<CharterDraft | null>(null);
  protected readonly version = signal<number | null>(null);
  protected readonly saved = signal(false);
  protected readonly submitted = signal(false);
  protected readonly serverErrors = signal<DraftErrors>({});
  protected readonly canWrite = computed(() => this.ctx.session.can(this.workspaceId(), 'charter.write'));
  protected readonly localErrors = computed(() => {
    const d = this.draft();
    return d && this.submitted() ? draftErrors(d) : {};
  });

  protected readonly hasLocalErrors = computed(() => Object.keys(this.localErrors()).length > 0);

  /** The problem of a field: the screen's check (a translation key) or the API's words. */
  protected errorOf(field: keyof CharterDraft): FieldProblem {
    const local = this.localErrors()[field];
    if (local) return { key: local };
    const server = this.serverErrors()[field];
    return server ? { text: server } : null;
  }

  protected patch(change: Partial<CharterDraft>): void {
    this.saved.set(false);
    this.draft.update((d) => (d ? { ...d, ...change } : d));
  }

  /** A rule's severity from the select (which offers "off" only for categories). */
  protected severity(level: Level): Severity {
    return level === 'block' ? 'block' : 'warn';
  }

  protected setLevel(category: (typeof CATEGORIES)[number], level: Level): void {
    const d = this.draft();
    if (d) this.patch({ levels: { ...d.levels, [category]: level } });
  }

  protected setGreetings(value: string): void {
    this.patch({ greetings: value === 'warn' || value === 'block' ? value : 'allow' });
  }

  protected addQuietPeriod(): void {
    const d = this.draft();
    if (d) this.patch({ quietPeriods: [...d.quietPeriods, { start: '', end: '', label: '' }] });
  }

  protected setQuietPeriod(index: number, change: Partial<QuietPeriodDraft>): void {
    const d = this.draft();
    if (d) this.patch({ quietPeriods: d.quietPeriods.map((p, i) => (i === index ? { ...p, ...change } : p)) });
  }

  protected removeQuietPeriod(index: number): void {
    const d = this.draft();
    if (d) this.patch({ quietPeriods: d.quietPeriods.filter((_, i) => i !== index) });
  }

  protected setRequired(kind: Kind, element: Element, on: boolean): void {
    const d = this.draft();
    if (!d) return;
    const current = d.required[kind];
    const elements = on ? [...new Set([...current.elements, element])] : current.elements.filter((e) => e !== element);
    this.patch({ required: { ...d.required, [kind]: { ...current, elements } } });
  }

  protected setRequiredSeverity(kind: Kind, severity: string): void {
    const d = this.draft();
    if (!d) return;
    const current = d.required[kind];
    this.patch({
      required: { ...d.required, [kind]: { ...current, severity: severity === 'block' ? 'block' : 'warn' } },
    });
  }

  protected async chooseBrand(id: string): Promise<void> {
    this.brandId.set(id);
    await this.loadCharter();
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    this.submitted.set(true);
    this.saved.set(false);
    this.serverErrors.set({});
    const d = this.draft();
    if (!d || Object.keys(draftErrors(d)).length) return;
    await this.action.run(
      async () => {
        const res = await firstValueFrom(
          this.api.put(this.workspaceId(), this.brandId(), { charter: fromDraft(d), version: this.version() }),
        );
        this.draft.set(toDraft(res.charter));
        this.version.set(res.version);
        this.submitted.set(false);
        this.saved.set(true);
      },
      (error) => {
        const byField: DraftErrors = {};
        for (const detail of error.details ?? []) {
          const field = fieldOfDetail(detail.field);
          if (field) byField[field] = detail.message;
        }
        // A refusal of the whole charter (it does not compile) points at no field: it shows above the form.
        this.serverErrors.set(byField);
      },
    );
  }

  /** The workspace's brands, then the first one's charter. */
  protected async load(ws: string): Promise<void> {
    this.draft.set(null);
    await this.action.read(async () => {
      const brands = await this.brandsApi.listAll(ws);
      this.brands.set(brands);
      this.brandId.set(brands[0]?.id ?? '');
      if (brands.length) await this.loadCharter();
    });
    this.loaded.set(true);
  }

  private async loadCharter(): Promise<void> {
    this.saved.set(false);
    this.submitted.set(false);
    this.serverErrors.set({});
    await this.action.run(async () => {
      const res = await firstValueFrom(this.api.get(this.workspaceId(), this.brandId()));
      this.draft.set(toDraft(res.charter));
      this.version.set(res.version);
    });
  }
}
