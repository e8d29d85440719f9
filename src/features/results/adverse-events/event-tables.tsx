import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { filterEventRows, type OrganSystemCount } from './event-filter';
import { EventFiltersForm } from './event-filters';
import type { EventRow } from './event-rows';
import { EventsTable } from './events-table';
import { useEventFilters } from './use-event-filters';

/**
 * The serious and the other events tables under one pair of filters (organ system, term words).
 * The filters live here, not in the part: a keystroke re-renders the form at once and the tables
 * in a deferred render, never the chart and the rest of the part.
 */
export function EventTables({
  serious,
  other,
  systems,
  columns,
}: {
  serious: EventRow[];
  other: EventRow[];
  systems: readonly OrganSystemCount[];
  columns: ColumnDef<EventRow>[];
}) {
  const filters = useEventFilters(systems);
  const { system, appliedText } = filters;
  const seriousShown = useMemo(
    () => filterEventRows(serious, { system, text: appliedText }),
    [serious, system, appliedText],
  );
  const otherShown = useMemo(
    () => filterEventRows(other, { system, text: appliedText }),
    [other, system, appliedText],
  );
  return (
    <>
      <EventFiltersForm
        filters={filters}
        systems={systems}
        counts={{
          serious: { shown: seriousShown.length, total: serious.length },
          other: { shown: otherShown.length, total: other.length },
        }}
      />
      <EventsTable
        kind="serious"
        rows={seriousShown}
        totalCount={serious.length}
        columns={columns}
      />
      <EventsTable kind="other" rows={otherShown} totalCount={other.length} columns={columns} />
    </>
  );
}
