import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useHydrated } from '@/lib/hydration';
import type { ColumnSort } from '@/lib/url-state';
import { CsvButton } from '../csv-button';
import { compareValues } from './compare-values';
import { ariaRowCount, LONG_TABLE_ROWS } from './row-navigation';
import { SortHeader } from './sort-header';
import { TableBody } from './table-body';
import './data-table.css';

export interface DataTableProps<Row> {
  /** Visible caption; names the table and its scroll region for assistive technology. */
  caption: ReactNode;
  columns: ColumnDef<Row>[];
  data: Row[];
  getRowId: (row: Row) => string;
  /** Current sort (from the URL); an id that names no sortable column means "record order". */
  sort: ColumnSort | null;
  onSortChange: (sort: ColumnSort | null) => void;
  selectedRowId?: string | null;
  emptyMessage: string;
  /** The table's "Download CSV": the file name's last part and what it holds (see CsvButton). */
  csv: { name: string; of: string };
  testId?: string;
}

function defaultColumn<Row>(): Partial<ColumnDef<Row>> {
  return {
    sortingFn: (a, b, columnId) => compareValues(a.getValue(columnId), b.getValue(columnId)),
    sortUndefined: 'last',
  };
}

/**
 * The one table renderer: header buttons sort ascending, descending, then back
 * to the record's order (click, Enter or Space); `aria-sort` marks the sorted
 * column. Sort state is owned by the caller (the URL), not by the table.
 * A long table (more than LONG_TABLE_ROWS rows) scrolls in its own box (70vh, focusable, named by
 * the caption) and renders only the rows in view; `aria-rowcount`/`aria-rowindex` give the whole.
 * In the body, ArrowUp/Down, PageUp/Down and Home/End move focus between rows (see table-body).
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, columns, data, getRowId, sort, onSortChange, selectedRowId, emptyMessage } =
    props;
  const captionId = useId();
  // State, not a ref: the body's virtualizer needs the box, and the box mounts after the body's effects run.
  const [scrollBox, setScrollBox] = useState<HTMLDivElement | null>(null);
  const sortable = useMemo(() => new Set(columns.map((c) => c.id)), [columns]);
  // A stable reference: TanStack re-sorts (and queues state resets) whenever this array changes identity.
  const sortId = sort && sortable.has(sort.id) ? sort.id : null;
  const sortDesc = sort?.desc ?? false;
  const sorting: SortingState = useMemo(
    () => (sortId ? [{ id: sortId, desc: sortDesc }] : []),
    [sortId, sortDesc],
  );

  const windowed = data.length > LONG_TABLE_ROWS;
  // Until the page is hydrated a long table shows its first rows in the record's order (what the
  // prerender wrote: table-body.tsx), so its model is built over those alone; the model of every
  // row (10,000 TanStack rows: about 100 ms) is built by the render after hydration, not in it.
  // A sort asked for meanwhile (a click before that render) needs every row.
  const standIn = !useHydrated() && windowed && sorting.length === 0;
  const modelData = useMemo(
    () => (standIn ? data.slice(0, LONG_TABLE_ROWS) : data),
    [standIn, data],
  );

  // TanStack Table v8 returns unstable functions; we do not use the React Compiler, so this is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable<Row>({
    columns,
    data: modelData,
    defaultColumn: useMemo(() => defaultColumn<Row>(), []),
    getRowId: (row) => getRowId(row),
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      onSortChange(first ? { id: first.id, desc: first.desc } : null);
    },
    enableMultiSort: false,
    autoResetAll: false,
    enableSortingRemoval: true,
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  const rows = table.getRowModel().rows;
  return (
    <>
      <div
        ref={setScrollBox}
        className={windowed ? 'data-table-scroll data-table-scroll--long' : 'data-table-scroll'}
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        data-testid={props.testId}
      >
        <table className="data-table" aria-rowcount={ariaRowCount(data.length)}>
          <caption id={captionId}>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => (
                  <SortHeader key={header.id} header={header} />
                ))}
              </tr>
            ))}
          </thead>
          <TableBody
            rows={rows}
            rowCount={data.length}
            columnCount={columns.length}
            windowed={windowed}
            scrollBox={scrollBox}
            selectedRowId={selectedRowId}
            emptyMessage={emptyMessage}
          />
        </table>
      </div>
      <CsvButton {...props.csv} rows={(chunk) => chunk.tableCsvRows(table)} />
    </>
  );
}
