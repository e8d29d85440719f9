/**
 * Row maths of the shared table, kept pure: ARIA row numbers and where a navigation key goes.
 * Rows are counted from 0 in the (sorted, filtered) body; ARIA counts from 1 with the header row first.
 */

/** A table with more body rows than this scrolls in a box of its own and renders only a window of rows. */
export const LONG_TABLE_ROWS = 50;

/** A first guess of a row's height, for PageUp/PageDown and the virtualizer; rendered rows are measured. */
export const ESTIMATED_ROW_HEIGHT = 40;

/** `aria-rowcount`: every body row (rendered or not) plus the header row; an empty table has its message row. */
export function ariaRowCount(bodyRows: number): number {
  return Math.max(bodyRows, 1) + 1;
}

/** `aria-rowindex` of a body row (the header row is 1). */
export function ariaRowIndex(bodyIndex: number): number {
  return bodyIndex + 2;
}

export type RowMove = 'next' | 'previous' | 'first' | 'last' | 'pageDown' | 'pageUp';

export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * The move a key asks for inside the table body, or null (the key is left to the browser):
 * ArrowDown/ArrowUp, PageDown/PageUp, Home/End with or without Ctrl (Cmd on a Mac).
 * Shift and Alt combinations are left alone (text selection, browser shortcuts).
 */
export function rowMoveFor(press: KeyPress): RowMove | null {
  if (press.altKey || press.shiftKey) return null;
  const modified = press.ctrlKey || press.metaKey;
  switch (press.key) {
    case 'ArrowDown':
      return modified ? null : 'next';
    case 'ArrowUp':
      return modified ? null : 'previous';
    case 'PageDown':
      return modified ? null : 'pageDown';
    case 'PageUp':
      return modified ? null : 'pageUp';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The body row a move lands on, kept within the rows; `pageSize` is how many rows one page holds. */
export function targetRow(move: RowMove, current: number, count: number, pageSize: number): number {
  const last = Math.max(count - 1, 0);
  const page = Math.max(Math.floor(pageSize), 1);
  const target = {
    next: current + 1,
    previous: current - 1,
    first: 0,
    last,
    pageDown: current + page,
    pageUp: current - page,
  }[move];
  return Math.min(Math.max(target, 0), last);
}
