import { focusableElements } from '@/components/focusable';

/**
 * DOM side of the table's keyboard model: which control in a row has focus, and which element
 * to focus in another row (the same control, else the row's first control, else the row itself).
 */

/** Where focus sits in a row: the cell's position and the control's position in that cell (-1: the row itself). */
export interface FocusSpot {
  cell: number;
  control: number;
}

/** A body row by its position in the sorted rows (`data-index`), if it is rendered. */
export function findBodyRow(
  body: HTMLTableSectionElement | null,
  index: number,
): HTMLTableRowElement | null {
  return body?.querySelector<HTMLTableRowElement>(`tr[data-index="${String(index)}"]`) ?? null;
}

export function focusSpotOf(row: HTMLTableRowElement, focused: Element): FocusSpot {
  const cell = focused.closest('td, th');
  if (!cell || cell === row || !row.contains(cell)) return { cell: 0, control: -1 };
  const cellIndex = [...row.cells].findIndex((c) => c === cell);
  const control = focusableElements(cell).findIndex((c) => c === focused || c.contains(focused));
  return { cell: Math.max(cellIndex, 0), control };
}

/** The element to focus in `row` for focus coming from `spot` in another row. */
export function focusTargetIn(row: HTMLTableRowElement, spot: FocusSpot): HTMLElement {
  if (spot.control >= 0) {
    const cell = row.cells[spot.cell];
    const inCell = cell ? focusableElements(cell) : [];
    const same = inCell[Math.min(spot.control, inCell.length - 1)];
    if (same) return same;
  }
  return focusableElements(row)[0] ?? row;
}
