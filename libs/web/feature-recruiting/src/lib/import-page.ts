import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DryRunImportRequest, ImportJobDto, ImportModeValue, ImportRowDto, ImportTargetValue } from '@xp/shared';
import { ApiError, ImportsApi, SessionStore, WRITER_ROLES, toApiError } from '@xp/web/data-access';
import { Alert, Badge } from '@xp/web/ui';
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
  imports: [RouterLink, TranslocoPipe, ApiErrorAlert, Alert, Badge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <div>
        <h1>{{ 'import.title' | transloco }}</h1>
        <p class="lead">{{ 'import.subtitle' | transloco }}</p>
      </div>
      @if (job()) {
        <button type="button" class="btn btn--secondary" (click)="reset()" [disabled]="running()">
          {{ 'import.newImport' | transloco }}
        </button>
      }
    </div>

    @if (!canWrite()) {
      <p class="card muted" role="alert" data-testid="import-forbidden">{{ 'import.forbidden' | transloco }}</p>
    } @else {
      @if (!job()) {
        <section class="card" aria-labelledby="import-file-title">
          <h2 id="import-file-title">{{ 'import.step1' | transloco }}</h2>
          <p class="muted small">{{ 'import.format' | transloco }}</p>
          <pre class="sample" aria-hidden="true">
account,date,time,text,tags,kind
&#64;TotalCareers,2026-04-15,09:30,"Nous recrutons ! https://…",recrutement,job_offer</pre>
          <div
            class="drop"
            [class.drop--over]="dragging()"
            (dragover)="dragOver($event)"
            (dragleave)="dragging.set(false)"
            (drop)="drop($event)"
            data-testid="csv-drop"
          >
            <label for="csv-file">{{ 'import.file' | transloco }}</label>
            <input
              #fileInput
              id="csv-file"
              type="file"
              accept=".csv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              (change)="picked($event)"
              [disabled]="checking()"
              aria-describedby="csv-hint"
              data-testid="csv-input"
            />
            <p id="csv-hint" class="hint">{{ 'import.dropHint' | transloco }}</p>
          </div>
          @if (checking()) {
            <p class="muted" role="status">{{ 'import.checking' | transloco: { name: fileName() } }}</p>
          }
          @if (localError(); as message) {
            <xp-alert kind="error" [message]="message | transloco" data-testid="import-local-error" />
          }
          <xp-api-error [error]="error()" />
        </section>
      } @else {
        @if (job(); as j) {
          <section class="card" aria-labelledby="import-report-title" data-testid="import-report">
            <h2 id="import-report-title">
              {{ 'import.reportTitle' | transloco: { name: j.fileName || ('import.unnamed' | transloco) } }}
            </h2>
            <p class="summary" data-testid="import-summary">
              <strong>{{ 'import.rowsTotal' | transloco: { count: j.total } }}</strong>
              <xp-badge tone="success">{{ 'import.rowsValid' | transloco: { count: j.validRows } }}</xp-badge>
              <xp-badge [tone]="badRows().length ? 'danger' : 'neutral'" data-testid="bad-count">{{
                'import.rowsBad' | transloco: { count: badRows().length }
              }}</xp-badge>
              @if (warnedRows() > 0) {
                <xp-badge tone="warning">{{ 'import.rowsWarned' | transloco: { count: warnedRows() } }}</xp-badge>
              }
            </p>
            @if (badRows().length) {
              <p class="muted small">{{ 'import.badExplained' | transloco }}</p>
            }

            @if (j.status === 'dry_run') {
              <form class="run" (submit)="run($event)" data-testid="import-run-form">
                <fieldset>
                  <legend>{{ 'import.asLegend' | transloco }}</legend>
                  <label class="radio"
                    ><input
                      type="radio"
                      name="as"
                      value="draft"
                      [checked]="target() === 'draft'"
                      (change)="target.set('draft')"
                    />
                    {{ 'import.asDraft' | transloco }}</label
                  >
                  <label class="radio"
                    ><input
                      type="radio"
                      name="as"
                      value="in_review"
                      [checked]="target() === 'in_review'"
                      (change)="target.set('in_review')"
                    />
                    {{ 'import.asReview' | transloco }}</label
                  >
                </fieldset>
                <fieldset>
                  <legend>{{ 'import.modeLegend' | transloco }}</legend>
                  <label class="radio"
                    ><input
                      type="radio"
                      name="mode"
                      value="row_by_row"
                      [checked]="mode() === 'row_by_row'"
                      (change)="mode.set('row_by_row')"
                    />
                    {{ 'import.rowByRow' | transloco }}</label
                  >
                  <label class="radio"
                    ><input
                      type="radio"
                      name="mode"
                      value="all_or_nothing"
                      [checked]="mode() === 'all_or_nothing'"
                      (change)="mode.set('all_or_nothing')"
                    />
                    {{ 'import.allOrNothing' | transloco }}</label
                  >
                </fieldset>
                <button type="submit" class="btn btn--primary" [disabled]="!j.validRows || starting()">
                  {{ 'import.run' | transloco: { count: j.validRows } }}
                </button>
              </form>
            } @else {
              <div class="progress" data-testid="import-progress">
                <label for="import-progress-bar">{{ 'import.progressLabel' | transloco }}</label>
                <progress id="import-progress-bar" [max]="j.validRows || 1" [value]="j.processed"></progress>
                <p class="progress__text" aria-live="polite" data-testid="import-progress-text">
                  {{ 'import.progress' | transloco: { done: j.processed, total: j.validRows } }}
                </p>
              </div>
              @if (j.status === 'done') {
                <xp-alert
                  kind="success"
                  [heading]="'import.doneTitle' | transloco"
                  [message]="
                    'import.doneText'
                      | transloco
                        : {
                            imported: j.imported,
                            failed: j.failed,
                            skipped: badRows().length,
                            status: ('status.' + (j.targetStatus || 'draft') | transloco),
                          }
                  "
                  data-testid="import-done"
                />
                <p>
                  <a [routerLink]="['/w', workspaceId()]">{{ 'import.toCalendar' | transloco }}</a>
                </p>
              } @else if (j.status === 'failed') {
                <xp-alert
                  kind="error"
                  [heading]="'import.failedTitle' | transloco"
                  [message]="(j.mode === 'all_or_nothing' ? 'import.rolledBack' : 'import.failedText') | transloco"
                  data-testid="import-failed"
                />
              }
            }
            <xp-api-error [error]="error()" />

            <div class="table-tools">
              <label class="radio"
                ><input type="checkbox" [checked]="onlyBad()" (change)="onlyBad.set(!onlyBad())" />
                {{ 'import.onlyBad' | transloco }}</label
              >
            </div>
            <div class="table-wrap">
              <table class="table report" data-testid="import-table">
                <caption class="visually-hidden">
                  {{
                    'import.reportCaption' | transloco
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'import.col.row' | transloco }}</th>
                    <th scope="col">{{ 'import.col.account' | transloco }}</th>
                    <th scope="col">{{ 'import.col.local' | transloco }}</th>
                    <th scope="col">{{ 'import.col.text' | transloco }}</th>
                    <th scope="col" class="num">{{ 'import.col.length' | transloco }}</th>
                    <th scope="col">{{ 'import.col.findings' | transloco }}</th>
                    <th scope="col">{{ 'import.col.result' | transloco }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (r of shownRows(); track r.row) {
                    <tr
                      [class.bad]="r.errors.length > 0"
                      [attr.data-row]="r.row"
                      [attr.data-bad]="r.errors.length > 0"
                      data-testid="import-row"
                    >
                      <th scope="row" class="num">{{ r.row }}</th>
                      <td>{{ r.account ? '@' + r.account : '—' }}</td>
                      <td class="time">
                        @if (r.local; as l) {
                          {{ l.date }} {{ l.time }} <span class="muted small">{{ l.timeZone }}</span>
                        } @else {
                          —
                        }
                      </td>
                      <td class="text">{{ excerpt(r.text) }}</td>
                      <td class="num">{{ r.weightedLength ?? '—' }}</td>
                      <td>
                        @for (f of r.findings; track $index) {
                          <span class="finding" [class.finding--block]="f.severity === 'block'">{{
                            lang() === 'fr' ? f.message.fr : f.message.en
                          }}</span>
                        }
                      </td>
                      <td>
                        @if (r.errors.length) {
                          <ul class="errors" data-testid="row-errors">
                            @for (e of r.errors; track $index) {
                              <li [attr.data-code]="e.code">
                                <strong>{{ fieldLabel(e.field) | transloco }}</strong>{{ lang() === 'fr' ? ' :' : ':' }}
                                {{ lang() === 'fr' ? e.message.fr : e.message.en }}
                              </li>
                            }
                          </ul>
                        } @else if (r.outcome) {
                          <xp-badge [tone]="outcomeTone(r)">{{ 'import.outcome.' + r.outcome | transloco }}</xp-badge>
                        } @else {
                          <xp-badge tone="success">{{ 'import.ok' | transloco }}</xp-badge>
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </section>
        }
      }
    }
  `,
  styles: `
    .sample {
      font-family: var(--mono);
      font-size: 0.8rem;
      background: var(--muted-bg);
      padding: 0.5rem 0.75rem;
      border-radius: var(--radius);
      overflow-x: auto;
    }
    .drop {
      border: 2px dashed var(--border);
      border-radius: 12px;
      padding: 1.25rem;
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin-bottom: 1rem;
    }
    .drop--over {
      border-color: var(--accent);
      background: var(--accent-soft);
    }
    .summary {
      display: flex;
      gap: 0.6rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .run {
      display: flex;
      gap: 1rem 2rem;
      flex-wrap: wrap;
      align-items: flex-end;
      margin: 1rem 0;
    }
    fieldset {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: 0.5rem 1rem 0.75rem;
      margin: 0;
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
    }
    legend {
      font-weight: 600;
      font-size: 0.9rem;
      padding: 0 0.25rem;
    }
    .radio {
      display: inline-flex;
      gap: 0.4rem;
      align-items: center;
      font-weight: 500;
    }
    .progress {
      margin: 1rem 0;
    }
    .progress progress {
      width: 100%;
      height: 1.1rem;
      display: block;
      margin: 0.35rem 0;
    }
    .progress__text {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .table-tools {
      margin: 1rem 0 0.5rem;
    }
    .report td,
    .report th[scope='row'] {
      vertical-align: top;
      font-size: 0.9rem;
    }
    .report th[scope='row'] {
      text-transform: none;
      letter-spacing: normal;
      color: inherit;
      padding: 0.7rem 0.75rem;
    }
    .report tr.bad {
      background: var(--danger-bg);
    }
    .report tr.bad th {
      border-left: 4px solid var(--danger);
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .time {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .text {
      min-width: 18rem;
      max-width: 34rem;
      overflow-wrap: anywhere;
    }
    .errors {
      margin: 0;
      padding-left: 1rem;
      color: var(--danger-fg);
    }
    .finding {
      display: block;
      background: var(--warning-bg);
      color: var(--warning-fg);
      padding: 0.1rem 0.4rem;
      border-radius: 6px;
      margin-bottom: 0.2rem;
      font-size: 0.82rem;
    }
    .finding--block {
      background: var(--danger-bg);
      color: var(--danger-fg);
    }
  `,
})
export class ImportPage {
  private readonly api = inject(ImportsApi);
  private readonly session = inject(SessionStore);
  protected readonly lang = inject(LanguageService).current;
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  readonly workspaceId = input.required<string>();

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

  protected readonly canWrite = computed(() =>
    WRITER_ROLES.includes(this.session.workspace(this.workspaceId())?.role ?? ''),
  );
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
