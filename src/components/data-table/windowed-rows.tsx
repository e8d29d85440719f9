import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import { keepRowInView } from './keep-row-in-view';
import { ESTIMATED_ROW_HEIGHT } from './row-navigation';
import { useBodyOffsets } from './use-body-offsets';
import { useRevealRow } from './use-reveal-row';
import { useRowNavigation, type RowFocus } from './use-row-navigation';

interface WindowedRowsProps {
  /** The id of every row, in display order: the virtualizer windows over all of them. */
  rowIds: readonly string[];
  columnCount: number;
  scrollBox: HTMLDivElement | null;
  selectedRowId: string | null | undefined;
  /** Where focus was (or was going) in the stand-in rows this body replaces: it takes that over. */
  handoffRef?: RefObject<RowFocus | null>;
  /** Renders the row at `index`, with the virtualizer's measuring ref on its `<tr>`. */
  renderRow: (index: number, measureRef: Ref<HTMLTableRowElement>) => ReactNode;
}

/** Rows rendered beyond each edge of the view, so fast scrolling and Tab rarely meet a gap. */
const OVERSCAN = 10;

/**
 * A long table's body (loaded lazily by table-body.tsx): only the rows near the scroll box's view,
 * with spacer rows for the rows left out, which keep the scrollbar true. Keyboard moves and the selected
 * row reach rows not rendered yet by scrolling the box there first.
 */
export default function WindowedRows(props: WindowedRowsProps) {
  const { rowIds, columnCount, scrollBox, selectedRowId, handoffRef, renderRow } = props;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const offsets = useBodyOffsets(bodyRef);
  const getItemKey = useCallback((index: number) => rowIds[index] ?? index, [rowIds]);
  // The row holding focus stays rendered wherever the box scrolls: unmounting it would drop focus
  // to the page (a keyboard reader's place lost) when measurements move the window away from it.
  // State, not a ref: a new extractor makes the virtualizer recompute its range at once.
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex === null || focusedIndex >= range.count || indexes.includes(focusedIndex))
        return indexes;
      return [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const row = event.target.closest<HTMLElement>('tr[data-index]');
    setFocusedIndex(row ? Number(row.dataset.index) : null);
  };
  const onBlur = (event: FocusEvent<HTMLTableSectionElement>) => {
    const to = event.relatedTarget;
    if (!(to instanceof Node && event.currentTarget.contains(to))) setFocusedIndex(null);
  };
  // Like TanStack Table, TanStack Virtual returns unstable functions; we do not use the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowIds.length,
    getScrollElement: () => scrollBox,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey,
    overscan: OVERSCAN,
    rangeExtractor,
    scrollMargin: offsets.top,
    scrollPaddingStart: offsets.header,
    // React 19: measurements re-render normally; flushSync inside a commit only warns.
    useFlushSync: false,
  });
  // After a keyboard move, the focused row is kept in the box while the rows around it are measured.
  const stopKeeping = useRef<(() => void) | null>(null);
  useEffect(() => () => stopKeeping.current?.(), []);
  const { onKeyDown } = useRowNavigation({
    count: rowIds.length,
    bodyRef,
    handoffRef,
    scrollToRow: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    pageSize: () =>
      Math.floor(((scrollBox?.clientHeight ?? 0) - offsets.header) / ESTIMATED_ROW_HEIGHT) - 1,
    afterMove: (index) => {
      stopKeeping.current?.();
      stopKeeping.current = scrollBox
        ? keepRowInView({
            index,
            body: () => bodyRef.current,
            scrollBox,
            headerHeight: () => offsets.header,
            scrollToIndex: (i) => virtualizer.scrollToIndex(i, { align: 'auto' }),
          })
        : null;
    },
  });
  useRevealRow({
    rowId: selectedRowId,
    indexOf: (id) => rowIds.indexOf(id),
    bodyRef,
    scrollBox,
    headerHeight: offsets.header,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'center' }),
  });

  // Rendered rows, with a spacer wherever rows are left out: above and below the window, and
  // between the window and a focused row kept apart from it.
  const parts: ReactNode[] = [];
  let cursor = virtualizer.options.scrollMargin;
  for (const item of virtualizer.getVirtualItems()) {
    if (item.start > cursor) {
      parts.push(
        <Spacer
          key={`gap-${String(item.index)}`}
          height={item.start - cursor}
          columnCount={columnCount}
        />,
      );
    }
    parts.push(renderRow(item.index, virtualizer.measureElement));
    cursor = item.end;
  }
  const below = virtualizer.getTotalSize() + virtualizer.options.scrollMargin - cursor;
  if (below > 0) parts.push(<Spacer key="below" height={below} columnCount={columnCount} />);
  return (
    <tbody ref={bodyRef} onKeyDown={onKeyDown} onFocus={onFocus} onBlur={onBlur}>
      {parts}
    </tbody>
  );
}

/** Stands in for the rows not rendered: hidden from assistive technology, which gets aria-rowcount instead. */
function Spacer({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden="true" className="data-table-spacer" style={{ height }}>
      <td colSpan={columnCount} />
    </tr>
  );
}
