import { TableScroll } from '@/components/table-scroll';
import { InvalidValue } from '@/components/invalid-value';
import type { RecordProblem } from '@/trial/trial-schema';
import type { FlowCount } from '@/trial/results/participant-flow-schema';
import { FlowCountCell } from './flow-count-cell';
import { countOf, type PeriodGroup } from './flow-labels';

/** A row of the flow table: a milestone or a reason for not completing, with its record problems. */
export interface FlowTableRow {
  key: string;
  label: string;
  comment: string | null;
  counts: readonly FlowCount[];
  problems: readonly RecordProblem[];
}

export interface FlowTableProps {
  id: string;
  caption: string;
  groups: readonly PeriodGroup[];
  milestones: readonly FlowTableRow[];
  reasons: readonly FlowTableRow[];
  units: string;
  /** The table's "Download CSV" (see TableScroll). */
  csv: { name: string; of: string };
}

/**
 * A period's numbers as a table, the data of its diagrams: the milestones in record order, then
 * the reasons for not completing under their own row header; a column per group the period
 * counts. Every count and comment as published.
 */
export function FlowTable({
  id,
  caption,
  groups,
  milestones,
  reasons,
  units,
  csv,
}: FlowTableProps) {
  const captionId = `${id}-caption`;
  return (
    <TableScroll captionId={captionId} className="flow-table-scroll" csv={csv}>
      <table id={id} className="flow-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Milestone</th>
            {groups.map((group) => (
              <th key={group.id} scope="col">
                {group.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {milestones.map((row) => (
            <Row key={row.key} row={row} groups={groups} units={units} />
          ))}
        </tbody>
        {reasons.length > 0 && (
          <tbody>
            <tr>
              <th scope="rowgroup" colSpan={groups.length + 1} className="flow-table__rowgroup">
                Not completed, by reason
              </th>
            </tr>
            {reasons.map((row) => (
              <Row key={row.key} row={row} groups={groups} units={units} />
            ))}
          </tbody>
        )}
      </table>
    </TableScroll>
  );
}

function Row({
  row,
  groups,
  units,
}: {
  row: FlowTableRow;
  groups: readonly PeriodGroup[];
  units: string;
}) {
  return (
    <tr>
      <th scope="row">
        {row.label}
        {row.comment !== null && <span className="flow-count__comment">{row.comment}</span>}
        {row.problems.length > 0 && (
          <span className="flow-table__problems">
            <InvalidValue problems={row.problems} />
          </span>
        )}
      </th>
      {groups.map((group) => (
        <FlowCountCell key={group.id} count={countOf(row.counts, group.id)} units={units} />
      ))}
    </tr>
  );
}
