import { computed, Directive, inject, input, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { LanguageService, WorkspaceScoped } from '@xp/web/common';
import { AnalyticsApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, onChange } from '@xp/web/ui';
import { analyticsFormat, downloadCsv, toCsv, type AnalyticsFilter } from './analytics-helpers';

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
  protected readonly fmt = computed(() => analyticsFormat(this.lang()));

  constructor() {
    super();
    onChange(
      () => [this.workspaceId(), this.filter()] as const,
      () => void this.load(),
    );
  }

  /** The rows of `filter`. */
  protected abstract fetch(workspaceId: string, filter: AnalyticsFilter): Promise<T[]>;

  private async load(): Promise<void> {
    const filter = this.filter();
    if (!filter) return;
    await this.action.run(async () => {
      const items = await this.fetch(this.workspaceId(), filter);
      if (filter === this.filter()) this.items.set(items);
    });
  }

  /** `key` in the UI language. */
  protected t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params, this.lang());
  }

  /** Writes `rows` under `header` to the CSV file `filename`. */
  protected async download(filename: string, header: string[], rows: Parameters<typeof toCsv>[1]): Promise<void> {
    downloadCsv(filename, await toCsv(header, rows));
  }
}
