import { stringify } from 'csv-stringify/sync';

type Cell = string | number | null | undefined;

// RFC 4180 through csv-stringify: a cell is quoted when it holds a comma, a quote or a line break, quotes doubled,
// rows end with CRLF. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) are
// prefixed with an apostrophe (`escape_formulas`).
const OPTIONS = { record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/ } as const;

/** One CSV cell. */
export function csvCell(value: Cell): string {
  return csvRow([value]).slice(0, -2);
}

/** One CSV row, CRLF-terminated. */
export function csvRow(values: Cell[]): string {
  return stringify([values.map((v) => v ?? '')], OPTIONS);
}
