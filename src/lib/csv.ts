/** One cell of a CSV file: text, a number, or nothing (an empty cell: the record gives no value). */
export type CsvCell = string | number | null;
export type CsvRow = readonly CsvCell[];

/** The byte-order mark: spreadsheets read the file as UTF-8 by it (Excel on a Chinese-language system too). */
const BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): such a
 * text cell is prefixed with an apostrophe, so it is shown, never run.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A signed decimal number ("-2.50"): read as a number, never a formula, so left as it is. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** Quoted when it holds a comma, a quote or a line break (RFC 4180), its quotes doubled. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV text: numbers as they are, text made formula-safe and quoted where needed. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const safe = FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file (RFC 4180: CRLF after every record), with the byte-order mark first. */
export function csvText(rows: readonly CsvRow[]): string {
  return BOM + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
