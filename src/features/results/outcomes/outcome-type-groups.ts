import type { OutcomeMeasure } from '@/trial/results/outcome-measures-schema';
import {
  OUTCOME_MEASURE_TYPES,
  type OutcomeMeasureType,
} from '@/trial/results/outcome-measure-types';
import { recordIndexOf } from '@/trial/results/results-paths';
import type { RecordProblem } from '@/trial/trial-schema';

/**
 * Outcome measures grouped by type, in the order a reader looks for them (primary, secondary,
 * other pre-specified, post-hoc, then those whose type the record does not state), each in
 * record order. Only groups with an outcome are returned.
 */
export interface OutcomeTypeGroup {
  key: OutcomeMeasureType | 'NO_TYPE';
  /** The group's heading, without its count: "Primary outcome measures". */
  heading: string;
  /** In a count: "11 primary". */
  countWord: string;
  outcomes: OutcomeMeasure[];
}

const WORDS: Record<OutcomeTypeGroup['key'], { heading: string; countWord: string }> = {
  PRIMARY: { heading: 'Primary outcome measures', countWord: 'primary' },
  SECONDARY: { heading: 'Secondary outcome measures', countWord: 'secondary' },
  OTHER_PRE_SPECIFIED: {
    heading: 'Other pre-specified outcome measures',
    countWord: 'other pre-specified',
  },
  POST_HOC: { heading: 'Post-hoc outcome measures', countWord: 'post-hoc' },
  NO_TYPE: {
    heading: 'Outcome measures whose type the record does not state',
    countWord: 'of no stated type',
  },
};

export function groupOutcomesByType(outcomes: readonly OutcomeMeasure[]): OutcomeTypeGroup[] {
  const keys: OutcomeTypeGroup['key'][] = [...OUTCOME_MEASURE_TYPES, 'NO_TYPE'];
  return keys.flatMap((key) => {
    const members = outcomes.filter((outcome) => (outcome.type ?? 'NO_TYPE') === key);
    return members.length === 0 ? [] : [{ key, ...WORDS[key], outcomes: members }];
  });
}

const ITEM_INDEX = /^\[(\d+)\]/;

/**
 * The record positions (0-based) of outcome measures left out as a whole because they were
 * invalid: a problem under `outcomeMeasures[N]` where no outcome of the model is "outcome-N+1".
 */
export function leftOutOutcomeIndexes(
  problems: readonly RecordProblem[],
  listPath: string,
  outcomes: readonly OutcomeMeasure[],
): number[] {
  const present = new Set(outcomes.map((outcome) => recordIndexOf(outcome.id)));
  const indexes = new Set<number>();
  for (const problem of problems) {
    if (!problem.path.startsWith(listPath)) continue;
    const match = ITEM_INDEX.exec(problem.path.slice(listPath.length));
    if (match && !present.has(Number(match[1]))) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}
