import { TableScroll } from '@/components/table-scroll';
import { useId } from 'react';
import { Missing } from '@/components/missing';
import { percentAffected } from '@/trial/results/adverse-event-percents';
import type { AdverseEventGroup, AffectedCounts } from '@/trial/results/adverse-events-schema';
import { formatCount } from '@/trial/count-text';
import { groupLabel } from './group-label';
import { percentText } from './percent-text';

const KINDS = [
  { key: 'deaths', label: 'Deaths (all causes)' },
  { key: 'serious', label: 'Serious adverse events' },
  { key: 'other', label: 'Other (not serious) adverse events' },
] as const;

/** "4 / 158 (2.5%)": affected / at risk as published, the explorer's percent after them. */
function AffectedCell({ counts }: { counts: AffectedCounts }) {
  const { numAffected, numAtRisk } = counts;
  if (numAffected === null && numAtRisk === null) return <Missing>Not reported</Missing>;
  const percent = percentAffected(numAffected, numAtRisk);
  return (
    <>
      {numAffected === null ? <Missing>affected not given</Missing> : formatCount(numAffected)}
      {' / '}
      {numAtRisk === null ? <Missing>at risk not given</Missing> : formatCount(numAtRisk)}
      {percent !== null && (
        <span className="ae-groups-table__percent"> ({percentText(percent)})</span>
      )}
    </>
  );
}

/**
 * Participants affected out of those at risk, per event group (the module's own groups, as
 * columns): all-cause deaths, serious and other adverse events.
 */
export function EventGroupsTable({ groups }: { groups: readonly AdverseEventGroup[] }) {
  const captionId = useId();
  return (
    <TableScroll
      captionId={captionId}
      className="ae-table-scroll"
      csv={{ name: 'adverse-events-by-group', of: 'the participants affected by group' }}
    >
      <table className="ae-groups-table">
        <caption id={captionId}>Participants affected / at risk, by group</caption>
        <thead>
          <tr>
            <td />
            {groups.map((group) => (
              <th key={group.id} scope="col">
                <bdi>{groupLabel(group)}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {KINDS.map(({ key, label }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              {groups.map((group) => (
                <td key={group.id}>
                  <AffectedCell counts={group[key]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
