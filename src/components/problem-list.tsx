import { joinPath } from '@/trial/record-paths';
import { groupProblems } from '@/trial/problem-groups';
import type { RecordProblem } from '@/trial/trial-schema';
import './problem-list.css';
import { formatCount } from '@/trial/count-text';

/**
 * A record's problems, each with its JSON path: one line per problem, and problems of one kind
 * (the same field across many list items) folded into one counted group whose first examples
 * open on demand. `pathPrefix` places the paths in their file ("studies[2]").
 */
export function ProblemList({
  problems,
  pathPrefix = '',
}: {
  problems: readonly RecordProblem[];
  pathPrefix?: string;
}) {
  const groups = groupProblems(problems);
  return (
    <ul className="problem-list">
      {groups.map((group) => {
        const [first] = group.examples;
        if (group.count === 1 && first) {
          return (
            <li key={`${group.pattern}\n${group.message}`}>
              <ProblemLine problem={first} pathPrefix={pathPrefix} />
            </li>
          );
        }
        const more = group.count - group.examples.length;
        return (
          <li key={`${group.pattern}\n${group.message}`}>
            <details>
              <summary>
                <code>{joinPath(pathPrefix, group.pattern)}</code>: {group.message} (
                {formatCount(group.count)} values)
              </summary>
              <ul>
                {group.examples.map((problem) => (
                  <li key={problem.path + problem.message}>
                    <ProblemLine problem={problem} pathPrefix={pathPrefix} />
                  </li>
                ))}
                {more > 0 && <li>and {formatCount(more)} more</li>}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

function ProblemLine({ problem, pathPrefix }: { problem: RecordProblem; pathPrefix: string }) {
  const path = joinPath(pathPrefix, problem.path);
  return path === '' ? (
    <>{problem.message}</>
  ) : (
    <>
      <code>{path}</code>: {problem.message}
    </>
  );
}
