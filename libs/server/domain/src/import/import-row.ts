import {
  formatBoth,
  isValidTimeZone,
  localToUtc,
  msg,
  parseLocalDate,
  parseLocalTime,
  utcToLocal,
  type MessageCode,
  type MessageParams,
} from '@xp/shared';

/**
 * Validation of one row of a bulk import (CSV/XLSX), pure. Columns: account (handle, with or without @), date
 * (YYYY-MM-DD, or DD/MM/YYYY), time (HH:mm, local to the account), text, tags (optional, separated by spaces,
 * commas or |), kind (optional: standard|job_offer). Each error names its column and carries a code of the message
 * catalogue (`IMPORT_ROW_<code>`) with its parameters, rendered in French and English.
 */
export interface ImportAccount {
  id: string;
  handle: string;
  timeZone: string;
  maxWeightedLength: number;
}

export interface ImportRowError {
  field: string;
  code: string;
  /** The parameters of the catalogue's `IMPORT_ROW_<code>` message. */
  params: MessageParams;
  /** That message rendered in both languages. */
  message: { fr: string; en: string };
}

export interface ImportRowResult {
  /** 1-based, the header excluded. */
  row: number;
  account: ImportAccount | null;
  scheduledAt: Date | null;
  local: { date: string; time: string; timeZone: string } | null;
  text: string;
  tags: string[];
  kind: 'standard' | 'job_offer';
  weightedLength: number | null;
  errors: ImportRowError[];
}

export const IMPORT_COLUMNS = ['account', 'date', 'time', 'text', 'tags', 'kind'] as const;
export const MAX_IMPORT_ROWS = 1000;

export type ImportRowCode =
  | 'ACCOUNT_REQUIRED'
  | 'ACCOUNT_NOT_ALLOWED'
  | 'ACCOUNT_UNKNOWN'
  | 'BAD_DATE'
  | 'BAD_TIME'
  | 'IN_THE_PAST'
  | 'TEXT_REQUIRED'
  | 'POST_TOO_LONG'
  | 'DUPLICATE_IN_FILE'
  | 'BAD_KIND'
  | 'TOO_MANY_TAGS'
  | 'CHARTER_BLOCKED';
// Every row error has its text in the message catalogue (this fails to compile otherwise).
const worded: `IMPORT_ROW_${ImportRowCode}` extends MessageCode ? true : never = true;
void worded;

const err = (field: string, code: ImportRowCode, params: MessageParams = {}): ImportRowError => ({
  field,
  code,
  params,
  message: formatBoth(msg(`IMPORT_ROW_${code}`, params)),
});

/**
 * A row whose text breaks a blocking charter rule is an error of the dry run, exactly as the composer refuses to
 * submit it (same rule, same severity): one error per blocking finding, naming it. Warnings stay findings.
 */
export function charterRowErrors(
  findings: readonly { severity: string; code: string; params: MessageParams }[],
): ImportRowError[] {
  return findings
    .filter((f) => f.severity === 'block')
    .map((f) => err('text', 'CHARTER_BLOCKED', { finding: msg(f.code, f.params) }));
}

function normalizeDate(raw: string): string | null {
  const s = raw.trim();
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  const iso = fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : s;
  return parseLocalDate(iso) ? iso : null;
}

function normalizeTime(raw: string): string | null {
  const m = /^(\d{1,2})[:h](\d{2})$/.exec(raw.trim());
  if (!m) return null;
  const t = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  return parseLocalTime(t) ? t : null;
}

export function validateImportRow(
  row: number,
  raw: Readonly<Record<string, string | undefined>>,
  ctx: {
    /** Accounts the importer may post to, by lower-case handle. */
    accounts: ReadonlyMap<string, ImportAccount>;
    /** Every account of the workspace by lower-case handle (to tell "unknown" from "not yours"). */
    knownHandles: ReadonlySet<string>;
    now: Date;
    weightedLength: (text: string, max: number) => number;
    /** Normalised texts already seen in earlier rows of the file, per account id (filled by this function). */
    seenTexts: Map<string, Set<string>>;
  },
): ImportRowResult {
  const errors: ImportRowError[] = [];
  const handle = (raw.account ?? '').trim().replace(/^@/, '');
  const account = ctx.accounts.get(handle.toLowerCase()) ?? null;
  if (!handle) errors.push(err('account', 'ACCOUNT_REQUIRED'));
  else if (!account && ctx.knownHandles.has(handle.toLowerCase()))
    errors.push(err('account', 'ACCOUNT_NOT_ALLOWED', { handle }));
  else if (!account) errors.push(err('account', 'ACCOUNT_UNKNOWN', { handle }));

  const date = normalizeDate(raw.date ?? '');
  const time = normalizeTime(raw.time ?? '');
  if (!date) errors.push(err('date', 'BAD_DATE', { value: raw.date ?? '' }));
  if (!time) errors.push(err('time', 'BAD_TIME', { value: raw.time ?? '' }));

  let scheduledAt: Date | null = null;
  let local: ImportRowResult['local'] = null;
  if (account && date && time && isValidTimeZone(account.timeZone)) {
    scheduledAt = localToUtc(date, time, account.timeZone);
    const shown = utcToLocal(scheduledAt, account.timeZone);
    local = { date: shown.date, time: shown.time, timeZone: account.timeZone };
    if (scheduledAt.getTime() <= ctx.now.getTime()) errors.push(err('date', 'IN_THE_PAST'));
  }

  const text = (raw.text ?? '').replace(/\r\n/g, '\n').trim();
  let weightedLength: number | null = null;
  if (!text) errors.push(err('text', 'TEXT_REQUIRED'));
  else {
    const max = account?.maxWeightedLength ?? 280;
    weightedLength = ctx.weightedLength(text, max);
    if (weightedLength > max) errors.push(err('text', 'POST_TOO_LONG', { length: weightedLength, max }));
    if (account) {
      const seen = ctx.seenTexts.get(account.id) ?? new Set<string>();
      const norm = text.normalize('NFC').replace(/\s+/g, ' ').toLowerCase();
      if (seen.has(norm)) errors.push(err('text', 'DUPLICATE_IN_FILE'));
      seen.add(norm);
      ctx.seenTexts.set(account.id, seen);
    }
  }

  const kindRaw = (raw.kind ?? '').trim().toLowerCase();
  let kind: ImportRowResult['kind'] = 'standard';
  if (kindRaw === 'job_offer' || kindRaw === 'offre') kind = 'job_offer';
  else if (kindRaw && kindRaw !== 'standard') errors.push(err('kind', 'BAD_KIND', { value: kindRaw }));

  const tags = [
    ...new Set(
      (raw.tags ?? '')
        .split(/[\s,|;]+/)
        .map((t) => t.replace(/^#/, '').trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (tags.length > 20) errors.push(err('tags', 'TOO_MANY_TAGS', { max: 20 }));

  return { row, account, scheduledAt, local, text, tags, kind, weightedLength, errors };
}
