import type { RecordProblem } from './trial-schema';

/** Looks up the problems at a path and under it ("...locations[3]" finds "...locations[3].geoPoint.lat"). */
export type ProblemLookup = (path: string) => readonly RecordProblem[];

const NONE: readonly RecordProblem[] = [];

/** Every path a problem sits at or under: "a.b[3].c" -> "a", "a.b", "a.b[3]", "a.b[3].c". */
function enclosingPaths(path: string): string[] {
  const paths: string[] = [];
  for (let index = 1; index < path.length; index++) {
    const char = path[index];
    if (char === '.' || char === '[') paths.push(path.slice(0, index));
  }
  paths.push(path);
  return paths;
}

/** Indexes problems once, so a page of thousands of rows asks in constant time. */
export function indexProblems(problems: readonly RecordProblem[]): ProblemLookup {
  if (problems.length === 0) return () => NONE;
  const byPath = new Map<string, RecordProblem[]>();
  for (const problem of problems) {
    for (const path of enclosingPaths(problem.path)) {
      const list = byPath.get(path);
      if (list) list.push(problem);
      else byPath.set(path, [problem]);
    }
  }
  return (path) => byPath.get(path) ?? NONE;
}
