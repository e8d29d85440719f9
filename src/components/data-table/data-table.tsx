import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type Row as TableRow,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import type { ColumnSort } from '@/lib/url-state';
import { compareValues } from './compare-values';
import { SortHeader } from './sort-header';
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
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, columns, data, getRowId, sort, onSortChange, selectedRowId, emptyMessage } = props;
  const captionId = useId();
  const sortable = useMemo(() => new Set(columns.map((c) => c.id)), [columns]);
  // A stable reference: TanStack re-sorts (and queues state resets) whenever this array changes identity.
  const sortId = sort && sortable.has(sort.id) ? sort.id : null;
  const sortDesc = sort?.desc ?? false;
  const sorting: SortingState = useMemo(() => (sortId ? [{ id: sortId, desc: sortDesc }] : []), [sortId, sortDesc]);

  // TanStack Table v8 returns unstable functions; we do not use the React Compiler, so this is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable<Row>({
    columns,
    data,
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
    <div
      className="data-table-scroll"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      data-testid={props.testId}
    >
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="data-table-empty">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <BodyRow key={row.id} row={row} selected={row.id === selectedRowId} />
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function BodyRow<Row>({ row, selected }: { row: TableRow<Row>; selected: boolean }) {
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selected]);
  return (
    <tr ref={ref} data-row-id={row.id} data-selected={selected ? true : undefined}>
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
      ))}
    </tr>
  );
}
