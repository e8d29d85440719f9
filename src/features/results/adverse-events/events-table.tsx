import type { ColumnDef } from '@tanstack/react-table';
import { memo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { setUrlState } from '@/lib/use-url-state';
import type { EventKind } from '@/trial/results/adverse-event-chart-terms';
import { formatCount } from '@/trial/count-text';
import type { EventRow } from './event-rows';
import { useUrlSort } from '@/lib/use-url-state';

const TITLES = { serious: 'Serious adverse events', other: 'Other adverse events' } as const;
const SORT_KEYS = { serious: 'seriousSort', other: 'otherSort' } as const;

const rowId = (row: EventRow) => row.event.id;

/**
 * The serious or the other events as the one shared table: sortable (the sort in the URL),
 * windowed when long. Until sorted, rows are by organ system, then term. Memoized: a render of
 * the filters that leaves its rows as they were does not re-render it.
 */
export const EventsTable = memo(function EventsTable({
  kind,
  rows,
  totalCount,
  columns,
}: {
  kind: EventKind;
  /** The rows the filters leave, in the default order. */
  rows: EventRow[];
  totalCount: number;
  columns: ColumnDef<EventRow>[];
}) {
  const key = SORT_KEYS[kind];
  const sort = useUrlSort(key);
  const shown =
    rows.length === totalCount
      ? formatCount(totalCount)
      : `${formatCount(rows.length)} of ${formatCount(totalCount)}`;
  const emptyMessage =
    totalCount === 0
      ? `The record lists no ${kind} adverse events.`
      : `No ${kind} adverse event matches the filters.`;
  return (
    <div className="ae-events-table">
      <DataTable
        caption={`${TITLES[kind]} (${shown}): by organ system, then term, until sorted`}
        columns={columns}
        data={rows}
        getRowId={rowId}
        sort={sort}
        onSortChange={(next) =>
          setUrlState(kind === 'serious' ? { seriousSort: next } : { otherSort: next })
        }
        emptyMessage={emptyMessage}
        csv={{ name: `${kind}-adverse-events`, of: `the ${kind} adverse events` }}
        testId={`ae-${kind}-table`}
      />
    </div>
  );
});
