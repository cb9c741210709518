import { WorkspacePageContext, WorkspaceScoped } from '@xp/web/common';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject } from '@angular/core';
import { computed, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DryRunImportRequest, ImportJobDto, ImportModeValue, ImportRowDto, ImportTargetValue } from '@xp/shared';
import { ApiError, ImportsApi, toApiError } from '@xp/web/data-access';
import { FORM_PIECES, MessagePipe, PAGE_PIECES, type TableColumn } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert, LanguageService } from '@xp/web/common';

/** The API's JSON body limit is 1 MB; a 1,000-row CSV is far below it. */
const MAX_FILE_BYTES = 1_000_000;
/** An .xlsx travels base64-encoded (4/3 of its size) in a JSON body of at most 1 MB. */
const MAX_XLSX_BYTES = 700_000;

const isXlsx = (file: File): boolean =>
  /\.xlsx$/i.test(file.name) || file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Base64 of a file's bytes (for the JSON body), in chunks to keep the argument list of fromCharCode short. */
async function readBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
const POLL_MS = 400;

/** Reads a CSV as UTF-8, or as Windows-1252 when it is not valid UTF-8 (Excel's French default). */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * `/w/:ws/import`: bulk import of posts from a CSV. A dry run first reports every row (account, local time in the
 * account's timezone, weighted length, charter findings, errors) and writes nothing; then the valid rows are
 * created as drafts or submitted, all-or-nothing or row by row, with progress while it runs.
 */
@Component({
  selector: 'xp-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-page.html',
  styleUrl: './import-page.css',
  imports: [RouterLink, TranslocoPipe, ApiErrorAlert, FORM_PIECES, PAGE_PIECES, MessagePipe],
})
export class ImportPage extends WorkspaceScoped {
  private readonly api = inject(ImportsApi);
  private readonly ctx = inject(WorkspacePageContext);
  protected readonly lang = inject(LanguageService).current;
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  protected readonly targets = [
    { value: 'draft', label: 'import.asDraft' },
    { value: 'in_review', label: 'import.asReview' },
  ] as const;
  protected readonly modes = [
    { value: 'row_by_row', label: 'import.rowByRow' },
    { value: 'all_or_nothing', label: 'import.allOrNothing' },
  ] as const;
  protected readonly columns: TableColumn[] = [
    'import.col.row',
    'import.col.account',
    'import.col.local',
    'import.col.text',
    { key: 'import.col.length', class: 'num' },
    'import.col.findings',
    'import.col.result',
  ];
  protected readonly job = signal<ImportJobDto | null>(null);
  protected readonly fileName = signal('');
  protected readonly checking = signal(false);
  protected readonly starting = signal(false);
  protected readonly dragging = signal(false);
  protected readonly onlyBad = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly localError = signal<string | null>(null);
  protected readonly target = signal<ImportTargetValue>('draft');
  protected readonly mode = signal<ImportModeValue>('row_by_row');

  protected readonly canWrite = computed(() => this.ctx.session.can(this.workspaceId(), 'posts.write'));
  protected readonly running = computed(() => this.job()?.status === 'running');
  protected readonly badRows = computed(() => (this.job()?.rows ?? []).filter((r) => r.errors.length > 0));
  protected readonly warnedRows = computed(
    () => (this.job()?.rows ?? []).filter((r) => !r.errors.length && r.findings.length).length,
  );
  protected readonly shownRows = computed(() => {
    const rows = this.job()?.rows ?? [];
    return this.onlyBad() ? rows.filter((r) => r.errors.length > 0) : rows;
  });

  private destroyed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      clearTimeout(this.timer);
    });
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files?.[0];
    if (file) void this.check(file);
  }

  protected picked(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void this.check(file);
  }

  protected reset(): void {
    clearTimeout(this.timer);
    this.job.set(null);
    this.error.set(null);
    this.localError.set(null);
    this.onlyBad.set(false);
    this.fileName.set('');
    queueMicrotask(() => this.fileInput()?.nativeElement.focus());
  }

  protected excerpt(text: string): string {
    return text.length > 140 ? `${text.slice(0, 139)}…` : text;
  }

  protected fieldLabel(field: string): string {
    return ['account', 'date', 'time', 'text', 'tags', 'kind'].includes(field)
      ? `import.col.field.${field}`
      : 'import.col.field.row';
  }

  protected outcomeTone(r: ImportRowDto): 'success' | 'danger' | 'neutral' | 'warning' {
    switch (r.outcome) {
      case 'imported':
        return 'success';
      case 'failed':
        return 'danger';
      case 'rolled_back':
        return 'warning';
      default:
        return 'neutral';
    }
  }

  private async check(file: File): Promise<void> {
    this.error.set(null);
    this.localError.set(null);
    this.fileName.set(file.name);
    const xlsx = isXlsx(file);
    if (file.size > (xlsx ? MAX_XLSX_BYTES : MAX_FILE_BYTES)) {
      this.localError.set('import.fileTooLarge');
      return;
    }
    if (file.size === 0) {
      this.localError.set('import.fileEmpty');
      return;
    }
    this.checking.set(true);
    try {
      let body: DryRunImportRequest;
      if (xlsx) {
        body = { workbook: await readBase64(file), fileName: file.name };
      } else {
        const content = await readCsvFile(file);
        if (!content.trim()) {
          this.localError.set('import.fileEmpty');
          return;
        }
        body = { content, fileName: file.name };
      }
      const job = await firstValueFrom(this.api.dryRun(this.workspaceId(), body));
      this.job.set(job);
      this.onlyBad.set(false);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.checking.set(false);
      const input = this.fileInput()?.nativeElement;
      if (input) input.value = '';
    }
  }

  protected async run(event: Event): Promise<void> {
    event.preventDefault();
    const job = this.job();
    if (!job || job.status !== 'dry_run') return;
    this.error.set(null);
    this.starting.set(true);
    try {
      const started = await firstValueFrom(
        this.api.run(this.workspaceId(), job.id, { mode: this.mode(), as: this.target() }),
      );
      // The answer has the dry-run rows; keep them while the progress comes in.
      this.job.set({ ...job, ...started, rows: started.rows?.length ? started.rows : job.rows });
      this.poll(job.id);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.starting.set(false);
    }
  }

  private poll(id: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      if (this.destroyed) return;
      try {
        const job = await firstValueFrom(this.api.get(this.workspaceId(), id));
        if (this.destroyed || this.job()?.id !== id) return;
        this.error.set(null);
        this.job.set(job);
        if (job.status === 'running') this.poll(id);
      } catch (e) {
        const error = toApiError(e);
        this.error.set(error);
        // A network blip or a server hiccup: keep polling; the import runs on the server regardless.
        const transient = error.statusCode === 0 || error.statusCode >= 500;
        if (transient && !this.destroyed && this.job()?.id === id) this.poll(id);
      }
    }, POLL_MS);
  }
}
