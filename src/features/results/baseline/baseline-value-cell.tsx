import { Missing } from '@/components/missing';
import type { DispersionKind } from '@/trial/results/baseline-measure-labels';
import type { Measurement } from '@/trial/results/results-fields-schema';
import { cellParts } from './baseline-cell-parts';

/**
 * One published value of the baseline table, in one format for every measure (the table note
 * explains it): the value, then its spread in parentheses ("38.2 (11.6)"), or its range or
 * interval in square brackets, lower to upper ("26 [22 to 54]"), or the explorer's percent of a
 * count ("82 (51.9%)"). A part the measure's dispersion calls for but the record lacks says
 * "not given" (only beside a number: an "NA" value stands alone); a part the record gives is
 * shown even where the measure's dispersion does not call for it. A comment follows the value.
 */
export function BaselineValueCell({
  measurement,
  kind,
  percent,
  headers,
}: {
  /** Undefined: the record has no measurement for this group in this row. */
  measurement: Measurement | undefined;
  kind: DispersionKind;
  /** The explorer's percent of a count of participants ("51.9%"), or null. */
  percent: string | null;
  headers: string;
}) {
  if (measurement === undefined)
    return (
      <td headers={headers} className="baseline-table__value">
        <Missing />
      </td>
    );
  const { value, spread, lowerLimit, upperLimit, comment } = measurement;
  const parts = cellParts(measurement, kind, percent);
  return (
    <td headers={headers} className="baseline-table__value">
      <span className="baseline-table__figure">
        {value ?? <Missing />}
        {parts.percent && <span className="baseline-table__percent"> ({percent})</span>}
        {parts.spread && <> ({spread ?? <NotGiven />})</>}
        {parts.limits && (
          <>
            {' '}
            [{lowerLimit ?? <NotGiven />} to {upperLimit ?? <NotGiven />}]
          </>
        )}
      </span>
      {comment !== null && (
        <span className="baseline-table__comment">
          <span className="baseline-table__comment-label">Comment:</span> {comment}
        </span>
      )}
    </td>
  );
}

function NotGiven() {
  return <Missing>not given</Missing>;
}
