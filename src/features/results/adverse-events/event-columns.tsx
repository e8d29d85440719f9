import type { ColumnDef } from '@tanstack/react-table';
import { isolateText } from '@/trial/isolate-text';
import type { AdverseEventGroup } from '@/trial/results/adverse-events-schema';
import { CountCell, OrganSystemCell, PercentCell, TermCell } from './event-cells';
import type { EventRow, GroupFigures } from './event-rows';
import { groupLabel } from './group-label';

/** The columns every events table starts with. */
const termColumns: ColumnDef<EventRow>[] = [
  {
    id: 'term',
    header: 'Term',
    accessorFn: (row) => row.event.term,
    cell: ({ row }) => <TermCell row={row.original} />,
  },
  {
    id: 'organSystem',
    header: 'Organ system',
    accessorFn: (row) => row.event.organSystem ?? undefined,
    cell: ({ row }) => <OrganSystemCell row={row.original} />,
  },
];

const NO_FIGURES: GroupFigures = { stat: null, percent: null };

function figuresOf(row: EventRow, index: number): GroupFigures {
  return row.figures[index] ?? NO_FIGURES;
}

/**
 * A group's four columns: affected, at risk, percent (the explorer's), events. Ids are URL-safe
 * and positional ("g0Affected" is the module's first group), so a sort in the URL never carries
 * the record's text. A value the record lacks sorts last, whichever the direction.
 */
function groupColumns(group: AdverseEventGroup, index: number): ColumnDef<EventRow>[] {
  // Record text beside our words in a plain string: isolated, so its bidi marks stay inside it.
  const label = isolateText(groupLabel(group));
  const g = `g${String(index)}`;
  return [
    {
      id: `${g}Affected`,
      header: `${label}: affected`,
      accessorFn: (row) => figuresOf(row, index).stat?.numAffected ?? undefined,
      cell: ({ row }) => {
        const figures = figuresOf(row.original, index);
        return <CountCell figures={figures} count={figures.stat?.numAffected ?? null} />;
      },
    },
    {
      id: `${g}AtRisk`,
      header: `${label}: at risk`,
      accessorFn: (row) => figuresOf(row, index).stat?.numAtRisk ?? undefined,
      cell: ({ row }) => {
        const figures = figuresOf(row.original, index);
        return <CountCell figures={figures} count={figures.stat?.numAtRisk ?? null} />;
      },
    },
    {
      id: `${g}Percent`,
      header: `${label}: % affected`,
      accessorFn: (row) => figuresOf(row, index).percent ?? undefined,
      cell: ({ row }) => <PercentCell figures={figuresOf(row.original, index)} />,
    },
    {
      id: `${g}Events`,
      header: `${label}: events`,
      accessorFn: (row) => figuresOf(row, index).stat?.numEvents ?? undefined,
      cell: ({ row }) => {
        const figures = figuresOf(row.original, index);
        return <CountCell figures={figures} count={figures.stat?.numEvents ?? null} />;
      },
    },
  ];
}

/** The columns of an events table for the module's groups (memoize per groups array). */
export function eventColumns(groups: readonly AdverseEventGroup[]): ColumnDef<EventRow>[] {
  return [...termColumns, ...groups.flatMap(groupColumns)];
}
