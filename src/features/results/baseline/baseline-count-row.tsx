import { Missing } from '@/components/missing';
import { BASELINE_IDS } from './baseline-ids';
import { headersOf, type BaselineTableContext } from './baseline-table-context';

/**
 * A row of numbers analyzed (overall, a measure's or a class's): its label as the row header,
 * then per column the published count, or "Not provided" where the record gives none for the group.
 */
export function BaselineCountRow({
  context,
  id,
  label,
  count,
  rowHeaderIds = [],
  level = 0,
}: {
  context: BaselineTableContext;
  id: string;
  label: string;
  count: (groupId: string) => string | null;
  /** The headers above this row (its measure, its class). */
  rowHeaderIds?: readonly string[];
  level?: 0 | 1 | 2;
}) {
  const headers = [...rowHeaderIds, id];
  return (
    <tr className="baseline-table__count-row">
      <th
        scope="row"
        id={id}
        className={`baseline-table__row-header baseline-table__level-${level}`}
      >
        {label}
      </th>
      {context.columns.map((group) => {
        const value = count(group.id);
        return (
          <td key={group.id} headers={headersOf(BASELINE_IDS.column(group.id), headers)}>
            {value ?? <Missing />}
          </td>
        );
      })}
    </tr>
  );
}

const PARTICIPANTS = 'participants';

/** "Overall number of baseline participants" (ClinicalTrials.gov's words), or of other units analyzed. */
export function overallCountLabel(units: string | null): string {
  if (units === null) return 'Overall number analyzed (units not given)';
  if (units.trim().toLowerCase() === PARTICIPANTS) return 'Overall number of baseline participants';
  return `Overall number of units analyzed (${units})`;
}

/** "Number analyzed (Participants)", for a measure's or a class's own numbers. */
export function countLabel(units: string | null): string {
  return units === null ? 'Number analyzed (units not given)' : `Number analyzed (${units})`;
}
