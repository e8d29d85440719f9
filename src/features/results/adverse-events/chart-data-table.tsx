import { TableScroll } from '@/components/table-scroll';
import { Missing } from '@/components/missing';
import type { ChartTerm } from '@/trial/results/adverse-event-chart-terms';
import { statFor } from '@/trial/results/adverse-event-percents';
import type { AdverseEventGroup } from '@/trial/results/adverse-events-schema';
import { formatCount } from '@/trial/count-text';
import { NOT_REPORTED } from './event-cells';
import { groupLabel } from './group-label';
import { percentText, pointsText } from './percent-text';

function ChartCell({
  row,
  group,
  percent,
}: {
  row: ChartTerm;
  group: AdverseEventGroup;
  percent: number | null;
}) {
  const stat = statFor(row.event, group.id);
  if (stat === null) return <Missing>{NOT_REPORTED}</Missing>;
  const { numAffected, numAtRisk } = stat;
  if (numAffected === null || numAtRisk === null) return <Missing>Counts not given</Missing>;
  if (percent === null) return <Missing>None at risk</Missing>;
  return (
    <>
      {percentText(percent)}{' '}
      <span className="ae-chart-table__counts">
        ({formatCount(numAffected)} / {formatCount(numAtRisk)})
      </span>
    </>
  );
}

/**
 * The dot chart's data, visible: each charted term (row headers) with each group's percent
 * affected and the counts it comes from, and the difference the rows are ordered by.
 */
export function ChartDataTable({
  id,
  rows,
  groups,
}: {
  id: string;
  rows: readonly ChartTerm[];
  groups: readonly AdverseEventGroup[];
}) {
  const captionId = `${id}-caption`;
  return (
    <TableScroll
      captionId={captionId}
      className="ae-table-scroll"
      csv={{ name: 'adverse-events-charted', of: 'the charted adverse events' }}
    >
      <table id={id} className="ae-chart-table">
        <caption id={captionId}>
          Charted values: percent affected (affected / at risk) by group, and the largest difference
          between groups
        </caption>
        <thead>
          <tr>
            <th scope="col">Term</th>
            {groups.map((group) => (
              <th key={group.id} scope="col">
                <bdi>{groupLabel(group)}</bdi>
              </th>
            ))}
            <th scope="col">Largest difference</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.event.id}>
              <th scope="row">
                <bdi>{row.event.term}</bdi> ({row.kind})
              </th>
              {groups.map((group, index) => (
                <td key={group.id}>
                  <ChartCell
                    row={row}
                    group={group}
                    percent={row.percents[index]?.percent ?? null}
                  />
                </td>
              ))}
              <td>
                {row.difference === null ? (
                  <Missing>Fewer than two groups with figures</Missing>
                ) : (
                  pointsText(row.difference)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
