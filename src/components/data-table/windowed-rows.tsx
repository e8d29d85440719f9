import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type ReactNode, type Ref } from 'react';
import { keepRowInView } from './keep-row-in-view';
import { ESTIMATED_ROW_HEIGHT } from './row-navigation';
import { useBodyOffsets } from './use-body-offsets';
import { useRevealRow } from './use-reveal-row';
import { useRowNavigation } from './use-row-navigation';

interface WindowedRowsProps {
  /** The id of every row, in display order: the virtualizer windows over all of them. */
  rowIds: readonly string[];
  columnCount: number;
  scrollBox: HTMLDivElement | null;
  selectedRowId: string | null | undefined;
  /** Renders the row at `index`, with the virtualizer's measuring ref on its `<tr>`. */
  renderRow: (index: number, measureRef: Ref<HTMLTableRowElement>) => ReactNode;
}

/** Rows rendered beyond each edge of the view, so fast scrolling and Tab rarely meet a gap. */
const OVERSCAN = 10;

/**
 * A long table's body (loaded lazily by table-body.tsx): only the rows near the scroll box's view,
 * with a spacer row above and below that keeps the scrollbar true. Keyboard moves and the selected
 * row reach rows not rendered yet by scrolling the box there first.
 */
export default function WindowedRows(props: WindowedRowsProps) {
  const { rowIds, columnCount, scrollBox, selectedRowId, renderRow } = props;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const offsets = useBodyOffsets(bodyRef);
  const getItemKey = useCallback((index: number) => rowIds[index] ?? index, [rowIds]);
  // Like TanStack Table, TanStack Virtual returns unstable functions; we do not use the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowIds.length,
    getScrollElement: () => scrollBox,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey,
    overscan: OVERSCAN,
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
    scrollToRow: (index, align) => virtualizer.scrollToIndex(index, { align }),
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
    windowed: true,
    headerHeight: offsets.header,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'center' }),
  });

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const margin = virtualizer.options.scrollMargin;
  const above = first ? first.start - margin : 0;
  const below = last ? virtualizer.getTotalSize() - (last.end - margin) : 0;
  return (
    <tbody ref={bodyRef} onKeyDown={onKeyDown}>
      {above > 0 && <Spacer height={above} columnCount={columnCount} />}
      {items.map((item) => renderRow(item.index, virtualizer.measureElement))}
      {below > 0 && <Spacer height={below} columnCount={columnCount} />}
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
