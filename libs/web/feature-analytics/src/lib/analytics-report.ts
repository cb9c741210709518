import { computed, Directive, inject, input, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { LanguageService, WorkspaceScoped, figureFormat } from '@xp/web/common';
import { AnalyticsApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, onChange } from '@xp/web/ui';
import { type AnalyticsFilter } from './analytics-helpers';

/**
 * A table of the analytics page: its rows for the page's filter (range and account), asked again when the filter or
 * the workspace changes (an answer to an older filter is dropped), its figures and its CSV file in the UI language.
 */
@Directive()
export abstract class AnalyticsReport<T> extends WorkspaceScoped {
  readonly filter = input.required<AnalyticsFilter | null>();

  protected readonly api = inject(AnalyticsApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly action = new ActionRunner(toApiError);
  protected readonly items = signal<T[]>([]);
  /** The rows of the current filter are being read. */
  protected readonly loading = signal(false);
  protected readonly fmt = computed(() => figureFormat(this.lang()));

  constructor() {
    super();
    onChange(
      () => [this.workspaceId(), this.filter(), this.option()] as const,
      () => void this.load(),
    );
  }

  /** The report's own choice that asks its rows again when it changes (a grouping, a sort), read by `fetch`. */
  protected option(): unknown {
    return null;
  }

  /** The rows of `filter` (and of `option()`). */
  protected abstract fetch(workspaceId: string, filter: AnalyticsFilter): Promise<T[]>;

  /** A read is never skipped (a filter changed during the last one asks again); only the latest one's rows show. */
  private async load(): Promise<void> {
    const filter = this.filter();
    const option = this.option();
    if (!filter) return;
    const current = () => filter === this.filter() && option === this.option();
    this.loading.set(true);
    await this.action.read(async () => {
      const items = await this.fetch(this.workspaceId(), filter);
      if (current()) this.items.set(items);
    });
    if (current()) this.loading.set(false);
  }

  /** `key` in the UI language. */
  protected t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params, this.lang());
  }
}
