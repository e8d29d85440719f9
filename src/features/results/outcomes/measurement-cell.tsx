import { Missing } from '@/components/missing';
import type { Measurement } from '@/trial/results/results-fields-schema';
import { cellText } from './outcome-text';

/** One cell of an outcome table: the published value with its spread or limits, and its comment. */
export function MeasurementCell({ measurement }: { measurement: Measurement | undefined }) {
  const text = measurement === undefined ? null : cellText(measurement);
  const comment = measurement?.comment ?? null;
  return (
    <td>
      {text === null ? <Missing>No value given</Missing> : <span>{text}</span>}
      {comment === null ? null : <span className="outcome-table__comment">{comment}</span>}
    </td>
  );
}
