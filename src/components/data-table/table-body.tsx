import type { Row as TableRow } from '@tanstack/react-table';
import {
  lazy,
  Suspense,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';
import { useHydrated } from '@/lib/hydration';
import { BodyRow } from './body-row';
import { loadWindowedRows } from './load-windowed-rows';
import { ariaRowIndex, ESTIMATED_ROW_HEIGHT, LONG_TABLE_ROWS } from './row-navigation';
import { findBodyRow } from './row-focus';
import { useRowNavigation, type RowFocus } from './use-row-navigation';

// Only long tables need the virtualizer: it stays out of the first view's bundle.
const WindowedRows = lazy(loadWindowedRows);

interface TableBodyProps<Row> {
  /** Every row, sorted; or, before hydration, a windowed table's first rows (see DataTable). */
  rows: TableRow<Row>[];
  /** How many rows the table has. */
  rowCount: number;
  columnCount: number;
  /** Render only the rows in (and near) the scroll box's view. */
  windowed: boolean;
  scrollBox: HTMLDivElement | null;
  selectedRowId: string | null | undefined;
  emptyMessage: string;
}

/**
 * The body rows. A short table renders all of them. A windowed one renders only those near the
 * view (windowed-rows.tsx, loaded on first need); while it loads, the first LONG_TABLE_ROWS rows
 * stand in, so the table is never empty. They are also what the prerender writes and the hydrating
 * render reproduces: the windowed body only takes over once the page is hydrated.
 * Each row carries its `aria-rowindex` and `data-index`.
 */
export function TableBody<Row>(props: TableBodyProps<Row>) {
  const { rows, rowCount, columnCount, windowed, scrollBox, selectedRowId, emptyMessage } = props;
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows]);
  // Focus in the stand-in rows (or a keyboard move to a row they lack) carries over to the windowed body.
  const handoffRef = useRef<RowFocus | null>(null);
  const hydrated = useHydrated();
  if (rowCount === 0) {
    return (
      <tbody>
        <tr aria-rowindex={ariaRowIndex(0)}>
          <td colSpan={columnCount} className="data-table-empty">
            {emptyMessage}
          </td>
        </tr>
      </tbody>
    );
  }
  const all = <AllRows rows={rows} selectedRowId={selectedRowId} />;
  if (!windowed) return all;
  const first = (
    <AllRows
      rows={rows.slice(0, LONG_TABLE_ROWS)}
      count={rowCount}
      handoffRef={handoffRef}
      selectedRowId={selectedRowId}
    />
  );
  if (!hydrated) return first;
  return (
    <Suspense fallback={first}>
      <WindowedRows
        rowIds={rowIds}
        columnCount={columnCount}
        scrollBox={scrollBox}
        selectedRowId={selectedRowId}
        handoffRef={handoffRef}
        renderRow={(index, measureRef): ReactNode => {
          const row = rows[index];
          return row ? (
            <BodyRow
              key={row.id}
              row={row}
              index={index}
              selected={row.id === selectedRowId}
              measureRef={measureRef}
            />
          ) : null;
        }}
      />
    </Suspense>
  );
}

/**
 * Every row given, in the DOM: keyboard moves go between rendered rows, the page scrolls, and the
 * selected row is scrolled into view when it changes. As a long table's stand-in (`handoffRef`), moves
 * reach all `count` rows: one to a row not here waits for the windowed body, which finishes it.
 */
function AllRows<Row>({
  rows,
  count = rows.length,
  handoffRef,
  selectedRowId,
}: {
  rows: TableRow<Row>[];
  count?: number;
  handoffRef?: RefObject<RowFocus | null>;
  selectedRowId: string | null | undefined;
}) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const { onKeyDown, onFocus } = useRowNavigation({
    count,
    bodyRef,
    handoffRef,
    pageSize: () => Math.floor(window.innerHeight / ESTIMATED_ROW_HEIGHT) - 1,
  });
  const revealSelected = useEffectEvent((id: string) => {
    const index = rows.findIndex((row) => row.id === id);
    findBodyRow(bodyRef.current, index)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
  useEffect(() => {
    if (selectedRowId) revealSelected(selectedRowId);
  }, [selectedRowId]);
  return (
    <tbody ref={bodyRef} onKeyDown={onKeyDown} onFocus={onFocus}>
      {rows.map((row, index) => (
        <BodyRow key={row.id} row={row} index={index} selected={row.id === selectedRowId} />
      ))}
    </tbody>
  );
}
