import type { CriterionNode } from './nest-criteria';

/**
 * Criteria as a real bulleted list, nested levels as nested lists; the top list is named by its
 * heading. `checklist`: each criterion with a checkbox the reader may tick (the eligibility check's
 * "Go through the criteria as a checklist"); the ticks live in the page only.
 */
export function CriteriaList({
  nodes,
  labelledBy,
  checklist = false,
}: {
  nodes: readonly CriterionNode[];
  labelledBy?: string;
  checklist?: boolean;
}) {
  return (
    <ul className="criteria-list" aria-labelledby={labelledBy}>
      {nodes.map((node, index) => (
        <li key={`${String(index)}-${node.text}`}>
          {checklist ? (
            <label>
              <input type="checkbox" className="criteria-list__check" />
              {node.text}
            </label>
          ) : (
            node.text
          )}
          {node.children.length > 0 ? (
            <CriteriaList nodes={node.children} checklist={checklist} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
