import { csvText, type CsvRow } from './csv';

/** How long the file's address lives after the click: a slow disk or a save dialog can take a while. */
const KEEP_ADDRESS_MS = 30_000;

/**
 * Saves rows as a CSV file: made in the page (a Blob) and handed to the browser's download, so
 * nothing is sent anywhere and it works offline and under the CSP (no request, no script).
 */
export function downloadCsv(fileName: string, rows: readonly CsvRow[]): void {
  const url = URL.createObjectURL(new Blob([csvText(rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), KEEP_ADDRESS_MS);
}
