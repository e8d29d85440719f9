import { InvalidValue } from '@/components/invalid-value';
import { Missing } from '@/components/missing';
import { useProblemsAt } from '@/components/record-facts';
import type { ResultGroup } from '@/trial/results/results-fields-schema';
import { RESULTS_MODULE_PATHS } from '@/trial/results/results-paths';

/** The participant flow's groups (FG000..), each with its title and description as published. */
export function FlowGroups({ groups }: { groups: readonly ResultGroup[] }) {
  const problems = useProblemsAt(`${RESULTS_MODULE_PATHS.participantFlow}.groups`);
  return (
    <>
      <h4>Groups</h4>
      {groups.length === 0 ? (
        <p>
          <Missing>No groups listed</Missing>
        </p>
      ) : (
        <ul className="flow-groups">
          {groups.map((group) => (
            <li key={group.id}>
              <span className="flow-groups__title">
                {group.title ?? <Missing>Untitled group</Missing>}
              </span>
              {group.description === null ? (
                <Missing>No description provided</Missing>
              ) : (
                <span className="flow-groups__description">{group.description}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <p>
          <InvalidValue problems={problems} />
        </p>
      )}
    </>
  );
}
