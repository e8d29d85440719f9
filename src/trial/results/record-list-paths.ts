import type { RecordProblem } from '../trial-schema';

/**
 * Where the kept items of a record list sit in the record, for their problems. The salvaging
 * parse drops an item that is not an object as a hole, reported at the item's own path
 * ("...milestones[1]"), and the model keeps the other items in order without their positions.
 * An item whose own fields are all optional (a flow period, milestone or reason) is dropped
 * only so, which is what lets its position be worked out again. Pure.
 */

/** Whether `path` is `base` or a path inside it ("a.b[2]" is inside "a.b" and "a"). */
export function isPathUnder(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[`);
}

/** The problems at or under `base`. */
export function problemsUnder(
  problems: readonly RecordProblem[],
  base: string,
): readonly RecordProblem[] {
  return problems.filter((problem) => isPathUnder(problem.path, base));
}

/** The positions of the items of `listPath` that were dropped (reported at the item's path), ascending. */
export function droppedPositions(listPath: string, problems: readonly RecordProblem[]): number[] {
  const item = new RegExp(`^${escapeRegExp(listPath)}\\[(\\d+)\\]$`);
  const positions = problems.flatMap((problem) => {
    const match = item.exec(problem.path);
    return match ? [Number(match[1])] : [];
  });
  return [...new Set(positions)].sort((a, b) => a - b);
}

/** The record path of each of the `kept` items of `listPath`, the dropped positions skipped. */
export function keptItemPaths(
  listPath: string,
  kept: number,
  problems: readonly RecordProblem[],
): string[] {
  const dropped = new Set(droppedPositions(listPath, problems));
  const paths: string[] = [];
  for (let position = 0; paths.length < kept; position++) {
    if (!dropped.has(position)) paths.push(`${listPath}[${position}]`);
  }
  return paths;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
