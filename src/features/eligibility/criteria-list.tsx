import type { CriterionNode } from './nest-criteria';

/** Criteria as a real bulleted list, nested levels as nested lists. */
export function CriteriaList({ nodes }: { nodes: readonly CriterionNode[] }) {
  return (
    <ul className="criteria-list">
      {nodes.map((node, index) => (
        <li key={`${String(index)}-${node.text}`}>
          {node.text}
          {node.children.length > 0 ? <CriteriaList nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  );
}
