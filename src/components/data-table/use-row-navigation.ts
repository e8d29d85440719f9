import {
  useEffect,
  useLayoutEffect,
  useRef,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { findBodyRow, focusSpotOf, focusTargetIn, type FocusSpot } from './row-focus';
import { rowMoveFor, targetRow } from './row-navigation';

/** Where keyboard focus is, or is on its way to, in a table body: a row and the control in it. */
export interface RowFocus {
  index: number;
  spot: FocusSpot;
}

interface Options {
  /** Every body row, rendered or not: the rows a move can reach. */
  count: number;
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  /**
   * Brings a row that may not be rendered into the box (the virtualizer). Without it, a move to a
   * row not rendered waits, untouched, for a body that can (see `handoffRef`).
   */
  scrollToRow?: (index: number) => void;
  /** How many rows one PageDown moves. */
  pageSize: () => number;
  /** Called once focus has moved to the row at `index` (a windowed table keeps it in view). */
  afterMove?: (index: number) => void;
  /**
   * Shared by the stand-in rows of a long table and the windowed body that replaces them: the
   * stand-in notes where focus is, or was sent, and the windowed body takes it over when it loads.
   */
  handoffRef?: RefObject<RowFocus | null>;
}

const TYPING = 'input, textarea, select, [contenteditable="true"]';

/** True when nothing on the page has focus (the focused element was removed with the rows). */
const focusIsLost = () =>
  document.activeElement === null || document.activeElement === document.body;

/**
 * Keyboard moves between body rows (ArrowUp/Down, PageUp/Down, Home/End), also to rows not rendered
 * yet: the box scrolls there first and focus follows once the row is in the DOM.
 */
export function useRowNavigation({
  count,
  bodyRef,
  scrollToRow,
  pageSize,
  afterMove,
  handoffRef,
}: Options) {
  const pending = useRef<(RowFocus & { retries: number }) | null>(null);

  const focusRow = (row: HTMLTableRowElement, { index, spot }: RowFocus) => {
    pending.current = null;
    if (handoffRef) handoffRef.current = null;
    focusTargetIn(row, spot).focus();
    afterMove?.(index);
  };

  const goTo = (target: RowFocus) => {
    const row = findBodyRow(bodyRef.current, target.index);
    if (row) {
      focusRow(row, target);
      return;
    }
    pending.current = { ...target, retries: 3 };
    if (handoffRef) handoffRef.current = target;
    scrollToRow?.(target.index);
  };

  // After every render (the virtualizer renders new rows as the box scrolls): finish a pending move,
  // or ask again a few times (a scroll asked for before the box was measured can land short).
  useEffect(() => {
    const move = pending.current;
    if (!move) return;
    const row = findBodyRow(bodyRef.current, move.index);
    if (row) focusRow(row, move);
    else if (scrollToRow && move.retries > 0) {
      move.retries -= 1;
      scrollToRow(move.index);
    }
  });

  // A body that can reach every row (the windowed one) takes over what its stand-in left: a move
  // still on its way, or the row that had focus when the stand-in rows were replaced.
  useEffect(() => {
    const left = handoffRef?.current;
    if (!left || !scrollToRow || !focusIsLost()) return;
    goTo(left);
    // Once, when this body first renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Stand-in rows being replaced (their DOM still in place): what they noted is taken over only if
  // focus was in them, so a reader who has moved on is not pulled back when the windowed body loads.
  useLayoutEffect(
    () => () => {
      if (!handoffRef || scrollToRow) return;
      if (!bodyRef.current?.contains(document.activeElement)) handoffRef.current = null;
    },
    // On unmount only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const move = rowMoveFor(event);
    if (!move || !(event.target instanceof Element) || event.target.closest(TYPING)) return;
    const row = event.target.closest('tr');
    const current = Number(row?.dataset.index ?? Number.NaN);
    if (!row || !Number.isInteger(current)) return;
    event.preventDefault();
    const index = targetRow(move, current, count, pageSize());
    if (index !== current) goTo({ index, spot: focusSpotOf(row, event.target) });
  };

  /** Notes the row that has focus, for the body that takes over (stand-in rows only). */
  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    if (!handoffRef || scrollToRow) return;
    const row = event.target.closest<HTMLElement>('tr[data-index]');
    const index = Number(row?.dataset.index ?? Number.NaN);
    if (row instanceof HTMLTableRowElement && Number.isInteger(index))
      handoffRef.current = { index, spot: focusSpotOf(row, event.target) };
  };

  return { onKeyDown, onFocus };
}
