import { flexRender, type Row as TableRow } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import { ariaRowIndex } from './row-navigation';
import { useBodyOffsets } from './use-body-offsets';
import { useRowNavigation } from './use-row-navigation';

interface TableBodyProps<Row> {
  /** Every row, sorted: the virtualizer windows over all of them. */
  rows: TableRow<Row>[];
  columnCount: number;
  /** Render only the rows in (and near) the scroll box's view. */
  windowed: boolean;
  scrollBox: HTMLDivElement | null;
  selectedRowId: string | null | undefined;
  emptyMessage: string;
}

/** A first guess of a row's height; rendered rows are measured. */
const ESTIMATED_ROW_HEIGHT = 40;
/** Rows rendered beyond each edge of the view, so fast scrolling and Tab rarely meet a gap. */
const OVERSCAN = 10;

/**
 * The body rows: all of them, or (windowed) only those near the view plus a spacer row above and
 * below that keeps the scrollbar true. Each row carries its `aria-rowindex` and `data-index`.
 */
export function TableBody<Row>(props: TableBodyProps<Row>) {
  const { rows, columnCount, windowed, scrollBox, selectedRowId, emptyMessage } = props;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const offsets = useBodyOffsets(bodyRef, windowed);
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  // Like TanStack Table, TanStack Virtual returns unstable functions; we do not use the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    enabled: windowed,
    getScrollElement: () => scrollBox,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey,
    overscan: OVERSCAN,
    scrollMargin: offsets.top,
    scrollPaddingStart: offsets.header,
  });
  const { onKeyDown, reveal } = useRowNavigation({
    count: rows.length,
    bodyRef,
    scrollToRow: (index, align) => {
      if (windowed) virtualizer.scrollToIndex(index, { align });
    },
    pageSize: () => {
      const view =
        windowed && scrollBox ? scrollBox.clientHeight - offsets.header : window.innerHeight;
      return Math.floor(view / ESTIMATED_ROW_HEIGHT) - 1;
    },
  });

  const revealSelected = useEffectEvent((id: string) => {
    const index = rows.findIndex((row) => row.id === id);
    if (index >= 0) reveal(index);
  });
  // On selection (from the map or the URL), and once the box exists (the first render has none yet).
  useEffect(() => {
    if (selectedRowId) revealSelected(selectedRowId);
  }, [selectedRowId, scrollBox]);

  if (rows.length === 0) {
    return (
      <tbody ref={bodyRef}>
        <tr aria-rowindex={ariaRowIndex(0)}>
          <td colSpan={columnCount} className="data-table-empty">
            {emptyMessage}
          </td>
        </tr>
      </tbody>
    );
  }

  const items = windowed ? virtualizer.getVirtualItems() : null;
  const indexes = items ? items.map((item) => item.index) : rows.map((_, index) => index);
  const first = items?.[0];
  const last = items?.at(-1);
  const above = first ? first.start - virtualizer.options.scrollMargin : 0;
  const below = last
    ? virtualizer.getTotalSize() - (last.end - virtualizer.options.scrollMargin)
    : 0;
  return (
    <tbody ref={bodyRef} onKeyDown={onKeyDown}>
      {above > 0 && <Spacer height={above} columnCount={columnCount} />}
      {indexes.map((index) => {
        const row = rows[index];
        if (!row) return null;
        return (
          <tr
            key={row.id}
            ref={windowed ? virtualizer.measureElement : undefined}
            data-index={index}
            data-row-id={row.id}
            data-selected={row.id === selectedRowId ? true : undefined}
            aria-rowindex={ariaRowIndex(index)}
            tabIndex={-1}
          >
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
            ))}
          </tr>
        );
      })}
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
