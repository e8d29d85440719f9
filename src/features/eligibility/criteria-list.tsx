import type { CriterionNode } from './nest-criteria';

/** Criteria as a real bulleted list, nested levels as nested lists; the top list is named by its heading. */
export function CriteriaList({
  nodes,
  labelledBy,
}: {
  nodes: readonly CriterionNode[];
  labelledBy?: string;
}) {
  return (
    <ul className="criteria-list" aria-labelledby={labelledBy}>
      {nodes.map((node, index) => (
        <li key={`${String(index)}-${node.text}`}>
          {node.text}
          {node.children.length > 0 ? <CriteriaList nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  );
}
