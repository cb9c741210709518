// Reports' CSV files, built in the browser and saved (the analytics page and a live session's report use them).

type Cell = string | number | null | undefined;

/**
 * A CSV file (RFC 4180 through csv-stringify, its browser build, loaded on the first export): cells with a comma, a
 * quote or a line break are quoted and their quotes doubled, rows end with CRLF, and a cell a spreadsheet would run
 * as a formula (=, +, -, @ first) is prefixed with an apostrophe. A byte-order mark first, so that spreadsheets read
 * the accents as UTF-8.
 */
export async function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): Promise<string> {
  const { stringify } = await import('csv-stringify/browser/esm/sync');
  const records = [header, ...rows].map((r) => r.map((v) => v ?? ''));
  return `\uFEFF${stringify(records, {
    record_delimiter: 'windows',
    escape_formulas: true,
    // A lone line feed is quoted too (csv-stringify only quotes the record delimiter, CRLF, by itself).
    quoted_match: /[\r\n]/,
  })}`;
}

/** Has the browser save `text` as `filename` (a CSV file). */
export function downloadCsv(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Builds the CSV file of `rows` under `header` and has the browser save it as `filename`. */
export async function saveCsv(
  filename: string,
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
): Promise<void> {
  downloadCsv(filename, await toCsv(header, rows));
}
