import { Missing } from '@/components/missing';
import type { FlowCount } from '@/trial/results/participant-flow-schema';

/**
 * One group's count in the flow table, as published: the number of participants (or "Not
 * provided"), the units counted besides them ("Eyes: 24") where the record gives them, and the
 * count's comment with it.
 */
export function FlowCountCell({ count, units }: { count: FlowCount | undefined; units: string }) {
  const subjects = count?.numSubjects ?? null;
  const numUnits = count?.numUnits ?? null;
  const comment = count?.comment ?? null;
  const value = subjects ?? <Missing />;
  return (
    <td className="flow-table__count">
      {numUnits === null ? (
        value
      ) : (
        <>
          <span className="flow-count__line">Participants: {value}</span>
          <span className="flow-count__line">
            {units}: {numUnits}
          </span>
        </>
      )}
      {comment !== null && <span className="flow-count__comment">{comment}</span>}
    </td>
  );
}
