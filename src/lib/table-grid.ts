import type { CsvRow } from './csv';

/** A cell's text as read: what is hidden from everyone (aria-hidden marks, icons) left out, spaces collapsed. */
function cellText(cell: HTMLTableCellElement): string {
  const copy = cell.cloneNode(true);
  if (!(copy instanceof HTMLElement)) return '';
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/**
 * A drawn table (head, bodies and foot; not its caption) as rows of text in the order shown. A
 * cell spanning columns or rows fills each place it covers, so every row of the file reads on
 * its own (a measure's name on each of its categories' rows, a group over each of its columns).
 */
export function tableGrid(table: HTMLTableElement): CsvRow[] {
  const grid: string[][] = [];
  const rowCount = table.rows.length;
  for (const [rowIndex, row] of [...table.rows].entries()) {
    const line = (grid[rowIndex] ??= []);
    let column = 0;
    for (const cell of row.cells) {
      while (line[column] !== undefined) column += 1;
      const text = cellText(cell);
      for (
        let down = 0;
        down < Math.min(Math.max(cell.rowSpan, 1), rowCount - rowIndex);
        down += 1
      ) {
        const target = (grid[rowIndex + down] ??= []);
        for (let across = 0; across < Math.max(cell.colSpan, 1); across += 1)
          target[column + across] = text;
      }
      column += Math.max(cell.colSpan, 1);
    }
  }
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, index) => line[index] ?? ''));
}
