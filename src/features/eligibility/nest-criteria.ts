import type { Criterion } from '@/trial/trial-schema';

export interface CriterionNode {
  text: string;
  children: CriterionNode[];
}

/**
 * Flat criteria with levels -> a tree for nested lists. A line deeper than the line before it
 * becomes that line's child (a jump of two levels still nests one deeper); a first line that
 * is already nested becomes a top-level item, so no text is ever dropped.
 */
export function nestCriteria(criteria: readonly Criterion[]): CriterionNode[] {
  const roots: CriterionNode[] = [];
  const open: { level: number; node: CriterionNode }[] = [];
  for (const { text, level } of criteria) {
    const node: CriterionNode = { text, children: [] };
    while (open.length > 0 && (open.at(-1)?.level ?? 0) >= level) open.pop();
    const parent = open.at(-1);
    (parent === undefined ? roots : parent.node.children).push(node);
    open.push({ level, node });
  }
  return roots;
}
