import { Missing } from '@/components/missing';
import type { AdverseEventGroup } from '@/trial/results/adverse-events-schema';
import { EventGroupsTable } from './event-groups-table';
import { groupLabel } from './group-label';

/** The module's event groups: each with its description, then their figures side by side. */
export function EventGroups({ groups }: { groups: readonly AdverseEventGroup[] }) {
  if (groups.length === 0) {
    return (
      <p>
        <Missing>The record lists no event groups.</Missing>
      </p>
    );
  }
  return (
    <>
      <dl className="ae-groups">
        {groups.map((group) => (
          <div key={group.id}>
            <dt>
              <bdi>{groupLabel(group)}</bdi>
            </dt>
            <dd className="ae-prose">{group.description ?? <Missing>No description</Missing>}</dd>
          </div>
        ))}
      </dl>
      <EventGroupsTable groups={groups} />
    </>
  );
}
