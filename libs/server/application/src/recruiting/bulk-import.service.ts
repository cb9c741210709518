import { Injectable, Logger } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { Unzip, UnzipInflate } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import {
  formatBoth,
  formatMessage,
  isMessageCode,
  LONG_POST_MAX_WEIGHTED_LENGTH,
  parseTweetText,
  TWEET_MAX_WEIGHTED_LENGTH,
} from '@xp/shared';
import {
  catalogueError,
  checkCharter,
  compileCharter,
  DomainError,
  MAX_IMPORT_ROWS,
  reportExpired,
  slidingWindow,
  validateImportRow,
  charterRowErrors,
  type CompiledCharter,
  type ImportAccount,
  type ImportRowError,
} from '@xp/server/domain';
import { AccountRepository } from '../accounts/account.ports';
import { isUuid, type Actor } from '../identity/access.service';
import { Clock, ImportLimits, UnitOfWork } from '../ports';
import { PostRepository } from '../posts/post.ports';
import { PostService } from '../posts/post.service';
import { RecruitingAccess } from './recruiting-access';
import { RecruitingRepository, type ImportJobRecord, type ImportReportRow } from './recruiting.ports';

export type ImportMode = 'all_or_nothing' | 'row_by_row';
export type ImportTarget = 'draft' | 'in_review';

/** An expired dry run stays known (answering 410, not 404) this long after its report is emptied. */
const EXPIRED_REPORT_KEPT_MS = 7 * 86_400_000;

/** Parses CSV text into rows keyed by lower-case header (comma or semicolon, BOM, quoted newlines). */
export function parseCsv(content: string): Record<string, string>[] {
  const firstLine = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return parse(content, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: false,
    }) as Record<string, string>[];
  } catch (e) {
    throw new DomainError(
      'invalid',
      'BAD_CSV',
      `The file is not valid CSV: ${e instanceof Error ? e.message : 'parse error'}`,
      [{ field: 'content', message: 'invalid CSV' }],
    );
  }
}

/** A spreadsheet cell as the import reads it: dates as YYYY-MM-DD, times as HH:mm, the rest as text. */
function cellText(column: string, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    // Excel keeps a time of day as a fraction of a day (a date on 1899-12-30); dates at UTC midnight.
    if (column === 'time' || v.getUTCFullYear() < 1900) return iso.slice(11, 16);
    if (column === 'date' || iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
    return iso;
  }
  return String(v);
}

/**
 * The most an .xlsx may unpack to. A 1,000-row sheet unpacks to about 1 MB; a zip bomb (a few hundred KB that inflate
 * to gigabytes) is refused before the parser holds it in memory.
 */
export const XLSX_MAX_UNPACKED_BYTES = 20 * 1024 * 1024;

/**
 * Inflates every entry of a zip archive, counting the bytes and keeping none, and stops as soon as the total passes
 * `cap`. The input goes in 4 KB slices, so one step never produces more than a few MB whatever the compression ratio.
 * Only the size is judged here: a damaged archive is left for the parser to report.
 */
export function unpacksWithin(zip: Uint8Array, cap: number): boolean {
  let total = 0;
  const unzip = new Unzip((file) => {
    file.ondata = (err, chunk) => {
      if (!err) total += chunk.length;
    };
    try {
      file.start();
    } catch {
      // an entry compressed with a method we do not inflate: the parser will refuse the file
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < zip.length && total <= cap; at += 4096)
      unzip.push(zip.subarray(at, at + 4096), at + 4096 >= zip.length);
  } catch {
    // not a zip archive, or a damaged one
  }
  return total <= cap;
}

/** Parses the first sheet of an .xlsx workbook into rows keyed by lower-case header, like `parseCsv`. */
export async function parseXlsx(workbook: Buffer): Promise<Record<string, string>[]> {
  if (!unpacksWithin(workbook, XLSX_MAX_UNPACKED_BYTES))
    throw catalogueError(
      'invalid',
      'XLSX_TOO_LARGE',
      { megabytes: XLSX_MAX_UNPACKED_BYTES / 1024 / 1024, rows: MAX_IMPORT_ROWS },
      [{ field: 'workbook', message: 'unpacks too large' }],
    );
  let data: unknown[][];
  try {
    data = (await readSheet(workbook)) as unknown[][];
  } catch (e) {
    throw new DomainError(
      'invalid',
      'BAD_XLSX',
      `The file is not a readable .xlsx workbook: ${e instanceof Error ? e.message : 'parse error'}`,
      [{ field: 'workbook', message: 'invalid .xlsx' }],
    );
  }
  const [header, ...rows] = data;
  if (!header) return [];
  const columns = header.map((h) => cellText('', h).trim().toLowerCase());
  return rows
    .filter((r) => r.some((v) => v !== null && v !== undefined && String(v).trim() !== ''))
    .map((r) => Object.fromEntries(columns.map((c, i) => [c, cellText(c, r[i])]).filter(([c]) => c !== '')));
}

/**
 * Bulk import: a dry run validates every row (account, local time in the account's timezone, weighted length,
 * charter findings, errors) and writes nothing but the report; then the run creates the valid rows as drafts or
 * submits them, all-or-nothing or row by row, with progress the UI polls.
 */
@Injectable()
export class BulkImportService {
  private readonly log = new Logger(BulkImportService.name);

  constructor(
    private readonly repo: RecruitingRepository,
    private readonly access: RecruitingAccess,
    private readonly accounts: AccountRepository,
    private readonly postsRepo: PostRepository,
    private readonly posts: PostService,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly limits: ImportLimits,
  ) {}

  /**
   * Counts a dry run against the throttle (per member and per workspace, sliding window), or refuses it with 429
   * and when to retry. Counted before the file is read: refused files cost nothing, and failed ones count too.
   * Also the housekeeping of every workspace's old attempts and expired reports (cleanup on write).
   */
  private async throttleDryRun(workspaceId: string, actor: Actor): Promise<void> {
    const now = this.clock.now();
    const windowMs = this.limits.windowSeconds * 1000;
    const ttlMs = this.limits.reportTtlHours * 3_600_000;
    const at = (ms: number) => new Date(now.getTime() - ms);
    await this.repo.expireImports(at(windowMs), at(ttlMs), at(ttlMs + EXPIRED_REPORT_KEPT_MS));
    const refused = await this.uow.run(async () => {
      const attempts = await this.repo.lockImportAttempts(workspaceId, at(windowMs));
      const mine = slidingWindow(
        attempts.filter((a) => a.userId === actor.userId).map((a) => a.at),
        now,
        windowMs,
        this.limits.dryRunLimit,
      );
      const all = slidingWindow(
        attempts.map((a) => a.at),
        now,
        windowMs,
        this.limits.dryRunWorkspaceLimit,
      );
      const worst = [mine, all].find((d) => !d.allowed);
      if (worst && !worst.allowed) return { retryAfterSeconds: worst.retryAfterSeconds, who: mine.allowed };
      await this.repo.addImportAttempt(workspaceId, actor.userId, now);
      return null;
    });
    if (refused)
      throw catalogueError('too_many', 'IMPORT_DRY_RUN_THROTTLED', {
        retryAfterSeconds: refused.retryAfterSeconds,
        limit: refused.who ? this.limits.dryRunWorkspaceLimit : this.limits.dryRunLimit,
        seconds: this.limits.windowSeconds,
      });
  }

  async dryRun(
    workspaceId: string,
    actor: Actor,
    input: { content?: string; workbook?: Buffer; fileName?: string },
  ): Promise<ImportJobRecord> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    await this.throttleDryRun(workspaceId, actor);
    if ((input.content === undefined) === (input.workbook === undefined))
      throw new DomainError('invalid', 'IMPORT_SOURCE', 'Send either CSV text (content) or an .xlsx workbook', [
        { field: 'content', message: 'exactly one of content and workbook' },
      ]);
    const raw = input.workbook ? await parseXlsx(input.workbook) : parseCsv(input.content ?? '');
    if (raw.length === 0)
      throw new DomainError('invalid', 'EMPTY_IMPORT', 'The file has no rows', [
        { field: 'content', message: 'no rows' },
      ]);
    if (raw.length > MAX_IMPORT_ROWS)
      throw new DomainError(
        'too_large',
        'IMPORT_TOO_LARGE',
        `At most ${MAX_IMPORT_ROWS} rows per import (${raw.length} given)`,
      );
    const all = await this.accounts.list(workspaceId, null);
    const allowed = all.filter((a) => m.accountIds === null || m.accountIds.includes(a.id));
    const importAccounts = new Map<string, ImportAccount>(
      allowed.map((a) => [
        a.handle.toLowerCase(),
        {
          id: a.id,
          handle: a.handle,
          timeZone: a.timezone,
          maxWeightedLength: a.longPosts ? LONG_POST_MAX_WEIGHTED_LENGTH : TWEET_MAX_WEIGHTED_LENGTH,
        },
      ]),
    );
    const ctx = {
      accounts: importAccounts,
      knownHandles: new Set(all.map((a) => a.handle.toLowerCase())),
      now: this.clock.now(),
      weightedLength: (text: string, max: number) => parseTweetText(text, { maxWeightedLength: max }).weightedLength,
      seenTexts: new Map<string, Set<string>>(),
    };
    const charters = new Map<
      string,
      { charter: CompiledCharter; recent: Awaited<ReturnType<PostRepository['recent']>>; siblings: string[] }
    >();
    const rows: ImportReportRow[] = [];
    for (const [i, r] of raw.entries()) {
      const v = validateImportRow(i + 1, r, ctx);
      let findings: ImportReportRow['findings'] = [];
      if (v.account && v.text) {
        let c = charters.get(v.account.id);
        if (!c) {
          const acc = allowed.find((a) => a.id === v.account!.id)!;
          const siblings = all.filter((a) => a.brandId === acc.brandId && a.id !== acc.id).map((a) => a.id);
          c = {
            charter: compileCharter(await this.posts.charterFor(workspaceId, acc.brandId)),
            recent: await this.postsRepo.recent(workspaceId, [acc.id, ...siblings], 50),
            siblings,
          };
          charters.set(v.account.id, c);
        }
        findings = checkCharter(
          {
            accountId: v.account.id,
            kind: v.kind,
            segments: [{ text: v.text }],
            tags: v.tags,
            scheduledAt: v.scheduledAt,
          },
          c.charter,
          {
            siblingAccountIds: c.siblings,
            recentPosts: c.recent,
          },
        ).map((f) => ({ rule: f.rule, severity: f.severity, code: f.code, params: f.params, message: formatBoth(f) }));
      }
      rows.push({
        row: v.row,
        accountId: v.account?.id ?? null,
        account: v.account?.handle ?? null,
        scheduledAt: v.scheduledAt?.toISOString() ?? null,
        local: v.local,
        text: v.text,
        tags: v.tags,
        kind: v.kind,
        weightedLength: v.weightedLength,
        findings,
        errors: [...v.errors, ...charterRowErrors(findings)],
      });
    }
    const validRows = rows.filter((r) => r.errors.length === 0).length;
    return this.repo.insertImport({
      workspaceId,
      createdBy: actor.userId,
      status: 'dry_run',
      fileName: input.fileName ?? null,
      mode: null,
      targetStatus: null,
      total: rows.length,
      validRows,
      processed: 0,
      imported: 0,
      failed: 0,
      rows,
      error: null,
      createdAt: this.clock.now(),
      finishedAt: null,
    });
  }

  async get(workspaceId: string, actor: Actor, id: string): Promise<ImportJobRecord> {
    await this.access.require(workspaceId, actor, 'posts.write');
    const job = isUuid(id) ? await this.repo.findImport(workspaceId, id) : null;
    if (!job || job.createdBy !== actor.userId) throw catalogueError('not_found', 'IMPORT_NOT_FOUND');
    if (
      job.status === 'dry_run' &&
      reportExpired(job.createdAt, this.clock.now(), this.limits.reportTtlHours * 3_600_000)
    )
      throw catalogueError('gone', 'IMPORT_EXPIRED', { hours: this.limits.reportTtlHours });
    return job;
  }

  /** Starts the import of the valid rows in the background; poll `get` for progress. */
  async run(
    workspaceId: string,
    actor: Actor,
    id: string,
    input: { mode: ImportMode; as: ImportTarget },
  ): Promise<ImportJobRecord> {
    const job = await this.get(workspaceId, actor, id);
    if (!(await this.repo.startImport(workspaceId, job.id, input.mode, input.as))) {
      throw catalogueError('conflict', 'IMPORT_ALREADY_RUN');
    }
    const started: ImportJobRecord = { ...job, status: 'running', mode: input.mode, targetStatus: input.as };
    void this.process(workspaceId, actor, started).catch((e: unknown) => {
      this.log.error(`import ${job.id} crashed: ${e instanceof Error ? e.message : String(e)}`);
      return this.repo.saveImport(
        workspaceId,
        job.id,
        { status: 'failed', error: 'internal error', finishedAt: this.clock.now() },
        true,
      );
    });
    return started;
  }

  private async process(workspaceId: string, actor: Actor, job: ImportJobRecord): Promise<void> {
    const rows = job.rows.map((r) => ({ ...r }));
    const valid = rows.filter((r) => r.errors.length === 0);
    for (const r of rows) if (r.errors.length) r.outcome = 'skipped';
    let imported = 0;
    let failed = 0;
    let processed = 0;
    const progress = () => this.repo.saveImport(workspaceId, job.id, { processed, imported, failed }, true);
    const createRow = async (r: ImportReportRow) => {
      const view = await this.posts.create(workspaceId, actor, {
        accountId: r.accountId!,
        segments: [{ text: r.text }],
        scheduledAt: r.scheduledAt ? new Date(r.scheduledAt) : null,
        tags: r.tags,
        kind: r.kind,
      });
      await this.repo.addOrigin({
        postId: view.post.id,
        workspaceId,
        source: 'import',
        sourceId: job.id,
        occurrence: r.row,
        language: null,
        createdAt: this.clock.now(),
      });
      if (job.targetStatus === 'in_review') await this.posts.submit(workspaceId, actor, view.post.id);
      r.postId = view.post.id;
      r.outcome = 'imported';
    };
    if (job.mode === 'all_or_nothing') {
      try {
        await this.uow.run(async () => {
          for (const r of valid) {
            try {
              await createRow(r);
            } catch (e) {
              r.outcome = 'failed';
              r.errors.push(rowFailure(e));
              throw e;
            }
            processed++;
            imported++;
            if (processed % 25 === 0) await progress();
          }
        });
      } catch {
        for (const r of valid) if (r.outcome === 'imported') Object.assign(r, { outcome: 'rolled_back', postId: null });
        failed = valid.length;
        imported = 0;
        await this.repo.saveImport(
          workspaceId,
          job.id,
          {
            status: 'failed',
            rows,
            processed,
            imported,
            failed,
            error: 'rolled back: a row failed',
            finishedAt: this.clock.now(),
          },
          true,
        );
        return;
      }
    } else {
      for (const r of valid) {
        try {
          await createRow(r);
          imported++;
        } catch (e) {
          r.outcome = 'failed';
          r.errors.push(rowFailure(e));
          failed++;
        }
        processed++;
        if (processed % 25 === 0) await progress();
      }
    }
    await this.repo.saveImport(
      workspaceId,
      job.id,
      { status: 'done', rows, processed, imported, failed, finishedAt: this.clock.now() },
      true,
    );
  }
}

/** A row the run could not create: the error's code and parameters, and its message in both languages. */
function rowFailure(e: unknown): ImportRowError {
  const code = e instanceof DomainError ? e.code : 'ERROR';
  const params = e instanceof DomainError ? (e.params ?? {}) : {};
  const english = e instanceof Error ? e.message : 'error';
  const message =
    e instanceof DomainError && e.params
      ? formatBoth({ code, params })
      : { fr: isMessageCode(code) ? formatMessage('fr', code) : english, en: english };
  return { field: 'row', code, params, message };
}
