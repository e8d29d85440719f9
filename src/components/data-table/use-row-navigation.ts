import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { findBodyRow, focusSpotOf, focusTargetIn } from './row-focus';
import { rowMoveFor, targetRow } from './row-navigation';

interface Options {
  count: number;
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  /** Brings a row that may not be rendered into the box (the virtualizer); a no-op when every row is rendered. */
  scrollToRow: (index: number) => void;
  /** How many rows one PageDown moves. */
  pageSize: () => number;
  /** Called once focus has moved to the row at `index` (a windowed table keeps it in view). */
  afterMove?: (index: number) => void;
}

const TYPING = 'input, textarea, select, [contenteditable="true"]';

/**
 * Keyboard moves between body rows (ArrowUp/Down, PageUp/Down, Home/End), also to rows not rendered
 * yet: the box scrolls there first and focus follows once the row is in the DOM.
 */
export function useRowNavigation({ count, bodyRef, scrollToRow, pageSize, afterMove }: Options) {
  const pending = useRef<{
    index: number;
    run: (row: HTMLTableRowElement) => void;
    retries: number;
  } | null>(null);

  // After every render (the virtualizer renders new rows as the box scrolls): finish a pending move,
  // or ask again a few times (a scroll asked for before the box was measured can land short).
  useEffect(() => {
    const move = pending.current;
    if (!move) return;
    const row = findBodyRow(bodyRef.current, move.index);
    if (row) {
      pending.current = null;
      move.run(row);
    } else if (move.retries > 0) {
      move.retries -= 1;
      scrollToRow(move.index);
    }
  });

  const goTo = (index: number, run: (row: HTMLTableRowElement) => void) => {
    const row = findBodyRow(bodyRef.current, index);
    if (row) {
      pending.current = null;
      run(row);
      return;
    }
    pending.current = { index, run, retries: 3 };
    scrollToRow(index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const move = rowMoveFor(event);
    if (!move || !(event.target instanceof Element) || event.target.closest(TYPING)) return;
    const row = event.target.closest('tr');
    const current = Number(row?.dataset.index ?? Number.NaN);
    if (!row || !Number.isInteger(current)) return;
    event.preventDefault();
    const target = targetRow(move, current, count, pageSize());
    if (target === current) return;
    const spot = focusSpotOf(row, event.target);
    goTo(target, (next) => {
      focusTargetIn(next, spot).focus();
      afterMove?.(target);
    });
  };

  return { onKeyDown };
}
