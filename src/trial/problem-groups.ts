import type { RecordProblem } from './trial-schema';
import { plural } from './count-text';

/**
 * Many problems of one kind ("locations[*].status: expected one of …" ten thousand times) read
 * as one group with a count, not a wall of text. A group is the path with list positions
 * generalised to [*], plus the problem without the value received.
 */
export interface ProblemGroup {
  /** "protocolSection.contactsLocationsModule.locations[*].status" */
  pattern: string;
  /** "expected one of RECRUITING, …" (what each value received is is in the examples). */
  message: string;
  count: number;
  /** The first problems of the group, in record order. */
  examples: RecordProblem[];
}

/** Examples kept per group: enough to find them, never the whole wall. */
export const GROUP_EXAMPLES = 20;

const RECEIVED = /[,;] got .*$/s;

export function groupProblems(problems: readonly RecordProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const pattern = problem.path.replace(/\[\d+\]/g, '[*]');
    const message = problem.message.replace(RECEIVED, '');
    const key = `${pattern}\n${message}`;
    const group = groups.get(key) ?? { pattern, message, count: 0, examples: [] };
    group.count += 1;
    if (group.examples.length < GROUP_EXAMPLES) group.examples.push(problem);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** "1 invalid value" / "12,000 invalid values". */
export function invalidValuesText(count: number): string {
  return plural(count, 'invalid value');
}
