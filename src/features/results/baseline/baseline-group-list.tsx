import { Missing } from '@/components/missing';
import type { BaselineGroup } from '@/trial/results/baseline-schema';

/** The groups of the table's columns, in the same order, each with its published description. */
export function BaselineGroupList({ columns }: { columns: readonly BaselineGroup[] }) {
  return (
    <>
      <h4 className="baseline-part__subheading">Groups</h4>
      <dl className="baseline-groups">
        {columns.map((group) => (
          <div key={group.id} className="baseline-groups__item">
            <dt>
              {group.title ?? <Missing>{`Untitled group ${group.id}`}</Missing>}
              {group.isTotal && <span className="baseline-groups__total"> (Total column)</span>}
            </dt>
            <dd>{group.description ?? <Missing>No description given</Missing>}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
